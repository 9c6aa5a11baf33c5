"""``apply``: all or nothing, and a second import of the same plan adds nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    Outcome,
)
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers import ImportKind, ImportPlan, apply, parse_bytes
from journal_app.services.journal import Journal
from journal_app.storage.repository import RecordRepository

PASSPHRASE = "correct horse battery"
AT = datetime(2026, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    journal, _ = Journal.create(tmp_path_factory.mktemp("apply") / "journal", PASSPHRASE)
    with journal:
        yield journal


def good(n: int, salt: str) -> AnyRecord:
    at = AT + timedelta(minutes=n)
    if n % 2:
        return JournalEntry(id=f"{salt}-{n}", at=at, text=f"entry {n}")
    return MoodCheckIn(id=f"{salt}-{n}", at=at, score=1 + n % 10)


# A moment naming someone new: valid on its own, refused by the store (see
# ``store_refuses``) inside the transaction, after its person and row went in.
REFUSED = ConnectionMoment(id="refused", at=AT, circle="peer", minutes=5, person="Nobody yet")


@contextmanager
def store_refuses(record_id: str) -> Iterator[None]:
    """The store refuses one record half-way through writing it (its search text)."""
    original = RecordRepository._index

    def refusing(self: RecordRepository, seq: int, record: AnyRecord) -> None:
        if record.id == record_id:
            raise ValidationError("record", "refused by the store")
        original(self, seq, record)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RecordRepository, "_index", refusing)
        yield


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=st.integers(0, 40), where=st.integers(0, 40), salt=st.uuids())
def test_a_refused_record_anywhere_leaves_nothing_behind(
    journal: Journal, size: int, where: int, salt: object
) -> None:
    records = [good(n, str(salt)) for n in range(size)]
    records.insert(min(where, size), REFUSED)
    before = journal.count()
    with store_refuses("refused"), pytest.raises(InvalidImportFile, match="Nothing was imported"):
        apply(journal, ImportPlan.of(ImportKind.JSON, records))
    assert journal.count() == before
    assert journal.find_person("Nobody yet") is None


def test_a_boundary_naming_someone_new_brings_them_in_off_the_map(journal: Journal) -> None:
    record = BoundaryPractice(
        id="off-map", at=AT, type=BoundaryType.SAYING_NO, outcome=Outcome.HELD, person="Uncle"
    )
    assert apply(journal, ImportPlan.of(ImportKind.JSON, [record])).people_added == 1
    uncle = journal.find_person("Uncle")
    assert uncle is not None and uncle.circle is None


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=st.integers(0, 30), salt=st.uuids())
def test_the_same_plan_twice_adds_nothing_the_second_time(
    journal: Journal, size: int, salt: object
) -> None:
    # The journal is shared across examples and hypothesis replays salts: make the ids
    # new to this journal, so "added" below really means the first time.
    fresh = f"{salt}-{uuid.uuid4().hex[:12]}"
    plan = ImportPlan.of(ImportKind.JSON, [good(n, fresh) for n in range(size)])
    before = journal.count()
    first = apply(journal, plan)
    second = apply(journal, plan)
    assert (first.added, first.skipped) == (size, 0)
    assert (second.added, second.skipped) == (0, size)
    assert journal.count() == before + size


def test_a_daylio_file_read_twice_gives_the_same_plan_ids(journal: Journal) -> None:
    data = (Path(__file__).parent / "samples" / "daylio_no_title.csv").read_bytes()
    before = journal.count()
    first = apply(journal, parse_bytes("daylio", data))
    second = apply(journal, parse_bytes("daylio", data))
    assert first.added == 7
    assert (second.added, second.skipped) == (0, 7)
    assert journal.count() == before + 7
