"""The versioned JSON document: lossless round trip and clear refusals."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal_app.domain.records import (
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    Person,
    TimeAlone,
)
from journal_app.errors import InvalidImportFile
from journal_app.exchange.jsondoc import from_document, to_document

TZ = timezone(timedelta(hours=-5))
CREATED = datetime(2026, 11, 1, 12, 0, 5, tzinfo=UTC)


def sample_records() -> list:
    at = datetime(2026, 11, 16, 9, 30, tzinfo=TZ)
    common = {"created": CREATED, "updated": CREATED + timedelta(days=1)}
    return [
        MoodCheckIn(id="m1", at=at, score=6, distress=3, emotions=("calm", "tired"), **common),
        ConnectionMoment(
            id="c1",
            at=at + timedelta(hours=2),
            circle=Circle.PEER,
            minutes=90,
            person="R.",
            mode=ContactMode.VIDEO,
            felt_safe=4,
            initiated=True,
            note="group night",
            share=True,
            **common,
        ),
        TimeAlone(id="a1", at=at + timedelta(days=1), minutes=120, chosen=True, **common),
        BoundaryPractice(
            id="b1",
            at=at + timedelta(days=2),
            type=BoundaryType.SAYING_NO,
            outcome=Outcome.PARTLY,
            person="Sam",
            fear_before=7,
            felt_after=5,
            **common,
        ),
        JournalEntry(
            id="e1",
            at=at - timedelta(days=3),
            text="Line one\nLine two ✨",
            title="A hard day",
            tags=("family", "sleep"),
            **common,
        ),
    ]


def sample_people() -> list[Person]:
    return [
        Person(name="R.", circle=Circle.PEER),
        Person(name="Sam", circle=Circle.CLOSE, archived=True),
    ]


def test_round_trip_is_lossless_through_json_text() -> None:
    records = sample_records()
    doc = to_document(records, sample_people())
    assert doc["format"] == "journal-app"
    assert doc["version"] == 1
    back, people = from_document(json.loads(json.dumps(doc)))
    assert sorted(back, key=lambda r: r.id) == sorted(records, key=lambda r: r.id)
    assert people == sorted(sample_people(), key=lambda p: p.name.casefold())
    again = to_document(back, people, exported=datetime.fromisoformat(doc["exported"]))
    assert again == doc


def test_records_are_ordered_oldest_first() -> None:
    doc = to_document(sample_records(), [])
    ats = [datetime.fromisoformat(r["at"]) for r in doc["records"]]
    assert ats == sorted(ats)
    assert doc["records"][0]["id"] == "e1"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([], "not a JSON object"),
        ({"format": "jrnl", "version": 1}, '"format"'),
        ({"format": "journal-app"}, '"version"'),
        ({"format": "journal-app", "version": 2}, "newer version"),
        ({"format": "journal-app", "version": 1, "records": {}}, '"records"'),
        ({"format": "journal-app", "version": 1, "people": [{"name": "A"}]}, "Person 1"),
        (
            {
                "format": "journal-app",
                "version": 1,
                "records": [
                    {"kind": "mood", "at": "2026-11-16T09:30+01:00", "score": 5},
                    {"kind": "mood", "at": "2026-11-16T09:30+01:00", "score": 11},
                ],
            },
            "Record 2 in this export: score",
        ),
        (
            {
                "format": "journal-app",
                "version": 1,
                "records": [
                    {"id": "x", "kind": "mood", "at": "2026-11-16T09:30+01:00", "score": 5},
                    {"id": "x", "kind": "mood", "at": "2026-11-16T09:31+01:00", "score": 5},
                ],
            },
            "used twice",
        ),
    ],
)
def test_malformed_documents_are_refused_saying_where(data: object, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        from_document(data)
    assert words in str(caught.value)
    assert caught.value.exit_code == 5
