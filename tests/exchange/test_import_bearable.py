"""Bearable's CSV export: moods as check-ins, everything else kept in plain words."""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import sample

from journal_app.domain.records import AnyRecord, JournalEntry, MoodCheckIn
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import parse_bytes, read_import
from journal_app.exchange.importers.bearable import parse

BERLIN = ZoneInfo("Europe/Berlin")
HEADER = "date,weekday,time of day,category,rating/amount,detail,notes\n"


def records_of(name: str) -> list[AnyRecord]:
    return parse(sample(name).read_bytes(), zone=BERLIN)


def moods(records: list[AnyRecord]) -> list[MoodCheckIn]:
    return [r for r in records if isinstance(r, MoodCheckIn)]


def entries(records: list[AnyRecord]) -> list[JournalEntry]:
    return [r for r in records if isinstance(r, JournalEntry)]


def test_moods_with_emotion_words_from_our_vocabulary_and_the_rest_as_tags() -> None:
    records = records_of("bearable_export.csv")
    morning, evening, *_ = moods(records)
    assert (morning.score, morning.emotions) == (6, ("anxious",))
    assert morning.note.startswith("Feelings: Meh\n")  # no notes: the other word stays here
    assert (evening.score, evening.emotions) == (7, ("hopeful", "grateful"))
    (note,) = [e for e in entries(records) if e.at == evening.at]
    assert note.text == "Called my sister, first time in weeks."
    assert note.tags == ("Relaxed",)  # not in our vocabulary: a tag, as written
    assert "Feelings" not in evening.note


def test_dates_times_and_slots() -> None:
    records = records_of("bearable_export.csv")
    morning, evening, late_a, late_b = moods(records)
    assert morning.at.isoformat() == "2021-03-03T08:10:00+01:00"
    assert evening.at.isoformat() == "2021-03-03T21:40:00+01:00"
    assert late_a.at.isoformat() == late_b.at.isoformat() == "2021-03-22T12:30:00+01:00"
    assert late_a.id != late_b.id


