"""jrnl JSON exports and our own JSON document, read through ``read_import``."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import sample

from journal_app.domain.records import JournalEntry
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import parse_bytes, read_import
from journal_app.exchange.importers.jrnl import parse

BERLIN = ZoneInfo("Europe/Berlin")


def test_jrnl_entries_titles_tags_and_starred() -> None:
    records = parse(sample("jrnl.json").read_bytes(), zone=BERLIN)
    assert all(isinstance(r, JournalEntry) for r in records)
    first, second, third = records
    assert isinstance(first, JournalEntry)
    assert first.title == "First session with the new counsellor."
    assert first.text.startswith("She asked what I wanted")
    assert first.tags == ("therapy", "starred")  # starred is a favourite: a tag
    assert first.share is False  # never "share with my therapist"
    assert first.at.isoformat() == "2025-09-03T18:45:00+02:00"
    assert first.at.utcoffset() == timedelta(hours=2)
    assert isinstance(second, JournalEntry)
    assert (second.title, second.text, second.share) == ("", "Slept through the night.", False)
    assert isinstance(third, JournalEntry)
    assert third.tags == ("therapy", "family")


def test_jrnl_ids_are_stable_and_distinct() -> None:
    data = sample("jrnl.json").read_bytes()
    assert [r.id for r in parse(data, zone=BERLIN)] == [
        r.id for r in parse(data, zone=ZoneInfo("Asia/Tokyo"))
    ]
    doc = json.loads(data)
    doc["entries"].append(dict(doc["entries"][0]))  # the very same entry twice
    records = parse(json.dumps(doc).encode(), zone=BERLIN)
    assert len({r.id for r in records}) == 4


def test_read_import_counts_and_range() -> None:
    plan = read_import("jrnl", sample("jrnl.json"))
    assert plan.counts == {"entry": 3}
    assert plan.date_range is not None
    assert [d.isoformat() for d in plan.date_range] == ["2025-09-03", "2025-09-10"]
    assert plan.labels_found == ()


def entry(**changes: object) -> bytes:
    base = {"title": "t.", "body": "b", "date": "2025-01-02", "time": "10:00", "tags": []}
    return json.dumps({"tags": {}, "entries": [base, {**base, **changes}]}).encode()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"[]", '"entries"'),
        (b'{"entries": {}}', '"entries"'),
        (b'{"entries": [1]}', "Entry 1"),
        (b'{"entries": [', "line 1, column"),
        (entry(date="2025-02-30"), "Entry 2"),
        (entry(time="7 o'clock"), "Entry 2"),
        (entry(title="", body=""), "Entry 2"),
        (entry(starred="yes"), "Entry 2"),
        (entry(tags="@a"), "Entry 2"),
        (entry(body=5), "Entry 2"),
        (entry(body="a\x00b"), "Entry 2"),
        (entry(tags=["x" * 300]), "Entry 2"),
        (b'{"entries": [{"title": "\\ud800"}]}', "surrogate"),
        (b"\xfe\xff{}", "UTF-8"),
    ],
)
def test_broken_jrnl_says_which_entry(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("jrnl", data)
    assert words in str(caught.value)


def test_own_json_document_through_read_import(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            {
                "format": "journal-app",
                "version": 1,
                "people": [{"name": "Dr K", "circle": "professional", "archived": True}],
                "records": [
                    {
                        "id": "abc123",
                        "kind": "connection",
                        "at": "2026-11-16T16:00+01:00",
                        "note": "Session",
                        "share": True,
                        "created": "2026-11-16T15:10:00+00:00",
                        "updated": "2026-11-17T08:00:00+00:00",
                        "circle": "professional",
                        "person": "Dr K",
                        "minutes": 50,
                        "mode": "video",
                        "felt_safe": 4,
                        "initiated": False,
                    }
                ],
            }
        )
    )
    plan = read_import("json", path)
    assert plan.counts == {"connection": 1}
    (record,) = plan.records
    assert record.id == "abc123"
    assert record.share is True
    assert plan.people[0].archived is True


def test_own_json_refuses_other_formats() -> None:
    with pytest.raises(InvalidImportFile, match="not a journal-app export"):
        parse_bytes("json", sample("jrnl.json").read_bytes())


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            b'{"entries": [{"title": "never closed',
            "Unterminated string starting at line 1, column 24",
        ),
        (
            b'{"entries": [{"title": "a", "date": "2020-01-01"} {"title": "b"}]}',
            "Expecting ',' delimiter at line 1, column 51",
        ),
        (b'{"entries": [\n  {"title" 1}]}', "Expecting ':' delimiter at line 2, column 12"),
        (b'{"entries": []} trailing', "Extra data at line 1, column 17"),
    ],
)
def test_invalid_json_says_where_once(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("jrnl", data)
    message = str(caught.value)
    assert words in message
    assert " at at " not in message


def test_tags_keep_the_case_written() -> None:
    records = parse(entry(tags=["@Therapy", "@NHS", "@therapy"]), zone=BERLIN)
    assert records[1].tags == ("Therapy", "NHS")
