"""Daylio CSV exports (every header variant) and .daylio backups, parsed into records."""

from __future__ import annotations

import base64
import json
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import daylio_zip, sample

from journal_app.domain.records import JournalEntry, MoodCheckIn
from journal_app.errors import (
    InvalidImportFile,
    UsageError,
)
from journal_app.exchange.importers import (
    MoodLabelsNeeded,
    parse_bytes,
    parse_mood_map,
    read_import,
)
from journal_app.exchange.importers.daylio import parse_clock, parse_csv
from journal_app.exchange.importers.daylio_backup import html_to_text, parse_backup

BERLIN = ZoneInfo("Europe/Berlin")
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def csv_records(name: str, **kw):  # type: ignore[no-untyped-def]
    records, labels = parse_csv(sample(name).read_bytes(), zone=BERLIN, **kw)
    return records, labels


def moods(records):  # type: ignore[no-untyped-def]
    return [r for r in records if isinstance(r, MoodCheckIn)]


def entries(records):  # type: ignore[no-untyped-def]
    return [r for r in records if isinstance(r, JournalEntry)]


# -- CSV: the current header ---------------------------------------------------


def test_current_header_with_bom_multiline_notes_and_several_entries_a_day() -> None:
    records, labels = csv_records("daylio_current.csv")
    assert labels == ("awful", "bad", "good", "meh", "rad")
    assert len(moods(records)) == 6
    assert len(entries(records)) == 4
    first = records[0]
    assert isinstance(first, MoodCheckIn)
    assert first.at == datetime(2026, 3, 14, 21, 10, tzinfo=timezone(timedelta(hours=1)))
    assert first.score == 7
    note = records[1]
    assert isinstance(note, JournalEntry)
    assert note.at == first.at  # linked: the same moment
    assert note.title == "Tea with M."
    assert note.text == (
        "We sat by the window for an hour.\nI said I needed to leave at four, and I did.\n\n"
        "It felt okay."
    )
    assert note.tags == ("friends", "walk", "coffee")
    assert note.id != first.id
    # Stray spaces and capitals in a label: "  Meh " is meh (5), "GOOD" is good (7).
    by_time = {r.at.strftime("%d %H:%M"): r for r in moods(records)}
    assert by_time["14 08:05"].score == 5
    assert by_time["12 07:15"].score == 7
    assert by_time["13 23:40"].score == 1
    assert by_time["13 12:00"].score == 9
    assert by_time["12 19:30"].score == 3


def test_activities_without_a_note_stay_on_the_check_in() -> None:
    records, _ = csv_records("daylio_current.csv")
    check_in = next(r for r in moods(records) if r.at.hour == 8 and r.at.day == 14)
    assert check_in.note == "Activities: sleep early, reading"
    assert not any(e.at == check_in.at for e in entries(records))


def test_a_title_without_a_note_becomes_the_entry_text_and_quotes_survive() -> None:
    records, _ = csv_records("daylio_current.csv")
    walk = next(e for e in entries(records) if e.at.day == 12)
    assert (walk.title, walk.text, walk.tags) == ("", "Morning walk", ("walk",))
    group = next(e for e in entries(records) if e.title == "Group")
    assert group.text == 'Shared for the first time, with "kind" people around.'
    assert group.tags == ("support group",)


def test_offset_follows_the_zone_on_that_date() -> None:
    records, _ = csv_records("daylio_year.csv")
    offsets = {r.at.date().isoformat(): r.at.utcoffset() for r in moods(records)}
    assert offsets["2018-05-18"] == timedelta(hours=2)  # summer time
    assert offsets["2018-12-01"] == timedelta(hours=1)


# -- CSV: older headers ------------------------------------------------------------


