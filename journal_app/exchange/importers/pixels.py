"""The Pixels app ("year in pixels"): its JSON backup, a list of days.

Each day looks like ``{"date": "2021-1-5", "type": "Mood", "scores": [4],
"notes": "…", "tags": [{"type": "Emotions", "entries": ["calm", "tired"]}]}``;
older backups write ``"mood": 4`` and ``"emotions": [...]`` instead.

Mapping:

* every score becomes a ``MoodCheckIn``: Pixels scores 1 (worst) to 5
  (best), mapped onto our 1–10 as 2 × score − 1 (1→1, 2→3, 3→5, 4→7, 5→9),
  the same places Daylio's five moods take; a day has no time, so it is
  placed at midday;
* the day's emotion tags that are in our vocabulary become the first
  check-in's emotion words; the other emotion tags and every other kind of
  tag are kept as tags;
* the notes become a journal entry at the same moment, with those tags;
  without notes, the tags stay in the first check-in's note
  ("Emotions: happy");
* a score of another type than Mood is kept in words ("Energy: 4 of 5").
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, tzinfo
from typing import Any

from journal_app.domain.records import AnyRecord, utc_now
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    ALL_DAY,
    LocalZone,
    Records,
    emotions_and_tags,
    fold,
    imported_check_in,
    imported_entry,
    stable_id,
    tag_words,
    tr,
    word_list,
)
from journal_app.exchange.importers._jsonstream import json_reader
from journal_app.exchange.importers._source import Source

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
MOOD = "mood"


def pixels_score(score: int) -> int:
    """A Pixels score (1–5) on our 1–10 scale: 2 × score − 1."""
    return 2 * score - 1


def parse(data: bytes | Source, zone: tzinfo | None = None) -> list[AnyRecord]:
    """Check-ins and entries from a Pixels backup."""
    records: list[AnyRecord] = Records(tr("Pixels export"))
    local = LocalZone(zone)
    seen: Counter[str] = Counter()
    now = utc_now()
    with json_reader(data, tr("Pixels export")) as reader:
        reader.begin(
            "[",
            InvalidImportFile(
                tr(
                    "This is not a Pixels export: it should be a list of days like "
                    '[{{"date": "2021-1-5", "scores": [4]}}]. Nothing was imported.'
                )
            ),
        )
        for n, item in enumerate(reader.items(), start=1):
            where = tr("Day {n} in this Pixels export").format(n=n)
            try:
                records.extend(_day(item, where, local, seen, now))
            except (ValidationError, ValueError, OverflowError) as exc:
                raise _refuse(where, str(exc)) from None
    return records


def _refuse(where: str, problem: str) -> InvalidImportFile:
    return InvalidImportFile(
        tr("{where}: {problem}. Nothing was imported.").format(where=where, problem=problem)
    )


def _text(item: dict[str, Any], key: str, where: str, default: str = "") -> str:
    value = item.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _refuse(where, tr("{name} should be text").format(name=repr(key)))
    return value


def _tag_groups(item: dict[str, Any], where: str) -> list[tuple[str, list[str]]]:
    """(type, words) of each tag group; the old ``emotions`` list is an Emotions group."""
    groups: list[tuple[str, list[str]]] = []
    if "emotions" in item:
        groups.append(("Emotions", word_list(item["emotions"], where, "emotions")))
    raw = item.get("tags")
    if raw is None:
        return groups
    if not isinstance(raw, list):
        raise _refuse(where, tr("'tags' should be a list"))
    for group in raw:
        if isinstance(group, str):  # a plain word, as some tools write
            groups.append(("", [group]))
            continue
        if not isinstance(group, dict):
            raise _refuse(where, tr("each of its 'tags' should be an object with 'entries'"))
        words = word_list(group.get("entries"), where, "entries")
        groups.append((_text(group, "type", where).strip(), words))
    return groups


def _scores(item: dict[str, Any], where: str) -> list[int]:
    raw = item.get("scores")
    if raw is None and "mood" in item:
        raw = [item["mood"]]
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _refuse(where, tr("'scores' should be a list of whole numbers from 1 to 5"))
    scores = []
    for value in raw:
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())  # some tools write "4"
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise _refuse(
                where,
                tr("'scores' should be whole numbers from 1 to 5, not {value}").format(
                    value=repr(value)
                ),
            )
        scores.append(value)
    return scores


def _date(item: dict[str, Any], where: str) -> date:
    raw = item.get("date")
    match = _DATE.match(raw.strip()) if isinstance(raw, str) else None
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        pass
    raise _refuse(
        where, tr("'date' should look like 2021-1-5, not {value}").format(value=repr(raw))
    )


def _day(
    item: Any, where: str, local: LocalZone, seen: Counter[str], now: datetime
) -> list[AnyRecord]:
    if not isinstance(item, dict):
        raise InvalidImportFile(tr("{where} should be an object.").format(where=where))
    day = _date(item, where)
    kind = _text(item, "type", where, "Mood")
    scores = _scores(item, where)
    notes = _text(item, "notes", where).replace("\r\n", "\n").strip()
    is_mood = kind.strip().casefold() in (MOOD, "")
    checks_in = is_mood and bool(scores)
    emotions: tuple[str, ...] = ()
    tags: list[str] = []
    tag_lines: list[str] = []
    for group_type, words in _tag_groups(item, where):
        if checks_in and group_type.casefold() in ("emotions", "emotion"):
            found, others = emotions_and_tags(words)
            emotions += tuple(e for e in found if e not in emotions)
        else:  # without a check-in to carry emotion words, every word is a tag
            others = tag_words(words)
        tags.extend(others)
        if others:
            label = group_type or tr("Tags")
            tag_lines.append(tr("{group}: {words}").format(group=label, words=", ".join(others)))
    at = local.moment(day, ALL_DAY)
    lines: list[str] = []
    if not is_mood and scores:
        lines.append(
            tr("{kind}: {scores} of 5").format(
                kind=kind.strip(), scores=", ".join(map(str, scores))
            )
        )
    if not notes:
        lines.extend(tag_lines)
    records: list[AnyRecord] = []
    if is_mood:
        for n, score in enumerate(scores):
            key = stable_id("pixels", day.isoformat(), n, score)
            seen[key] += 1
            checkin_id = key if seen[key] == 1 else stable_id(key, seen[key])
            first = n == 0
            records.append(
                imported_check_in(
                    checkin_id,
                    at,
                    pixels_score(score),
                    now,
                    emotions=emotions if first else (),
                    note_lines=lines if first else (),
                )
            )
    text = notes
    if not records and lines:
        text = "\n\n".join(part for part in (notes, "\n".join(lines)) if part)
    if text:
        key = stable_id("pixels-note", day.isoformat(), fold(text))
        seen[key] += 1
        entry_id = key if seen[key] == 1 else stable_id(key, seen[key])
        title = "" if notes else tr("From Pixels")
        records.append(
            imported_entry(entry_id, at, text, now, title=title, tags=tags if notes else ())
        )
    return records
