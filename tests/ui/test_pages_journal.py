"""The Journal page on a real encrypted vault: list, search as you type, edit, delete, drafts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from journal_app.domain.records import JournalEntry, MoodCheckIn, RecordKind, local_now
from journal_app.errors import KnownError
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.journal_view import (
    DRAFT_OPEN,
    SEARCH_DELAY_MS,
    JournalView,
    entry_draft_key,
)

PASSPHRASE = "correct horse battery"  # as in tests/conftest.py

# The offscreen platform has no window manager (size hints, raising or grabbing a popup).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    root: Path = tmp_path_factory.mktemp("journal-page") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        yield journal


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def make_view(qtbot: Any, journal: Journal, dialogs: ScriptedDialogs) -> Any:
    def make() -> JournalView:
        page = JournalView(journal, dialogs)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitActive(page)
        return page

    return make


def rows(view: JournalView) -> list[str]:
    return [view.list.item(i).text() for i in range(view.list.count())]


def test_lists_a_range_newest_first_and_a_single_day(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    now = local_now()
    old = journal.add(MoodCheckIn(score=4, at=now - timedelta(days=3), note="older day"))
    new = journal.add(MoodCheckIn(score=8, at=now - timedelta(hours=1), note="newer day"))
    view = make_view()
    texts = rows(view)
    older_row = next(i for i, t in enumerate(texts) if "older day" in t)
    newer_row = next(i for i, t in enumerate(texts) if "newer day" in t)
    assert newer_row < older_row, "newest first"
    assert "Mood 8 of 10" in texts[newer_row]

    view.start.setDate(view.end.date().addDays(-3))
    view.end.setDate(view.end.date().addDays(-3))  # just that one day
    assert [t for t in rows(view) if "day" in t] == [texts[older_row]]
    assert "on " in view.summary.text()
    journal.delete(old.id)
    journal.delete(new.id)


def test_search_as_you_type_inside_the_days_shown(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    long_ago = local_now() - timedelta(days=400)  # far outside the days listed
    journal.add(
        JournalEntry(title="Harbour", text="The lighthouse kept blinking all night.", at=long_ago)
    )
    view = make_view()
    qtbot.keyClicks(view.search, "lightho")
    # Nothing runs on every key; the search waits ~200 ms for a pause.
    assert "Nothing found" not in view.summary.text()
    qtbot.waitUntil(lambda: "Nothing found" in view.summary.text(), timeout=2000)
    assert view.list.count() == 0
    assert "Other days hold 1" in view.summary.text()  # and how to see it
    view.start.setDate(view.start.date().addDays(-400))
    qtbot.waitUntil(lambda: any("Harbour" in t for t in rows(view)), timeout=2000)
    assert len(rows(view)) == 1
    assert "Found 1" in view.summary.text()

    view.search.clear()
    qtbot.keyClicks(view.search, "zebra crossing")
    qtbot.waitUntil(lambda: view.list.count() == 0, timeout=2000)
    assert view.summary.text() == "Nothing found for “zebra crossing”."


def test_nothing_in_the_days_shown_counts_every_match_elsewhere(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    """More than a search shows (200): the count is the real one, not the page's limit."""
    long_ago = local_now() - timedelta(days=400)
    made = journal.add_many(
        JournalEntry(text=f"a wren at the feeder ({n})", at=long_ago) for n in range(230)
    )
    assert made.added == 230
    view = make_view()
    view.search.setText("wren")
    view.refresh()
    assert view.list.count() == 0
    assert "Other days hold 230" in view.summary.text()
    for record in journal.search("wren", limit=1000):
        journal.delete(record.id)


def test_search_results_are_newest_first(qtbot: Any, make_view: Any, journal: Journal) -> None:
    now = local_now()
    made = [
        journal.add(JournalEntry(text=f"kestrel seen ({n})", at=now - timedelta(days=days)))
        for n, days in enumerate((5, 1, 9, 3))
    ]
    view = make_view()
    view.search.setText("kestrel")
    view.refresh()
    assert [t.split("(")[1][0] for t in rows(view)] == ["1", "3", "0", "2"]  # 1, 3, 5, 9 days
    for record in made:
        journal.delete(record.id)


