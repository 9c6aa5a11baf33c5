"""The Today page on a real encrypted vault: every form typed by keyboard, then read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.domain.records import (
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    MoodCheckIn,
    Outcome,
    Support,
    TimeAlone,
)
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.today_view import TodayView

PASSPHRASE = "correct horse battery"  # as in tests/conftest.py

Key = Qt.Key

# The offscreen platform has no window manager (size hints, raising or grabbing a popup).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """One vault for the module: key derivation is the slow part."""
    root: Path = tmp_path_factory.mktemp("today") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        yield journal


@pytest.fixture
def view(qtbot: Any, journal: Journal) -> TodayView:
    page = TodayView(journal, ScriptedDialogs())
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    return page


def press(qtbot: Any, *keys: str | Qt.Key) -> None:
    """Type into whatever has the keyboard focus, as a person would."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def ids(journal: Journal) -> set[str]:
    return {r.id for r in journal.records_between()}


def only_new(journal: Journal, before: set[str], kind: type) -> Any:
    """The one record added since ``before`` (the module shares one vault)."""
    added = [r for r in journal.records_between() if r.id not in before]
    assert len(added) == 1, f"expected one new record, found {added}"
    assert isinstance(added[0], kind)
    return added[0]


def test_mood_check_in_by_keyboard_only(qtbot: Any, view: TodayView, journal: Journal) -> None:
    before = ids(journal)
    view.mood.score.setFocus()
    # mood 7, Tab, distress 3, Tab, tick the first two emotion words, Tab, a note, Enter.
    press(qtbot, "7", Key.Key_Tab, "3", Key.Key_Tab)
    press(qtbot, Key.Key_Space, Key.Key_Right, Key.Key_Space, Key.Key_Tab)
    press(qtbot, "slept a little", Key.Key_Return)

    mood = only_new(journal, before, MoodCheckIn)
    assert (mood.score, mood.distress, mood.emotions) == (7, 3, ("calm", "content"))
    assert mood.note == "slept a little"
    assert mood.share is False
    # The form is fresh again and the day's list shows the check-in, gently.
    assert view.mood.score.value() is None
    assert view.mood.note_text() == ""
    assert "Mood 7 of 10" in view.today_list.item(0).text()
    assert "saved" in view.status.text().lower()


def test_ten_by_keyboard_and_arrows(qtbot: Any, view: TodayView) -> None:
    scale = view.mood.score
    scale.setFocus()
    press(qtbot, "1", "0")
    assert scale.value() == 10
    press(qtbot, Key.Key_Left, Key.Key_Left)
    assert scale.value() == 8
    press(qtbot, Key.Key_Home)
    assert scale.value() == 1
    distress = view.mood.distress
    distress.setFocus()
    press(qtbot, "0")
    assert distress.value() == 0
    press(qtbot, Key.Key_Delete)
    assert distress.value() is None


def test_connection_by_keyboard_new_person_joins_the_map(
    qtbot: Any, view: TodayView, journal: Journal
) -> None:
    before = ids(journal)
    qtbot.mouseClick(view.connected_button, Qt.MouseButton.LeftButton)
    form = view.forms[ConnectionMoment.kind]
    assert form.isVisible() and view.form_frame.isVisible()
    assert QApplication.focusWidget() is form.person

    press(qtbot, "Robin", Key.Key_Tab)  # who
    press(qtbot, "Pe", Key.Key_Tab)  # circle: Peers
    press(qtbot, "Ca", Key.Key_Tab)  # how: Call
    press(qtbot, "40", Key.Key_Tab)  # minutes
    press(qtbot, "4", Key.Key_Tab)  # felt safe
    press(qtbot, Key.Key_Space, Key.Key_Tab)  # I reached out
    press(qtbot, Key.Key_Tab, Key.Key_Space, Key.Key_Tab, Key.Key_Tab)  # support: received
    press(qtbot, "coffee after group", Key.Key_Tab)  # note (no session questions for peers)
    press(qtbot, Key.Key_Tab)  # when: now
    press(qtbot, Key.Key_Space, Key.Key_Return)  # share, then save

    moment = only_new(journal, before, ConnectionMoment)
    assert moment.person == "Robin"
    assert moment.circle is Circle.PEER
    assert moment.mode is ContactMode.CALL
    assert (moment.minutes, moment.felt_safe, moment.initiated) == (40, 4, True)
    assert moment.support is Support.RECEIVED
    assert moment.reflection is None
    assert (moment.note, moment.share) == ("coffee after group", True)
    robin = journal.find_person("Robin")
    assert robin is not None and robin.circle is Circle.PEER
    assert not form.isVisible()
    assert any("Robin" in view.today_list.item(i).text() for i in range(view.today_list.count()))


