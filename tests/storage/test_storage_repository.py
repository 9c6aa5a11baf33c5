"""Records and people in the encrypted store: CRUD, ranges, search, all-or-nothing imports."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_support import PASSPHRASE, at, one_of_each

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    Person,
    RecordKind,
    TimeAlone,
)
from journal_app.domain.validation import ValidationError
from journal_app.services.journal import Journal
from journal_app.storage import repository
from journal_app.storage.repository import NotFound, RecordRepository, fts_query
from journal_app.storage.vault import Store, Vault


@pytest.fixture(scope="module")
def empty_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    root = tmp_path_factory.mktemp("empty") / "journal"
    data_key, _code = Vault(root).create(PASSPHRASE)
    return root, data_key


@pytest.fixture
def store(empty_vault: tuple[Path, bytes], tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty, open store (copied, so no key derivation per test)."""
    template, data_key = empty_vault
    root = tmp_path / "journal"
    shutil.copytree(template, root)
    with Vault(root).open_store(data_key) as opened:
        yield opened


def fts_rows(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM records_search").fetchone()[0])


def person_count(store: Store) -> int:
    return len(store.people.list(include_archived=True))


# -- create, read, update, delete --------------------------------------------------


def test_every_kind_is_stored_and_read_back_equal(store: Store) -> None:
    records = one_of_each()
    for record in records:
        assert store.records.add(record) == record
    for record in records:
        assert store.records.get(record.id) == record
    assert store.records.count() == 5
    assert store.records.exists("r-mood")
    assert not store.records.exists("nope")


def test_the_offset_and_the_local_day_survive_storage(store: Store) -> None:
    late = MoodCheckIn(
        id="late", at=datetime(2026, 11, 16, 23, 30, tzinfo=timezone(timedelta(hours=-8))), score=3
    )
    early = MoodCheckIn(
        id="early", at=datetime(2026, 11, 17, 0, 15, tzinfo=timezone(timedelta(hours=14))), score=4
    )
    store.records.add(late)
    store.records.add(early)
    got = store.records.get("late")
    assert got.at == late.at
    assert got.at.utcoffset() == timedelta(hours=-8)
    # Local calendar days, not UTC: 23:30 at -08:00 is still the 16th.
    assert [r.id for r in store.records.between(date(2026, 11, 16), date(2026, 11, 16))] == ["late"]
    assert [r.id for r in store.records.between(date(2026, 11, 17), date(2026, 11, 17))] == [
        "early"
    ]


@pytest.mark.parametrize(
    ("record_id", "changes"),
    [
        ("r-mood", {"score": 2, "distress": None, "emotions": ("sad",), "note": ""}),
        ("r-connection", {"circle": Circle.CLOSE, "minutes": 5, "person": None, "share": False}),
        ("r-alone", {"minutes": 30, "chosen": True, "loneliness": None}),
        ("r-boundary", {"outcome": "held", "person": "Sam", "circle": None, "felt_after": 9}),
        ("r-entry", {"text": "Rewritten.", "title": "", "tags": ()}),
    ],
)
def test_every_kind_can_be_updated(
    store: Store, record_id: str, changes: dict[str, object]
) -> None:
    store.records.add_many(one_of_each())
    original = store.records.get(record_id)
    saved = store.records.update(replace(original, **changes))
    again = store.records.get(record_id)
    assert again == saved
    expected = replace(original, **changes)
    for key in changes:
        assert getattr(again, key) == getattr(expected, key), key
    assert again.created == original.created
    assert again.updated >= original.updated
    assert store.records.count() == 5


def test_an_update_can_move_a_record_to_another_day(store: Store) -> None:
    store.records.add_many(one_of_each())
    mood = store.records.get("r-mood")
    store.records.update(mood.edited(at=at(20, 7)))
    assert store.records.between(date(2026, 11, 16), date(2026, 11, 16), [RecordKind.MOOD]) == []
    assert [r.id for r in store.records.between(date(2026, 11, 20), date(2026, 11, 20))] == [
        "r-mood"
    ]


def test_delete_removes_the_record_and_its_search_text(store: Store) -> None:
    store.records.add_many(one_of_each())
    assert store.records.search("river")
    store.records.delete("r-entry")
    with pytest.raises(NotFound):
        store.records.get("r-entry")
    assert store.records.search("river") == []
    assert store.records.count() == 4
    assert fts_rows(store) == 4


def test_unknown_ids_are_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.records.get("missing")
    with pytest.raises(NotFound):
        store.records.delete("missing")
    with pytest.raises(NotFound):
        store.records.update(MoodCheckIn(id="missing", score=5))
    assert store.records.count() == 0
    assert fts_rows(store) == 0


def test_adding_an_id_twice_saves_nothing_the_second_time(store: Store) -> None:
    store.records.add(MoodCheckIn(id="same", score=5, note="first"))
    with pytest.raises(sqlcipher3.IntegrityError):  # a bug in the caller, not the user's
        store.records.add(JournalEntry(id="same", text="second", note="second"))
    assert store.records.get("same").note == "first"
    assert fts_rows(store) == 1
    assert store.records.search("second") == []


# -- people ------------------------------------------------------------------------


def test_a_person_named_for_the_first_time_joins_the_support_map(store: Store) -> None:
    store.records.add_many(one_of_each())
    people = {p.name: p.circle for p in store.people.list()}
    assert people == {"Sam": Circle.PEER, "Mum": Circle.CLOSE}


def test_a_person_is_found_by_name_whatever_the_case(store: Store) -> None:
    store.records.add(ConnectionMoment(circle="peer", minutes=10, person="Sam"))
    store.records.add(ConnectionMoment(circle="close", minutes=10, person="sAM"))
    assert [p.name for p in store.people.list()] == ["Sam"]
    assert store.people.find("SAM") == store.people.find("sam")
    sam = store.people.find("sam")
    assert sam is not None
    assert sam.circle is Circle.PEER  # the first circle stays; the record keeps its own
    assert len(store.records.with_person(sam.id or 0)) == 2


def test_a_boundary_naming_someone_new_without_a_circle_keeps_them_off_the_map(
    store: Store,
) -> None:
    store.records.add(BoundaryPractice(id="b1", type="saying_no", outcome="held", person="Alex"))
    alex = store.people.find("Alex")
    assert alex is not None and alex.circle is None
    assert store.records.get("b1").person == "Alex"  # type: ignore[union-attr]
    # Named later in a connection, they stay where they are: the moment keeps its own circle.
    store.records.add(ConnectionMoment(id="c1", circle="close", minutes=10, person="alex"))
    assert store.people.find("Alex") == alex
    assert store.records.get("c1").circle is Circle.CLOSE  # type: ignore[union-attr]
    # A new name with a circle joins the map in it, from a boundary too.
    store.records.add(
        BoundaryPractice(type="saying_no", outcome="held", circle="peer", person="Bo")
    )
    bo = store.people.find("Bo")
    assert bo is not None and bo.circle is Circle.PEER
    assert [p.name for p in store.people.list()] == ["Bo", "Alex"]  # off the map come last


def test_deleting_a_person_unnames_every_record_and_keeps_them(store: Store) -> None:
    store.records.add_many(one_of_each())  # the connection names Sam; the boundary, Mum
    store.records.add(
        ConnectionMoment(id="c2", at=at(17), circle="peer", minutes=5, person="sam", note="Sam!")
    )
    sam = store.people.find("Sam")
    assert sam is not None and sam.id is not None
    assert store.records.count_with_person(sam.id) == 2
    assert store.people.delete(sam.id) == 2
    assert store.people.find("Sam") is None
    assert [p.name for p in store.people.list(include_archived=True)] == ["Mum"]
    assert store.records.count() == len(one_of_each()) + 1  # every record stays
    assert store.records.get("r-connection").person is None  # type: ignore[union-attr]
    assert store.records.get("c2").note == "Sam!"  # what the user wrote is theirs
    assert store.records.get("r-boundary").person == "Mum"  # type: ignore[union-attr]
    with pytest.raises(NotFound):
        store.people.delete(sam.id)
    # The name is free again: someone new may be called Sam.
    store.people.add(Person(name="Sam", circle=None))


def test_a_person_moves_off_the_map_and_back(store: Store) -> None:
    store.records.add_many(one_of_each())
    mum = store.people.find("Mum")
    assert mum is not None and mum.circle is Circle.CLOSE
    store.people.update(replace(mum, circle=None))
    off = store.people.find("Mum")
    assert off is not None and off.circle is None
    assert store.records.get("r-boundary").person == "Mum"  # type: ignore[union-attr]
    assert store.people.list()[-1] == off  # after everyone on the map
    store.people.update(replace(mum, circle=Circle.PEER))
    assert store.people.find("Mum") == replace(mum, circle=Circle.PEER)


def test_people_are_listed_innermost_circle_first_then_off_the_map(store: Store) -> None:
    for name, circle in [
        ("a-pro", "professional"),
        ("b-off", None),
        ("c-community", "community"),
        ("d-peer", "peer"),
        ("e-close", "close"),
        ("A-close", "close"),
    ]:
        store.people.add(Person(name=name, circle=circle))  # type: ignore[arg-type]
    assert [p.name for p in store.people.list()] == [
        "A-close",
        "e-close",
        "d-peer",
        "c-community",
        "a-pro",
        "b-off",
    ]


def test_rename_reaches_every_record(store: Store) -> None:
    store.records.add_many(one_of_each())
    store.records.add(ConnectionMoment(id="c2", at=at(17), circle="peer", minutes=5, person="Sam"))
    sam = store.people.find("Sam")
    assert sam is not None
    store.people.update(replace(sam, name="Samira"))
    assert store.people.find("Sam") is None
    assert store.records.get("r-connection").person == "Samira"  # type: ignore[union-attr]
    assert store.records.get("c2").person == "Samira"  # type: ignore[union-attr]
    # A change of case only is not a clash with oneself.
    store.people.update(replace(sam, name="SAMIRA"))
    assert store.records.get("c2").person == "SAMIRA"  # type: ignore[union-attr]


def test_rename_onto_another_person_is_refused(store: Store) -> None:
    store.records.add_many(one_of_each())
    sam = store.people.find("Sam")
    assert sam is not None
    with pytest.raises(ValidationError) as caught:
        store.people.update(replace(sam, name="mum"))
    assert caught.value.field == "name"
    assert store.records.get("r-connection").person == "Sam"  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        store.people.add(Person(name="MUM", circle="peer"))


def test_move_and_archive_a_person(store: Store) -> None:
    store.records.add_many(one_of_each())
    mum = store.people.find("Mum")
    assert mum is not None
    moved = store.people.update(replace(mum, circle=Circle.COMMUNITY))
    assert store.people.get(mum.id or 0).circle is Circle.COMMUNITY
    store.people.update(replace(moved, archived=True))
    assert [p.name for p in store.people.list()] == ["Sam"]
    archived = [p for p in store.people.list(include_archived=True) if p.archived]
    assert [p.name for p in archived] == ["Mum"]
    # Archiving hides a person from the map; their records stay.
    assert store.records.get("r-boundary").person == "Mum"  # type: ignore[union-attr]
    store.people.update(replace(moved, archived=False))
    assert {p.name for p in store.people.list()} == {"Sam", "Mum"}


def test_unknown_people_are_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.people.get(99)
    with pytest.raises(NotFound):
        store.people.update(Person(id=99, name="Ghost", circle="peer"))


def test_last_contact_and_records_with_a_person(store: Store) -> None:
    store.records.add_many(one_of_each(16, "a") + one_of_each(18, "b"))
    sam = store.people.find("Sam")
    mum = store.people.find("Mum")
    assert sam is not None and mum is not None
    assert store.records.last_contact() == {sam.id: date(2026, 11, 18), mum.id: date(2026, 11, 18)}
    assert [r.id for r in store.records.with_person(sam.id or 0)] == [
        "b-connection",
        "a-connection",
    ]
    assert [r.id for r in store.records.with_person(sam.id or 0, limit=1)] == ["b-connection"]


# -- ranges and kinds --------------------------------------------------------------


@pytest.fixture
def week(store: Store) -> Store:
    """A record of every kind on the 16th, 18th and 22nd of November 2026."""
    store.records.add_many(one_of_each(22, "c") + one_of_each(16, "a") + one_of_each(18, "b"))
    return store


def ids(records: list[AnyRecord]) -> list[str]:
    return [r.id for r in records]


def test_between_is_inclusive_and_in_time_order(week: Store) -> None:
    got = week.records.between(date(2026, 11, 16), date(2026, 11, 18))
    assert len(got) == 10
    assert [r.at for r in got] == sorted(r.at for r in got)
    assert ids(got)[:5] == ["a-mood", "a-connection", "a-alone", "a-boundary", "a-entry"]
    assert len(week.records.between(date(2026, 11, 18), date(2026, 11, 18))) == 5
    assert week.records.between(date(2026, 11, 19), date(2026, 11, 21)) == []
    assert len(week.records.between()) == 15
    assert len(week.records.between(start=date(2026, 11, 17))) == 10
    assert len(week.records.between(end=date(2026, 11, 17))) == 5
    assert week.records.between(date(2026, 11, 18), date(2026, 11, 16)) == []


def test_between_filters_by_kind(week: Store) -> None:
    moods = week.records.between(kinds=[RecordKind.MOOD])
    assert ids(moods) == ["a-mood", "b-mood", "c-mood"]
    mixed = week.records.between(date(2026, 11, 22), None, ["alone", RecordKind.ENTRY])
    assert ids(mixed) == ["c-alone", "c-entry"]
    assert all(isinstance(r, TimeAlone | JournalEntry) for r in mixed)
    assert week.records.between(kinds=[]) == []
    with pytest.raises(ValueError):
        week.records.between(kinds=["dream"])  # type: ignore[list-item]


def test_count_and_date_range(store: Store) -> None:
    assert store.records.count() == 0
    assert store.records.date_range() is None
    store.records.add_many(one_of_each(22, "c") + one_of_each(16, "a"))
    assert store.records.count() == 10
    assert store.records.date_range() == (date(2026, 11, 16), date(2026, 11, 22))


# -- full-text search --------------------------------------------------------------


@pytest.fixture
def searchable(store: Store) -> Store:
    store.records.add_many(
        [
            JournalEntry(
                id="river", at=at(16), text="Walked by the river.", title="Evening", tags=("walk",)
            ),
            JournalEntry(id="cafe", at=at(17), text="Coffee at the café with Jo.", title="Café"),
            JournalEntry(
                id="care", at=at(18), text="Self-care day: bath, NEAR the window.", tags=("rest",)
            ),
            JournalEntry(id="quote", at=at(19), text='She said "no" and it held * - yes'),
            MoodCheckIn(id="moodnote", at=at(19), score=4, note="rivers of rain all day"),
            ConnectionMoment(id="plain", at=at(20), circle="peer", minutes=5, note="group"),
        ]
    )
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("river", {"river", "moodnote"}),  # entry text, and a note, by prefix (rivers)
        ("riv", {"river", "moodnote"}),
        ("RIVER", {"river", "moodnote"}),
        ("evening", {"river"}),  # title
        ("walk", {"river"}),  # text and tag
        ("rest", {"care"}),  # tag only
        ("group", {"plain"}),  # a note on a connection
        ("cafe", {"cafe"}),  # diacritics folded
        ("café", {"cafe"}),
        ("self-care", {"care"}),
        ("walked river", {"river"}),  # every word must match
        ("river coffee", set()),
        ("near", {"care"}),  # NEAR is a word, not an operator
        ("NEAR", {"care"}),
        ('"no"', {"quote"}),
        ("'no'", {"quote"}),
        ("said AND held", {"quote"}),
        ("nothing-here", set()),
    ],
)
def test_search(searchable: Store, query: str, expected: set[str]) -> None:
    assert {r.id for r in searchable.records.search(query)} == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", set()),
        ("   ", set()),
        ('"', set()),
        ("*", set()),
        ("-", set()),
        ("- river", {"river", "moodnote"}),
        ("NEAR(", {"care"}),
        ("AND", {"quote"}),
        ("OR", set()),
        ("NOT", set()),
        ("(", set()),
        (")", set()),
        (":", set()),
        ("^", set()),
        ("a:b", set()),
        ('"*', set()),
    ],
)
def test_search_accepts_odd_characters_without_error(
    searchable: Store, query: str, expected: set[str]
) -> None:
    """Punctuation and FTS5 keywords are never syntax: they find nothing, or the plain word."""
    assert {r.id for r in searchable.records.search(query)} == expected


