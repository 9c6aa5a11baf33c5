"""The one chart renderer: QPainter drawings for the screen, the PDF and the printer.

Every function draws into ``rect`` on any ``QPainter`` (a widget, a
``QPdfWriter``, a ``QPrinter``), with a ``ChartPalette`` for light, dark or
paper. Numbers come from ``journal_app.insights``; nothing is recomputed here.

Drawing rules: a day with no records is drawn as "not logged", never as zero;
chosen solitude stands apart in a calm colour; there is no red anywhere.
QtGui only — no widgets.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from journal_app.domain.records import Circle, Person
from journal_app.exchange.wording import (
    circle_name,
    moments_and_time,
    short_day,
    short_duration,
    tr,
    weekday,
)
from journal_app.i18n import decimal
from journal_app.insights import TrendPoint
from journal_app.insights.summary import WeekFigures

# Rings of the support map, innermost first: the Circles of Support model (intimacy,
# friendship, participation, exchange), the order of ``Circle`` everywhere.
RING_ORDER: tuple[Circle, ...] = tuple(Circle)


@dataclass(frozen=True)
class ChartPalette:
    """The colours of every chart. No red: a hard week is not an alarm."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    connection: QColor
    isolation: QColor
    solitude: QColor
    not_logged: QColor
    mood: QColor
    circles: Mapping[Circle, QColor]
    dark: bool = False

    @classmethod
    def light(cls) -> ChartPalette:
        return cls(
            background=QColor("#fbfaf7"),
            text=QColor("#2d2f33"),
            muted=QColor("#6f7278"),
            grid=QColor("#e2dfd8"),
            connection=QColor("#3f8f7f"),
            isolation=QColor("#9a8cb8"),
            solitude=QColor("#8fb8d8"),
            not_logged=QColor("#bdbab3"),
            mood=QColor("#c0813f"),
            circles={
                Circle.PROFESSIONAL: QColor("#5b8bb5"),
                Circle.PEER: QColor("#5f9f86"),
                Circle.CLOSE: QColor("#c9934f"),
                Circle.COMMUNITY: QColor("#9582b5"),
            },
        )

    @classmethod
    def dark_theme(cls) -> ChartPalette:
        return cls(
            background=QColor("#26282b"),
            text=QColor("#e6e4df"),
            muted=QColor("#a3a5a9"),
            grid=QColor("#3b3e43"),
            connection=QColor("#6cc0ab"),
            isolation=QColor("#b3a6d6"),
            solitude=QColor("#7faacb"),
            not_logged=QColor("#5d6066"),
            mood=QColor("#e2aa6c"),
            circles={
                Circle.PROFESSIONAL: QColor("#82acd4"),
                Circle.PEER: QColor("#7fc0a6"),
                Circle.CLOSE: QColor("#e0b077"),
                Circle.COMMUNITY: QColor("#b4a3d4"),
            },
            dark=True,
        )

    @classmethod
    def paper(cls) -> ChartPalette:
        """For the PDF and the printer: white paper, colours that survive grey printing."""
        light = cls.light()
        return cls(
            background=QColor("#ffffff"),
            text=QColor("#1f2124"),
            muted=QColor("#5c5f65"),
            grid=QColor("#d9d6cf"),
            connection=QColor("#2f7a6b"),
            isolation=QColor("#8f80b0"),
            solitude=QColor("#a9cbe6"),
            not_logged=QColor("#a8a59e"),
            mood=QColor("#b06f2c"),
            circles=light.circles,
        )

    @classmethod
    def for_background(cls, color: QColor) -> ChartPalette:
        """Light or dark, following the colour the chart is drawn on."""
        return cls.dark_theme() if color.lightnessF() < 0.5 else cls.light()


# -- small helpers --------------------------------------------------------------------


def _font(painter: QPainter, scale: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    font.setPointSizeF(max(5.0, size * scale))
    font.setBold(bold)
    return font


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    color: QColor,
    flags: Qt.AlignmentFlag | int = Qt.AlignmentFlag.AlignCenter,
    *,
    scale: float = 1.0,
    bold: bool = False,
) -> None:
    painter.save()
    painter.setFont(_font(painter, scale, bold=bold))
    painter.setPen(color)
    painter.drawText(rect, int(flags), text)
    painter.restore()


