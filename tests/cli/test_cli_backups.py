"""Automatic backups from the command line, ``backups``, damage found by the daily check,
and the folder lock that keeps ``restore`` and passphrase changes away from a running app."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
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


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("backupscli") / "journal"
    made = run(root, "init")
    assert made.code == 0, made.err
    return root, recovery_code(made.out)


@pytest.fixture
def journal_dir(initialised: tuple[Path, str], tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(initialised[0], copy)
    return copy


def listed(root: Path) -> list[dict[str, object]]:
    done = run(root, "backups", "--format", "json", passphrase=None)
    assert done.code == 0, done.err
    result: list[dict[str, object]] = done.json()
    return result


def test_init_makes_no_backup_the_first_unlock_of_the_day_does(journal_dir: Path) -> None:
    assert listed(journal_dir) == []
    assert "no backups" in run(journal_dir, "backups", passphrase=None).out
    assert run(journal_dir, "add", "mood", "--score", "5").code == 0
    (daily,) = listed(journal_dir)
    assert daily["reason"] == "daily" and daily["automatic"] is True
    assert Path(str(daily["path"])).parent == journal_dir / "backups"
    assert daily["size"] == Path(str(daily["path"])).stat().st_size
    assert datetime.fromisoformat(str(daily["time"])).date() == datetime.now().date()
    # Later commands that day only look: no second backup, the same file untouched.
    before = folder_state(journal_dir / "backups")
    for args in (["add", "mood", "--score", "6"], ["list"], ["summary"], ["search", "x"]):
        assert run(journal_dir, *args).code == 0
    assert folder_state(journal_dir / "backups") == before


def test_backups_lists_newest_first_with_time_size_and_reason(journal_dir: Path) -> None:
    assert run(journal_dir, "list").code == 0  # the daily backup
    assert run(journal_dir, "backup").code == 0  # one made by hand
    found = listed(journal_dir)
    assert [b["reason"] for b in found] == ["manual", "daily"]
    assert [b["time"] for b in found] == sorted((b["time"] for b in found), reverse=True)
    text = run(journal_dir, "backups", passphrase=None).out.splitlines()
    assert len(text) == 2
    assert "made by you" in text[0] and "first opening of the day" in text[1]
    assert all(" KB" in line or " MB" in line for line in text)


def test_damage_found_by_the_daily_check_stops_and_names_the_good_backup(
    journal_dir: Path,
) -> None:
    assert run(journal_dir, "add", "mood", "--score", "5").code == 0
    (daily,) = listed(journal_dir)
    # Make it yesterday's, so today's first unlock is still to come.
    old = Path(str(daily["path"]))
    yesterday = datetime.now() - timedelta(days=1)
    good = old.with_name(f"journal-{yesterday:%Y%m%d-%H%M%S}-daily.jbak")
    old.rename(good)
    db = journal_dir / "journal.db"
    with open(db, "r+b") as handle:
        handle.seek(db.stat().st_size - 4096 + 64)
        handle.write(os.urandom(300))
    before = folder_state(journal_dir)
    result = run(journal_dir, "add", "mood", "--score", "7")
    # Found when the journal is opened (that page holds its settings) or by the daily
    # check: either way one line, nothing overwritten, and the good backup named.
    assert_one_line_error(result, 4, "overwritten", str(good), "journal-app restore")
    after = folder_state(journal_dir)
    after.pop("backups/.check-failed", None)
    assert after == before
    restored = run(journal_dir, "restore", str(good))
    assert restored.code == 0, restored.err
    assert run(journal_dir, "list").code == 0


HOLDER = """
import sys
from pathlib import Path
from journal_app.services.journal import Journal
journal = Journal.unlock(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def app_open(journal_dir: Path) -> Iterator[None]:
    """Another process has the journal open, as the app does while unlocked."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(journal_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        yield
        child.kill()
        child.communicate()


@pytest.mark.usefixtures("app_open")
def test_replacing_commands_refuse_while_the_journal_is_open_elsewhere(
    journal_dir: Path, initialised: tuple[Path, str], tmp_path: Path
) -> None:
    saved = tmp_path / "saved.jbak"
    assert run(journal_dir, "backup", "--out", str(saved)).code == 0  # reading works beside it
    before = folder_state(journal_dir)
    new = {"JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    code = {"JOURNAL_APP_RECOVERY_CODE": initialised[1], **new}
    for args, env, passphrase in (
        (["restore", str(saved)], {}, PASSPHRASE),
        (["change-passphrase"], new, PASSPHRASE),
        (["recover"], code, None),
    ):
        assert_one_line_error(
            run(journal_dir, *args, env=env, passphrase=passphrase), 1, "open in the app"
        )
    assert folder_state(journal_dir) == before
    added = run(journal_dir, "add", "mood", "--score", "4")
    assert added.code == 0, added.err
    assert json.loads(run(journal_dir, "list", "--format", "json").out)[-1]["score"] == 4
