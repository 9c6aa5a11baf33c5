"""Records and people in the encrypted store.

Each record is one row: what every record has in columns (the local day and
time with its offset, so a week is an index range), the person as a foreign
key, and the kind's own fields as JSON. Text that can be searched is mirrored
into an FTS5 table in the same transaction, inside the same encrypted file.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import sqlcipher3

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    JournalEntry,
    Person,
    RecordKind,
    utc_now,
)
from journal_app.domain.validation import ValidationError
from journal_app.errors import KnownError, VaultDamaged
from journal_app.storage import tr
from journal_app.storage.database import Connection, transaction
from journal_app.storage.decoding import decode_row

_COLUMNS = (
    "r.seq, r.id, r.kind, r.local_date, r.local_time, r.utc_offset, p.name, "
    "r.note, r.share, r.data, r.created, r.updated"
)
_SELECT = f"SELECT {_COLUMNS} FROM records r LEFT JOIN people p ON p.id = r.person_id"


class NotFound(KnownError):
    exit_code = 2


@dataclass(frozen=True)
class AddResult:
    added: int
    skipped: int
    people_added: int


def _circle_of(record: AnyRecord) -> Circle | None:
    """The circle a new person named by ``record`` joins (none: off the map)."""
    if isinstance(record, ConnectionMoment | BoundaryPractice):
        return record.circle
    return None


def _person_of(record: AnyRecord) -> str | None:
    if isinstance(record, ConnectionMoment | BoundaryPractice):
        return record.person
    return None


# One encoder for every row (json.dumps with options makes a new one on each call).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# How many records add_many looks up and writes at once (its ids stay well under
# SQLite's limit of parameters).
_CHUNK = 500
_ROW = (
    "id, kind, local_date, local_time, utc_offset, person_id, note, share, data, created, updated"
)
_NAMED = ":" + _ROW.replace(", ", ", :")
_INSERT = f"INSERT INTO records ({_ROW}) VALUES ({_NAMED})"
_INSERT_NUMBERED = f"INSERT INTO records (seq, {_ROW}) VALUES (:seq, {_NAMED})"
_INDEX = "INSERT INTO records_search (rowid, title, body, tags, note) VALUES (?, ?, ?, ?, ?)"


def _encode(record: AnyRecord) -> dict[str, Any]:
    data = record.fields()
    data.pop("person", None)  # kept as a foreign key, so a rename reaches every record
    offset = record.at.utcoffset() or timedelta(0)
    return {
        "id": record.id,
        "kind": record.kind.value,
        "local_date": record.at.date().isoformat(),
        "local_time": record.at.time().isoformat(timespec="seconds"),
        "utc_offset": int(offset.total_seconds() // 60),
        "note": record.note,
        "share": int(record.share),
        "data": _JSON.encode(data),
        "created": record.created.isoformat(timespec="seconds"),
        "updated": record.updated.isoformat(timespec="seconds"),
    }


def _chunks(items: Iterable[AnyRecord], size: int) -> Iterator[list[AnyRecord]]:
    """``items`` in lists of ``size`` (the last one shorter), read as they come."""
    chunk: list[AnyRecord] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _search_columns(record: AnyRecord) -> tuple[str, str, str, str]:
    if isinstance(record, JournalEntry):
        return record.title, record.text, " ".join(record.tags), record.note
    return "", "", "", record.note


def _day_range(start: date | None, end: date | None) -> tuple[list[str], list[Any]]:
    """The WHERE clauses and parameters for a local day in [start, end] (either open)."""
    clauses: list[str] = []
    params: list[Any] = []
    if start is not None:
        clauses.append("r.local_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("r.local_date <= ?")
        params.append(end.isoformat())
    return clauses, params


def _range_clause(
    start: date | None, end: date | None, kinds: Iterable[RecordKind] | None
) -> tuple[str, list[Any]]:
    """`` WHERE ...`` over ``records r`` for a range of local days and some kinds."""
    clauses, params = _day_range(start, end)
    if kinds is not None:
        kind_list = [RecordKind(k).value for k in kinds]
        clauses.append(f"r.kind IN ({','.join('?' * len(kind_list))})")
        params.extend(kind_list)
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


# The order records are listed in, newest first; it is the order of the records_by_day
# index read backwards (its entries end with the rowid, seq).
_NEWEST_FIRST = "r.local_date DESC, r.local_time DESC, r.seq DESC"


def _matching(query: str, start: date | None, end: date | None) -> tuple[str, list[Any]]:
    """The WHERE clause over ``records r`` for the records matching an FTS ``query``.

    ``+r.seq`` keeps SQLite from looking each match up by its rowid and sorting
    them all (thousands for a one-letter prefix): the matches are gathered once
    into a set (with a Bloom filter) that each entry of the day index is tested
    against, as the index is read in order.
    """
    clauses, params = _day_range(start, end)
    clauses.append("+r.seq IN (SELECT rowid FROM records_search WHERE records_search MATCH ?)")
    return " AND ".join(clauses), [*params, query]


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word, as a prefix."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{word}"*' for word in words)


# Circles innermost first (the enum's order), then the people off the support map.
_CIRCLE_ORDER = (
    "CASE circle "
    + " ".join(f"WHEN '{c.value}' THEN {i}" for i, c in enumerate(Circle))
    + f" ELSE {len(Circle)} END"
)
_PEOPLE = "SELECT id, name, circle, archived FROM people"


def _person(row: Sequence[Any]) -> Person:
    pid, name, circle, archived = row
    try:
        return Person(
            id=int(pid),
            name=name,
            circle=None if circle is None else Circle(circle),
            archived=bool(archived),
        )
    except (TypeError, ValueError, ValidationError):  # a circle or name no person may have
        raise VaultDamaged(
            tr(
                "A person in the journal is damaged and cannot be read (person {id}). "
                "Nothing has been changed. To get it back, restore a backup with "
                "'journal-app restore BACKUP-FILE'."
            ).format(id=pid)
        ) from None


@contextlib.contextmanager
def _index_said() -> Iterator[None]:
    """A search index SQLite finds damaged (``fts5: corruption``, an unknown format) as
    ``VaultDamaged``: the records themselves still read, list and export."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        text = str(exc)
        if not ("fts5" in text or "malformed" in text or "corrupt" in text):
            raise
        raise VaultDamaged(
            tr(
                "The journal's search index is damaged, so searching does not work. Your "
                "records are not touched: they can still be listed and exported. Nothing "
                "has been changed. To repair it, restore a backup with "
                "'journal-app restore BACKUP-FILE'."
            )
        ) from None


