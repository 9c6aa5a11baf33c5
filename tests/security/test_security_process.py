"""No core dumps: the command line and the app turn them off before reading any secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux limits")

REPORT = """
import resource, sys
from journal_app.hardening import dumpable
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
print(code, soft, hard, dumpable(), file=sys.stderr)
"""

CLI = "import sys\nfrom journal_app.cli.main import main\ncode = main(sys.argv[1:])\n" + REPORT
APP = (
    "import sys\nfrom pathlib import Path\nfrom journal_app.app import run\n"
    "code = run(Path(sys.argv[1]))\n" + REPORT
)


def _limits(program: str, *args: str, tmp_path: Path) -> list[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        JOURNAL_APP_QUIT_AFTER_MS="300",
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for name in ("home", "runtime"):
        (tmp_path / name).mkdir(mode=0o700, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", program, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1].split()


def test_the_command_line_turns_core_dumps_off(tmp_path: Path) -> None:
    code, soft, hard, dumpable = _limits(
        CLI, "--data-dir", str(tmp_path / "none"), "list", tmp_path=tmp_path
    )
    assert code == "2"  # no passphrase given: what matters is what was set before asking
    assert (soft, hard) == ("0", "0")
    assert dumpable == "False"


def test_the_app_turns_core_dumps_off(tmp_path: Path) -> None:
    code, soft, hard, dumpable = _limits(APP, str(tmp_path / "journal"), tmp_path=tmp_path)
    assert code == "0"
    assert (soft, hard) == ("0", "0")
    assert dumpable == "False"


CHILD = """
import ctypes, gc, os, sys
from pathlib import Path
from journal_app.domain.records import MoodCheckIn
from journal_app.services.journal import Journal

ctypes.CDLL(None).prctl(0x59616D61, -1, 0, 0, 0)  # PR_SET_PTRACER_ANY: let gcore attach (Yama)
root = Path(sys.argv[1])
old, new = sys.stdin.readline().rstrip("\\n"), sys.stdin.readline().rstrip("\\n")
journal = Journal.unlock(root, old)
journal.add(MoodCheckIn(score=5))
journal.change_passphrase(old, new)
journal.reopen()
journal.add(MoodCheckIn(score=6))
journal.close()  # what a lock does to the journal
del journal, old, new
gc.collect()
print("closed", flush=True)
sys.stdin.readline()
"""


@pytest.mark.slow
def test_a_core_of_a_process_that_closed_the_journal_holds_no_data_key(tmp_path: Path) -> None:
    """gcore a process after it opened, re-keyed and closed the journal: neither the old nor
    the new data key is in its memory, raw or as hex (the passphrase, a Python string, may
    be: that is why core dumps are off)."""
    import secrets

    from system_tools import require

    from journal_app.services.journal import Journal
    from journal_app.storage.vault import Vault

    gcore = require("gcore")
    root = tmp_path / "journal"
    old, new = "core probe " + secrets.token_hex(8), "core probe " + secrets.token_hex(8)
    Journal.create(root, old)[0].close()
    old_key = bytes(Vault(root).unlock(old))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(f"{old}\n{new}\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"
        dumped = subprocess.run(
            [gcore, "-o", str(tmp_path / "core"), str(child.pid)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        cores = list(tmp_path.glob("core.*"))
        if not cores:
            pytest.skip(f"gcore could not attach here (ptrace not allowed): {dumped.stderr[-200:]}")
        memory = cores[0].read_bytes()
    finally:
        child.kill()
        child.communicate(timeout=30)  # closes the pipes too
    new_key = bytes(Vault(root).unlock(new))
    for key in (old_key, new_key):
        for form in (key, key.hex().encode(), key.hex().upper().encode()):
            assert memory.count(form) == 0
    assert len(memory) > 10_000_000  # a real dump of the whole process was searched
