"""Settings: what the locked screen needs in a plain file, what protects inside the store.

``settings.json`` beside the vault holds only what must be known before
unlock (theme, larger text, the language, the neutral title, whether to ask the
keyring, and the daily check-in reminder, which runs while the journal is locked):
anyone with file access can edit it, so nothing there may weaken the lock.
Auto-lock minutes, the quick-exit shortcut and the week start live in the
encrypted store (``Journal.settings`` joins the two). Nothing a user writes
ever goes into either file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from journal_app.i18n import SYSTEM, is_language_code
from journal_app.storage.files import atomic_write, make_private_dir

SETTINGS_NAME = "settings.json"

# In the plain file: what the locked screen needs (the reminder runs while locked too).
PLAIN_FIELDS = (
    "theme",
    "larger_text",
    "language",
    "neutral_title",
    "remember_on_device",
    "reminder_enabled",
    "reminder_time",
    "reminder_at_login",
)
# In the encrypted store, each under ``settings.<name>``: what protects, or is the journal's.
PROTECTED_FIELDS = ("autolock_minutes", "quick_exit_shortcut", "week_start")
STATE_PREFIX = "settings."

WEEK_STARTS = ("monday", "sunday")
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Settings:
    week_start: str = "monday"
    autolock_minutes: int = 5
    quick_exit_shortcut: str = "Ctrl+Shift+Q"
    theme: str = "system"
    larger_text: bool = False
    # "system" (the language variables) or a language code ("en", "es"): the app's
    # words from its next start. A code with no translation file reads as English.
    language: str = SYSTEM
    neutral_title: bool = False
    remember_on_device: bool = False
    # The daily check-in reminder runs while the journal is locked too, so it lives here.
    # None of it is content: on or off, a time of day, and whether to start at login.
    reminder_enabled: bool = False
    reminder_time: str = "20:00"
    reminder_at_login: bool = False

    def normalised(self) -> Settings:
        """Any value out of its range falls back to the default, so a bad file never stops us."""
        default = Settings()
        s = self
        if s.week_start not in WEEK_STARTS:
            s = replace(s, week_start=default.week_start)
        if s.theme not in THEMES:
            s = replace(s, theme=default.theme)
        if s.language != SYSTEM and not is_language_code(s.language):
            s = replace(s, language=default.language)
        if (
            isinstance(s.autolock_minutes, bool)
            or not isinstance(s.autolock_minutes, int)
            or not 0 <= s.autolock_minutes <= 240
        ):
            s = replace(s, autolock_minutes=default.autolock_minutes)
        for name in (
            "larger_text",
            "neutral_title",
            "remember_on_device",
            "reminder_enabled",
            "reminder_at_login",
        ):
            if not isinstance(getattr(s, name), bool):
                s = replace(s, **{name: getattr(default, name)})
        if not _is_time(s.reminder_time):
            s = replace(s, reminder_time=default.reminder_time)
        if not isinstance(s.quick_exit_shortcut, str) or not s.quick_exit_shortcut:
            s = replace(s, quick_exit_shortcut=default.quick_exit_shortcut)
        return s


def _is_time(value: object) -> bool:
    """``HH:MM`` on a 24-hour clock."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hours, minutes = value[:2], value[3:]
    return hours.isdigit() and minutes.isdigit() and int(hours) <= 23 and int(minutes) <= 59


def _read_file(data_dir: Path) -> dict[str, Any]:
    try:
        raw: Any = json.loads((Path(data_dir) / SETTINGS_NAME).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_settings(data_dir: Path) -> Settings:
    """What the locked screen may know: the plain file's fields; the protected ones default.

    A protective value written into the file (``autolock_minutes: 0``) is ignored.
    """
    raw = _read_file(data_dir)
    return Settings(**{k: v for k, v in raw.items() if k in PLAIN_FIELDS}).normalised()


def protected_in_file(data_dir: Path) -> dict[str, Any]:
    """Protective values an earlier version kept in the plain file (to move into the store)."""
    raw = _read_file(data_dir)
    found = {k: v for k, v in raw.items() if k in PROTECTED_FIELDS}
    # Each value checked on its own: a bad one falls back to its default.
    return {k: getattr(replace(Settings(), **{k: v}).normalised(), k) for k, v in found.items()}


def with_protected(settings: Settings, values: dict[str, Any]) -> Settings:
    """``settings`` with the protected fields from ``values`` (the store's), checked."""
    known = {k: v for k, v in values.items() if k in PROTECTED_FIELDS and v is not None}
    return replace(settings, **known).normalised()


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write the plain fields only (the protected ones go to the store: ``Journal``)."""
    make_private_dir(Path(data_dir))
    plain = {k: v for k, v in asdict(settings.normalised()).items() if k in PLAIN_FIELDS}
    text = json.dumps(plain, indent=2, sort_keys=True) + "\n"
    atomic_write(Path(data_dir) / SETTINGS_NAME, text.encode("utf-8"))


def strip_protected(data_dir: Path) -> None:
    """Rewrite the file without protective values, if it still holds any."""
    raw = _read_file(data_dir)
    if any(k in raw for k in PROTECTED_FIELDS):
        save_settings(data_dir, load_settings(data_dir))
