"""Daylio's ``.daylio`` backup: a ZIP holding ``backup.daylio``, base64-encoded JSON.

Only ``customMoods``, ``tags`` and ``dayEntries`` are read. Everything else
(goals, reminders, preferences, a stored PIN, photos) is ignored and never
imported.

The ZIP is checked before it is read and the member is read through a
counter (``_source``); the base64 text is decoded as it streams, and the JSON
is read item by item (``_jsonstream``), so a zip bomb posing as a backup is
refused within the limits instead of filling the memory.

Times: an entry's ``hour`` and ``minute`` are its local time; real backups
from 2016–2017 hold untimed entries (``-1``), whose time is taken from
``datetime`` (milliseconds since 1970, UTC) and ``timeZoneOffset``. The
offset is stored in milliseconds and sometimes a few seconds off a real zone
offset; it is taken to the nearest quarter of an hour, as every zone offset
in use since Daylio exists is.
"""

from __future__ import annotations

import binascii
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from journal_app.domain.records import AnyRecord
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    MAX_RECORDS,
    MAX_TEXT_BYTES,
    fold,
    too_many,
    tr,
)
from journal_app.exchange.importers._jsonstream import expect_list, json_reader
from journal_app.exchange.importers._markup import markup_to_text
from journal_app.exchange.importers._source import (
    ZIP_MAGIC,
    Source,
    as_source,
    member_source,
    open_zip,
    too_large,
)
from journal_app.exchange.importers.daylio import DaylioRow, build_records
from journal_app.exchange.importers.moods import GROUP_SCORES, PREDEFINED_NAMES

_MEMBER = "backup.daylio"
_WHITESPACE = b" \t\r\n\x0b\x0c"
_QUARTER_HOUR_MS = 15 * 60 * 1000


