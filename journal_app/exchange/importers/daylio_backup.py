"""Daylio's ``.daylio`` backup: a ZIP holding ``backup.daylio``, base64-encoded JSON.

Only ``customMoods``, ``tags`` and ``dayEntries`` are read. Everything else
(goals, reminders, preferences, a stored PIN, photos) is ignored and never
imported.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
import zlib
from collections.abc import Mapping
from datetime import date, time, timedelta, tzinfo
from html.parser import HTMLParser
from typing import Any

from journal_app.domain.records import AnyRecord
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import load_json, tr
from journal_app.exchange.importers.daylio import DaylioRow, build_records
from journal_app.exchange.importers.moods import GROUP_SCORES, PREDEFINED_NAMES

ZIP_MAGIC = b"PK\x03\x04"
_MEMBER = "backup.daylio"
_MAX_MEMBER_BYTES = 512 * 1024 * 1024


def is_backup(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


class _PlainText(HTMLParser):
    """Daylio's rich-text notes as plain text: line breaks kept, markup dropped."""

    _BREAK_BEFORE = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in self._BREAK_BEFORE:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAK_BEFORE and tag != "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of a Daylio note (which may be HTML or already plain)."""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _PlainText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # hopelessly broken markup: keep what was read
        pass
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue  # no runs of blank lines, none at the start
        out.append(line)
    return "\n".join(out).strip()


