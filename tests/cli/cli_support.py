"""Running ``journal-app`` as a real separate process against a temporary data folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "a different horse, stapled"

SECRET_ENV = ("JOURNAL_APP_PASSPHRASE", "JOURNAL_APP_NEW_PASSPHRASE", "JOURNAL_APP_RECOVERY_CODE")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run(
    data_dir: Path | None,
    *args: str,
    passphrase: str | None = PASSPHRASE,
    env: dict[str, str] | None = None,
    stdin: str = "",
) -> Result:
    """``journal-app --data-dir DATA_DIR ARGS`` with the passphrase in the environment."""
    environ = {k: v for k, v in os.environ.items() if k not in SECRET_ENV}
    environ.pop("JOURNAL_APP_DATA_DIR", None)
    environ["PYTHONIOENCODING"] = "utf-8"
    if passphrase is not None:
        environ["JOURNAL_APP_PASSPHRASE"] = passphrase
    environ.update(env or {})
    command = [sys.executable, "-m", "journal_app.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    done = subprocess.run(
        [*command, *args],
        env=environ,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def assert_one_line_error(result: Result, code: int, *mentions: str) -> None:
    """Exit ``code``, one line on stderr naming ``mentions``, no traceback, nothing on stdout."""
    assert result.code == code, (result.code, result.err, result.out)
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("journal-app: "), lines[0]
    for mention in mentions:
        assert mention in lines[0], (mention, lines[0])
    assert result.out == ""


RECOVERY_LINE = re.compile(r"^Recovery code: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", re.MULTILINE)


def recovery_code(init_output: str) -> str:
    found = RECOVERY_LINE.findall(init_output)
    assert len(found) == 1, init_output
    return str(found[0])


def folder_state(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``root`` by SHA-256 and mtime."""
    state = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            state[str(path.relative_to(root))] = (digest, path.stat().st_mtime_ns)
    return state


# -- translations for the tests that check messages come out in another language --


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def _ts(translations: dict[str, dict[str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
            for source, text in messages.items()
        )
        + "</context>"
        for name, messages in translations.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de">{contexts}</TS>\n'
    )


def compiled_translations(folder: Path, table: dict[str, dict[str, str]]) -> Path:
    """A folder holding ``journal_app_de.qm`` built from ``table`` (context -> source -> text).

    Skips the test when ``pyside6-lrelease`` is not installed.
    """
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed, so no .qm file can be built to test with")
    source = folder / "journal_app_de.ts"
    source.write_text(_ts(table), "utf-8")
    subprocess.run(
        [tool, str(source), "-qm", str(folder / "journal_app_de.qm")],
        check=True,
        capture_output=True,
    )
    return folder
