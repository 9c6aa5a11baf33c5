"""The daily check-in reminder while the app runs: a tray message, or a quiet notice.

Where the desktop has a system tray, the reminder is a tray message; where it
has none, a quiet line in the window's status bar (the locked window too: it
holds no content). The clock is injected, so tests move time by hand.

Signals:
    ReminderNotifier.reminded(str, str): the title and line just shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

from journal_app.services.reminders import ReminderSchedule, reminder_words, write_autostart
from journal_app.services.settings import Settings

CHECK_MS = 30_000
NOTICE_MS = 10 * 60 * 1000


class ReminderNotifier(QObject):
    reminded = Signal(str, str)

    def __init__(
        self,
        window: QMainWindow,
        clock: Callable[[], datetime] = datetime.now,
        *,
        tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._schedule = ReminderSchedule(clock)
        self._enabled = False
        self._neutral = False
        self._use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self._tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def apply(self, settings: Settings) -> None:
        changed_time = settings.reminder_time != self._schedule.at.strftime("%H:%M")
        if changed_time or (settings.reminder_enabled and not self._enabled):
            self._schedule.set_time(settings.reminder_time)
        self._enabled = settings.reminder_enabled
        self._neutral = settings.neutral_title
        if self._enabled:
            self._timer.start()
        else:
            self._timer.stop()
            self._hide_tray()

    @property
    def enabled(self) -> bool:
        return self._enabled

    @Slot()
    def check(self) -> bool:
        """Show the reminder if it is due now; True when it was shown."""
        if not self._enabled or not self._schedule.due():
            return False
        self._schedule.shown()
        title, line = reminder_words(self._neutral)
        if self._use_tray:
            tray = self._tray_icon()
            tray.setToolTip(title)
            tray.show()
            tray.showMessage(title, line, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self._window.statusBar().showMessage(line, NOTICE_MS)
        self.reminded.emit(title, line)
        return True

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.activated.connect(lambda _reason: self._window.showNormal())
        return self._tray

    def _hide_tray(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def refresh_login_entry(self, data_dir: Path, neutral_title: bool) -> None:
        """The login entry's name follows the neutral title (best effort: it holds no content)."""
        with contextlib.suppress(OSError):
            write_autostart(data_dir, neutral_title)

    def shutdown(self) -> None:
        self._timer.stop()
        self._hide_tray()