def test_known_person_fills_in_their_circle(qtbot: Any, journal: Journal) -> None:
    journal.add_person("Dr Lee", Circle.PROFESSIONAL)
    page = TodayView(journal, ScriptedDialogs())
    qtbot.addWidget(page)
    form = page.open_form(ConnectionMoment.kind)
    qtbot.keyClicks(form.person, "dr lee")
    assert form.circle.currentData() == Circle.PROFESSIONAL.value
    completer = form.person.completer()
    assert "Dr Lee" in completer.model().stringList()


def test_time_alone_by_keyboard(qtbot: Any, view: TodayView, journal: Journal) -> None:
    before = ids(journal)
    qtbot.mouseClick(view.alone_button, Qt.MouseButton.LeftButton)
    form = view.forms[TimeAlone.kind]
    press(qtbot, "90", Key.Key_Tab)  # minutes
    press(qtbot, Key.Key_Space, Key.Key_Tab)  # "I chose it"
    press(qtbot, "2", Key.Key_Tab)  # loneliness
    press(qtbot, "read in the park", Key.Key_Return)
    alone = only_new(journal, before, TimeAlone)
    assert (alone.minutes, alone.chosen, alone.loneliness) == (90, True, 2)
    assert alone.note == "read in the park"
    assert not form.isVisible()


def test_boundary_by_keyboard(qtbot: Any, view: TodayView, journal: Journal) -> None:
    before = ids(journal)
    qtbot.mouseClick(view.boundary_button, Qt.MouseButton.LeftButton)
    form = view.forms[BoundaryPractice.kind]
    assert QApplication.focusWidget() is form.type
    press(qtbot, "Asking", Key.Key_Tab)  # what I did
    press(qtbot, Key.Key_Down, Key.Key_Down, Key.Key_Tab)  # how it went: partly
    press(qtbot, "Jo", Key.Key_Tab)  # with whom (new)
    press(qtbot, "Cl", Key.Key_Tab)  # circle: Close people
    press(qtbot, "7", Key.Key_Tab)  # fear before
    press(qtbot, "1", "0", Key.Key_Tab)  # felt after: 10
    press(qtbot, "asked for a quiet evening", Key.Key_Return)
    boundary = only_new(journal, before, BoundaryPractice)
    assert boundary.type is BoundaryType.ASKING_FOR_SPACE
    assert boundary.outcome is Outcome.PARTLY
    assert (boundary.person, boundary.circle) == ("Jo", Circle.CLOSE)
    assert (boundary.fear_before, boundary.felt_after) == (7, 10)
    assert boundary.note == "asked for a quiet evening"
    jo = journal.find_person("Jo")
    assert jo is not None and jo.circle is Circle.CLOSE


def test_validation_errors_are_inline_and_nothing_is_saved(
    qtbot: Any, view: TodayView, journal: Journal
) -> None:
    before = journal.count()
    form = view.open_form(TimeAlone.kind)
    qtbot.keyClicks(form.minutes, "0")
    form.chosen.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "1 to 1440" in form.error_text("minutes")
    assert form.isVisible(), "the form stays open with what was typed"
    assert form.minutes.text() == "0"

    form.minutes.clear()
    qtbot.keyClicks(form.minutes, "half an hour")
    qtbot.keyClick(form.minutes, Key.Key_Return)
    assert "whole number" in form.error_text("minutes")
    assert journal.count() == before

    form.minutes.clear()
    qtbot.keyClicks(form.minutes, "30")
    form.reset()
    qtbot.keyClicks(form.minutes, "30")
    qtbot.keyClick(form.minutes, Key.Key_Return)  # chosen or not: not picked yet
    assert "Pick one" in form.error_text("chosen")
    assert QApplication.focusWidget() is form.chosen, "the keyboard lands where the answer goes"
    assert form.error_text("minutes") == ""
    assert journal.count() == before

    # Mood needs a score; the message says what it is.
    qtbot.mouseClick(view.mood.save_button, Qt.MouseButton.LeftButton)
    assert "1 is very low" in view.mood.error_text("score")
    assert journal.count() == before