@given(text=st.text(max_size=40))
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_search_never_fails_whatever_is_typed(searchable: Store, text: str) -> None:
    results = searchable.records.search(text)
    assert all(isinstance(r, JournalEntry | MoodCheckIn | ConnectionMoment) for r in results)


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('self-care "NEAR" x*') == '"self"* "care"* "NEAR"* "x"*'
    assert fts_query("  -*()") == ""


def test_an_update_re_indexes_the_record(searchable: Store) -> None:
    river = searchable.records.get("river")
    searchable.records.update(replace(river, text="Walked in the park.", title="Morning"))
    assert searchable.records.search("river") == [searchable.records.get("moodnote")]
    assert ids(searchable.records.search("park")) == ["river"]
    assert ids(searchable.records.search("morning")) == ["river"]
    assert searchable.records.search("evening") == []
    assert fts_rows(searchable) == 6


def index_bytes(store: Store) -> bytes:
    """Every raw block of the full-text index, as stored (inside the encrypted file)."""
    return b"".join(
        row[0] or b"" for row in store.conn.execute("SELECT block FROM records_search_data")
    )


def test_deleted_and_rewritten_words_leave_the_search_index(searchable: Store) -> None:
    """Found by these tests: FTS5 kept the words of a deleted entry in its index segments,
    so anyone who later opened the journal could read what the user had deleted."""
    searchable.records.add(JournalEntry(id="gone", text="qzxconfession", note="qzxnote"))
    searchable.records.add(JournalEntry(id="kept", text="qzxfirstdraft", title="qzxtitle"))
    assert b"qzxconfession" in index_bytes(searchable)
    searchable.records.delete("gone")
    kept = searchable.records.get("kept")
    searchable.records.update(replace(kept, text="a calmer version", title="Later"))
    index = index_bytes(searchable)
    for word in (b"qzxconfession", b"qzxnote", b"qzxfirstdraft", b"qzxtitle"):
        assert word not in index, word
    rows = searchable.conn.execute("SELECT * FROM records").fetchall()
    assert "qzx" not in repr(rows)
    assert ids(searchable.records.search("calmer")) == ["kept"]


