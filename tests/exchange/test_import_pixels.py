"""The Pixels app's JSON backup: a check-in per score, notes as entries, emotion tags."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import sample

from journal_app.domain.records import AnyRecord, JournalEntry, MoodCheckIn
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import parse_bytes, read_import
from journal_app.exchange.importers.pixels import parse, pixels_score

BERLIN = ZoneInfo("Europe/Berlin")


def records_of(data: bytes) -> list[AnyRecord]:
    return parse(data, zone=BERLIN)


def day(**fields: Any) -> bytes:
    return json.dumps([{"date": "2022-3-4", "type": "Mood", "scores": [3], **fields}]).encode()


def moods(records: list[AnyRecord]) -> list[MoodCheckIn]:
    return [r for r in records if isinstance(r, MoodCheckIn)]


def entries(records: list[AnyRecord]) -> list[JournalEntry]:
    return [r for r in records if isinstance(r, JournalEntry)]


def test_the_one_to_five_scale_maps_onto_ours_as_twice_less_one() -> None:
    assert [pixels_score(s) for s in (1, 2, 3, 4, 5)] == [1, 3, 5, 7, 9]
    data = json.dumps([{"date": f"2022-1-{n}", "scores": [n]} for n in range(1, 6)]).encode()
    assert [r.score for r in moods(records_of(data))] == [1, 3, 5, 7, 9]


def test_a_check_in_per_score_at_midday_of_that_day() -> None:
    records = records_of(sample("pixels_backup.json").read_bytes())
    two = [r for r in moods(records) if r.at.day == 6]
    assert [r.score for r in two] == [3, 5]
    assert {r.at.isoformat() for r in two} == {"2021-01-06T12:00:00+01:00"}
    assert len({r.id for r in two}) == 2


def test_notes_become_an_entry_and_emotion_tags_our_words_or_tags() -> None:
    records = records_of(sample("pixels_backup.json").read_bytes())
    first = records[0]
    assert isinstance(first, MoodCheckIn)
    assert first.emotions == ("calm", "proud")
    (note,) = [e for e in entries(records) if e.at.day == 5]
    assert note.text == "Went back to the group. Sat near the door."
    assert note.tags == ("excited", "Group", "walk")  # not ours, and the activities
    assert note.at == first.at


def test_without_notes_the_tags_stay_on_the_check_in() -> None:
    records = records_of(sample("pixels_backup.json").read_bytes())
    lonely = next(r for r in moods(records) if r.at.day == 6)
    assert lonely.emotions == ("lonely",)
    assert lonely.note == "Emotions: bored"


def test_a_day_with_notes_and_no_score_is_still_kept() -> None:
    records = records_of(sample("pixels_backup.json").read_bytes())
    (no_score,) = [e for e in entries(records) if e.at.day == 8 and e.at.month == 1]
    assert no_score.text == "No score today, just this line."
    assert no_score.tags == ("tired",)  # no check-in to carry the word: kept as a tag
    assert not [r for r in moods(records) if r.at.day == 8 and r.at.month == 1]


def test_emotion_words_are_compared_without_case() -> None:
    records = records_of(sample("pixels_backup.json").read_bytes())
    hard = next(r for r in moods(records) if r.at.month == 10)
    assert (hard.score, hard.emotions) == (1, ("scared", "numb"))


def test_the_2019_layout_with_mood_and_emotions() -> None:
    records = records_of(sample("pixels_2019.json").read_bytes())
    assert [(r.at.date().isoformat(), r.score) for r in moods(records)] == [
        ("2019-01-01", 9),
        ("2019-01-02", 3),
    ]
    assert moods(records)[1].emotions == ("sad",)
    (rain,) = entries(records)
    assert (rain.text, rain.tags) == ("Rain all day.", ("joy",))


def test_another_type_of_score_is_kept_in_words() -> None:
    data = json.dumps(
        [{"date": "2022-3-4", "type": "Energy", "scores": [4], "notes": "", "tags": []}]
    ).encode()
    (entry,) = records_of(data)
    assert isinstance(entry, JournalEntry)
    assert (entry.title, entry.text) == ("From Pixels", "Energy: 4 of 5")


def test_ids_are_stable_and_a_reimport_would_add_nothing() -> None:
    data = sample("pixels_backup.json").read_bytes()
    first = [r.id for r in records_of(data)]
    assert first == [r.id for r in parse(data, zone=ZoneInfo("America/Denver"))]
    assert len(set(first)) == len(first)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"date": "2022-02-30"}, "'date'"),
        ({"date": "4 March 2022"}, "'date'"),
        ({"date": None}, "'date'"),
        ({"scores": [6]}, "'scores'"),
        ({"scores": [0]}, "'scores'"),
        ({"scores": ["good"]}, "'scores'"),
        ({"scores": 3}, "'scores'"),
        ({"notes": 5}, "'notes'"),
        ({"tags": "calm"}, "'tags'"),
        ({"tags": [{"type": "Emotions", "entries": "calm"}]}, "'entries'"),
        ({"tags": [{"type": 5, "entries": []}]}, "'type'"),
        ({"tags": [7]}, "'tags'"),
    ],
)
def test_a_broken_day_names_the_day_and_field_and_nothing_is_imported(
    fields: dict[str, Any], words: str
) -> None:
    good = {"date": "2022-3-3", "scores": [3]}
    bad = {"date": "2022-3-4", "type": "Mood", "scores": [3], **fields}
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("pixels", json.dumps([good, bad]).encode())
    message = str(caught.value)
    assert "Day 2" in message and words in message
    assert "Nothing was imported" in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"{}", "not a Pixels export"),
        (b'{"entries": []}', "not a Pixels export"),
        (b"[1]", "Day 1"),
        (b"[", "line 1, column 2"),
        (b'[{"date": "2022-1-1", "scores": [3]}] extra', "line 1, column 39"),
    ],
)
def test_files_that_are_not_pixels(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("pixels", data)
    assert words in str(caught.value)


def test_read_import_counts() -> None:
    plan = read_import("pixels", sample("pixels_backup.json"))
    assert plan.counts == {"mood": 5, "entry": 3}
    assert plan.date_range is not None
    assert [d.isoformat() for d in plan.date_range] == ["2021-01-05", "2021-10-31"]