def test_notes_being_typed_survive_the_page(qtbot: Any, journal: Journal) -> None:
    page = TodayView(journal, ScriptedDialogs())
    qtbot.addWidget(page)
    form = page.open_form(ConnectionMoment.kind)
    qtbot.keyClicks(form.note, "we talked about the garden")
    qtbot.keyClicks(page.mood.note, "heavy morning")
    page.flush_drafts()
    assert journal.load_draft("today/connection/note") == "we talked about the garden"
    page.close()
    page.deleteLater()

    again = TodayView(journal, ScriptedDialogs())
    qtbot.addWidget(again)
    restored = again.forms[ConnectionMoment.kind]
    assert restored.note_text() == "we talked about the garden"
    assert not restored.isHidden(), "the form with a draft opens again"
    assert again.mood.note_text() == "heavy morning"

    # Saving the record forgets its draft.
    restored.circle.setCurrentIndex(1)
    qtbot.keyClicks(restored.minutes, "15")
    assert restored.save() is not None
    assert journal.load_draft("today/connection/note") is None
    again.mood.set_note_text("")
    again.flush_drafts()
    assert journal.load_draft("today/mood/note") is None


def test_changed_is_emitted_after_a_save(qtbot: Any, view: TodayView) -> None:
    view.mood.score.setValue(5)
    with qtbot.waitSignal(view.changed, timeout=1000):
        view.mood.save()


def test_the_chosen_number_stands_out_in_any_theme(view: TodayView) -> None:
    from PySide6.QtGui import QPalette

    scale = view.mood.score
    scale.setValue(4)
    highlight = scale.palette().color(QPalette.ColorRole.Highlight)
    chosen = scale._buttons[4]
    assert chosen.palette().color(QPalette.ColorRole.Button) == highlight
    assert chosen.font().bold()
    assert scale._buttons[5].palette().color(QPalette.ColorRole.Button) != highlight
    assert scale.accessibleDescription() == "4 of 10"
    scale.clear()
    assert chosen.palette().color(QPalette.ColorRole.Button) != highlight


