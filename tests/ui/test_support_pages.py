"""Grounding, the safety plan and crisis lines, driven in the real window on a real vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import SECRET_TEXT, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from journal_app.domain.records import JournalEntry, RecordKind
from journal_app.domain.safety_plan import SafetyPlan, Step
from journal_app.services.crisis_lines import OWN_LINES_KEY
from journal_app.services.support import (
    SupportSettings,
    load_safety_plan,
    load_support_settings,
    save_support_settings,
)
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.export_view import RecordingSummaryPrinter
from journal_app.ui.support import CRISIS_LINES, GROUNDING, SAFETY_PLAN
from journal_app.ui.support.grounding import CYCLE_MS, breath_at

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_page(qtbot: Any, make_window: Any, vault_dir: Path, key: str, **kw: Any) -> tuple:
    window = make_window(vault_dir, **kw)
    unlock(qtbot, window)
    window.main_view.show_key(key)
    return window, window.main_view.current_page()


def labels(page: Any) -> str:
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page))


# -- grounding -------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("Keyboard event not accepted")  # the shortcut took it
def test_ctrl_g_reaches_grounding_from_every_section(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    main = window.main_view
    titles = [main.sidebar.item(i).text() for i in range(main.sidebar.count())]
    assert {"Take a moment", "Safety plan", "Someone to talk to"} <= set(titles)
    for index in range(main.sidebar.count()):
        main.show_section(index)
        page = main.current_page()
        focus = page.focusWidget() if page.focusWidget() is not None else main.sidebar
        focus.setFocus()
        qtbot.keyClick(focus, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        assert main.current_page().objectName() == "grounding", titles[index]


def test_senses_one_step_at_a_time_and_nothing_recorded_unless_asked(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, GROUNDING)
    journal = window.journal
    before = journal.count()
    qtbot.mouseClick(page.senses_button, Qt.MouseButton.LeftButton)
    seen = []
    for step in range(5):
        assert page.sense_count.text() == f"Step {step + 1} of 5"
        seen.append(page.sense_text.text())
        if step == 1:
            qtbot.keyClicks(page.sense_notes, "the cold window, my sleeve")
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert "five things you can see" in seen[0] and "one thing you can taste" in seen[4]
    assert page.done_text.isVisible() and page.save_button.isVisible()
    assert journal.count() == before  # finishing records nothing
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert journal.count() == before + 1
    entries = [r for r in journal.records_between() if isinstance(r, JournalEntry)]
    note = next(r for r in entries if r.title == "Grounding")
    assert note.text == "the cold window, my sleeve"
    assert not page.save_button.isEnabled()


def test_back_keeps_what_was_typed_on_a_step(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    _window, page = open_page(qtbot, make_window, vault_dir, GROUNDING)
    page.start_senses()
    qtbot.keyClicks(page.sense_notes, "lamp, door")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.sense_notes.toPlainText() == "lamp, door"


def test_the_breath_is_slow_and_smooth() -> None:
    sizes = [breath_at(ms).size for ms in range(0, 4000, 100)]
    assert sizes == sorted(sizes) and sizes[0] == 0.0  # in: grows steadily
    assert breath_at(4500).phase == "hold" and breath_at(4500).size == 1.0
    out = [breath_at(ms).size for ms in range(6000, 12000, 100)]
    assert out == sorted(out, reverse=True)
    assert CYCLE_MS >= 10_000  # about five breaths a minute or slower
    assert breath_at(CYCLE_MS + 100) == breath_at(100)


def test_breathing_moves_and_reduced_motion_keeps_it_still(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, GROUNDING)
    page.start_breathing()
    assert page._timer.isActive() and page._timer.interval() <= 50
    page.show_elapsed(0)
    small = page.circle.radius_fraction()
    page.show_elapsed(3000)
    assert page.circle.radius_fraction() > small
    assert page.breath_text.text() == "Breathe in"
    page.show_choice()
    assert not page._timer.isActive()

    save_support_settings(window.journal, SupportSettings(reduced_motion=True))
    window.main_view.show_section(0)
    window.main_view.show_key(GROUNDING)
    page.start_breathing()
    assert page._timer.interval() == 1000  # stepped: once a second
    page.show_elapsed(0)
    still = page.circle.radius_fraction()
    page.show_elapsed(3000)
    assert page.circle.radius_fraction() == still
    assert page.breath_text.text() == "Breathe in\n1"


def test_safety_plan_and_lines_are_one_step_from_grounding(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, GROUNDING)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert window.main_view.current_page().objectName() == "safety_plan"
    qtbot.mouseClick(window.main_view.current_page().lines_button, Qt.MouseButton.LeftButton)
    assert window.main_view.current_page().objectName() == "crisis_lines"


# -- safety plan --------------------------------------------------------------------------------


def test_the_plan_autosaves_encrypted_and_comes_back_after_lock(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, SAFETY_PLAN)
    assert "local emergency number" in labels(page)
    qtbot.keyClicks(page.editors[Step.WARNING_SIGNS].text, "I stop answering messages")
    qtbot.keyClicks(page.editors[Step.REASONS].text, "my cat Pepper")
    window.main_view.show_section(0)  # leaving the page keeps it too, on lock at the latest
    window.lock()
    unlock(qtbot, window)
    assert load_safety_plan(window.journal) == SafetyPlan.of(
        {Step.WARNING_SIGNS: ["I stop answering messages"], Step.REASONS: ["my cat Pepper"]}
    )
    window.main_view.show_key(SAFETY_PLAN)
    page = window.main_view.current_page()
    assert page.editors[Step.REASONS].text.toPlainText() == "my cat Pepper"


def test_people_from_the_support_map_join_a_step_in_one_choice(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.journal.add_person("Mira", "peer")
    window.journal.add_person("Uncle R", None)  # off the support map: never offered as help
    window.main_view.show_key(SAFETY_PLAN)
    page = window.main_view.current_page()
    help_step = page.editors[Step.HELP]
    assert page.editors[Step.WARNING_SIGNS].people is None
    assert help_step.people.findText("Uncle R") == -1
    index = help_step.people.findText("Mira")
    help_step.people.activated.emit(index)
    help_step.people.activated.emit(index)  # not twice
    assert help_step.lines() == ["Mira"]
    page.flush_drafts()
    assert load_safety_plan(window.journal).lines(Step.HELP) == ("Mira",)


def test_a_step_past_its_limit_says_so_and_keeps_the_rest(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, SAFETY_PLAN)
    page.editors[Step.REASONS].text.setPlainText("my cat")
    page.flush_drafts()
    page.editors[Step.COPING].text.setPlainText("x" * 400)
    page.flush_drafts()
    assert "longer than the plan can keep" in page.editors[Step.COPING].error.text()
    assert load_safety_plan(window.journal).lines(Step.REASONS) == ("my cat",)


def test_print_and_pdf_of_the_plan(
    qtbot: Any, make_window: Any, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui import announce

    said: list[str] = []
    monkeypatch.setattr(announce, "announce", lambda _source, text: said.append(text))
    dialogs = ScriptedDialogs()
    _window, page = open_page(qtbot, make_window, vault_dir, SAFETY_PLAN, dialogs=dialogs)
    page._printer = printer = RecordingSummaryPrinter()
    page.editors[Step.REASONS].text.setPlainText("the sea in May")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(printer.printed) == 1 and "No file" in page.status.text()
    dialogs.yes_no.append(True)
    dialogs.paths.append(tmp_path / "plan.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert "not encrypted" in dialogs.asked[0][2]
    dialogs.yes_no.append(True)
    dialogs.paths.append(vault_dir / "plan.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert not (vault_dir / "plan.pdf").exists()
    assert "outside the journal's own folder" in page.status.text()
    assert len(said) == 3 and "Saved to" in said[1]  # each outcome is heard, not only seen


# -- crisis lines ---------------------------------------------------------------------------------


def test_lines_for_the_chosen_country_with_their_source_and_date(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, CRISIS_LINES)
    assert "Choose where you are" in labels(page)
    page.country.setCurrentIndex(page.country.findData("GB"))
    text = labels(page)
    assert "Samaritans" in text and "Call 116 123" in text
    assert "Number checked on" in text and "on samaritans.org" in text
    assert load_support_settings(window.journal).country == "GB"
    page.country.setCurrentIndex(page.country.findData("US"))
    assert "Call 988" in labels(page) and "Text 988" in labels(page)
    codes = {page.country.itemData(i) for i in range(page.country.count())}
    assert {"US", "CA", "GB", "IE", "AU", "NZ", "ES", "MX", "DE", "FR"} <= codes
    empty = [c for c in page.countries.values() if not c.lines]
    assert empty  # Spain and Mexico today (resources/crisis_lines/README.md says why)
    for country in empty:  # a country with no line checked yet: said gently, with a way on
        page.country.setCurrentIndex(page.country.findData(country.code))
        assert f"No lines for {country.name} are in the app yet" in labels(page)
        assert "add the ones you know below" in labels(page)


def test_own_lines_are_added_checked_kept_encrypted_and_removed(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = open_page(qtbot, make_window, vault_dir, CRISIS_LINES)
    qtbot.keyClicks(page.own_name, "My GP")
    qtbot.keyClicks(page.own_number, "call me")
    qtbot.keyClick(page.own_number, Qt.Key.Key_Return)
    assert "digits" in page.own_error.text()
    assert window.journal.load_state(OWN_LINES_KEY) is None
    page.own_number.setText("+353 1 234 5678")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert window.journal.load_state(OWN_LINES_KEY) == [
        {"name": "My GP", "number": "+353 1 234 5678", "note": ""}
    ]
    assert page.own_list.item(0).text() == "My GP: +353 1 234 5678"
    page.own_list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert window.journal.load_state(OWN_LINES_KEY) == []


def test_support_pages_show_nothing_of_the_journal_once_locked(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    from app_support import visible_texts

    window = make_window(vault_dir)
    unlock(qtbot, window)
    for key in (GROUNDING, SAFETY_PLAN, CRISIS_LINES):
        window.main_view.show_key(key)
    window.lock()
    assert not any(SECRET_TEXT in t for t in visible_texts(window))
    assert window.journal is None and RecordKind.ENTRY
