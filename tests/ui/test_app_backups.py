"""Backups in the app: the daily check, closing after changes, Settings → Backups, restore."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, SECRET_TEXT, unlock
from PySide6.QtCore import Qt

from journal_app.domain.records import JournalEntry, MoodCheckIn
from journal_app.services.journal import Journal
from journal_app.storage.backup import verify_backup
from journal_app.storage.folderlock import hold_shared
from journal_app.storage.rotation import Reason, list_backups

OTHER_PASSPHRASE = "another journal entirely"


def backups_of(root: Path) -> list[Any]:
    return list_backups(root / "backups")


def settings_backups(qtbot: Any, make_window: Any, vault_dir: Path) -> tuple[Any, Any]:
    """A window unlocked on Settings (the last section), and its Backups group."""
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.main_view.show_section(window.main_view.sidebar.count() - 1)
    page = window.main_view.current_page()
    assert page.objectName() == "settings"
    return window, page.backups


def test_the_first_unlock_of_the_day_backs_up_and_checks(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    (daily,) = backups_of(vault_dir)
    assert daily.reason is Reason.DAILY
    assert verify_backup(daily.path, PASSPHRASE) == 3
    window.lock()
    unlock(qtbot, window)
    assert backups_of(vault_dir) == [daily], "only the first unlock of the day"


def test_closing_the_app_after_changes_backs_up(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.shutdown()  # nothing changed: nothing more
    assert [b.reason for b in backups_of(vault_dir)] == [Reason.DAILY]
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.journal.add(MoodCheckIn(score=7))
    window.shutdown()
    assert window.journal is None
    # Checked, it takes the place of the morning's: the newest of each day is kept.
    (closing,) = backups_of(vault_dir)
    assert closing.reason is Reason.CLOSING
    assert verify_backup(closing.path, PASSPHRASE) == 4


def test_settings_lists_backups_and_backs_up_now(
    qtbot: Any, make_window: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui import announce

    said: list[str] = []
    monkeypatch.setattr(announce, "announce", lambda _source, text: said.append(text))
    _window, section = settings_backups(qtbot, make_window, vault_dir)
    assert section.list.count() == 1
    assert "first opening of the day" in section.list.item(0).text()
    qtbot.mouseClick(section.now_button, Qt.MouseButton.LeftButton)
    assert section.list.count() == 2
    assert "made by you" in section.list.item(0).text()
    assert "Backed up and checked" in section.status.text()
    assert said == [section.status.text()]  # a screen reader hears it too
    assert section.chosen() == backups_of(vault_dir)[0].path


def test_save_a_copy_elsewhere(
    qtbot: Any, make_window: Any, vault_dir: Path, tmp_path: Path
) -> None:
    window, section = settings_backups(qtbot, make_window, vault_dir)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    window.dialogs.paths.append(stick / "my journal")
    qtbot.mouseClick(section.copy_button, Qt.MouseButton.LeftButton)
    kind, _title, suggested = window.dialogs.asked[-1]
    assert kind == "save_path"
    assert Path(suggested).parent == Path.home()  # the chooser opens in the home folder
    copy = stick / "my journal.jbak"
    assert verify_backup(copy, PASSPHRASE) == 3
    assert str(copy) in section.status.text() and "checked" in section.status.text()
    assert section.list.count() == 1, "a copy elsewhere is not one of the journal's backups"


def test_restore_puts_back_the_chosen_backup_and_asks_for_its_passphrase(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, section = settings_backups(qtbot, make_window, vault_dir)
    window.journal.add(JournalEntry(id="after", text="written after the backup"))
    window.dialogs.yes_no.append(True)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)  # today's
    _kind, _title, question = window.dialogs.asked[-1]
    assert "kept aside" in question and "not deleted" in question
    assert window.journal is None and window.state == window.UNLOCK
    message = window.unlock_view.message.text()
    assert "is back" in message and "passphrase that was current" in message
    (kept,) = [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]
    assert str(kept) in message
    unlock(qtbot, window, PASSPHRASE)  # the passphrase of the backup's time
    assert window.journal.count() == 3
    with Journal.unlock(kept, PASSPHRASE) as before_restore:
        assert before_restore.count() == 4  # kept, whole


def test_a_backup_from_before_a_passphrase_change_asks_for_the_old_one(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, section = settings_backups(qtbot, make_window, vault_dir)
    window.journal.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)  # re-keys the journal
    window.journal.reopen()
    window.journal.add(JournalEntry(id="after", text="written after the change"))
    section.refresh()
    row = next(
        i
        for i in range(section.list.count())
        if "before a passphrase change" in section.list.item(i).text()
    )
    section.list.setCurrentRow(row)
    window.dialogs.yes_no.append(True)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    view = window.unlock_view
    assert window.state == window.UNLOCK and view.restoring is not None
    assert "passphrase that was current" in view.message.text()
    unlock_typed(qtbot, window, OTHER_PASSPHRASE)  # today's does not open it
    assert window.journal is None and "does not open this backup" in view.message.text()
    assert not [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]
    unlock(qtbot, window, PASSPHRASE)
    assert window.journal.count() == 3


def test_asking_once_and_saying_no_changes_nothing(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, section = settings_backups(qtbot, make_window, vault_dir)
    window.dialogs.yes_no.append(False)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN
    assert not [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]


@pytest.fixture
def other_backup(tmp_path: Path) -> Path:
    """A backup of another journal (another key), as from a USB stick."""
    journal, _code = Journal.create(tmp_path / "other", OTHER_PASSPHRASE)
    with journal:
        journal.add(JournalEntry(id="other", text="from the other journal"))
        return journal.save_copy(tmp_path / "stick" / "other.jbak")


def restoring_from_a_file(qtbot: Any, make_window: Any, vault_dir: Path, backup: Path) -> Any:
    """Unlock, then Settings → Restore from a file… ``backup``, and say yes."""
    window, section = settings_backups(qtbot, make_window, vault_dir)
    window.dialogs.paths.append(backup)
    window.dialogs.yes_no.append(True)
    qtbot.mouseClick(section.file_button, Qt.MouseButton.LeftButton)
    return window


def test_a_backup_the_key_does_not_open_is_restored_by_its_own_passphrase(
    qtbot: Any, make_window: Any, vault_dir: Path, other_backup: Path
) -> None:
    window = restoring_from_a_file(qtbot, make_window, vault_dir, other_backup)
    view = window.unlock_view
    assert window.state == window.UNLOCK and view.restoring == other_backup
    assert "passphrase that was current" in view.message.text()
    assert not [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]
    view.passphrase.clear()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)  # today's passphrase does not open it
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert window.journal is None
    assert "does not open this backup" in view.message.text()
    assert not [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]
    unlock(qtbot, window, OTHER_PASSPHRASE)
    assert [r.id for r in window.journal.records_between()] == ["other"]
    assert [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]


def test_not_restoring_after_all_opens_the_journal_as_it_is(
    qtbot: Any, make_window: Any, vault_dir: Path, other_backup: Path
) -> None:
    window = restoring_from_a_file(qtbot, make_window, vault_dir, other_backup)
    qtbot.mouseClick(window.unlock_view.keep_button, Qt.MouseButton.LeftButton)
    assert window.unlock_view.restoring is None
    unlock(qtbot, window)
    assert window.journal.count() == 3


def test_restore_waits_for_a_program_that_uses_the_journal(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, section = settings_backups(qtbot, make_window, vault_dir)
    window.dialogs.yes_no.append(True)
    other = hold_shared(vault_dir)  # as a command-line 'add' would, mid-way
    try:
        qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    finally:
        other.release()
    assert window.state == window.UNLOCK
    assert "was not restored" in window.unlock_view.message.text()
    assert "journal is as it was" in window.unlock_view.message.text()
    unlock(qtbot, window)
    assert window.journal.count() == 3


def test_the_app_holds_the_folder_while_unlocked(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    from journal_app.storage.folderlock import JournalInUse, hold_exclusive

    window = make_window(vault_dir)
    unlock(qtbot, window)
    with pytest.raises(JournalInUse):
        hold_exclusive(vault_dir)
    window.lock()
    hold_exclusive(vault_dir).release()


# -- damage --------------------------------------------------------------------------


@pytest.fixture
def backed_up(vault_dir: Path) -> Path:
    """The journal with yesterday's backup (so today's check is still to come)."""
    from datetime import datetime, timedelta

    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        made = journal.back_up(Reason.DAILY)
    yesterday = datetime.now() - timedelta(days=1)
    made.path.rename(made.path.with_name(f"journal-{yesterday:%Y%m%d-%H%M%S}-daily.jbak"))
    return vault_dir


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_a_damaged_store_offers_the_newest_good_backup(
    qtbot: Any, make_window: Any, backed_up: Path, damage: str
) -> None:
    db = backed_up / "journal.db"
    if damage == "missing":
        db.unlink()
    else:
        db.write_bytes(os.urandom(db.stat().st_size))
    damaged = db.read_bytes() if db.exists() else None
    window = make_window(backed_up)
    unlock_typed(qtbot, window)
    assert window.state == window.DAMAGE and window.journal is None
    page = window.flows.page
    assert "journal.db" in page.problem.text()
    assert "journal-app" not in page.problem.text()  # no command line in the app
    assert "Nothing was overwritten or deleted" in " ".join(texts(page))
    assert "passes every check" in page.status.text()
    assert page.restore_button.isVisible() and not page.open_button.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN
    assert window.journal.count() == 3
    (aside,) = [p for p in backed_up.iterdir() if p.name.startswith("damaged-")]
    assert (aside / "vault.key").exists()
    if damaged is not None:
        assert (aside / "journal.db").read_bytes() == damaged  # kept, byte for byte
    kind, _title, text = window.dialogs.asked[-1]
    assert kind == "inform" and str(aside) in text


def test_damaged_key_records_find_a_backup_by_passphrase(
    qtbot: Any, make_window: Any, backed_up: Path
) -> None:
    for name in ("vault.key", "vault.key.2"):
        (backed_up / name).write_bytes(b"{ this is not a key record")
    window = make_window(backed_up)
    unlock_typed(qtbot, window)
    page = window.flows.page
    assert window.state == window.DAMAGE
    assert "key record" in page.problem.text()
    assert page.passphrase.isVisible() and not page.restore_button.isVisible()
    qtbot.keyClicks(page.passphrase, "not it at all")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not page.restore_button.isVisible()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.restore_button.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN and window.journal.count() == 3
    window.lock()
    unlock(qtbot, window)  # the key record came back with the backup


def test_with_no_backup_the_page_says_so_and_changes_nothing(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    (vault_dir / "journal.db").unlink()
    before = sorted(os.listdir(vault_dir))
    window = make_window(vault_dir)
    unlock_typed(qtbot, window)
    page = window.flows.page
    assert "No backup" in page.status.text()
    assert not page.restore_button.isVisible()
    assert sorted(os.listdir(vault_dir)) == before
    qtbot.mouseClick(page.quick_exit_button, Qt.MouseButton.LeftButton)  # here too
    assert window.state == window.BLANK and window.flows.page is None


def test_damage_found_by_the_daily_check_shows_the_page(
    qtbot: Any, make_window: Any, backed_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page the opening does not read is damaged: the daily check's copy finds it."""
    from journal_app.storage import rotation

    def damaged_copy(path: Path, data_key: Any, key_record: Any = None) -> int:
        raise rotation.DamageFound("Tree 17 page 17: btreeInitPage() returns error code 11")

    monkeypatch.setattr(rotation, "check_backup", damaged_copy)
    window = make_window(backed_up)
    unlock_typed(qtbot, window)  # it opens; the check after it finds the damage
    qtbot.waitUntil(lambda: window.state == window.DAMAGE)
    page = window.flows.page
    assert window.journal is None
    assert page.problem.text() == (
        "Today's check found that part of the journal's file cannot be read."
    )
    assert page.open_button.isVisible() and page.restore_button.isVisible()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN  # to copy out what is needed; no check this time
    window.lock()
    unlock_typed(qtbot, window)
    qtbot.waitUntil(lambda: window.state == window.DAMAGE)  # asked again next time
    monkeypatch.undo()  # the backup put back passes its check
    qtbot.mouseClick(window.flows.page.restore_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN and window.journal.count() == 3
    (aside,) = [p for p in backed_up.iterdir() if p.name.startswith("damaged-")]
    assert (aside / "journal.db").exists()


def test_damage_where_the_journal_is_first_read_offers_a_backup_too(
    qtbot: Any, make_window: Any, backed_up: Path
) -> None:
    """A page overwritten where opening reads (its settings): found at once, same way back."""
    db = backed_up / "journal.db"
    with open(db, "r+b") as handle:
        handle.seek(db.stat().st_size - 4096 + 64)
        handle.write(os.urandom(300))
    window = make_window(backed_up)
    unlock_typed(qtbot, window)
    qtbot.waitUntil(lambda: window.state == window.DAMAGE)
    page = window.flows.page
    assert "cannot be read" in page.problem.text()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN and window.journal.count() == 3


def unlock_typed(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    view = window.unlock_view
    qtbot.keyClicks(view.passphrase, passphrase)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)


def texts(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel)]


# -- the whole journal out -----------------------------------------------------------


def test_export_everything_from_the_app(
    qtbot: Any, make_window: Any, vault_dir: Path, tmp_path: Path
) -> None:
    import json

    from journal_app.ui.export_view import PRINT, ExportDialog

    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.journal.add(
        MoodCheckIn(id="long-ago", at=MoodCheckIn(score=1).at.replace(year=2019), score=2)
    )
    dialog = ExportDialog(window.journal, window.dialogs, window, runner=window.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.everything_box.isEnabled()  # printing keeps its year
    dialog.choose_format("json")
    assert dialog.everything_box.isEnabled()
    dialog.everything_box.setChecked(True)
    assert not dialog.start_edit.isEnabled()
    out = tmp_path / "everything.json"
    window.dialogs.paths.append(out)
    window.dialogs.yes_no.append(True)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    records = json.loads(out.read_text("utf-8"))["records"]
    assert len(records) == 4 and records[0]["id"] == "long-ago"
    assert SECRET_TEXT in out.read_text("utf-8")
    dialog.choose_format(PRINT)
    assert not dialog.everything()