def test_header_without_note_title_and_twelve_hour_times() -> None:
    records, _ = csv_records("daylio_no_title.csv")
    times = sorted(r.at.strftime("%Y-%m-%d %H:%M") for r in moods(records))
    assert times == [
        "2025-12-30 00:05",  # 12:05 am
        "2025-12-30 12:30",  # 12:30 pm
        "2025-12-31 21:10",  # 9:10 pm
        "2025-12-31 23:55",
    ]
    dinner = next(e for e in entries(records) if e.at.hour == 21)
    assert dinner.text == "Too many questions at dinner.\nStepped outside for air."
    assert dinner.title == ""


def test_header_with_year_instead_of_full_date() -> None:
    records, labels = csv_records("daylio_year.csv")
    days = sorted(r.at.strftime("%Y-%m-%d %H:%M") for r in moods(records))
    assert days == ["2018-05-16 09:41", "2018-05-17 22:21", "2018-05-18 23:54", "2018-12-01 19:00"]
    stressed = next(r for r in moods(records) if r.at.day == 17)
    assert stressed.note == "Activities: cook, stressed"
    assert labels == ("awful", "good", "meh", "rad")


def test_unmapped_labels_stop_the_import_listing_every_label() -> None:
    with pytest.raises(MoodLabelsNeeded) as caught:
        csv_records("daylio_custom_moods.csv")
    assert caught.value.unmapped == ("bien", "so-so", "super")
    assert caught.value.labels_found == ("bien", "good", "so-so", "super")
    assert caught.value.exit_code == 5
    assert "bien, so-so, super" in str(caught.value)


def test_a_mood_map_scores_custom_and_renamed_labels_and_extra_columns_are_ignored() -> None:
    mood_map = parse_mood_map("super=10, bien = 7 ,So-So=4,good=8")
    records, _ = csv_records("daylio_custom_moods.csv", mood_map=mood_map)
    scores = {r.at.strftime("%d %H"): r.score for r in moods(records)}
    assert scores == {"02 20": 10, "02 09": 7, "01 21": 4, "01 08": 8}
    long_day = next(e for e in entries(records) if e.at.day == 1)
    assert (long_day.text, long_day.tags) == ("Long day", ("work",))


@pytest.mark.parametrize("text", ["x", "a=", "a=eleven", "a=0", "a=11", "=5"])
def test_a_malformed_mood_map_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_mood_map(text)
    assert caught.value.exit_code == 2
    assert "--mood-map" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("21:10", 21, 10),
        ("9:10 pm", 21, 10),
        ("9:10 PM", 21, 10),
        ("12:00 am", 0, 0),
        ("12:45 pm", 12, 45),
        ("07:05 a.m.", 7, 5),
        ("9:10pm", 21, 10),
        ("9:10\u202fPM", 21, 10),  # newer Android puts a narrow no-break space here
        ("21:10:59", 21, 10),
    ],
)
def test_clock_forms(text: str, hour: int, minute: int) -> None:
    assert (parse_clock(text).hour, parse_clock(text).minute) == (hour, minute)


@pytest.mark.parametrize("text", ["25:00", "13:10 pm", "9.10", "", "noon"])
def test_bad_clock_values(text: str) -> None:
    with pytest.raises(ValueError):
        parse_clock(text)


# -- idempotence -------------------------------------------------------------------


def test_ids_are_deterministic_and_independent_of_the_machine_zone() -> None:
    data = sample("daylio_current.csv").read_bytes()
    first, _ = parse_csv(data, zone=BERLIN)
    again, _ = parse_csv(data, zone=ZoneInfo("America/Chicago"))
    assert [r.id for r in first] == [r.id for r in again]
    assert len({r.id for r in first}) == len(first)


def test_identical_rows_are_both_kept_whatever_their_order() -> None:
    rows = [
        "2026-01-01,January 1,Thursday,10:00,good,,,first\n",
        "2026-01-01,January 1,Thursday,10:00,good,,,second\n",
    ]
    a, _ = parse_csv((HEADER + "".join(rows)).encode(), zone=BERLIN)
    b, _ = parse_csv((HEADER + "".join(reversed(rows))).encode(), zone=BERLIN)
    assert len({r.id for r in a}) == 4
    assert {r.id for r in a} == {r.id for r in b}


