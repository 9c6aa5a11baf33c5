"""Weeks as the user lives them: seven local calendar days.

A week is seven *dates*, never a span of 168 hours, so a week that contains a
daylight-saving change has seven days like any other, and a record belongs to
the day printed on it (``record.day``), whatever zone the machine is in later.

Labels:
    Monday weeks are ISO weeks and are labelled ``YYYY-Www`` (ISO 8601).
    Sunday weeks start on the Sunday *before* an ISO week's Monday and carry
    that ISO week's label: the Sunday week labelled ``2026-W47`` runs from
    Sunday 2026-11-15 to Saturday 2026-11-21, and ISO week 2026-W47 runs from
    Monday 2026-11-16 to Sunday 2026-11-22. Six of the seven days are shared,
    so "week 47" means nearly the same days whichever setting is chosen, and
    ``parse_week(week.label, week.week_start) == week`` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from journal_app.domain import tr
from journal_app.domain.validation import ValidationError, one_of

_LABEL = re.compile(r"(\d{4})-[Ww](\d{2})")
_FIRST_YEAR = 1900
_LAST_YEAR = 2999


class WeekStart(StrEnum):
    MONDAY = "monday"
    SUNDAY = "sunday"


@dataclass(frozen=True)
class Week:
    """Seven consecutive local calendar days starting on ``start``."""

    start: date
    week_start: WeekStart = WeekStart.MONDAY

    def __post_init__(self) -> None:
        object.__setattr__(self, "week_start", one_of("week_start", self.week_start, WeekStart))
        expected = 0 if self.week_start is WeekStart.MONDAY else 6
        if self.start.weekday() != expected:
            raise ValidationError(
                "week",
                tr("a {start} week cannot start on {day}").format(
                    start=self.week_start.value, day=self.start.isoformat()
                ),
            )

    @property
    def end(self) -> date:
        """The last day of the week, inclusive."""
        return self.start + timedelta(days=6)

    @property
    def label(self) -> str:
        """``YYYY-Www``: the ISO week of this week's Monday (see module docstring)."""
        monday = self.start if self.week_start is WeekStart.MONDAY else self.start + timedelta(1)
        year, number, _ = monday.isocalendar()
        return f"{year:04d}-W{number:02d}"

    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=i) for i in range(7))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def previous(self) -> Week:
        return Week(self.start - timedelta(days=7), self.week_start)

    def next(self) -> Week:
        return Week(self.start + timedelta(days=7), self.week_start)


def week_of(day: date, week_start: WeekStart | str = WeekStart.MONDAY) -> Week:
    """The week (Monday or Sunday start) that contains the local ``day``."""
    start_on = one_of("week_start", week_start, WeekStart)
    back = day.weekday() if start_on is WeekStart.MONDAY else (day.weekday() + 1) % 7
    return Week(day - timedelta(days=back), start_on)


def parse_week(text: str, week_start: WeekStart | str = WeekStart.MONDAY) -> Week:
    """The week labelled ``text`` (``YYYY-Www``), for Monday or Sunday weeks.

    Raises:
        ValidationError: on the field ``week`` when ``text`` is not a week
            label or names a week that does not exist (``2026-W54``, or
            ``W53`` in a year of 52 ISO weeks).
    """
    start_on = one_of("week_start", week_start, WeekStart)
    match = _LABEL.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise ValidationError(
            "week",
            tr("{text} is not a week; allowed: YYYY-Www, e.g. 2026-W47").format(text=repr(text)),
        )
    year, number = int(match.group(1)), int(match.group(2))
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValidationError(
            "week",
            tr("year must be from {first} to {last}; allowed: YYYY-Www").format(
                first=_FIRST_YEAR, last=_LAST_YEAR
            ),
        )
    weeks_in_year = date(year, 12, 28).isocalendar()[1]
    if not 1 <= number <= weeks_in_year:
        raise ValidationError(
            "week",
            tr("{year} has weeks W01 to W{last}, not W{number}; allowed: YYYY-Www").format(
                year=year, last=f"{weeks_in_year:02d}", number=f"{number:02d}"
            ),
        )
    monday = date.fromisocalendar(year, number, 1)
    if start_on is WeekStart.MONDAY:
        return Week(monday, start_on)
    return Week(monday - timedelta(days=1), start_on)


def weeks_ending(last: Week, count: int) -> list[Week]:
    """The ``count`` weeks up to and including ``last``, oldest first."""
    if count < 0:
        raise ValidationError("weeks", tr("must be 0 or more, not {count}").format(count=count))
    weeks: list[Week] = []
    week = last
    for _ in range(count):
        weeks.append(week)
        week = week.previous()
    weeks.reverse()
    return weeks
