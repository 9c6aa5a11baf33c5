"""The words for what is stored, in one place: names and the one-line description.

The store keeps plain English keys (``in_person``, ``saying_no``); what a
person reads is translated here (context ``words``), so a translation never
changes what is stored. The screens, the command line and every export use
these functions, so a record reads the same wherever it is shown. Each word is
written out as a literal so translation tools can find it.

Only ``journal_app.i18n`` (and through it, at most, QtCore) is imported: no
widgets. Layering: domain, storage and insights must not import this module
(``insights.text`` repeats the circles' names; a test keeps them equal).

Each circle has one name (``circle_label``), used the same in forms, lists,
the week view, the support map, the PDF and anonymized names; circles are
listed innermost first, in the order of ``Circle``.
"""

from __future__ import annotations

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
    SessionReflection,
    Support,
    TimeAlone,
)
from journal_app.i18n import translate

_CONTEXT = "words"


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def circle_label(circle: Circle) -> str:
    """The circle's one name, wherever it is shown: ``Close people``."""
    return {
        Circle.CLOSE: _tr("Close people"),
        Circle.PEER: _tr("Peers"),
        Circle.COMMUNITY: _tr("Community"),
        Circle.PROFESSIONAL: _tr("Professional support"),
    }[Circle(circle)]


# Once a short word in charts and anonymized names; now the same one name everywhere.
circle_word = circle_label


def off_map_label() -> str:
    """Where someone stands who is named in the journal but is not support."""
    return _tr("Not on my support map")


def place_label(circle: Circle | None) -> str:
    """A person's place: their circle's name, or that they are off the support map."""
    return off_map_label() if circle is None else circle_label(circle)


def support_label(support: Support) -> str:
    """Which way support went, as the user says it."""
    return {
        Support.GAVE: _tr("I gave support"),
        Support.RECEIVED: _tr("I received support"),
        Support.MUTUAL: _tr("We supported each other"),
    }[Support(support)]


def reflection_question(key: str) -> str:
    """The three questions after a session with a professional, in our own plain words."""
    return {
        "heard": _tr("I felt heard and understood"),
        "goals": _tr("We worked on what matters to me"),
        "approach": _tr("The way we worked suited me"),
    }[key]


def bring_up_label() -> str:
    return _tr("Next time I want to bring up…")


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
    """How it went, as a choice on its own: ``It held``."""
    return {
        Outcome.HELD: _tr("It held"),
        Outcome.PARTLY: _tr("It partly held"),
        Outcome.NOT_HELD: _tr("It did not hold this time"),
    }[Outcome(outcome)]


