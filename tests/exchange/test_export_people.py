"""People off the map, support given and received, and session reflections in every format.

One small journal: a week (2026-W47) with three sessions with a therapist,
moments where support went each way, and someone named only in a boundary
(off the support map).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.domain.records import (
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    Person,
    SessionReflection,
    Support,
)
from journal_app.errors import InvalidImportFile
from journal_app.exchange.csvexport import COLUMNS
from journal_app.exchange.export import collect, export
from journal_app.exchange.importers import ImportKind, apply, read_import
from journal_app.exchange.jsondoc import from_document
from journal_app.services.journal import Journal

PASSPHRASE = "correct horse battery"
TZ = timezone(timedelta(hours=1))
MON = date(2026, 11, 16)
SUN = date(2026, 11, 22)
TOPIC = "the nightmares about Uncle Ray coming back"
PRIVATE_TOPIC = "whether to stop for a while"


def at(offset: int, hour: int) -> datetime:
    return datetime.combine(MON + timedelta(days=offset), time(hour), tzinfo=TZ)


def records() -> list:
    return [
        ConnectionMoment(id="s1", at=at(0, 10), circle=Circle.PROFESSIONAL, person="Dr Lee",
                         minutes=50, support=Support.RECEIVED,
                         reflection=SessionReflection(heard=6, goals=4, approach=None)),
        ConnectionMoment(id="s2", at=at(2, 10), circle=Circle.PROFESSIONAL, person="Dr Lee",
                         minutes=50, reflection=SessionReflection(heard=8, bring_up=TOPIC)),
        ConnectionMoment(id="s3", at=at(4, 10), circle=Circle.PROFESSIONAL, person="Dr Lee",
                         minutes=50, reflection=SessionReflection(
                             goals=7, approach=9, bring_up=PRIVATE_TOPIC, share_bring_up=False)),
        ConnectionMoment(id="g1", at=at(1, 18), circle=Circle.PEER, person="Mira", minutes=90,
                         support=Support.GAVE),
        ConnectionMoment(id="g2", at=at(3, 18), circle=Circle.PEER, person="Mira", minutes=60,
                         support=Support.GAVE),
        ConnectionMoment(id="r1", at=at(5, 12), circle=Circle.CLOSE, person="Sam", minutes=30,
                         support=Support.RECEIVED),
        ConnectionMoment(id="r2", at=at(6, 12), circle=Circle.CLOSE, person="Sam", minutes=30,
                         support=Support.RECEIVED),
        ConnectionMoment(id="m1", at=at(6, 15), circle=Circle.CLOSE, person="Sam", minutes=20,
                         support=Support.MUTUAL),
        BoundaryPractice(id="b1", at=at(3, 20), type="ending_contact", outcome="held",
                         person="Uncle Ray", fear_before=9, felt_after=7),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[Journal]:
    # ``qapp`` first: the QApplication the UI tests share must exist before any PDF is drawn.
    journal, _ = Journal.create(tmp_path_factory.mktemp("people") / "journal", PASSPHRASE)
    with journal:
        journal.add_many(records(), [Person(name="Old friend", circle=None, archived=True)])
        yield journal


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_the_person_named_only_in_a_boundary_is_off_the_map(journal: Journal) -> None:
    uncle = journal.find_person("Uncle Ray")
    assert uncle is not None and uncle.circle is None
    summary = collect(journal, MON, SUN).summary(collect(journal, MON, SUN).weeks()[0])
    # Off the map and never counted as support: the boundary is not a connection.
    assert summary.connection.people == 3  # Dr Lee, Mira, Sam
    assert summary.connection.support == {
        Support.GAVE: 2,
        Support.RECEIVED: 3,
        Support.MUTUAL: 1,
    }


def test_the_pdf_says_support_in_words_and_shows_how_sessions_felt(
    journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    export(journal, MON, SUN, "pdf", out)
    text = pdf_text(out)
    assert "You gave support twice and received it three times." in text
    assert "Support went both ways once." in text
    assert "How sessions felt" in text
    for question in (
        "I felt heard and understood",
        "We worked on what matters to me",
        "The way we worked suited me",
    ):
        assert question in text
    # One row per session, the answers as given; a dash where one was left out.
    assert "Mon 16 Nov 6 4 —" in text
    assert "Wed 18 Nov 8 — —" in text
    assert "Fri 20 Nov — 7 9" in text
    # The line to bring up is among the things to talk about, unless it was kept private.
    assert f"(to bring up next session): {TOPIC}" in text
    assert PRIVATE_TOPIC not in text
    # The answers stand as given: never added up, averaged or marked.
    section = text.split("How sessions felt")[1]
    for judgement in ("average", "total", "good", "bad", "fail"):
        assert judgement not in section.lower()


def test_no_notes_drops_what_to_bring_up_but_keeps_the_answers(
    journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "no-notes.md"
    export(journal, MON, SUN, "md", out, notes=False)
    text = out.read_text("utf-8")
    assert TOPIC not in text and PRIVATE_TOPIC not in text
    assert "## How sessions felt" in text
    assert "| Mon 16 Nov | 6 | 4 | — |" in text
    data = collect(journal, MON, SUN, notes=False)
    kept = {r.id: r for r in data.records}
    assert kept["s2"].reflection == SessionReflection(heard=8)  # type: ignore[union-attr]


def test_anonymizing_scrubs_names_from_what_to_bring_up(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "anon.json"
    export(journal, MON, SUN, "json", out, anonymize=True)
    text = out.read_text("utf-8")
    for name in ("Uncle Ray", "Dr Lee", "Mira", "Sam"):
        assert name not in text
    doc = json.loads(text)
    s2 = next(r for r in doc["records"] if r["id"] == "s2")
    assert s2["reflection"]["bring_up"] == "the nightmares about someone · U. coming back"
    assert {p["name"] for p in doc["people"]} >= {"someone · U.", "Professional support · D."}


def test_csv_adds_support_and_reflection_columns_at_the_end(
    journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "all.csv"
    export(journal, MON, SUN, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert list(rows[0]) == list(COLUMNS)
    assert COLUMNS[-6:] == (
        "support",
        "reflection_heard",
        "reflection_goals",
        "reflection_approach",
        "reflection_bring_up",
        "reflection_share_bring_up",
    )
    by_id = {row["id"]: row for row in rows}
    assert by_id["m1"]["support"] == "mutual"
    assert by_id["b1"]["support"] == "" and by_id["b1"]["circle"] == ""
    assert [by_id["s3"][f"reflection_{k}"] for k in ("heard", "goals", "approach")] == [
        "",
        "7",
        "9",
    ]
    assert by_id["s3"]["reflection_share_bring_up"] == "false"
    assert by_id["s2"]["reflection_bring_up"] == TOPIC


def test_json_round_trip_keeps_off_map_people_support_and_reflections(
    journal: Journal, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    export(journal, MON - timedelta(days=7), SUN, "json", first)
    doc = json.loads(first.read_text("utf-8"))
    people = {p["name"]: p for p in doc["people"]}
    assert people["Uncle Ray"] == {"name": "Uncle Ray", "circle": None, "archived": False}
    assert people["Old friend"] == {"name": "Old friend", "circle": None, "archived": True}
    again, _ = Journal.create(tmp_path / "again", PASSPHRASE)
    with again:
        plan = read_import(ImportKind.JSON, first)
        apply(again, plan)
        uncle = again.find_person("Uncle Ray")
        assert uncle is not None and uncle.circle is None
        assert again.get("s3") == journal.get("s3")
        second = tmp_path / "second.json"
        export(again, MON - timedelta(days=7), SUN, "json", second)
    redo = json.loads(second.read_text("utf-8"))
    assert redo["records"] == doc["records"]
    assert redo["people"] == doc["people"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"circle": "enemy"}, "circle: must be one of close, peer, community, professional"),
        ({"circle": None, "name": ""}, "name"),
    ],
)
def test_a_person_in_a_document_is_checked(change: dict[str, object], words: str) -> None:
    person = {"name": "A", "circle": "close", "archived": False, **change}
    doc = {"format": "journal-app", "version": 1, "people": [person]}
    with pytest.raises(InvalidImportFile, match="Person 1") as caught:
        from_document(doc)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        (
            {"circle": "peer", "reflection": {"heard": 5}},
            "only for a connection in the professional",
        ),
        ({"circle": "professional", "reflection": {"heard": 11}}, "heard: must be from 0 to 10"),
        ({"circle": "professional", "reflection": {"mood": 3}}, "mood: is not part of a session"),
        ({"circle": "professional", "reflection": [5]}, "reflection: must be an object"),
        ({"circle": "close", "support": "both"}, "support: must be one of gave, received, mutual"),
    ],
)
def test_support_and_reflections_in_a_document_are_checked(
    fields: dict[str, object], words: str
) -> None:
    record = {"kind": "connection", "at": "2026-11-16T09:30+01:00", "minutes": 5, **fields}
    doc = {"format": "journal-app", "version": 1, "records": [record]}
    with pytest.raises(InvalidImportFile, match="Record 1") as caught:
        from_document(doc)
    assert words in str(caught.value)


def test_a_document_from_before_support_and_reflections_still_reads() -> None:
    old = {
        "format": "journal-app",
        "version": 1,
        "people": [{"name": "Sam", "circle": "close", "archived": False}],
        "records": [
            {
                "kind": "connection",
                "at": "2026-11-16T09:30+01:00",
                "circle": "close",
                "person": "Sam",
                "minutes": 5,
                "mode": "call",
                "felt_safe": None,
                "initiated": False,
            }
        ],
    }
    (moment,), (sam,) = from_document(old)
    assert isinstance(moment, ConnectionMoment)
    assert (moment.support, moment.reflection) == (None, None)
    assert sam.circle is Circle.CLOSE