def test_an_edited_note_is_added_beside_the_old_one_not_lost() -> None:
    before, _ = parse_csv((HEADER + "2026-01-01,,,10:00,good,,,old\n").encode(), zone=BERLIN)
    after, _ = parse_csv((HEADER + "2026-01-01,,,10:00,good,,,new\n").encode(), zone=BERLIN)
    assert before[0].id == after[0].id  # the same check-in
    assert before[1].id != after[1].id  # a different note


# -- CSV: what is not a Daylio export ---------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"date,mood\n2026-01-01,good\n", "line 1"),
        (HEADER.encode() + b"2026-13-01,,,10:00,good,,,\n", "Line 2"),
        (HEADER.encode() + b"2026-01-01,,,10:00,good,,,\n2026-01-02,,,25:00,good,,,\n", "Line 3"),
        (HEADER.encode() + b'2026-01-01,,,10:00,good,,"a\nb",\n2026-01-01,,,10:00,,,,\n', "Line 4"),
        (HEADER.encode() + b"2026-01-01,,,10:00,good,,,,\n", "Line 2"),
        (HEADER.encode() + b"2026-01-01,,,10:00,good,,,\xff\n", "UTF-8"),
        (HEADER.encode() + b'2026-01-01,,,10:00,good,,,"never closed\n', "CSV"),
        (HEADER.encode() + b"1850-01-01,,,10:00,good,,,\n", "Line 2"),
        (b"year,date,weekday,time,mood,activities,note\n2018,Maybe 18,,10:00,good,,\n", "Line 2"),
    ],
)
def test_broken_csv_says_what_and_where(content: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_csv(content, zone=BERLIN)
    assert words in str(caught.value)
    assert caught.value.exit_code == 5


def test_read_import_detects_csv_or_backup_by_content(tmp_path: Path) -> None:
    backup = tmp_path / "looks-like.csv"
    backup.write_bytes(daylio_zip(sample("daylio_backup.json").read_bytes()))
    plan = read_import("daylio", backup)
    assert plan.counts == {"mood": 3, "entry": 2}
    plan = read_import("daylio", sample("daylio_current.csv"))
    assert plan.counts == {"mood": 6, "entry": 4}
    assert plan.date_range is not None
    assert [d.isoformat() for d in plan.date_range] == ["2026-03-12", "2026-03-14"]


def test_missing_file_and_folder_are_invalid_import_files(tmp_path: Path) -> None:
    with pytest.raises(InvalidImportFile, match="no file"):
        read_import("daylio", tmp_path / "nothing.csv")
    with pytest.raises(InvalidImportFile, match="folder"):
        read_import("daylio", tmp_path)
    with pytest.raises(InvalidImportFile, match="not a regular file"):
        read_import("daylio", "/dev/zero")


# -- the .daylio backup ------------------------------------------------------------


def backup_doc() -> dict:  # type: ignore[type-arg]
    return json.loads(sample("daylio_backup.json").read_text())


def test_backup_moods_offsets_html_and_tags() -> None:
    records, labels = parse_backup(daylio_zip(sample("daylio_backup.json").read_bytes()))
    assert labels == ("bad", "hopeful", "rad")
    check_ins = moods(records)
    assert [(r.at.isoformat(), r.score) for r in check_ins] == [
        ("2026-01-05T21:05:00+01:00", 7),  # custom "Hopeful" in group 2; month is zero-based
        ("2025-12-31T17:30:00-05:00", 3),
        ("2025-12-01T09:00:00+05:30", 9),
    ]
    assert check_ins[1].note == "Activities: therapy"
    saw_j = entries(records)[0]
    assert saw_j.title == "J. again"
    assert saw_j.text == 'Saw J. after a long time.\n\nWe talked about "before".\nI was okay.'
    assert saw_j.tags == ("friends", "walk")
    assert entries(records)[1].text == "Plain note,\nno markup."


def test_backup_never_imports_the_pin_or_anything_else() -> None:
    records, _ = parse_backup(daylio_zip(sample("daylio_backup.json").read_bytes(), wrap=True))
    everything = json.dumps([r.fields() | {"note": r.note} for r in records])
    assert "4711" not in everything
    assert "Social" not in everything


def test_backup_and_csv_of_the_same_check_in_share_its_id() -> None:
    doc = backup_doc()
    doc["dayEntries"] = [doc["dayEntries"][1]]  # 2025-12-31 17:30, bad, therapy
    (from_backup,), _ = parse_backup(daylio_zip(json.dumps(doc).encode()))
    csv = HEADER + "2025-12-31,December 31,Wednesday,5:30 pm,bad,therapy,,\n"
    (from_csv,), _ = parse_csv(csv.encode(), zone=BERLIN)
    assert from_backup.id == from_csv.id


def test_a_mood_map_overrides_a_backup_group() -> None:
    records, _ = parse_backup(
        daylio_zip(sample("daylio_backup.json").read_bytes()), mood_map={"hopeful": 8}
    )
    assert moods(records)[0].score == 8


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.pop("dayEntries"), "dayEntries"),
        (lambda d: d["dayEntries"][1].update(mood=99), "Entry 2"),
        (lambda d: d["dayEntries"][2].update(month=12), "Entry 3"),
        (lambda d: d["dayEntries"][0].update(tags=[1, 42]), "activity 42"),
        (lambda d: d["dayEntries"][0].update(timeZoneOffset=90_000_000), "±18 hours"),
        (lambda d: d["customMoods"][0].update(mood_group_id=6), "Mood 1"),
        (lambda d: d["dayEntries"][0].update(hour="nine"), "Entry 1"),
        (lambda d: d["dayEntries"][0].update(note=7), "Entry 1"),
    ],
)
def test_broken_backups_say_which_entry(change, words: str) -> None:  # type: ignore[no-untyped-def]
    doc = backup_doc()
    change(doc)
    with pytest.raises(InvalidImportFile) as caught:
        parse_backup(daylio_zip(json.dumps(doc).encode()))
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (daylio_zip(b"{}", member="other.json"), "holds no"),
        (daylio_zip(b"not json"), "not valid JSON"),
        (b"PK\x03\x04 truncated", "damaged"),
        (daylio_zip(b'{"dayEntries": []}')[:-30], "damaged"),
    ],
)
def test_broken_backup_files(data: bytes, words: str) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("daylio", data)
    assert words in str(caught.value)


