"""Weekly summaries computed by hand: every figure below was worked out on paper."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from insights_factory import (
    EAST,
    FRI,
    MON,
    SAT,
    SUN,
    THU,
    TUE,
    WED,
    WEST,
    alone,
    at,
    boundary,
    conn,
    entry,
    mood,
)

from journal_app.domain.records import Circle, MoodCheckIn, Outcome
from journal_app.insights import parse_week, summarize_week, week_of
from journal_app.insights.summary import balance_of, mean

W47 = parse_week("2026-W47")
W46 = parse_week("2026-W46")

EMPTY_WEEK = {
    "week": "2026-W47",
    "start": "2026-11-16",
    "end": "2026-11-22",
    "days_logged": 0,
    "connection": {
        "moments": 0,
        "minutes": 0,
        "people": 0,
        "initiated": 0,
        "avg_felt_safe": None,
        "support": {"gave": 0, "received": 0, "mutual": 0},
        "by_circle": {
            "close": {"moments": 0, "minutes": 0},
            "peer": {"moments": 0, "minutes": 0},
            "community": {"moments": 0, "minutes": 0},
            "professional": {"moments": 0, "minutes": 0},
        },
    },
    "alone": {"unchosen_minutes": 0, "unchosen_periods": 0, "chosen_minutes": 0},
    "connected_days": 0,
    "isolated_days": 0,
    "balance": None,
    "mood": {
        "checkins": 0,
        "avg": None,
        "avg_connected_days": None,
        "avg_other_days": None,
        "by_day": {
            "2026-11-16": None,
            "2026-11-17": None,
            "2026-11-18": None,
            "2026-11-19": None,
            "2026-11-20": None,
            "2026-11-21": None,
            "2026-11-22": None,
        },
    },
    "boundaries": {
        "practised": 0,
        "held": 0,
        "partly": 0,
        "not_held": 0,
        "avg_fear_before": None,
        "avg_felt_after": None,
    },
    "shared_notes": [],
    "previous": {
        "week": "2026-W46",
        "connection_moments": 0,
        "connection_minutes": 0,
        "unchosen_minutes": 0,
        "balance": None,
    },
}


def test_a_week_with_no_records_has_zero_counts_and_null_averages() -> None:
    assert summarize_week([], [], W47).to_json() == EMPTY_WEEK


def test_contact_and_isolation_on_the_same_day_is_connected_not_isolated() -> None:
    records = [
        alone(MON, 120, hour=8),
        conn(MON, 60, hour=17),  # reached someone later the same day
        alone(TUE, 30),  # Tuesday: unchosen isolation and nobody
    ]
    doc = summarize_week(records, [], W47).to_json()
    assert doc["connected_days"] == 1
    assert doc["isolated_days"] == 1  # Tuesday only
    assert doc["days_logged"] == 2
    assert doc["alone"] == {"unchosen_minutes": 150, "unchosen_periods": 2, "chosen_minutes": 0}
    assert doc["balance"] == 0.286  # 60 / (60 + 150) = 0.2857…


def test_chosen_solitude_is_never_isolation() -> None:
    records = [alone(TUE, 240, chosen=True), alone(WED, 90, chosen=True), mood(WED, 7)]
    summary = summarize_week(records, [], W47)
    doc = summary.to_json()
    assert doc["isolated_days"] == 0
    assert doc["alone"] == {"unchosen_minutes": 0, "unchosen_periods": 0, "chosen_minutes": 330}
    assert doc["balance"] is None  # no connection and no unchosen isolation
    assert doc["days_logged"] == 2
    assert [d.isolated for d in summary.days] == [False] * 7


def test_a_day_with_no_records_is_not_logged_and_not_isolated() -> None:
    summary = summarize_week([conn(MON, 10)], [], W47)
    assert [d.logged for d in summary.days] == [True] + [False] * 6
    assert summary.isolated_days == 0


def test_a_full_week_by_hand() -> None:
    records = [
        # Monday: connected; moods 4 and 6.
        mood(MON, 4, hour=8),
        conn(
            MON,
            50,
            Circle.PROFESSIONAL,
            person="Dr K",
            felt_safe=4,
            initiated=True,
            support="received",
        ),
        mood(MON, 6, hour=20),
        # Tuesday: two people, one named twice in different case; mood 7.
        conn(TUE, 30, Circle.CLOSE, person="Sam", felt_safe=5, hour=10, support="gave"),
        conn(TUE, 0, Circle.CLOSE, person="sam", mode="message", hour=11),
        conn(
            TUE, 90, Circle.PEER, person="Ana", initiated=True, felt_safe=3, hour=19, support="gave"
        ),
        mood(TUE, 7),
        # Wednesday: isolated; mood 3; a boundary that held.
        alone(WED, 180, loneliness=8),
        mood(WED, 3),
        boundary(WED, Outcome.HELD, fear_before=8, felt_after=6),
        # Thursday: only a journal entry — logged, not isolated.
        entry(THU, note="bring this up", share=True),
        # Friday: chosen solitude and a mood of 5; a boundary partly held.
        alone(FRI, 60, chosen=True),
        mood(FRI, 5),
        boundary(FRI, Outcome.PARTLY, fear_before=5),
        # Saturday: not logged.
        # Sunday: community, unchosen isolation too (so connected, not isolated).
        conn(SUN, 70, Circle.COMMUNITY, hour=10, note="  ", share=True),  # blank: not shared
        alone(SUN, 120, hour=20, note="felt far away", share=True),
    ]
    doc = summarize_week(records, [], W47).to_json()
    assert doc["days_logged"] == 6
    assert doc["connection"] == {
        "moments": 5,
        "minutes": 240,
        "people": 3,  # Dr K, Sam, Ana
        "initiated": 2,
        "avg_felt_safe": 4.0,  # (4 + 5 + 3) / 3
        "support": {"gave": 2, "received": 1, "mutual": 0},  # the others did not say
        "by_circle": {
            "close": {"moments": 2, "minutes": 30},
            "peer": {"moments": 1, "minutes": 90},
            "community": {"moments": 1, "minutes": 70},
            "professional": {"moments": 1, "minutes": 50},
        },
    }
    assert doc["alone"] == {"unchosen_minutes": 300, "unchosen_periods": 2, "chosen_minutes": 60}
    assert doc["connected_days"] == 3  # Mon, Tue, Sun
    assert doc["isolated_days"] == 1  # Wed
    assert doc["balance"] == 0.444  # 240 / 540
    assert doc["mood"] == {
        "checkins": 5,
        "avg": 5.0,  # (4 + 6 + 7 + 3 + 5) / 5
        "avg_connected_days": 5.67,  # (4 + 6 + 7) / 3 check-ins, not (5 + 7) / 2 days
        "avg_other_days": 4.0,  # Wed 3, Fri 5
        "by_day": {
            "2026-11-16": 5.0,
            "2026-11-17": 7.0,
            "2026-11-18": 3.0,
            "2026-11-19": None,
            "2026-11-20": 5.0,
            "2026-11-21": None,
            "2026-11-22": None,
        },
    }
    assert doc["boundaries"] == {
        "practised": 2,
        "held": 1,
        "partly": 1,
        "not_held": 0,
        "avg_fear_before": 6.5,
        "avg_felt_after": 6.0,
    }
    assert doc["shared_notes"] == [
        {"date": "2026-11-19", "kind": "entry", "note": "bring this up"},
        {"date": "2026-11-22", "kind": "alone", "note": "felt far away"},
    ]
    json.dumps(doc)  # plain JSON values only


def test_averages_are_over_records_not_days() -> None:
    records = [mood(MON, 2, hour=8), mood(MON, 4, hour=12), mood(MON, 9, hour=20), mood(TUE, 8)]
    doc = summarize_week(records, [], W47).to_json()
    assert doc["mood"]["avg"] == 5.75  # over days it would be (5 + 8) / 2 = 6.5
    assert doc["mood"]["by_day"]["2026-11-16"] == 5.0
    assert doc["mood"]["avg_other_days"] == 5.75


def test_previous_week_comparison() -> None:
    this = [conn(MON, 60), alone(TUE, 60)]
    before = [
        conn(parse_week("2026-W46").start, 20, Circle.PEER),
        conn(date(2026, 11, 15), 25, Circle.CLOSE),  # Sunday of W46
        alone(date(2026, 11, 12), 100),
        alone(date(2026, 11, 12), 50, chosen=True, hour=21),  # chosen: not in unchosen minutes
        conn(date(2026, 11, 8), 500),  # W45: not part of the comparison
    ]
    doc = summarize_week(this, before, W47).to_json()
    assert doc["previous"] == {
        "week": "2026-W46",
        "connection_moments": 2,
        "connection_minutes": 45,
        "unchosen_minutes": 100,
        "balance": 0.31,  # 45 / 145 = 0.3103…
    }
    assert doc["balance"] == 0.5
    # One list of both weeks gives the same summary as two lists.
    assert summarize_week(this + before, this + before, W47).to_json() == doc


def test_records_of_other_weeks_are_ignored() -> None:
    outside = [mood(date(2026, 11, 15), 2), mood(date(2026, 11, 23), 2), conn(date(2026, 12, 1))]
    assert summarize_week(outside, [], W47).to_json() == EMPTY_WEEK


def test_late_evening_west_of_utc_belongs_to_that_sundays_week() -> None:
    # 23:30 on Sunday 22 November at -07:00 is 06:30 UTC on Monday 23 November.
    late = MoodCheckIn(score=4, at=at(SUN, 23, 30, tz=WEST))
    assert late.at.astimezone(ZoneInfo("UTC")).date() == date(2026, 11, 23)
    this = summarize_week([late], [], W47).to_json()
    assert this["mood"]["by_day"]["2026-11-22"] == 4.0
    assert this["days_logged"] == 1
    following = summarize_week([late], [late], W47.next()).to_json()
    assert following["days_logged"] == 0
    assert following["previous"]["week"] == "2026-W47"
    # Early morning east of UTC: 00:30 Monday at +09:00 is still Sunday in UTC.
    early = MoodCheckIn(score=6, at=at(MON, 0, 30, tz=EAST))
    assert summarize_week([early], [], W47).to_json()["mood"]["by_day"]["2026-11-16"] == 6.0


@pytest.fixture
def machine_zone() -> Iterator[None]:
    """Put the machine's own clock far from the records' zone."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.usefixtures("machine_zone")
