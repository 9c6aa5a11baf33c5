"""The trend over several weeks agrees with the weekly summary, week by week."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from insights_factory import MON, SUN, TUE, WED, WEST, alone, at, boundary, conn, mood

from journal_app.domain.records import MoodCheckIn, Outcome
from journal_app.domain.validation import ValidationError
from journal_app.insights import parse_week, summarize_week, trend, weeks_ending

W47 = parse_week("2026-W47")


def test_trend_by_hand() -> None:
    w45, w46 = parse_week("2026-W45"), parse_week("2026-W46")
    records = [
        conn(w45.start, 30),
        alone(w45.start, 90),
        mood(w45.start, 4),
        # W46: nothing logged
        conn(MON, 60),
        conn(TUE, 20),
        alone(WED, 20),
        mood(MON, 6),
        mood(TUE, 9),
        boundary(WED, Outcome.HELD),
        boundary(WED, Outcome.NOT_HELD, hour=16),
        conn(date(2026, 11, 30), 999),  # W49: outside the trend
    ]
    random.Random(4).shuffle(records)
    points = trend(records, [w45, w46, W47])
    assert [p.to_json() for p in points] == [
        {
            "week": "2026-W45",
            "start": "2026-11-02",
            "end": "2026-11-08",
            "days_logged": 1,
            "connection_moments": 1,
            "connection_minutes": 30,
            "unchosen_minutes": 90,
            "balance": 0.25,
            "connected_days": 1,
            "avg_mood": 4.0,
            "boundaries_practised": 0,
            "boundaries_held": 0,
        },
        {
            "week": "2026-W46",
            "start": "2026-11-09",
            "end": "2026-11-15",
            "days_logged": 0,
            "connection_moments": 0,
            "connection_minutes": 0,
            "unchosen_minutes": 0,
            "balance": None,
            "connected_days": 0,
            "avg_mood": None,
            "boundaries_practised": 0,
            "boundaries_held": 0,
        },
        {
            "week": "2026-W47",
            "start": "2026-11-16",
            "end": "2026-11-22",
            "days_logged": 3,
            "connection_moments": 2,
            "connection_minutes": 80,
            "unchosen_minutes": 20,
            "balance": 0.8,
            "connected_days": 2,
            "avg_mood": 7.5,
            "boundaries_practised": 2,
            "boundaries_held": 1,
        },
    ]


@pytest.mark.parametrize("start", ["monday", "sunday"])
def test_trend_matches_the_weekly_summary_of_every_week(start: str) -> None:
    rng = random.Random(47)
    first = date(2026, 6, 1)
    records = []
    for _i in range(600):
        day = first + timedelta(days=rng.randrange(0, 180))
        hour = rng.randrange(0, 24)
        maker = rng.choice([conn, alone, mood, boundary])
        if maker is mood:
            records.append(mood(day, rng.randint(1, 10), hour=hour, tz=WEST))
        elif maker is conn:
            records.append(conn(day, rng.randint(0, 200), hour=hour, tz=WEST))
        elif maker is alone:
            records.append(alone(day, rng.randint(1, 300), chosen=rng.random() < 0.3, hour=hour))
        else:
            records.append(boundary(day, rng.choice(list(Outcome)), hour=hour))
    weeks = weeks_ending(parse_week("2026-W47", start), 30)
    points = trend(records, weeks)
    assert len(points) == 30
    assert sum(p.connection_moments for p in points) > 0
    for point in points:
        doc = summarize_week(records, [], point.week).to_json()
        assert point.connection_moments == doc["connection"]["moments"]
        assert point.connection_minutes == doc["connection"]["minutes"]
        assert point.unchosen_minutes == doc["alone"]["unchosen_minutes"]
        assert point.balance == doc["balance"]
        assert point.connected_days == doc["connected_days"]
        assert point.days_logged == doc["days_logged"]
        assert point.avg_mood == doc["mood"]["avg"]
        assert point.boundaries_practised == doc["boundaries"]["practised"]
        assert point.boundaries_held == doc["boundaries"]["held"]


def test_a_sunday_record_opens_the_next_sunday_week() -> None:
    weeks = weeks_ending(parse_week("2026-W48", "sunday"), 2)  # 15–21 and 22–28 November
    late = MoodCheckIn(score=8, at=at(SUN, 23, 30, tz=WEST))  # Sunday 22nd, local
    points = trend([late], weeks)
    assert [p.days_logged for p in points] == [0, 1]
    assert [p.avg_mood for p in points] == [None, 8.0]


def test_trend_refuses_repeated_or_mixed_weeks() -> None:
    with pytest.raises(ValidationError, match="given twice"):
        trend([], [W47, W47])
    with pytest.raises(ValidationError, match="same day"):
        trend([], [W47, parse_week("2026-W48", "sunday")])
    assert trend([conn(MON)], []) == []
