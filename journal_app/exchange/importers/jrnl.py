"""jrnl's JSON export (``jrnl --format json``) as journal entries.

Each entry's title and body become the entry's title and text (a body-less
entry keeps its title as its text), ``@tags`` become tags without the ``@``,
and ``starred`` becomes the share flag. jrnl keeps no UTC offset, so the
offset is the one this machine's zone had on that date.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, tzinfo
from typing import Any

from journal_app.domain.records import AnyRecord, JournalEntry
from journal_app.domain.validation import MAX_SHORT_TEXT, ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    decode_text,
    load_json,
    local_moment,
    stable_id,
    tag_words,
    tr,
)
from journal_app.exchange.importers.daylio import parse_clock


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


def parse(data: bytes, zone: tzinfo | None = None) -> list[AnyRecord]:
    what = tr("jrnl export")
    doc = load_json(decode_text(data, what), what)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise InvalidImportFile(
            tr(
                'This is not a jrnl JSON export: it should be an object with a list of "entries" '
                "(made by jrnl --format json)."
            )
        )
    records: list[AnyRecord] = []
    seen: Counter[tuple[str, ...]] = Counter()
    for n, item in enumerate(doc["entries"], start=1):
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
        raw_tags = item.get("tags", [])
        if raw_tags is None:
            raw_tags = []
        if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
            raise InvalidImportFile(
                tr("{where}: 'tags' should be a list of words.").format(where=where)
            )
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
            raise InvalidImportFile(
                tr("{where} has neither a title nor a body.").format(where=where)
            )
        if "\n" in title or len(title) > MAX_SHORT_TEXT or not body:
            text, title = f"{title}\n\n{body}".strip() if body else title, ""
        else:
            text = body
        key = ("jrnl", day_text, clock_text, _text(item, "title", where), body)
        seen[key] += 1
        try:
            records.append(
                JournalEntry(
                    id=stable_id(*key, seen[key]),
                    at=at,
                    text=text,
                    title=title,
                    tags=tag_words([t.lstrip("@") for t in raw_tags]),
                    share=starred,
                )
            )
        except ValidationError as exc:
            raise InvalidImportFile(
                tr("{where}: {problem}. Nothing was imported.").format(where=where, problem=exc)
            ) from None
    return records
