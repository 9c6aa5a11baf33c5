"""The PDF summary: a known week's numbers are on its first page, read back with pypdf."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import MON, NAMES, NOTES_IN_WEEK, SUN, make_journal
from pypdf import PdfReader

from journal_app.exchange.export import export
from journal_app.services.journal import Journal


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[Journal]:
    # ``qapp`` first: the QApplication the UI tests share must exist before any PDF is drawn.
    with make_journal(tmp_path_factory.mktemp("vault") / "journal") as journal:
        yield journal


def pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_first_page_holds_the_weeks_numbers(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "week.pdf"
    result = export(journal, MON, SUN, "pdf", out)
    assert out.read_bytes().startswith(b"%PDF")
    assert result.weeks == 1
    text = pages(out)
    assert len(text) == 1
    first = text[0]
    for expected in (
        "Summary for therapy",
        "16–22 Nov 2026",  # the dates first
        "week 2026-W47",  # the code small beside them
        "5 of 7",  # days logged
        "2 h 20 min",  # with people
        "3 moments · 3 people",
        "1 period",  # alone, not chosen: 2 h in one period
        "1 h 30 min",  # chosen solitude
        "5.7",  # mood average of 6, 4 and 7
        "3 check-ins",
        "1 held · 0 partly · 0 did not hold",
        "Saying no · held",
        "Things I want to talk about",
        NOTES_IN_WEEK[0],
        NOTES_IN_WEEK[2],
        "not logged",
    ):
        assert expected in first, expected
    # A note not flagged to share stays off the page.
    assert NOTES_IN_WEEK[1] not in first


def test_a_page_per_further_week_newest_first(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "three.pdf"
    export(journal, MON.replace(day=2), SUN, "pdf", out)
    text = pages(out)
    assert len(text) == 3
    assert [re.search(r"week (\d{4}-W\d\d)", t).group(1) for t in text] == [  # type: ignore[union-attr]
        "2026-W47",
        "2026-W46",
        "2026-W45",
    ]
    assert "16–22 Nov 2026" in text[0] and "2–8 Nov 2026" in text[2]
    assert "The weeks in this summary" in text[0]
    # W46 is compared with W45, inside the range; the first week of the range is not compared.
    assert "the week before" in text[1].lower()
    assert "the week before" not in text[2].lower()


def test_anonymized_pdf_without_notes_names_no_one(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "private.pdf"
    export(journal, MON, SUN, "pdf", out, anonymize=True, notes=False)
    text = " ".join(pages(out))
    assert [n for n in NAMES if re.search(rf"\b{re.escape(n)}\b", text, re.I)] == []
    assert "Close people · S." in text
    for note in NOTES_IN_WEEK:
        assert note not in text
    assert "Things I want to talk about" not in text


def test_first_page_says_what_a_therapist_asks_about_mood(journal: Journal, tmp_path: Path) -> None:
    """Check-ins 6 (calm), 4 (distress 6) and 7: a range, no high distress, the words."""
    out = tmp_path / "mood.pdf"
    export(journal, MON, SUN, "pdf", out)
    first = pages(out)[0]
    assert "Lowest and highest mood: 4 and 7 of 10." in first
    assert "No day with high distress (7 or more of 10)" in first  # "high" said on the page
    assert "Words used most: calm (1)" in first


def test_only_what_is_marked_to_share_leaves_with_shared_only(
    journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "shared.pdf"
    export(journal, MON, SUN, "pdf", out, shared_only=True)
    text = " ".join(pages(out))
    assert NOTES_IN_WEEK[0] in text and NOTES_IN_WEEK[2] in text  # marked to share
    assert NOTES_IN_WEEK[1] not in text and NOTES_IN_WEEK[3] not in text
    assert "only those marked to share" in text


def test_a_shared_journal_entry_is_among_the_things_to_talk_about(
    tmp_path: Path, qapp: object
) -> None:
    from export_helpers import PASSPHRASE, at

    from journal_app.domain.records import JournalEntry, MoodCheckIn

    journal, _ = Journal.create(tmp_path / "j", PASSPHRASE)
    with journal:
        journal.add(
            JournalEntry(at=at(MON, 21), title="Sunday", text="I slept\nbetter", share=True)
        )
        journal.add(JournalEntry(at=at(MON, 22), title="Private", text="not for anyone"))
        journal.add(MoodCheckIn(at=at(MON, 9), score=2, distress=9, emotions=("numb", "sad")))
        out = tmp_path / "entry.pdf"
        export(journal, MON, SUN, "pdf", out, shared_only=True)
    first = pages(out)[0]
    assert "Mon 16 Nov (Journal entry): Sunday · I slept better" in first
    assert "not for anyone" not in first
    assert "High distress (7 or more of 10) on 1 day: Mon 16 Nov." in first
    assert "Mood was 2 of 10 at the one check-in." in first
