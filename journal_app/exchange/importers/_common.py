"""What every importer shares: deterministic ids, local times, tags, emotion words, limits.

Nothing here writes anything; a parser reads one file and returns validated
records, or raises ``InvalidImportFile`` saying what is wrong and where.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from journal_app.domain.emotions import EMOTIONS
from journal_app.domain.records import AnyRecord, JournalEntry, MoodCheckIn
from journal_app.domain.validation import MAX_SHORT_TEXT
from journal_app.errors import InvalidImportFile
from journal_app.i18n import translate


def tr(text: str) -> str:
    """``text`` (a message template, before ``.format``) in the person's language."""
    return translate("import", text)


# Ids of imported records are a SHA-1 (as uuid5 uses, without its version
# bits) over a fixed namespace, the source and the source row's identifying
# content, so importing the same file twice adds nothing.
_NAMESPACE = b"journal-app import v1\x1f"

# -- limits (the README's "Bringing your history" states them) ----------------------
#
# Checked before anything is read, so no import holds more than a few hundred
# megabytes: a ten-year journal exported by this app is about 12 MB of JSON,
# a ten-year Daylio CSV about 3 MB.

MIB = 1024 * 1024
MAX_TEXT_BYTES = 128 * MIB  # a CSV or JSON file, or the journal file inside a ZIP
MAX_ZIP_MEMBERS = 100_000  # files inside one ZIP (a Day One export holds its photos)
MAX_ZIP_DIRECTORY_BYTES = 32 * MIB  # the ZIP's own table of contents
# What is read is held until the person chooses Import, so the count is
# bounded too (a record takes about a kilobyte): a ten-year journal holds about
# 41,000 records, a ten-year Daylio CSV about 20,000 rows.
MAX_RECORDS = 200_000
MAX_CSV_ROWS = 500_000

# A moment that has only a date (Pixels, an all-day Day One entry, Bearable's
# "all day") is placed at midday, so no change of zone moves it to another day.
ALL_DAY = time(12, 0)


def too_many(what: str) -> InvalidImportFile:
    return InvalidImportFile(
        tr(
            "This {what} holds more than {limit} records, more than can be imported at once. "
            "Nothing was imported."
        ).format(what=what, limit=f"{MAX_RECORDS:,}")
    )