def test_search_respects_its_limit(store: Store) -> None:
    store.records.add_many(JournalEntry(text=f"tea number {i}") for i in range(30))
    assert len(store.records.search("tea", limit=7)) == 7
    assert len(store.records.search("tea")) == 30


def test_search_is_newest_first_and_its_limit_keeps_the_newest(store: Store) -> None:
    """Written out of order (a backdated entry comes last), read back by day and time."""
    rng = random.Random(3)
    moments = [at(day, hour) for day in range(1, 29) for hour in (9, 21)]
    rng.shuffle(moments)
    made = [JournalEntry(text=f"heron {i}", at=when) for i, when in enumerate(moments)]
    made += [JournalEntry(text="heron twin", at=at(28, 21)) for _ in range(3)]  # same minute
    store.records.add_many(made)
    seqs = {r.id: seq for seq, r in enumerate(made)}  # the order they were written in
    newest_first = sorted(made, key=lambda r: (r.at, seqs[r.id]), reverse=True)
    assert ids(store.records.search("heron")) == [r.id for r in newest_first]
    assert ids(store.records.search("heron", limit=7)) == [r.id for r in newest_first[:7]]
    in_range = [r for r in newest_first if date(2026, 11, 10) <= r.day <= date(2026, 11, 20)]
    found = store.records.search("h", limit=5, start=date(2026, 11, 10), end=date(2026, 11, 20))
    assert ids(found) == [r.id for r in in_range[:5]]


