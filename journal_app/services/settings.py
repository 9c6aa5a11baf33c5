"""Settings that hold no journal content (theme, week start, lock timing, reminders).

They are needed before unlock (the unlock screen's theme), so they live in a
small plain file beside the vault, written atomically. Nothing a user writes
ever goes here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from journal_app.storage.files import atomic_write, make_private_dir

SETTINGS_NAME = "settings.json"

WEEK_STARTS = ("monday", "sunday")
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Settings:
    week_start: str = "monday"
    autolock_minutes: int = 5
    quick_exit_shortcut: str = "Ctrl+Shift+Q"
    theme: str = "system"
    larger_text: bool = False
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


def load_settings(data_dir: Path) -> Settings:
    path = Path(data_dir) / SETTINGS_NAME
    try:
        raw: Any = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).normalised()


def save_settings(data_dir: Path, settings: Settings) -> None:
    make_private_dir(Path(data_dir))
    text = json.dumps(asdict(settings.normalised()), indent=2, sort_keys=True) + "\n"
    atomic_write(Path(data_dir) / SETTINGS_NAME, text.encode("utf-8"))
