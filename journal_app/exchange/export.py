"""The one entry point for exports: choose, filter, anonymize, render, write atomically.

``export(journal, start, end, fmt, out, ...)`` is what the command line and the
export dialog call. An export is the only plaintext the app ever writes, and
only on the user's request; the file appears whole or not at all.

Choices where the issue is silent:

- The range is inclusive. The summary for therapy (PDF, printing) covers at
  most a year (366 days); JSON, CSV and Markdown take any range, and
  ``everything=True`` (``--all``, the app's "Everything") takes the whole
  journal. Those three are written as they are read, a batch of records (or,
  for Markdown, a week) at a time, so memory stays small at any size.
- Leaving out notes (``notes=False``) blanks every record's note and leaves
  journal entries out altogether: their text *is* the note.
- Leaving out notes also leaves out what a session reflection would bring up
  next time: it is free text too. The 0-10 answers stay.
- ``shared_only`` keeps only what the user marked "share with my therapist":
  the notes of other records are blanked, journal entries not marked to share
  are left out, and a session's line to bring up stays only when it is marked
  to share (its own tick). The summary for therapy in the app works this way
  (its box reads "Notes I marked to share"); the command line's
  ``--shared-only``. The safety plan stays out of such an export.
- Anonymizing turns each person into their circle and an initial
  (``Close people · S.``; ``someone · S.`` for a person off the support map);
  two people who would look the same get a number (``Close people · S. 2``)
  so counts stay right. Their names are also replaced wherever they appear in
  notes, entry text, titles, tags and the line to bring up next session.
- Weekly figures only count records inside the range; the change against
  the week before is shown only when that week is inside the range too.
- The JSON document holds the people named in the exported records; when
  nothing was left out (the whole journal, every kind), it holds everyone.
- The JSON document also holds the safety plan, unless notes are left out or
  names anonymized: the plan is the user's own words and names, and those
  options are for a document meant to leave their hands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    JournalEntry,
    Person,
    RecordKind,
)
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.errors import UsageError
from journal_app.exchange.wording import circle_name, tr
from journal_app.insights import Week, WeeklySummary, WeekStart, summarize_week, week_of
from journal_app.services.journal import Journal
from journal_app.storage.files import (
    EXPORT_TEMP_SUFFIX,
    atomic_write,
    atomic_writer,
    remove_export_leftovers,
)

MAX_DAYS = 366
EXPORT_FOLDERS_KEY = "export.folders"  # in the encrypted store: where leftovers may wait
MAX_EXPORT_FOLDERS = 20

Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    PDF = "pdf"
    MARKDOWN = "md"
    CSV = "csv"
    JSON = "json"


SUFFIX = {
    ExportFormat.PDF: ".pdf",
    ExportFormat.MARKDOWN: ".md",
    ExportFormat.CSV: ".csv",
    ExportFormat.JSON: ".json",
}


@dataclass(frozen=True)
class ExportData:
    """What goes into an export, already filtered, redacted and anonymized."""

    start: date
    end: date
    records: tuple[AnyRecord, ...]
    people: tuple[Person, ...]
    notes: bool = True
    anonymize: bool = False
    kinds: frozenset[RecordKind] = frozenset(RecordKind)
    shared_only: bool = False
    week_start: WeekStart = WeekStart.MONDAY
    safety_plan: SafetyPlan | None = None
    _summaries: dict[date, WeeklySummary] = field(default_factory=dict, compare=False, init=False)
    _buckets: dict[date, list[AnyRecord]] = field(default_factory=dict, compare=False, init=False)

    def shows(self, day: date) -> bool:
        """Whether ``day`` is inside the exported range."""
        return self.start <= day <= self.end

    @property
    def shown_days(self) -> frozenset[date]:
        days = (self.end - self.start).days + 1
        return frozenset(self.start + timedelta(days=i) for i in range(days))

    def weeks(self) -> list[Week]:
        """Every week that overlaps the range, oldest first."""
        week = week_of(self.start, self.week_start)
        weeks: list[Week] = []
        while week.start <= self.end:
            weeks.append(week)
            week = week.next()
        return weeks

    def summary(self, week: Week) -> WeeklySummary:
        if week.start not in self._summaries:
            both = self._by_week().get(week.previous().start, []) + self._by_week().get(
                week.start, []
            )
            self._summaries[week.start] = summarize_week(both, both, week)
        return self._summaries[week.start]

    def _by_week(self) -> dict[date, list[AnyRecord]]:
        """Records bucketed by the start of their week (made once)."""
        if not self._buckets:
            for record in self.records:
                start = week_of(record.day, self.week_start).start
                self._buckets.setdefault(start, []).append(record)
        return self._buckets

    def compares(self, week: Week) -> bool:
        """Whether the week before lies wholly inside the range (so the comparison is fair)."""
        return week.previous().start >= self.start

    def records_of(self, week: Week) -> list[AnyRecord]:
        return list(self._by_week().get(week.start, []))

    def choices_in_words(self) -> list[str]:
        """What was left out or changed, said once at the top of a summary."""
        said: list[str] = []
        if self.anonymize:
            said.append(tr("People are shown by their circle and an initial."))
        if not self.notes:
            said.append(tr("Notes and journal entries are left out."))
        elif self.shared_only:
            said.append(tr("Of notes and journal entries, only those marked to share are here."))
        return said


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    weeks: int


def check_export_target(out: Path, data_dir: Path) -> None:
    """Refuse a file inside the journal's data folder: its files, backups/, anything below.

    Symbolic links and ``..`` are followed first, so no other spelling of the same
    place gets through. An export there could replace the encrypted journal with
    plaintext. The command line and the export dialog both ask this.
    """
    target = Path(out).expanduser().resolve()
    folder = Path(data_dir).expanduser().resolve()
    if target == folder or folder in target.parents:
        raise UsageError(
            tr(
                "{path} is inside the journal's own folder ({folder}); an export there could "
                "replace the journal's files. Choose a place outside that folder."
            ).format(path=out, folder=folder)
        )


def check_range(start: date, end: date, *, limited: bool = True) -> None:
    """Refuse a range that ends before it starts, and (``limited``: the summary for
    therapy) one longer than a year."""
    if end < start:
        raise UsageError(
            tr("The range ends before it starts: choose a start on or before the end.")
        )
    if limited and (end - start).days + 1 > MAX_DAYS:
        raise UsageError(
            tr(
                "The summary for therapy (PDF or printed) covers up to a year; choose a "
                "shorter range, or save the whole journal as JSON, CSV or Markdown."
            )
        )


def limited(fmt: ExportFormat | str) -> bool:
    """Whether ``fmt`` keeps the one-year limit (only the summary for therapy, the PDF)."""
    return ExportFormat(fmt) is ExportFormat.PDF


def whole_range(journal: Journal, today: date) -> tuple[date, date]:
    """The first and last day with a record (today alone for an empty journal)."""
    return journal.date_range() or (today, today)


def default_range(today: date, week_start: WeekStart | str = WeekStart.MONDAY) -> tuple[date, date]:
    """Last week: the whole calendar week before the one containing ``today``."""
    week = week_of(today, week_start).previous()
    return week.start, week.end


# -- anonymizing ---------------------------------------------------------------------


def _initial(name: str) -> str:
    for ch in name:
        if ch.isalnum():
            return ch.upper()
    return "?"


def aliases(people: Iterable[Person], records: Iterable[AnyRecord]) -> dict[str, str]:
    """Each name (case-folded) → its circle and initial, unique within the export."""
    circles: dict[str, tuple[Circle | None, str]] = {}
    for person in people:
        circles.setdefault(person.name.casefold(), (person.circle, person.name))
    for record in records:
        name = getattr(record, "person", None)
        if name and name.casefold() not in circles:
            circle = getattr(record, "circle", None)
            circles[name.casefold()] = (circle, name)
    taken: dict[str, int] = {}
    result: dict[str, str] = {}
    for key in sorted(circles):
        circle, name = circles[key]
        where = circle_name(circle) if circle is not None else tr("someone")
        alias = f"{where} · {_initial(name)}."
        taken[alias] = taken.get(alias, 0) + 1
        result[key] = alias if taken[alias] == 1 else f"{alias} {taken[alias]}"
    return result


class _Scrubber:
    """Replaces every known name in free text by its alias."""

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names
        parts = sorted(names, key=len, reverse=True)
        long = [re.escape(n) for n in parts if len(n) > 2]
        short = [re.escape(n) for n in parts if len(n) <= 2]
        self._long = re.compile(rf"(?<!\w)({'|'.join(long)})(?!\w)", re.I) if long else None
        # One- and two-letter names only match as written ("Jo", not "jo" in a sentence).
        self._short_names = {n for n in parts if len(n) <= 2}
        self._short = re.compile(rf"(?<!\w)({'|'.join(short)})(?!\w)", re.I) if short else None

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self._long is not None:
            text = self._long.sub(lambda m: self._names[m.group(1).casefold()], text)
        if self._short is not None:

            def short(m: re.Match[str]) -> str:
                word = m.group(1)
                if word[0].isupper():
                    return self._names[word.casefold()]
                return word

            text = self._short.sub(short, text)
        return text


def _redact(
    record: AnyRecord,
    notes: bool,
    names: dict[str, str] | None,
    scrub: _Scrubber | None,
    *,
    shared_only: bool = False,
) -> AnyRecord | None:
    """``record`` as it may leave the journal; None when it stays out altogether."""
    reflection = record.reflection if isinstance(record, ConnectionMoment) else None
    keep_note = notes and (record.share or not shared_only)
    keep_bring_up = notes and (reflection is None or reflection.share_bring_up or not shared_only)
    if not keep_note and isinstance(record, JournalEntry):
        return None
    changes: dict[str, object] = {}
    if not keep_note and record.note:
        changes["note"] = ""
    if not keep_bring_up and reflection is not None and reflection.bring_up:
        changes["reflection"] = replace(reflection, bring_up="")
    if names is not None and scrub is not None:
        if keep_note and record.note:
            changes["note"] = scrub(record.note)
        if keep_bring_up and reflection is not None and reflection.bring_up:
            changes["reflection"] = replace(reflection, bring_up=scrub(reflection.bring_up))
        if isinstance(record, ConnectionMoment | BoundaryPractice) and record.person:
            changes["person"] = names[record.person.casefold()]
        if isinstance(record, JournalEntry):
            changes["text"] = scrub(record.text)
            changes["title"] = scrub(record.title)
            changes["tags"] = tuple(scrub(t).replace(",", " ") for t in record.tags)
    # ``replace`` keeps id, times and the share flag, and validates again.
    return replace(record, **changes) if changes else record  # type: ignore[arg-type]


class _Selection:
    """What an export takes from the journal and how it changes it, before any record is read.

    ``collect`` (the summary for therapy: a year at most, held whole) and the
    stream (JSON, CSV, Markdown of any range: read a batch or a week at a time)
    both use it, so both leave out, blank and anonymize the same way.
    """

    def __init__(
        self,
        journal: Journal,
        start: date,
        end: date,
        *,
        notes: bool,
        anonymize: bool,
        kinds: Iterable[RecordKind | str] | None,
        shared_only: bool,
    ) -> None:
        self.journal, self.start, self.end = journal, start, end
        self.notes, self.shared_only = notes, shared_only
        self.chosen = (
            frozenset(RecordKind(k) for k in kinds) if kinds is not None else frozenset(RecordKind)
        )
        self.kinds = sorted(self.chosen)
        self.everyone = journal.people(include_archived=True)
        # Every record names one of these people (a foreign key), so the aliases of
        # everyone are those of the records, however many are read.
        self.names = aliases(self.everyone, ()) if anonymize else None
        self.scrub = _Scrubber(self.names) if self.names is not None else None
        span = journal.date_range()
        self.whole = (
            self.chosen == frozenset(RecordKind)
            and notes
            and not shared_only
            and (span is None or (start <= span[0] and span[1] <= end))
        )
        self.plan = None
        if notes and not anonymize and not shared_only:
            from journal_app.services.support import load_safety_plan

            self.plan = load_safety_plan(journal)

    def redacted(self, records: Iterable[AnyRecord]) -> Iterator[AnyRecord]:
        """Each record as it may leave the journal (some stay out altogether)."""
        if self.names is None and self.notes and not self.shared_only:
            yield from records
            return
        for record in records:
            changed = _redact(
                record, self.notes, self.names, self.scrub, shared_only=self.shared_only
            )
            if changed is not None:
                yield changed

    def collected(self) -> ExportData:
        """Every record of the range, held at once (the summary for therapy: a year at most)."""
        records = self.journal.records_between(self.start, self.end, self.kinds)
        named = (getattr(r, "person", None) or "" for r in records)
        return self.data(tuple(self.redacted(records)), named)

    def data(self, records: tuple[AnyRecord, ...], named: Iterable[str]) -> ExportData:
        """The export of ``records``; its people: everyone for the whole journal, else those
        ``named``."""
        keys = {n.casefold() for n in named if n}
        people = [p for p in self.everyone if self.whole or p.name.casefold() in keys]
        if self.names is not None:
            people = [replace(p, name=self.names[p.name.casefold()]) for p in people]
        return ExportData(
            start=self.start,
            end=self.end,
            records=records,
            people=tuple(people),
            notes=self.notes,
            anonymize=self.names is not None,
            kinds=self.chosen,
            week_start=WeekStart(self.journal.settings.week_start),
            safety_plan=self.plan,
            shared_only=self.shared_only and self.notes,
        )


def collect(
    journal: Journal,
    start: date,
    end: date,
    *,
    notes: bool = True,
    anonymize: bool = False,
    kinds: Iterable[RecordKind | str] | None = None,
    shared_only: bool = False,
) -> ExportData:
    """The records and people of an export (at most a year), filtered and anonymized as asked."""
    check_range(start, end)
    selection = _Selection(
        journal,
        start,
        end,
        notes=notes,
        anonymize=anonymize,
        kinds=kinds,
        shared_only=shared_only,
    )
    return selection.collected()


def render(data: ExportData, fmt: ExportFormat | str, progress: Progress | None = None) -> bytes:
    """The bytes of the export in ``fmt`` (nothing is written)."""
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.CSV:
        from journal_app.exchange.csvexport import to_csv

        return to_csv(data, progress)
    if fmt is ExportFormat.MARKDOWN:
        from journal_app.exchange.markdown import to_markdown

        return to_markdown(data, progress)
    if fmt is ExportFormat.JSON:
        from journal_app.exchange.jsondoc import document_parts

        ordered = sorted(data.records, key=lambda r: (r.at, r.id))
        text = "".join(document_parts(ordered, data.people, safety_plan=data.safety_plan))
        if progress is not None:
            progress(1, 1)
        return text.encode("utf-8")
    from journal_app.exchange.pdf import to_pdf

    return to_pdf(data, progress)


def export(
    journal: Journal,
    start: date | None,
    end: date | None,
    fmt: ExportFormat | str,
    out: Path,
    *,
    notes: bool = True,
    anonymize: bool = False,
    kinds: Iterable[RecordKind | str] | None = None,
    progress: Progress | None = None,
    shared_only: bool = False,
    everything: bool = False,
) -> ExportResult:
    """Write the export of [start, end] (or ``everything``) to ``out`` atomically.

    Nothing is half-written: the file appears whole or not at all. Never inside the
    journal's data folder. Half-written exports an earlier kill left in the same
    folder are removed first, and the folder is remembered (inside the encrypted
    store) so the app can look there again when it next opens.
    """
    out = Path(out)
    check_export_target(out, journal.data_dir)
    fmt = ExportFormat(fmt)
    if out.is_dir():
        raise UsageError(tr("{path} is a folder; give a file name to export to.").format(path=out))
    if not out.parent.is_dir():
        raise UsageError(
            tr("The folder {path} does not exist; nothing was written.").format(path=out.parent)
        )
    if everything or start is None or end is None:
        from journal_app.domain.records import local_now

        start, end = whole_range(journal, local_now().date())
    check_range(start, end, limited=fmt is ExportFormat.PDF)
    selection = _Selection(
        journal,
        start,
        end,
        notes=notes,
        anonymize=anonymize,
        kinds=kinds,
        shared_only=shared_only,
    )
    if fmt is ExportFormat.PDF:
        data = selection.collected()
        payload = render(data, fmt, progress)
        remove_export_leftovers(out.parent)
        remember_export_folder(journal, out.parent)
        atomic_write(out, payload, temp_suffix=EXPORT_TEMP_SUFFIX)
        return ExportResult(path=out, records=len(data.records), weeks=len(data.weeks()))
    stream = _Stream(selection)
    remove_export_leftovers(out.parent)
    remember_export_folder(journal, out.parent)
    with atomic_writer(out, temp_suffix=EXPORT_TEMP_SUFFIX) as handle:
        for part in stream.parts(fmt, progress):
            handle.write(part.encode("utf-8"))
    return ExportResult(path=out, records=stream.total, weeks=len(stream.head.weeks()))


def export_folders(journal: Journal) -> list[Path]:
    """The folders exports were written to (most recent first), as the store remembers them."""
    kept = journal.load_state(EXPORT_FOLDERS_KEY)
    if not isinstance(kept, list):
        return []
    return [Path(p) for p in kept if isinstance(p, str)]


def remember_export_folder(journal: Journal, folder: Path) -> None:
    name = str(Path(folder).resolve())
    folders = [name, *(str(p) for p in export_folders(journal) if str(p) != name)]
    journal.save_state(EXPORT_FOLDERS_KEY, folders[:MAX_EXPORT_FOLDERS])


class _Stream:
    """The records of a long export, read a batch (or, for Markdown, a week) at a time."""

    def __init__(self, selection: _Selection) -> None:
        self.selection = s = selection
        journal = s.journal
        self.head = s.data((), journal.names_between(s.start, s.end, s.kinds))
        entries = RecordKind.ENTRY in s.chosen
        others = [k for k in s.kinds if k is not RecordKind.ENTRY]
        # What stays: every record of the kinds chosen, but journal entries only with
        # their notes, and only those marked to share when only those go.
        self.total = journal.count_between(s.start, s.end, others) if others else 0
        if entries and s.notes:
            self.total += journal.count_between(
                s.start, s.end, [RecordKind.ENTRY], shared=True if s.shared_only else None
            )

    def records(self, *, by_instant: bool = False) -> Iterator[AnyRecord]:
        s = self.selection
        return s.redacted(s.journal.iter_records(s.start, s.end, s.kinds, by_instant=by_instant))

    def week(self, week: Week) -> ExportData:
        """The records of ``week`` and the week before (for its comparison), in the range."""
        s = self.selection
        first, last = max(s.start, week.previous().start), min(s.end, week.end)
        records = s.journal.records_between(first, last, s.kinds) if first <= last else []
        return replace(self.head, records=tuple(s.redacted(records)))

    def parts(self, fmt: ExportFormat, progress: Progress | None) -> Iterator[str]:
        if fmt is ExportFormat.JSON:
            from journal_app.exchange.jsondoc import document_parts

            counted = _counting(self.records(by_instant=True), self.total, progress)
            return document_parts(counted, self.head.people, safety_plan=self.head.safety_plan)
        if fmt is ExportFormat.CSV:
            from journal_app.exchange.csvexport import csv_parts

            return csv_parts(self.records(), self.total, progress)
        from journal_app.exchange.markdown import markdown_parts
        from journal_app.exchange.wording import session_reflections

        s = self.selection
        talks = [RecordKind.CONNECTION] if RecordKind.CONNECTION in s.chosen else []
        sessions = session_reflections(
            s.redacted(s.journal.iter_records(s.start, s.end, talks)) if talks else ()
        )
        weeks = self.head.weeks()
        return markdown_parts(self.head, weeks, self.week, self.total, sessions, progress)


def _counting(
    records: Iterable[AnyRecord], total: int, progress: Progress | None
) -> Iterator[AnyRecord]:
    index = 0
    for index, record in enumerate(records, start=1):
        if progress is not None and index % 500 == 0:
            progress(index, total)
        yield record
    if progress is not None:
        progress(index, total)