def test_count_matching_counts_every_match_in_the_range(store: Store) -> None:
    store.records.add_many(JournalEntry(text=f"tea {i}", at=at(1 + i % 28)) for i in range(230))
    store.records.add(MoodCheckIn(score=5, at=at(2), note="teapot"))
    assert len(store.records.search("tea")) == 200
    assert store.records.count_matching("tea") == 231
    assert store.records.count_matching("t") == 231
    assert store.records.count_matching("tea", start=date(2026, 11, 28)) == 8
    assert store.records.count_matching("tea", end=date(2026, 11, 1)) == 9
    assert store.records.count_matching("coffee") == 0
    assert store.records.count_matching("  *") == 0


# -- all or nothing ----------------------------------------------------------------


def test_add_many_adds_everything_and_counts_people(store: Store) -> None:
    result = store.records.add_many(one_of_each(), [Person(name="Dr K", circle="professional")])
    assert (result.added, result.skipped, result.people_added) == (5, 0, 3)
    assert store.records.count() == 5
    assert person_count(store) == 3


def test_add_many_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.records.add(MoodCheckIn(id="before", score=5))
    refused = BoundaryPractice(type="saying_no", outcome="held", person="New Person")
    batch = [*one_of_each(), refused]
    original = RecordRepository._index

    def refusing(self: RecordRepository, seq: int, record: AnyRecord) -> None:
        if record.id == refused.id:  # the store refuses it half-way through writing it
            raise ValidationError("record", "refused by the store")
        original(self, seq, record)

    monkeypatch.setattr(RecordRepository, "_index", refusing)
    with pytest.raises(ValidationError):
        store.records.add_many(batch, [Person(name="Dr K", circle="professional")])
    assert store.records.count() == 1
    assert person_count(store) == 0
    assert fts_rows(store) == 1


