"""Secrets typed at a terminal prompt: asked for, not echoed, confirmed on init."""

from __future__ import annotations

import os
import pty
import select
import sys
import time
import warnings
from pathlib import Path

import pytest
from cli_support import PASSPHRASE, SECRET_ENV

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")


class Terminal:
    """``journal-app`` running on a pseudo-terminal, so getpass really prompts."""

    def __init__(self, data_dir: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k not in SECRET_ENV}
        env.pop("JOURNAL_APP_DATA_DIR", None)
        argv = [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir), *args]
        with warnings.catch_warnings():  # 3.12+ warns about fork with threads; we exec at once
            warnings.simplefilter("ignore", DeprecationWarning)
            pid, fd = pty.fork()
        if pid == 0:  # the child: its controlling terminal is the pty
            os.execve(sys.executable, argv, env)
        self.pid, self.fd = pid, fd
        self.transcript = b""

    def expect(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.transcript:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no {text!r} in {self.transcript!r}"
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                assert chunk, f"ended before {text!r}: {self.transcript!r}"
                self.transcript += chunk

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\n")

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                self.transcript += chunk
                if not chunk:
                    break
        _pid, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def test_init_asks_twice_and_shows_no_passphrase(tmp_path: Path) -> None:
    data = tmp_path / "journal"
    term = Terminal(data, "init")
    term.expect("New passphrase: ")
    term.type(PASSPHRASE)
    term.expect("Type it again: ")
    term.type(PASSPHRASE)
    assert term.finish() == 0, term.transcript
    assert b"Recovery code: " in term.transcript
    assert PASSPHRASE.encode() not in term.transcript  # not echoed

    listing = Terminal(data, "list")
    listing.expect("Passphrase: ")
    listing.type(PASSPHRASE)
    assert listing.finish() == 0, listing.transcript
    assert b"Nothing recorded in that time." in listing.transcript
    assert PASSPHRASE.encode() not in listing.transcript


def test_init_with_two_different_entries_makes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "journal"
    term = Terminal(data, "init")
    term.expect("New passphrase: ")
    term.type(PASSPHRASE)
    term.expect("Type it again: ")
    term.type(PASSPHRASE + " but different")
    assert term.finish() == 2, term.transcript
    assert b"not the same" in term.transcript
    assert not data.exists()


def test_change_passphrase_at_a_terminal_asks_for_the_code_to_keep(tmp_path: Path) -> None:
    """Enter with nothing typed gives a new code; typing the current one keeps it."""
    import re

    data = tmp_path / "journal"
    term = Terminal(data, "init")
    term.expect("New passphrase: ")
    term.type(PASSPHRASE)
    term.expect("Type it again: ")
    term.type(PASSPHRASE)
    assert term.finish() == 0, term.transcript
    (code,) = re.findall(rb"Recovery code: (\S+)", term.transcript)
    new = "a brand new passphrase"

    change = Terminal(data, "change-passphrase")
    for prompt, answer in (
        ("Passphrase: ", PASSPHRASE),
        ("New passphrase: ", new),
        ("Type it again: ", new),
        ("to keep it", ""),
    ):
        change.expect(prompt)
        change.type(answer)
    assert change.finish() == 0, change.transcript
    (fresh,) = re.findall(rb"Recovery code: (\S+)", change.transcript)
    assert fresh != code
    assert new.encode() not in change.transcript

    keep = Terminal(data, "change-passphrase")
    for prompt, answer in (
        ("Passphrase: ", new),
        ("New passphrase: ", PASSPHRASE),
        ("Type it again: ", PASSPHRASE),
        ("to keep it", fresh.decode()),
    ):
        keep.expect(prompt)
        keep.type(answer)
    assert keep.finish() == 0, keep.transcript
    assert b"stays the same" in keep.transcript
    assert b"Recovery code: " not in keep.transcript
    assert fresh not in keep.transcript  # typed, not echoed
