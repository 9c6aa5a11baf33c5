"""The Week page: what a survivor looks at on Sunday evening.

Arrows and a date picker move between weeks; the charts come from the one
renderer (``journal_app.exchange.charts``) and every number from
``journal_app.insights``. The change against last week is said gently, and
a day with nothing recorded is "not logged", never "isolated". A zero is
shown small and soft, never as a big figure. Each chart is one tab stop
whose description says its values in words, for a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import AnyRecord, BoundaryPractice, local_now
from journal_app.exchange.charts import (
    RING_ORDER,
    ChartPalette,
    draw_circles_chart,
    draw_mood_chart,
    draw_trend_chart,
    draw_week_chart,
)
from journal_app.exchange.wording import (
    change_in_words,
    circles_chart_text,
    day_label,
    key_figures,
    mood_chart_text,
    mood_lines,
    support_in_words,
    talk_about,
    trend_chart_text,
    week_chart_text,
    week_code,
    week_heading,
)
from journal_app.insights import (
    TrendPoint,
    Week,
    WeeklySummary,
    summarize_week,
    trend,
    week_of,
    weeks_ending,
)
from journal_app.ui.dialogs import DialogService
from journal_app.ui.theme import follow_app_font
from journal_app.ui.widgets import DateTimeEdit, heading, quiet_label
from journal_app.words import describe

TREND_WEEKS = 12
CACHED_WEEKS = 60  # about 5,000 records at most on a heavy journal
Draw = Callable[[QPainter, QRectF, ChartPalette], None]


class ChartCanvas(QWidget):
    """One chart from the shared renderer, in light or dark following the widget's palette.

    A tab stop of its own, so a screen reader reaches it: its accessible
    description (and tooltip) is the chart said in words, values and all.
    """

    def __init__(self, min_height: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draw: Draw | None = None
        self._min_height = min_height
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(name)

    def sizeHint(self) -> QSize:
        return QSize(320, self._min_height)

    def set_draw(self, draw: Draw | None, words: str = "") -> None:
        """What to draw, and the same in words (the text alternative)."""
        self._draw = draw
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.update()

    def words(self) -> str:
        return self.accessibleDescription()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def palette_for_charts(self) -> ChartPalette:
        return ChartPalette.for_background(self.palette().color(QPalette.ColorRole.Window))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = self.palette_for_charts()
            if self._draw is not None:
                margin = 6
                self._draw(
                    painter, QRectF(self.rect()).adjusted(margin, margin, -margin, -margin), palette
                )
            if self.hasFocus():  # the same clear ring as every other control
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        finally:
            painter.end()


class WeekView(QWidget):
    """The chosen week: numbers, charts, boundaries, notes to share, and 12 weeks of trend.

    Signals:
        week_changed(str): the label of the week now shown (``2026-W47``).
    """

    week_changed = Signal(str)

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        parent: QWidget | None = None,
        *,
        runner: Any = None,
        printer: Any = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner
        self._printer = printer
        self._today = today or (lambda: local_now().date())
        self._cache: dict[date, list[AnyRecord]] = {}
        self._week_start_setting = str(journal.settings.week_start)
        self._week = week_of(self._today(), self._week_start())
        self.summary: WeeklySummary | None = None
        self.trend_points: list[TrendPoint] | None = None
        self._trend_weeks: list[Week] = []
        self._trend_timer = QTimer(self)
        self._trend_timer.setSingleShot(True)
        self._trend_timer.setInterval(0)
        self._trend_timer.timeout.connect(self._fill_trend)
        self.export_dialog: QWidget | None = None
        self._build()
        self.refresh()

    # -- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.next_button = QPushButton(self.tr("&Next week ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.this_button = QPushButton(self.tr("T&his week"))
        # One tab stop (arrows move between day, month and year inside it).
        self.date_edit = DateTimeEdit(with_time=False)
        self.date_edit.setAccessibleName(self.tr("Go to the week of this day"))
        self.export_button = QPushButton(self.tr("&Export for therapy…"))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.this_button.clicked.connect(self.show_this_week)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.export_button.clicked.connect(self.open_export)

        nav = QHBoxLayout()
        for widget in (self.previous_button, self.date_edit, self.this_button, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)

        self.title = heading("", scale=1.35)
        self.title.setObjectName("week_title")
        self.code = quiet_label("")
        self.code.setObjectName("week_code")
        self.code.setWordWrap(False)
        follow_app_font(self.code, 0.85)
        # Export sits beside the week it exports, so the navigation row stays short
        # enough for a small window with larger text.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.code, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addSpacing(12)
        title_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.change = QLabel()
        self.change.setObjectName("week_change")
        self.change.setWordWrap(True)
        self.support = QLabel()
        self.support.setObjectName("week_support")
        self.support.setWordWrap(True)

        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for index, figure in enumerate(key_figures(_empty_summary())):
            value_label = QLabel()
            value_label.setObjectName(f"figure_{figure.key}")
            caption_label = QLabel(figure.caption)
            caption_label.setWordWrap(True)
            row, col = divmod(index, 4)
            grid.addWidget(value_label, row * 2, col, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(caption_label, row * 2 + 1, col, Qt.AlignmentFlag.AlignTop)
            self.figures[figure.key] = (value_label, caption_label)
        for col in range(4):
            grid.setColumnStretch(col, 1)  # four equal columns: no figure squeezed

        self.week_chart = ChartCanvas(
            210, self.tr("Chart: time with people and time alone, by day")
        )
        self.circles_chart = ChartCanvas(150, self.tr("Chart: connection moments, by circle"))
        self.mood_chart = ChartCanvas(150, self.tr("Chart: mood by day"))
        pair = QHBoxLayout()
        pair.addWidget(self.circles_chart, 1)
        pair.addWidget(self.mood_chart, 1)

        self.mood = QLabel()
        self.mood.setObjectName("week_mood")
        self.mood.setWordWrap(True)
        self.boundaries = QLabel()
        self.boundaries.setObjectName("week_boundaries")
        self.boundaries.setWordWrap(True)
        self.boundaries.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setObjectName("week_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trend_chart = ChartCanvas(160, self.tr("Chart: the last 12 weeks"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(title_row)
        column.addWidget(self.change)
        column.addWidget(self.support)
        column.addSpacing(6)
        column.addLayout(grid)
        column.addWidget(self.week_chart)
        column.addLayout(pair)
        for title, part in (
            (self.tr("Mood"), self.mood),
            (self.tr("Boundaries practised"), self.boundaries),
            (self.tr("Things I want to talk about"), self.notes),
            (self.tr("The last 12 weeks"), self.trend_chart),
        ):
            section = heading(title, scale=1.0)
            section.setContentsMargins(0, 8, 0, 0)
            column.addWidget(section)
            column.addWidget(part)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a nameless tab stop
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addLayout(nav)
        outer.addWidget(scroll, 1)

    # -- moving between weeks ----------------------------------------------------

    def _week_start(self) -> str:
        return self._week_start_setting

    @property
    def week(self) -> Week:
        return self._week

    def show_week(self, week: Week) -> None:
        """Move to ``week``; weeks already read are reused (the page's data is unchanged)."""
        self._week = week
        self._show()

    @Slot()
    def show_previous(self) -> None:
        self.show_week(self._week.previous())

    @Slot()
    def show_next(self) -> None:
        self.show_week(self._week.next())

    @Slot()
    def show_this_week(self) -> None:
        self.show_week(week_of(self._today(), self._week_start()))

    @Slot(QDate)
    def _date_picked(self, picked: QDate) -> None:
        day = date(picked.year(), picked.month(), picked.day())
        if day not in self._week:
            self.show_week(week_of(day, self._week_start()))

    # -- showing -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the week afresh (records may have changed elsewhere) and show it."""
        self._cache.clear()
        self._week_start_setting = str(self._journal.settings.week_start)
        self._show()

    def _records_of(self, weeks: list[Week]) -> list[AnyRecord]:
        """The records of ``weeks`` (consecutive), reading only the weeks not yet cached.

        Moving by one week reads one new week instead of twelve: decoding
        records is most of the cost of a switch on a large journal.
        """
        missing = [w for w in weeks if w.start not in self._cache]
        if missing:
            fetched = self._journal.records_between(missing[0].start, missing[-1].end)
            for w in missing:
                self._cache[w.start] = []
            for record in fetched:
                bucket = self._cache.get(week_of(record.day, self._week_start()).start)
                if bucket is not None:
                    bucket.append(record)
            while len(self._cache) > CACHED_WEEKS:
                self._cache.pop(next(iter(self._cache)))
        return [r for w in weeks for r in self._cache.get(w.start, [])]

    def _show(self) -> None:
        week = self._week
        if week.week_start != self._week_start():  # the setting changed since
            self._cache.clear()
            week = self._week = week_of(week.start, self._week_start())
        # This week and the one before first; the 12-week trend right after, once
        # the week is on screen (a jump far away must not hold the page up).
        weeks = weeks_ending(week, TREND_WEEKS)
        records = self._records_of(weeks[-2:])
        summary = summarize_week(records, records, week)
        self.summary = summary
        self.trend_points = None
        self._trend_weeks = weeks
        self._trend_timer.start()
        self.title.setText(week_heading(week))
        self.code.setText(week_code(week))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(week.start.year, week.start.month, week.start.day))
        self.date_edit.blockSignals(False)
        self.change.setText(" ".join(change_in_words(summary)))
        support = support_in_words(summary.connection.support)
        self.support.setText(support)
        self.support.setVisible(bool(support))
        for figure in key_figures(summary):
            value_label, caption_label = self.figures[figure.key]
            value, detail, quiet = figure.value, figure.detail, figure.quiet
            if summary.days_logged == 0 and figure.key != "days_logged":
                # Nothing logged is not "0 min with people": it is simply not known.
                value, detail = "—", ""
            value_label.setText(value)
            _show_figure(value_label, quiet=quiet)
            caption_label.setText(f"{figure.caption} · {detail}" if detail else figure.caption)
        self.week_chart.set_draw(
            lambda p, r, pal: draw_week_chart(p, r, summary, pal), week_chart_text(summary)
        )
        self.circles_chart.set_draw(
            lambda p, r, pal: draw_circles_chart(p, r, summary, pal),
            circles_chart_text(summary, RING_ORDER),
        )
        self.mood_chart.set_draw(
            lambda p, r, pal: draw_mood_chart(p, r, summary, pal), mood_chart_text(summary)
        )
        in_week = [r for r in records if r.day in week]
        _quiet_if(self.mood, " ".join(mood_lines(summary)), self.tr("No mood check-ins."))
        boundaries = [r for r in in_week if isinstance(r, BoundaryPractice)]
        _quiet_if(
            self.boundaries,
            "\n".join(f"{day_label(r.day)} · {describe(r, private=False)}" for r in boundaries),
            self.tr("None noted this week."),
        )
        _quiet_if(
            self.notes,
            "\n".join(talk_about(in_week)),
            self.tr("Nothing marked to share this week."),
        )
        self.week_changed.emit(week.label)

    @Slot()
    def _fill_trend(self) -> None:
        weeks = self._trend_weeks
        points = trend(self._records_of(weeks), weeks)
        self.trend_points = points
        self.trend_chart.set_draw(
            lambda p, r, pal: draw_trend_chart(p, r, points, pal), trend_chart_text(points)
        )

    def figure(self, key: str) -> str:
        """The value shown for a key figure (``days_logged``, ``with_people`` …)."""
        return self.figures[key][0].text()

    def flush_drafts(self) -> None:
        """Nothing is typed here."""

    # -- export ------------------------------------------------------------------

    @Slot()
    def open_export(self) -> QWidget:
        from journal_app.ui.export_view import ExportDialog

        dialog = ExportDialog(
            self._journal,
            self._dialogs,
            self,
            runner=self._runner,
            printer=self._printer,
            today=self._today,
            week=self._week,
        )
        self.export_dialog = dialog
        dialog.open()
        return dialog


def _show_figure(label: QLabel, *, quiet: bool) -> None:
    """A figure large and bold; a zero or an unknown small and soft, never a verdict."""
    follow_app_font(label, 1.0 if quiet else 1.3, bold=not quiet)
    label.setForegroundRole(
        QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.WindowText
    )
    label.setProperty("quiet", quiet)


def _quiet_if(label: QLabel, text: str, empty: str) -> None:
    """``text``, or ``empty`` said in one quiet line when there is nothing."""
    label.setText(text or empty)
    label.setForegroundRole(
        QPalette.ColorRole.WindowText if text else QPalette.ColorRole.PlaceholderText
    )


def _empty_summary() -> WeeklySummary:
    """A summary of no records: only used to lay out the figure labels once."""
    return summarize_week([], [], week_of(date(2026, 1, 5)))