def test_emotion_words_tick_by_click_and_space_but_enter_only_saves(
    qtbot: Any, view: TodayView, journal: Journal
) -> None:
    before = ids(journal)
    words = view.mood.emotions
    view.mood.score.setValue(6)
    words.setFocus()
    words.setCurrentRow(2)  # "hopeful"
    rect = words.visualItemRect(words.item(5))  # "relieved": a click on the word itself
    qtbot.mouseClick(words.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert words.words() == ("relieved",)
    qtbot.mouseClick(words.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert words.words() == ()
    qtbot.mouseClick(words.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    words.setCurrentRow(2)
    qtbot.keyClick(words, Key.Key_Space)
    assert words.words() == ("hopeful", "relieved")
    qtbot.keyClick(words, Key.Key_Return)  # saves; does not tick or untick "hopeful"
    mood = only_new(journal, before, MoodCheckIn)
    assert (mood.score, mood.emotions) == (6, ("hopeful", "relieved"))


def test_enter_on_a_tick_box_or_choice_saves_and_changes_nothing(
    qtbot: Any, view: TodayView, journal: Journal
) -> None:
    before = ids(journal)
    form = view.open_form(ConnectionMoment.kind)
    form.circle.setCurrentIndex(0)
    qtbot.keyClicks(form.minutes, "5")
    form.initiated.setFocus()
    qtbot.keyClick(form.initiated, Key.Key_Return)
    moment = only_new(journal, before, ConnectionMoment)
    assert moment.initiated is False

    before = ids(journal)
    alone = view.open_form(TimeAlone.kind)
    qtbot.keyClicks(alone.minutes, "20")
    alone.not_chosen.setChecked(True)
    alone.chosen.setFocus()
    qtbot.keyClick(alone.chosen, Key.Key_Return)
    assert only_new(journal, before, TimeAlone).chosen is False


def chain(page: QWidget, start: QWidget, steps: int, *, back: bool = False) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) reaches from ``start``, in order (visible ones)."""
    from PySide6.QtCore import Qt as _Qt

    seen: list[QWidget] = []
    widget = start
    while len(seen) < steps:
        widget = widget.previousInFocusChain() if back else widget.nextInFocusChain()
        if widget is start:
            break
        if (
            widget.focusPolicy() & _Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(page.window())
            and widget.isEnabled()
        ):
            seen.append(widget)
    return seen


def test_a_moment_form_sits_in_the_tab_chain_where_it_is_drawn(view: TodayView) -> None:
    for kind in (ConnectionMoment.kind, TimeAlone.kind, BoundaryPractice.kind):
        form = view.open_form(kind)
        after_buttons = chain(view, view.boundary_button, 40)
        first = form.first_field()
        assert after_buttons[0] is (first.focusProxy() or first), kind
        save = after_buttons.index(form.save_button)
        assert all(form.isAncestorOf(w) for w in after_buttons[: save + 1])
        assert after_buttons[save + 1] is view.today_list or not view.today_list.isVisible()
        view.close_form(kind)


def test_saved_is_said_beside_the_form_that_saved(
    qtbot: Any, view: TodayView, journal: Journal
) -> None:
    form = view.open_form(TimeAlone.kind)
    qtbot.keyClicks(form.minutes, "15")
    form.chosen.setChecked(True)
    form.save()
    assert view.moment_status.text() == "Saved."
    assert view.status.text() == "", "not under the mood, far from the form"
    view.mood.score.setValue(6)
    view.mood.save()
    assert "saved" in view.status.text().lower()
    assert view.moment_status.text() == ""


def test_when_shows_the_time_the_form_opens(view: TodayView) -> None:
    from datetime import timedelta

    from journal_app.domain.records import local_now

    form = view.form(ConnectionMoment.kind)
    form._set_time(local_now() - timedelta(hours=3))  # as if the page was made long ago
    view.open_form(ConnectionMoment.kind)
    shown = form.when.dateTime().toPython()
    assert abs(shown - local_now().replace(tzinfo=None)) < timedelta(minutes=2)
    view.mood._set_time(local_now() - timedelta(hours=3))
    view.refresh()  # the page shown again: the mood's "When" follows too
    shown = view.mood.when.dateTime().toPython()
    assert abs(shown - local_now().replace(tzinfo=None)) < timedelta(minutes=2)


def test_a_record_of_today_can_be_changed_and_deleted(qtbot: Any, journal: Journal) -> None:
    from journal_app.domain.records import local_now

    dialogs = ScriptedDialogs()
    page = TodayView(journal, dialogs)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    record = journal.add(TimeAlone(at=local_now(), minutes=25, note="change me"))
    page.refresh()
    rows = [page.today_list.item(i) for i in range(page.today_list.count())]
    row = next(i for i, item in enumerate(rows) if "change me" in item.text())
    page.today_list.setCurrentRow(row)
    qtbot.keyClick(page.today_list, Key.Key_Return)  # opens it, to change
    form = page.edit_forms[TimeAlone.kind]
    assert page.edit_frame.isVisible() and form.isVisible()
    assert form.editing is not None and form.editing.id == record.id
    form.minutes.setText("45")
    qtbot.keyClick(form.minutes, Key.Key_Return)  # Enter saves
    changed = journal.get(record.id)
    assert isinstance(changed, TimeAlone) and changed.minutes == 45
    assert changed.at == record.at, "changing it keeps its time"
    assert not page.edit_frame.isVisible()
    assert page.list_status.text() == "Saved."
    assert "45 min" in page.today_list.currentItem().text()

    dialogs.yes_no.append(False)
    page.delete_button.click()
    assert journal.get(record.id).id == record.id, "No keeps it"
    dialogs.yes_no.append(True)
    page.delete_button.click()
    assert [q for q, _, _ in dialogs.asked] == ["yes_no", "yes_no"]
    assert record.id not in {r.id for r in journal.records_between()}
    assert not any(
        "change me" in page.today_list.item(i).text() for i in range(page.today_list.count())
    )
    assert page.list_status.text() == "Deleted."


def test_a_message_goes_once_the_field_it_speaks_of_is_changed(
    qtbot: Any, view: TodayView, journal: Journal
) -> None:
    """Corrected, the field stops saying what was wrong with it; the others keep theirs."""
    form = view.open_form(TimeAlone.kind)
    qtbot.keyClicks(form.minutes, "abc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "whole number" in form.error_text("minutes")

    form.minutes.clear()
    qtbot.keyClicks(form.minutes, "30")
    assert form.error_text("minutes") == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Pick one" in form.error_text("chosen")
    form.chosen.setChecked(True)
    assert form.error_text("chosen") == ""

    qtbot.mouseClick(view.mood.save_button, Qt.MouseButton.LeftButton)
    assert "1 is very low" in view.mood.error_text("score")
    view.mood.score.setValue(6)
    assert view.mood.error_text("score") == ""