def _json_of(data: bytes) -> Any:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(_MEMBER)
            except KeyError:
                raise InvalidImportFile(
                    tr("This ZIP file is not a Daylio backup: it holds no {member}.").format(
                        member=repr(_MEMBER)
                    )
                ) from None
            if info.file_size > _MAX_MEMBER_BYTES:
                raise InvalidImportFile(tr("This Daylio backup is too large to be read."))
            with archive.open(info) as member:
                encoded = member.read(_MAX_MEMBER_BYTES + 1)
    except InvalidImportFile:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,  # an encrypted member
        OverflowError,
    ) as exc:
        raise InvalidImportFile(
            tr("This Daylio backup is damaged: the ZIP file cannot be read ({problem}).").format(
                problem=exc
            )
        ) from None
    if len(encoded) > _MAX_MEMBER_BYTES:
        raise InvalidImportFile(tr("This Daylio backup is too large to be read."))
    try:
        raw = base64.b64decode(b"".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidImportFile(
            tr("This Daylio backup is damaged: {member} is not base64 text.").format(
                member=repr(_MEMBER)
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidImportFile(
            tr(
                "This Daylio backup is damaged: its data is not UTF-8 text (at byte {byte})."
            ).format(byte=exc.start)
        ) from None
    return load_json(text, tr("Daylio backup"))


def _int(value: Any, where: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise InvalidImportFile(
            tr("{where}: {name} should be a whole number, not {value}.").format(
                where=where, name=repr(name), value=repr(value)
            )
        )
    return value


def _text(value: Any, where: str, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidImportFile(
            tr("{where}: {name} should be text, not {type}.").format(
                where=where, name=repr(name), type=type(value).__name__
            )
        )
    return value


def _list(doc: dict[str, Any], name: str) -> list[Any]:
    value = doc.get(name, [])
    if not isinstance(value, list):
        raise InvalidImportFile(
            tr("This Daylio backup is damaged: {name} should be a list.").format(name=repr(name))
        )
    return value


def _key(value: Any) -> str:
    """Ids are numbers in some backups and text in others; compare them as text."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError
    return str(value)


def read_backup_rows(data: bytes) -> list[DaylioRow]:
    doc = _json_of(data)
    if not isinstance(doc, dict) or "dayEntries" not in doc:
        raise InvalidImportFile(tr("This is not a Daylio backup: it has no 'dayEntries'."))

    moods: dict[str, tuple[str, int]] = {}
    for n, item in enumerate(_list(doc, "customMoods"), start=1):
        where = tr("Mood {n} in this Daylio backup").format(n=n)
        if not isinstance(item, dict):
            raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
        try:
            mood_id = _key(item.get("id"))
        except ValueError:
            raise InvalidImportFile(tr("{where} has no valid 'id'.").format(where=where)) from None
        group = _int(item.get("mood_group_id"), where, "mood_group_id")
        if group not in GROUP_SCORES:
            raise InvalidImportFile(
                tr("{where}: 'mood_group_id' should be 1 to 5, not {group}.").format(
                    where=where, group=group
                )
            )
        name = _text(item.get("custom_name"), where, "custom_name").strip()
        if not name:
            predefined = item.get("predefined_name_id", group)
            name = PREDEFINED_NAMES.get(predefined if isinstance(predefined, int) else group, "")
            name = name or PREDEFINED_NAMES[group]
        moods[mood_id] = (name, GROUP_SCORES[group])

    tags: dict[str, str] = {}
    for n, item in enumerate(_list(doc, "tags"), start=1):
        where = tr("Activity {n} in this Daylio backup").format(n=n)
        if not isinstance(item, dict):
            raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
        try:
            tags[_key(item.get("id"))] = _text(item.get("name"), where, "name")
        except ValueError:
            raise InvalidImportFile(tr("{where} has no valid 'id'.").format(where=where)) from None

    rows: list[DaylioRow] = []
    for n, item in enumerate(_list(doc, "dayEntries"), start=1):
        rows.append(_row(n, item, moods, tags))
    return rows


def _row(
    n: int,
    item: Any,
    moods: Mapping[str, tuple[str, int]],
    tags: Mapping[str, str],
) -> DaylioRow:
    where = tr("Entry {n} in this Daylio backup").format(n=n)
    if not isinstance(item, dict):
        raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
    year = _int(item.get("year"), where, "year")
    month = _int(item.get("month"), where, "month")  # zero-based
    day_of_month = _int(item.get("day"), where, "day")
    hour = _int(item.get("hour", 0), where, "hour")
    minute = _int(item.get("minute", 0), where, "minute")
    try:
        day = date(year, month + 1, day_of_month)
        clock = time(hour, minute)
    except (ValueError, OverflowError) as exc:
        raise InvalidImportFile(
            tr("{where}: the date or time is not valid ({problem}).").format(
                where=where, problem=exc
            )
        ) from None
    offset: timedelta | None = None
    if item.get("timeZoneOffset") is not None:
        millis = _int(item.get("timeZoneOffset"), where, "timeZoneOffset")
        if abs(millis) > 18 * 3600 * 1000:
            raise InvalidImportFile(
                tr("{where}: 'timeZoneOffset' should be within ±18 hours, not {millis} ms.").format(
                    where=where, millis=millis
                )
            )
        offset = timedelta(minutes=round(millis / 60_000))
    mood_key = item.get("mood")
    found = None
    if isinstance(mood_key, int | str) and not isinstance(mood_key, bool):
        found = moods.get(str(mood_key))
    if found is None:
        raise InvalidImportFile(
            tr("{where}: its mood {mood} is not among the backup's moods.").format(
                where=where, mood=repr(mood_key)
            )
        )
    raw_tags = item.get("tags", [])
    if raw_tags is None:
        raw_tags = []
    if not isinstance(raw_tags, list):
        raise InvalidImportFile(
            tr("{where}: 'tags' should be a list of activity ids.").format(where=where)
        )
    activities: list[str] = []
    for tag_id in raw_tags:
        name = None
        if isinstance(tag_id, int | str) and not isinstance(tag_id, bool):
            name = tags.get(str(tag_id))
        if name is None:
            raise InvalidImportFile(
                tr("{where}: activity {activity} is not among the backup's.").format(
                    where=where, activity=repr(tag_id)
                )
            )
        activities.append(name)
    return DaylioRow(
        where=tr("entry {n} in this Daylio backup").format(n=n),
        day=day,
        clock=clock,
        offset=offset,
        label=found[0],
        activities=tuple(a for a in activities if a.strip()),
        title=html_to_text(_text(item.get("note_title"), where, "note_title")),
        note=html_to_text(_text(item.get("note"), where, "note")),
        group_score=found[1],
    )


def parse_backup(
    data: bytes, mood_map: Mapping[str, int] | None = None, zone: tzinfo | None = None
) -> tuple[list[AnyRecord], tuple[str, ...]]:
    """Records and mood labels from a ``.daylio`` backup."""
    return build_records(read_backup_rows(data), mood_map, zone)
