"""The one chart renderer: what is drawn where, read back from the pixels."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from journal_app.domain.records import MoodCheckIn, TimeAlone
from journal_app.exchange.charts import (
    SERIES_PATTERN,
    ChartPalette,
    draw_mood_chart,
    draw_week_chart,
    fill_series,
)
from journal_app.insights import parse_week, summarize_week

TZ = timezone(timedelta(hours=1))
W47 = parse_week("2026-W47")
WIDTH, HEIGHT = 700, 220


@pytest.fixture(autouse=True)
def _gui(qapp: Any) -> None:
    """Fonts need the application the UI tests share."""


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


def render(draw: Any) -> QImage:
    palette = ChartPalette.light()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(palette.background)
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, WIDTH, HEIGHT), palette)
    painter.end()
    return image


def colours_in(image: QImage, x0: int, x1: int, y0: int, y1: int) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for x in range(x0, x1) for y in range(y0, y1)}


def test_a_day_without_a_check_in_draws_nothing_on_the_mood_chart() -> None:
    """Monday only: the other six columns stay empty (no grey dots near 2)."""
    summary = summarize_week([MoodCheckIn(at=at(W47.start, 9), score=6)], [], W47)
    image = render(lambda p, r, pal: draw_mood_chart(p, r, summary, pal))
    palette = ChartPalette.light()
    marks = {palette.not_logged.name(), palette.mood.name()}
    slot = (WIDTH - 40) / 7
    for day in range(1, 7):  # Tuesday to Sunday, above the weekday names
        x0 = int(40 + slot * day + slot * 0.2)
        found = colours_in(image, x0, int(x0 + slot * 0.6), 40, HEIGHT - 30)
        assert not found & marks, day
    first = colours_in(image, 40, int(40 + slot), 30, HEIGHT - 30)
    assert palette.mood.name() in first


def test_series_differ_by_pattern_as_well_as_colour() -> None:
    assert len(set(SERIES_PATTERN.values())) == len(SERIES_PATTERN)
    palette = ChartPalette.light()
    for series, colour in (
        ("connection", palette.connection),
        ("isolation", palette.isolation),
        ("solitude", palette.solitude),
    ):
        image = QImage(40, 80, QImage.Format.Format_ARGB32)
        image.fill(palette.background)
        painter = QPainter(image)
        fill_series(painter, QRectF(0, 0, 40, 80), colour, SERIES_PATTERN[series], palette)
        painter.end()
        inside = colours_in(image, 2, 38, 2, 78)
        striped = len(inside) > 1
        assert striped == (SERIES_PATTERN[series] != "solid"), series


def test_the_week_chart_draws_unchosen_time_alone_striped() -> None:
    summary = summarize_week([TimeAlone(at=at(W47.start, 15), minutes=240)], [], W47)
    image = render(lambda p, r, pal: draw_week_chart(p, r, summary, pal))
    palette = ChartPalette.light()
    found = colours_in(image, 0, WIDTH // 7 + 60, 40, HEIGHT - 40)
    assert palette.isolation.name() in found and palette.background.name() in found


def test_time_axis_labels_get_the_room_they_need_in_any_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The axis is as wide as its widest label, not a sample sized for English
    ("45min" in Spanish lost its first figure)."""
    from journal_app.exchange import charts
    from journal_app.exchange.charts import draw_trend_chart
    from journal_app.insights import trend

    monkeypatch.setattr(charts, "short_duration", lambda minutes: f"{minutes} minutitos")
    drawn: list[tuple[QRectF, str, float]] = []
    real_text = charts._text

    def recording(painter: QPainter, rect: QRectF, text: str, *args: Any, **kw: Any) -> None:
        if text.endswith("minutitos"):
            width = charts._text_width(painter, text, kw.get("scale", 1.0))
            drawn.append((QRectF(rect), text, width))
        real_text(painter, rect, text, *args, **kw)

    monkeypatch.setattr(charts, "_text", recording)
    summary = summarize_week([TimeAlone(at=at(W47.start, 15), minutes=240)], [], W47)
    render(lambda p, r, pal: draw_week_chart(p, r, summary, pal))
    points = trend([TimeAlone(at=at(W47.start, 15), minutes=300)], [W47])
    render(lambda p, r, pal: draw_trend_chart(p, r, points, pal))
    assert {text for _, text, _ in drawn} >= {"240 minutitos", "0 minutitos"}
    for rect, text, width in drawn:
        assert rect.width() >= width, text
