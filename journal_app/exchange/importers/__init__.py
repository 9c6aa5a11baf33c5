"""Bring your history: import from Daylio, Day One, Bearable, Pixels, jrnl and our own JSON.

Two steps, so the desktop app can show what would happen before anything is
written, and run both off the UI thread:

* ``read_import(kind, path, mood_map=None) -> ImportPlan``: reads one file
  and returns validated records and people; writes nothing. Raises
  ``InvalidImportFile`` (exit 5) saying what is wrong and where, or its
  subclass ``MoodLabelsNeeded`` (with ``labels_found`` and ``unmapped``)
  when some Daylio mood labels need a score: ask for them and call again
  with ``mood_map``.
* ``apply(journal, plan) -> AddResult``: adds everything in one
  transaction, or nothing; records already stored (same id) are skipped, so
  importing the same file twice adds nothing the second time. Call it with
  a ``journal.sibling()`` on a worker thread.

Files are read within the limits of ``_common`` (checked before reading, see
``_source``), and streamed: no import holds the whole file and everything
parsed from it at once.
"""

from __future__ import annotations

import stat
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.domain.records import AnyRecord, Person, RecordKind
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import tr
from journal_app.exchange.importers._source import Source
from journal_app.exchange.importers.moods import MoodLabelsNeeded, parse_mood_map

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.storage.repository import AddResult

__all__ = [
    "ImportKind",
    "ImportPlan",
    "MoodLabelsNeeded",
    "apply",
    "parse_bytes",
    "parse_mood_map",
    "read_import",
]


class ImportKind(StrEnum):
    JSON = "json"  # our own export
    DAYLIO = "daylio"  # a Daylio CSV export or a .daylio backup, told apart by content
    DAYONE = "dayone"  # Day One's JSON export: the ZIP or the Journal.json inside
    BEARABLE = "bearable"  # Bearable's CSV export
    PIXELS = "pixels"  # the Pixels app's JSON backup
    JRNL = "jrnl"


@dataclass(frozen=True)
class ImportPlan:
    """What a file holds, ready to add.

    Attributes:
        counts: records per kind (``RecordKind`` value → number).
        date_range: the first and last local day, or None for no records.
        labels_found: the Daylio mood labels in the file (empty for others).
        safety_plan: the safety plan in our own JSON export, if it holds one;
            importing merges its lines into the journal's plan (nothing twice).
        label_scores: the score the file itself gives a label (a backup's
            mood groups), so the app can show it rather than ask.
    """

    kind: ImportKind
    records: tuple[AnyRecord, ...]
    people: tuple[Person, ...] = ()
    labels_found: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    date_range: tuple[date, date] | None = None
    safety_plan: SafetyPlan | None = None
    label_scores: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        kind: ImportKind,
        records: list[AnyRecord],
        people: list[Person] | tuple[Person, ...] = (),
        labels_found: tuple[str, ...] = (),
        label_scores: Mapping[str, int] | None = None,
        safety_plan: SafetyPlan | None = None,
    ) -> ImportPlan:
        counts = Counter(r.kind.value for r in records)
        ordered = {k.value: counts[k.value] for k in RecordKind if counts[k.value]}
        span = None
        if records:
            days = [r.day for r in records]
            span = (min(days), max(days))
        return cls(
            kind,
            tuple(records),
            tuple(people),
            labels_found,
            ordered,
            span,
            safety_plan,
            dict(label_scores or {}),
        )


def parse_source(
    kind: ImportKind | str,
    source: Source,
    mood_map: Mapping[str, int] | None = None,
) -> ImportPlan:
    """The plan for a file. Only ``InvalidImportFile`` (or a subclass) and ``OSError`` escape."""
    kind = ImportKind(kind)
    if kind is ImportKind.JSON:
        from journal_app.exchange.importers import own

        records, people, safety_plan = own.parse(source)
        return ImportPlan.of(kind, records, people, safety_plan=safety_plan)
    if kind is ImportKind.JRNL:
        from journal_app.exchange.importers import jrnl

        return ImportPlan.of(kind, jrnl.parse(source))
    if kind is ImportKind.DAYONE:
        from journal_app.exchange.importers import dayone

        return ImportPlan.of(kind, dayone.parse(source))
    if kind is ImportKind.BEARABLE:
        from journal_app.exchange.importers import bearable

        return ImportPlan.of(kind, bearable.parse(source))
    if kind is ImportKind.PIXELS:
        from journal_app.exchange.importers import pixels

        return ImportPlan.of(kind, pixels.parse(source))
    from journal_app.exchange.importers import daylio, daylio_backup

    if source.is_zip():
        records, labels, scores = daylio_backup.parse_backup_scored(source, mood_map)
        return ImportPlan.of(kind, records, labels_found=labels, label_scores=scores)
    records, labels = daylio.parse_csv(source, mood_map)
    return ImportPlan.of(kind, records, labels_found=labels)


def parse_bytes(
    kind: ImportKind | str,
    data: bytes,
    mood_map: Mapping[str, int] | None = None,
) -> ImportPlan:
    """The plan for a file's contents. Only ``InvalidImportFile`` (or a subclass) escapes."""
    return parse_source(kind, Source.of_bytes(data), mood_map)


def read_import(
    kind: ImportKind | str,
    path: Path | str,
    mood_map: Mapping[str, int] | None = None,
) -> ImportPlan:
    """Read ``path`` as ``kind`` (an ``ImportKind`` value); writes nothing."""
    kind = ImportKind(kind)
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise InvalidImportFile(
                tr("{path} is not a regular file to import.").format(path=repr(str(path)))
            )
        return parse_source(kind, Source.of_path(path, info.st_size), mood_map)
    except FileNotFoundError:
        raise InvalidImportFile(
            tr("There is no file {path} to import.").format(path=repr(str(path)))
        ) from None
    except IsADirectoryError:
        raise InvalidImportFile(
            tr("{path} is a folder, not a file to import.").format(path=repr(str(path)))
        ) from None
    except OSError as exc:
        raise InvalidImportFile(
            tr("{path} cannot be read: {problem}.").format(
                path=repr(str(path)), problem=exc.strerror or type(exc).__name__
            )
        ) from None


def apply(journal: Journal, plan: ImportPlan) -> AddResult:
    """Add the plan's people, records and safety plan in one transaction; all or nothing.

    A safety plan in the file is merged into the journal's own: its lines are
    added after the ones already there, none twice, none lost.
    """
    from journal_app.services.support import SAFETY_PLAN_KEY, load_safety_plan

    state: dict[str, object] = {}
    try:
        if plan.safety_plan is not None:
            merged = load_safety_plan(journal).merged(plan.safety_plan)
            state[SAFETY_PLAN_KEY] = merged.to_json()
        return journal.add_many(plan.records, plan.people, state=state)
    except ValidationError as exc:
        # Whatever the store refuses inside the one transaction: nothing was added.
        raise InvalidImportFile(
            tr("This file cannot be imported: {problem}. Nothing was imported.").format(problem=exc)
        ) from None
