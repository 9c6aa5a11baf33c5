"""Hypothesis strategies for records of every kind, valid by construction.

Shared by the tests of the JSON shape (domain) and of the stored shape (storage).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from journal_app.domain.emotions import EMOTION_WORDS
from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    SessionReflection,
    Support,
    TimeAlone,
)

offsets = st.integers(min_value=-18 * 60, max_value=18 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.builds(
    lambda naive, tz: naive.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30)),
    offsets,
)
utc_moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(microsecond=0, tzinfo=UTC)
)
texts = st.text(st.characters(exclude_characters="\x00"), max_size=60)
names = st.text(
    st.characters(exclude_characters="\x00\n\r\t", exclude_categories=("Zs", "Cc")),
    min_size=1,
    max_size=20,
)
words = st.text(
    st.characters(exclude_characters=",\n\x00", exclude_categories=("Zs", "Cc")),
    min_size=1,
    max_size=12,
)


reflections = st.builds(
    SessionReflection,
    heard=st.none() | st.integers(0, 10),
    goals=st.none() | st.integers(0, 10),
    approach=st.none() | st.integers(0, 10),
    bring_up=st.text(st.characters(exclude_characters="\x00\n\r"), max_size=40),
    share_bring_up=st.booleans(),
)


def optional(low: int, high: int) -> st.SearchStrategy[int | None]:
    return st.none() | st.integers(low, high)


def common() -> dict[str, Any]:
    return {
        "id": st.text("0123456789abcdef", min_size=1, max_size=64),
        "at": moments,
        "note": texts,
        "share": st.booleans(),
        "created": utc_moments,
        "updated": utc_moments,
    }


records: st.SearchStrategy[AnyRecord] = st.one_of(
    st.builds(
        MoodCheckIn,
        score=st.integers(1, 10),
        distress=optional(0, 10),
        emotions=st.lists(st.sampled_from(EMOTION_WORDS), max_size=4).map(tuple),
        **common(),
    ),
    st.builds(
        ConnectionMoment,
        circle=st.sampled_from([c for c in Circle if c is not Circle.PROFESSIONAL]),
        minutes=st.integers(0, 1440),
        person=st.none() | names,
        mode=st.sampled_from(ContactMode),
        felt_safe=optional(1, 5),
        initiated=st.booleans(),
        support=st.none() | st.sampled_from(Support),
        **common(),
    ),
    st.builds(
        ConnectionMoment,
        circle=st.just(Circle.PROFESSIONAL),
        minutes=st.integers(0, 1440),
        person=st.none() | names,
        felt_safe=optional(1, 5),
        support=st.none() | st.sampled_from(Support),
        reflection=st.none() | reflections,
        **common(),
    ),
    st.builds(
        TimeAlone,
        minutes=st.integers(1, 1440),
        chosen=st.booleans(),
        loneliness=optional(0, 10),
        **common(),
    ),
    st.builds(
        BoundaryPractice,
        type=st.sampled_from(BoundaryType),
        outcome=st.sampled_from(Outcome),
        circle=st.none() | st.sampled_from(Circle),
        person=st.none() | names,
        fear_before=optional(0, 10),
        felt_after=optional(0, 10),
        **common(),
    ),
    st.builds(
        JournalEntry,
        text=texts.filter(lambda t: t.strip()),
        title=st.text(st.characters(exclude_characters="\x00"), max_size=30),
        tags=st.lists(words, max_size=4).map(tuple),
        **common(),
    ),
)
