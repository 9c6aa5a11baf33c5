"""``journal-app import`` run as a separate process on a real encrypted journal."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import daylio_zip, sample

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    Person,
    TimeAlone,
)
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import ImportKind, ImportPlan, apply
from journal_app.exchange.jsondoc import to_document
from journal_app.services.journal import Journal
from journal_app.storage.repository import RecordRepository

PASSPHRASE = "correct horse battery"
PROGRAM = str(Path(sys.executable).parent / "journal-app")
EAST = timezone(timedelta(hours=9))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-home")


def run(
    home: Path, data_dir: Path, *args: str, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOURNAL_APP_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        TZ="Europe/Berlin",
    )
    if passphrase is not None:
        env["JOURNAL_APP_PASSPHRASE"] = passphrase
    return subprocess.run(
        [PROGRAM, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def journal_dir(home: Path) -> Path:
    """One journal for the module, created through the real program."""
    data_dir = home / "journal"
    done = run(home, data_dir, "init")
    assert done.returncode == 0, done.stderr
    return data_dir


def count(data_dir: Path) -> int:
    with Journal.unlock(data_dir, PASSPHRASE) as journal:
        return journal.count()


def fingerprint(data_dir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


def assert_one_line_error(done: subprocess.CompletedProcess[str], code: int) -> None:
    assert done.returncode == code, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("journal-app: ")


def test_daylio_csv_imports_once_and_a_second_time_adds_nothing(
    home: Path, journal_dir: Path
) -> None:
    before = count(journal_dir)
    first = run(home, journal_dir, "import", "daylio", str(sample("daylio_current.csv")))
    assert first.returncode == 0, first.stderr
    assert "(6 mood check-ins, 4 journal entries)" in first.stdout
    assert "from 2026-03-12 to 2026-03-14" in first.stdout
    assert "Added to your journal: 10." in first.stdout
    assert count(journal_dir) == before + 10

    again = run(home, journal_dir, "import", "daylio", str(sample("daylio_current.csv")))
    assert again.returncode == 0, again.stderr
    assert "Added to your journal: 0." in again.stdout
    assert "Already in your journal, left as they were: 10." in again.stdout
    assert count(journal_dir) == before + 10


def test_dry_run_needs_no_passphrase_and_writes_nothing(home: Path, journal_dir: Path) -> None:
    before = fingerprint(journal_dir)
    done = run(
        home,
        journal_dir,
        "import",
        "daylio",
        str(sample("daylio_year.csv")),
        "--dry-run",
        passphrase=None,
    )
    assert done.returncode == 0, done.stderr
    assert "Dry run: nothing was written" in done.stdout
    assert "from 2018-05-16 to 2018-12-01" in done.stdout
    assert "mood check-ins: 4" in done.stdout
    assert "journal entries: 2" in done.stdout
    assert "Moods found: awful, good, meh, rad" in done.stdout
    assert fingerprint(journal_dir) == before


def test_backup_and_jrnl_through_the_program(home: Path, journal_dir: Path, tmp_path: Path) -> None:
    backup = tmp_path / "2026-01-06.daylio"
    backup.write_bytes(daylio_zip(sample("daylio_backup.json").read_bytes()))
    before = count(journal_dir)
    done = run(home, journal_dir, "import", "daylio", str(backup))
    assert done.returncode == 0, done.stderr
    assert "Added to your journal: 5." in done.stdout
    done = run(home, journal_dir, "import", "jrnl", str(sample("jrnl.json")))
    assert done.returncode == 0, done.stderr
    assert "Added to your journal: 3." in done.stdout
    assert count(journal_dir) == before + 8
    listed = run(home, journal_dir, "search", "counsellor", "--format", "json")
    (found,) = json.loads(listed.stdout)
    assert found["share"] is False  # jrnl's star is a favourite, never "share with my therapist"
    assert found["tags"] == ["therapy", "starred"]
    assert "4711" not in run(home, journal_dir, "list", "--format", "json").stdout


def test_unmapped_moods_stop_and_a_mood_map_lets_them_in(home: Path, journal_dir: Path) -> None:
    before = count(journal_dir)
    path = str(sample("daylio_custom_moods.csv"))
    done = run(home, journal_dir, "import", "daylio", path)
    assert_one_line_error(done, 5)
    assert "bien, so-so, super" in done.stderr
    assert count(journal_dir) == before
    done = run(home, journal_dir, "import", "daylio", path, "--mood-map", "super=10,bien=7,so-so=4")
    assert done.returncode == 0, done.stderr
    assert count(journal_dir) == before + 6
    done = run(home, journal_dir, "import", "daylio", path, "--mood-map", "super=eleven")
    assert_one_line_error(done, 2)


def broken_files(tmp_path: Path) -> list[Path]:
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    good_rows = "".join(f"2020-01-{day:02d},,,10:00,good,walk,,day {day}\n" for day in range(1, 29))
    files = {
        # Many good rows, then one bad one at the very end: nothing may be imported.
        "late-error.csv": header
        + good_rows
        + "2020-01-29,,,10:00,good,,,\n2020-01-30,,,nope,good,,,\n",
        "not-daylio.csv": "name,email\nA,a@example.org\n",
        "truncated.daylio": daylio_zip(sample("daylio_backup.json").read_bytes())[:200],
        "jrnl-broken.json": '{"entries": [{"title": "ok", "date": "2020-01-01"}, {"date": 5}]}',
        "latin1.csv": (header + "2020-01-01,,,10:00,good,,,caf\xe9\n").encode("latin-1"),
    }
    paths = []
    for name, content in files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def test_invalid_files_exit_5_with_where_and_import_nothing(
    home: Path, journal_dir: Path, tmp_path: Path
) -> None:
    before = fingerprint(journal_dir)
    expected = {
        "late-error.csv": "Line 31",
        "not-daylio.csv": "line 1",
        "truncated.daylio": "damaged",
        "jrnl-broken.json": "Entry 2",
        "latin1.csv": "line 2",
    }
    for path in broken_files(tmp_path):
        kind = "jrnl" if path.name.startswith("jrnl") else "daylio"
        done = run(home, journal_dir, "import", kind, str(path))
        assert_one_line_error(done, 5)
        assert expected[path.name] in done.stderr, done.stderr
    assert fingerprint(journal_dir) == before  # not a byte changed


def test_missing_file_and_unknown_kind(home: Path, journal_dir: Path, tmp_path: Path) -> None:
    assert_one_line_error(run(home, journal_dir, "import", "json", str(tmp_path / "no.json")), 5)
    assert_one_line_error(run(home, journal_dir, "import", "evernote", str(tmp_path)), 2)


def test_own_json_round_trip_into_a_new_journal(home: Path, tmp_path: Path) -> None:
    """Export (to_document), import into a new vault, export again: the same records."""
    source = tmp_path / "source"
    at = datetime(2026, 11, 16, 9, 30, tzinfo=EAST)
    records = [
        MoodCheckIn(at=at, score=4, distress=6, emotions=("anxious",), note="hard morning"),
        ConnectionMoment(
            at=at + timedelta(hours=3),
            circle=Circle.PEER,
            minutes=45,
            person="Robin",
            felt_safe=5,
            initiated=True,
            share=True,
        ),
        TimeAlone(at=at + timedelta(hours=6), minutes=90, loneliness=7),
        BoundaryPractice(
            at=at + timedelta(days=1),
            type=BoundaryType.ASKING_FOR_SPACE,
            outcome=Outcome.HELD,
            person="Alex",
            circle=Circle.CLOSE,
            fear_before=8,
        ),
        JournalEntry(at=at + timedelta(days=2), text="I stayed.", title="Tuesday", tags=("ok",)),
    ]
    journal, _ = Journal.create(source, PASSPHRASE)
    with journal:
        journal.add_many(records, [Person(name="Dana", circle=Circle.COMMUNITY)])
        journal.archive_person(journal.find_person("Dana"))  # type: ignore[arg-type]
        first = to_document(journal.records_between(), journal.people(include_archived=True))
    path = tmp_path / "export.json"
    path.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")

    target = tmp_path / "target"
    assert run(home, target, "init").returncode == 0
    done = run(home, target, "import", "json", str(path))
    assert done.returncode == 0, done.stderr
    assert "Added to your journal: 5." in done.stdout
    assert "New people in your journal (see People): 3." in done.stdout
    with Journal.unlock(target, PASSPHRASE) as journal:
        second = to_document(
            journal.records_between(),
            journal.people(include_archived=True),
            exported=datetime.fromisoformat(first["exported"]),
        )
    assert second == first


def test_apply_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A record the store refuses, after others went in, leaves nothing behind."""
    at = datetime(2026, 1, 1, 10, 0, tzinfo=EAST)
    refused = BoundaryPractice(at=at, type=BoundaryType.OTHER, outcome=Outcome.HELD, person="New")
    plan = ImportPlan.of(
        ImportKind.JSON,
        [MoodCheckIn(at=at, score=5), JournalEntry(at=at, text="fine"), refused],
        [Person(name="Someone", circle=Circle.PEER)],
    )
    original = RecordRepository._index

    def refusing(self: RecordRepository, seq: int, record: AnyRecord) -> None:
        if record.id == refused.id:
            raise ValidationError("record", "refused by the store")
        original(self, seq, record)

    monkeypatch.setattr(RecordRepository, "_index", refusing)
    journal, _ = Journal.create(tmp_path / "j", PASSPHRASE)
    with journal:
        with pytest.raises(InvalidImportFile, match="Nothing was imported"):
            apply(journal, plan)
        assert journal.count() == 0
        assert journal.people(include_archived=True) == []


