"""The one JSON shape of a record: generated records survive the round trip unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from record_strategies import names, records

from journal_app.domain.records import (
    AnyRecord,
    Circle,
    ConnectionMoment,
    MoodCheckIn,
    Person,
)
from journal_app.domain.serialize import (
    person_from_json,
    person_to_json,
    record_from_json,
    record_to_json,
)
from journal_app.domain.validation import ValidationError


@given(records)
@settings(max_examples=300, deadline=None)
def test_a_record_survives_json_unchanged(record: AnyRecord) -> None:
    document = json.loads(json.dumps(record_to_json(record)))
    again = record_from_json(document)
    assert again == record
    assert again.at.utcoffset() == record.at.utcoffset()
    assert record_to_json(again) == record_to_json(record)


def test_a_record_with_seconds_keeps_them() -> None:
    """Imported records may carry seconds; the JSON shape must not drop them."""
    at = datetime(2026, 11, 16, 9, 30, 45, tzinfo=timezone(timedelta(hours=1)))
    record = MoodCheckIn(score=4, at=at)
    assert record_from_json(record_to_json(record)).at == at


def test_the_json_shape_of_a_record() -> None:
    record = ConnectionMoment(
        id="abc",
        at=datetime(2026, 11, 16, 9, 30, tzinfo=timezone(timedelta(hours=1))),
        created=datetime(2026, 11, 16, 8, 31, 5, tzinfo=UTC),
        updated=datetime(2026, 11, 16, 8, 31, 5, tzinfo=UTC),
        circle="peer",
        minutes=45,
        person="Sam",
        mode="call",
        felt_safe=4,
        initiated=True,
        note="group",
        share=True,
    )
    assert record_to_json(record) == {
        "id": "abc",
        "kind": "connection",
        "at": "2026-11-16T09:30+01:00",
        "note": "group",
        "share": True,
        "created": "2026-11-16T08:31:05+00:00",
        "updated": "2026-11-16T08:31:05+00:00",
        "circle": "peer",
        "person": "Sam",
        "minutes": 45,
        "mode": "call",
        "felt_safe": 4,
        "initiated": True,
        "support": None,
        "reflection": None,
    }


GOOD = {"kind": "mood", "at": "2026-11-16T09:30+01:00", "score": 5}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"at": "2026-11-16T09:30"}, "at"),
        ({"at": "2026-02-30T09:30+01:00"}, "at"),
        ({"at": "yesterday"}, "at"),
        ({"at": 1700000000}, "at"),
        ({"created": "not a date"}, "created"),
        ({"updated": "2026-11-16T09:30"}, "updated"),
        ({"kind": "dream"}, "kind"),
        ({"score": 11}, "score"),
        ({"score": "5"}, "score"),
        ({"distress": -1}, "distress"),
        ({"emotions": ["elated"]}, "emotions"),
        ({"share": "yes"}, "share"),
        ({"note": ["a"]}, "note"),
        ({"mood": 5}, "mood"),
    ],
)
def test_a_malformed_document_is_refused_naming_the_field(
    change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        record_from_json({**GOOD, **change})
    assert caught.value.field == field


def test_a_document_that_is_not_an_object_is_refused() -> None:
    for wrong in ([], "mood", None, 5):
        with pytest.raises(ValidationError):
            record_from_json(wrong)
    with pytest.raises(ValidationError) as caught:
        record_from_json({"at": "2026-11-16T09:30+01:00", "score": 5})
    assert caught.value.field == "kind"


@given(name=names, circle=st.sampled_from(Circle), archived=st.booleans())
@settings(deadline=None)
def test_a_person_survives_json(name: str, circle: Circle, archived: bool) -> None:
    person = Person(name=name, circle=circle, archived=archived)
    assert person_from_json(json.loads(json.dumps(person_to_json(person)))) == person


@pytest.mark.parametrize(
    "wrong",
    [
        [],
        {"name": "", "circle": "peer"},
        {"name": "Sam", "circle": "friends"},
        {"name": "Sam", "circle": "peer", "archived": "no"},
        {"circle": "peer"},
    ],
)
def test_a_malformed_person_is_refused(wrong: object) -> None:
    with pytest.raises(ValidationError):
        person_from_json(wrong)
