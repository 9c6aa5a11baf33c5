"""One place for the words: a record reads the same on screen, in the terminal and in exports."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from journal_app.domain.records import (
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
from journal_app.words import (
    boundary_label,
    circle_label,
    circle_word,
    describe,
    duration,
    emotion_label,
    kind_label,
    mode_label,
    off_map_label,
    outcome_label,
    outcome_word,
    place_label,
    preview,
    reflection_question,
    support_label,
)

WHEN = datetime(2026, 11, 16, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("name", "values"),
    [
        (circle_label, Circle),
        (circle_word, Circle),
        (mode_label, ContactMode),
        (boundary_label, BoundaryType),
        (outcome_label, Outcome),
        (outcome_word, Outcome),
        (kind_label, RecordKind),
        (support_label, Support),
        (reflection_question, SessionReflection.QUESTIONS),
    ],
)
def test_every_stored_value_has_its_own_name(name, values) -> None:  # type: ignore[no-untyped-def]
    names = [name(value) for value in values]
    assert all(names) and len(set(names)) == len(names)
    assert all("_" not in n for n in names)  # never a stored key shown as it is


def test_emotions_and_durations() -> None:
    assert emotion_label("calm") == "calm"
    assert emotion_label("unlisted word") == "unlisted word"
    assert [duration(m) for m in (0, 45, 60, 90, 1440)] == [
        "0 min",
        "45 min",
        "1 h",
        "1 h 30 min",
        "24 h",
    ]


def test_the_screens_the_command_line_and_the_exports_share_one_line() -> None:
    from journal_app.cli.records import describe as cli_line
    from journal_app.exchange import wording
    from journal_app.ui.labels import describe_record

    record = ConnectionMoment(at=WHEN, circle="peer", minutes=45, person="Sam", mode="call")
    line = "Connected with Sam · Peers · Call · 45 min"
    assert describe(record) == line
    assert cli_line(record) == f"2026-11-16 09:30  {line}"
    assert describe_record(record, with_time=False) == line
    assert wording.duration is duration
    assert wording.kind_name is kind_label


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short and whole.", 80, "Short and whole."),
        ("one two three four", 12, "one two…"),  # never "one two thr"
        ("one two, three", 9, "one two…"),  # no dangling comma before the ellipsis
        ("First  line\n\nsecond line", 80, "First line…"),  # the first line; more follows
        ("Supercalifragilistic", 8, "Supercal…"),  # one long word: cut, but marked
        ("exactly ten", 11, "exactly ten"),
    ],
)
def test_previews_end_between_words_with_an_ellipsis(text: str, limit: int, expected: str) -> None:
    assert preview(text, limit) == expected


def test_a_long_entry_or_note_is_previewed_without_a_half_word() -> None:
    text = "I walked all the way to the harbour and back, and the wind was " + "wild " * 10
    entry = JournalEntry(at=WHEN, text=text, note="a note that goes on " * 6)
    line = describe(entry)
    shown = line.split(" · ")[1]
    assert shown.endswith("…") and len(shown) <= 81
    assert text.startswith(shown[:-1])
    assert shown[:-1].split()[-1] in text.split()  # the last word shown is whole
    assert "…”" in line


def test_a_private_line_keeps_free_text_and_sharing_out() -> None:
    entry = JournalEntry(
        at=WHEN, title="Tuesday", text="what he said", tags=("court",), note="n", share=True
    )
    assert describe(entry) == "Tuesday · what he said · #court · “n” · to share"
    assert describe(entry, private=False) == "Tuesday"
    mood = MoodCheckIn(at=WHEN, score=4, note="a private note", share=True)
    assert describe(mood, private=False) == "Mood 4 of 10"


def test_names_can_be_replaced_or_left_out() -> None:
    moment = ConnectionMoment(at=WHEN, circle="close", minutes=30, person="Sam")
    # An anonymized name already says the circle: it is not said twice.
    alias = "Close people · S."
    assert describe(moment, person=alias) == f"Connected with {alias} · In person · 30 min"
    assert describe(moment, person="") == "Connection · Close people · In person · 30 min"
    boundary = BoundaryPractice(
        at=WHEN, type="limiting_time", outcome="partly", circle="community", fear_before=6
    )
    assert describe(boundary) == "Limiting time · partly held · Community · fear before 6 of 10"


def test_no_judgement_in_any_line() -> None:
    lines = [
        describe(TimeAlone(at=WHEN, minutes=600, loneliness=10)),
        describe(TimeAlone(at=WHEN, minutes=60, chosen=True)),
        describe(BoundaryPractice(at=WHEN, type="saying_no", outcome="not_held")),
    ]
    assert lines == [
        "Time alone, not chosen · 10 h · loneliness 10 of 10",
        "Chosen time alone · 1 h",
        "Saying no · did not hold this time",
    ]
    for word in ("isolat", "fail", "streak"):
        assert all(word not in line.lower() for line in lines)


def test_the_words_sit_above_domain_storage_and_insights() -> None:
    """words.py imports no widgets; domain, storage and insights never import it."""
    import ast
    from pathlib import Path

    import journal_app

    package = Path(journal_app.__file__).parent

    def imports(path: Path) -> set[str]:
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
        return found

    allowed = (
        "__future__",
        "journal_app.domain",
        "journal_app.i18n",
        "journal_app.resource_files",
        "PySide6.QtCore",
    )
    standard = {"os", "sys", "pathlib", "typing"}
    for name in ("words.py", "i18n.py"):
        found = imports(package / name)
        assert all(m.startswith(allowed) or m in standard for m in found), (name, found)
    below = [
        p for layer in ("domain", "storage", "insights") for p in (package / layer).rglob("*.py")
    ]
    assert below
    assert not [p for p in below if "journal_app.words" in imports(p)]
    # The core's own messages go through journal_app.i18n.translate, which loads
    # Qt only when a translation file exists: insights still never need it.
    assert not [p for p in below if "insights" in p.parts and "journal_app.i18n" in imports(p)]


def test_each_circle_has_one_name_everywhere_listed_innermost_first() -> None:
    from journal_app.exchange import charts, wording
    from journal_app.insights import text
    from journal_app.ui.labels import circle_label as screen_label

    assert list(Circle) == [Circle.CLOSE, Circle.PEER, Circle.COMMUNITY, Circle.PROFESSIONAL]
    assert charts.RING_ORDER == (Circle.CLOSE, Circle.PEER, Circle.COMMUNITY, Circle.PROFESSIONAL)
    for circle in Circle:
        name = circle_label(circle)
        assert circle_word(circle) == name
        assert wording.circle_name(circle) == name
        assert text.circle_name(circle) == name  # the summary's own copy agrees
        assert screen_label(circle) == name
        assert place_label(circle) == name
    assert place_label(None) == off_map_label() == "Not on my support map"