@pytest.mark.parametrize(
    ("kind", "name", "counts"),
    [
        ("dayone", "dayone_journal.json", "(4 journal entries)"),
        ("bearable", "bearable_export.csv", "(4 mood check-ins, 2 journal entries)"),
        ("pixels", "pixels_backup.json", "(5 mood check-ins, 3 journal entries)"),
        ("pixels", "pixels_2019.json", "(2 mood check-ins, 1 journal entry)"),
    ],
)
def test_day_one_bearable_and_pixels_through_the_program(
    home: Path, journal_dir: Path, kind: str, name: str, counts: str
) -> None:
    before = count(journal_dir)
    dry = run(home, journal_dir, "import", kind, str(sample(name)), "--dry-run", passphrase=None)
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: nothing was written" in dry.stdout
    first = run(home, journal_dir, "import", kind, str(sample(name)))
    assert first.returncode == 0, first.stderr
    assert counts in first.stdout
    added = count(journal_dir) - before
    assert f"Added to your journal: {added}." in first.stdout
    again = run(home, journal_dir, "import", kind, str(sample(name)))
    assert again.returncode == 0, again.stderr
    assert "Added to your journal: 0." in again.stdout
    assert count(journal_dir) == before + added


def test_a_day_one_zip_through_the_program(home: Path, journal_dir: Path, tmp_path: Path) -> None:
    from import_helpers import dayone_zip

    path = tmp_path / "Export - Journal.zip"
    path.write_bytes(dayone_zip({"Journal.json": sample("dayone_android.json").read_bytes()}))
    done = run(home, journal_dir, "import", "dayone", str(path))
    assert done.returncode == 0, done.stderr
    assert "(2 journal entries)" in done.stdout
    found = run(home, journal_dir, "search", "steadier", "--format", "json")
    (entry,) = json.loads(found.stdout)
    assert entry["tags"] == ["Morning"]


