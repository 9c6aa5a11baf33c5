"""The grounding offer after a hard check-in, prompts on the page, and the Support settings."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from app_support import SECRET_NOTE, SECRET_TEXT, unlock
from PySide6.QtCore import Qt

from journal_app.domain.records import RecordKind
from journal_app.services.prompts import load_prompts
from journal_app.services.reminders import autostart_path
from journal_app.services.settings import load_settings, save_settings
from journal_app.services.support import OFFERED_KEY, SupportSettings, load_support_settings
from journal_app.ui.support import GROUNDING

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def today_page(qtbot: Any, make_window: Any, vault_dir: Path) -> tuple[Any, Any]:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.main_view.show_section(0)
    return window, window.main_view.current_page()


def check_in(page: Any, score: int, distress: int | None) -> None:
    page.mood.score.setValue(score)
    page.mood.distress.setValue(distress)
    assert page.mood.save() is not None


# -- the grounding offer -------------------------------------------------------------------------


def test_high_distress_offers_grounding_once_that_day(
    qtbot: Any, make_window: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui.support import offer

    said: list[str] = []
    monkeypatch.setattr(offer, "announce", lambda _source, text: said.append(text))
    window, page = today_page(qtbot, make_window, vault_dir)
    day = date(2026, 11, 29)
    page.offer.clock = lambda: day
    check_in(page, 5, 7)
    assert not page.offer.isVisibleTo(page)
    check_in(page, 3, 9)
    assert page.offer.isVisibleTo(page)
    assert page.offer.question.text() == "Would a minute of grounding help?"
    assert said == ["Would a minute of grounding help?"]  # focus reads only the button
    assert window.journal.load_state(OFFERED_KEY) == "2026-11-29"  # kept encrypted
    qtbot.mouseClick(page.offer.no_button, Qt.MouseButton.LeftButton)
    assert not page.offer.isVisibleTo(page)
    check_in(page, 2, 10)
    assert not page.offer.isVisibleTo(page)  # not again that day
    # Not again after a lock either: the day is in the store, not in the page.
    window.lock()
    unlock(qtbot, window)
    window.main_view.show_section(0)
    page = window.main_view.current_page()
    page.offer.clock = lambda: day
    check_in(page, 2, 9)
    assert not page.offer.isVisibleTo(page)
    page.offer.clock = lambda: day + timedelta(days=1)
    check_in(page, 2, 8)
    assert page.offer.isVisibleTo(page)
    qtbot.mouseClick(page.offer.yes_button, Qt.MouseButton.LeftButton)
    assert window.main_view.current_page().objectName() == GROUNDING


# -- prompts ------------------------------------------------------------------------------------


def journal_page(qtbot: Any, make_window: Any, vault_dir: Path) -> tuple[Any, Any]:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.main_view.show_section(1)
    page = window.main_view.current_page()
    page.new_entry()
    return window, page


def test_an_empty_new_entry_offers_a_prompt_that_rotates(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    _window, page = journal_page(qtbot, make_window, vault_dir)
    line = page.prompt_line
    writing = {p.text for p in load_prompts().writing()}
    assert line.isVisibleTo(page) and line.label.text() in writing
    shown = [line.label.text()]
    for _ in range(12):
        qtbot.mouseClick(line.another_button, Qt.MouseButton.LeftButton)
        shown.append(line.label.text())
    assert all(a != b for a, b in itertools.pairwise(shown))
    assert len(set(shown)) == len(shown)  # a deck: nothing again before the rest
    qtbot.keyClicks(page.entry.text, "Today")
    assert not line.isVisibleTo(page)  # the page is not empty any more
    page.entry.text.clear()
    assert line.isVisibleTo(page)


def test_no_prompts_turns_them_off_undoably(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window, page = journal_page(qtbot, make_window, vault_dir)
    line = page.prompt_line
    qtbot.mouseClick(line.off_button, Qt.MouseButton.LeftButton)
    assert load_support_settings(window.journal).prompts is False
    assert "Prompts are off" in line.label.text() and line.undo_button.isVisibleTo(page)
    qtbot.mouseClick(line.undo_button, Qt.MouseButton.LeftButton)
    assert load_support_settings(window.journal).prompts is True
    assert line.label.text() in {p.text for p in load_prompts().writing()}
    qtbot.mouseClick(line.off_button, Qt.MouseButton.LeftButton)
    page._cancelled()
    page.new_entry()
    assert not line.isVisibleTo(page)  # off stays off


def test_connection_and_boundary_forms_offer_a_reflection(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = today_page(qtbot, make_window, vault_dir)
    library = load_prompts()
    for kind, key in ((RecordKind.CONNECTION, "connection"), (RecordKind.BOUNDARY, "boundary")):
        form = page.open_form(kind)
        reflections = {p.text for p in library.reflections[key]}
        placeholder = form.note.placeholderText()
        assert placeholder.removesuffix(" (optional)") in reflections
    mood = page.mood.note.placeholderText()
    assert mood == "Anything you want to remember (optional)"
    # Prompts off: the plain placeholder again.
    window.journal.save_state("support.settings", {"prompts": False})
    page.refresh()
    assert page.forms[RecordKind.CONNECTION].note.placeholderText() == mood


# -- settings and reminders ---------------------------------------------------------------------


def support_group(qtbot: Any, make_window: Any, vault_dir: Path) -> tuple[Any, Any, Any]:
    """The window, its main view on Settings (the last section), and the Support group."""
    window = make_window(vault_dir)
    unlock(qtbot, window)
    main = window.main_view
    main.show_section(main.sidebar.count() - 1)
    return window, main, main.current_page().support


def test_the_support_group_keeps_private_choices_encrypted(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, _main, group = support_group(qtbot, make_window, vault_dir)
    group.prompts.setChecked(False)
    group.reduced_motion.setChecked(True)
    group.country.setCurrentIndex(group.country.findData("IE"))
    assert load_support_settings(window.journal) == SupportSettings(False, True, "IE")
    group.reminder.setChecked(True)  # settings.json is written, and holds none of the above
    text = (vault_dir / "settings.json").read_text()
    assert "IE" not in text and "reduced" not in text and "prompts" not in text


def test_reminder_at_login_adds_and_removes_the_login_entry(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, main, group = support_group(qtbot, make_window, vault_dir)
    assert not group.at_login.isEnabled()  # off by default, and needs the reminder
    group.reminder.setChecked(True)
    group.at_login.setChecked(True)
    settings = load_settings(vault_dir)
    assert settings.reminder_enabled and settings.reminder_at_login
    entry = autostart_path()
    assert entry.exists() and str(vault_dir) in entry.read_text()
    assert window.reminders.enabled
    assert "Name=Journal" in entry.read_text()
    main.current_page().neutral_title.setChecked(True)  # the entry's name follows
    assert "Name=Notes" in entry.read_text()
    group.reminder.setChecked(False)
    assert not entry.exists()
    assert not load_settings(vault_dir).reminder_at_login
    assert not window.reminders.enabled


class DateClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.parametrize("neutral", [True, False])
def test_the_reminder_fires_on_the_clock_and_carries_no_content(
    qtbot: Any, make_window: Any, vault_dir: Path, neutral: bool
) -> None:
    from dataclasses import replace

    save_settings(
        vault_dir,
        replace(
            load_settings(vault_dir),
            reminder_enabled=True,
            reminder_time="20:00",
            neutral_title=neutral,
        ),
    )
    clock = DateClock(datetime(2026, 11, 29, 19, 58))
    window = make_window(vault_dir, reminder_clock=clock)
    window.reminders._use_tray = False  # the offscreen platform has no tray
    unlock(qtbot, window)
    shown: list[tuple[str, str]] = []
    window.reminders.reminded.connect(lambda title, line: shown.append((title, line)))
    assert not window.reminders.check()
    clock.now += timedelta(minutes=2)
    window.lock()  # it comes while locked too
    assert window.reminders.check()
    assert not window.reminders.check()  # once that day
    assert len(shown) == 1
    title, line = shown[0]
    assert line == "A moment to check in, if you would like."
    assert window.statusBar().currentMessage() == line
    words = f"{title} {line}"
    assert SECRET_TEXT not in words and SECRET_NOTE not in words
    assert ("Journal" in title) is (not neutral)
