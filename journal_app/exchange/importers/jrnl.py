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
)
from journal_app.exchange.importers.daylio import parse_clock


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidImportFile(f"{where}: {key!r} should be text, not {type(value).__name__}.")
    return value


def parse(data: bytes, zone: tzinfo | None = None) -> list[AnyRecord]:
    doc = load_json(decode_text(data, "jrnl export"), "jrnl export")
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise InvalidImportFile(
            'This is not a jrnl JSON export: it should be an object with a list of "entries" '
            "(made by jrnl --format json)."
        )
    records: list[AnyRecord] = []
    seen: Counter[tuple[str, ...]] = Counter()
    for n, item in enumerate(doc["entries"], start=1):
        where = f"Entry {n} in this jrnl export"
        if not isinstance(item, dict):
            raise InvalidImportFile(f"{where} should be an object.")
        title = _text(item, "title", where).strip()
        body = _text(item, "body", where).replace("\r\n", "\n").strip()
        day_text = _text(item, "date", where).strip()
        clock_text = _text(item, "time", where).strip() or "00:00"
        starred = item.get("starred", False)
        if not isinstance(starred, bool):
            raise InvalidImportFile(f"{where}: 'starred' should be true or false.")
        raw_tags = item.get("tags", [])
        if raw_tags is None:
            raw_tags = []
        if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
            raise InvalidImportFile(f"{where}: 'tags' should be a list of words.")
        try:
            day = date.fromisoformat(day_text)
            at = local_moment(day, parse_clock(clock_text), zone)
        except (ValueError, OverflowError) as exc:
            raise InvalidImportFile(
                f"{where}: the date {day_text!r} and time {clock_text!r} are not valid ({exc})."
            ) from None
        if not title and not body:
            raise InvalidImportFile(f"{where} has neither a title nor a body.")
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
            raise InvalidImportFile(f"{where}: {exc}. Nothing was imported.") from None
    return records
