"""Small builders of records for the insights tests: one line per record."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from journal_app.domain.records import (
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    TimeAlone,
)

UTC = UTC
WEST = timezone(timedelta(hours=-7))  # e.g. Mountain Standard Time
EAST = timezone(timedelta(hours=9))

# ISO week 2026-W47: Monday 2026-11-16 to Sunday 2026-11-22.
MON, TUE, WED, THU, FRI, SAT, SUN = (date(2026, 11, 16) + timedelta(days=i) for i in range(7))


def at(day: date, hour: int = 12, minute: int = 0, tz: tzinfo = UTC) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def mood(day: date, score: int, *, hour: int = 9, tz: tzinfo = UTC, **kw: Any) -> MoodCheckIn:
    return MoodCheckIn(score=score, at=at(day, hour, tz=tz), **kw)


def conn(
    day: date,
    minutes: int = 30,
    circle: Circle | str = Circle.CLOSE,
    *,
    hour: int = 12,
    tz: tzinfo = UTC,
    **kw: Any,
) -> ConnectionMoment:
    return ConnectionMoment(circle=Circle(circle), minutes=minutes, at=at(day, hour, tz=tz), **kw)


def alone(
    day: date, minutes: int, *, chosen: bool = False, hour: int = 18, tz: tzinfo = UTC, **kw: Any
) -> TimeAlone:
    return TimeAlone(minutes=minutes, chosen=chosen, at=at(day, hour, tz=tz), **kw)


def boundary(
    day: date, outcome: Outcome | str = Outcome.HELD, *, hour: int = 15, tz: tzinfo = UTC, **kw: Any
) -> BoundaryPractice:
    return BoundaryPractice(
        type=BoundaryType.SAYING_NO, outcome=Outcome(outcome), at=at(day, hour, tz=tz), **kw
    )


def entry(day: date, text: str = "Wrote a little.", *, hour: int = 21, **kw: Any) -> JournalEntry:
    return JournalEntry(text=text, at=at(day, hour), **kw)
