"""Settings that protect live inside the encrypted store; the plain file cannot weaken them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from journal_app.services.journal import Journal
from journal_app.services.settings import Settings, load_settings

PASSPHRASE = "correct horse battery"
# The locked screen's own: the look, the keyring flag, the reminder (it runs while locked).
PLAIN_KEYS = {
    "theme",
    "larger_text",
    "language",  # needed before unlock: the locked screen speaks it
    "neutral_title",
    "remember_on_device",
    "reminder_enabled",
    "reminder_time",
    "reminder_at_login",
}


def _file(root: Path) -> dict[str, object]:
    return json.loads((root / "settings.json").read_text("utf-8"))


def _write(root: Path, values: dict[str, object]) -> None:
    (root / "settings.json").write_text(json.dumps(values), "utf-8")


def test_an_earlier_versions_values_move_into_the_store_at_first_unlock(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    Journal.create(root, PASSPHRASE)[0].close()
    # As an earlier version left it: every setting in the plain file, none in the store.
    with Journal.unlock(root, PASSPHRASE) as journal:
        for name in ("autolock_minutes", "quick_exit_shortcut", "week_start"):
            journal.forget_state(f"settings.{name}")
    _write(
        root,
        {
            "autolock_minutes": 17,
            "quick_exit_shortcut": "Ctrl+Alt+X",
            "week_start": "sunday",
            "theme": "dark",
            "larger_text": True,
        },
    )
    with Journal.unlock(root, PASSPHRASE) as journal:
        settings = journal.settings
        assert settings.autolock_minutes == 17
        assert settings.quick_exit_shortcut == "Ctrl+Alt+X"
        assert settings.week_start == "sunday"
        assert (settings.theme, settings.larger_text) == ("dark", True)
        assert journal.load_state("settings.autolock_minutes") == 17
    assert set(_file(root)) == PLAIN_KEYS  # they left the file
    assert _file(root)["theme"] == "dark"


def test_editing_the_file_changes_nothing_that_protects(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.save_settings(replace(journal.settings, autolock_minutes=3, theme="light"))
    _write(
        root,
        {
            **_file(root),
            "autolock_minutes": 0,
            "quick_exit_shortcut": "F1",
            "week_start": "sunday",
        },
    )
    # The locked screen never takes them.
    locked = load_settings(root)
    assert (locked.autolock_minutes, locked.quick_exit_shortcut) == (5, "Ctrl+Shift+Q")
    assert locked.theme == "light"
    with Journal.unlock(root, PASSPHRASE) as journal:
        settings = journal.settings
        assert settings.autolock_minutes == 3
        assert settings.quick_exit_shortcut == "Ctrl+Shift+Q"
        assert settings.week_start == "monday"
    assert set(_file(root)) == PLAIN_KEYS


def test_a_file_planted_before_the_journal_is_made_is_not_taken(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    root.mkdir(mode=0o700)
    _write(root, {"autolock_minutes": 0, "theme": "dark"})
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        assert journal.settings.autolock_minutes == Settings().autolock_minutes
        assert journal.settings.theme == "dark"  # the look is the locked screen's to know
    assert "autolock_minutes" not in _file(root)


def test_bad_values_in_the_store_fall_back_to_the_defaults(tmp_path: Path) -> None:
    journal, _code = Journal.create(tmp_path / "journal", PASSPHRASE)
    with journal:
        journal.save_state("settings.autolock_minutes", "never")
        journal.save_state("settings.week_start", 7)
        assert journal.settings.autolock_minutes == 5
        assert journal.settings.week_start == "monday"
