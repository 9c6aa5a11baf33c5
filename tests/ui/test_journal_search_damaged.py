"""The Journal page when the search index is damaged: it says so in place; the list stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journal_app.domain.records import JournalEntry, local_now
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.journal_view import JournalView

PASSPHRASE = "correct horse battery"  # as in tests/conftest.py

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_damaged_search_index_is_said_on_the_page_and_the_records_still_list(
    qtbot: Any, tmp_path: Path
) -> None:
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add(JournalEntry(title="River", text="A walk by the river.", at=local_now()))
        journal._store.conn.execute("UPDATE records_search_config SET v = 99 WHERE k = 'version'")
    with Journal.unlock(root, PASSPHRASE) as journal:
        dialogs = ScriptedDialogs()
        view = JournalView(journal, dialogs)
        qtbot.addWidget(view)
        view.show()
        assert view.list.count() == 1
        assert view.summary.text().startswith("1 record ")  # one, not "1 records"

        qtbot.keyClicks(view.search, "river")
        qtbot.waitUntil(lambda: "search index is damaged" in view.summary.text(), timeout=3000)
        assert view.list.count() == 0
        assert dialogs.asked == []  # said in place, not in a dialog

        view.search.clear()
        qtbot.waitUntil(lambda: view.list.count() == 1, timeout=3000)
