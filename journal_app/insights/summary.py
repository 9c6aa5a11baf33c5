"""The weekly summary: relational contact against isolation.

Definitions are those of DESIGN.md ("The weekly summary"), and
``WeeklySummary.to_json`` is the contract of ``summary --format json``.
Choices where the design is silent:

- Records whose local day falls outside the week are ignored, so a caller may
  pass a wider list; each record counts on ``record.day``, the calendar day
  printed on it, never a UTC day.
- Averages are over records (every check-in, every moment with a
  ``felt_safe``), rounded to 2 decimals; ``balance`` is rounded to 3
  decimals. Both are ``None`` when there is nothing to average.
- ``people`` counts distinct people named in connection moments, ignoring
  case ("Sam" and "sam" are one person). Moments without a person add none.
- A connection moment of 0 minutes (a message) is still a moment: it makes
  the day connected.
- ``shared_notes`` holds every record flagged to share that has a non-blank
  note, in order of local date and time (as ``list`` shows them). A shared
  journal entry without a note adds nothing here: its text goes to the
  therapist through the export, not the weekly summary. The line "Next time
  I want to bring up…" of a session reflection is a note of its own, flagged
  to share unless the user unticked it: it is listed too (kind
  ``connection``; ``SharedNote.next_time`` tells the two apart), after the
  record's own note.
- ``connection.support`` counts the moments where the user gave support,
  received it, or both (``mutual``); a moment that does not say adds to none.
- Moments count in the circle they were recorded in, whoever they name (a
  person later moved, or kept off the support map, does not change the past).
- Distress is "high" at ``HIGH_DISTRESS`` (7 of 10) or more; ``high_distress_days``
  counts the days with at least one such check-in. The range (``low``,
  ``high``) is over single check-ins, not day averages. ``top_emotions`` are the
  emotion words of the week's check-ins, most used first (ties alphabetically).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    MoodCheckIn,
    Outcome,
    RecordKind,
    Support,
    TimeAlone,
)
from journal_app.insights.weeks import Week

AVERAGE_DECIMALS = 2
BALANCE_DECIMALS = 3
HIGH_DISTRESS = 7  # distress of this much (of 10) or more counts as high


def mean(values: list[int]) -> float | None:
    """The mean rounded to ``AVERAGE_DECIMALS``, or None for no values."""
    if not values:
        return None
    return round(sum(values) / len(values), AVERAGE_DECIMALS)


def balance_of(connection_minutes: int, unchosen_minutes: int) -> float | None:
    """Connection minutes / (connection + unchosen isolation minutes), or None."""
    total = connection_minutes + unchosen_minutes
    if total == 0:
        return None
    return round(connection_minutes / total, BALANCE_DECIMALS)


@dataclass(frozen=True)
class CircleFigures:
    moments: int = 0
    minutes: int = 0


@dataclass(frozen=True)
class ConnectionFigures:
    moments: int
    minutes: int
    people: int
    initiated: int
    avg_felt_safe: float | None
    by_circle: Mapping[Circle, CircleFigures]
    support: Mapping[Support, int]


@dataclass(frozen=True)
class AloneFigures:
    unchosen_minutes: int
    unchosen_periods: int
    chosen_minutes: int


@dataclass(frozen=True)
class MoodFigures:
    """Mood check-ins.

    ``connected_days_with_checkins`` and ``other_days_with_checkins`` count the
    days behind ``avg_connected_days`` and ``avg_other_days``: the text only
    compares the two when each side has at least three days.

    ``low`` and ``high`` are the lowest and highest single check-in scores;
    ``high_distress_days`` the days with a distress of ``HIGH_DISTRESS`` or
    more; ``top_emotions`` each emotion word used with its count, most first.
    """

    checkins: int
    avg: float | None
    avg_connected_days: float | None
    avg_other_days: float | None
    by_day: Mapping[date, float | None]
    connected_days_with_checkins: int
    other_days_with_checkins: int
    low: int | None = None
    high: int | None = None
    distress_checkins: int = 0
    high_distress_days: tuple[date, ...] = ()
    top_emotions: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class BoundaryFigures:
    practised: int
    held: int
    partly: int
    not_held: int
    avg_fear_before: float | None
    avg_felt_after: float | None


@dataclass(frozen=True)
class SharedNote:
    """A note flagged to share; ``next_time`` when it is what to bring up next session."""

    day: date
    kind: RecordKind
    note: str
    next_time: bool = False


@dataclass(frozen=True)
class DayFigures:
    """One local calendar day of the week, for the text table and the UI."""

    day: date
    records: int
    connection_moments: int
    connection_minutes: int
    unchosen_minutes: int
    chosen_minutes: int
    mood_avg: float | None
    boundaries: int

    @property
    def logged(self) -> bool:
        """A day with no records is "not logged" — never isolated."""
        return self.records > 0

    @property
    def connected(self) -> bool:
        return self.connection_moments > 0

    @property
    def isolated(self) -> bool:
        """Unchosen isolation logged and no connection that day."""
        return self.unchosen_minutes > 0 and not self.connected


@dataclass(frozen=True)
class PreviousWeek:
    """The previous week's figures, for the comparison."""

    week: Week
    connection_moments: int
    connection_minutes: int
    unchosen_minutes: int
    balance: float | None


