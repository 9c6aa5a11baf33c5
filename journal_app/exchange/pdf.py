"""The therapy summary on paper: ``QPdfWriter`` or ``QPrinter``, drawn with QPainter.

The first page is the week a therapist reads in a minute: its dates, its
numbers (a zero is written small, never as a big figure), the mood range,
the days of high distress and the words used most, "Things I want to talk
about" (what the user marked to share), the boundaries practised, then the
charts. Each further week of the range follows on its own page, going back
in time. The same ``render_document`` draws on a printer (no file
at all) and on a PDF writer. QtGui only, no widgets.

Layout sizes are in points and scaled to the device, so a 1200 dpi printer and
a 96 dpi PDF get the same page.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from journal_app.domain.records import BoundaryPractice, SessionReflection
from journal_app.exchange.charts import (
    ChartPalette,
    draw_circles_chart,
    draw_mood_chart,
    draw_trend_chart,
    draw_week_chart,
)
from journal_app.exchange.wording import (
    answer,
    change_in_words,
    count,
    day_label,
    key_figures,
    mood_lines,
    reflection_intro,
    session_reflections,
    span_label,
    support_in_words,
    talk_about,
    tr,
    week_code,
    week_heading,
)
from journal_app.insights import Week, WeeklySummary, trend
from journal_app.words import describe, reflection_question

if TYPE_CHECKING:
    from journal_app.exchange.export import ExportData, Progress

BASE_PT = 9.5
_app: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """A ``QGuiApplication`` for fonts and painting, working on a machine with no display.

    On Linux and the BSDs a PDF needs no display at all, so unless the user
    chose a platform, the offscreen one is used: no ``DISPLAY``, or a stale
    one, can then stop a scheduled export.
    """
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:  # a QCoreApplication: fonts need more; should not happen
        raise RuntimeError("a QCoreApplication exists; a PDF needs a QGuiApplication")
    if sys.platform not in ("darwin", "win32") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "journal-app"])
    return _app


class _Flow:
    """Where the next thing goes on the page; starts a new page when it would not fit."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.unit = device.logicalDpiY() / 72.0
        self.page = QRectF(0, 0, device.width(), device.height())
        self.y = 0.0
        self.pages = 1
        self.running = ""  # said at the top of a page the week runs on to
        self._footer()

    def pt(self, value: float) -> float:
        return value * self.unit

    def new_page(self, *, continued: bool = False) -> None:
        self.device.newPage()
        self.pages += 1
        self.y = 0.0
        self._footer()
        if continued and self.running:
            self.text(self.running, scale=0.85, color_muted=True, after=6)

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.new_page(continued=True)

    @property
    def bottom(self) -> float:
        return self.page.bottom() - self.pt(22)

    def left_over(self) -> float:
        return self.bottom - self.y

    def _footer(self) -> None:
        font = _font(0.8)
        rect = QRectF(0, self.page.bottom() - self.pt(12), self.page.width(), self.pt(12))
        self.painter.save()
        self.painter.setFont(font)
        self.painter.setPen(ChartPalette.paper().muted)
        self.painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            tr("Private · page {n}").format(n=self.pages),
        )
        self.painter.restore()

    def text(
        self,
        text: str,
        *,
        scale: float = 1.0,
        bold: bool = False,
        indent: float = 0.0,
        color_muted: bool = False,
        after: float = 3.0,
    ) -> None:
        """A wrapped paragraph, line by line, flowing onto a new page when needed."""
        palette = ChartPalette.paper()
        font = _font(scale, bold=bold)
        metrics = QFontMetricsF(font, self.device)
        width = self.page.width() - self.pt(indent)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(line)
        layout.endLayout()
        self.painter.save()
        self.painter.setPen(palette.muted if color_muted else palette.text)
        for line in lines:
            height = max(line.height(), metrics.height())
            self.need(height)
            self.painter.setPen(palette.muted if color_muted else palette.text)
            line.draw(self.painter, QPointF(self.pt(indent), self.y - line.y()))
            self.y += height
        self.painter.restore()
        self.y += self.pt(after)

    def heading(self, text: str, tag: str, *, scale: float = 1.3, after: float = 6.0) -> None:
        """A heading line with a small, quiet ``tag`` at its right end (a week's code)."""
        palette = ChartPalette.paper()
        font = _font(scale, bold=True)
        height = QFontMetricsF(font, self.device).height()
        self.need(height)
        rect = QRectF(0, self.y, self.page.width(), height)
        self.painter.save()
        self.painter.setFont(font)
        self.painter.setPen(palette.text)
        self.painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        self.painter.setFont(_font(0.8))
        self.painter.setPen(palette.muted)
        self.painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), tag
        )
        self.painter.restore()
        self.y += height + self.pt(after)


