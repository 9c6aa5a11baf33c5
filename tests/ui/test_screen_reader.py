"""What a screen reader finds: the real app, run as its own process, read over AT-SPI.

The app runs on an X server (Xvfb: Qt's offscreen platform has no accessibility
bridge) with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` inside a private D-Bus session
(``dbus-run-session``), which starts the accessibility bus and registry from
at-spi2-core on demand. The test reads the tree the way Orca does and works the
app only through it: the passphrase is typed with ``EditableText``, buttons are
pressed with ``Action``. No test-only door into the app is used.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, unlock
from atspi_client import AtSpi, Node
from system_tools import require

from journal_app import APP_ID

LIBEXEC = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/x86_64-linux-gnu/at-spi2-core")
BUTTON_ROLES = {"push button", "toggle button", "check box", "radio button"}


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private X server at 1280x800 for the module's tests."""
    xvfb = require("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@dataclass
class Running:
    process: subprocess.Popen[str]
    reader: AtSpi
    data_dir: Path


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, JOURNAL_APP_PASSPHRASE=PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


@contextmanager
def running_app(display: str, tmp_path: Path) -> Iterator[Running]:
    """The app on ``display`` in its own D-Bus session, and a reader on that session."""
    session = require("dbus-run-session")
    require("at-spi-bus-launcher", *LIBEXEC)
    require("at-spi2-registryd", *LIBEXEC)
    data_dir = tmp_path / "read-aloud"  # not vault_dir's folder
    _cli(data_dir, "init")
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "JOURNAL_APP_"))}
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        JOURNAL_APP_REPORT_STARTUP="1",
        JOURNAL_APP_QUIT_AFTER_MS="120000",  # never outlives a stuck test
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        LANGUAGE="",
        LC_ALL="C.UTF-8",
    )
    # The session's address comes first on stdout, then the app's "shown" line.
    process = subprocess.Popen(
        [session, "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec "$@"', "sh",
         sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # fmt: skip
    reader = None
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address, process.stderr.read() if process.stderr else "no D-Bus session"
        assert process.stdout.readline().startswith("shown "), "the app did not show a window"
        reader = AtSpi(address)
        yield Running(process, reader, data_dir)
    finally:
        if reader is not None:
            reader.close()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        try:
            _, err = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            _, err = process.communicate()
        assert "Traceback" not in err, err


def one(nodes: list[Node], name: str, roles: set[str] | str, *, showing: bool = True) -> Node:
    """The node called ``name`` with one of ``roles`` (and on screen)."""
    wanted = {roles} if isinstance(roles, str) else roles
    found = [n for n in nodes if n.name == name and n.role in wanted and n.showing == showing]
    assert found, f"no {sorted(wanted)} named {name!r} on screen; seen: " + ", ".join(
        f"{n.role} {n.name!r}" for n in nodes if n.showing and n.name
    )
    return found[0]


def test_unlock_screen_is_read_out(display: str, tmp_path: Path, spoken: Spoken) -> None:
    with running_app(display, tmp_path) as app:
        nodes = app.reader.wait_for(APP_ID, lambda t: any(n.name == spoken.unlock for n in t))
        assert nodes[0].role == "application"
        window = nodes[1]
        assert window.role == "frame" and window.name in ("Journal", "Notes")
        one(nodes, spoken.passphrase, {"text", "password text"})
        one(nodes, spoken.unlock, "push button")
        # Every control on screen has a name a reader can say.
        controls = [n for n in nodes if n.showing and n.role in BUTTON_ROLES | {"text"}]
        assert len(controls) >= 3 and all(n.name.strip() for n in controls), controls


@dataclass(frozen=True)
class Spoken:
    """The names the app gives its controls, read from the widgets in this process.

    The app on the X server must say the same over AT-SPI: the test follows the
    words wherever they are changed, and fails only when a screen reader would
    hear something else (or nothing).
    """

    passphrase: str
    unlock: str
    sidebar: str
    sections: list[str]
    lock: str
    quick_exit: str
    mood: str
    save_check_in: str


def _said(widget: Any) -> str:
    name: str = widget.accessibleName() or widget.text()
    return name.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture
def spoken(qtbot: Any, make_window: Any, vault_dir: Path) -> Spoken:
    window = make_window(vault_dir)
    view = window.unlock_view
    names = (_said(view.passphrase), _said(view.unlock_button))
    unlock(qtbot, window)
    main = window.main_view
    main.show_section(0)
    today = main.current_page()
    return Spoken(
        passphrase=names[0],
        unlock=names[1],
        sidebar=_said(main.sidebar),
        sections=[main.sidebar.item(i).text() for i in range(main.sidebar.count())],
        lock=_said(main.lock_button),
        quick_exit=_said(main.quick_exit_button),
        mood=_said(today.mood.score),
        save_check_in=_said(today.mood.save_button),
    )


def test_main_screen_and_a_saved_check_in_are_read_out(
    display: str, tmp_path: Path, spoken: Spoken
) -> None:
    assert len(spoken.sections) >= 5
    with running_app(display, tmp_path) as app:
        reader = app.reader
        nodes = reader.wait_for(APP_ID, lambda t: any(n.name == spoken.unlock for n in t))
        # Unlocked through the tree, as a screen-reader user with no mouse would.
        reader.set_text(one(nodes, spoken.passphrase, {"text", "password text"}), PASSPHRASE)
        reader.do_action(one(nodes, spoken.unlock, "push button"), "Press")
        nodes = reader.wait_for(
            APP_ID, lambda t: any(n.name == spoken.sidebar and n.showing for n in t)
        )

        sidebar = one(nodes, spoken.sidebar, "list")
        entries = reader.children(sidebar)
        assert [(e.role, e.name) for e in entries] == [("list item", s) for s in spoken.sections]
        one(nodes, spoken.quick_exit, "push button")
        one(nodes, spoken.lock, "push button")

        mood = one(nodes, spoken.mood, {"filler", "panel", "slider", "spin button", "grouping"})
        buttons = reader.children(mood)
        numbered = [b for b in buttons if b.role in BUTTON_ROLES]
        assert [b.name for b in numbered] == [str(n) for n in range(1, 11)]
        assert all(b.showing for b in numbered)

        # A check-in saved through the tree is announced, politely, by the status line.
        reader.listen("object:announcement")
        reader.do_action(numbered[5], reader.actions(numbered[5])[0])  # "6", default action
        rule = reader.signals("Announcement")
        with reader.conn.filter(rule) as queue:
            reader.do_action(one(nodes, spoken.save_check_in, "push button"), "Press")
            try:
                message = reader.conn.recv_until_filtered(queue, timeout=15)
            except TimeoutError:
                pytest.fail("saving the check-in announced nothing to the screen reader")
        _, politeness, _, (_, text), _ = message.body
        assert "saved" in text.lower(), text
        assert politeness == 1  # ATSPI_LIVE_POLITE: after what the reader is saying
        source = next(n for n in reader.app_tree(APP_ID) if n.path == message.header.fields[1])
        assert source.name == "Status"

    saved = json.loads(_cli(app.data_dir, "list", "--format", "json").stdout)
    assert [(r["kind"], r["score"]) for r in saved] == [("mood", 6)]