@dataclass(frozen=True)
class WeekFigures:
    """Everything about one week on its own, without the comparison."""

    week: Week
    days_logged: int
    connection: ConnectionFigures
    alone: AloneFigures
    connected_days: int
    isolated_days: int
    balance: float | None
    mood: MoodFigures
    boundaries: BoundaryFigures
    shared_notes: tuple[SharedNote, ...]
    days: tuple[DayFigures, ...]


@dataclass(frozen=True)
class WeeklySummary(WeekFigures):
    previous: PreviousWeek

    def to_json(self) -> dict[str, Any]:
        """The document of ``summary --format json`` (DESIGN.md); keys are a contract."""
        c, a, m, b, p = self.connection, self.alone, self.mood, self.boundaries, self.previous
        return {
            "week": self.week.label,
            "start": self.week.start.isoformat(),
            "end": self.week.end.isoformat(),
            "days_logged": self.days_logged,
            "connection": {
                "moments": c.moments,
                "minutes": c.minutes,
                "people": c.people,
                "initiated": c.initiated,
                "avg_felt_safe": c.avg_felt_safe,
                "support": {kind.value: c.support[kind] for kind in Support},
                "by_circle": {
                    circle.value: {
                        "moments": c.by_circle[circle].moments,
                        "minutes": c.by_circle[circle].minutes,
                    }
                    for circle in Circle
                },
            },
            "alone": {
                "unchosen_minutes": a.unchosen_minutes,
                "unchosen_periods": a.unchosen_periods,
                "chosen_minutes": a.chosen_minutes,
            },
            "connected_days": self.connected_days,
            "isolated_days": self.isolated_days,
            "balance": self.balance,
            "mood": {
                "checkins": m.checkins,
                "avg": m.avg,
                "avg_connected_days": m.avg_connected_days,
                "avg_other_days": m.avg_other_days,
                "by_day": {day.isoformat(): value for day, value in m.by_day.items()},
            },
            "boundaries": {
                "practised": b.practised,
                "held": b.held,
                "partly": b.partly,
                "not_held": b.not_held,
                "avg_fear_before": b.avg_fear_before,
                "avg_felt_after": b.avg_felt_after,
            },
            "shared_notes": [
                {"date": n.day.isoformat(), "kind": n.kind.value, "note": n.note}
                for n in self.shared_notes
            ],
            "previous": {
                "week": p.week.label,
                "connection_moments": p.connection_moments,
                "connection_minutes": p.connection_minutes,
                "unchosen_minutes": p.unchosen_minutes,
                "balance": p.balance,
            },
        }


class _Day:
    """Running totals of one day while the records are read."""

    __slots__ = (
        "boundaries",
        "chosen",
        "conn_minutes",
        "conn_moments",
        "distress",
        "moods",
        "records",
        "unchosen",
    )

    def __init__(self) -> None:
        self.records = 0
        self.conn_moments = 0
        self.conn_minutes = 0
        self.unchosen = 0
        self.chosen = 0
        self.boundaries = 0
        self.moods: list[int] = []
        self.distress: list[int] = []


def shared_notes_of(record: AnyRecord) -> list[SharedNote]:
    """What ``record`` brings to "Things I want to talk about": its note when it is
    marked to share, and a session's line to bring up when that is marked to share."""
    day = record.at.date()
    notes = []
    if record.share and record.note.strip():
        notes.append(SharedNote(day, record.kind, record.note))
    reflection = record.reflection if isinstance(record, ConnectionMoment) else None
    if reflection is not None and reflection.share_bring_up and reflection.bring_up:
        notes.append(SharedNote(day, record.kind, reflection.bring_up, True))
    return notes


