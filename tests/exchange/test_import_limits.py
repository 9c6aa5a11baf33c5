"""Bounded imports: sizes checked before reading, ZIPs inspected first, counts capped.

The stress cases (a 500 MB zip bomb, a 300 MB JSON, files at the limits) run
the real program in a child process and measure its peak memory with
``resource.getrusage(RUSAGE_CHILDREN)``; they are marked slow.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import sample

from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import (
    _common,
    _csv,
    _source,
    daylio,
    daylio_backup,
    parse_bytes,
    read_import,
)
from journal_app.exchange.importers._common import MAX_TEXT_BYTES, MIB

PROGRAM = str(Path(sys.executable).parent / "journal-app")
MEMORY_BUDGET_MB = 500  # issue 13: no import may take more than about 500 MB


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk (the size is all that is checked)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("json", "export.json"),
        ("jrnl", "jrnl.json"),
        ("daylio", "daylio_export.csv"),
        ("dayone", "Journal.json"),
        ("bearable", "bearable.csv"),
        ("pixels", "PIXELS-BACKUP.json"),
    ],
)
def test_a_text_file_past_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, kind: str, name: str
) -> None:
    path = sparse(tmp_path / name, MAX_TEXT_BYTES + 1)
    with pytest.raises(InvalidImportFile) as caught:
        read_import(kind, path)
    assert "too large" in str(caught.value)
    assert "at most 128 MB" in str(caught.value)


def test_the_limit_itself_is_allowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_source, "MAX_TEXT_BYTES", MIB)
    path = tmp_path / "jrnl.json"
    path.write_bytes(b'{"entries": []}' + b" " * (MIB - 15))
    assert read_import("jrnl", path).records == ()
    path.write_bytes(b'{"entries": []}' + b" " * (MIB - 14))
    with pytest.raises(InvalidImportFile, match="too large"):
        read_import("jrnl", path)


def zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


def test_a_zip_listing_too_many_files_is_refused_before_its_list_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_source, "MAX_ZIP_MEMBERS", 10)
    members = {f"photos/{n}.jpeg": b"x" for n in range(11)}
    read_list = []
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", lambda self: read_list.append(1))
    for kind, journal in (("dayone", "Journal.json"), ("daylio", "backup.daylio")):
        with pytest.raises(InvalidImportFile, match="too many files"):
            parse_bytes(kind, zip_of({**members, journal: b"{}"}))
    assert read_list == []  # zipfile never read the list


def test_a_journal_inside_a_zip_past_the_limit_is_refused_by_its_stated_size() -> None:
    buf = io.BytesIO()
    with (
        zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("Journal.json", "w", force_zip64=True) as member,
    ):
        member.write(b'{"entries": []}')
        chunk = b" " * MIB
        for _ in range(128):
            member.write(chunk)
    started = time.perf_counter()
    with pytest.raises(InvalidImportFile, match="too large"):
        parse_bytes("dayone", buf.getvalue())
    assert time.perf_counter() - started < 1.0  # refused without decompressing


def lying(data: bytes, member: str, claimed: int) -> bytes:
    """``data`` (a ZIP) whose table of contents claims ``member`` holds ``claimed`` bytes."""
    out = bytearray(data)
    name = member.encode()
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        (length,) = struct.unpack("<H", out[at + 28 : at + 30])
        if out[at + 46 : at + 46 + length] == name:
            out[at + 24 : at + 28] = struct.pack("<I", claimed)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_a_zip_bomb_that_lies_about_its_size_is_stopped_as_damaged() -> None:
    honest = zip_of({"backup.daylio": b"A" * (40 * MIB)})
    with pytest.raises(InvalidImportFile, match="damaged"):
        parse_bytes("daylio", lying(honest, "backup.daylio", 1000))


def test_a_backup_decoding_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(daylio_backup, "MAX_TEXT_BYTES", 4 * MIB)
    monkeypatch.setattr(_source, "MAX_TEXT_BYTES", 4 * MIB)
    # The member (base64) may be half as large again as the data: 6 MB here.
    with pytest.raises(InvalidImportFile, match=r"too large to import \(7 MB; at most 6 MB\)"):
        parse_bytes("daylio", zip_of({"backup.daylio": b"A" * (7 * MIB)}))
    with pytest.raises(InvalidImportFile, match="too large to import: more than 4 MB"):
        parse_bytes("daylio", zip_of({"backup.daylio": b"A" * (11 * MIB // 2)}))  # 4.1 decoded
    # Just under: read, and refused only for what it is (not JSON).
    with pytest.raises(InvalidImportFile, match="not valid JSON"):
        parse_bytes("daylio", zip_of({"backup.daylio": b"A" * (5 * MIB)}))


def test_too_many_records_are_refused_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_common, "MAX_RECORDS", 5)
    monkeypatch.setattr(daylio, "MAX_RECORDS", 5)
    six_days = [{"date": f"2022-1-{n}", "scores": [3]} for n in range(1, 7)]
    five_days = six_days[:5]
    assert len(parse_bytes("pixels", json.dumps(five_days).encode()).records) == 5
    with pytest.raises(InvalidImportFile, match="more than 5 records"):
        parse_bytes("pixels", json.dumps(six_days).encode())
    rows = "".join(f"2020-01-0{n},,,10:00,good,,,\n" for n in range(1, 7))
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    with pytest.raises(InvalidImportFile, match="more than 5 records"):
        parse_bytes("daylio", (header + rows).encode())
    entries = [{"title": f"t{n}", "date": "2020-01-01", "time": "10:00"} for n in range(6)]
    with pytest.raises(InvalidImportFile, match="more than 5 records"):
        parse_bytes("jrnl", json.dumps({"entries": entries}).encode())


def test_too_many_csv_rows_are_refused_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_csv, "MAX_CSV_ROWS", 3)
    header = "date,weekday,time of day,category,rating/amount,detail,notes\n"
    rows = '"3rd Mar 2021","W","pm","Symptom","1","Headache (Mild)",""\n' * 4
    with pytest.raises(InvalidImportFile, match="more than 3 rows"):
        parse_bytes("bearable", (header + rows).encode())


def test_a_file_that_cannot_be_read_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_bytes(sample("daylio_current.csv").read_bytes())

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InvalidImportFile, match="cannot be read: Permission denied"):
        read_import("daylio", path)


# -- peak memory of the real program ---------------------------------------------------


@pytest.fixture
def big(tmp_path: Path) -> Iterator[Path]:
    """A folder for the big files of one test, emptied afterwards (pytest keeps old runs)."""
    folder = tmp_path / "big"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def peak_of(*args: str, env: dict[str, str] | None = None) -> tuple[int, float, str, int]:
    """Run ``journal-app ARGS`` alone in a child; its exit code, seconds, stderr, peak MB.

    Each call measures in a fresh grandchild (``ru_maxrss`` of children is a
    maximum over all of them, so the measuring child runs only this one).
    """
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "print(json.dumps([done.returncode, time.perf_counter() - t, done.stderr, peak]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, PROGRAM, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=True,
    )
    code, seconds, stderr, peak = json.loads(done.stdout)
    # The figures, for the README (shown with pytest -s).
    print(f"\n  journal-app {' '.join(args[2:])}: exit {code}, {seconds:.1f} s, peak {peak} MB")
    return code, seconds, stderr, peak


def big_file(path: Path, head: bytes, item: Callable[[int], bytes], tail: bytes, size: int) -> Path:
    """``head``, then items ``item(0)``, ``item(1)``… (comma-separated) to about ``size`` bytes."""
    with path.open("wb") as out:
        out.write(head)
        written, n = len(head) + len(tail), 0
        while True:
            data = (b"," if n else b"") + item(n)
            if written + len(data) > size:
                break
            out.write(data)
            written += len(data)
            n += 1
        out.write(tail)
    return path


@pytest.mark.slow
def test_a_500_mb_zip_bomb_posing_as_a_backup_is_refused_at_once(tmp_path: Path, big: Path) -> None:
    bomb = big / "backup.daylio"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("backup.daylio", "w", force_zip64=True) as member,
    ):
        chunk = b"A" * MIB
        for _ in range(500):
            member.write(chunk)
    assert bomb.stat().st_size < 600_000  # about 500 KB on disk
    code, seconds, stderr, peak = peak_of(
        "--data-dir", str(tmp_path / "j"), "import", "daylio", str(bomb), "--dry-run"
    )
    assert code == 5 and "too large" in stderr
    assert peak < 100, peak
    assert seconds < 5, seconds
    # The same data under a ZIP that claims less: stopped by the counter, within bounds.
    code, seconds, stderr, peak = peak_of(
        "--data-dir",
        str(tmp_path / "j"),
        "import",
        "daylio",
        str(_rewrite(bomb, big / "liar.daylio", 150 * MIB)),
        "--dry-run",
    )
    assert code == 5
    assert peak < MEMORY_BUDGET_MB, peak


def _rewrite(source: Path, target: Path, claimed: int) -> Path:
    target.write_bytes(lying(source.read_bytes(), "backup.daylio", claimed))
    return target


@pytest.mark.slow
def test_a_300_mb_json_is_refused_before_it_is_read(tmp_path: Path, big: Path) -> None:
    entry = json.dumps({"title": "t", "body": "word " * 50, "date": "2020-01-01"}).encode()
    path = big_file(big / "big.json", b'{"entries": [', lambda _: entry, b"]}", 300 * MIB)
    code, seconds, stderr, peak = peak_of(
        "--data-dir", str(tmp_path / "j"), "import", "jrnl", str(path), "--dry-run"
    )
    assert code == 5 and "too large" in stderr and "300 MB" in stderr
    assert peak < 100, peak
    assert seconds < 5, seconds


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["dayone", "json"])
def test_a_json_at_the_size_limit_reads_within_the_memory_budget(
    tmp_path: Path, big: Path, kind: str
) -> None:
    text = "today I stayed with it and it was enough " * 40
    rich = json.dumps({"contents": [{"text": text}]})

    def item(n: int) -> bytes:
        if kind == "dayone":
            fields = {"uuid": f"U{n}", "creationDate": "2020-01-01T10:00:00Z", "text": text}
            fields.update(timeZone="Europe/Berlin", richText=rich)
        else:
            fields = {"id": f"r{n}", "kind": "entry", "at": "2020-01-01T10:00+01:00", "text": text}
        return json.dumps(fields).encode()

    head = {
        "dayone": b'{"metadata": {"version": "1.0"}, "entries": [',
        "json": b'{"format": "journal-app", "version": 1, "records": [',
    }[kind]
    path = big_file(big / "big.json", head, item, b"]}", MAX_TEXT_BYTES - MIB)
    code, _, stderr, peak = peak_of(
        "--data-dir", str(tmp_path / "j"), "import", kind, str(path), "--dry-run"
    )
    assert code in (0, 5), stderr  # 5 when the count limit is met first
    assert peak < MEMORY_BUDGET_MB, peak


@pytest.mark.slow
def test_a_daylio_csv_at_the_record_limit_imports_within_the_memory_budget(
    tmp_path: Path, big: Path
) -> None:
    rows = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    note = "today I felt calmer after the walk and called my sister it was hard " * 4
    for n in range(_common.MAX_RECORDS // 2):
        day = f"{2000 + n // 336}-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}"
        rows.append(f'{day},,,{n % 24:02d}:{n % 60:02d},good,"walk | tea","","{note}"')
    path = big / "daylio_export.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    env = {"JOURNAL_APP_PASSPHRASE": "memory budget passphrase"}
    data_dir = str(big / "journal")
    code, _, stderr, _ = peak_of("--data-dir", data_dir, "init", env=env)
    assert code == 0, stderr
    code, _, stderr, peak = peak_of("--data-dir", data_dir, "import", "daylio", str(path), env=env)
    assert code == 0, stderr
    assert peak < MEMORY_BUDGET_MB, peak


@pytest.mark.slow
def test_a_zip_of_more_than_the_allowed_files_is_refused_quickly(tmp_path: Path, big: Path) -> None:
    path = big / "export.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for n in range(_common.MAX_ZIP_MEMBERS + 1):
            archive.writestr(f"photos/{n}.jpeg", b"")
        archive.writestr("Journal.json", b'{"entries": []}')
    code, seconds, stderr, peak = peak_of(
        "--data-dir", str(tmp_path / "j"), "import", "dayone", str(path), "--dry-run"
    )
    assert code == 5 and "too many files" in stderr
    assert seconds < 5, seconds
    assert peak < 100, peak
