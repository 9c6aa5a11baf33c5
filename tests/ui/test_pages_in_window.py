"""The pages inside the real main window: a check-in after unlock, and a draft kept across a lock.

Uses the shell's fixtures (``make_window``, ``vault_dir``) from tests/ui/conftest.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, unlock
from PySide6.QtCore import Qt

from journal_app.domain.records import JournalEntry, MoodCheckIn
from journal_app.services.journal import Journal
from journal_app.ui.journal_view import JournalView, entry_draft_key
from journal_app.ui.people_view import PeopleView
from journal_app.ui.today_view import TodayView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TODAY, JOURNAL, PEOPLE = 0, 1, 2


def page(window: Any, index: int) -> Any:
    window.main_view.show_section(index)
    return window.main_view.current_page()


def test_check_in_from_the_main_window(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    today = page(window, TODAY)
    assert isinstance(today, TodayView)
    today.mood.score.setFocus()
    qtbot.keyClick(today.mood.score, "3")
    qtbot.keyClick(today.mood.score, Qt.Key.Key_Return)
    assert isinstance(page(window, JOURNAL), JournalView)
    assert isinstance(page(window, PEOPLE), PeopleView)
    window.lock()

    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        moods = [r for r in journal.records_between() if isinstance(r, MoodCheckIn)]
        assert 3 in [m.score for m in moods]


def test_a_draft_survives_a_lock_and_comes_back(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    journal_page = page(window, JOURNAL)
    journal_page.new_entry()
    qtbot.keyClicks(journal_page.entry.text, "half a thought, before the lock")
    window.lock()  # flushes drafts into the store, then closes it
    assert window.main_view is None

    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        draft = journal.load_draft(entry_draft_key(None))
    assert draft is not None
    assert json.loads(draft)["text"] == "half a thought, before the lock"
    raw = b"".join(p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    assert b"half a thought" not in raw, "the draft is encrypted like everything else"

    unlock(qtbot, window)
    again = page(window, JOURNAL)
    assert again is not journal_page
    assert again.entry.text.toPlainText() == "half a thought, before the lock"
    again.entry.save()
    window.lock()
    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        texts = [r.text for r in journal.records_between() if isinstance(r, JournalEntry)]
        assert "half a thought, before the lock" in texts
        assert journal.load_draft(entry_draft_key(None)) is None
