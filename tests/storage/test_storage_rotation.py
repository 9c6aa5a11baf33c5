"""Automatic backups: names, listing, rotation (7 daily, 8 weekly), the check before dropping."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from storage_support import (
    PASSPHRASE,
    fast_kdf,  # noqa: F401 - a fixture
    one_of_each,
)

from journal_app.errors import DiskFull, VaultDamaged
from journal_app.services.journal import Journal
from journal_app.storage import rotation
from journal_app.storage.backup import verify_backup
from journal_app.storage.rotation import (
    CHECK_FAILED,
    BackupFile,
    DamageFound,
    Reason,
    describe,
    list_backups,
    new_path,
    to_drop,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rotation") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many(one_of_each())
    return root


@pytest.fixture
def root(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(template, copy)
    return copy


def fake(made: datetime, reason: Reason = Reason.DAILY) -> BackupFile:
    return BackupFile(Path(f"/b/{made:%Y%m%d-%H%M%S}-{reason.value}.jbak"), made, 1, reason)


# -- names and listing ---------------------------------------------------------------


def test_names_say_when_and_why_and_never_collide(tmp_path: Path) -> None:
    now = datetime(2026, 11, 28, 8, 30, 5)
    first = new_path(tmp_path, Reason.DAILY, now)
    assert first.name == "journal-20261128-083005-daily.jbak"
    first.write_bytes(b"x")
    second = new_path(tmp_path, Reason.DAILY, now)
    assert second.name == "journal-20261128-083005-daily-2.jbak"
    second.write_bytes(b"xy")
    for path in (first, second):
        found = describe(path)
        assert found is not None
        assert (found.made, found.reason, found.automatic) == (now, Reason.DAILY, True)
    assert describe(second).size == 2  # type: ignore[union-attr]


def test_the_listing_knows_every_kind_of_name_newest_first(tmp_path: Path) -> None:
    names = {
        "journal-20261120-090000-daily.jbak": Reason.DAILY,
        "journal-20261121-220000-closing.jbak": Reason.CLOSING,
        "journal-20261122-100000-before-passphrase-change.jbak": Reason.BEFORE_PASSPHRASE_CHANGE,
        "journal-20261123-100000.jbak": Reason.MANUAL,  # what 'journal-app backup' wrote before
        "journal-20261124-100000-manual.jbak": Reason.MANUAL,
        "before-upgrade-v3.jbak": Reason.BEFORE_UPGRADE,
        "my copy.jbak": Reason.OTHER,
    }
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    os.utime(tmp_path / "before-upgrade-v3.jbak", (1_000_000_000, 1_000_000_000))  # 2001
    os.utime(tmp_path / "my copy.jbak", (1_900_000_000, 1_900_000_000))  # 2030
    (tmp_path / "notes.txt").write_text("not a backup")
    (tmp_path / "link.jbak").symlink_to(tmp_path / "my copy.jbak")  # never followed
    (tmp_path / ".backup-abc").mkdir()
    found = list_backups(tmp_path)
    assert {b.path.name: b.reason for b in found} == names
    assert [b.made for b in found] == sorted((b.made for b in found), reverse=True)
    assert found[0].path.name == "my copy.jbak"
    assert found[-1].path.name == "before-upgrade-v3.jbak"
    assert list_backups(tmp_path / "absent") == []


# -- rotation ------------------------------------------------------------------------


def test_rotation_keeps_seven_days_and_eight_weeks_by_hand() -> None:
    """Sixty days, one backup each morning and one each evening (Monday 2026-09-28 on)."""
    start = datetime(2026, 9, 28, 8, 0)
    backups = []
    for day in range(60):
        backups.append(fake(start + timedelta(days=day), Reason.DAILY))
        backups.append(fake(start + timedelta(days=day, hours=14), Reason.CLOSING))
    manual = fake(start, Reason.MANUAL)
    upgrade = fake(start - timedelta(days=400), Reason.BEFORE_UPGRADE)
    dropped = to_drop([*backups, manual, upgrade])
    kept = [b for b in backups if b not in dropped]
    last = start + timedelta(days=59)  # Thursday 2026-11-26
    # The evening backup of each of the last 7 days...
    daily = [b for b in kept if b.made.date() > (last - timedelta(days=7)).date()]
    assert [b.made for b in daily] == [
        last.replace(hour=22) - timedelta(days=d) for d in range(6, -1, -1)
    ]
    # ... and the last evening of each of the 8 newest weeks (W41 to W48); for W47 and W48
    # that is already one of the daily ones.
    weekly = [b for b in kept if b not in daily]
    assert [b.made.date() for b in weekly] == [
        date(2026, 10, 11),
        date(2026, 10, 18),
        date(2026, 10, 25),
        date(2026, 11, 1),
        date(2026, 11, 8),
        date(2026, 11, 15),
    ]
    assert manual not in dropped and upgrade not in dropped
    assert len(kept) == 13


moments = st.lists(
    st.tuples(
        st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)),
        st.sampled_from(list(Reason)),
    ),
    max_size=80,
    unique_by=lambda t: t[0],
)


@given(moments)
@settings(max_examples=200, deadline=None)
def test_rotation_rules_hold_for_any_backups(items: list[tuple[datetime, Reason]]) -> None:
    backups = [fake(made.replace(microsecond=0), reason) for made, reason in items]
    backups = list({b.path: b for b in backups}.values())
    dropped = to_drop(backups)
    kept = [b for b in backups if b not in dropped]
    assert all(b.automatic for b in dropped), "only automatic backups rotate"
    automatic = sorted((b for b in kept if b.automatic), key=lambda b: b.made, reverse=True)
    assert len(automatic) <= rotation.KEEP_DAILY + rotation.KEEP_WEEKLY
    every = sorted((b for b in backups if b.automatic), key=lambda b: b.made, reverse=True)
    if every:
        assert every[0] in kept, "the newest automatic backup is never dropped"
    days = sorted({b.made.date() for b in every}, reverse=True)[: rotation.KEEP_DAILY]
    for day in days:
        newest = max((b for b in every if b.made.date() == day), key=lambda b: b.made)
        assert newest in kept, f"the newest backup of {day} is kept"
    weeks = sorted({b.made.date().isocalendar()[:2] for b in every}, reverse=True)
    for week in weeks[: rotation.KEEP_WEEKLY]:
        of_week = [b for b in every if b.made.date().isocalendar()[:2] == week]
        assert max(of_week, key=lambda b: b.made) in kept, f"the newest of week {week} is kept"
    assert to_drop(kept) == [], "rotating twice drops nothing more"


# -- making, checking, rotating on disk ----------------------------------------------


def test_a_daily_backup_is_checked_and_opens_with_the_passphrase(root: Path) -> None:
    with Journal.unlock(root, PASSPHRASE) as journal:
        assert journal.backup_due()
        made = journal.back_up(Reason.DAILY)
        assert not journal.backup_due()
        assert journal.backups() == [made]
    assert made.path.parent == root / "backups"
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert verify_backup(made.path, PASSPHRASE) == len(one_of_each())
    assert sorted(os.listdir(root / "backups")) == [made.path.name]  # no scratch left


def test_old_backups_go_only_after_the_new_one_passed_its_check(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = root / "backups"
    folder.mkdir(mode=0o700)
    old_days = [datetime.now() - timedelta(days=d) for d in range(1, 12)]
    for when in old_days:
        new_path(folder, Reason.DAILY, when.replace(microsecond=0)).write_bytes(b"old")
    keep_forever = new_path(folder, Reason.BEFORE_PASSPHRASE_CHANGE, old_days[-1])
    keep_forever.write_bytes(b"kept")

    def damaged(path: Path, data_key: bytes, key_record: bytes | None = None) -> int:
        raise DamageFound("page 7 cannot be read")

    with Journal.unlock(root, PASSPHRASE) as journal:
        with monkeypatch.context() as patch:
            patch.setattr(rotation, "check_backup", damaged)
            with pytest.raises(DamageFound, match="Nothing was overwritten"):
                journal.back_up(Reason.DAILY)
        assert len(list_backups(folder)) == 12, "a failed check drops nothing"
        assert (folder / CHECK_FAILED).exists()
        assert journal.backup_due(), "the next unlock checks again, even on the same day"
        made = journal.back_up(Reason.DAILY)
    assert not (folder / CHECK_FAILED).exists()
    left = list_backups(folder)
    assert made in left and keep_forever.exists()
    automatic = [b for b in left if b.automatic]
    assert len(automatic) <= rotation.KEEP_DAILY + rotation.KEEP_WEEKLY
    assert len(automatic) < 12


def test_real_damage_is_found_by_the_daily_check(root: Path) -> None:
    """A page of the database overwritten: copying or checking it fails; nothing is dropped."""
    db = root / "journal.db"
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.seek(size - 4096 + 100)
        handle.write(os.urandom(200))
    # Found when the journal is opened (its settings are read), or by the check.
    with pytest.raises((DamageFound, VaultDamaged)), Journal.unlock(root, PASSPHRASE) as journal:
        journal.back_up(Reason.DAILY)
    assert list_backups(root / "backups") == []
    assert db.stat().st_size == size  # the journal itself is never touched


def test_no_room_for_a_backup_says_so_and_drops_nothing(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from journal_app.storage import backup

    folder = root / "backups"
    folder.mkdir(mode=0o700)
    older = new_path(folder, Reason.DAILY, datetime(2026, 1, 1, 9))
    older.write_bytes(b"old")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_write_backup", full)
    with Journal.unlock(root, PASSPHRASE) as journal, pytest.raises(DiskFull) as caught:
        journal.back_up(Reason.DAILY)
    assert str(caught.value) == (
        "The disk is full, so this was not saved; everything saved before is safe."
    )
    assert list_backups(folder) == [describe(older)]


def test_the_newest_backup_that_passes_is_found_with_the_key_or_the_passphrase(
    root: Path, tmp_path: Path
) -> None:
    with Journal.unlock(root, PASSPHRASE) as journal:
        good = journal.back_up(Reason.DAILY)
        newer = journal.back_up(Reason.MANUAL)
        newer.path.write_bytes(newer.path.read_bytes()[:5000])  # torn
        assert journal.newest_good_backup() == good
    found = rotation.newest_good(root / "backups", passphrase=PASSPHRASE)
    assert found is not None and found[0] == good
    assert rotation.newest_good(root / "backups", passphrase="not the passphrase") is None
    assert rotation.newest_good(root / "backups", data_key=os.urandom(32)) is None
    assert rotation.newest_good(tmp_path / "none", passphrase=PASSPHRASE) is None


def test_scratch_left_by_a_killed_backup_is_cleaned_once_old(root: Path) -> None:
    folder = root / "backups"
    folder.mkdir(mode=0o700)
    stale, fresh = folder / ".backup-stale", folder / ".restore-fresh"
    for scratch in (stale, fresh):
        scratch.mkdir()
        (scratch / "journal.db").write_bytes(b"encrypted bytes")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.back_up(Reason.DAILY)
    assert not stale.exists()
    assert fresh.exists(), "a scratch folder in use by another process is left alone"