def _font(scale: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(BASE_PT * scale)
    font.setBold(bold)
    return font


def _fitting_font(painter: QPainter, text: str, width: float, scale: float) -> QFont:
    """The font at ``scale``, made smaller (down to 0.6 of it) until ``text`` fits ``width``."""
    font = _font(scale)
    painter.setFont(font)
    wide = painter.fontMetrics().horizontalAdvance(text)
    if wide > width > 0:
        font = _font(max(scale * 0.6, scale * width / wide * 0.97))
    return font


def _draw_tiles(flow: _Flow, summary: WeeklySummary) -> None:
    palette = ChartPalette.paper()
    painter = flow.painter
    tiles = key_figures(summary)
    columns = 4
    gap = flow.pt(6)
    width = (flow.page.width() - gap * (columns - 1)) / columns
    height = flow.pt(44)
    rows = (len(tiles) + columns - 1) // columns
    flow.need(rows * (height + gap))
    for index, tile in enumerate(tiles):
        value, caption, detail = tile.value, tile.caption, tile.detail
        row, col = divmod(index, columns)
        rect = QRectF(col * (width + gap), flow.y + row * (height + gap), width, height)
        painter.save()
        painter.setPen(palette.grid)
        painter.setBrush(palette.background)
        painter.drawRoundedRect(rect, flow.pt(4), flow.pt(4))
        inner = rect.adjusted(flow.pt(6), flow.pt(3), -flow.pt(4), -flow.pt(3))
        # A zero is said quietly: small and soft, not a big figure that reads as a verdict.
        painter.setPen(palette.muted if tile.quiet else palette.text)
        painter.setFont(_font(1.0) if tile.quiet else _font(1.5, bold=True))
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.48),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            value,
        )
        painter.setPen(palette.text)
        painter.setFont(_font(0.8))
        third = inner.height() * 0.26
        painter.drawText(
            QRectF(inner.left(), inner.top() + inner.height() * 0.48, inner.width(), third),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            caption,
        )
        painter.setPen(palette.muted)
        painter.setFont(_fitting_font(painter, detail, inner.width(), 0.8))
        painter.drawText(
            QRectF(inner.left(), inner.top() + inner.height() * 0.74, inner.width(), third),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            detail,
        )
        painter.restore()
    flow.y += rows * (height + gap) + flow.pt(2)


def _chart(flow: _Flow, height_pt: float, draw: Callable[[QPainter, QRectF], None]) -> None:
    height = flow.pt(height_pt)
    flow.need(height)
    flow.painter.save()
    flow.painter.setFont(_font(0.95))
    draw(flow.painter, QRectF(0, flow.y, flow.page.width(), height))
    flow.painter.restore()
    flow.y += height + flow.pt(8)


def _week_pages(
    flow: _Flow, data: ExportData, week: Week, *, first: bool, trend_weeks: list[Week]
) -> None:
    summary = data.summary(week)
    palette = ChartPalette.paper()
    shown = data.shown_days
    if first:
        flow.text(tr("Summary for therapy"), scale=1.8, bold=True, after=2)
        options = [
            tr("Covers {span}; {records}.").format(
                span=span_label(data.start, data.end),
                records=count(len(data.records), tr("1 record"), tr("{n} records")),
            ),
            *data.choices_in_words(),
        ]
        flow.text(" ".join(options), scale=0.85, color_muted=True, after=8)
    heading = week_heading(week)
    flow.running = tr("{week}, continued").format(week=heading)
    flow.heading(heading, week_code(week))
    _draw_tiles(flow, summary)
    if data.compares(week):
        flow.text(" ".join(change_in_words(summary)), scale=0.95, after=6)
    support = support_in_words(summary.connection.support)
    if support:
        flow.text(support, scale=0.95, after=6)

    mood = mood_lines(summary)
    if mood:
        flow.text(tr("Mood"), scale=1.1, bold=True, after=2)
        for line in mood:
            flow.text(line, indent=8, scale=0.95, after=1)
        flow.y += flow.pt(6)

    if data.notes:
        flow.text(tr("Things I want to talk about"), scale=1.1, bold=True, after=2)
        shared = talk_about(data.records_of(week))
        for line in shared:
            flow.text(line, indent=8, scale=0.95, after=3)
        if not shared:
            flow.text(
                tr("Nothing marked to share this week."),
                indent=8,
                scale=0.9,
                color_muted=True,
                after=1,
            )
        flow.y += flow.pt(6)

    boundaries = [r for r in data.records_of(week) if isinstance(r, BoundaryPractice)]
    flow.text(tr("Boundaries practised"), scale=1.1, bold=True, after=2)
    if boundaries:
        for record in boundaries:
            flow.text(
                f"{day_label(record.day)} · {describe(record, private=False)}",
                indent=8,
                scale=0.9,
                after=1,
            )
    else:
        flow.text(tr("None noted this week."), indent=8, scale=0.9, color_muted=True, after=1)
    flow.y += flow.pt(8)

    _chart(
        flow,
        150,
        lambda p, r: draw_week_chart(p, r, summary, palette, shown_days=shown),
    )

    def side_by_side(p: QPainter, r: QRectF) -> None:
        half = (r.width() - flow.pt(18)) / 2
        draw_circles_chart(p, QRectF(r.left(), r.top(), half, r.height()), summary, palette)
        draw_mood_chart(
            p,
            QRectF(r.left() + half + flow.pt(18), r.top(), half, r.height()),
            summary,
            palette,
            shown_days=shown,
        )

    _chart(flow, 105, side_by_side)

    if first and len(trend_weeks) > 1:
        points = trend(data.records, trend_weeks)
        flow.text(tr("The weeks in this summary"), scale=1.1, bold=True, after=2)
        _chart(flow, 95, lambda p, r: draw_trend_chart(p, r, points, palette))
    if first:
        _reflections(flow, session_reflections(data.records))


