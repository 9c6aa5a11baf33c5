"""A full disk, for real: a file-size limit on a child process (writes fail with EFBIG).

The command line says "The disk is full, so this was not saved; everything saved
before is safe." (exit 1) and never "something went wrong"; every record
committed before is still there and the store passes its checks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import PASSPHRASE, child, integrity

from journal_app.domain.records import MoodCheckIn
from journal_app.services.journal import Journal
from journal_app.storage.rotation import Reason, list_backups
from journal_app.storage.vault import Vault

FULL = "The disk is full, so this was not saved; everything saved before is safe."
CLI = (
    "import runpy, sys; sys.argv[0] = 'journal-app';"
    "runpy.run_module('journal_app.cli', run_name='__main__')"
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add(MoodCheckIn(id="before", score=6, note="saved before the disk filled"))
        journal.back_up(Reason.DAILY)  # today's, so the next commands only save
    return root


def cli(
    root: Path, *args: str, file_limit: int | None = None, stdin: str = ""
) -> tuple[int, str, str]:
    with child(
        CLI,
        "--data-dir",
        str(root),
        *args,
        env={"JOURNAL_APP_PASSPHRASE": PASSPHRASE},
        file_limit=file_limit,
    ) as process:
        out, err = process.communicate(stdin, timeout=120)
    return process.returncode, out, err


@pytest.mark.slow
def test_add_on_a_full_disk_says_so_and_loses_nothing(root: Path) -> None:
    key = Vault(root).unlock(PASSPHRASE)
    code, out, err = cli(
        root, "add", "entry", "--text", "-", file_limit=40_000, stdin="a long evening " * 5000
    )
    assert (code, out, err) == (1, "", f"journal-app: {FULL}\n")
    with Journal.open(root, key) as journal:
        assert [r.id for r in journal.records_between()] == ["before"]
    assert integrity(root, key) == []
    code, _out, err = cli(root, "add", "entry", "--text", "room again")
    assert code == 0, err


ADDER = """
import sys
from pathlib import Path
from journal_app.domain.records import JournalEntry
from journal_app.errors import DiskFull
from journal_app.services.journal import Journal
journal = Journal.open(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip()))
n = 0
try:
    while True:
        journal.add(JournalEntry(id=f"e{n}", text=f"entry {n} " * 300))
        print(f"e{n}", flush=True)
        n += 1
except DiskFull as exc:
    print(f"FULL {exc}", flush=True)
try:  # larger than the file limit: no checkpoint can make room for it in the log
    journal.save_draft("entry:new", "still typing " * 40000)
except DiskFull as exc:
    print(f"FULL {exc}", flush=True)
journal.close()
"""


@pytest.mark.slow
def test_saving_until_the_disk_is_full_keeps_every_acknowledged_record(root: Path) -> None:
    key = Vault(root).unlock(PASSPHRASE)
    limit = (root / "journal.db").stat().st_size + 300_000
    with child(ADDER, str(root), file_limit=limit) as adder:
        out, err = adder.communicate(key.hex() + "\n", timeout=120)
    assert adder.returncode == 0, err
    lines = out.split("\n")
    acknowledged = [line for line in lines if line.startswith("e")]
    assert len(acknowledged) > 5
    assert [line for line in lines if line.startswith("FULL")] == [f"FULL {FULL}"] * 2
    with Journal.open(root, key) as journal:
        stored = {r.id for r in journal.records_between()}
        assert set(acknowledged) | {"before"} <= stored
        journal.add(MoodCheckIn(score=5))  # with room again, saving works
    assert integrity(root, key) == []


@pytest.mark.slow
def test_no_room_for_the_daily_backup_is_said_and_the_command_goes_on(root: Path) -> None:
    for backup in list_backups(root / "backups"):
        backup.path.unlink()  # so today's backup is still to be made
    code, out, err = cli(root, "list", file_limit=40_000)
    assert code == 0
    assert "saved before the disk filled" in out  # the command went on
    assert err == f"journal-app: today's automatic backup was not made: {FULL}\n"
    # Nothing half-written, and a full disk is not taken for damage.
    assert [p.name for p in (root / "backups").iterdir()] == []


@pytest.mark.slow
def test_an_export_to_a_full_disk_leaves_nothing_behind(root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.add_many(
            [MoodCheckIn(id=f"m{i}", score=5, note="a note " * 100) for i in range(300)]
        )
    code, out, err = cli(
        root,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        str(folder / "all.json"),
        file_limit=60_000,
    )
    assert (code, out, err) == (1, "", f"journal-app: {FULL}\n")
    assert os.listdir(folder) == []


def test_the_message_needs_no_traceback_setting() -> None:
    """(The same words whatever JOURNAL_APP_DEBUG says: a full disk is not a bug.)"""
    probe = (
        "import errno, importlib, sys;"
        "cm = importlib.import_module('journal_app.cli.main');"
        "cm.build_parser = lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, 'full'));"
        "sys.exit(cm.main(['list']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "JOURNAL_APP_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, f"journal-app: {FULL}\n")