def test_base64_that_is_not_base64() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("backup.daylio", b"!!!not base64!!!")
    with pytest.raises(InvalidImportFile, match="base64"):
        parse_bytes("daylio", buf.getvalue())


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<ul><li>x</li><li>y</li></ul>", "• x\n• y"),
        ("Fish &amp; chips&nbsp;today", "Fish & chips today"),
        ("no markup\nat all", "no markup\nat all"),
        ("<b>unclosed <i>tags", "unclosed tags"),
        ("<![if broken", "<![if broken"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_windows_line_endings_read_the_same() -> None:
    data = sample("daylio_current.csv").read_bytes()
    unix, _ = parse_csv(data, zone=BERLIN)
    windows, _ = parse_csv(data.replace(b"\n", b"\r\n"), zone=BERLIN)
    assert [(r.id, r.fields()) for r in windows] == [(r.id, r.fields()) for r in unix]


def test_a_header_only_file_holds_nothing() -> None:
    plan = parse_bytes("daylio", HEADER.encode("utf-8-sig"))
    assert (plan.records, plan.counts, plan.date_range) == ((), {}, None)


# -- what real Daylio files trip on (issue 14) ------------------------------------


@pytest.mark.parametrize(
    ("year", "date_text", "weekday", "expected"),
    [
        (2017, "7 września", "czwartek", "2017-09-07"),  # Polish genitive
        (2017, "wrzesień 7", "", "2017-09-07"),  # Polish stand-alone
        (2021, "16 de octubre", "sábado", "2021-10-16"),
        (2018, "18 Mai", "Freitag", "2018-05-18"),
        (2019, "3 févr.", "dimanche", "2019-02-03"),
        (2017, "7 сентября", "четверг", "2017-09-07"),
        (2017, "7 вересня", "четвер", "2017-09-07"),
        (2017, "7. září", "čtvrtek", "2017-09-07"),
        (2017, "szeptember 7.", "csütörtök", "2017-09-07"),
        (2017, "7. syyskuuta", "torstaina", "2017-09-07"),
        (2017, "7 Σεπτεμβρίου", "Πέμπτη", "2017-09-07"),
        (2017, "7 Eylül", "Perşembe", "2017-09-07"),
        (2017, "7 de setembre", "dijous", "2017-09-07"),
        (2017, "7 d’octubre", "", "2017-10-07"),
        (2017, "9月7日", "木曜日", "2017-09-07"),
        (2017, "9월 7일", "목요일", "2017-09-07"),
        (2017, "九月7日", "星期四", "2017-09-07"),
        (2017, "7 tháng 9", "Thứ Năm", "2017-09-07"),
        (2017, "7 ספטמבר", "יום חמישי", "2017-09-07"),
        (2017, "7 سبتمبر", "الخميس", "2017-09-07"),
        (2017, "7 กันยายน", "", "2017-09-07"),
        (2017, "7 Sept.", "Thursday", "2017-09-07"),
        (2017, "7 września 2017", "czwartek", "2017-09-07"),  # the year repeated
        (2017, '"Sep 7, 2017"', "", "2017-09-07"),
        # "listopad" is November in Polish and Czech, October in Croatian: the weekday decides.
        (2017, "7 listopada", "wtorek", "2017-11-07"),
        (2017, "7. listopada", "subota", "2017-10-07"),
    ],
)
def test_month_names_in_the_languages_daylio_ships(
    year: int, date_text: str, weekday: str, expected: str
) -> None:
    data = (
        f"year,date,weekday,time,mood,activities,note\n{year},{date_text},{weekday},12:10,good,,\n"
    )
    (record,), _ = parse_csv(data.encode(), zone=BERLIN)
    assert record.at.date().isoformat() == expected


@pytest.mark.parametrize(
    ("date_text", "weekday"),
    [("18 Smarch", "Friday"), ("May June 7", ""), ("32 May", ""), ("7 listopad", ""), ("", "")],
)
def test_a_date_that_is_no_day_and_month_names_the_line_and_field(
    date_text: str, weekday: str
) -> None:
    data = (
        "year,date,weekday,time,mood,activities,note\n"
        f"2017,7 września,czwartek,12:10,good,,\n2017,{date_text},{weekday},12:10,good,,\n"
    )
    with pytest.raises(InvalidImportFile) as caught:
        parse_csv(data.encode(), zone=BERLIN)
    assert "Line 3" in str(caught.value) and "date" in str(caught.value)
    assert "Nothing was imported" in str(caught.value)


def test_full_date_is_used_first_whatever_the_date_column_says() -> None:
    data = HEADER + "2024-02-29,29 grudnia,Donnerstag,10:00,good,,,\n"
    (record,), _ = parse_csv(data.encode(), zone=BERLIN)
    assert record.at.date().isoformat() == "2024-02-29"


def test_a_real_polish_export_with_a_short_row_reads_whole() -> None:
    records, labels = csv_records(
        "daylio_polish_old.csv", mood_map={"dobrze": 7, "źle": 3, "okropnie": 1}
    )
    assert labels == ("dobrze", "okropnie", "źle")
    assert sorted(r.at.date().isoformat() for r in moods(records)) == [
        "2017-08-29",  # "2017,29 sierpnia,wtorek,23:33,dobrze,\"\"": the note column is missing
        "2017-09-01",
        "2017-09-06",
        "2017-09-07",
    ]
    (entry,) = entries(records)
    assert entry.text == "Długi dzień.\nWróciłam wcześniej."  # <br> became a line break
    assert entry.tags == ("spacer",)


def test_a_row_with_fewer_columns_reads_as_empty_fields() -> None:
    data = HEADER + "2026-01-01,,,10:00,good\n2026-01-02,,,11:00,bad,walk\n"
    records, _ = parse_csv(data.encode(), zone=BERLIN)
    assert [(r.at.day, r.score, r.note) for r in moods(records)] == [
        (1, 7, ""),
        (2, 3, "Activities: walk"),
    ]
    assert entries(records) == []


def test_a_row_with_more_columns_than_the_header_stops_naming_the_line() -> None:
    data = HEADER + "2026-01-01,,,10:00,good,,,\n2026-01-02,,,11:00,bad,,,,extra\n"
    with pytest.raises(InvalidImportFile) as caught:
        parse_csv(data.encode(), zone=BERLIN)
    assert "Line 3" in str(caught.value)
    assert "9 columns" in str(caught.value) and "8" in str(caught.value)


def test_html_in_csv_notes_becomes_text_and_activities_are_left_alone() -> None:
    records, _ = csv_records("daylio_html_scales.csv")
    entry = entries(records)[0]
    assert entry.title == "Bold title"
    assert entry.text == (
        "First line\nSecond line & more\n\nNew paragraph\n\n• one\n• two\nI <3 it, and <c_e> stays"
    )
    assert entry.tags == ("<c_e> tired", "walk", "friends; family")  # not HTML: as written


def test_csv_and_backup_use_one_converter_so_the_same_note_is_one_entry() -> None:
    html = "<p>Saw <b>J.</b> again.</p><p>It was <i>fine</i>&nbsp;&amp; calm.<br>Home early.</p>"
    doc = backup_doc()
    doc["dayEntries"] = [{**doc["dayEntries"][1], "note": html, "tags": []}]
    backup_records, _ = parse_backup(daylio_zip(json.dumps(doc).encode()))
    row = f'2025-12-31,December 31,Wednesday,5:30 pm,bad,"","","{html}"\n'
    csv_records_, _ = parse_csv((HEADER + row).encode(), zone=BERLIN)
    from_backup, from_csv = entries(backup_records)[0], entries(csv_records_)[0]
    assert from_csv.text == from_backup.text == "Saw J. again.\n\nIt was fine & calm.\nHome early."
    assert from_csv.id == from_backup.id  # importing both adds the note once


@pytest.mark.parametrize(
    ("note", "text"),
    [
        ("<c_e> tired and <f_sl33> short sleep", "<c_e> tired and <f_sl33> short sleep"),
        ("I <3 you & me", "I <3 you & me"),
        ("a < b > c", "a < b > c"),
        ("<script>alert(1)</script>Kept", "Kept"),
        ("Line<br>next <c_e> word", "Line\nnext <c_e> word"),
        ("<!-- hidden -->Shown", "Shown"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
    ],
)
def test_only_real_html_is_markup(note: str, text: str) -> None:
    assert html_to_text(note) == text


def test_scales_are_kept_in_the_check_in_note() -> None:
    records, _ = csv_records("daylio_html_scales.csv")
    first, second = moods(records)
    assert first.note == "Sleep Quality: 8/10 points\nStress: 2/5 points"
    # No note: the activities line and the scales both stay.
    data = HEADER.replace("activities,", "activities,scales,") + (
        '2026-01-01,,,10:00,good,"walk","Energy: 3/5 points | Mood stability: 4/5 points",,\n'
    )
    (check_in,), _ = parse_csv(data.encode(), zone=BERLIN)
    assert check_in.note == "Activities: walk\nEnergy: 3/5 points\nMood stability: 4/5 points"
    assert second.note == "Sleep Quality: 5/10 points"


def test_activities_keep_the_case_written() -> None:
    data = HEADER + '2026-01-01,,,10:00,good,"Therapy | NHS walk | therapy",,"Notes"\n'
    records, _ = parse_csv(data.encode(), zone=BERLIN)
    assert entries(records)[0].tags == ("Therapy", "NHS walk")


def untimed(**changes: object) -> bytes:
    doc = backup_doc()
    entry = {**doc["dayEntries"][0], "hour": -1, "minute": -1, **changes}
    doc["dayEntries"] = [entry]
    return daylio_zip(json.dumps(doc).encode())


def test_an_untimed_backup_entry_takes_its_time_from_datetime_and_offset() -> None:
    # 2016-03-01 19:45 UTC, in a zone at +01:00: 20:45 local.
    stamp = int(datetime(2016, 3, 1, 19, 45, tzinfo=UTC).timestamp() * 1000)
    records, _ = parse_backup(
        untimed(year=2016, month=2, day=1, datetime=stamp, timeZoneOffset=3_600_000)
    )
    assert moods(records)[0].at.isoformat() == "2016-03-01T20:45:00+01:00"


def test_an_untimed_backup_entry_without_an_offset_uses_this_machines_zone() -> None:
    stamp = int(datetime(2017, 7, 1, 6, 30, tzinfo=UTC).timestamp() * 1000)
    entry = untimed(year=2017, month=6, day=1, datetime=stamp)
    doc = json.loads(base64.b64decode(_member(entry)))
    doc["dayEntries"][0].pop("timeZoneOffset")
    records, _ = parse_backup(daylio_zip(json.dumps(doc).encode()))
    at = moods(records)[0].at
    local = datetime(2017, 7, 1, 6, 30, tzinfo=UTC).astimezone()
    assert (at.hour, at.minute, at.utcoffset()) == (local.hour, local.minute, local.utcoffset())


def _member(zipped: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        return archive.read("backup.daylio")


@pytest.mark.parametrize("bad", [None, "yesterday", True])
def test_an_untimed_entry_without_a_datetime_names_the_entry_and_field(bad: object) -> None:
    with pytest.raises(InvalidImportFile) as caught:
        parse_backup(untimed(datetime=bad))
    assert "Entry 1" in str(caught.value) and "datetime" in str(caught.value)


@pytest.mark.parametrize(
    ("millis", "offset"),
    [
        (3_565_901, "+01:00"),  # a few seconds off: the nearest quarter hour
        (3_600_000, "+01:00"),
        (19_800_000, "+05:30"),
        (20_700_000, "+05:45"),
        (-12_600_000, "-03:30"),
        (-18_000_000, "-05:00"),
        (-17_999_123, "-05:00"),
        (0, "+00:00"),
    ],
)
def test_backup_offsets_round_to_the_zone_offset_they_stand_for(millis: int, offset: str) -> None:
    doc = backup_doc()
    doc["dayEntries"] = [{**doc["dayEntries"][0], "timeZoneOffset": millis}]
    records, _ = parse_backup(daylio_zip(json.dumps(doc).encode()))
    assert moods(records)[0].at.isoformat().endswith(offset)
    assert moods(records)[0].at.strftime("%H:%M") == "21:05"  # the local time as written


def test_babel_is_loaded_only_for_a_file_that_needs_month_names() -> None:
    import subprocess

    probe = (
        "import sys\n"
        "from journal_app.exchange.importers import parse_bytes\n"
        "import journal_app.cli.main\n"
        "new = b'full_date,date,weekday,time,mood\\n2026-01-01,1 stycznia,czwartek,10:00,good\\n'\n"
        "parse_bytes('daylio', new)\n"
        "print('babel' in sys.modules)\n"
        "old = b'year,date,weekday,time,mood\\n2026,1 stycznia,czwartek,10:00,good\\n'\n"
        "parse_bytes('daylio', old)\n"
        "print('babel' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]
