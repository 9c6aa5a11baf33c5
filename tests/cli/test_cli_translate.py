"""The command line speaks the person's language when a translation file exists.

A tiny German ``.qm`` is compiled here with ``pyside6-lrelease`` and found
through ``JOURNAL_APP_TRANSLATIONS``; without one, the text is unchanged and Qt
is never loaded.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cli_support import PASSPHRASE, compiled_translations, run

from journal_app.domain.records import MoodCheckIn
from journal_app.services.journal import Journal

GERMAN = {
    "cli": {
        "Nothing found.": "Nichts gefunden.",
        "list records": "Einträge auflisten",
        "--from ({start}) must not be after --to ({end})": (
            "--from ({start}) liegt nach --to ({end})"
        ),
        "New passphrase: ": "Neue Passphrase: ",
        "Recovery code: ": "Wiederherstellungscode: ",
        "Created your journal in {folder}.": "Dein Tagebuch liegt jetzt in {folder}.",
    },
    "words": {"Mood {score} of 10": "Stimmung {score} von 10", "calm": "ruhig"},
}


@pytest.fixture(scope="module")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compiled_translations(tmp_path_factory.mktemp("translations"), GERMAN)


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("translated") / "journal"
    journal, _ = Journal.create(root, PASSPHRASE)
    with journal:
        at = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
        journal.add(MoodCheckIn(at=at, score=6, emotions=("calm",)))
    return root


def german(folder: Path) -> dict[str, str]:
    return {"JOURNAL_APP_TRANSLATIONS": str(folder), "LANGUAGE": "de_DE", "LC_ALL": "de_DE.UTF-8"}


def test_messages_help_and_record_lines_come_out_translated(
    translations: Path, journal_dir: Path
) -> None:
    env = german(translations)
    nothing = run(journal_dir, "search", "elephant", env=env)
    assert (nothing.code, nothing.out.strip()) == (0, "Nichts gefunden.")
    listed = run(journal_dir, "list", env=env)
    assert listed.out.splitlines() == ["2026-11-16 09:00  Stimmung 6 von 10 · ruhig"]
    wrong = run(journal_dir, "list", "--from", "2026-11-20", "--to", "2026-11-01", env=env)
    assert wrong.code == 2
    assert "--from (2026-11-20) liegt nach --to (2026-11-01)" in wrong.err
    helped = run(None, "--help", env=env)
    assert "Einträge auflisten" in helped.out
    # Another language with no file: the words stay as written.
    english = run(journal_dir, "search", "elephant", env={**env, "LANGUAGE": "fr", "LC_ALL": "fr"})
    assert english.out.strip() == "Nothing found."


def test_the_recovery_code_line_stays_as_design_fixes_it(
    translations: Path, tmp_path: Path
) -> None:
    created = run(tmp_path / "journal", "init", env=german(translations))
    assert created.code == 0, created.err
    assert "Dein Tagebuch liegt jetzt in" in created.out
    lines = [line for line in created.out.splitlines() if line.startswith("Recovery code: ")]
    assert len(lines) == 1 and len(lines[0]) > len("Recovery code: ")


PROBE = """
import sys
from datetime import datetime, timezone
from journal_app.cli.records import describe
from journal_app.domain.records import MoodCheckIn
from journal_app.i18n import translate
print(translate("cli", "Nothing found."))
print(describe(MoodCheckIn(at=datetime(2026, 11, 16, tzinfo=timezone.utc), score=5)))
print(",".join(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))))
"""


def test_without_a_translation_file_words_are_unchanged_and_qt_stays_unloaded(
    tmp_path: Path,
) -> None:
    env = {"JOURNAL_APP_TRANSLATIONS": str(tmp_path), "LANGUAGE": "de", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env
    ).stdout.splitlines()
    assert out == ["Nothing found.", "2026-11-16 00:00  Mood 5 of 10", ""]


def test_decimals_read_in_the_language_and_data_keeps_the_point(tmp_path: Path) -> None:
    """Spanish writes 6,5 where English writes 6.5; the JSON summary stays numbers."""
    root = tmp_path / "journal"
    journal, _ = Journal.create(root, PASSPHRASE)
    with journal:
        at = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
        journal.add(MoodCheckIn(at=at, score=6))
        journal.add(MoodCheckIn(at=at + timedelta(days=1), score=7))
    spanish = {"LANGUAGE": "es", "LC_ALL": "C.UTF-8"}
    text = run(root, "summary", "--week", "2026-W47", env=spanish)
    assert text.code == 0
    assert "6,5 sobre 10" in text.out and "6,0" in text.out and "6.5" not in text.out
    english = run(root, "summary", "--week", "2026-W47", env={"LANGUAGE": "en"})
    assert "6.5" in english.out and "6,5" not in english.out
    data = run(root, "summary", "--week", "2026-W47", "--format", "json", env=spanish)
    assert '"avg": 6.5' in data.out
