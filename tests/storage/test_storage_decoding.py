"""The typed row decoder: rows the store wrote come back equal; damaged rows are refused."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from record_strategies import records
from storage_support import PASSPHRASE, fast_kdf, one_of_each  # noqa: F401 - a fixture

from journal_app.cli.main import main as cli_main
from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    ConnectionMoment,
    SessionReflection,
    record_from_fields,
)
from journal_app.errors import VaultDamaged
from journal_app.services.journal import Journal
from journal_app.storage.decoding import DamagedRecord, decode_row
from journal_app.storage.repository import _encode

COLUMNS = (
    "seq", "id", "kind", "local_date", "local_time", "utc_offset", "person",
    "note", "share", "data", "created", "updated",
)  # fmt: skip


def row_of(record: AnyRecord, **changes: Any) -> tuple[Any, ...]:
    """The row ``repository._SELECT`` reads for ``record`` (as the store writes it)."""
    row = _encode(record)
    person = record.person if isinstance(record, ConnectionMoment | BoundaryPractice) else None
    values = {"seq": 1, **row, "person": person, **changes}
    return tuple(values[key] for key in COLUMNS)


def validated(row: tuple[Any, ...]) -> AnyRecord:
    """What the validating constructors make of the same row (the slow path)."""
    from datetime import datetime, timedelta, timezone

    _seq, rid, kind, day, clock, offset, person, note, share, data, made, changed = row
    fields = json.loads(data)
    if kind in ("connection", "boundary"):
        fields["person"] = person
    at = datetime.fromisoformat(f"{day}T{clock}").replace(
        tzinfo=timezone(timedelta(minutes=offset))
    )
    return record_from_fields(
        kind,
        fields,
        id=rid,
        at=at,
        note=note,
        share=bool(share),
        created=datetime.fromisoformat(made),
        updated=datetime.fromisoformat(changed),
    )


@given(records)
@settings(max_examples=400, deadline=None)
def test_every_record_comes_back_equal_and_as_validation_would_make_it(record: AnyRecord) -> None:
    row = row_of(record)
    decoded = decode_row(row)
    assert decoded == record
    assert decoded == validated(row)
    assert type(decoded) is type(record)
    assert decoded.at.utcoffset() == record.at.utcoffset()
    assert decoded.fields() == record.fields()
    # Values are real values, not look-alikes: enums stay enums, lists become tuples.
    for name, value in vars(record).items():
        assert type(getattr(decoded, name)) is type(value), name


def test_a_reflection_comes_back_as_a_reflection() -> None:
    record = ConnectionMoment(
        circle="professional",
        minutes=50,
        reflection=SessionReflection(heard=7, goals=None, bring_up="sleep"),
    )
    decoded = decode_row(row_of(record))
    assert isinstance(decoded, ConnectionMoment)
    assert decoded.reflection == record.reflection
    assert type(decoded.reflection) is SessionReflection


def test_a_field_added_after_the_row_was_written_takes_its_default() -> None:
    """A connection saved before ``support`` and ``reflection`` existed still reads."""
    record = ConnectionMoment(circle="peer", minutes=30, initiated=True)
    data = json.loads(row_of(record)[9])
    del data["support"], data["reflection"]
    decoded = decode_row(row_of(record, data=json.dumps(data)))
    assert decoded == record


MOOD = one_of_each()[0]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"data": '{"score": 6, "distress": 3,'}, "data"),  # cut short
        ({"data": '{"score": 6} {}'}, "data"),  # something after the object
        ({"data": "[6, 3]"}, "data"),
        ({"data": None}, "data"),
        ({"data": "[" * 100_000}, "data"),  # nested past Python's recursion limit
        ({"data": '{"score": ' + "[" * 100_000}, "data"),
        ({"data": '{"distress": 3, "emotions": []}'}, "score"),  # a required field missing
        ({"data": '{"score": "6", "distress": 3, "emotions": []}'}, "score"),
        ({"data": '{"score": true, "distress": 3, "emotions": []}'}, "score"),
        ({"data": '{"score": 6.5, "distress": 3, "emotions": []}'}, "score"),
        ({"data": '{"score": 6, "distress": [], "emotions": []}'}, "distress"),
        ({"data": '{"score": 6, "emotions": "calm"}'}, "emotions"),
        ({"data": '{"score": 6, "emotions": ["calm", 3]}'}, "emotions"),
        ({"data": '{"score": 6, "emotions": [], "colour": "blue"}'}, "colour"),
        ({"kind": "dream"}, "kind"),
        ({"kind": None}, "kind"),
        ({"id": None}, "id"),
        ({"id": ""}, "id"),
        ({"note": 5}, "note"),
        ({"share": 2}, "share"),
        ({"share": "1"}, "share"),
        ({"local_date": "2026-13-01"}, "at"),
        ({"local_time": "25:00:00"}, "at"),
        ({"local_date": None}, "at"),
        ({"local_date": "9999-12-31"}, "at"),  # a year no record may have: weeks overflow
        ({"local_date": "0001-01-01"}, "at"),
        ({"local_date": "1899-12-31", "local_time": "23:59:00", "utc_offset": -600}, "at"),
        ({"utc_offset": 60 * 19}, "at"),
        ({"utc_offset": "60"}, "at"),
        ({"created": "yesterday"}, "created"),
        ({"updated": "2026-11-16T09:00:00"}, "updated"),  # no offset
    ],
)
def test_a_damaged_row_is_refused_naming_the_record_and_the_field(
    changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(DamagedRecord) as caught:
        decode_row(row_of(MOOD, **changes))
    message = str(caught.value)
    assert f"field {field})" in message
    assert "restore a backup" in message
    assert caught.value.exit_code == 4


@pytest.mark.parametrize(
    ("record", "key", "value"),
    [
        (one_of_each()[1], "circle", "cousins"),
        (one_of_each()[1], "mode", ["call"]),
        (one_of_each()[1], "initiated", 1),
        (one_of_each()[1], "reflection", {"heard": "a lot"}),
        (one_of_each()[1], "reflection", "fine"),
        (one_of_each()[2], "chosen", "yes"),
        (one_of_each()[3], "outcome", None),
        (one_of_each()[4], "text", None),
        (one_of_each()[4], "tags", [["walk"]]),
    ],
)
def test_each_kind_refuses_a_field_of_the_wrong_shape(
    record: AnyRecord, key: str, value: Any
) -> None:
    data = json.loads(row_of(record)[9])
    data[key] = value
    with pytest.raises(DamagedRecord, match=f"field {key}\\)"):
        decode_row(row_of(record, data=json.dumps(data)))


def test_a_person_that_is_not_a_name_is_refused() -> None:
    with pytest.raises(DamagedRecord, match="field person\\)"):
        decode_row(row_of(one_of_each()[1], person=7))


# -- a damaged row in a real store ------------------------------------------------------


@pytest.fixture
def damaged_journal(tmp_path: Path, fast_kdf: None) -> Iterator[Path]:  # noqa: F811
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many(one_of_each())
        journal._store.conn.execute(
            "UPDATE records SET data = '{\"score\": \"very low\"}' WHERE id = 'r-mood'"
        )
    yield root


def test_reading_a_damaged_row_says_which_record_and_changes_nothing(
    damaged_journal: Path,
) -> None:
    before = (damaged_journal / "journal.db").read_bytes()
    with Journal.unlock(damaged_journal, PASSPHRASE) as journal:
        with pytest.raises(DamagedRecord, match="record r-mood, field score"):
            journal.records_between()
        # The other records still read one by one.
        assert journal.get("r-entry").kind.value == "entry"
    assert (damaged_journal / "journal.db").read_bytes() == before


def test_the_command_line_says_so_in_one_line_with_exit_code_4(
    damaged_journal: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    code = cli_main(["--data-dir", str(damaged_journal), "list"])
    err = capsys.readouterr().err
    assert code == 4
    assert err.count("\n") == 1
    assert "record r-mood, field score" in err
    assert "Traceback" not in err


def test_a_person_with_a_circle_no_person_may_have_is_refused_in_one_line(
    tmp_path: Path,
    fast_kdf: None,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Edited with the key and the CHECK taken out of the schema: the store is not one
    # the app could have written, and every command that lists people says so.
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many(one_of_each())
        conn = journal._store.conn
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'people'").fetchone()
        unchecked = re.sub(r"CHECK \(\s*circle IS NULL.*?\)\s*\)", "", sql, flags=re.S)
        assert unchecked != sql
        conn.execute("PRAGMA writable_schema = 1")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'people'", (unchecked,))
        conn.execute("PRAGMA writable_schema = 0")
    with Journal.unlock(root, PASSPHRASE) as journal:
        journal._store.conn.execute("UPDATE people SET circle = 'cousins' WHERE name = 'Sam'")
    before = (root / "journal.db").read_bytes()
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    for args in (["people"], ["export", "--format", "json", "--all", "--out", "x.json"]):
        monkeypatch.chdir(tmp_path)
        code = cli_main(["--data-dir", str(root), *args])
        err = capsys.readouterr().err
        assert code == 4, args
        assert err.count("\n") == 1
        assert "A person in the journal is damaged" in err
        assert "Traceback" not in err
    assert not (tmp_path / "x.json").exists()
    assert (root / "journal.db").read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE records_search_data SET block = CAST(printf('%.*c', length(block), 'x') AS BLOB) "
        "WHERE id > 10",
        "UPDATE records_search_config SET v = 99 WHERE k = 'version'",
    ],
)
def test_a_damaged_search_index_says_so_and_the_records_still_read(
    tmp_path: Path,
    fast_kdf: None,  # noqa: F811
    damage: str,
) -> None:
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many(one_of_each())
        journal._store.conn.execute(damage)
    with Journal.unlock(root, PASSPHRASE) as journal:  # read afresh (FTS5 keeps its config)
        with pytest.raises(VaultDamaged, match="search index is damaged") as caught:
            journal.search("river")
        assert caught.value.exit_code == 4
        with pytest.raises(VaultDamaged, match="search index is damaged"):
            journal.count_matching("river")
        assert len(journal.records_between()) == len(one_of_each())