def test_the_machines_zone_does_not_move_a_record_to_another_day() -> None:
    late = MoodCheckIn(score=3, at=at(SUN, 23, 30, tz=WEST))
    assert time.localtime(late.at.timestamp()).tm_mday == 23  # Tokyo says Monday 23rd
    doc = summarize_week([late], [], W47).to_json()
    assert doc["mood"]["by_day"]["2026-11-22"] == 3.0
    assert week_of(late.day).label == "2026-W47"


def test_a_sunday_start_week() -> None:
    week = parse_week("2026-W47", "sunday")  # Sunday 15 to Saturday 21 November
    records = [
        conn(date(2026, 11, 15), 40),  # Sunday: first day
        alone(SAT, 60),  # Saturday: last day, isolated
        mood(SUN, 9),  # Sunday 22nd: the next Sunday week
    ]
    doc = summarize_week(records, records, week).to_json()
    assert (doc["week"], doc["start"], doc["end"]) == ("2026-W47", "2026-11-15", "2026-11-21")
    assert list(doc["mood"]["by_day"]) == [
        (date(2026, 11, 15) + timedelta(i)).isoformat() for i in range(7)
    ]
    assert doc["days_logged"] == 2
    assert doc["connected_days"] == 1
    assert doc["isolated_days"] == 1
    assert doc["mood"]["checkins"] == 0
    assert doc["previous"]["week"] == "2026-W46"
    assert doc["previous"]["connection_moments"] == 0


