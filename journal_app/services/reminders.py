"""The daily check-in reminder: when it is due, what it says, and the login entry.

Reminders are off by default. While the app runs, one reminder a day comes
at the time the user picked, and only when the clock passes that time while
the app is running: opening the app late never brings a "missed" reminder.
It says nothing of the journal, and no app name when the neutral title is on;
never a streak, never "you missed".

"At login" writes an XDG autostart entry (``$XDG_CONFIG_HOME/autostart``)
that starts the app minimised and locked, so the reminder can come; turning
it off removes the entry. The clock is injected, so tests need not wait.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path

from journal_app import START_MINIMIZED_ENV
from journal_app.i18n import translate
from journal_app.storage.files import atomic_write

AUTOSTART_NAME = "journal-app-checkin.desktop"
DEFAULT_TIME = "20:00"

Clock = Callable[[], datetime]


def _tr(text: str) -> str:
    return translate("reminders", text)


def parse_time(text: str) -> time | None:
    """``"20:30"`` as a time; None for anything else."""
    try:
        hours, minutes = (int(part) for part in text.split(":"))
    except (ValueError, AttributeError):
        return None
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return None
    return time(hours, minutes)


class ReminderSchedule:
    """Says when the day's reminder is due, against an injected clock."""

    def __init__(self, clock: Clock, at: str = DEFAULT_TIME) -> None:
        self._clock = clock
        self._at = parse_time(at) or time(20, 0)
        self._since = clock()
        self._shown_on: date | None = None

    def set_time(self, at: str) -> None:
        """A new time counts from now on (changing it never fires at once for the past)."""
        self._at = parse_time(at) or self._at
        self._since = self._clock()

    @property
    def at(self) -> time:
        return self._at

    def due(self) -> bool:
        """True once a day, when the chosen time has passed since the app started watching."""
        now = self._clock()
        if self._shown_on == now.date():
            return False
        moment = datetime.combine(now.date(), self._at, tzinfo=now.tzinfo)
        return self._since < moment <= now

    def shown(self) -> None:
        self._shown_on = self._clock().date()

    def seconds_to_next(self) -> float:
        """How long until the next reminder time (for a timer; at least a second)."""
        now = self._clock()
        moment = datetime.combine(now.date(), self._at, tzinfo=now.tzinfo)
        if moment <= now:
            moment += timedelta(days=1)
        return max(1.0, (moment - now).total_seconds())


def reminder_words(neutral_title: bool) -> tuple[str, str]:
    """The title and the line of a reminder: no content, no app name when neutral, no streak."""
    title = _tr("Notes") if neutral_title else _tr("Journal")
    return title, _tr("A moment to check in, if you would like.")


# -- at login --------------------------------------------------------------------------------


def autostart_dir(environ: Mapping[str, str] = os.environ) -> Path:
    config = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~")) / ".config")
    return Path(config).expanduser() / "autostart"


def autostart_path(environ: Mapping[str, str] = os.environ) -> Path:
    return autostart_dir(environ) / AUTOSTART_NAME


def launcher() -> list[str]:
    """How to start this app: the installed ``journal-app`` beside this Python, or ``-m``."""
    beside = Path(sys.executable).parent / "journal-app"
    if beside.exists():
        return [str(beside)]
    import shutil

    found = shutil.which("journal-app")
    if found:
        return [found]
    return [sys.executable, "-m", "journal_app.cli"]


def _quote(arg: str) -> str:
    """An argument quoted for a desktop entry's Exec key."""
    if arg and all(c.isalnum() or c in "/._-+=:,@" for c in arg):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry(command: list[str], data_dir: Path, neutral_title: bool) -> str:
    name = _tr("Notes") if neutral_title else _tr("Journal")
    args = ["env", f"{START_MINIMIZED_ENV}=1", *command, "--data-dir", str(data_dir)]
    exec_line = " ".join(_quote(a).replace("%", "%%") for a in args)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name}\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def write_autostart(
    data_dir: Path,
    neutral_title: bool,
    *,
    command: list[str] | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Path:
    """Add (or refresh) the login entry; returns its path."""
    path = autostart_path(environ)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = desktop_entry(command or launcher(), data_dir, neutral_title)
    atomic_write(path, text.encode("utf-8"))
    return path


def remove_autostart(environ: Mapping[str, str] = os.environ) -> None:
    with contextlib.suppress(FileNotFoundError):
        autostart_path(environ).unlink()


def exec_args(entry: str) -> list[str]:
    """The command of a desktop entry (for tests and checks)."""
    for line in entry.splitlines():
        if line.startswith("Exec="):
            import shlex

            return shlex.split(line[5:].replace("%%", "%"))
    return []
