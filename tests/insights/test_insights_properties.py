"""Properties of the weekly summary that must hold for any records at all."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    TimeAlone,
)
from journal_app.insights import WeekStart, parse_week, summarize_week

# W46 to W48 around the week under test, so some records fall outside it.
FIRST_DAY = date(2026, 11, 8)
LAST_DAY = date(2026, 11, 30)

offsets = st.integers(min_value=-12 * 4, max_value=14 * 4).map(
    lambda quarters: timezone(timedelta(minutes=15 * quarters))
)
moments = st.builds(
    lambda day, t, tz: datetime.combine(day, t, tzinfo=tz),
    st.dates(min_value=FIRST_DAY, max_value=LAST_DAY),
    st.times(),
    offsets,
)
names = st.sampled_from(["Sam", "sam", "Ana", "Dr K", "Jo"]) | st.none()
common: dict[str, Any] = {
    "at": moments,
    "note": st.sampled_from(["", " ", "a note"]),
    "share": st.booleans(),
}
optional_0_10 = st.none() | st.integers(0, 10)

records = st.one_of(
    st.builds(
        MoodCheckIn,
        score=st.integers(1, 10),
        distress=optional_0_10,
        **common,
    ),
    st.builds(
        ConnectionMoment,
        circle=st.sampled_from(list(Circle)),
        minutes=st.integers(0, 1440),
        person=names,
        felt_safe=st.none() | st.integers(1, 5),
        initiated=st.booleans(),
        **common,
    ),
    st.builds(
        TimeAlone,
        minutes=st.integers(1, 1440),
        chosen=st.booleans(),
        loneliness=optional_0_10,
        **common,
    ),
    st.builds(
        BoundaryPractice,
        type=st.sampled_from(list(BoundaryType)),
        outcome=st.sampled_from(list(Outcome)),
        fear_before=optional_0_10,
        felt_after=optional_0_10,
        **common,
    ),
    st.builds(JournalEntry, text=st.just("words"), **common),
)
record_lists = st.lists(records, max_size=40)
week_starts = st.sampled_from(list(WeekStart))


def counts(doc: dict[str, Any]) -> dict[str, int]:
    """Every count of the summary that can only grow as records are added."""
    c, a, m, b = doc["connection"], doc["alone"], doc["mood"], doc["boundaries"]
    found = {
        "days_logged": doc["days_logged"],
        "connected_days": doc["connected_days"],
        "contact_or_isolation_days": doc["connected_days"] + doc["isolated_days"],
        "shared_notes": len(doc["shared_notes"]),
        "checkins": m["checkins"],
        **{f"connection.{k}": c[k] for k in ("moments", "minutes", "people", "initiated")},
        **{f"alone.{k}": v for k, v in a.items()},
        **{f"boundaries.{k}": b[k] for k in ("practised", "held", "partly", "not_held")},
    }
    for circle, figures in c["by_circle"].items():
        found[f"{circle}.moments"] = figures["moments"]
        found[f"{circle}.minutes"] = figures["minutes"]
    return found


@given(record_lists, week_starts)
def test_invariants(items: list[AnyRecord], start: WeekStart) -> None:
    week = parse_week("2026-W47", start)
    doc = summarize_week(items, items, week).to_json()
    c = doc["connection"]
    assert sum(f["moments"] for f in c["by_circle"].values()) == c["moments"]
    assert sum(f["minutes"] for f in c["by_circle"].values()) == c["minutes"]
    assert list(c["by_circle"]) == ["close", "peer", "community", "professional"]
    for balance in (doc["balance"], doc["previous"]["balance"]):
        assert balance is None or 0.0 <= balance <= 1.0
    assert (doc["balance"] is None) == (c["minutes"] + doc["alone"]["unchosen_minutes"] == 0)
    assert doc["connected_days"] + doc["isolated_days"] <= doc["days_logged"] <= 7
    in_week = [r for r in items if week.start <= r.day <= week.end]
    assert doc["days_logged"] == len({r.day for r in in_week})
    assert list(doc["mood"]["by_day"]) == [d.isoformat() for d in week.days()]
    assert doc["mood"]["checkins"] == sum(isinstance(r, MoodCheckIn) for r in in_week)
    for avg in (
        doc["mood"]["avg"],
        doc["mood"]["avg_connected_days"],
        doc["mood"]["avg_other_days"],
    ):
        assert avg is None or 1.0 <= avg <= 10.0
    assert c["initiated"] <= c["moments"]
    assert doc["alone"]["unchosen_periods"] <= doc["alone"]["unchosen_minutes"]


@given(record_lists, records, week_starts)
@settings(max_examples=200)
def test_adding_a_record_never_lowers_a_count(
    items: list[AnyRecord], extra: AnyRecord, start: WeekStart
) -> None:
    week = parse_week("2026-W47", start)
    before = summarize_week(items, items, week).to_json()
    after = summarize_week([*items, extra], [*items, extra], week).to_json()
    grown = counts(after)
    for key, value in counts(before).items():
        assert grown[key] >= value, key
    # A connection moment may turn an isolated day into a connected one;
    # nothing else can lower the number of isolated days.
    if not isinstance(extra, ConnectionMoment):
        assert after["isolated_days"] >= before["isolated_days"]
    for key in ("connection_moments", "connection_minutes", "unchosen_minutes"):
        assert after["previous"][key] >= before["previous"][key]


@given(record_lists, st.randoms(use_true_random=False))
def test_the_order_of_records_does_not_matter_except_for_shared_notes(
    items: list[AnyRecord], rng: Any
) -> None:
    week = parse_week("2026-W47")
    doc = summarize_week(items, [], week).to_json()
    shuffled = list(items)
    rng.shuffle(shuffled)
    again = summarize_week(shuffled, [], week).to_json()
    doc_notes, again_notes = doc.pop("shared_notes"), again.pop("shared_notes")
    assert doc == again
    assert sorted(map(str, doc_notes)) == sorted(map(str, again_notes))


@given(st.lists(moments, max_size=30))
def test_a_record_counts_on_the_day_written_on_it(ats: list[datetime]) -> None:
    week = parse_week("2026-W47")
    items = [MoodCheckIn(score=5, at=a) for a in ats]
    by_day = summarize_week(items, [], week).to_json()["mood"]["by_day"]
    for day in week.days():
        expected = 5.0 if any(a.date() == day for a in ats) else None
        assert by_day[day.isoformat()] == expected