def outcome_word(outcome: Outcome) -> str:
    """How it went, inside a line: ``Saying no · held``."""
    return {
        Outcome.HELD: _tr("held"),
        Outcome.PARTLY: _tr("partly held"),
        Outcome.NOT_HELD: _tr("did not hold this time"),
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


def duration(minutes: int) -> str:
    """``45 min``, ``2 h``, ``1 h 30 min``."""
    hours, rest = divmod(int(minutes), 60)
    if hours == 0:
        return _tr("{m} min").format(m=rest)
    if rest == 0:
        return _tr("{h} h").format(h=hours)
    return _tr("{h} h {m} min").format(h=hours, m=rest)


ENTRY_PREVIEW = 80  # characters of an entry's text in a one-line description
NOTE_PREVIEW = 60


def preview(text: str, limit: int) -> str:
    """The first line of ``text``, at most about ``limit`` characters, cut between words.

    Anything left out (the rest of the line, or further lines) is marked with
    an ellipsis; a word is never cut in half (unless one word alone is longer
    than ``limit``).
    """
    lines = [line for line in (" ".join(part.split()) for part in text.splitlines()) if line]
    if not lines:
        return ""
    flat = lines[0]
    if len(flat) <= limit:
        return flat + ("…" if len(lines) > 1 else "")
    cut = flat[: limit + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > 0 else flat[:limit]
    return kept.rstrip(" ,;:.-–—") + "…"


def _connection(record: ConnectionMoment, name: str | None) -> list[str]:
    if name == "":  # the name is said elsewhere (a person's own list)
        what = kind_label(record.kind)
    elif name:
        what = _tr("Connected with {person}").format(person=name)
    else:
        what = _tr("Connected with someone")
    parts = [what]
    if not (name and name.startswith(circle_label(record.circle))):  # anonymized names
        parts.append(circle_label(record.circle))
    parts += [mode_label(record.mode), duration(record.minutes)]
    if record.felt_safe is not None:
        parts.append(_tr("felt safe {n} of 5").format(n=record.felt_safe))
    if record.initiated:
        parts.append(_tr("I reached out"))
    if record.support is not None:
        parts.append(support_label(record.support))
    if record.reflection is not None:
        parts += _reflection(record.reflection)
    return parts


def _reflection(reflection: SessionReflection) -> list[str]:
    """The answers after a session, briefly, each on its own (never added up)."""
    short = {
        "heard": _tr("felt heard {n}"),
        "goals": _tr("what matters {n}"),
        "approach": _tr("way of working {n}"),
    }
    answers = [
        short[key].format(n=value)
        for key, value in reflection.answers().items()
        if value is not None
    ]
    if not answers:
        return []
    return [_tr("after the session: {answers} (of 10)").format(answers=", ".join(answers))]


def _boundary(record: BoundaryPractice, name: str | None) -> list[str]:
    parts = [boundary_label(record.type), outcome_word(record.outcome)]
    if name:
        parts.append(_tr("with {person}").format(person=name))
    if record.circle is not None and not (name and name.startswith(circle_label(record.circle))):
        parts.append(circle_label(record.circle))
    if record.fear_before is not None:
        parts.append(_tr("fear before {n} of 10").format(n=record.fear_before))
    if record.felt_after is not None:
        parts.append(_tr("felt after {n} of 10").format(n=record.felt_after))
    return parts


def describe(record: AnyRecord, *, person: str | None = None, private: bool = True) -> str:
    """One readable line about a record: what happened, gently, in the person's language.

    ``person`` replaces the stored name (an anonymized one, for instance);
    ``""`` leaves the name out where it is already said. With ``private``
    False the line holds no free text (note, entry text, tags) and no share
    mark: exports show those on their own terms.
    """
    name = person if person is not None else getattr(record, "person", None)
    parts: list[str]
    if isinstance(record, MoodCheckIn):
        parts = [_tr("Mood {score} of 10").format(score=record.score)]
        if record.distress is not None:
            parts.append(_tr("distress {n} of 10").format(n=record.distress))
        if record.emotions:
            parts.append(", ".join(emotion_label(w) for w in record.emotions))
    elif isinstance(record, ConnectionMoment):
        parts = _connection(record, name)
    elif isinstance(record, TimeAlone):
        what = _tr("Chosen time alone") if record.chosen else _tr("Time alone, not chosen")
        parts = [what, duration(record.minutes)]
        if record.loneliness is not None:
            parts.append(_tr("loneliness {n} of 10").format(n=record.loneliness))
    elif isinstance(record, BoundaryPractice):
        parts = _boundary(record, name)
    elif isinstance(record, JournalEntry):
        parts = [record.title or kind_label(record.kind)]
        if private:
            parts.append(preview(record.text, ENTRY_PREVIEW))
            if record.tags:
                parts.append(" ".join("#" + tag for tag in record.tags))
    else:  # pragma: no cover - every kind is handled above
        parts = [kind_label(record.kind)]
    if private and record.note.strip():
        parts.append("“" + preview(record.note, NOTE_PREVIEW) + "”")
    reflection = getattr(record, "reflection", None)
    if private and reflection is not None and reflection.bring_up:
        parts.append(
            _tr("next time: “{topic}”").format(topic=preview(reflection.bring_up, NOTE_PREVIEW))
        )
    if private and record.share:
        parts.append(_tr("to share"))
    return " · ".join(p for p in parts if p)


def safety_step_label(step: str) -> str:
    """The title of a step of the safety plan, in the user's own voice."""
    from journal_app.domain.safety_plan import Step

    return {
        Step.WARNING_SIGNS: _tr("My warning signs"),
        Step.COPING: _tr("Things I can do on my own"),
        Step.DISTRACTION: _tr("People and places that help me feel better"),
        Step.HELP: _tr("People I can ask for help"),
        Step.PROFESSIONALS: _tr("Professionals and services"),
        Step.ENVIRONMENT: _tr("Making my surroundings safer"),
        Step.REASONS: _tr("Reasons to keep going"),
    }[Step(step)]


def safety_step_hint(step: str) -> str:
    """A quiet example under a step's title."""
    from journal_app.domain.safety_plan import Step

    return {
        Step.WARNING_SIGNS: _tr("Thoughts, feelings or moments that tell me hard times are near."),
        Step.COPING: _tr("Small things that calm me, without needing anyone else."),
        Step.DISTRACTION: _tr("Where I can go, and who I can be with, to take my mind off things."),
        Step.HELP: _tr("People I trust enough to tell that I am struggling."),
        Step.PROFESSIONALS: _tr("My therapist, my doctor, a service I can call."),
        Step.ENVIRONMENT: _tr("What I can put away, or ask someone to keep, for now."),
        Step.REASONS: _tr("The people, hopes and small things that matter to me."),
    }[Step(step)]