@pytest.mark.parametrize(
    ("kind", "content", "words"),
    [
        ("dayone", '{"entries": [{"creationDate": "2024-01-01T10:00:00Z", "text": "a"}, '
                   '{"creationDate": "soon", "text": "b"}]}', ["Entry 2", "creationDate"]),
        ("pixels", '[{"date": "2022-1-1", "scores": [3]}, {"date": "2022-1-2", "scores": [9]}]',
         ["Day 2", "scores"]),
        ("bearable", "date,weekday,time of day,category,rating/amount,detail,notes\n"
                     '"1st Jan 2024","M","am","Mood","5","",""\n'
                     '"2nd Jan 2024","T","am","Mood","eleven","",""\n',
         ["Line 3", "rating/amount"]),
    ],
)  # fmt: skip
def test_refused_files_name_the_entry_and_field_exit_5_and_add_nothing(
    home: Path, journal_dir: Path, tmp_path: Path, kind: str, content: str, words: list[str]
) -> None:
    path = tmp_path / f"broken-{kind}"
    path.write_text(content, encoding="utf-8")
    before = fingerprint(journal_dir)
    done = run(home, journal_dir, "import", kind, str(path))
    assert_one_line_error(done, 5)
    for word in words:
        assert word in done.stderr, done.stderr
    assert fingerprint(journal_dir) == before