def _reflections(flow: _Flow, sessions: list[tuple[date, SessionReflection]]) -> None:
    """How sessions felt over the covered weeks: a small table of the user's own answers.

    One row per session, the three questions as columns, the answers as they
    were given (a dash when left out): never added up, never marked good or bad.
    """
    if not sessions:
        return
    palette = ChartPalette.paper()
    painter = flow.painter
    questions = [reflection_question(key) for key in SessionReflection.QUESTIONS]
    width = flow.page.width()
    first_col = width * 0.22
    col = (width - first_col) / len(questions)
    font = _font(0.85)
    metrics = QFontMetricsF(font, flow.device)
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap)
    header_h = max(
        metrics.boundingRect(QRectF(0, 0, col - flow.pt(6), 1e6), wrap, q).height()
        for q in questions
    ) + flow.pt(4)
    row_h = metrics.height() + flow.pt(5)
    # The title, the words under it, the column heads and a first row stay together;
    # they cover every week, so a new page for them is not "Week …, continued".
    flow.running = ""
    flow.need(metrics.height() * 5 + flow.pt(12) + header_h + row_h * 2)
    flow.running = tr("How sessions felt, continued")
    flow.text(tr("How sessions felt"), scale=1.1, bold=True, after=2)
    flow.text(reflection_intro(), scale=0.85, color_muted=True, after=4)

    def header() -> None:
        flow.need(header_h + row_h)
        painter.save()
        painter.setFont(_font(0.85, bold=True))
        painter.setPen(palette.text)
        painter.drawText(QRectF(0, flow.y, first_col, header_h - flow.pt(4)), wrap, tr("Session"))
        for index, question in enumerate(questions):
            left = first_col + col * index
            painter.drawText(
                QRectF(left, flow.y, col - flow.pt(6), header_h - flow.pt(4)), wrap, question
            )
        painter.setPen(palette.grid)
        painter.drawLine(QPointF(0, flow.y + header_h), QPointF(width, flow.y + header_h))
        painter.restore()
        flow.y += header_h + flow.pt(2)

    header()
    for day, reflection in sessions:
        pages = flow.pages
        flow.need(row_h)
        if flow.pages != pages:
            header()
        painter.save()
        painter.setFont(font)
        painter.setPen(palette.text)
        middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRectF(0, flow.y, first_col, row_h), middle, day_label(day))
        for index, value in enumerate(reflection.answers().values()):
            painter.setPen(palette.text if value is not None else palette.muted)
            painter.drawText(
                QRectF(first_col + col * index, flow.y, col, row_h), middle, answer(value)
            )
        painter.setPen(palette.grid)
        painter.drawLine(QPointF(0, flow.y + row_h), QPointF(width, flow.y + row_h))
        painter.restore()
        flow.y += row_h
    flow.y += flow.pt(8)


def render_document(
    device: QPagedPaintDevice, data: ExportData, progress: Progress | None = None
) -> int:
    """Draw the whole summary on ``device`` (a PDF writer or a printer); returns the pages."""
    weeks = list(reversed(data.weeks()))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("The summary could not be drawn (the printer or file refused it)."))
    try:
        painter.setFont(_font())
        flow = _Flow(painter, device)
        for index, week in enumerate(weeks):
            if index:
                flow.new_page()
            _week_pages(flow, data, week, first=index == 0, trend_weeks=list(reversed(weeks)))
            if progress is not None:
                progress(index + 1, len(weeks))
        return flow.pages
    finally:
        painter.end()


def setup_page(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )


def pdf_bytes(title: str, draw: Callable[[QPdfWriter], object]) -> bytes:
    """A PDF of A4 pages drawn by ``draw``, as bytes (the caller writes them, atomically)."""
    ensure_gui_application()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    writer.setTitle(title)
    writer.setCreator("")
    setup_page(writer)
    draw(writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    return bytes(array.data())


def to_pdf(data: ExportData, progress: Progress | None = None) -> bytes:
    """The summary as PDF bytes (written to disk by the caller, atomically)."""
    return pdf_bytes(tr("Summary"), lambda writer: render_document(writer, data, progress))
