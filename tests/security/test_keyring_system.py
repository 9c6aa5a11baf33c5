"""'Remember on this device' with a real keyring: gnome-keyring in a D-Bus session of its own.

Each scenario runs in a child process under ``dbus-run-session`` with a
temporary HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR, so the person's own
keyring is never touched: remember, open without typing, forget; then the
keyring locked, and no D-Bus at all, where the app asks for the passphrase
and says why. Nothing may ever land in a file: the passphrase is looked for
in every file of the temporary home afterwards.

CI installs gnome-keyring and dbus (see .ci/run); where they are missing the
tests are skipped, saying so (and fail in CI, see ``system_tools``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from system_tools import require

from journal_app.services.journal import Journal

PASSPHRASE = "correct horse battery"
CHILD = Path(__file__).with_name("keyring_child.py")


@pytest.fixture
def tools() -> None:
    require("dbus-run-session")
    require("gnome-keyring-daemon")


@pytest.fixture
def home(tools: None, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    for sub in ("data", "config", "cache", "runtime"):
        (home / sub).mkdir(parents=True, mode=0o700)
    return home


@pytest.fixture
def data_dir(home: Path) -> Path:
    root = home / "data" / "journal-app"
    journal, _code = Journal.create(root, PASSPHRASE)
    journal.close()
    return root


def run_child(scenario: str, home: Path, data_dir: Path, *, session: bool = True) -> Any:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "GNOME_KEYRING", "JOURNAL_APP_")) and k != "DISPLAY"
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    if not session:
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={home / 'runtime' / 'no-bus-here'}"
    command = [sys.executable, str(CHILD), scenario, str(data_dir)]
    if session:
        command = ["dbus-run-session", "--", *command]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr[-3000:]
    return json.loads(lines[-1])


def no_passphrase_in_any_file(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert PASSPHRASE.encode(encoding) not in data, f"{path} holds the passphrase"


def test_remember_open_without_typing_and_forget(home: Path, data_dir: Path) -> None:
    seen = run_child("remember", home, data_dir)
    assert seen["backend"] == "keyring.backends.SecretService"
    assert seen == {
        "available": True,
        "typed_opens": True,
        "setting_on": True,
        "kept": True,
        "opens_without_typing": True,
        "lock_asks_again": True,
        "forgotten": True,
        "setting_off": True,
        "backend": "keyring.backends.SecretService",
    }
    no_passphrase_in_any_file(home)  # the keyring encrypts what it keeps


def test_a_locked_keyring_asks_for_the_passphrase_and_says_why(home: Path, data_dir: Path) -> None:
    seen = run_child("locked", home, data_dir)
    assert seen["state"] == "unlock"
    assert "keyring is locked" in seen["message"] and "please type it" in seen["message"]
    assert seen["typed_opens"]
    no_passphrase_in_any_file(home)


def test_without_dbus_the_option_is_unavailable_and_the_app_says_why(
    home: Path, data_dir: Path
) -> None:
    seen = run_child("no-dbus", home, data_dir, session=False)
    assert not seen["available"]
    assert seen["backend"] != "keyrings.alt.file"
    assert seen["state"] == "unlock"
    assert "no system keyring can be reached" in seen["message"]
    assert "please type it" in seen["message"]
    assert seen["typed_opens"]
    assert not seen["remember_enabled"]
    assert seen["remember_note"] == seen["reason"]
    no_passphrase_in_any_file(home)


def test_no_plaintext_keyring_is_a_dependency() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    every = [*project["project"]["dependencies"]]
    for extra in project["project"].get("optional-dependencies", {}).values():
        every += extra
    assert not [d for d in every if d.lower().startswith("keyrings")], every
