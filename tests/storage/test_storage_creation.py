"""Creating a journal is atomic: a crash at any moment leaves init or unlocking working."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storage_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Killed,
    fast_kdf,  # noqa: F401 - a fixture
    killed_at,
    killed_mid_write,
)

from journal_app.errors import VaultDamaged
from journal_app.services.journal import Journal
from journal_app.storage import creation
from journal_app.storage import vault as vault_module
from journal_app.storage.keys import KdfParams
from journal_app.storage.vault import Vault

pytestmark = pytest.mark.usefixtures("fast_kdf", "fixed_salt")


@pytest.fixture
def fixed_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    """New wraps get one salt and one recovery code, so each secret is derived once."""
    monkeypatch.setattr(KdfParams, "fresh", classmethod(lambda cls: cls(salt=b"\x07" * 16)))
    monkeypatch.setattr(vault_module, "new_recovery_code", lambda: RECOVERY_CODE)


JOURNAL = ["journal.db", "vault.key", "vault.key.2"]
RECOVERY_CODE = "4MCS-AB8Z-SFQK-PJ4H-J6TV-7XJE-P0GE-YRZM"
REAL_ISMOUNT = os.path.ismount
SETTINGS = '{"theme": "dark"}\n'


def with_user_files(root: Path) -> None:
    """A data folder with things in it but no journal (settings, an old backup)."""
    root.mkdir(parents=True, mode=0o700)
    (root / "settings.json").write_text(SETTINGS)
    (root / "backups").mkdir(mode=0o700)
    (root / "backups" / "old.jbak").write_bytes(b"an old backup")


def user_files_are_back(root: Path) -> bool:
    return (root / "settings.json").read_text() == SETTINGS and (
        root / "backups" / "old.jbak"
    ).read_bytes() == b"an old backup"


def opens(root: Path, passphrase: str) -> bool:
    with Journal.unlock(root, passphrase) as journal:
        return journal.count() == 0


def nothing_left_beside(root: Path) -> bool:
    return not [n for n in os.listdir(root.parent) if n.startswith(f".{root.name}.new-")]


# -- where the new journal goes -------------------------------------------------------


def test_a_new_folder_is_made_whole(tmp_path: Path) -> None:
    root = tmp_path / "a" / "b" / "journal"
    Vault(root).create(PASSPHRASE)
    assert sorted(os.listdir(root)) == JOURNAL
    assert root.stat().st_mode & 0o777 == 0o700
    assert opens(root, PASSPHRASE) and nothing_left_beside(root)


def test_an_existing_empty_folder_is_used(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    root.mkdir(mode=0o755)
    Vault(root).create(PASSPHRASE)
    assert sorted(os.listdir(root)) == JOURNAL
    assert root.stat().st_mode & 0o777 == 0o700
    assert nothing_left_beside(root)


def test_what_the_folder_held_stays_in_it(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    with_user_files(root)
    (root / "journal.db-wal").write_bytes(b"the log of a database that is gone")
    Vault(root).create(PASSPHRASE)
    assert user_files_are_back(root)
    (aside,) = [n for n in os.listdir(root) if n.startswith("set-aside-")]
    assert os.listdir(root / aside) == ["journal.db-wal"]
    assert opens(root, PASSPHRASE) and nothing_left_beside(root)


def test_a_symlinked_data_folder_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir()
    link = tmp_path / "journal"
    link.symlink_to(real)
    Vault(link).create(PASSPHRASE)
    assert link.is_symlink()
    assert sorted(os.listdir(real)) == JOURNAL
    assert opens(link, PASSPHRASE)


def test_the_platform_default_folder_and_its_parents_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.paths import resolve_data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "fresh-home" / ".local" / "share"))
    root = resolve_data_dir(None)
    assert not root.parent.exists()
    Vault(root).create(PASSPHRASE)
    assert sorted(os.listdir(root.parent)) == [root.name]  # nothing else in a shared folder
    assert opens(root, PASSPHRASE)


def test_a_mount_point_gets_the_journal_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "journal"
    with_user_files(root)
    monkeypatch.setattr(creation.os.path, "ismount", lambda p: Path(p) == root or REAL_ISMOUNT(p))
    Vault(root).create(PASSPHRASE)
    assert sorted(os.listdir(root)) == sorted([*JOURNAL, "backups", "settings.json"])
    assert opens(root, PASSPHRASE)


def test_an_existing_journal_or_lone_database_is_never_touched(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    Vault(root).create(PASSPHRASE)
    with pytest.raises(VaultDamaged, match="already a journal"):
        Vault(root).create(NEW_PASSPHRASE)
    assert opens(root, PASSPHRASE)


# -- crashes ---------------------------------------------------------------------------


def after_a_crash_init_or_unlock_works(root: Path, user_files: bool) -> bool:
    """Whether the crash left a whole journal; either way the folder is usable afterwards."""
    whole = Vault(root).exists()
    if whole:
        assert opens(root, PASSPHRASE)
    else:
        Vault(root).create(NEW_PASSPHRASE)  # init works again, and puts back what it moved
        assert opens(root, NEW_PASSPHRASE)
    if user_files:
        assert user_files_are_back(root)
    assert nothing_left_beside(root)
    assert not [n for n in os.listdir(root) if n.startswith(".new-")]
    assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()
    return whole


@pytest.mark.parametrize("start", ["missing", "empty", "with-files", "mount-point"])
def test_a_crash_at_every_step_leaves_init_or_unlock_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    outcomes: list[bool] = []
    step = 0
    while True:
        root = tmp_path / f"{step}" / "journal"
        root.parent.mkdir()
        if start == "empty":
            root.mkdir()
        elif start in ("with-files", "mount-point"):
            with_user_files(root)
        if start == "mount-point":
            monkeypatch.setattr(
                creation.os.path, "ismount", lambda p, r=root: Path(p) == r or REAL_ISMOUNT(p)
            )
        finished = False
        with killed_at(monkeypatch, step, also=(creation,), renames=True):
            try:
                Vault(root).create(PASSPHRASE)
                finished = True
            except Killed:
                pass
        outcomes.append(
            after_a_crash_init_or_unlock_works(root, start != "missing" and start != "empty")
        )
        if finished:
            break
        step += 1
    assert step > 5, "the creation has durable steps to be killed at"
    # Before one moment no journal, from it on a whole one; never anything between.
    assert outcomes == sorted(outcomes)
    assert outcomes[-1]


KILLED_CHILD = """
import sys
from pathlib import Path
from journal_app.storage.vault import Vault
print("go", flush=True)
Vault(Path(sys.argv[1])).create(sys.argv[2])
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("start", ["missing", "with-files"])
def test_sigkill_at_random_moments_during_init(tmp_path: Path, start: str) -> None:
    """A real process killed at 15 random moments of ``create`` (key derivation included)."""
    rng = random.Random(20261128)
    for attempt in range(15):
        root = tmp_path / f"{attempt}" / "journal"
        root.parent.mkdir()
        if start == "with-files":
            with_user_files(root)
        with subprocess.Popen(
            [sys.executable, "-c", KILLED_CHILD, str(root), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None and child.stdout.readline().strip() == "go"
            time.sleep(rng.uniform(0.0, 0.7))  # creation takes ~0.5 s: most kills land inside
            os.kill(child.pid, signal.SIGKILL)
            child.communicate()
        after_a_crash_init_or_unlock_works(root, start == "with-files")


def test_a_killed_build_leaves_nothing_sqlite_would_replay_into_the_new_journal(
    tmp_path: Path,
) -> None:
    """A build killed mid-write leaves a rollback journal (and a key record's temporary
    file) in its folder. They belong to no journal: the next init drops them instead of
    putting them in the data folder, where SQLite would replay the rollback journal into
    the new database and truncate it to nothing."""
    root = tmp_path / "journal"
    build = tmp_path / ".journal.new-killed1"
    build.mkdir(mode=0o700)
    (build / ".vault.key.abcd1234.tmp").write_bytes(b"half a key record")
    killed_mid_write(build / "journal.db")

    Vault(root).create(PASSPHRASE)

    assert opens(root, PASSPHRASE) and nothing_left_beside(root)
    assert sorted(os.listdir(root)) == JOURNAL


@pytest.mark.parametrize("inside", [False, True], ids=["folder", "mount-point"])
def test_sqlite_files_of_a_database_that_is_not_there_are_set_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inside: bool
) -> None:
    root = tmp_path / "journal"
    with_user_files(root)
    if inside:
        monkeypatch.setattr(
            creation.os.path, "ismount", lambda p: Path(p) == root or REAL_ISMOUNT(p)
        )
    for name in ("journal.db-journal", "journal.db-wal", "journal.db-shm"):
        (root / name).write_bytes(b"from a database that is gone")
    Vault(root).create(PASSPHRASE)
    (aside,) = [n for n in os.listdir(root) if n.startswith("set-aside-")]
    assert sorted(os.listdir(root / aside)) == [
        "journal.db-journal",
        "journal.db-shm",
        "journal.db-wal",
    ]
    assert user_files_are_back(root)
    assert opens(root, PASSPHRASE)
