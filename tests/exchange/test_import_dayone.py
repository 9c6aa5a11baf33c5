"""Day One's JSON export: the ZIP or the Journal.json, every variant seen in real exports."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import dayone_zip, sample

from journal_app.domain.records import JournalEntry
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import parse_bytes, read_import
from journal_app.exchange.importers.dayone import clean_markdown

JOURNAL = sample("dayone_journal.json").read_bytes()
ANDROID = sample("dayone_android.json").read_bytes()


def entries_of(data: bytes) -> list[JournalEntry]:
    plan = parse_bytes("dayone", data)
    assert all(isinstance(r, JournalEntry) for r in plan.records)
    return list(plan.records)  # type: ignore[arg-type]


def doc_with(*entries: dict[str, Any]) -> bytes:
    return json.dumps({"metadata": {"version": "1.0"}, "entries": list(entries)}).encode()


BASE = {"uuid": "U1", "creationDate": "2024-06-01T10:00:00Z", "timeZone": "Europe/Berlin"}


def test_local_time_and_offset_come_from_each_entrys_own_zone() -> None:
    walk, _appointment, tonight, photos = entries_of(JOURNAL)
    assert walk.at.isoformat() == "2024-03-10T15:20:00+01:00"  # 14:20 UTC in Berlin, winter
    assert tonight.at.isoformat() == "2024-04-21T18:45:51-04:00"  # New York, summer time
    assert photos.at.isoformat() == "2024-05-01T11:35:00+05:30"  # Kolkata
    assert walk.at.utcoffset() == timedelta(hours=1)


def test_an_all_day_entry_is_its_local_date() -> None:
    appointment = entries_of(JOURNAL)[1]
    # 2024-04-16T23:00Z is already 17 April in Dublin (summer time): the local date counts.
    assert appointment.at.date().isoformat() == "2024-04-17"
    assert appointment.at.strftime("%H:%M") == "12:00"


def test_markdown_keeps_its_words_without_day_ones_escapes() -> None:
    walk, appointment, *_ = entries_of(JOURNAL)
    assert walk.title == "A quiet Sunday"  # the heading line
    assert walk.text.startswith("Walked to the lake with R. It was cold, but I stayed")
    assert appointment.text == (
        'Appointment day. Said "no" to the extra shift (first time).\n\n1. breathe\n2. go'
    )
    assert "\\" not in appointment.text


def test_media_links_become_a_note_of_what_was_left_out() -> None:
    walk, _, tonight, photos = entries_of(JOURNAL)
    assert walk.text.endswith("\n\n(1 photo not imported)")
    assert tonight.text == (
        "Couldn't write much tonight.\n\n"
        "(1 video, 1 audio recording and 1 PDF document not imported)"
    )
    assert photos.text == "(2 photos not imported)"
    for entry in (walk, tonight, photos):
        assert "dayone-" not in entry.text and "](" not in entry.text


@pytest.mark.parametrize(
    ("text", "clean", "left_out"),
    [
        ("a ![](dayone-moment://ABC) b", "a  b", {"photo": 1}),
        ("![](dayone-moment:/video/V1)", "", {"video": 1}),
        ("![](dayone-moment:/audio/A1)", "", {"audio": 1}),
        ("![](dayone-moment:/pdfAttachment/P1)", "", {"pdf": 1}),
        ("![](dayone-photo://X1) ![](dayone-video://X2)", "", {"photo": 1, "video": 1}),
        ("bare dayone-moment://ABC here", "bare  here", {"photo": 1}),
        ("see [that day](dayone://view?entryId=E1)", "see that day", {}),
        ("1\\. 2\\- \\(x\\) \\# \\* \\_ \\! \\\\", "1. 2- (x) # * _ ! \\", {}),
    ],
)
def test_the_markdown_rules(text: str, clean: str, left_out: dict[str, int]) -> None:
    result, counts = clean_markdown(text, {})
    assert result == clean.strip()
    assert dict(counts) == left_out


def test_tags_keep_their_case_and_starred_is_a_tag_not_sharing() -> None:
    walk = entries_of(JOURNAL)[0]
    assert walk.tags == ("Walks", "R.", "starred")
    assert walk.share is False


def test_location_weather_and_devices_are_never_imported() -> None:
    everything = json.dumps([(r.fields(), r.note) for r in entries_of(JOURNAL)])
    for word in ("PLACE-MARKER-7731", "Cloudy", "MacBook", "Somewhere", "52.5"):
        assert word not in everything


def test_an_empty_entry_is_passed_by() -> None:
    texts = [e.text for e in entries_of(JOURNAL)]
    assert len(texts) == 4  # the fifth entry holds nothing at all


def test_androids_minified_export_with_pinned_and_only_richtext() -> None:
    first, second = entries_of(ANDROID)
    assert first.at.isoformat() == "2024-02-03T07:45:12+01:00"  # milliseconds, Madrid
    assert first.text == "Early start. Tea, then the bus! Felt *steadier* than last week."
    assert first.tags == ("Morning",)
    # No "text": read from richText.
    assert second.text == (
        "Group tonight. I listened more than I spoke, and that was enough.\nStill here."
    )
    assert second.tags == ("starred",)


def test_richtext_as_an_object_and_its_embedded_media() -> None:
    rich = {
        "contents": [
            {"text": "From the phone.\n"},
            {"embeddedObjects": [{"type": "photo", "identifier": "P9"}]},
            {"embeddedObjects": [{"type": "horizontalRuleLine"}]},
        ]
    }
    (entry,) = entries_of(doc_with({**BASE, "richText": rich}))
    assert entry.text == "From the phone.\n\n(1 photo not imported)"


def test_the_zip_and_the_json_inside_give_the_same_entries() -> None:
    bare = entries_of(JOURNAL)
    zipped = entries_of(dayone_zip({"Journal.json": JOURNAL}))
    assert [(e.id, e.at, e.text, e.tags) for e in zipped] == [
        (e.id, e.at, e.text, e.tags) for e in bare
    ]


def test_a_zip_with_several_journals_reads_them_all() -> None:
    data = dayone_zip({"Journal.json": JOURNAL, "Therapy notes.json": ANDROID})
    assert len(entries_of(data)) == 6


def test_a_zip_without_a_journal_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
    with pytest.raises(InvalidImportFile, match="no journal"):
        parse_bytes("dayone", buf.getvalue())


def test_ids_are_stable_and_an_edited_entry_is_added_beside_the_old_one() -> None:
    first = entries_of(JOURNAL)
    assert [e.id for e in first] == [e.id for e in entries_of(JOURNAL)]
    doc = json.loads(JOURNAL)
    doc["entries"][1]["text"] = "Appointment day, edited later."
    edited = entries_of(json.dumps(doc).encode())
    assert edited[0].id == first[0].id
    assert edited[1].id != first[1].id


def test_two_entries_without_uuid_at_the_same_moment_are_both_kept() -> None:
    one = {"creationDate": "2024-06-01T10:00:00Z", "timeZone": "UTC", "text": "same"}
    records = entries_of(doc_with(one, dict(one)))
    assert len({r.id for r in records}) == 2


@pytest.mark.parametrize(
    ("zone", "offset"),
    [("UTC", "+00:00"), ("GMT+02:00", "+02:00"), ("GMT-0330", "-03:30"), ("Asia/Tokyo", "+09:00")],
)
def test_zone_names_android_writes(zone: str, offset: str) -> None:
    (entry,) = entries_of(doc_with({**BASE, "timeZone": zone, "text": "x"}))
    assert entry.at.isoformat().endswith(offset)


def test_no_zone_means_this_machines_zone_then() -> None:
    entry = {"uuid": "U2", "creationDate": "2024-06-01T10:00:00Z", "text": "old entry"}
    (record,) = entries_of(doc_with(entry))
    from datetime import datetime

    local = datetime(2024, 6, 1, 10, 0, tzinfo=UTC).astimezone()
    assert record.at.utcoffset() == local.utcoffset()
    assert record.at.hour == local.hour


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"creationDate": "last tuesday"}, "creationDate"),
        ({"creationDate": 5}, "creationDate"),
        ({"timeZone": "Mars/Olympus_Mons"}, "timeZone"),
        ({"timeZone": "../../etc/passwd"}, "timeZone"),
        ({"tags": "one,two"}, "tags"),
        ({"tags": [1, 2]}, "tags"),
        ({"starred": "yes"}, "starred"),
        ({"isAllDay": "no"}, "isAllDay"),
        ({"text": ["a"]}, "text"),
        ({"photos": {"a": 1}}, "photos"),
        ({"richText": "{not json", "text": ""}, "richText"),
        ({"text": "x" * 1_000_001}, "text"),
    ],
)
def test_a_broken_entry_names_the_entry_and_field_and_nothing_is_imported(
    change: dict[str, Any], field: str
) -> None:
    good = {**BASE, "text": "fine"}
    bad = {**BASE, "uuid": "U3", "text": "also fine", **change}
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("dayone", doc_with(good, bad))
    message = str(caught.value)
    assert "Entry 2" in message and field in message
    assert "Nothing was imported" in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"[]", "not a Day One export"),
        (b'{"metadata": {}}', "not a Day One export"),
        (b'{"entries": {}}', "not a Day One export"),
        (b'{"entries": [1]}', "Entry 1"),
        (b'{"entries": [', "line 1, column 14"),
        (
            sample("jrnl.json").read_bytes(),
            "Entry 1 in this Day One export: it has no 'creationDate'",
        ),
    ],
)
def test_files_that_are_not_day_one(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("dayone", data)
    assert words in str(caught.value)


def test_read_import_from_disk_zip_and_json(tmp_path: Path) -> None:
    path = tmp_path / "Export-Journal.zip"
    path.write_bytes(dayone_zip({"Journal.json": JOURNAL}))
    plan = read_import("dayone", path)
    assert plan.counts == {"entry": 4}
    assert plan.date_range is not None
    assert [d.isoformat() for d in plan.date_range] == ["2024-03-10", "2024-05-01"]
    assert read_import("dayone", sample("dayone_android.json")).counts == {"entry": 2}


def test_zones_are_known_without_the_systems_zone_database(tmp_path: Path) -> None:
    """A minimal system (or a frozen bundle) without /usr/share/zoneinfo: tzdata serves."""
    import os
    import subprocess

    probe = (
        "from journal_app.exchange.importers import read_import\n"
        f"plan = read_import('dayone', {str(sample('dayone_journal.json'))!r})\n"
        "print(plan.records[0].at.isoformat())\n"
    )
    env = {**os.environ, "PYTHONTZPATH": str(tmp_path)}  # an empty folder: no system zones
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2024-03-10T15:20:00+01:00"