def _line_height(painter: QPainter, scale: float = 1.0) -> float:
    return QFontMetricsF(_font(painter, scale), painter.device()).height()


def _text_width(painter: QPainter, text: str, scale: float = 1.0, bold: bool = False) -> float:
    metrics = QFontMetricsF(_font(painter, scale, bold=bold), painter.device())
    return metrics.horizontalAdvance(text)


_STEPS = (15, 30, 60, 120, 180, 240, 360, 480, 720, 1200, 1800, 2400, 3600)


def _axis_width(painter: QPainter, top: int, step: int, line: float) -> float:
    """Room for the widest of a time axis's labels ("45 min" is wider in some languages)."""
    labels = [short_duration(step * i) for i in range(top // step + 1)]
    return max(_text_width(painter, label, 0.8) for label in labels) + line * 0.4


def _axis(value: int, floor: int = 60, ticks: int = 4) -> tuple[int, int]:
    """A round axis top and its step: at most ``ticks`` steps of 15 min, 30 min, 1 h, 2 h …"""
    value = max(value, floor)
    step = next((s for s in _STEPS if s * ticks >= value), _STEPS[-1])
    return int(math.ceil(value / step) * step), step


# How each series is filled, so they differ by more than colour (grey print, colour blindness).
SOLID, DIAGONAL, HORIZONTAL = "solid", "diagonal", "horizontal"
SERIES_PATTERN = {"connection": SOLID, "isolation": DIAGONAL, "solitude": HORIZONTAL}


def fill_series(
    painter: QPainter, rect: QRectF, color: QColor, pattern: str, palette: ChartPalette
) -> None:
    """``rect`` in ``color``, with stripes in the background colour for a patterned series.

    Stripes are drawn as lines (not a Qt pattern brush) so they keep their
    size on a 96 dpi screen and a 1200 dpi printer alike.
    """
    painter.fillRect(rect, color)
    if pattern == SOLID or rect.width() <= 0 or rect.height() <= 0:
        return
    unit = max(_line_height(painter) * 0.42, 3.0)
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    pen = QPen(palette.background)
    pen.setWidthF(max(unit * 0.28, 1.0))
    painter.setPen(pen)
    if pattern == HORIZONTAL:
        y = rect.top() + unit * 0.5
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += unit
    else:
        x = rect.left() - rect.height()
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            x += unit
    painter.restore()


def _legend(
    painter: QPainter,
    rect: QRectF,
    items: Sequence[tuple[QColor, str, str]],
    palette: ChartPalette,
) -> None:
    """Filled squares (colour and pattern) with their words, left to right, in one row."""
    height = rect.height()
    box = height * 0.7
    x = rect.left()
    gap = height * 0.6
    for color, pattern, label in items:
        fill_series(
            painter, QRectF(x, rect.top() + (height - box) / 2, box, box), color, pattern, palette
        )
        x += box + height * 0.25
        width = _text_width(painter, label, 0.9)
        _text(
            painter,
            QRectF(x, rect.top(), width + 2, height),
            label,
            palette.text,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            scale=0.9,
        )
        x += width + gap


def _not_logged(painter: QPainter, rect: QRectF, palette: ChartPalette) -> None:
    """A dashed, empty box that says so: missing data is never drawn as zero."""
    painter.save()
    pen = QPen(palette.not_logged)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setWidthF(max(1.0, rect.width() / 60))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, rect.width() * 0.08, rect.width() * 0.08)
    painter.restore()
    _text(
        painter,
        rect,
        tr("not logged"),
        palette.muted,
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        scale=0.8,
    )


# -- the week ------------------------------------------------------------------------


def draw_week_chart(
    painter: QPainter,
    rect: QRectF,
    figures: WeekFigures,
    palette: ChartPalette,
    *,
    shown_days: frozenset[date] | None = None,
) -> None:
    """Day by day: connection minutes against unchosen isolation; chosen solitude apart.

    Days outside ``shown_days`` (when given: an export that starts mid-week)
    are left blank rather than drawn as not logged.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = _line_height(painter)
    legend_rect = QRectF(rect.left(), rect.top(), rect.width(), line * 1.3)
    _legend(
        painter,
        legend_rect,
        [
            (palette.connection, SERIES_PATTERN["connection"], tr("with people")),
            (palette.isolation, SERIES_PATTERN["isolation"], tr("alone, not chosen")),
            (palette.solitude, SERIES_PATTERN["solitude"], tr("chosen solitude")),
        ],
        palette,
    )
    days = figures.days
    top, step = _axis(
        max([max(d.connection_minutes, d.unchosen_minutes, d.chosen_minutes) for d in days] + [0])
    )
    axis_w = _axis_width(painter, top, step, line)
    labels_h = line * 2.1
    plot = QRectF(
        rect.left() + axis_w,
        legend_rect.bottom() + line * 0.5,
        rect.width() - axis_w,
        rect.height() - legend_rect.height() - line * 0.5 - labels_h,
    )
    # Grid lines with hour labels.
    for i in range(top // step + 1):
        value = step * i
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(palette.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        _text(
            painter,
            QRectF(rect.left(), y - line / 2, axis_w - line * 0.3, line),
            short_duration(int(value)),
            palette.muted,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            scale=0.8,
        )
    slot = plot.width() / 7
    bar = slot * 0.22
    for index, day in enumerate(days):
        x0 = plot.left() + slot * index
        label_rect = QRectF(x0, plot.bottom() + line * 0.2, slot, line * 1.9)
        shown = shown_days is None or day.day in shown_days
        _text(
            painter,
            label_rect,
            f"{weekday(day.day)}\n{day.day.day}",
            palette.text if day.logged and shown else palette.muted,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            scale=0.85,
        )
        if not shown:
            continue
        if not day.logged:
            box_h = min(plot.height() * 0.5, line * 3.2)
            _not_logged(
                painter,
                QRectF(x0 + slot * 0.1, plot.bottom() - box_h, slot * 0.8, box_h),
                palette,
            )
            continue
        values = (
            (day.connection_minutes, palette.connection, SERIES_PATTERN["connection"]),
            (day.unchosen_minutes, palette.isolation, SERIES_PATTERN["isolation"]),
            (day.chosen_minutes, palette.solitude, SERIES_PATTERN["solitude"]),
        )
        left = x0 + (slot - 3 * bar) / 2
        for offset, (minutes, color, pattern) in enumerate(values):
            if minutes <= 0:
                continue
            height = max(plot.height() * minutes / top, 1.5)
            bar_rect = QRectF(left + offset * bar, plot.bottom() - height, bar * 0.9, height)
            fill_series(painter, bar_rect, color, pattern, palette)
    painter.setPen(QPen(palette.muted, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()


def draw_mood_chart(
    painter: QPainter,
    rect: QRectF,
    figures: WeekFigures,
    palette: ChartPalette,
    *,
    shown_days: frozenset[date] | None = None,
) -> None:
    """The day's average mood (1 to 10) across the week; gaps where nothing was noted."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = _line_height(painter)
    _text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width(), line * 1.3),
        tr("Mood, 1 to 10"),
        palette.text,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        scale=0.9,
        bold=True,
    )
    axis_w = _text_width(painter, "10", 0.8) + line * 0.5
    labels_h = line * 1.3
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + line * 1.9,
        rect.width() - axis_w - line * 0.3,
        rect.height() - line * 1.9 - labels_h - line * 0.3,
    )
    for value in (1, 5, 10):
        y = plot.bottom() - plot.height() * (value - 1) / 9
        painter.setPen(QPen(palette.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        _text(
            painter,
            QRectF(rect.left(), y - line / 2, axis_w - line * 0.3, line),
            str(value),
            palette.muted,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            scale=0.8,
        )
    slot = plot.width() / 7
    points: list[QPointF | None] = []
    for index, day in enumerate(figures.days):
        x = plot.left() + slot * (index + 0.5)
        shown = shown_days is None or day.day in shown_days
        _text(
            painter,
            QRectF(x - slot / 2, plot.bottom() + line * 0.3, slot, line),
            weekday(day.day),
            palette.text if day.logged and shown else palette.muted,
            Qt.AlignmentFlag.AlignCenter,
            scale=0.8,
        )
        if day.mood_avg is None or not shown:
            points.append(None)  # a day without a check-in draws nothing at all
            continue
        y = plot.bottom() - plot.height() * (day.mood_avg - 1) / 9
        points.append(QPointF(x, y))
    pen = QPen(palette.mood)
    pen.setWidthF(max(1.5, line / 7))
    painter.setPen(pen)
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            painter.drawLine(a, b)
    radius = max(2.5, line / 4.5)
    for point, day in zip(points, figures.days, strict=True):
        if point is None or day.mood_avg is None:
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.mood)
        painter.drawEllipse(point, radius, radius)
        above = point.y() - line * 1.3 > plot.top() - line * 0.5
        label_y = point.y() - line * 1.2 if above else point.y() + line * 0.2
        _text(
            painter,
            QRectF(point.x() - slot / 2, label_y, slot, line),
            decimal(day.mood_avg),
            palette.text,
            Qt.AlignmentFlag.AlignCenter,
            scale=0.75,
        )
    painter.restore()


def draw_circles_chart(
    painter: QPainter, rect: QRectF, figures: WeekFigures, palette: ChartPalette
) -> None:
    """Connection moments this week, by circle: how many and how long with each.

    Only connection moments count here (a boundary with someone is not a
    moment of connection), and the title says so.
    """
    painter.save()
    line = _line_height(painter)
    _text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width(), line * 1.3),
        tr("Connection moments, by circle"),
        palette.text,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        scale=0.9,
        bold=True,
    )
    by_circle = figures.connection.by_circle
    name_w = max(_text_width(painter, circle_name(c), 0.85) for c in Circle) + line * 0.6
    value_w = _text_width(painter, moments_and_time(88, 23 * 60 + 58), 0.8)
    rows = QRectF(rect.left(), rect.top() + line * 1.6, rect.width(), rect.height() - line * 1.6)
    row_h = rows.height() / 4
    most = max([by_circle[c].minutes for c in Circle] + [1])
    for index, circle in enumerate(RING_ORDER):
        y = rows.top() + row_h * index
        figures_c = by_circle[circle]
        color = palette.circles[circle]
        dot = min(row_h * 0.4, line * 0.6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(rect.left() + dot / 2, y + row_h / 2), dot / 2, dot / 2)
        _text(
            painter,
            QRectF(rect.left() + dot * 1.4, y, name_w, row_h),
            circle_name(circle),
            palette.text,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            scale=0.85,
        )
        bar_left = rect.left() + dot * 1.4 + name_w
        bar_space = max(rect.right() - value_w - bar_left - line * 0.5, 1.0)
        if figures_c.moments:
            width = max(bar_space * figures_c.minutes / most, line * 0.3)
            painter.fillRect(QRectF(bar_left, y + row_h * 0.3, width, row_h * 0.4), color)
            value = moments_and_time(figures_c.moments, figures_c.minutes)
            value_color = palette.text
        else:
            value = tr("none noted")
            value_color = palette.muted
        _text(
            painter,
            QRectF(rect.right() - value_w, y, value_w, row_h),
            value,
            value_color,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            scale=0.8,
        )
    painter.restore()


