"""jrnl's JSON export (``jrnl --format json``) as journal entries.

Each entry's title and body become the entry's title and text (a body-less
entry keeps its title as its text), ``@tags`` become tags without the ``@``
in the case they were written, and ``starred`` (a favourite in jrnl) becomes
the tag ``starred``: it is never taken as "share with my therapist". jrnl
keeps no UTC offset, so the offset is the one this machine's zone had on
that date. The file is read entry by entry (``_jsonstream``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, tzinfo
from typing import Any

from journal_app.domain.records import AnyRecord, JournalEntry, utc_now
from journal_app.domain.validation import MAX_SHORT_TEXT, ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    Records,
    imported_entry,
    local_moment,
    stable_id,
    tr,
    word_list,
)
from journal_app.exchange.importers._jsonstream import json_reader
from journal_app.exchange.importers._source import Source
from journal_app.exchange.importers.daylio import parse_clock

STARRED = "starred"


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidImportFile(
            tr("{where}: {name} should be text, not {type}.").format(
                where=where, name=repr(key), type=type(value).__name__
            )
        )
    return value


def _not_jrnl() -> InvalidImportFile:
    return InvalidImportFile(
        tr(
            'This is not a jrnl JSON export: it should be an object with a list of "entries" '
            "(made by jrnl --format json)."
        )
    )


def parse(data: bytes | Source, zone: tzinfo | None = None) -> list[AnyRecord]:
    records: list[AnyRecord] = Records(tr("jrnl export"))
    seen: Counter[tuple[str, ...]] = Counter()
    found = False
    now = utc_now()
    with json_reader(data, tr("jrnl export")) as reader:
        reader.begin("{", _not_jrnl())
        for name in reader.members():
            if name != "entries":
                reader.skip()
                continue
            if reader.peek() != "[":
                raise _not_jrnl()
            found = True
            for n, item in enumerate(reader.items(), start=1):
                records.append(_entry(n, item, zone, seen, now))
    if not found:
        raise _not_jrnl()
    return records


def _entry(
    n: int,
    item: Any,
    zone: tzinfo | None,
    seen: Counter[tuple[str, ...]],
    now: Any,
) -> JournalEntry:
    where = tr("Entry {n} in this jrnl export").format(n=n)
    if not isinstance(item, dict):
        raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
    title = _text(item, "title", where).strip()
    body = _text(item, "body", where).replace("\r\n", "\n").strip()
    day_text = _text(item, "date", where).strip()
    clock_text = _text(item, "time", where).strip() or "00:00"
    starred = item.get("starred", False)
    if not isinstance(starred, bool):
        raise InvalidImportFile(
            tr("{where}: 'starred' should be true or false.").format(where=where)
        )
    raw_tags = word_list(item.get("tags"), where, "tags")
    try:
        day = date.fromisoformat(day_text)
        at = local_moment(day, parse_clock(clock_text), zone)
    except (ValueError, OverflowError) as exc:
        raise InvalidImportFile(
            tr("{where}: the date {date} and time {time} are not valid ({problem}).").format(
                where=where, date=repr(day_text), time=repr(clock_text), problem=exc
            )
        ) from None
    if not title and not body:
        raise InvalidImportFile(tr("{where} has neither a title nor a body.").format(where=where))
    if "\n" in title or len(title) > MAX_SHORT_TEXT or not body:
        text, title = f"{title}\n\n{body}".strip() if body else title, ""
    else:
        text = body
    key = ("jrnl", day_text, clock_text, _text(item, "title", where), body)
    seen[key] += 1
    tags = [t.lstrip("@") for t in raw_tags]
    if starred:
        tags.append(STARRED)
    try:
        return imported_entry(stable_id(*key, seen[key]), at, text, now, title=title, tags=tags)
    except ValidationError as exc:
        raise InvalidImportFile(
            tr("{where}: {problem}. Nothing was imported.").format(where=where, problem=exc)
        ) from None
