"""What only the screens need on top of ``journal_app.words``: circle hints and times.

The names of circles, modes, boundaries, outcomes, kinds and emotion words, and
the one-line description of a record, live in ``journal_app.words`` (shared with
the command line and the exports); they are re-exported here under the names
the screens use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from journal_app.domain.records import AnyRecord, Circle
from journal_app.words import (
    boundary_label,
    circle_label,
    describe,
    emotion_label,
    kind_label,
    mode_label,
    off_map_label,
    outcome_label,
    place_label,
    support_label,
)

__all__ = [
    "boundary_label",
    "circle_hint",
    "circle_label",
    "describe_record",
    "emotion_label",
    "kind_label",
    "language_name",
    "mode_label",
    "off_map_hint",
    "off_map_label",
    "outcome_label",
    "place_label",
    "support_label",
    "when_label",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def circle_hint(circle: Circle) -> str:
    """Who belongs in a circle, in a few words (DESIGN.md, The four circles)."""
    return {
        Circle.CLOSE: _tr("family, partner, close friends"),
        Circle.PEER: _tr("support group, fellow survivors, peer mentor"),
        Circle.COMMUNITY: _tr("workplace, school, faith community, neighbours, clubs"),
        Circle.PROFESSIONAL: _tr("therapist, counsellor, doctor, advocate, case worker"),
    }[Circle(circle)]


def off_map_hint() -> str:
    """Who is kept off the support map, and what that means."""
    return _tr(
        "people you named who are not support, such as someone you set limits with: "
        "kept in your journal, never drawn on the map or counted as support"
    )


def when_label(record: AnyRecord, *, with_date: bool = False) -> str:
    """The record's local time (and day), as recorded, in the user's locale."""
    at = record.at
    time_text = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    if not with_date:
        return time_text
    day = QLocale().toString(QDate(at.year, at.month, at.day), "ddd d MMM yyyy")
    return f"{day}  {time_text}"


def describe_record(record: AnyRecord, *, with_time: bool = True, with_date: bool = False) -> str:
    """One readable line for a list (``words.describe``), after the time it was recorded."""
    line = describe(record)
    if with_time or with_date:
        return f"{when_label(record, with_date=with_date)}   {line}"
    return line


def language_name(code: str) -> str:
    """A language in its own words, never translated: ``Español``, ``English``.

    Someone who cannot read the language the app speaks now still finds their own.
    Qt's own name is the fallback (it may name a region too: "español de España").
    """
    base = code.split("_", 1)[0]
    if base in _OWN_NAMES:
        return _OWN_NAMES[base]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


_OWN_NAMES = {"en": "English", "es": "Español"}
