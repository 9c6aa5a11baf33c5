"""Reminders fire on an injected clock, carry no content, and the login entry comes and goes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal_app.services.reminders import (
    START_MINIMIZED_ENV,
    ReminderSchedule,
    autostart_path,
    exec_args,
    parse_time,
    reminder_words,
    remove_autostart,
    write_autostart,
)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def test_parse_time_takes_a_24_hour_clock_only() -> None:
    assert parse_time("07:05").hour == 7  # type: ignore[union-attr]
    for bad in ("24:00", "7", "ab:cd", "", "12:60"):
        assert parse_time(bad) is None


def test_the_reminder_comes_once_when_the_chosen_time_passes() -> None:
    clock = Clock(datetime(2026, 11, 29, 19, 0))
    schedule = ReminderSchedule(clock, "20:00")
    assert not schedule.due()
    clock.advance(minutes=59)
    assert not schedule.due()
    clock.advance(minutes=1)
    assert schedule.due()
    schedule.shown()
    clock.advance(hours=2)
    assert not schedule.due()
    clock.advance(hours=22)  # the next evening
    assert schedule.due()


def test_opening_the_app_after_the_time_brings_no_late_reminder() -> None:
    clock = Clock(datetime(2026, 11, 29, 22, 0))
    schedule = ReminderSchedule(clock, "20:00")
    clock.advance(hours=1)
    assert not schedule.due()
    assert schedule.seconds_to_next() == pytest.approx(21 * 3600)


def test_changing_the_time_to_one_already_past_waits_for_tomorrow() -> None:
    clock = Clock(datetime(2026, 11, 29, 12, 0))
    schedule = ReminderSchedule(clock, "20:00")
    schedule.set_time("09:00")
    assert not schedule.due()
    clock.advance(hours=21)
    assert schedule.due()


@pytest.mark.parametrize("neutral", [True, False])
def test_a_reminder_carries_no_content_and_no_app_name_when_neutral(neutral: bool) -> None:
    title, line = reminder_words(neutral)
    words = (title + " " + line).lower()
    if neutral:
        assert "journal" not in words
    for word in ("streak", "missed", "days in a row", "failed"):
        assert word not in words


def test_the_login_entry_is_written_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    data_dir = tmp_path / "my journal"
    path = write_autostart(data_dir, True, command=["/opt/journal app/bin/journal-app"])
    assert path == config / "autostart" / path.name == autostart_path()
    text = path.read_text()
    assert "[Desktop Entry]" in text and "Name=Notes" in text
    assert "journal" not in text.split("Exec=")[0].lower()
    assert exec_args(text) == [
        "env",
        f"{START_MINIMIZED_ENV}=1",
        "/opt/journal app/bin/journal-app",
        "--data-dir",
        str(data_dir),
    ]
    assert path.stat().st_mode & 0o077 == 0
    remove_autostart()
    assert not path.exists()
    remove_autostart()  # already gone is gone
