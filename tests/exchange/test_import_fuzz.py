"""Every importer, fed anything: a clean parse or ``InvalidImportFile``, never another error."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import daylio_zip, sample

from journal_app.domain.serialize import record_to_json
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import ImportPlan, parse_bytes

KINDS = ("json", "daylio", "jrnl")
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
        daylio_zip(BACKUP_JSON),
    ],
    "jrnl": [sample("jrnl.json").read_bytes()],
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
    text = text.replace("window", "fenêtre").replace("counsellor", "thérapeute")
    data = text.encode(encoding, errors="replace")
    plan = outcome(kind, data)
    if encoding in ("utf-16", "utf-32"):
        assert plan is None


CSV_HEADERS = [
    ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"],
    ["full_date", "date", "weekday", "time", "mood", "activities", "note"],
    ["year", "date", "weekday", "time", "mood", "activities", "note"],
]
cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["rad", "good", " meh ", "bad", "awful", "9:10 pm", "21:10", "2024-02-29"]),
    st.sampled_from(["18 May", "May 18", "2018", "a | b | ", "x\ny", '"', "12:00 am", ""]),
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
def test_structured_jrnl_and_own_json(data: st.DataObject) -> None:
    jrnl = json.loads(SAMPLES["jrnl"][0])
    jrnl["entries"] = [_field(e, data) for e in jrnl["entries"]]
    outcome("jrnl", json.dumps(jrnl).encode())
    own = json.loads(SAMPLES["json"][0])
    own["records"] = [_field(r, data) for r in own["records"]]
    own["people"] = [_field(p, data) for p in own["people"]]
    outcome("json", json.dumps(own).encode())


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
