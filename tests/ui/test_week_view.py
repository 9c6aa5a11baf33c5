"""The Week page on a real vault: a busy, a quiet and an empty week, light and dark,
and the export dialog it opens (print first; a file only after a plain warning)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from journal_app.domain.records import (
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    MoodCheckIn,
    Outcome,
    SessionReflection,
    Support,
    TimeAlone,
)
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.export_view import PRINT, RecordingSummaryPrinter
from journal_app.ui.tasks import SyncTaskRunner
from journal_app.ui.week_view import WeekView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PASSPHRASE = "correct horse battery"
TZ = timezone(timedelta(hours=1))
BUSY = date(2026, 11, 16)  # 2026-W47
QUIET = BUSY - timedelta(days=7)  # 2026-W46: one check-in on the Wednesday
EMPTY = BUSY - timedelta(days=14)  # 2026-W45: nothing
TODAY = date(2026, 11, 25)  # in 2026-W48, which holds nothing either
SHARED = "I want to talk about the phone call"


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    journal, _ = Journal.create(tmp_path_factory.mktemp("week") / "journal", PASSPHRASE)
    d = [BUSY + timedelta(days=i) for i in range(7)]
    with journal:
        journal.add_many(
            [
                MoodCheckIn(at=at(QUIET + timedelta(days=2), 9), score=5),
                MoodCheckIn(at=at(d[0], 9), score=6),
                ConnectionMoment(at=at(d[0], 12), circle=Circle.CLOSE, person="Sam", minutes=60,
                                 initiated=True, note=SHARED, share=True),
                TimeAlone(at=at(d[1], 15), minutes=120),
                MoodCheckIn(at=at(d[1], 20), score=4),
                ConnectionMoment(at=at(d[3], 10), circle=Circle.PROFESSIONAL, minutes=50),
                BoundaryPractice(at=at(d[3], 18), type=BoundaryType.SAYING_NO,
                                 outcome=Outcome.HELD),
                TimeAlone(at=at(d[4], 13), minutes=90, chosen=True),
                MoodCheckIn(at=at(d[4], 19), score=8),
                ConnectionMoment(at=at(d[5], 11), circle=Circle.PEER, minutes=30),
            ]
        )  # fmt: skip
        yield journal


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def printer() -> RecordingSummaryPrinter:
    return RecordingSummaryPrinter()


@pytest.fixture
def view(qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, printer: Any) -> WeekView:
    widget = WeekView(
        journal, dialogs, runner=SyncTaskRunner(), printer=printer, today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    widget.resize(900, 1500)
    widget.show()
    return widget


def go_to(view: WeekView, day: date) -> None:
    view.date_edit.setDate(QDate(day.year, day.month, day.day))


def test_busy_week_shows_its_numbers(qtbot: Any, view: WeekView) -> None:
    go_to(view, BUSY + timedelta(days=3))
    assert view.week.label == "2026-W47"
    assert view.title.text() == "16–22 Nov 2026"  # the dates first
    assert view.code.text() == "week 2026-W47"  # the code small beside them
    assert view.figure("days_logged") == "5 of 7"
    assert view.figure("with_people") == "2 h 20 min"
    assert view.figure("alone_unchosen") == "2 h"
    assert view.figure("solitude") == "1 h 30 min"
    assert view.figure("mood") == "6.0"
    assert view.figure("boundaries") == "1"
    assert view.figure("reached_out") == "1"
    assert "Saying no · held" in view.boundaries.text()
    assert SHARED in view.notes.text()
    assert "nothing to compare" in view.change.text()
    qtbot.waitUntil(lambda: view.trend_points is not None)  # filled right after the week
    points = view.trend_points or []
    assert [p.week.label for p in points[-3:]] == ["2026-W45", "2026-W46", "2026-W47"]
    assert (points[-1].connection_minutes, points[-1].unchosen_minutes) == (140, 120)
    assert not view.grab().isNull()


def test_quiet_and_empty_weeks_say_not_logged_gently(view: WeekView) -> None:
    go_to(view, BUSY)
    view.show_previous()
    assert view.week.label == "2026-W46"
    assert view.figure("days_logged") == "1 of 7"
    assert view.figure("with_people") == "0 min"
    assert view.figure("mood") == "5.0"
    assert "None noted this week." in view.boundaries.text()
    assert not view.grab().isNull()
    view.show_previous()
    assert view.week.label == "2026-W45"
    assert view.figure("days_logged") == "0 of 7"
    assert view.figure("with_people") == "—"  # not known, not zero
    assert view.figure("alone_unchosen") == "—"
    assert view.figure("mood") == "—"
    assert view.change.text() == "Nothing is logged for this week yet."
    assert "isolat" not in view.change.text().lower()
    assert not view.grab().isNull()
    view.show_next()
    view.show_next()
    assert view.week.label == "2026-W47"


def test_this_week_and_dark_palette(view: WeekView) -> None:
    from journal_app.ui.theme import dark_palette

    view.show_this_week()
    assert view.week.label == "2026-W48"
    view.setPalette(dark_palette())
    assert view.week_chart.palette_for_charts().dark
    assert not view.grab().isNull()


def test_printing_is_offered_first_and_writes_no_file(
    view: WeekView, printer: RecordingSummaryPrinter, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    go_to(view, BUSY)
    dialog: Any = view.open_export()
    assert dialog.chosen_format() == PRINT
    assert dialog.chosen_range() == (BUSY, BUSY + timedelta(days=6))  # the week on screen
    dialog.start_export()
    assert len(printer.printed) == 1
    assert printer.printed[0].startswith(b"%PDF")
    assert dialogs.asked == []  # no file question, no warning needed
    assert "No file was saved" in dialog.status.text()
    dialog.close()


def test_export_opens_on_the_week_being_looked_at(view: WeekView) -> None:
    go_to(view, QUIET)
    dialog: Any = view.open_export()
    assert dialog.chosen_range() == (QUIET, QUIET + timedelta(days=6))
    dialog.close()
    view.show_this_week()  # 23-29 Nov, today the 25th: up to today
    dialog = view.open_export()
    assert dialog.chosen_range() == (date(2026, 11, 23), TODAY)
    dialog.close()
    view.show_next()  # a week still to come: the last whole week instead
    dialog = view.open_export()
    assert dialog.chosen_range() == (BUSY, BUSY + timedelta(days=6))
    dialog.close()


def test_the_notes_box_says_what_it_includes_and_does_exactly_that(
    view: WeekView, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """A summary carries only what is marked to share; CSV and JSON every note."""
    journal = view._journal
    private = "a note only for me"
    journal.add(MoodCheckIn(at=at(BUSY + timedelta(days=6), 8), score=5, note=private))
    try:
        go_to(view, BUSY)
        dialog: Any = view.open_export()
        for fmt in (PRINT, "pdf", "md"):
            dialog.choose_format(fmt)
            assert dialog.notes_box.text().replace("&", "") == "Notes I marked to share"
            assert dialog.notes_box.isChecked()
        out = tmp_path / "week.md"
        dialogs.paths.append(out)
        dialog.start_export()
        text = out.read_text("utf-8")
        assert SHARED in text and private not in text
        dialog.choose_format("csv")
        assert dialog.notes_box.text().replace("&", "") == "Notes and journal entries"
        out = tmp_path / "week.csv"
        dialogs.paths.append(out)
        dialog.start_export()
        assert private in out.read_text("utf-8-sig")
        dialog.notes_box.setChecked(False)
        dialogs.paths.append(out)
        dialog.start_export()
        assert private not in out.read_text("utf-8-sig")
        dialog.close()
    finally:
        for record in journal.records_between(BUSY, BUSY + timedelta(days=6)):
            if record.note == private:
                journal.delete(record.id)


def test_a_saved_file_is_said_to_be_unencrypted_once(
    view: WeekView, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    go_to(view, BUSY)
    dialog: Any = view.open_export()
    dialog.choose_format("csv")
    assert "not encrypted" in dialog.warning.text()  # said before anything is saved
    out = tmp_path / "week.csv"
    dialogs.paths.append(out)
    dialog.anonymize_box.setChecked(True)
    dialog.start_export()
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert len(rows) == 9
    assert {r["person"] for r in rows} == {"", "Close people · S."}
    assert [kind for kind, _, _ in dialogs.asked] == ["save_path", "inform"]
    assert dialogs.asked[0][2].startswith(str(Path.home()))  # the chooser opens at home
    shown = [dialog.warning.text(), dialog.status.text()] + [
        f"{title} {text}" for _, title, text in dialogs.asked
    ]
    assert sum(text.count("not encrypted") for text in shown) == 1
    assert str(out) in dialog.status.text()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    dialog.close()


def test_a_range_over_a_year_is_refused(view: WeekView, dialogs: ScriptedDialogs) -> None:
    dialog: Any = view.open_export()
    dialog.start_edit.setDate(QDate(2025, 1, 1))
    dialog.start_export()
    assert dialogs.asked[-1][0] == "warn"
    assert "year" in dialogs.asked[-1][2]
    dialog.close()


def test_refresh_reads_what_changed_elsewhere(view: WeekView, journal: Journal) -> None:
    view.show_this_week()
    assert view.figure("days_logged") == "0 of 7"
    journal.add(MoodCheckIn(at=at(TODAY, 8), score=9))
    view.refresh()  # what the main window calls when the page is shown again
    assert view.figure("days_logged") == "1 of 7"
    assert view.figure("mood") == "9.0"


def test_a_pdf_is_drawn_off_the_ui_thread_with_progress(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from journal_app.ui.export_view import ExportDialog
    from journal_app.ui.tasks import TaskRunner

    dialog = ExportDialog(journal, dialogs, runner=TaskRunner(), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_format("pdf")
    dialog.start_edit.setDate(QDate(2026, 11, 2))
    out = tmp_path / "weeks.pdf"
    dialogs.paths.append(out)
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000) as blocker:
        dialog.start_export()
        assert dialog.busy  # the UI thread is free while the worker draws
        assert not dialog.go_button.isEnabled()
    assert blocker.args[0].weeks == 3  # 2 Nov to 22 Nov
    assert out.read_bytes().startswith(b"%PDF")
    assert not dialog.busy
    assert dialog.progress_bar.value() == 3


class HeldRunner:
    """Keeps the work until the test lets it run (as if the thread were still busy)."""

    def __init__(self) -> None:
        self.held: list[tuple[Any, Any, Any]] = []

    def run(self, fn: Any, on_done: Any, on_error: Any) -> None:
        self.held.append((fn, on_done, on_error))

    def finish(self) -> None:
        for fn, on_done, on_error in self.held:
            SyncTaskRunner().run(fn, on_done, on_error)


def test_nothing_pops_up_when_the_dialog_was_closed_by_a_lock(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from journal_app.ui.export_view import ExportDialog

    runner = HeldRunner()
    dialog = ExportDialog(journal, dialogs, runner=runner, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_format("md")
    out = tmp_path / "week.md"
    dialogs.paths.append(out)
    dialog.start_export()
    asked = len(dialogs.asked)
    dialog.reject()  # what the window does to every dialog on lock or quick exit
    runner.finish()
    assert out.exists()  # what was asked for is written
    assert len(dialogs.asked) == asked  # but no "Saved" box on a locked screen
    assert not dialog.busy


def test_printing_is_not_started_after_the_dialog_closed(
    qtbot: Any, journal: Journal, printer: RecordingSummaryPrinter
) -> None:
    from journal_app.ui.export_view import ExportDialog

    runner = HeldRunner()
    dialog = ExportDialog(
        journal, ScriptedDialogs(), runner=runner, printer=printer, today=lambda: TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_export()
    dialog.reject()
    runner.finish()
    assert printer.printed == []


def test_the_week_says_which_way_support_went_and_what_to_bring_up(
    qtbot: Any, tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    journal, _ = Journal.create(tmp_path / "support", PASSPHRASE)
    d = [BUSY + timedelta(days=i) for i in range(7)]
    with journal:
        journal.add_many(
            [
                *(ConnectionMoment(at=at(d[i], 18), circle=Circle.PEER, minutes=60,
                                   support=Support.GAVE) for i in (0, 2)),
                *(ConnectionMoment(at=at(d[i], 12), circle=Circle.CLOSE, minutes=30,
                                   support=Support.RECEIVED) for i in (1, 3, 5)),
                ConnectionMoment(at=at(d[4], 10), circle=Circle.PROFESSIONAL, minutes=50,
                                 reflection=SessionReflection(heard=7, bring_up="my sister")),
                BoundaryPractice(at=at(d[6], 9), type=BoundaryType.ENDING_CONTACT,
                                 outcome=Outcome.HELD, person="Someone I left"),
            ]
        )  # fmt: skip
        view = WeekView(journal, dialogs, runner=SyncTaskRunner(), today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(900, 1500)
        view.show()
        go_to(view, BUSY)
        assert view.support.isVisible()
        assert view.support.text() == "You gave support twice and received it three times."
        assert "Fri 20 Nov (to bring up next session): my sister" in view.notes.text()
        assert view.summary is not None
        assert list(view.summary.connection.by_circle) == list(Circle)  # innermost first
        assert view.figure("with_people") == "4 h 20 min"  # the boundary is not contact
        view.show_previous()
        assert not view.support.isVisible()  # nothing said, nothing shown
        qtbot.waitUntil(lambda: view.trend_points is not None)  # done with the journal
        view.close()


def test_no_nameless_tab_stops_and_one_stop_for_the_date(qtbot: Any, view: WeekView) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit

    for area in view.findChildren(QAbstractScrollArea):
        assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus or area.accessibleName()
    date_stops = [
        w
        for w in (view.date_edit, *view.date_edit.findChildren(QLineEdit))
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]
    assert len(date_stops) == 1
    view.activateWindow()
    qtbot.waitActive(view)
    view.date_edit.setFocus()
    qtbot.keyClick(view.date_edit, Qt.Key.Key_Tab)  # leaves at once, not to the month
    assert view.focusWidget() is view.this_button


def test_each_chart_is_reached_and_said_in_words(view: WeekView) -> None:
    from PySide6.QtCore import Qt

    go_to(view, BUSY)
    charts = (view.week_chart, view.circles_chart, view.mood_chart)
    for chart in charts:
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus  # a screen reader lands on it
        assert chart.accessibleName().startswith("Chart")
    assert "Mon 16 Nov: 1 h with people" in view.week_chart.words()
    assert "Wed 18 Nov: not logged" in view.week_chart.words()
    assert "Close people: 1 moment · 1 h" in view.circles_chart.words()
    assert "Professional support: 1 moment · 50 min" in view.circles_chart.words()
    assert view.mood_chart.words() == (
        "Mood by day, of 10: Mon 16 Nov: 6.0; Tue 17 Nov: 4.0; Fri 20 Nov: 8.0."
    )
    view._fill_trend()
    assert "week of Nov 16: 2 h 20 min with people, 2 h alone, not chosen" in (
        view.trend_chart.words()
    )


def test_a_zero_is_quiet_and_a_figure_is_not(view: WeekView) -> None:
    go_to(view, QUIET)  # one check-in, nothing else
    days, people = view.figures["days_logged"][0], view.figures["with_people"][0]
    assert days.property("quiet") is False and days.font().bold()
    assert people.property("quiet") is True and not people.font().bold()
    assert people.font().pointSizeF() < days.font().pointSizeF()
    assert view.notes.text() == "Nothing marked to share this week."