class Records(list[AnyRecord]):
    """The records read so far; refuses to grow past ``MAX_RECORDS`` (``too_many``)."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def append(self, record: AnyRecord) -> None:
        if len(self) >= MAX_RECORDS:
            raise too_many(self.what)
        super().append(record)

    def extend(self, records: Iterable[AnyRecord]) -> None:
        for record in records:
            self.append(record)


def stable_id(*parts: object) -> str:
    """A deterministic record id (32 hex characters) for ``parts``."""
    name = "\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")
    return hashlib.sha1(_NAMESPACE + name, usedforsecurity=False).hexdigest()[:32]


def fold(text: str) -> str:
    """Text compared loosely: stray spaces collapsed, case ignored."""
    return " ".join(text.split()).casefold()


def megabytes(size: int) -> str:
    """A size for a message: "128 MB"."""
    return tr("{size} MB").format(size=max(1, round(size / MIB)))


class LocalZone:
    """The UTC offset a zone has at local dates and times, remembered per day.

    Most days have one offset all day (the same at 00:00 and 23:59); only on
    the few days a zone changes its clocks is each time looked up alone.
    """

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone
        self._days: dict[date, timezone | None] = {}

    def moment(self, day: date, clock: time) -> datetime:
        if day not in self._days:
            first = local_moment(day, time(0, 0), self._zone).utcoffset()
            last = local_moment(day, time(23, 59), self._zone).utcoffset()
            self._days[day] = timezone(first) if first is not None and first == last else None
        offset = self._days[day]
        if offset is None:
            return local_moment(day, clock, self._zone)
        return datetime.combine(day, clock.replace(microsecond=0), offset)


def local_moment(day: date, clock: time, zone: tzinfo | None = None) -> datetime:
    """``day`` at ``clock`` in ``zone`` (default: this machine's zone then), fixed offset.

    Daylio CSV, jrnl, Bearable and Pixels keep no UTC offset, so the offset is
    the one the machine's zone had on that date, as ``add --at`` does.
    """
    if not 1900 <= day.year <= 2999:
        raise ValueError(tr("year must be from 1900 to 2999, not {year}").format(year=day.year))
    naive = datetime.combine(day, clock.replace(microsecond=0))
    if zone is not None:
        aware = naive.replace(tzinfo=zone)
    else:
        try:
            aware = naive.astimezone()
        except (OverflowError, OSError, ValueError):
            aware = naive.replace(tzinfo=datetime.now().astimezone().tzinfo)
    offset = aware.utcoffset() or timedelta(0)
    return naive.replace(tzinfo=timezone(offset))


def tag_words(raw: Iterable[str]) -> tuple[str, ...]:
    """Activities or tags as our tags, in the case the person wrote them.

    Our tags are comma-separated when typed, so a Daylio activity
    "friends, family" is kept as "friends; family"; a line break becomes a
    space. Two spellings that differ only in case are one tag.
    """
    out: list[str] = []
    seen: set[str] = set()
    for item in raw:
        word = " ".join(item.replace(",", ";").split())
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return tuple(out)


def imported_entry(
    entry_id: str,
    at: datetime,
    text: str,
    now: datetime,
    *,
    title: str = "",
    tags: Iterable[str] = (),
) -> JournalEntry:
    """A journal entry from another app: its tags as ``tag_words``, created and updated ``now``."""
    return JournalEntry(
        id=entry_id, at=at, text=text, title=title, tags=tag_words(tags), created=now, updated=now
    )


def imported_check_in(
    checkin_id: str,
    at: datetime,
    score: int,
    now: datetime,
    *,
    emotions: Iterable[str] = (),
    note_lines: Iterable[str] = (),
) -> MoodCheckIn:
    """A mood check-in from another app, with what has no field of its own in its note."""
    return MoodCheckIn(
        id=checkin_id,
        at=at,
        score=score,
        emotions=tuple(emotions),
        note="\n".join(note_lines),
        created=now,
        updated=now,
    )


def word_list(value: object, where: str, name: str) -> list[str]:
    """A list of words from a file (None is none), or a message naming the entry and field."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise InvalidImportFile(
            tr("{where}: {name} should be a list of words. Nothing was imported.").format(
                where=where, name=repr(name)
            )
        )
    return value


def emotions_and_tags(words: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words from another app split into our emotion words and the rest (as tags).

    Only the fixed vocabulary counts as emotion words (compared without case);
    every other word is kept as a tag, as written.
    """
    emotions: list[str] = []
    others: list[str] = []
    for word in words:
        key = " ".join(word.split()).casefold()
        if key in EMOTIONS:
            if key not in emotions:
                emotions.append(key)
        elif key:
            others.append(word)
    return tuple(emotions), tag_words(others)


def title_and_text(title: str, text: str) -> tuple[str, str]:
    """A journal entry's title and text from another app's title and text.

    A title too long or on several lines is kept as the first paragraph; a
    title alone becomes the text.
    """
    title = title.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\n" in title or len(title) > MAX_SHORT_TEXT:
        return "", f"{title}\n\n{text}".strip()
    if not text:
        return "", title
    return title, text


def where_first(where: str) -> str:
    """``where`` ("line 12", "entry 3 in …") with a capital, to open a sentence."""
    return where[:1].upper() + where[1:]


# The messages of Python's JSON parser, listed so translators see them; one
# ending in "at" ("Unterminated string starting at") is followed by the place.
_JSON_PROBLEMS = {
    "Expecting value": lambda: tr("Expecting value"),
    "Expecting ',' delimiter": lambda: tr("Expecting ',' delimiter"),
    "Expecting ':' delimiter": lambda: tr("Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": lambda: tr(
        "Expecting property name enclosed in double quotes"
    ),
    "Unterminated string starting at": lambda: tr("Unterminated string starting"),
    "Invalid control character at": lambda: tr("Invalid control character"),
    "Invalid \\escape": lambda: tr("Invalid \\escape"),
    "Invalid \\uXXXX escape": lambda: tr("Invalid \\uXXXX escape"),
    "Extra data": lambda: tr("Extra data"),
}


def json_problem(message: str, what: str, line: int, column: int) -> str:
    """One line for a JSON syntax error: what, where (never "starting at at")."""
    problem = _JSON_PROBLEMS.get(message)
    words = problem() if problem else message.removesuffix(" at")
    return tr("This {what} is not valid JSON: {problem} at line {line}, column {column}.").format(
        what=what, problem=words, line=line, column=column
    )
