"""Every importer, fed anything: a clean parse or ``InvalidImportFile``, never another error."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import daylio_zip, dayone_zip, sample

from journal_app.domain.serialize import record_to_json
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import ImportPlan, _jsonstream, parse_bytes
from journal_app.exchange.importers._jsonstream import JsonReader

KINDS = ("json", "daylio", "jrnl", "dayone", "bearable", "pixels")
# IMPORT_FUZZ_EXAMPLES=5000 for a long run; 150 keeps the suite fast.
FUZZ = settings(
    max_examples=int(os.environ.get("IMPORT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
BACKUP_JSON = sample("daylio_backup.json").read_bytes()
SAMPLES = {
    "daylio": [
        sample("daylio_current.csv").read_bytes(),
        sample("daylio_no_title.csv").read_bytes(),
        sample("daylio_year.csv").read_bytes(),
        sample("daylio_polish_old.csv").read_bytes(),
        sample("daylio_html_scales.csv").read_bytes(),
        daylio_zip(BACKUP_JSON),
    ],
    "jrnl": [sample("jrnl.json").read_bytes()],
    "dayone": [
        sample("dayone_journal.json").read_bytes(),
        sample("dayone_android.json").read_bytes(),
        dayone_zip({"Journal.json": sample("dayone_journal.json").read_bytes()}),
    ],
    "bearable": [
        sample("bearable_export.csv").read_bytes(),
        sample("bearable_formatted.csv").read_bytes(),
    ],
    "pixels": [sample("pixels_backup.json").read_bytes(), sample("pixels_2019.json").read_bytes()],
    "json": [
        json.dumps(
            {
                "format": "journal-app",
                "version": 1,
                "people": [{"name": "R.", "circle": "peer", "archived": False}],
                "records": [
                    {
                        "id": "a1",
                        "kind": "mood",
                        "at": "2026-11-16T09:30+01:00",
                        "score": 5,
                        "emotions": ["calm"],
                    },
                    {
                        "id": "a2",
                        "kind": "connection",
                        "at": "2026-11-16T10:30+01:00",
                        "circle": "peer",
                        "person": "R.",
                        "minutes": 30,
                    },
                ],
            }
        ).encode()
    ],
}


def outcome(kind: str, data: bytes, mood_map: dict[str, int] | None = None) -> ImportPlan | None:
    """Parse; a refusal must be InvalidImportFile, a success must be storable."""
    try:
        plan = parse_bytes(kind, data, mood_map)
    except InvalidImportFile as exc:
        message = str(exc)
        assert message.strip()
        assert "\n" not in message and "\r" not in message  # one line on stderr
        return None
    # Whatever was accepted can be stored: valid UTF-8, unique ids.
    json.dumps([record_to_json(r) for r in plan.records], ensure_ascii=False).encode("utf-8")
    assert len({r.id for r in plan.records}) == len(plan.records)
    return plan


@FUZZ
@given(kind=st.sampled_from(KINDS), data=st.binary(max_size=2000))
@example(kind="daylio", data=b"PK\x03\x04")
@example(kind="daylio", data=b"\xef\xbb\xbf")
@example(kind="jrnl", data=b"1e999999")
@example(kind="json", data=b"[" * 100_000)
def test_random_bytes(kind: str, data: bytes) -> None:
    outcome(kind, data)


@FUZZ
@given(data=st.data())
def test_truncated_samples(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(KINDS))
    whole = data.draw(st.sampled_from(SAMPLES[kind]))
    cut = data.draw(st.integers(0, len(whole)))
    outcome(kind, whole[:cut], {"hopeful": 6})


@FUZZ
@given(data=st.data())
def test_mutated_samples(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(KINDS))
    whole = bytearray(data.draw(st.sampled_from(SAMPLES[kind])))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(whole) - 1))
        action = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        if action == "flip":
            whole[at] = data.draw(st.integers(0, 255))
        elif action == "insert":
            whole[at:at] = data.draw(st.binary(min_size=1, max_size=20))
        else:
            del whole[at : at + data.draw(st.integers(1, 20))]
    outcome(kind, bytes(whole))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "latin-1", "cp1252", "utf-8"])
@pytest.mark.parametrize("kind", KINDS)
def test_wrong_encodings(kind: str, encoding: str) -> None:
    text = SAMPLES[kind][0].decode("utf-8-sig") + "\n"
    if kind == "pixels":
        text = text.replace("group", "café")  # something beyond ASCII to mis-encode
    text = text.replace("window", "fenêtre").replace("counsellor", "thérapeute")
    data = text.encode(encoding, errors="replace")
    plan = outcome(kind, data)
    if encoding in ("utf-16", "utf-32"):
        assert plan is None


CSV_HEADERS = [
    ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"],
    ["full_date", "date", "weekday", "time", "mood", "activities", "note"],
    ["year", "date", "weekday", "time", "mood", "activities", "note"],
    ["full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"],
]
cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["rad", "good", " meh ", "bad", "awful", "9:10 pm", "21:10", "2024-02-29"]),
    st.sampled_from(["18 May", "May 18", "2018", "a | b | ", "x\ny", '"', "12:00 am", ""]),
    st.sampled_from(["7 września", "9月7日", "listopad 7", "<b>x</b><br>y", "<c_e> tired"]),
    st.sampled_from(["Sleep: 8/10 points | Energy: 3/5", "&amp;", "czwartek", "7 tháng 9"]),
)


@FUZZ
@given(
    header=st.sampled_from(CSV_HEADERS),
    rows=st.lists(st.lists(cell, min_size=6, max_size=9), max_size=6),
    bom=st.booleans(),
)
def test_structured_daylio_csv(header: list[str], rows: list[list[str]], bom: bool) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    data = (("\ufeff" if bom else "") + buf.getvalue()).encode("utf-8", errors="surrogatepass")
    outcome("daylio", data, {"x": 5})


json_value = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _field(base: dict, data: st.DataObject) -> dict:  # type: ignore[type-arg]
    """``base`` with some of its values replaced by anything."""
    out = dict(base)
    for key in data.draw(st.lists(st.sampled_from(sorted(base)), max_size=3)):
        out[key] = data.draw(json_value)
    return out


@FUZZ
@given(data=st.data())
def test_structured_daylio_backup(data: st.DataObject) -> None:
    doc = json.loads(BACKUP_JSON)
    doc["customMoods"] = [_field(m, data) for m in doc["customMoods"]]
    doc["tags"] = [_field(t, data) for t in doc["tags"]]
    doc["dayEntries"] = [_field(e, data) for e in doc["dayEntries"]]
    if data.draw(st.booleans()):
        doc = _field(doc, data)
    outcome("daylio", daylio_zip(json.dumps(doc).encode()))


@FUZZ
@given(data=st.data())
def test_structured_day_one(data: st.DataObject) -> None:
    doc = json.loads(SAMPLES["dayone"][data.draw(st.sampled_from([0, 1]))])
    doc["entries"] = [_field(e, data) for e in doc["entries"]]
    for entry in doc["entries"]:
        if data.draw(st.booleans()):
            entry["text"] = data.draw(DAYONE_TEXT)
    plan = outcome("dayone", json.dumps(doc).encode())
    if plan is not None:
        for record in plan.records:
            assert "dayone-moment" not in record.fields()["text"]
    outcome("dayone", dayone_zip({"Journal.json": json.dumps(doc).encode()}))


DAYONE_TEXT = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(
            [
                "![](dayone-moment://AB12)",
                "![](dayone-moment:/video/V1)",
                "\\.",
                "# Heading\n",
                "[x](dayone://view?entryId=1)",
                "\\",
                "dayone-photo://",
            ]
        ),
    ),
    max_size=8,
).map("".join)

BEARABLE_HEADERS = [
    ["date", "weekday", "time of day", "category", "rating/amount", "detail", "notes"],
    ["date", "date formatted", "weekday", "time of day", "category", "rating/amount", "detail",
     "notes"],
]  # fmt: skip
bearable_cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["22nd Sep 2020", "2020-09-22", "Mood", "Symptom", "Sleep", "Meds/Supplements"]
    ),
    st.sampled_from(["pre", "am", "mid", "pm", "all day", "03:00", "", "7", "11", "Meh | Anxious"]),
    st.sampled_from(["Headache (Mild)", "4:15", "Sertraline (mg)", ". ", "1st Jan 2024"]),
)


@FUZZ
@given(
    header=st.sampled_from(BEARABLE_HEADERS),
    rows=st.lists(st.lists(bearable_cell, min_size=6, max_size=9), max_size=8),
)
def test_structured_bearable(header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    outcome("bearable", buf.getvalue().encode("utf-8", errors="surrogatepass"))


@FUZZ
@given(data=st.data())
def test_structured_pixels(data: st.DataObject) -> None:
    days = json.loads(SAMPLES["pixels"][0])
    days = [_field(d, data) for d in days]
    for day in days:
        if data.draw(st.booleans()):
            day["tags"] = data.draw(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "type": st.sampled_from(["Emotions", "Activities", "", "X"]),
                            "entries": st.lists(st.text(max_size=12), max_size=4),
                        }
                    ),
                    max_size=3,
                )
            )
    plan = outcome("pixels", json.dumps(days).encode())
    if plan is not None:
        assert all(1 <= r.fields().get("score", 1) <= 10 for r in plan.records)


@FUZZ
@given(data=st.data())
def test_structured_jrnl_and_own_json(data: st.DataObject) -> None:
    jrnl = json.loads(SAMPLES["jrnl"][0])
    jrnl["entries"] = [_field(e, data) for e in jrnl["entries"]]
    outcome("jrnl", json.dumps(jrnl).encode())
    own = json.loads(SAMPLES["json"][0])
    own["records"] = [_field(r, data) for r in own["records"]]
    own["people"] = [_field(p, data) for p in own["people"]]
    outcome("json", json.dumps(own).encode())


@FUZZ
@given(
    items=st.lists(json_value, max_size=8),
    indent=st.sampled_from([None, 0, 2]),
    chunk=st.integers(1, 9),
)
def test_the_stream_reader_reads_what_json_reads(
    items: list[object], indent: int | None, chunk: int
) -> None:
    """Item by item, in chunks as small as one character: the same values as json.loads."""
    text = json.dumps({"entries": items, "n": 1e5, "t": [[1], {}]}, indent=indent)
    with patch.object(_jsonstream, "_CHUNK", chunk):
        reader = JsonReader(io.StringIO(text), "test file")
        read: list[object] = []
        for name in reader.members():
            if name == "entries":
                read.extend(reader.items())
            else:
                reader.skip()
        reader.finish()
    assert read == json.loads(text)["entries"]


@FUZZ
@given(data=st.data(), chunk=st.integers(1, 9))
def test_the_stream_reader_finds_errors_where_json_does(data: st.DataObject, chunk: int) -> None:
    text = json.dumps(
        data.draw(st.lists(json_value, max_size=5)), indent=data.draw(st.sampled_from([None, 1]))
    )
    at = data.draw(st.integers(0, len(text)))
    broken = (
        text[:at]
        + data.draw(st.sampled_from(["", ",", "]", "{", '"', "x", "\n"]))
        + text[at + data.draw(st.integers(0, 3)) :]
    )
    try:
        expected = json.loads(broken)
    except json.JSONDecodeError as exc:
        expected = f"line {exc.lineno}, column {exc.colno}"
    with patch.object(_jsonstream, "_CHUNK", chunk):
        reader = JsonReader(io.StringIO(broken), "test file")
        try:
            if reader.peek() == "[":
                got: object = list(reader.items())
            else:
                got = reader.value()
            reader.finish()
        except InvalidImportFile as exc:
            got = str(exc)
    if isinstance(got, str) and "lone surrogate" in got:
        return  # valid JSON that is not text: refused on purpose (json.loads takes it)
    if isinstance(expected, str):
        assert isinstance(got, str) and expected in got, (broken, got)
        assert "at at" not in got
    else:
        assert got == expected


@pytest.mark.parametrize("size", [200_001, 1_000_001, 5_000_000])
def test_huge_fields(size: int) -> None:
    big = "x" * size
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    outcome("daylio", (header + f'2026-01-01,,,10:00,good,"{big}",,"{big}"\n').encode())
    outcome("daylio", (header + f'2026-01-01,,,10:00,good,,"{big}",\n').encode())
    entry = {"title": big, "body": big, "date": "2026-01-01", "time": "10:00", "tags": [big]}
    outcome("jrnl", json.dumps({"entries": [entry]}).encode())
    doc = json.loads(BACKUP_JSON)
    doc["dayEntries"][0]["note"] = "<p>" + big + "</p>"
    outcome("daylio", daylio_zip(json.dumps(doc).encode()))


def test_a_long_note_within_limits_is_kept_whole() -> None:
    note = "line\n" * 100_000
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    plan = outcome("daylio", (header + f'2026-01-01,,,10:00,good,,,"{note}"\n').encode())
    assert plan is not None
    assert plan.records[1].fields()["text"] == note.strip()