def test_add_many_writes_nothing_when_the_store_fails_half_way(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records of a chunk are written, then their search text fails: none stays."""
    store.records.add(MoodCheckIn(id="before", score=5))
    many = [MoodCheckIn(id=f"m{i}", score=5, note="tea") for i in range(1200)]
    monkeypatch.setattr(repository, "_INDEX", "INSERT INTO no_such_table VALUES (?, ?, ?, ?, ?)")
    with pytest.raises(sqlcipher3.OperationalError):
        store.records.add_many(many)
    assert store.records.count() == 1
    assert fts_rows(store) == 1


def test_add_many_saves_nothing_when_the_records_stop_coming(store: Store) -> None:
    def records() -> Iterator[AnyRecord]:
        yield from one_of_each()
        yield MoodCheckIn(score=11)  # raises while the batch is being written

    with pytest.raises(ValidationError):
        store.records.add_many(records())
    assert store.records.count() == 0
    assert person_count(store) == 0
    assert fts_rows(store) == 0


def test_add_many_skips_ids_already_stored(store: Store) -> None:
    first = store.records.add_many(one_of_each())
    again = store.records.add_many([*one_of_each(), *one_of_each(17, "new")])
    assert (first.added, first.skipped) == (5, 0)
    assert (again.added, again.skipped, again.people_added) == (5, 5, 0)
    assert store.records.count() == 10
    twice = MoodCheckIn(id="twice", score=5)
    result = store.records.add_many([twice, twice])
    assert (result.added, result.skipped) == (1, 1)


def test_add_many_skips_an_id_seen_earlier_in_the_same_import_however_far_back(
    store: Store,
) -> None:
    """Ids are looked up a chunk at a time: a repeat in a later chunk is still caught."""
    many = [MoodCheckIn(id=f"m{i}", score=5) for i in range(1200)]
    repeats = [many[3], many[700], many[3]]
    result = store.records.add_many(iter([*many[:650], repeats[0], *many[650:], *repeats[1:]]))
    assert (result.added, result.skipped) == (1200, 3)
    assert store.records.count() == 1200


# -- drafts and other connections --------------------------------------------------


def test_drafts_are_saved_replaced_and_discarded(store: Store) -> None:
    assert store.drafts.load("entry") is None
    store.drafts.save("entry", "half a thought")
    store.drafts.save("entry", "a whole thought")
    assert store.drafts.load("entry") == "a whole thought"
    store.drafts.discard("entry")
    assert store.drafts.load("entry") is None
    store.drafts.discard("entry")


def test_a_sibling_connection_sees_what_was_saved(store: Store) -> None:
    other = store.sibling()
    try:
        store.records.add_many(one_of_each())
        assert other.records.count() == 5
        other.records.delete("r-mood")
        assert store.records.count() == 4
    finally:
        other.close()


def test_the_journal_service_reaches_the_same_store(
    empty_vault: tuple[Path, bytes], tmp_path: Path
) -> None:
    root = tmp_path / "journal"
    shutil.copytree(empty_vault[0], root)
    with Journal.unlock(root, PASSPHRASE) as journal:
        result = journal.add_many(one_of_each())
        assert result.added == 5
        sam = journal.find_person("sam")
        assert sam is not None
        journal.rename_person(sam, "Sammy")
        journal.move_person(journal.find_person("Sammy"), "close")  # type: ignore[arg-type]
        sammy = journal.find_person("Sammy")
        assert sammy is not None and sammy.circle is Circle.CLOSE
        journal.archive_person(sammy)
        assert [p.name for p in journal.people()] == ["Mum"]
        assert [r.id for r in journal.records_with(sammy)] == ["r-connection"]
        assert journal.add_person("Jo", "peer").id is not None
        assert journal.search("river")[0].id == "r-entry"
        assert len(journal.records_between(date(2026, 11, 16), date(2026, 11, 16))) == 5
        journal.delete("r-mood")
        assert journal.count() == 4
        journal.save_draft("k", "v")
        assert journal.load_draft("k") == "v"
        sibling = journal.sibling()
        with sibling:
            assert sibling.count() == 4


def test_search_is_newest_first_inside_the_range(store: Store) -> None:
    """By local date and time as recorded, whatever the order they were written in or
    their offsets; only days inside [start, end]; ``limit`` keeps the newest."""
    west, east = timezone(timedelta(hours=-7)), timezone(timedelta(hours=9))
    store.records.add_many(
        [
            JournalEntry(id="mid", at=datetime(2026, 11, 18, 9, tzinfo=east), text="a walk"),
            JournalEntry(id="old", at=datetime(2026, 11, 2, 22, tzinfo=west), text="walk"),
            JournalEntry(id="late", at=datetime(2026, 11, 18, 21, tzinfo=west), text="walked"),
            MoodCheckIn(id="note", at=datetime(2026, 11, 30, 7, tzinfo=UTC), score=5, note="walk"),
            JournalEntry(id="other", at=datetime(2026, 11, 25, 7, tzinfo=UTC), text="rain"),
        ]
    )
    assert ids(store.records.search("walk")) == ["note", "late", "mid", "old"]
    assert ids(store.records.search("walk", start=date(2026, 11, 3))) == ["note", "late", "mid"]
    assert ids(store.records.search("walk", end=date(2026, 11, 18))) == ["late", "mid", "old"]
    in_range = store.records.search("walk", start=date(2026, 11, 18), end=date(2026, 11, 18))
    assert ids(in_range) == ["late", "mid"]
    assert ids(store.records.search("walk", limit=2)) == ["note", "late"]
    assert store.records.search("walk", start=date(2026, 12, 1)) == []