def week_figures(records: Iterable[AnyRecord], week: Week) -> WeekFigures:
    """The figures of ``week`` from ``records`` (records of other days are ignored)."""
    days = {day: _Day() for day in week.days()}
    circle_moments = dict.fromkeys(Circle, 0)
    circle_minutes = dict.fromkeys(Circle, 0)
    people: set[str] = set()
    initiated = 0
    felt_safe: list[int] = []
    support = dict.fromkeys(Support, 0)
    unchosen_periods = 0
    outcomes = dict.fromkeys(Outcome, 0)
    fear_before: list[int] = []
    felt_after: list[int] = []
    shared: list[tuple[datetime, SharedNote]] = []
    emotions: dict[str, int] = {}

    for record in records:
        today = days.get(record.at.date())
        if today is None:
            continue
        today.records += 1
        notes = shared_notes_of(record)
        if notes:  # most records share nothing: no need to build their local time
            local = record.at.replace(tzinfo=None)  # the order of the user's own clock
            shared.extend((local, note) for note in notes)
        if isinstance(record, ConnectionMoment):
            today.conn_moments += 1
            today.conn_minutes += record.minutes
            circle_moments[record.circle] += 1
            circle_minutes[record.circle] += record.minutes
            if record.person is not None:
                people.add(record.person.casefold())
            if record.initiated:
                initiated += 1
            if record.felt_safe is not None:
                felt_safe.append(record.felt_safe)
            if record.support is not None:
                support[record.support] += 1
        elif isinstance(record, TimeAlone):
            if record.chosen:
                today.chosen += record.minutes
            else:
                today.unchosen += record.minutes
                unchosen_periods += 1
        elif isinstance(record, MoodCheckIn):
            today.moods.append(record.score)
            if record.distress is not None:
                today.distress.append(record.distress)
            for word in record.emotions:
                emotions[word] = emotions.get(word, 0) + 1
        elif isinstance(record, BoundaryPractice):
            today.boundaries += 1
            outcomes[record.outcome] += 1
            if record.fear_before is not None:
                fear_before.append(record.fear_before)
            if record.felt_after is not None:
                felt_after.append(record.felt_after)

    day_figures = tuple(
        DayFigures(
            day=day,
            records=d.records,
            connection_moments=d.conn_moments,
            connection_minutes=d.conn_minutes,
            unchosen_minutes=d.unchosen,
            chosen_minutes=d.chosen,
            mood_avg=mean(d.moods),
            boundaries=d.boundaries,
        )
        for day, d in days.items()
    )
    connection_minutes = sum(circle_minutes.values())
    unchosen_minutes = sum(d.unchosen for d in days.values())
    all_moods = [score for d in days.values() for score in d.moods]
    connected_moods = [s for d in days.values() if d.conn_moments for s in d.moods]
    other_moods = [s for d in days.values() if d.records and not d.conn_moments for s in d.moods]
    shared.sort(key=lambda pair: pair[0])

    return WeekFigures(
        week=week,
        days_logged=sum(1 for d in day_figures if d.logged),
        connection=ConnectionFigures(
            moments=sum(circle_moments.values()),
            minutes=connection_minutes,
            people=len(people),
            initiated=initiated,
            avg_felt_safe=mean(felt_safe),
            by_circle=MappingProxyType(
                {c: CircleFigures(circle_moments[c], circle_minutes[c]) for c in Circle}
            ),
            support=MappingProxyType(support),
        ),
        alone=AloneFigures(
            unchosen_minutes=unchosen_minutes,
            unchosen_periods=unchosen_periods,
            chosen_minutes=sum(d.chosen for d in days.values()),
        ),
        connected_days=sum(1 for d in day_figures if d.connected),
        isolated_days=sum(1 for d in day_figures if d.isolated),
        balance=balance_of(connection_minutes, unchosen_minutes),
        mood=MoodFigures(
            checkins=len(all_moods),
            avg=mean(all_moods),
            avg_connected_days=mean(connected_moods),
            avg_other_days=mean(other_moods),
            by_day=MappingProxyType({d.day: d.mood_avg for d in day_figures}),
            connected_days_with_checkins=sum(
                1 for d in days.values() if d.moods and d.conn_moments
            ),
            other_days_with_checkins=sum(
                1 for d in days.values() if d.moods and not d.conn_moments
            ),
            low=min(all_moods, default=None),
            high=max(all_moods, default=None),
            distress_checkins=sum(len(d.distress) for d in days.values()),
            high_distress_days=tuple(
                day for day, d in days.items() if any(x >= HIGH_DISTRESS for x in d.distress)
            ),
            top_emotions=tuple(sorted(emotions.items(), key=lambda pair: (-pair[1], pair[0]))),
        ),
        boundaries=BoundaryFigures(
            practised=sum(outcomes.values()),
            held=outcomes[Outcome.HELD],
            partly=outcomes[Outcome.PARTLY],
            not_held=outcomes[Outcome.NOT_HELD],
            avg_fear_before=mean(fear_before),
            avg_felt_after=mean(felt_after),
        ),
        shared_notes=tuple(note for _, note in shared),
        days=day_figures,
    )


def summarize_week(
    records_this_week: Iterable[AnyRecord],
    records_previous_week: Iterable[AnyRecord],
    week: Week,
) -> WeeklySummary:
    """The summary of ``week``, compared with the week before it.

    Either iterable may hold records of other days (for instance one list of
    both weeks): each week only counts the records of its own days.
    """
    this = week_figures(records_this_week, week)
    before = week_figures(records_previous_week, week.previous())
    previous = PreviousWeek(
        week=before.week,
        connection_moments=before.connection.moments,
        connection_minutes=before.connection.minutes,
        unchosen_minutes=before.alone.unchosen_minutes,
        balance=before.balance,
    )
    own = {f.name: getattr(this, f.name) for f in fields(WeekFigures)}
    return WeeklySummary(**own, previous=previous)