# -- several weeks -------------------------------------------------------------------


def draw_trend_chart(
    painter: QPainter, rect: QRectF, points: Sequence[TrendPoint], palette: ChartPalette
) -> None:
    """Week by week: connection minutes against unchosen isolation minutes."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = _line_height(painter)
    legend_rect = QRectF(rect.left(), rect.top(), rect.width(), line * 1.3)
    _legend(
        painter,
        legend_rect,
        [
            (palette.connection, SERIES_PATTERN["connection"], tr("with people")),
            (palette.isolation, SERIES_PATTERN["isolation"], tr("alone, not chosen")),
        ],
        palette,
    )
    top, step = _axis(
        max([max(p.connection_minutes, p.unchosen_minutes) for p in points] + [0]), 120, 2
    )
    axis_w = _axis_width(painter, top, step, line)
    labels_h = line * 1.4
    plot = QRectF(
        rect.left() + axis_w,
        legend_rect.bottom() + line * 0.5,
        rect.width() - axis_w,
        rect.height() - legend_rect.height() - line * 0.5 - labels_h,
    )
    for i in range(top // step + 1):
        value = step * i
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(palette.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        _text(
            painter,
            QRectF(rect.left(), y - line / 2, axis_w - line * 0.3, line),
            short_duration(int(value)),
            palette.muted,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            scale=0.8,
        )
    count = max(len(points), 1)
    slot = plot.width() / count
    bar = slot * 0.3
    widest = _text_width(painter, short_day(date(2026, 11, 30)), 0.75) * 1.15
    every = max(1, math.ceil(widest / slot)) if slot > 0 else 1
    for index, point in enumerate(points):
        x0 = plot.left() + slot * index
        if (len(points) - 1 - index) % every == 0:  # the latest week is always named
            _text(
                painter,
                QRectF(x0 + slot / 2 - widest, plot.bottom() + line * 0.2, widest * 2, line),
                short_day(point.week.start),
                palette.text if point.days_logged else palette.muted,
                Qt.AlignmentFlag.AlignCenter,
                scale=0.75,
            )
        if not point.days_logged:
            box_h = min(plot.height() * 0.35, line * 1.2)
            pen = QPen(palette.not_logged)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x0 + slot * 0.2, plot.bottom() - box_h, slot * 0.6, box_h))
            continue
        left = x0 + (slot - 2 * bar) / 2
        for offset, (minutes, color, pattern) in enumerate(
            ((point.connection_minutes, palette.connection, SERIES_PATTERN["connection"]),
             (point.unchosen_minutes, palette.isolation, SERIES_PATTERN["isolation"]))
        ):  # fmt: skip
            if minutes <= 0:
                continue
            height = max(plot.height() * min(minutes, top) / top, 1.5)
            fill_series(
                painter,
                QRectF(left + offset * bar, plot.bottom() - height, bar * 0.9, height),
                color,
                pattern,
                palette,
            )
    painter.setPen(QPen(palette.muted, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()


# -- the support map -----------------------------------------------------------------


class Recency(StrEnum):
    """How recently the user noted a moment with someone: shown by the dot's outline.

    Every dot has the same size and strength, and stays where it is: nobody
    fades or drifts away as contact ages.
    """

    WEEK = "week"  # within the last 7 days
    MONTH = "month"  # within the last 31 days
    LONGER = "longer"  # longer ago, or no moment noted yet


WEEK_DAYS = 7
MONTH_DAYS = 31


def recency_of(last: date | None, today: date) -> Recency:
    if last is None:
        return Recency.LONGER
    days = (today - last).days
    if days <= WEEK_DAYS:
        return Recency.WEEK
    if days <= MONTH_DAYS:
        return Recency.MONTH
    return Recency.LONGER


def recency_label(recency: Recency) -> str:
    """The legend's words, also read to screen readers."""
    return {
        Recency.WEEK: tr("seen this week"),
        Recency.MONTH: tr("this month"),
        Recency.LONGER: tr("longer ago"),
    }[recency]


