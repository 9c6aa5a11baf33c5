"""Weeks: ISO labels, Sunday weeks, parsing, and seven days whatever the clock does."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.validation import ValidationError
from journal_app.insights.weeks import Week, WeekStart, parse_week, week_of, weeks_ending


def test_monday_week_of_a_wednesday_is_the_iso_week() -> None:
    week = week_of(date(2026, 11, 18))
    assert (week.start, week.end, week.label) == (
        date(2026, 11, 16),
        date(2026, 11, 22),
        "2026-W47",
    )
    assert week.days()[0] == date(2026, 11, 16)
    assert week.days()[-1] == date(2026, 11, 22)
    assert len(week.days()) == 7


def test_sunday_week_starts_the_sunday_before_and_carries_the_iso_label() -> None:
    week = week_of(date(2026, 11, 18), "sunday")
    assert (week.start, week.end, week.label) == (
        date(2026, 11, 15),
        date(2026, 11, 21),
        "2026-W47",
    )
    # A Sunday opens the next Sunday week, but closes the ISO week.
    assert week_of(date(2026, 11, 22), "sunday").start == date(2026, 11, 22)
    assert week_of(date(2026, 11, 22), "sunday").label == "2026-W48"
    assert week_of(date(2026, 11, 22), "monday").label == "2026-W47"


@pytest.mark.parametrize(
    ("day", "label", "start"),
    [
        (date(2027, 1, 1), "2026-W53", date(2026, 12, 28)),  # 2026 has 53 ISO weeks
        (date(2021, 1, 3), "2020-W53", date(2020, 12, 28)),  # a Sunday in January
        (date(2024, 12, 30), "2025-W01", date(2024, 12, 30)),  # a Monday in December
    ],
)
def test_labels_across_the_new_year(day: date, label: str, start: date) -> None:
    week = week_of(day)
    assert week.label == label
    assert week.start == start
    assert parse_week(label) == week


def test_parse_week_for_both_starts() -> None:
    assert parse_week("2026-W47") == Week(date(2026, 11, 16))
    assert parse_week("2026-W47", WeekStart.SUNDAY) == Week(date(2026, 11, 15), WeekStart.SUNDAY)
    assert parse_week(" 2026-w47 ").start == date(2026, 11, 16)


@pytest.mark.parametrize(
    "text",
    ["2026-W54", "2025-W53", "2026-W00", "garbage", "2026-47", "2026W47", "", "26-W47", "2026-W4"],
)
def test_parse_week_refuses_what_is_not_a_week(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_week(text)
    assert caught.value.field == "week"
    assert "YYYY-Www" in str(caught.value)
    assert caught.value.exit_code == 2


def test_parse_week_refuses_an_unknown_week_start() -> None:
    with pytest.raises(ValidationError, match="week_start: must be one of monday, sunday"):
        parse_week("2026-W47", "tuesday")


def test_a_week_cannot_start_on_the_wrong_day() -> None:
    with pytest.raises(ValidationError, match="cannot start on 2026-11-17"):
        Week(date(2026, 11, 17))
    with pytest.raises(ValidationError):
        Week(date(2026, 11, 16), WeekStart.SUNDAY)


def test_a_week_with_a_daylight_saving_change_has_seven_days() -> None:
    # Europe/Berlin leaves summer time on Sunday 2026-10-25 (the week is 169 hours long).
    berlin = ZoneInfo("Europe/Berlin")
    week = week_of(datetime(2026, 10, 21, 12, tzinfo=berlin).date())
    assert week.label == "2026-W43"
    assert len(week.days()) == 7
    first = datetime.combine(week.start, datetime.min.time(), berlin).astimezone(UTC)
    after = datetime.combine(week.end + timedelta(1), datetime.min.time(), berlin)
    hours = (after.astimezone(UTC) - first) / timedelta(hours=1)
    assert hours == 169  # the clock really changed, and the week still has 7 days
    assert week.days() == tuple(date(2026, 10, 19) + timedelta(i) for i in range(7))


def test_previous_next_and_weeks_ending() -> None:
    week = parse_week("2026-W01")
    assert week.previous().label == "2025-W52"
    assert week.previous().next() == week
    weeks = weeks_ending(week, 52)
    assert len(weeks) == 52
    assert weeks[-1] == week
    assert weeks[0].label == "2025-W02"
    assert all(b.start - a.start == timedelta(7) for a, b in itertools.pairwise(weeks))
    assert weeks_ending(week, 0) == []


@given(
    day=st.dates(min_value=date(1901, 1, 1), max_value=date(2998, 12, 31)),
    start=st.sampled_from(list(WeekStart)),
)
def test_week_of_contains_the_day_and_its_label_parses_back(day: date, start: WeekStart) -> None:
    week = week_of(day, start)
    assert day in week
    assert week.end - week.start == timedelta(days=6)
    assert week.start.weekday() == (0 if start is WeekStart.MONDAY else 6)
    assert parse_week(week.label, start) == week


@given(text=st.text(max_size=12))
def test_parse_week_either_parses_or_names_the_field(text: str) -> None:
    try:
        week = parse_week(text)
    except ValidationError as exc:
        assert exc.field == "week"
    else:
        assert week.label == text.strip().upper()
