"""What every importer shares: deterministic ids, local times, tags, safe decoding.

Nothing here writes anything; a parser reads one file's bytes and returns
validated records, or raises ``InvalidImportFile`` saying what is wrong and
where.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from journal_app.errors import InvalidImportFile
from journal_app.i18n import translate


def tr(text: str) -> str:
    """``text`` (a message template, before ``.format``) in the person's language."""
    return translate("import", text)


# Ids of imported records are a SHA-1 (as uuid5 uses, without its version
# bits) over a fixed namespace, the source and the source row's identifying
# content, so importing the same file twice adds nothing.
_NAMESPACE = b"journal-app import v1\x1f"

MAX_FILE_BYTES = 512 * 1024 * 1024


def stable_id(*parts: object) -> str:
    """A deterministic record id (32 hex characters) for ``parts``."""
    name = "\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")
    return hashlib.sha1(_NAMESPACE + name, usedforsecurity=False).hexdigest()[:32]


def fold(text: str) -> str:
    """Text compared loosely: stray spaces collapsed, case ignored."""
    return " ".join(text.split()).casefold()


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

    Daylio CSV and jrnl keep no UTC offset, so the offset is the one the
    machine's zone had on that date, as ``add --at`` does.
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
    """Activities or tags as our tags: a comma or line break inside one becomes ';' or a space.

    Our tags are comma-separated when typed, so a Daylio activity
    "friends, family" is kept as "friends; family".
    """
    out: list[str] = []
    for item in raw:
        word = " ".join(item.replace(",", ";").split()).lower()
        if word and word not in out:
            out.append(word)
    return tuple(out)


def decode_text(data: bytes, what: str) -> str:
    """Strict UTF-8 (with or without a byte-order mark), or a message saying where it breaks."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidImportFile(
            tr(
                "This {what} is not UTF-8 text: line {line} has bytes that cannot be read "
                "(at byte {byte}). Export it again from the app it came from."
            ).format(what=what, line=line, byte=exc.start)
        ) from None


def load_json(text: str, what: str) -> Any:
    """Parse JSON text, or say which line and column are broken."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidImportFile(
            tr("This {what} is not valid JSON: {problem} at line {line}, column {column}.").format(
                what=what, problem=exc.msg, line=exc.lineno, column=exc.colno
            )
        ) from None
    except RecursionError:
        raise InvalidImportFile(
            tr("This {what} is nested too deeply to be read.").format(what=what)
        ) from None
    try:
        # A lone surrogate (\ud800) is valid JSON but not text that can be stored.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidImportFile(
            tr(
                "This {what} holds an escaped character that is not valid text (a lone surrogate)."
            ).format(what=what)
        ) from None
    except RecursionError:
        raise InvalidImportFile(
            tr("This {what} is nested too deeply to be read.").format(what=what)
        ) from None
    return value
