"""Day One's JSON export: the ZIP it makes, or the ``Journal.json`` inside.

Every version seen in real exports is read: with and without ``richText``,
``isPinned`` or Android's ``pinned``, pretty-printed or minified, one journal
or several (a ZIP holds one ``<journal>.json`` per journal, beside its
``photos/``).

Mapping:

* each entry becomes a ``JournalEntry`` at its local time: ``creationDate``
  is UTC, ``timeZone`` (IANA) gives the local time and offset as they were
  in that zone; an all-day entry is its local date, at midday;
* ``text`` is Markdown: Day One's backslash escapes (``\\.`` ``\\-``) are
  removed; a first line that is a heading (``# Title``) becomes the title;
  an entry without ``text`` is read from ``richText``;
* media links (``dayone-moment://…``) are removed and the entry says what
  was left out: "(1 photo not imported)"; photos, videos, audio and PDFs are
  never imported;
* ``tags`` become tags as written, ``starred`` the tag ``starred``;
* location, weather, device and the rest are left out (a place is exactly
  what someone else should not learn from a journal). An entry with no
  text and nothing attached is skipped: there is nothing in it to keep.

Ids come from the entry's ``uuid`` and its text, so importing the same
export again adds nothing, and an entry edited in Day One afterwards is
added beside the earlier one rather than lost.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal_app.domain.records import AnyRecord, JournalEntry, utc_now
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    ALL_DAY,
    MAX_TEXT_BYTES,
    Records,
    fold,
    imported_entry,
    local_moment,
    stable_id,
    title_and_text,
    tr,
    word_list,
)
from journal_app.exchange.importers._jsonstream import json_reader
from journal_app.exchange.importers._source import (
    Source,
    as_source,
    member_source,
    open_zip,
    too_large,
)

STARRED = "starred"
_MEDIA_LISTS = {"photos": "photo", "videos": "video", "audios": "audio", "pdfAttachments": "pdf"}
_MEDIA_PATHS = {"photo": "photo", "video": "video", "audio": "audio", "pdfattachment": "pdf"}
_SCHEMES = {"photo": "photo", "video": "video", "audio": "audio", "pdf": "pdf", "sketch": "photo"}

# ![](dayone-moment://ID), ![](dayone-moment:/video/ID), [x](dayone-photo://ID)…
_MEDIA_LINK = re.compile(
    r"!?\[[^\]\n]*\]\(\s*<?dayone-([a-z]+):/{1,2}([^)\s>]*)>?\s*\)|"
    r"(?<![\w(])dayone-([a-z]+):/{1,2}([A-Za-z0-9_/\-]+)",
    re.IGNORECASE,
)
# A link to another Day One entry keeps its words, not the address.
_ENTRY_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*dayone://[^)\s]*\s*\)", re.IGNORECASE)
# CommonMark: a backslash before ASCII punctuation is an escape.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BLANK_RUNS = re.compile(r"\n{3,}")
_GMT = re.compile(r"^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$", re.IGNORECASE)


def parse(data: bytes | Source) -> list[AnyRecord]:
    """Entries from a Day One export (ZIP or JSON)."""
    source = as_source(data)
    what = tr("Day One export")
    records: list[AnyRecord] = Records(what)
    seen: Counter[str] = Counter()
    if not source.is_zip():
        _read_journal(source, what, tr("this Day One export"), records, seen)
        return records
    with open_zip(source, what) as archive:
        journals = [info for info in archive.infolist() if _is_journal(info)]
        if not journals:
            raise InvalidImportFile(
                tr(
                    "This ZIP file is not a Day One export: it holds no journal "
                    "(a .json file such as Journal.json). Nothing was imported."
                )
            )
        if sum(info.file_size for info in journals) > MAX_TEXT_BYTES:
            raise too_large(what, sum(info.file_size for info in journals))
        for info in sorted(journals, key=lambda i: i.filename):
            member = member_source(archive, info, what)
            name = info.filename.rsplit("/", 1)[-1]
            _read_journal(member, what, name, records, seen)
    return records


def _is_journal(info: zipfile.ZipInfo) -> bool:
    name = info.filename
    base = name.rsplit("/", 1)[-1]
    return (
        not info.is_dir()
        and base.casefold().endswith(".json")
        and not base.startswith("._")
        and not name.startswith("__MACOSX/")
    )


def _read_journal(
    source: Source, what: str, name: str, records: list[AnyRecord], seen: Counter[str]
) -> None:
    not_day_one = InvalidImportFile(
        tr(
            'This is not a Day One export: {name} should be an object with a list of "entries". '
            "Nothing was imported."
        ).format(name=name)
    )
    now = utc_now()
    found = False
    with json_reader(source, what) as reader:
        reader.begin("{", not_day_one)
        for key in reader.members():
            if key != "entries":
                reader.skip()
                continue
            if reader.peek() != "[":
                raise not_day_one
            found = True
            for n, item in enumerate(reader.items(), start=1):
                where = tr("Entry {n} in {name}").format(n=n, name=name)
                entry = _entry(item, where, now, seen)
                if entry is not None:
                    records.append(entry)
    if not found:
        raise not_day_one


def _refuse(where: str, problem: str) -> InvalidImportFile:
    return InvalidImportFile(
        tr("{where}: {problem}. Nothing was imported.").format(where=where, problem=problem)
    )


def _text_field(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _refuse(
            where,
            tr("{name} should be text, not {type}").format(
                name=repr(key), type=type(value).__name__
            ),
        )
    return value


@cache
def _zone(name: str) -> tzinfo | None:
    """The zone named ``name`` (IANA, or "GMT+02:00"), or None when unknown."""
    match = _GMT.match(name.strip())
    if match:
        if not match[1]:
            return UTC
        minutes = int(match[2]) * 60 + int(match[3] or 0)
        if minutes > 18 * 60:
            return None
        return timezone(timedelta(minutes=minutes if match[1] == "+" else -minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _moment(item: dict[str, Any], where: str) -> tuple[datetime, bool, tzinfo | None]:
    """The entry's creation time (UTC), whether it is all-day, and its zone."""
    if "creationDate" not in item:
        raise _refuse(where, tr("it has no 'creationDate'; is this a Day One export?"))
    raw = _text_field(item, "creationDate", where).strip()
    try:
        created = datetime.fromisoformat(raw)
    except ValueError:
        raise _refuse(
            where,
            tr(
                "'creationDate' should be a date and time like 2024-04-16T23:00:00Z, not {value}"
            ).format(value=repr(raw)),
        ) from None
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)  # Day One writes UTC
    zone_name = _text_field(item, "timeZone", where).strip()
    zone = None
    if zone_name:
        zone = _zone(zone_name)
        if zone is None:
            raise _refuse(
                where,
                tr("'timeZone' {zone} is not a time zone this computer knows").format(
                    zone=repr(zone_name)
                ),
            )
    all_day = item.get("isAllDay", False)
    if not isinstance(all_day, bool):
        raise _refuse(where, tr("'isAllDay' should be true or false"))
    return created, all_day, zone


