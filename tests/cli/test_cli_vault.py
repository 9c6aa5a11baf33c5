"""``change-passphrase``, ``recover``, ``backup``, ``restore`` and ``verify`` as a real process."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    assert_one_line_error,
    folder_state,
    recovery_code,
    run,
)


@dataclass(frozen=True)
class Initialised:
    root: Path
    code: str


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Initialised:
    root = tmp_path_factory.mktemp("vaultcli") / "journal"
    made = run(root, "init")
    assert made.code == 0, made.err
    for score in ("3", "8"):
        added = run(root, "add", "mood", "--score", score, "--at", "2026-11-16 09:00")
        assert added.code == 0, added.err
    return Initialised(root, recovery_code(made.out))


@pytest.fixture
def journal_dir(initialised: Initialised, tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(initialised.root, copy)
    return copy


def scores(root: Path, passphrase: str = PASSPHRASE) -> list[int]:
    result = run(root, "list", "--format", "json", passphrase=passphrase)
    assert result.code == 0, result.err
    return [r["score"] for r in result.json()]


# -- change-passphrase -------------------------------------------------------------


def test_change_passphrase_reads_the_new_one_from_the_environment(
    initialised: Initialised, journal_dir: Path
) -> None:
    changed = run(
        journal_dir, "change-passphrase", env={"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    )
    assert changed.code == 0, changed.err
    assert "passphrase is changed" in changed.out
    assert "The old one no longer opens the journal" not in changed.out
    assert_one_line_error(run(journal_dir, "list"), 3)
    assert scores(journal_dir, NEW_PASSPHRASE) == [3, 8]
    # Without a code to keep, a new one is issued, on a line of its own, and the old one
    # no longer works.
    code = recovery_code(changed.out)
    assert code != initialised.code
    old_code = {"JOURNAL_APP_RECOVERY_CODE": initialised.code}
    assert_one_line_error(
        run(
            journal_dir,
            "recover",
            passphrase=None,
            env={**old_code, "JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE},
        ),
        3,
    )
    recovered = run(
        journal_dir,
        "recover",
        passphrase=None,
        env={"JOURNAL_APP_RECOVERY_CODE": code, "JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert recovered.code == 0, recovered.err
    assert scores(journal_dir) == [3, 8]


def test_change_passphrase_keeps_the_recovery_code_it_is_given(
    initialised: Initialised, journal_dir: Path
) -> None:
    env = {
        "JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE,
        "JOURNAL_APP_RECOVERY_CODE": initialised.code,
    }
    changed = run(journal_dir, "change-passphrase", env=env)
    assert changed.code == 0, changed.err
    assert "Recovery code:" not in changed.out
    assert "stays the same" in changed.out
    recovered = run(
        journal_dir,
        "recover",
        passphrase=None,
        env={
            "JOURNAL_APP_RECOVERY_CODE": initialised.code,
            "JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE,
        },
    )
    assert recovered.code == 0, recovered.err


@pytest.mark.parametrize("code", ["ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "nonsense"])
def test_a_recovery_code_to_keep_that_is_not_the_current_one_exits_3_and_changes_nothing(
    journal_dir: Path, code: str
) -> None:
    before = folder_state(journal_dir)
    env = {"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE, "JOURNAL_APP_RECOVERY_CODE": code}
    assert_one_line_error(run(journal_dir, "change-passphrase", env=env), 3, "recovery code")
    assert folder_state(journal_dir) == before
    assert scores(journal_dir) == [3, 8]


def test_change_passphrase_names_the_backups_that_still_open_with_the_old_one(
    journal_dir: Path, tmp_path: Path
) -> None:
    before = set((journal_dir / "backups").iterdir())  # the day's automatic backup
    assert run(journal_dir, "backup").code == 0
    (old_backup,) = set((journal_dir / "backups").iterdir()) - before
    changed = run(
        journal_dir, "change-passphrase", env={"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    )
    assert changed.code == 0, changed.err
    assert f"  {old_backup}" in changed.out.splitlines()
    assert "still open with the old passphrase" in changed.out
    # The backup made just before the change is named with them.
    (just_before,) = (journal_dir / "backups").glob("*-before-passphrase-change.jbak")
    assert f"  {just_before}" in changed.out.splitlines()
    # True: the old backup opens with the old passphrase, and only with it.
    fresh = tmp_path / "from-old-backup"
    assert run(fresh, "restore", str(old_backup)).code == 0
    assert scores(fresh) == [3, 8]
    # Its key record, put beside the current journal, opens nothing.
    shutil.copy(fresh / "vault.key", journal_dir / "vault.key")
    shutil.copy(fresh / "vault.key", journal_dir / "vault.key.2")
    assert run(journal_dir, "list").code in (3, 4)


def test_change_passphrase_refuses_and_changes_nothing(journal_dir: Path) -> None:
    before = folder_state(journal_dir)
    new = {"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    assert_one_line_error(
        run(journal_dir, "change-passphrase", passphrase="not the passphrase", env=new), 3
    )
    assert_one_line_error(
        run(journal_dir, "change-passphrase", env={"JOURNAL_APP_NEW_PASSPHRASE": "short"}),
        2,
        "passphrase",
    )
    assert_one_line_error(run(journal_dir, "change-passphrase"), 2, "JOURNAL_APP_NEW_PASSPHRASE")
    assert folder_state(journal_dir) == before


# -- recover -----------------------------------------------------------------------


def test_recover_sets_a_new_passphrase_and_the_old_one_fails(
    initialised: Initialised, journal_dir: Path
) -> None:
    env = {
        "JOURNAL_APP_RECOVERY_CODE": initialised.code,
        "JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE,
    }
    recovered = run(journal_dir, "recover", passphrase=None, env=env)
    assert recovered.code == 0, recovered.err
    assert "new passphrase is set" in recovered.out
    assert_one_line_error(run(journal_dir, "list"), 3, "passphrase")
    assert scores(journal_dir, NEW_PASSPHRASE) == [3, 8]


@pytest.mark.parametrize("code", ["ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "not a code", ""])
def test_a_wrong_recovery_code_exits_3_and_changes_nothing(journal_dir: Path, code: str) -> None:
    before = folder_state(journal_dir)
    env = {"JOURNAL_APP_RECOVERY_CODE": code, "JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    assert_one_line_error(run(journal_dir, "recover", passphrase=None, env=env), 3, "recovery code")
    assert folder_state(journal_dir) == before


# -- backup, verify, restore -------------------------------------------------------


def test_backup_verify_and_restore_into_a_new_folder(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "saved" / "my.jbak"
    made = run(journal_dir, "backup", "--out", str(out))
    assert made.code == 0, made.err
    assert str(out) in made.out
    assert out.is_file()
    assert (out.stat().st_mode & 0o777) == 0o600

    verified = run(journal_dir, "verify")
    assert verified.code == 0, verified.err
    assert "2 records" in verified.out

    fresh = tmp_path / "fresh"
    restored = run(fresh, "restore", str(out))
    assert restored.code == 0, restored.err
    assert "Restored 2 records" in restored.out
    assert scores(fresh) == [3, 8]


def test_restore_over_a_journal_keeps_the_replaced_one(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.jbak"
    assert run(journal_dir, "backup", "--out", str(out)).code == 0
    assert run(journal_dir, "add", "mood", "--score", "1", "--at", "2026-11-17 09:00").code == 0
    restored = run(journal_dir, "restore", str(out))
    assert restored.code == 0, restored.err
    assert "kept" in restored.out
    assert scores(journal_dir) == [3, 8]
    (kept,) = [p for p in journal_dir.iterdir() if p.name.startswith("replaced-")]
    assert scores(kept) == [3, 8, 1]


def test_backup_without_out_goes_to_the_backups_folder_and_into_a_folder_given(
    journal_dir: Path, tmp_path: Path
) -> None:
    before = set(os.listdir(journal_dir / "backups"))  # the day's automatic backup
    assert run(journal_dir, "backup").code == 0
    (inside,) = set(os.listdir(journal_dir / "backups")) - before
    assert inside.startswith("journal-") and inside.endswith("-manual.jbak")
    folder = tmp_path / "folder"
    folder.mkdir()
    assert run(journal_dir, "backup", "--out", str(folder)).code == 0
    (named,) = os.listdir(folder)
    assert named.endswith(".jbak")


def test_a_bad_restore_exits_with_its_code_and_the_journal_is_untouched(
    journal_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.jbak"
    assert run(journal_dir, "backup", "--out", str(good)).code == 0
    shutil.rmtree(journal_dir / "backups", ignore_errors=True)
    bad = tmp_path / "bad.jbak"
    bad.write_bytes(good.read_bytes()[:3000])
    before = folder_state(journal_dir)
    assert_one_line_error(run(journal_dir, "restore", str(bad)), 4, "backup")
    assert_one_line_error(run(journal_dir, "restore", str(tmp_path / "none.jbak")), 4, "no backup")
    assert_one_line_error(
        run(journal_dir, "restore", str(good), passphrase="not the passphrase"), 3, "backup"
    )
    assert folder_state(journal_dir) == before


def test_one_record_is_counted_as_one(tmp_path: Path) -> None:
    """'Restored 1 record', never '1 records'."""
    root = tmp_path / "one"
    assert run(root, "init").code == 0
    assert run(root, "add", "mood", "--score", "5").code == 0
    out = tmp_path / "one.jbak"
    assert run(root, "backup", "--out", str(out)).code == 0
    restored = run(tmp_path / "fresh", "restore", str(out))
    assert restored.code == 0, restored.err
    assert "Restored 1 record from" in restored.out
    exported = run(root, "export", "--all", "--format", "json", "--out", str(tmp_path / "one.json"))
    assert "Wrote 1 record to" in exported.out
    md = tmp_path / "one.md"
    assert run(root, "export", "--all", "--format", "md", "--out", str(md)).code == 0
    assert " · 1 record\n" in md.read_text("utf-8")
    verified = run(root, "verify")
    assert "Your journal is whole: 1 record," in verified.out