def test_write_a_new_entry_with_the_editor(qtbot: Any, make_view: Any, journal: Journal) -> None:
    view = make_view()
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    entry = view.entry
    assert view.stack.currentWidget() is entry
    qtbot.keyClicks(entry.title, "First snow")
    qtbot.keyClicks(entry.text, "It was quiet.")
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(entry.text, "I made tea.")
    qtbot.keyClicks(entry.tags, "winter, Calm")
    entry.share.setChecked(True)
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.keyClick(entry.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    stored = [r for r in journal.search("snow") if isinstance(r, JournalEntry)]
    assert len(stored) == 1
    saved = stored[0]
    assert (saved.title, saved.text) == ("First snow", "It was quiet.\nI made tea.")
    assert saved.tags == ("winter", "Calm")  # tags keep the case written
    assert saved.share is True
    assert view.current_id() == saved.id, "the saved entry is chosen in the list"
    assert view.stack.currentWidget() is view.reader  # what was saved, to read
    assert view.reader.text.text() == "It was quiet.\nI made tea."
    assert view.reader.status.text() == "Saved."  # beside what was saved
    view.open_record(saved)
    assert view.reader.status.text() == ""
    assert journal.load_draft(entry_draft_key(None)) is None


def test_edit_an_entry_and_the_store_has_the_new_text(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    original = journal.add(JournalEntry(title="Draft letter", text="Dear past me"))
    view = make_view()
    assert view.select(original.id)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # open the chosen record: to read first
    assert view.stack.currentWidget() is view.reader
    assert view.reader.text.text() == "Dear past me"
    assert view.reader.title.text() == "Draft letter"
    assert view.focusWidget() is view.reader.edit_button
    qtbot.keyClick(view.reader.edit_button, Qt.Key.Key_Space)  # Edit
    assert view.stack.currentWidget() is view.entry
    assert view.entry.text.toPlainText() == "Dear past me"
    view.entry.text.selectAll()
    qtbot.keyClicks(view.entry.text, "Dear me, you did well")
    qtbot.mouseClick(view.entry.save_button, Qt.MouseButton.LeftButton)

    stored = journal.get(original.id)
    assert isinstance(stored, JournalEntry)
    assert stored.text == "Dear me, you did well"
    assert stored.title == "Draft letter"
    assert stored.created == original.created
    assert stored.updated >= original.updated
    assert [r.id for r in journal.search("did well")] == [original.id]
    assert journal.search("past") == []


def test_edit_any_kind_of_record(qtbot: Any, make_view: Any, journal: Journal) -> None:
    mood = journal.add(MoodCheckIn(score=3, note="rough start"))
    view = make_view()
    assert view.select(mood.id)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.reader
    assert "Mood 3 of 10" in view.reader.what.text()
    assert view.reader.note.text() == "rough start"
    qtbot.mouseClick(view.reader.edit_button, Qt.MouseButton.LeftButton)
    form = view.forms[RecordKind.MOOD]
    assert view.stack.currentWidget() is form
    assert form.score.value() == 3
    form.score.setFocus()
    qtbot.keyClick(form.score, "5")
    qtbot.keyClick(form.score, Qt.Key.Key_Return)
    stored = journal.get(mood.id)
    assert isinstance(stored, MoodCheckIn)
    assert (stored.score, stored.note, stored.at) == (5, "rough start", mood.at)


def test_delete_asks_once_and_is_real(
    qtbot: Any, make_view: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    record = journal.add(JournalEntry(title="To let go", text="Something about marmalade"))
    view = make_view()
    assert view.select(record.id)

    dialogs.yes_no.append(False)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.asked) == 1
    assert dialogs.asked[0][0] == "yes_no"
    assert journal.get(record.id).id == record.id, "No keeps it"
    assert view.current_id() == record.id

    dialogs.yes_no.append(True)
    view.list.setFocus()
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert len(dialogs.asked) == 2, "one question per delete"
    with pytest.raises(KnownError):
        journal.get(record.id)
    assert journal.search("marmalade") == []
    assert not any("To let go" in t for t in rows(view))


def test_a_draft_is_restored_when_the_page_is_made_again(
    qtbot: Any, make_view: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    view = make_view()
    view.new_entry()
    qtbot.keyClicks(view.entry.title, "Unsent")
    qtbot.keyClicks(view.entry.text, "What I could not say out loud")
    view.flush_drafts()
    draft = journal.load_draft(entry_draft_key(None))
    assert draft is not None and json.loads(draft)["text"] == "What I could not say out loud"
    view.close()
    view.deleteLater()

    again = make_view()
    assert again.stack.currentWidget() is again.entry
    assert again.entry.title.text() == "Unsent"
    assert again.entry.text.toPlainText() == "What I could not say out loud"
    assert "restored" in again.editor_title.text()

    dialogs.yes_no.append(True)  # "Put this writing away?" Yes
    qtbot.mouseClick(again.entry.cancel_button, Qt.MouseButton.LeftButton)
    assert again.stack.currentWidget() is again.placeholder
    assert journal.load_draft(entry_draft_key(None)) is None
    assert journal.load_draft(DRAFT_OPEN) is None


def test_autosave_runs_on_a_timer_for_an_entry_being_edited(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    record = journal.add(JournalEntry(text="Morning pages"))
    view = make_view()
    view._autosave.setInterval(50)
    view.edit_record(record)
    view.entry.text.moveCursor(view.entry.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.entry.text, ", and the afternoon")
    key = entry_draft_key(record.id)
    qtbot.waitUntil(lambda: journal.load_draft(key) is not None, timeout=2000)
    assert json.loads(journal.load_draft(key) or "{}")["text"] == "Morning pages, and the afternoon"
    assert journal.get(record.id).text == "Morning pages", "a draft is not a save"
    view.close()
    view.deleteLater()

    again = make_view()
    assert again.entry.editing is not None and again.entry.editing.id == record.id
    assert again.entry.text.toPlainText() == "Morning pages, and the afternoon"
    again.entry.save()
    assert journal.get(record.id).text == "Morning pages, and the afternoon"
    assert journal.load_draft(key) is None


def test_a_click_opens_a_record_and_arrows_only_move(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    first = journal.add(MoodCheckIn(score=2, note="click me"))
    view = make_view()
    assert view.select(first.id)
    assert view.stack.currentWidget() is view.placeholder, "choosing is not opening"
    item = view.list.currentItem()
    rect = view.list.visualItemRect(item)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.stack.currentWidget() is view.reader
    assert view.reader.record is not None and view.reader.record.id == first.id


class _Closed:
    """A journal after lock: any use is a bug."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the page used the journal ({name}) after it was locked")


def test_timers_do_nothing_once_the_page_is_disabled_for_lock(qtbot: Any, make_view: Any) -> None:
    view = make_view()
    view._autosave.setInterval(20)
    view.new_entry()
    view.flush_drafts()
    qtbot.keyClicks(view.search, "anything")
    qtbot.keyClicks(view.entry.text, "typed just before the lock")
    view.setEnabled(False)  # what the main window does before it closes the store
    view._journal = _Closed()
    qtbot.wait(SEARCH_DELAY_MS + 100)


def test_ctrl_n_starts_a_new_entry_from_the_list_or_the_search(qtbot: Any, make_view: Any) -> None:
    view = make_view()
    for place in (view.list, view.search):
        view._close_editor()
        qtbot.keyClick(place, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert view.stack.currentWidget() is view.entry
        assert view.editor_title.text() == "New entry"


def test_cancel_asks_before_writing_is_thrown_away(
    qtbot: Any, make_view: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    view = make_view()
    view.new_entry()
    qtbot.mouseClick(view.entry.cancel_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == [], "nothing typed, nothing to ask"
    assert view.stack.currentWidget() is view.placeholder

    view.new_entry()
    qtbot.keyClicks(view.entry.text, "do not lose me")
    dialogs.yes_no.append(False)
    qtbot.keyClick(view.entry.title, Qt.Key.Key_Escape)
    assert len(dialogs.asked) == 1
    assert view.stack.currentWidget() is view.entry
    assert view.entry.text.toPlainText() == "do not lose me"


def test_an_entry_opens_to_read_and_has_one_text(
    qtbot: Any, make_view: Any, journal: Journal
) -> None:
    view = make_view()
    view.new_entry()
    assert not view.entry.note.isVisibleTo(view.entry), "an entry is one text, no Note field"
    imported = journal.add(
        JournalEntry(title="From Daylio", text="Long day.", note="rad", tags=("work",), share=True)
    )
    reader = view.open_record(imported)
    assert view.stack.currentWidget() is reader
    assert (reader.text.text(), reader.note.text(), reader.tags.text()) == (
        "Long day.",
        "rad",
        "#work",
    )
    assert reader.shared.isVisibleTo(reader)
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    editable = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
    assert not [w for w in reader.findChildren(QWidget) if isinstance(w, editable)]
    form = view.edit_record(imported)
    assert form.note.isVisibleTo(form), "a note it already has is shown, not lost"
    assert form.note_text() == "rad"
    form.cancel()
    assert view.stack.currentWidget() is view.reader, "Cancel goes back to reading it"
    journal.delete(imported.id)