@dataclass(frozen=True)
class PlacedPerson:
    """A person on the support map: where their dot is, its size, and how recent contact was."""

    person: Person
    center: QPointF
    radius: float
    recency: Recency
    last: date | None

    def contains(self, point: QPointF) -> bool:
        grab = max(self.radius, 9.0) * 1.4
        return math.hypot(point.x() - self.center.x(), point.y() - self.center.y()) <= grab


def _rings(rect: QRectF) -> tuple[QPointF, float, float]:
    """Centre, the radius of "you" and the outer radius."""
    center = rect.center()
    outer = min(rect.width(), rect.height()) / 2 * 0.94
    return center, outer * 0.14, outer


def stable_turn(person: Person) -> float:
    """A fraction of a turn (0 to 1) that belongs to this person and never changes.

    From a hash of their id (their name before they are stored), so a person
    keeps their place through renames, new contact and time passing.
    """
    key = f"id:{person.id}" if person.id is not None else f"name:{person.name.casefold()}"
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _spread(wanted: list[float], length: float, gap: float) -> list[float]:
    """Positions in [0, length], in the same order, at least ``gap`` apart, near ``wanted``.

    Only people who would overlap are nudged; with too many for the space,
    they are spaced evenly.
    """
    count = len(wanted)
    if count == 0:
        return []
    gap = min(gap, length / count)
    low, high = gap / 2, length - gap / 2
    placed = [min(max(x, low), high) for x in wanted]
    for i in range(1, count):  # forwards: push later people on
        placed[i] = max(placed[i], placed[i - 1] + gap)
    placed[-1] = min(placed[-1], high)
    for i in range(count - 2, -1, -1):  # backwards: pull them back inside
        placed[i] = min(placed[i], placed[i + 1] - gap)
    return placed


