"""A trend over several weeks: the same figures as the weekly summary, week by week."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from journal_app.domain import tr
from journal_app.domain.records import AnyRecord
from journal_app.domain.validation import ValidationError
from journal_app.insights.summary import week_figures
from journal_app.insights.weeks import Week


@dataclass(frozen=True)
class TrendPoint:
    """One week of a trend. ``avg_mood`` and ``balance`` are None when there is nothing."""

    week: Week
    days_logged: int
    connection_moments: int
    connection_minutes: int
    unchosen_minutes: int
    balance: float | None
    connected_days: int
    avg_mood: float | None
    boundaries_practised: int
    boundaries_held: int

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week.label,
            "start": self.week.start.isoformat(),
            "end": self.week.end.isoformat(),
            "days_logged": self.days_logged,
            "connection_moments": self.connection_moments,
            "connection_minutes": self.connection_minutes,
            "unchosen_minutes": self.unchosen_minutes,
            "balance": self.balance,
            "connected_days": self.connected_days,
            "avg_mood": self.avg_mood,
            "boundaries_practised": self.boundaries_practised,
            "boundaries_held": self.boundaries_held,
        }


def trend(records: Iterable[AnyRecord], weeks: Sequence[Week]) -> list[TrendPoint]:
    """One point per week of ``weeks``, in the order given.

    ``records`` may be in any order and may hold records of other weeks; each
    is read once and counted in the week of its local day. Every week gets a
    point, with zeros and Nones where nothing was logged.

    Raises:
        ValidationError: if ``weeks`` mixes Monday and Sunday weeks or repeats
            a week (a record would then count twice or be ambiguous).
    """
    starts: dict[date, list[AnyRecord]] = {}
    for week in weeks:
        if week.start in starts:
            raise ValidationError("weeks", tr("{week} is given twice").format(week=week.label))
        starts[week.start] = []
    if len({week.week_start for week in weeks}) > 1:
        raise ValidationError("weeks", tr("must all start on the same day"))
    if not weeks:
        return []
    offset = weeks[0].start.weekday()  # 0 for Monday weeks, 6 for Sunday weeks
    for record in records:
        day = record.at.date()
        start = date.fromordinal(day.toordinal() - (day.weekday() - offset) % 7)
        bucket = starts.get(start)
        if bucket is not None:
            bucket.append(record)

    points: list[TrendPoint] = []
    for week in weeks:
        figures = week_figures(starts[week.start], week)
        points.append(
            TrendPoint(
                week=week,
                days_logged=figures.days_logged,
                connection_moments=figures.connection.moments,
                connection_minutes=figures.connection.minutes,
                unchosen_minutes=figures.alone.unchosen_minutes,
                balance=figures.balance,
                connected_days=figures.connected_days,
                avg_mood=figures.mood.avg,
                boundaries_practised=figures.boundaries.practised,
                boundaries_held=figures.boundaries.held,
            )
        )
    return points