@pytest.mark.parametrize(
    ("cell", "clock"),
    [
        ("pre", "03:00"),
        ("am", "09:00"),
        ("mid", "15:00"),
        ("pm", "21:00"),
        ("all day", "12:00"),
        ("All Day", "12:00"),
        ("", "12:00"),
        ("3:04", "03:04"),
        ("23:59", "23:59"),
    ],
)
def test_a_slot_is_placed_at_a_documented_time(cell: str, clock: str) -> None:
    data = HEADER + f'"5th Apr 2022","Tuesday","{cell}","Mood","5","",""\n'
    (check_in,) = parse(data.encode(), zone=BERLIN)
    assert check_in.at.strftime("%H:%M") == clock


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("22nd Sep 2020", "2020-09-22"),
        ("1st Dec 2020", "2020-12-01"),
        ("3rd Mar 2021", "2021-03-03"),
        ("11th Jan 2022", "2022-01-11"),
        ("5 September 2023", "2023-09-05"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_date_forms(text: str, day: str) -> None:
    data = HEADER + f'"{text}","","09:00","Mood","5","",""\n'
    (check_in,) = parse(data.encode(), zone=BERLIN)
    assert check_in.at.date().isoformat() == day


def test_the_newer_header_with_date_formatted() -> None:
    records = records_of("bearable_formatted.csv")
    (check_in,) = moods(records)
    assert check_in.at.isoformat() == "2024-01-01T09:00:00+01:00"
    assert check_in.emotions == ("calm", "content")
    assert check_in.note == (
        "Nutrition: Amount eaten - Moderate, Meals: Porridge · all day\n"
        "Health measurements: Resting heart rate (bpm) (72) · afternoon"
    )
    day_two = [e for e in entries(records) if e.at.day == 2]
    assert [(e.title, e.text) for e in day_two] == [("From Bearable", "Productivity: 3 · evening")]


def test_other_categories_go_into_the_days_first_check_in_in_plain_words() -> None:
    morning = moods(records_of("bearable_export.csv"))[0]
    assert morning.note == (
        "Feelings: Meh\n"
        "Symptoms: Headache (Mild) · early hours; Anxiety (Moderate) · evening\n"
        "Medication and supplements: Sertraline 50 mg · 08:12\n"
        "Factors: Quiet day, Little social contact · all day\n"
        "Energy: OK (3) · 13:05\n"
        "Gratitude: The walk home in the rain · 21:41"
    )


def test_a_day_without_a_mood_keeps_its_readings_in_an_entry() -> None:
    records = records_of("bearable_export.csv")
    (day,) = [e for e in entries(records) if e.at.day == 4]
    assert day.title == "From Bearable"
    assert day.at.isoformat() == "2021-03-04T12:00:00+01:00"
    assert day.text == (
        "Sleep: 7 h 15 min (Asleep 00:30 - 07:45. In bed 23:50 - 08:00)\n"
        "Sleep quality: Good (4)\n"
        "Symptoms: Fatigue (Severe) · afternoon · long afternoon"
    )


def test_nothing_in_the_file_is_dropped() -> None:
    """Every detail and every note of the sample is somewhere in what is imported."""
    text = "\n".join(
        " ".join([r.note, *(r.fields().get(k) or "" for k in ("text", "title"))])
        + " "
        + " ".join(r.fields().get("tags") or r.fields().get("emotions") or [])
        for r in records_of("bearable_export.csv")
    ).casefold()
    import csv

    with sample("bearable_export.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for word in row["detail"].split("|"):
                assert word.strip().split(" (")[0].casefold() in text, word
            if row["notes"].strip(" ."):
                assert row["notes"].casefold() in text


def test_ids_are_stable_whatever_the_machines_zone() -> None:
    data = sample("bearable_export.csv").read_bytes()
    first = [r.id for r in parse(data, zone=BERLIN)]
    assert first == [r.id for r in parse(data, zone=ZoneInfo("Pacific/Auckland"))]
    assert len(set(first)) == len(first)


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ('"3rd Mar 2021","Wednesday","08:10","Mood","11","",""', "from 1 to 10"),
        ('"3rd Mar 2021","Wednesday","08:10","Mood","","",""', "rating/amount"),
        ('"3rd Mar 2021","Wednesday","08:10","Mood","6.5","",""', "rating/amount"),
        ('"31st Feb 2021","Wednesday","08:10","Mood","6","",""', "date"),
        ('"yesterday","Wednesday","08:10","Mood","6","",""', "date"),
        ('"3rd Mar 2021","Wednesday","brunch","Mood","6","",""', "time of day"),
        ('"3rd Mar 2021","Wednesday","08:10","","6","",""', "category"),
        ('"3rd Mar 2021","Wednesday","08:10","Mood","6","","","extra"', "columns"),
    ],
)
def test_a_bad_row_names_the_line_and_field_and_nothing_is_imported(row: str, words: str) -> None:
    good = '"2nd Mar 2021","Tuesday","08:10","Mood","6","",""\n'
    with pytest.raises(InvalidImportFile) as caught:
        parse((HEADER + good + row + "\n").encode(), zone=BERLIN)
    message = str(caught.value)
    assert "Line 3" in message and words in message
    assert "Nothing was imported" in message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"name,email\nA,a@example.org\n", "not a Bearable CSV export"),
        (HEADER.encode() + b'"3rd Mar 2021","W","08:10","Mood","6","","\xff"\n', "UTF-8"),
        (HEADER.encode() + b'"3rd Mar 2021","W","08:10","Mood","6","","never closed\n', "CSV"),
    ],
)
def test_files_that_are_not_bearable(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("bearable", data)
    assert words in str(caught.value)


def test_read_import_counts() -> None:
    plan = read_import("bearable", sample("bearable_export.csv"))
    assert plan.counts == {"mood": 4, "entry": 2}
    assert plan.date_range is not None
    assert [d.isoformat() for d in plan.date_range] == ["2021-03-03", "2021-03-22"]
