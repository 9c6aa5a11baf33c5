"""Messages raised by the core (domain, storage, import) reach the person translated.

A tiny German ``.qm`` holding only core messages is compiled with
``pyside6-lrelease`` and found through ``JOURNAL_APP_TRANSLATIONS``; the field
name in front of a validation message stays as it is (it is a key, not prose).
Without a translation for the language, every message is exactly as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import PASSPHRASE, compiled_translations, run

from journal_app.services.journal import Journal

GERMAN = {
    "domain": {
        "must be from {low} to {high}, not {value}": (
            "muss von {low} bis {high} sein, nicht {value}"
        ),
    },
    "storage": {
        "That passphrase does not open this journal.": (
            "Diese Passphrase öffnet dieses Tagebuch nicht."
        ),
        "There is no journal in {folder}. Create one with 'journal-app init'.": (
            "In {folder} liegt kein Tagebuch. Lege eines mit 'journal-app init' an."
        ),
    },
    "import": {
        "There is no file {path} to import.": "Es gibt keine Datei {path} zum Importieren.",
    },
}


@pytest.fixture(scope="module")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compiled_translations(tmp_path_factory.mktemp("core-translations"), GERMAN)


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("core-messages") / "journal"
    Journal.create(root, PASSPHRASE)[0].close()
    return root


def _env(folder: Path, language: str) -> dict[str, str]:
    return {"JOURNAL_APP_TRANSLATIONS": str(folder), "LANGUAGE": language, "LC_ALL": "C.UTF-8"}


def _messages(folder: Path, journal_dir: Path, language: str) -> list[tuple[int, str]]:
    """Exit code and stderr of: a score out of range, a wrong passphrase, no journal."""
    env = _env(folder, language)
    results = [
        run(journal_dir, "add", "mood", "--score", "11", env=env),
        run(journal_dir, "list", passphrase="not the passphrase", env=env),
        run(journal_dir.parent / "nowhere", "list", env=env),
        run(journal_dir, "import", "json", str(journal_dir.parent / "missing.json"), env=env),
    ]
    return [(result.code, result.err.strip()) for result in results]


def test_core_messages_come_out_translated_with_field_names_kept(
    translations: Path, journal_dir: Path
) -> None:
    nowhere = journal_dir.parent / "nowhere"
    missing = journal_dir.parent / "missing.json"
    assert _messages(translations, journal_dir, "de_DE") == [
        (2, "journal-app: --score: muss von 1 bis 10 sein, nicht 11"),
        (3, "journal-app: Diese Passphrase öffnet dieses Tagebuch nicht."),
        (
            4,
            f"journal-app: In {nowhere} liegt kein Tagebuch. Lege eines mit 'journal-app init' an.",
        ),
        (5, f"journal-app: Es gibt keine Datei {str(missing)!r} zum Importieren."),
    ]


def test_without_a_translation_the_core_messages_are_unchanged(
    translations: Path, journal_dir: Path
) -> None:
    nowhere = journal_dir.parent / "nowhere"
    missing = journal_dir.parent / "missing.json"
    assert _messages(translations, journal_dir, "fr_FR") == [
        (2, "journal-app: --score: must be from 1 to 10, not 11"),
        (3, "journal-app: That passphrase does not open this journal."),
        (4, f"journal-app: There is no journal in {nowhere}. Create one with 'journal-app init'."),
        (5, f"journal-app: There is no file {str(missing)!r} to import."),
    ]