def layout_support_map(
    rect: QRectF, people: Sequence[Person], last_contact: Mapping[int, date], today: date
) -> list[PlacedPerson]:
    """Where each person on the map goes: their circle's ring, at their own stable place.

    People off the map (no circle) are never drawn. Dots have one size; the
    order is ring by ring from the centre, then round each ring clockwise.
    """
    center, inner, outer = _rings(rect)
    band = (outer - inner) / len(RING_ORDER)
    rings = [
        sorted(
            (p for p in people if p.circle == circle),
            key=lambda p: (stable_turn(p), p.name.casefold()),
        )
        for circle in RING_ORDER
    ]
    tracks = [inner + band * (ring + 0.5) for ring in range(len(RING_ORDER))]
    # One size for every dot: as large as looks calm, small enough for the fullest ring.
    radius = min(band * 0.17, 11.0)
    for members, track in zip(rings, tracks, strict=True):
        if members:
            radius = min(radius, 2 * math.pi * track / (len(members) * _SPACING))
    radius = max(radius, 2.5)
    placed: list[PlacedPerson] = []
    for members, track in zip(rings, tracks, strict=True):
        if not members:
            continue
        # The top of each ring holds its name: people go round the rest, unless they
        # need that room too.
        needed = len(members) * radius * _SPACING / track
        label_gap = max(0.0, min(band * 2.2 / track, math.pi / 2, 2 * math.pi - needed))
        length = 2 * math.pi - label_gap
        wanted = [stable_turn(p) * length for p in members]
        angles = _spread(wanted, length, radius * _SPACING / track)
        for person, along in zip(members, angles, strict=True):
            angle = -math.pi / 2 + label_gap / 2 + along
            last = last_contact.get(person.id) if person.id is not None else None
            placed.append(
                PlacedPerson(
                    person=person,
                    center=QPointF(
                        center.x() + track * math.cos(angle), center.y() + track * math.sin(angle)
                    ),
                    radius=radius,
                    recency=recency_of(last, today),
                    last=last,
                )
            )
    return placed


