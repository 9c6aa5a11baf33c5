"""One journal, one user: the folder lock between processes, and within one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    fast_kdf,  # noqa: F401 - a fixture
    one_of_each,
    snapshot,
)

from journal_app.services.journal import Journal
from journal_app.storage.backup import restore
from journal_app.storage.folderlock import (
    JournalInUse,
    exclusively,
    hold_exclusive,
    hold_shared,
    in_use_elsewhere,
)
from journal_app.storage.vault import Vault

pytestmark = pytest.mark.usefixtures("fast_kdf")

HOLDER = """
import sys
from pathlib import Path
from journal_app.storage.folderlock import hold_exclusive, hold_shared
hold = hold_exclusive if sys.argv[2] == "exclusive" else hold_shared
lock = hold(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("locks") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many(one_of_each())
        journal.backup(root.parent / "saved.jbak")
    return root


@pytest.fixture
def root(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(template, copy)
    shutil.copy2(template.parent / "saved.jbak", tmp_path / "saved.jbak")
    return copy


@pytest.fixture
def holder(root: Path) -> Iterator[object]:
    """Start another process holding the folder; ``holder(mode)`` returns it once it holds."""
    started: list[subprocess.Popen[str]] = []

    def start(mode: str) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(root), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(child)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "held"
        return child

    yield start
    for child in started:
        ended(child)


def ended(child: subprocess.Popen[str]) -> None:
    """Kill it (a crash, as far as its lock is concerned) and close its pipes."""
    child.kill()
    child.communicate()


def test_a_restore_is_refused_while_another_program_uses_the_journal(
    root: Path, tmp_path: Path, holder: object
) -> None:
    child = holder("shared")  # type: ignore[operator]
    before = snapshot(root)
    with pytest.raises(JournalInUse, match="nothing was changed"):
        restore(Vault(root), tmp_path / "saved.jbak", PASSPHRASE)
    assert snapshot(root) == before
    with pytest.raises(JournalInUse):
        hold_exclusive(root)
    # Using it beside the other program works, reading and writing.
    with Journal.unlock(root, PASSPHRASE) as journal:
        assert journal.count() == len(one_of_each())
    ended(child)  # a crash: the operating system lets go of its lock
    count, kept = restore(Vault(root), tmp_path / "saved.jbak", PASSPHRASE)
    assert count == len(one_of_each()) and kept is not None


def test_a_user_waits_for_a_replacement_then_is_told(
    root: Path, holder: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder("exclusive")  # type: ignore[operator]
    assert in_use_elsewhere(root)
    with pytest.raises(JournalInUse, match="being restored or re-keyed"):
        hold_shared(root, wait=0.2)
    with pytest.raises(JournalInUse):
        Journal.unlock(root, PASSPHRASE)


def test_passphrase_change_and_recover_hold_the_folder_alone(root: Path, holder: object) -> None:
    holder("shared")  # type: ignore[operator]
    with pytest.raises(JournalInUse), exclusively(root):
        Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert Vault(root).unlock(PASSPHRASE)


def test_within_one_process_holds_are_counted(root: Path) -> None:
    first = hold_shared(root)
    second = hold_shared(root)
    with pytest.raises(JournalInUse):  # an open journal of our own counts too
        hold_exclusive(root)
    first.release()
    first.release()  # twice is harmless
    with pytest.raises(JournalInUse):
        hold_exclusive(root)
    second.release()
    with exclusively(root) as alone:
        assert alone.exclusive
        inner = hold_shared(root)  # the replacer may open what it replaces
        inner.release()
        with exclusively(root):
            pass
    assert not in_use_elsewhere(root)


def test_the_lock_adds_nothing_to_the_folder(root: Path) -> None:
    before = sorted(os.listdir(root))
    with exclusively(root):
        pass
    hold_shared(root).release()
    assert sorted(os.listdir(root)) == before


def test_a_journal_holds_the_folder_until_it_is_closed(root: Path) -> None:
    journal = Journal.unlock(root, PASSPHRASE)
    sibling = journal.sibling()
    journal.close()
    with pytest.raises(JournalInUse):  # the sibling (an export, an import) still works in it
        hold_exclusive(root)
    sibling.close()
    with exclusively(root):
        pass


def test_a_killed_holder_leaves_no_stale_lock(root: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root), "exclusive"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    with exclusively(root):
        pass


def test_a_passphrase_change_in_the_app_waits_for_its_own_work_then_has_it_alone(
    root: Path, holder: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from journal_app.storage import folderlock

    journal = Journal.unlock(root, PASSPHRASE)
    background = hold_shared(root)  # a backup or an export on the pool, say
    threading.Timer(0.2, background.release).start()
    with journal._lock.alone(wait=5):  # type: ignore[union-attr]
        assert in_use_elsewhere(root) is False
    monkeypatch.setattr(folderlock, "SHARED_WAIT", 0.2)
    holder("shared")  # type: ignore[operator]  # a command-line 'add' beside the app
    with pytest.raises(JournalInUse, match="open in the app or another"):
        journal.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    journal.close()
    assert Vault(root).unlock(PASSPHRASE)  # nothing changed
