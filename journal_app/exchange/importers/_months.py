"""Month names in every language Daylio ships, from the CLDR data Babel carries.

Older Daylio CSV exports write a date as a year column and a day with a
month name in the phone's language: "18 May", "7 września" (Polish
genitive), "16 de octubre", "9月7日", "7 tháng 9". Every form CLDR knows is
accepted: format and stand-alone, wide and abbreviated, with or without a
final dot; names written with a number ("9月", "tháng 9") by their pattern.

A few names mean different months in different languages ("listopad" is
November in Polish and Czech, October in Croatian). Then the weekday column,
also in the phone's language, decides: only one reading gives that weekday.

Babel is imported only when a file needs it, so the command line starts light.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import date
from functools import cache

# The languages Daylio's apps are offered in (Android and iOS), with the
# scripts and regional forms they write; a few neighbours are added because
# a phone may be set to them.
DAYLIO_LOCALES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "pt_PT", "nl", "pl", "cs", "sk", "ru", "uk", "be",
    "bg", "sr", "sr_Latn", "hr", "bs", "sl", "hu", "ro", "el", "tr", "sv", "da", "nb", "nn",
    "fi", "et", "lv", "lt", "ca", "gl", "eu", "ja", "ko", "zh_Hans", "zh_Hant", "vi", "th",
    "id", "ms", "fil", "hi", "bn", "ar", "he", "fa", "ka",
)  # fmt: skip

# English spellings Daylio wrote that CLDR does not list.
_EXTRA = {"sept": 9}

# A word: anything between spaces, digits and punctuation (so Thai and other
# scripts with combining marks stay whole).
_WORD = re.compile(r"[^\s\d.,;:/\\()\[\]'\"\-]+")
_NUMBER = re.compile(r"\d+")

Reading = tuple[str, int]  # (locale, month or weekday)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'")


def _clean(name: str) -> str:
    """A CLDR name as it is compared: folded, no final dot, no Catalan "de "/"d'"."""
    name = _norm(name).strip().rstrip(".").strip()
    for prefix in ("de ", "d'"):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    return name


class _Names:
    """Month and weekday names of all ``DAYLIO_LOCALES``, keyed by their folded form."""

    def __init__(self) -> None:
        from babel import Locale  # imported only for a file that needs it

        self.months: dict[str, set[Reading]] = defaultdict(set)
        self.days: dict[str, set[Reading]] = defaultdict(set)
        patterns: dict[str, set[str]] = defaultdict(set)
        for code in DAYLIO_LOCALES:
            locale = Locale.parse(code)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in locale.months[context][width].items():
                        key = _clean(name)
                        if any(c.isdigit() for c in key):
                            # "9月", "tháng 9": the number is the month.
                            patterns[re.sub(r"\d+", "#", key)].add(code)
                        elif key:
                            self.months[key].add((code, number))
                    for weekday, name in locale.days[context][width].items():
                        key = _clean(name)
                        if key:
                            self.days[key].add((code, weekday))
        for key, number in _EXTRA.items():
            self.months[key].add(("en", number))
        self.patterns = [
            (
                re.compile(
                    r"(?<!\d)"
                    + r"\s*".join(re.escape(part) for part in pattern.split(" ")).replace(
                        "\\#", r"(\d{1,2})"
                    )
                    + r"(?![^\W\d_])"
                ),
                frozenset(codes),
            )
            for pattern, codes in patterns.items()
        ]


@cache
def _names() -> _Names:
    return _Names()


class MonthNameError(ValueError):
    """The date text names no month, or more than one, or cannot be read."""


def month_and_day(text: str, year: int, weekday: str = "") -> date:
    """The date written as ``text`` (a day and a month name) in ``year``.

    ``weekday`` (the export's weekday column) decides between languages
    where a month name is ambiguous.

    Raises:
        MonthNameError: no single month and day can be read.
    """
    names = _names()
    folded = _norm(text)
    readings: set[Reading] = set()
    rest = folded
    for pattern, codes in names.patterns:
        match = pattern.search(folded)
        if match:
            number = int(match[1])
            readings |= {(code, number) for code in codes}
            rest = folded[: match.start()] + " " + folded[match.end() :]
            break
    if not readings:
        for word in _WORD.findall(folded):
            found = names.months.get(word)
            if found:
                readings |= found
    months = {number for _, number in readings}
    # The day is the one number left (a repeated year, "7 września 2017", is not it).
    days = [int(n) for n in _NUMBER.findall(rest) if int(n) != year or len(n) < 4]
    if not months or len(days) != 1:
        raise MonthNameError(text)
    if len(months) > 1:
        months = _by_weekday(readings, year, days[0], weekday, names)
        if len(months) != 1:
            raise MonthNameError(text)
    try:
        return date(year, months.pop(), days[0])
    except ValueError:
        raise MonthNameError(text) from None


def _by_weekday(
    readings: set[Reading], year: int, day: int, weekday: str, names: _Names
) -> set[int]:
    """The months among ``readings`` whose date falls on ``weekday`` in the same language."""
    said: set[Reading] = set()
    for word in _WORD.findall(_norm(weekday)):
        said |= names.days.get(word, set())
    months: set[int] = set()
    for code, month in readings:
        try:
            actual = date(year, month, day).weekday()
        except ValueError:
            continue
        if (code, actual) in said:
            months.add(month)
    return months