def _media_type(scheme: str, path: str, known: dict[str, str]) -> tuple[str, str]:
    """(kind, identifier) of a media link: ``moment://ID``, ``moment:/video/ID``, ``photo://ID``."""
    scheme = scheme.lower()
    parts = [p for p in path.split("/") if p]
    identifier = parts[-1] if parts else path
    if scheme == "moment":
        if len(parts) > 1 and parts[0].lower() in _MEDIA_PATHS:
            return _MEDIA_PATHS[parts[0].lower()], identifier
        return known.get(identifier, "photo"), identifier
    return _SCHEMES.get(scheme, "photo"), identifier


def _attached(item: dict[str, Any], where: str) -> dict[str, str]:
    """Identifier → kind of every photo, video, audio and PDF the entry lists."""
    known: dict[str, str] = {}
    for key, kind in _MEDIA_LISTS.items():
        listed = item.get(key)
        if listed is None:
            continue
        if not isinstance(listed, list):
            raise _refuse(where, tr("{name} should be a list").format(name=repr(key)))
        for n, media in enumerate(listed):
            ident = media.get("identifier") if isinstance(media, dict) else None
            known[ident if isinstance(ident, str) and ident else f"{key}-{n}"] = kind
    return known


def _rich_text(item: dict[str, Any], where: str, known: dict[str, str]) -> str:
    """The text of ``richText`` (a JSON string or object), noting the media it embeds."""
    raw = item.get("richText")
    if raw is None or raw == "":
        return ""
    try:
        rich = json.loads(raw) if isinstance(raw, str) else raw
    except (json.JSONDecodeError, RecursionError):
        raise _refuse(where, tr("'richText' is not valid JSON")) from None
    contents = rich.get("contents") if isinstance(rich, dict) else None
    if not isinstance(contents, list):
        raise _refuse(where, tr("'richText' has no list of 'contents'"))
    parts: list[str] = []
    for part in contents:
        if not isinstance(part, dict):
            continue
        piece = part.get("text")
        if isinstance(piece, str):
            parts.append(piece)
        embedded = part.get("embeddedObjects")
        for obj in embedded if isinstance(embedded, list) else ():
            kind = obj.get("type") if isinstance(obj, dict) else None
            ident = obj.get("identifier") if isinstance(obj, dict) else None
            if isinstance(kind, str) and kind.lower() in _MEDIA_PATHS:
                key = ident if isinstance(ident, str) and ident else f"rich-{len(known)}"
                known.setdefault(key, _MEDIA_PATHS[kind.lower()])
    return "".join(parts)