_SPACING = 3.0  # dot centres at least this many radii apart along a ring


def _recency_pen(recency: Recency, color: QColor, radius: float) -> QPen:
    """The outline that says how recent: thick and solid, thin and solid, or dotted."""
    pen = QPen(color)
    pen.setWidthF(max(1.0, radius * (0.45 if recency is Recency.WEEK else 0.2)))
    if recency is Recency.LONGER:
        pen.setWidthF(max(1.5, radius * 0.28))
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def _dot(
    painter: QPainter, center: QPointF, radius: float, fill: QColor, recency: Recency, ink: QColor
) -> None:
    painter.setBrush(fill)
    painter.setPen(_recency_pen(recency, ink, radius))
    outline = radius + (radius * 0.2 if recency is Recency.WEEK else 0)
    painter.drawEllipse(center, outline, outline)


def draw_support_map(
    painter: QPainter,
    rect: QRectF,
    placed: Sequence[PlacedPerson],
    palette: ChartPalette,
    *,
    selected: Person | None = None,
) -> None:
    """Concentric rings, the user at the centre, each person a dot on their circle's ring."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    center, inner, outer = _rings(rect)
    band = (outer - inner) / len(RING_ORDER)
    line = _line_height(painter)
    for ring in range(len(RING_ORDER) - 1, -1, -1):
        circle = RING_ORDER[ring]
        radius = inner + band * (ring + 1)
        fill = QColor(palette.circles[circle])
        fill.setAlphaF(0.10 if not palette.dark else 0.16)
        painter.setPen(QPen(palette.grid, 1))
        painter.setBrush(palette.background)
        painter.drawEllipse(center, radius, radius)
        painter.setBrush(fill)
        painter.drawEllipse(center, radius, radius)
    for ring, circle in enumerate(RING_ORDER):
        label_y = center.y() - inner - band * (ring + 0.5)
        width = inner + band * (ring + 0.5)
        _text(
            painter,
            QRectF(center.x() - width, label_y - line / 2, width * 2, line),
            circle_name(circle),
            palette.muted,
            Qt.AlignmentFlag.AlignCenter,
            scale=0.8,
            bold=True,
        )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.text)
    painter.drawEllipse(center, inner * 0.75, inner * 0.75)
    _text(
        painter,
        QRectF(center.x() - inner, center.y() - line / 2, inner * 2, line),
        tr("you"),
        palette.background,
        Qt.AlignmentFlag.AlignCenter,
        scale=0.85,
        bold=True,
    )
    crowded = {c: sum(1 for p in placed if p.person.circle == c) > 14 for c in RING_ORDER}
    # Names keep clear of every dot, of "you" and of the rings' own names.
    taken = [
        QRectF(s.center.x() - s.radius, s.center.y() - s.radius, s.radius * 2, s.radius * 2)
        for s in placed
    ]
    taken.append(QRectF(center.x() - inner, center.y() - inner, inner * 2, inner * 2))
    for ring, circle in enumerate(RING_ORDER):
        label_y = center.y() - inner - band * (ring + 0.5)
        half = _text_width(painter, circle_name(circle), 0.8, bold=True) / 2
        taken.append(QRectF(center.x() - half, label_y - line / 2, half * 2, line))
    for spot in placed:
        place = spot.person.circle
        if place is None:  # never drawn: not on the map
            continue
        chosen = selected is not None and spot.person.id == selected.id
        if chosen:
            halo = QColor(palette.text)
            halo.setAlphaF(0.18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(spot.center, spot.radius * 2.1, spot.radius * 2.1)
        _dot(painter, spot.center, spot.radius, palette.circles[place], spot.recency, palette.text)
    for spot in placed:
        place = spot.person.circle
        chosen = selected is not None and spot.person.id == selected.id
        if place is None or (crowded[place] and not chosen):
            continue
        name = spot.person.name if len(spot.person.name) <= 14 else spot.person.name[:13] + "…"
        width = _text_width(painter, name, 0.8, bold=chosen) + 4
        label = _free_label_rect(spot, width, line, taken)
        taken.append(label)
        _text(
            painter,
            label,
            name,
            palette.text,
            Qt.AlignmentFlag.AlignCenter,
            scale=0.8,
            bold=chosen,
        )
    painter.restore()


def _free_label_rect(
    spot: PlacedPerson, width: float, height: float, taken: Sequence[QRectF]
) -> QRectF:
    """Where a name goes: under its dot, or above, left or right when that is taken."""
    x, y, r = spot.center.x(), spot.center.y(), spot.radius * 1.3
    options = (
        QRectF(x - width / 2, y + r, width, height),
        QRectF(x - width / 2, y - r - height, width, height),
        QRectF(x + r + 2, y - height / 2, width, height),
        QRectF(x - r - 2 - width, y - height / 2, width, height),
    )
    for rect in options:
        if not any(rect.intersects(other) for other in taken):
            return rect
    return options[0]


def draw_recency_legend(
    painter: QPainter, rect: QRectF, palette: ChartPalette, sample: Circle = Circle.CLOSE
) -> float:
    """Under the map: what each outline means, with a sample dot for each.

    Items wrap onto a second row when ``rect`` is narrow; returns the height used.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = _line_height(painter, 0.9)
    row = line * 1.9
    radius = line * 0.5
    x, y = rect.left(), rect.top()
    for recency in Recency:
        label = recency_label(recency)
        width = radius * 4.4 + _text_width(painter, label, 0.9) + 2
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + row
        middle = y + row / 2
        dot = QPointF(x + radius * 1.8, middle)
        _dot(painter, dot, radius, palette.circles[sample], recency, palette.text)
        _text(
            painter,
            QRectF(x + radius * 4.4, y, width, row),
            label,
            palette.text,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            scale=0.9,
        )
        x += width + line * 1.2
    painter.restore()
    return y + row - rect.top()


def draw_empty_map_hint(painter: QPainter, rect: QRectF, palette: ChartPalette) -> None:
    """Said gently when no one is on the map yet."""
    _text(
        painter,
        rect,
        tr("No one is on your map yet. When you note a moment with someone, they appear here."),
        palette.muted,
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
    )


def rounded_panel(painter: QPainter, rect: QRectF, palette: ChartPalette) -> None:
    """A soft card behind a chart on paper."""
    path = QPainterPath()
    path.addRoundedRect(rect, 6, 6)
    painter.save()
    painter.setPen(QPen(palette.grid, 1))
    painter.setBrush(QBrush(palette.background))
    painter.drawPath(path)
    painter.restore()