def is_backup(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def html_to_text(html: str) -> str:
    """Plain text of a Daylio note (which may be HTML or already plain)."""
    return markup_to_text(html)


def _decoded(source: Source) -> bytes:
    """The JSON inside the backup: its member, base64-decoded as it is read."""
    what = tr("Daylio backup")
    with open_zip(source, what) as archive:
        try:
            info = archive.getinfo(_MEMBER)
        except KeyError:
            raise InvalidImportFile(
                tr("This ZIP file is not a Daylio backup: it holds no {member}.").format(
                    member=repr(_MEMBER)
                )
            ) from None
        # base64 takes four characters for three bytes, plus its line breaks.
        member = member_source(archive, info, what, MAX_TEXT_BYTES * 3 // 2)
        parts: list[bytes] = []
        size = 0
        carry = b""
        with member.open() as stream:
            while True:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                chunk = carry + chunk.translate(None, _WHITESPACE)
                whole = len(chunk) - len(chunk) % 4
                carry = chunk[whole:]
                part = _b64(chunk[:whole])
                size += len(part)
                if size > MAX_TEXT_BYTES:
                    raise too_large(what)
                parts.append(part)
        if carry:
            parts.append(_b64(carry))
    return b"".join(parts)


def _b64(data: bytes) -> bytes:
    try:
        return binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        raise InvalidImportFile(
            tr("This Daylio backup is damaged: {member} is not base64 text.").format(
                member=repr(_MEMBER)
            )
        ) from None


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


def _key(value: Any) -> str:
    """Ids are numbers in some backups and text in others; compare them as text."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError
    return str(value)


def _mood(n: int, item: Any) -> tuple[str, tuple[str, int]]:
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
    return mood_id, (name, GROUP_SCORES[group])


def _activity(n: int, item: Any) -> tuple[str, str]:
    where = tr("Activity {n} in this Daylio backup").format(n=n)
    if not isinstance(item, dict):
        raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
    try:
        return _key(item.get("id")), _text(item.get("name"), where, "name")
    except ValueError:
        raise InvalidImportFile(tr("{where} has no valid 'id'.").format(where=where)) from None


def read_backup_rows(data: bytes | Source) -> list[DaylioRow]:
    """The backup's entries as rows (moods and activities resolved)."""
    what = tr("Daylio backup")
    decoded = Source.of_bytes(_decoded(as_source(data)))
    moods: dict[str, tuple[str, int]] = {}
    tags: dict[str, str] = {}
    has_entries = False
    # First the moods and activities (wherever they stand), passing the entries by.
    with json_reader(decoded, what) as reader:
        reader.begin(
            "{", InvalidImportFile(tr("This is not a Daylio backup: it has no 'dayEntries'."))
        )
        for name in reader.members():
            if name == "customMoods":
                for n, item in enumerate(expect_list(reader, what, name), start=1):
                    key, mood = _mood(n, item)
                    moods[key] = mood
            elif name == "tags":
                for n, item in enumerate(expect_list(reader, what, name), start=1):
                    key, activity = _activity(n, item)
                    tags[key] = activity
            elif name == "dayEntries":
                has_entries = True
                for _ in expect_list(reader, what, name):
                    pass
            else:
                reader.skip()
    if not has_entries:
        raise InvalidImportFile(tr("This is not a Daylio backup: it has no 'dayEntries'."))
    rows: list[DaylioRow] = []
    with json_reader(decoded, what) as reader:
        for name in reader.members():
            if name != "dayEntries":
                reader.skip()
                continue
            for n, item in enumerate(reader.items(), start=1):
                if n > MAX_RECORDS:
                    raise too_many(what)
                rows.append(_row(n, item, moods, tags))
    return rows


def _offset(millis: int, where: str) -> timedelta:
    if abs(millis) > 18 * 3600 * 1000:
        raise InvalidImportFile(
            tr("{where}: 'timeZoneOffset' should be within ±18 hours, not {millis} ms.").format(
                where=where, millis=millis
            )
        )
    return timedelta(minutes=15 * round(millis / _QUARTER_HOUR_MS))


def _untimed_clock(
    item: dict[str, Any], offset: timedelta | None, where: str
) -> tuple[time, timedelta]:
    """The local time of an untimed entry (hour -1) from its ``datetime`` and offset."""
    stamp = item.get("datetime")
    if isinstance(stamp, bool) or not isinstance(stamp, int | float):
        raise InvalidImportFile(
            tr(
                "{where}: it has no time of day (hour {hour}, minute {minute}) and no valid "
                "'datetime' to take it from."
            ).format(where=where, hour=item.get("hour"), minute=item.get("minute"))
        )
    try:
        utc = datetime.fromtimestamp(stamp / 1000, UTC)
        local = utc + offset if offset is not None else utc.astimezone()
    except (OverflowError, OSError, ValueError) as exc:
        raise InvalidImportFile(
            tr("{where}: 'datetime' is not a valid moment ({problem}).").format(
                where=where, problem=exc
            )
        ) from None
    if offset is None:
        offset = local.utcoffset() or timedelta(0)
    return time(local.hour, local.minute), offset


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
    offset: timedelta | None = None
    if item.get("timeZoneOffset") is not None:
        offset = _offset(_int(item.get("timeZoneOffset"), where, "timeZoneOffset"), where)
    try:
        day = date(year, month + 1, day_of_month)
    except (ValueError, OverflowError) as exc:
        raise InvalidImportFile(
            tr("{where}: the date or time is not valid ({problem}).").format(
                where=where, problem=exc
            )
        ) from None
    if hour == -1 or minute == -1:
        clock, offset = _untimed_clock(item, offset, where)
    else:
        try:
            clock = time(hour, minute)
        except (ValueError, OverflowError) as exc:
            raise InvalidImportFile(
                tr("{where}: the date or time is not valid ({problem}).").format(
                    where=where, problem=exc
                )
            ) from None
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
        title=markup_to_text(_text(item.get("note_title"), where, "note_title")),
        note=markup_to_text(_text(item.get("note"), where, "note")),
        group_score=found[1],
    )


def parse_backup_scored(
    data: bytes | Source, mood_map: Mapping[str, int] | None = None, zone: tzinfo | None = None
) -> tuple[list[AnyRecord], tuple[str, ...], dict[str, int]]:
    """Records, mood labels and the score each label's mood group gives, from a backup."""
    rows = read_backup_rows(data)
    records, labels = build_records(rows, mood_map, zone)
    scores = {fold(row.label): row.group_score for row in rows if row.group_score}
    return records, labels, scores


def parse_backup(
    data: bytes | Source, mood_map: Mapping[str, int] | None = None, zone: tzinfo | None = None
) -> tuple[list[AnyRecord], tuple[str, ...]]:
    """Records and mood labels from a ``.daylio`` backup."""
    records, labels, _ = parse_backup_scored(data, mood_map, zone)
    return records, labels
