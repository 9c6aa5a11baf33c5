"""Crisis and domestic-violence lines: the checked list in resources/, and the user's own.

``resources/crisis_lines/crisis_lines.json`` holds, per country (ISO 3166
code), national lines each with its number, a text option, hours, the public
page it was checked against (``source``) and the date checked. When the
service states its hours on another of its pages than the one with the
number, that page is ``hours_source``. The user's
own lines (a local service, a friend's number) are kept encrypted in the
journal's state (``support.own_lines``), never in a plain file.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from journal_app.domain.validation import ValidationError
from journal_app.errors import KnownError
from journal_app.i18n import translate
from journal_app.resource_files import resource_path

FORMAT = "journal-app-crisis-lines"
KINDS = ("crisis", "domestic_violence")
OWN_LINES_KEY = "support.own_lines"
MAX_OWN_LINES = 30
_NUMBER = re.compile(r"^[0-9+()*#./ \-]{2,40}$")


def _tr(text: str) -> str:
    return translate("support", text)


class CrisisLinesUnreadable(KnownError):
    """The list of lines in resources/ is missing or damaged."""


@dataclass(frozen=True)
class CrisisLine:
    name: str
    kind: str  # crisis | domestic_violence
    phone: str
    text: str  # a number to text, or "" when there is no text option
    hours: str  # "24/7" or the hours as the service states them
    source: str  # the public page the number was checked against
    checked: date
    phone_other: str = ""
    hours_source: str = ""  # the page the hours were read on, when not ``source``


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    lines: tuple[CrisisLine, ...]


def _is_page(address: str) -> bool:
    """A public web page: http(s) with a host, nothing else (no file:, no bare words)."""
    try:
        parts = urlsplit(address)
        return parts.scheme in ("https", "http") and bool(parts.hostname)
    except ValueError:  # a malformed address, e.g. an unclosed [ in the host
        return False


def _line(code: str, item: Any) -> CrisisLine:
    bad = CrisisLinesUnreadable(
        _tr("A line for {country} in the list is incomplete.").format(country=code)
    )
    if not isinstance(item, dict):
        raise bad
    try:
        line = CrisisLine(
            name=str(item["name"]).strip(),
            kind=str(item["kind"]),
            phone=str(item["phone"]).strip(),
            text=str(item.get("text", "")).strip(),
            hours=str(item["hours"]).strip(),
            source=str(item["source"]).strip(),
            checked=date.fromisoformat(str(item["checked"])),
            phone_other=str(item.get("phone_other", "")).strip(),
            hours_source=str(item.get("hours_source", "")).strip(),
        )
    except (KeyError, ValueError):
        raise bad from None
    if (
        not line.name
        or line.kind not in KINDS
        or not _NUMBER.match(line.phone)
        or not all(_NUMBER.match(n) for n in (line.text, line.phone_other) if n)
        or not line.hours
        or not _is_page(line.source)
        or (line.hours_source and not _is_page(line.hours_source))
    ):
        raise bad
    return line


def load_crisis_lines(path: Path | None = None) -> dict[str, Country]:
    """Every country in the list, by code.

    Raises:
        CrisisLinesUnreadable: the file is missing, not JSON, or an entry is incomplete.
    """
    path = path or resource_path("crisis_lines", "crisis_lines.json")
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError):
        raise CrisisLinesUnreadable(_tr("The list of crisis lines could not be read.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CrisisLinesUnreadable(_tr("The list of crisis lines is not in the expected format."))
    raw = data.get("countries")
    if not isinstance(raw, dict):
        raise CrisisLinesUnreadable(_tr("The list of crisis lines is not in the expected format."))
    countries: dict[str, Country] = {}
    for code, entry in raw.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("lines"), list)):
            raise CrisisLinesUnreadable(
                _tr("The entry for {country} in the list is incomplete.").format(country=code)
            )
        lines = tuple(_line(code, item) for item in entry["lines"])
        countries[str(code)] = Country(str(code), str(entry.get("name") or code), lines)
    return countries


# -- the user's own lines ------------------------------------------------------


@dataclass(frozen=True)
class OwnLine:
    """A number the user added: a local service, a friend, their own doctor."""

    name: str
    number: str
    note: str = ""

    @classmethod
    def of(cls, name: str, number: str, note: str = "") -> OwnLine:
        name, number, note = " ".join(name.split()), number.strip(), " ".join(note.split())
        if not name:
            raise ValidationError("name", _tr("Give the line a name, a few words are enough."))
        if len(name) > 100:
            raise ValidationError("name", _tr("A name can be up to 100 characters."))
        if not _NUMBER.match(number):
            raise ValidationError(
                "number",
                _tr("A number can hold digits, spaces and + ( ) - * #, up to 40 characters."),
            )
        if len(note) > 200:
            raise ValidationError("note", _tr("A note can be up to 200 characters."))
        return cls(name, number, note)


def own_lines_from_state(value: Any) -> list[OwnLine]:
    """The user's lines as kept; anything unreadable is skipped, never fatal."""
    if not isinstance(value, list):
        return []
    lines: list[OwnLine] = []
    for item in value:
        if not isinstance(item, dict):
            continue
        try:
            name, number = str(item.get("name", "")), str(item.get("number", ""))
            lines.append(OwnLine.of(name, number, str(item.get("note", ""))))
        except ValidationError:
            continue
    return lines


def own_lines_to_state(lines: list[OwnLine]) -> list[dict[str, str]]:
    if len(lines) > MAX_OWN_LINES:
        raise ValidationError(
            "lines", _tr("You can keep up to {n} lines of your own.").format(n=MAX_OWN_LINES)
        )
    return [asdict(line) for line in lines]