def test_a_week_with_a_daylight_saving_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # summer time ends 03:00 on Sunday 2026-10-25
    week = parse_week("2026-W43")
    records = [
        MoodCheckIn(score=5, at=at(day, 23, 30, tz=berlin))
        for day in week.days()  # +02:00 Monday to Saturday, +01:00 on Sunday
    ]
    assert {r.at.utcoffset() for r in records} == {timedelta(hours=2), timedelta(hours=1)}
    doc = summarize_week(records, [], week).to_json()
    assert doc["days_logged"] == 7
    assert list(doc["mood"]["by_day"].values()) == [5.0] * 7
    assert doc["end"] == "2026-10-25"


def test_rounding_of_averages_and_balance() -> None:
    assert mean([1, 2, 2]) == 1.67
    assert mean([]) is None
    assert balance_of(1, 2) == 0.333
    assert balance_of(0, 0) is None
    assert balance_of(0, 10) == 0.0
    assert balance_of(10, 0) == 1.0


def test_shared_notes_follow_the_users_own_clock() -> None:
    tuesday_east = MoodCheckIn(score=5, at=at(TUE, 1, tz=EAST), note="written in Tokyo", share=True)
    assert tuesday_east.at.astimezone(ZoneInfo("UTC")).hour == 16  # Monday 16:00 in UTC
    monday = mood(MON, 5, hour=20, note="written at home", share=True)  # Monday 20:00 UTC
    doc = summarize_week([tuesday_east, monday], [], W47).to_json()
    assert [n["note"] for n in doc["shared_notes"]] == ["written at home", "written in Tokyo"]
    assert [n["date"] for n in doc["shared_notes"]] == ["2026-11-16", "2026-11-17"]


def test_mood_range_high_distress_days_and_words_used_most() -> None:
    """Worked out by hand: scores 3, 8, 5 and 6; distress 7 (Tue), 6 and 9 (Thu), 10 (Sat,
    the week after, ignored); 'anxious' three times, 'tired' and 'calm' once each."""
    records = [
        mood(TUE, 3, distress=7, emotions=("anxious", "tired")),
        mood(TUE, 8, hour=20, distress=2, emotions=("calm", "anxious")),
        mood(THU, 5, distress=6, emotions=("anxious",)),
        mood(THU, 6, hour=21, distress=9),
        mood(SAT + timedelta(days=7), 1, distress=10, emotions=("numb",)),
    ]
    m = summarize_week(records, [], W47).mood
    assert (m.low, m.high) == (3, 8)
    assert m.distress_checkins == 4
    assert m.high_distress_days == (TUE, THU)  # 6 is not high; 7 is
    assert m.top_emotions == (("anxious", 3), ("calm", 1), ("tired", 1))


def test_mood_details_of_a_week_without_check_ins_are_empty() -> None:
    m = summarize_week([conn(MON)], [], W47).mood
    assert (m.low, m.high, m.distress_checkins) == (None, None, 0)
    assert m.high_distress_days == () and m.top_emotions == ()
