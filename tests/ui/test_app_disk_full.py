"""A full disk in the app: said calmly in the form, what is typed kept, nothing half-saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journal_app.domain.records import TimeAlone
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.today_view import TodayView

PASSPHRASE = "correct horse battery"
FULL = "The disk is full, so this was not saved; everything saved before is safe."

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_full_disk_keeps_the_draft_and_says_so(qtbot: Any, tmp_path: Path) -> None:
    journal, _code = Journal.create(tmp_path / "journal", PASSPHRASE)
    conn = journal._store.conn  # SQLITE_FULL, as a full disk gives it (tests may run SQL)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with journal:
        view = TodayView(journal, ScriptedDialogs())
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        form = view.open_form(TimeAlone.kind)
        qtbot.keyClicks(form.minutes, "90")
        form.chosen.setChecked(True)
        note = "a long evening by the window " * 200
        form.set_note_text(note)
        assert form.save() is None
        assert journal.count() == 0
        assert form.isVisible()
        assert form.note_text() == note  # the draft is kept
        assert FULL in form.form_error.text()
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # room again
        assert form.save() is not None
        (saved,) = journal.records_between()
        assert saved.note == note
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
