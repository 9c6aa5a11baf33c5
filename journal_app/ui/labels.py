"""Display names for stored values, in one place, through ``QCoreApplication.translate``.

The store keeps plain English keys (``in_person``, ``saying_no``); what a
person reads is translated here, so a translation never changes what is stored.
Each label is written out as a literal so translation tools can find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    RecordKind,
    TimeAlone,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def circle_label(circle: Circle) -> str:
    return {
        Circle.PROFESSIONAL: _tr("Professional support"),
        Circle.PEER: _tr("Peers"),
        Circle.CLOSE: _tr("Close people"),
        Circle.COMMUNITY: _tr("Community"),
    }[Circle(circle)]


def circle_hint(circle: Circle) -> str:
    """Who belongs in a circle, in a few words (DESIGN.md, The four circles)."""
    return {
        Circle.PROFESSIONAL: _tr("therapist, counsellor, doctor, advocate, case worker"),
        Circle.PEER: _tr("support group, fellow survivors, peer mentor"),
        Circle.CLOSE: _tr("family, partner, close friends"),
        Circle.COMMUNITY: _tr("workplace, school, faith community, neighbours, clubs"),
    }[Circle(circle)]


def mode_label(mode: ContactMode) -> str:
    return {
        ContactMode.IN_PERSON: _tr("In person"),
        ContactMode.CALL: _tr("Call"),
        ContactMode.VIDEO: _tr("Video"),
        ContactMode.MESSAGE: _tr("Message"),
    }[ContactMode(mode)]


def boundary_label(kind: BoundaryType) -> str:
    return {
        BoundaryType.SAYING_NO: _tr("Saying no"),
        BoundaryType.ASKING_FOR_SPACE: _tr("Asking for space"),
        BoundaryType.LIMITING_TIME: _tr("Limiting time"),
        BoundaryType.STATING_A_NEED: _tr("Stating a need"),
        BoundaryType.ENDING_CONTACT: _tr("Ending contact"),
        BoundaryType.DIGITAL: _tr("Digital boundary"),
        BoundaryType.PHYSICAL: _tr("Physical boundary"),
        BoundaryType.OTHER: _tr("Something else"),
    }[BoundaryType(kind)]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.HELD: _tr("It held"),
        Outcome.PARTLY: _tr("It partly held"),
        Outcome.NOT_HELD: _tr("It did not hold this time"),
    }[Outcome(outcome)]


def kind_label(kind: RecordKind) -> str:
    return {
        RecordKind.MOOD: _tr("Mood check-in"),
        RecordKind.CONNECTION: _tr("Connection"),
        RecordKind.ALONE: _tr("Time alone"),
        RecordKind.BOUNDARY: _tr("Boundary"),
        RecordKind.ENTRY: _tr("Journal entry"),
    }[RecordKind(kind)]


def emotion_label(word: str) -> str:
    """The translated emotion word; an unknown key is shown as stored."""
    labels = {
        "calm": _tr("calm"),
        "content": _tr("content"),
        "hopeful": _tr("hopeful"),
        "grateful": _tr("grateful"),
        "proud": _tr("proud"),
        "relieved": _tr("relieved"),
        "safe": _tr("safe"),
        "connected": _tr("connected"),
        "tired": _tr("tired"),
        "numb": _tr("numb"),
        "sad": _tr("sad"),
        "lonely": _tr("lonely"),
        "anxious": _tr("anxious"),
        "scared": _tr("scared"),
        "angry": _tr("angry"),
        "irritable": _tr("irritable"),
        "ashamed": _tr("ashamed"),
        "guilty": _tr("guilty"),
        "overwhelmed": _tr("overwhelmed"),
        "confused": _tr("confused"),
    }
    return labels.get(word, word)


def minutes_label(minutes: int) -> str:
    if minutes < 60:
        return _tr("{n} min").format(n=minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return _tr("{h} h").format(h=hours)
    return _tr("{h} h {m} min").format(h=hours, m=rest)


def when_label(record: AnyRecord, *, with_date: bool = False) -> str:
    """The record's local time (and day), as recorded, in the user's locale."""
    at = record.at
    time_text = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    if not with_date:
        return time_text
    day = QLocale().toString(QDate(at.year, at.month, at.day), "ddd d MMM yyyy")
    return f"{day}  {time_text}"


def describe_record(record: AnyRecord, *, with_time: bool = True, with_date: bool = False) -> str:
    """One readable line for a list: what happened, gently, in the user's language."""
    parts: list[str]
    if isinstance(record, MoodCheckIn):
        parts = [_tr("Mood {score} of 10").format(score=record.score)]
        if record.distress is not None:
            parts.append(_tr("distress {n} of 10").format(n=record.distress))
        if record.emotions:
            parts.append(", ".join(emotion_label(w) for w in record.emotions))
    elif isinstance(record, ConnectionMoment):
        if record.person:
            what = _tr("Connected with {person}").format(person=record.person)
        else:
            what = _tr("Connected with someone")
        parts = [
            what,
            circle_label(record.circle),
            mode_label(record.mode),
            minutes_label(record.minutes),
        ]
        if record.felt_safe is not None:
            parts.append(_tr("felt safe {n} of 5").format(n=record.felt_safe))
        if record.initiated:
            parts.append(_tr("I reached out"))
    elif isinstance(record, TimeAlone):
        what = _tr("Chosen time alone") if record.chosen else _tr("Time alone, not chosen")
        parts = [what, minutes_label(record.minutes)]
        if record.loneliness is not None:
            parts.append(_tr("loneliness {n} of 10").format(n=record.loneliness))
    elif isinstance(record, BoundaryPractice):
        parts = [boundary_label(record.type), outcome_label(record.outcome)]
        if record.person:
            parts.append(_tr("with {person}").format(person=record.person))
        elif record.circle is not None:
            parts.append(circle_label(record.circle))
    elif isinstance(record, JournalEntry):
        first = record.text.strip().splitlines()[0] if record.text.strip() else ""
        parts = [record.title or _tr("Journal entry"), first[:80]]
        if record.tags:
            parts.append(" ".join("#" + tag for tag in record.tags))
    else:  # pragma: no cover - every kind is handled above
        parts = [str(record.kind)]
    if record.note:
        parts.append("“" + record.note.strip().splitlines()[0][:60] + "”")
    if record.share:
        parts.append(_tr("to share"))
    line = " · ".join(p for p in parts if p)
    if with_time or with_date:
        return f"{when_label(record, with_date=with_date)}   {line}"
    return line