class PeopleRepository:
    """The people named in the journal: on the support map by circle, or off it."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def list(self, *, include_archived: bool = False) -> list[Person]:
        """Circle by circle, innermost first, then the people off the map; by name within."""
        sql = _PEOPLE
        if not include_archived:
            sql += " WHERE archived = 0"
        sql += f" ORDER BY {_CIRCLE_ORDER}, name COLLATE NOCASE"
        return [_person(row) for row in self._conn.execute(sql)]

    def find(self, name: str) -> Person | None:
        row = self._conn.execute(
            f"{_PEOPLE} WHERE name = ? COLLATE NOCASE", (name.strip(),)
        ).fetchone()
        return None if row is None else _person(row)

    def get(self, person_id: int) -> Person:
        row = self._conn.execute(f"{_PEOPLE} WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound(tr("There is no person with id {id}.").format(id=person_id))
        return _person(row)

    def add(self, person: Person) -> Person:
        if self.find(person.name) is not None:
            raise ValidationError(
                "name", tr("{name} is already in your journal").format(name=repr(person.name))
            )
        with transaction(self._conn):
            return self._insert(person)

    def _insert(self, person: Person) -> Person:
        circle = person.circle.value if person.circle is not None else None
        cur = self._conn.execute(
            "INSERT INTO people (name, circle, archived, created) VALUES (?, ?, ?, ?)",
            (person.name, circle, int(person.archived), utc_now().isoformat()),
        )
        return replace(person, id=int(cur.lastrowid))

    def update(self, person: Person) -> Person:
        """Rename, move to another circle or off the map, archive or bring back."""
        if person.id is None:
            raise ValueError("person has no id")
        clash = self.find(person.name)
        if clash is not None and clash.id != person.id:
            raise ValidationError(
                "name", tr("{name} is already in your journal").format(name=repr(person.name))
            )
        circle = person.circle.value if person.circle is not None else None
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE people SET name = ?, circle = ?, archived = ? WHERE id = ?",
                (person.name, circle, int(person.archived), person.id),
            )
            if cur.rowcount != 1:
                raise NotFound(tr("There is no person with id {id}.").format(id=person.id))
        return person

    def delete(self, person_id: int) -> int:
        """Remove a person for good; returns how many records carried their name.

        The records stay, without a name (the name lives only in this table:
        records point to it by id, and it is never put in the search index).
        ``secure_delete`` zeroes the freed row and index entry; a checkpoint
        then writes the zeroed pages over the older copies in the database file
        and empties the write-ahead log, which held them too. Free text the user
        wrote (notes, entries) is theirs and is not touched.
        """
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE records SET person_id = NULL WHERE person_id = ?", (person_id,)
            )
            unnamed = int(cur.rowcount)
            gone = self._conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            if gone.rowcount != 1:
                raise NotFound(tr("There is no person with id {id}.").format(id=person_id))
        # Best effort while another connection reads; closing the store checkpoints again.
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return unnamed

    def resolve(self, name: str | None, circle: Circle | None) -> tuple[int | None, bool]:
        """The id of the person named ``name``, adding them if new.

        A new person joins the support map in ``circle``; with no circle (a
        boundary that names someone new) they are kept off the map. Someone
        already known keeps their place: naming them in a record never moves
        them. Must run inside a transaction. Returns ``(id, added)``.
        """
        if name is None:
            return None, False
        found = self.find(name)
        if found is not None:
            return found.id, False
        return self._insert(Person(name=name, circle=circle)).id, True


class RecordRepository:
    """Create, read, update, delete, list and search every kind of record."""

    def __init__(self, conn: Connection, people: PeopleRepository) -> None:
        self._conn = conn
        self._people = people

    # -- writing ---------------------------------------------------------------

    def add(self, record: AnyRecord) -> AnyRecord:
        with transaction(self._conn):
            self._insert(record)
        return record

    def add_many(
        self,
        records: Iterable[AnyRecord],
        people: Iterable[Person] = (),
        state: Mapping[str, Any] | None = None,
    ) -> AddResult:
        """Add everything or nothing; records whose id is already stored are skipped.

        Importers give records ids derived from their source, so importing
        the same file twice adds nothing the second time. ``state`` values
        (an imported safety plan) are kept in the same transaction.
        """
        added = skipped = people_added = 0
        with transaction(self._conn):
            for key, value in (state or {}).items():
                put_state(self._conn, key, value)
            for person in people:
                if self._people.find(person.name) is None:
                    self._people._insert(person)
                    people_added += 1
            for chunk in _chunks(records, _CHUNK):
                # A chunk at a time: one look-up of its ids (an id twice in the same
                # chunk is caught by the set, across chunks by the look-up), then its
                # rows in one executemany, numbered here as SQLite would (max(seq) + 1;
                # the transaction holds the write lock), then their search text.
                taken = self._stored_ids([record.id for record in chunk])
                seq = self._next_seq()
                rows: list[dict[str, Any]] = []
                fresh: list[AnyRecord] = []
                for record in chunk:
                    if record.id in taken:
                        skipped += 1
                        continue
                    taken.add(record.id)
                    person_id, person_added = self._people.resolve(
                        _person_of(record), _circle_of(record)
                    )
                    people_added += int(person_added)
                    rows.append({**_encode(record), "person_id": person_id, "seq": seq + len(rows)})
                    fresh.append(record)
                self._conn.executemany(_INSERT_NUMBERED, rows)
                for offset, record in enumerate(fresh):
                    self._index(seq + offset, record)
                added += len(rows)
        return AddResult(added, skipped, people_added)

    def _next_seq(self) -> int:
        return int(
            self._conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM records").fetchone()[0]
        )

    def _stored_ids(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are stored already."""
        if not ids:
            return set()
        rows = self._conn.execute(
            f"SELECT id FROM records WHERE id IN ({','.join('?' * len(ids))})", ids
        )
        return {str(row[0]) for row in rows}

    def _insert(self, record: AnyRecord) -> int:
        person_id, person_added = self._people.resolve(_person_of(record), _circle_of(record))
        cur = self._conn.execute(_INSERT, {**_encode(record), "person_id": person_id})
        self._index(int(cur.lastrowid), record)
        return int(person_added)

    def _index(self, seq: int, record: AnyRecord) -> None:
        self._conn.execute(_INDEX, (seq, *_search_columns(record)))

    def update(self, record: AnyRecord) -> AnyRecord:
        """Replace the stored record with the same id; ``updated`` is set to now."""
        record = record.edited()
        with transaction(self._conn):
            seq = self._seq(record.id)
            person_id, _ = self._people.resolve(_person_of(record), _circle_of(record))
            row = _encode(record)
            self._conn.execute(
                "UPDATE records SET kind = :kind, local_date = :local_date, "
                "local_time = :local_time, utc_offset = :utc_offset, person_id = :person_id, "
                "note = :note, share = :share, data = :data, updated = :updated WHERE seq = :seq",
                {**row, "person_id": person_id, "seq": seq},
            )
            self._conn.execute("DELETE FROM records_search WHERE rowid = ?", (seq,))
            self._index(seq, record)
        return record

    def delete(self, record_id: str) -> None:
        """Delete for real: the row and its search text (secure_delete zeroes the pages)."""
        with transaction(self._conn):
            seq = self._seq(record_id)
            self._conn.execute("DELETE FROM records_search WHERE rowid = ?", (seq,))
            self._conn.execute("DELETE FROM records WHERE seq = ?", (seq,))

    def _seq(self, record_id: str) -> int:
        row = self._conn.execute("SELECT seq FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound(tr("There is no record with id {id}.").format(id=record_id))
        return int(row[0])

    # -- reading ---------------------------------------------------------------

    def exists(self, record_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone()
        return row is not None

    def get(self, record_id: str) -> AnyRecord:
        row = self._conn.execute(f"{_SELECT} WHERE r.id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound(tr("There is no record with id {id}.").format(id=record_id))
        return decode_row(row)

    def between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
    ) -> list[AnyRecord]:
        """Records whose local day is in [start, end] (both inclusive), oldest first."""
        where, params = _range_clause(start, end, kinds)
        sql = f"{_SELECT}{where} ORDER BY r.local_date, r.local_time, r.seq"
        return [decode_row(row) for row in self._conn.execute(sql, params)]

    def iter_between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
        *,
        by_instant: bool = False,
        batch: int = 500,
    ) -> Iterator[AnyRecord]:
        """``between``, one batch at a time, so a whole journal never sits in memory.

        ``by_instant``: ordered by the moment (UTC) and id, as the JSON document
        is, rather than by local day and time.
        """
        where, params = _range_clause(start, end, kinds)
        order = (
            "datetime(r.local_date || ' ' || r.local_time, "
            "printf('%+d minutes', -r.utc_offset)), r.id"
            if by_instant
            else "r.local_date, r.local_time, r.seq"
        )
        seqs = [
            row[0]
            for row in self._conn.execute(
                f"SELECT r.seq FROM records r{where} ORDER BY {order}", params
            )
        ]
        for first in range(0, len(seqs), batch):
            chunk = seqs[first : first + batch]
            rows = self._conn.execute(
                f"{_SELECT} WHERE r.seq IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            by_seq = {row[0]: row for row in rows}
            for seq in chunk:
                if seq in by_seq:  # deleted meanwhile by another connection
                    yield decode_row(by_seq[seq])

    def count_between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
        *,
        shared: bool | None = None,
    ) -> int:
        """How many records ``between`` gives (``shared``: only those marked to share, or not)."""
        where, params = _range_clause(start, end, kinds)
        if shared is not None:
            where += f"{' AND' if where else ' WHERE'} r.share = ?"
            params.append(int(shared))
        return int(
            self._conn.execute(f"SELECT count(*) FROM records r{where}", params).fetchone()[0]
        )

    def names_between(
        self,
        start: date | None = None,
        end: date | None = None,
        kinds: Iterable[RecordKind] | None = None,
    ) -> set[str]:
        """The people named by the records in the range."""
        where, params = _range_clause(start, end, kinds)
        rows = self._conn.execute(
            f"SELECT DISTINCT p.name FROM records r JOIN people p ON p.id = r.person_id{where}",
            params,
        )
        return {str(row[0]) for row in rows}

    def with_person(self, person_id: int, limit: int = 50) -> list[AnyRecord]:
        """The most recent records naming this person, newest first."""
        rows = self._conn.execute(
            f"{_SELECT} WHERE r.person_id = ? ORDER BY r.local_date DESC, r.local_time DESC "
            "LIMIT ?",
            (person_id, limit),
        )
        return [decode_row(row) for row in rows]

    def count_with_person(self, person_id: int) -> int:
        """How many records name this person."""
        row = self._conn.execute(
            "SELECT count(*) FROM records WHERE person_id = ?", (person_id,)
        ).fetchone()
        return int(row[0])

    def last_contact(self) -> dict[int, date]:
        """Per person id, the local day of the most recent record naming them."""
        rows = self._conn.execute(
            "SELECT person_id, max(local_date) FROM records WHERE person_id IS NOT NULL "
            "GROUP BY person_id"
        )
        return {int(pid): date.fromisoformat(day) for pid, day in rows}

    def search(
        self,
        text: str,
        limit: int = 200,
        start: date | None = None,
        end: date | None = None,
    ) -> list[AnyRecord]:
        """Records whose entry text, title, tags or note match every word typed.

        Newest first (local date and time, as ``list`` shows them), only those
        whose local day is in [start, end] when given, at most ``limit``. The
        search index gives the matching rows once; the records' day index,
        read newest first, gives the order and the range, and ``limit`` ends
        that read early. Only the rows shown are then read whole and decoded.
        """
        query = fts_query(text)
        if not query:
            return []
        where, params = _matching(query, start, end)
        with _index_said():
            rows = self._conn.execute(
                "WITH hits (seq) AS MATERIALIZED ("
                f"SELECT r.seq FROM records r WHERE {where} ORDER BY {_NEWEST_FIRST} LIMIT ?) "
                f"{_SELECT} JOIN hits ON hits.seq = r.seq ORDER BY {_NEWEST_FIRST}",
                (*params, limit),
            )
            return [decode_row(row) for row in rows]

    def count_matching(self, text: str, start: date | None = None, end: date | None = None) -> int:
        """How many records ``search`` would find with no limit (nothing is decoded)."""
        query = fts_query(text)
        if not query:
            return 0
        where, params = _matching(query, start, end)
        with _index_said():
            row = self._conn.execute(f"SELECT count(*) FROM records r WHERE {where}", params)
            return int(row.fetchone()[0])

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM records").fetchone()[0])

    def date_range(self) -> tuple[date, date] | None:
        row = self._conn.execute("SELECT min(local_date), max(local_date) FROM records").fetchone()
        if row is None or row[0] is None:
            return None
        return date.fromisoformat(row[0]), date.fromisoformat(row[1])


class DraftRepository:
    """What is being typed, autosaved inside the encrypted store (never a plain file)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, key: str, content: str) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO drafts (key, content, updated) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET content = excluded.content, "
                "updated = excluded.updated",
                (key, content, utc_now().isoformat()),
            )

    def load(self, key: str) -> str | None:
        row = self._conn.execute("SELECT content FROM drafts WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def discard(self, key: str) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM drafts WHERE key = ?", (key,))


def put_state(conn: Connection, key: str, value: Any) -> None:
    """Keep ``value`` (JSON) under ``key``; the caller holds the transaction."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    conn.execute(
        "INSERT INTO state (key, value, updated) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
        (key, text, utc_now().isoformat()),
    )


class StateRepository:
    """What the app keeps in the encrypted store that is not a record, by key, as JSON.

    Protective settings (a file beside the store could be edited to weaken
    them), the safety plan, the user's own crisis lines. Values are plain
    JSON values; the caller validates what it reads back.
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        row = self._conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:  # only a bug could store this; read it as absent, never crash
            return None

    def put(self, key: str, value: Any) -> None:
        with transaction(self._conn):
            put_state(self._conn, key, value)

    def delete(self, key: str) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM state WHERE key = ?", (key,))

    def keys(self) -> list[str]:
        return [str(row[0]) for row in self._conn.execute("SELECT key FROM state ORDER BY key")]
