"""At first run on a new computer: the journal comes back from a backup file."""

from __future__ import annotations

import os
from collections import deque
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from app_support import PASSPHRASE
from PySide6.QtCore import Qt

from journal_app.domain.records import JournalEntry
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs

OLD_PASSPHRASE = "the passphrase of the old laptop"


def a_backup(tmp_path: Path) -> Path:
    """A journal on the old computer, one backup of it on a USB stick."""
    journal, _code = Journal.create(tmp_path / "old-laptop", OLD_PASSPHRASE)
    with journal:
        at = datetime(2026, 11, 16, 21, 0, tzinfo=timezone(timedelta(hours=1)))
        journal.add(JournalEntry(at=at, text="written on the old laptop"))
        return journal.backup(tmp_path / "usb" / "my-journal.jbak")


def first_run(make_window: Any, tmp_path: Path, *paths: Path | None) -> Any:
    window = make_window(tmp_path / "new" / "journal", dialogs=ScriptedDialogs(paths=deque(paths)))
    assert window.state == window.SETUP
    return window


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_and_enter(qtbot: Any, window: Any, passphrase: str) -> None:
    field = window.unlock_view.passphrase
    field.clear()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_welcome_page_brings_a_journal_back_from_a_backup(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    backup = a_backup(tmp_path)
    window = first_run(make_window, tmp_path, backup)
    click(qtbot, window.setup_view.from_backup_button)

    assert window.state == window.UNLOCK
    view = window.unlock_view
    assert view.restoring == backup
    assert view.heading.text() == "Bring your journal back"
    assert "my-journal.jbak" in view.message.text()
    assert "passphrase that was current" in view.message.text()
    assert view.unlock_button.text() == "&Restore and open"

    type_and_enter(qtbot, window, OLD_PASSPHRASE)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=5000)
    assert window.state == window.MAIN and window.setup_view is None
    texts = [r.text for r in window.journal.iter_records() if isinstance(r, JournalEntry)]
    assert texts == ["written on the old laptop"]


def test_a_wrong_passphrase_restores_nothing_and_can_be_tried_again(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    backup = a_backup(tmp_path)
    window = first_run(make_window, tmp_path, backup)
    click(qtbot, window.setup_view.from_backup_button)
    type_and_enter(qtbot, window, PASSPHRASE)  # not this backup's
    qtbot.waitUntil(lambda: not window.unlock_view.busy_now, timeout=5000)
    assert window.journal is None and window.state == window.UNLOCK
    assert window.unlock_view.restoring == backup
    assert not (tmp_path / "new" / "journal" / "vault.key").exists()


def test_not_wanted_after_all_goes_back_to_setup_and_writes_nothing(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    backup = a_backup(tmp_path)
    window = first_run(make_window, tmp_path, None, backup)
    click(qtbot, window.setup_view.from_backup_button)  # the file chooser closed: no file
    assert window.state == window.SETUP

    click(qtbot, window.setup_view.from_backup_button)
    assert window.state == window.UNLOCK
    assert window.unlock_view.keep_button.text() == "&Back; I will start a new journal"
    click(qtbot, window.unlock_view.keep_button)
    assert window.state == window.SETUP
    assert window.unlock_view.restoring is None
    assert window.unlock_view.heading.text() == "Locked"
    folder = tmp_path / "new" / "journal"
    assert not folder.exists() or os.listdir(folder) == []