def _left_out(counts: Counter[str]) -> str:
    """ "(1 photo and 2 videos not imported)"."""
    words = {
        "photo": (tr("1 photo"), tr("{n} photos")),
        "video": (tr("1 video"), tr("{n} videos")),
        "audio": (tr("1 audio recording"), tr("{n} audio recordings")),
        "pdf": (tr("1 PDF document"), tr("{n} PDF documents")),
    }
    parts = [
        (one if counts[kind] == 1 else many.format(n=counts[kind]))
        for kind, (one, many) in words.items()
        if counts[kind]
    ]
    if not parts:
        return ""
    listed = parts[-1]
    if len(parts) > 1:
        listed = tr("{some} and {last}").format(some=", ".join(parts[:-1]), last=listed)
    return tr("({what} not imported)").format(what=listed)


def clean_markdown(text: str, known: dict[str, str]) -> tuple[str, Counter[str]]:
    """Day One's Markdown without media links and escapes; what the links pointed to."""
    linked: dict[str, str] = {}

    def media(match: re.Match[str]) -> str:
        scheme, path = (match[1], match[2]) if match[1] else (match[3], match[4])
        kind, ident = _media_type(scheme, path, known)
        linked[ident] = kind
        return ""

    text = _MEDIA_LINK.sub(media, text.replace("\r\n", "\n"))
    text = _ENTRY_LINK.sub(lambda m: m[1], text)
    text = _ESCAPE.sub(r"\1", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
    counts: Counter[str] = Counter({**known, **linked}.values())
    return text, counts


def _entry(item: Any, where: str, now: datetime, seen: Counter[str]) -> JournalEntry | None:
    if not isinstance(item, dict):
        raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
    created, all_day, zone = _moment(item, where)
    known = _attached(item, where)
    markdown = _text_field(item, "text", where)
    if not markdown.strip():
        markdown = _rich_text(item, where, known)
    text, media = clean_markdown(markdown, known)
    title = ""
    first, _, rest = text.partition("\n")
    heading = _HEADING.match(first)
    if heading and heading[1]:
        title, text = title_and_text(heading[1], rest)
    left_out = _left_out(media)
    if left_out:
        text = f"{text}\n\n{left_out}".strip()
    if not text:
        return None  # nothing written, nothing attached
    raw_tags = word_list(item.get("tags"), where, "tags")
    starred = item.get("starred", False)
    if not isinstance(starred, bool):
        raise _refuse(where, tr("'starred' should be true or false"))
    tags = [*raw_tags, STARRED] if starred else list(raw_tags)
    uuid = _text_field(item, "uuid", where).strip() or created.isoformat()
    key = stable_id("dayone", uuid, fold(title), fold(text))
    seen[key] += 1
    try:
        local = created.astimezone(zone) if zone is not None else created.astimezone()
        if all_day:
            at = local_moment(local.date(), ALL_DAY, zone)
        else:
            at = local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
        entry_id = key if seen[key] == 1 else stable_id(key, seen[key])
        return imported_entry(entry_id, at, text, now, title=title, tags=tags)
    except (ValidationError, ValueError, OverflowError, OSError) as exc:
        raise _refuse(where, str(exc)) from None
