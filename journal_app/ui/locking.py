"""Locking: after idle minutes, on Ctrl+L, and the quick exit.

Idle time is measured on the wall clock (``time.time``), not a monotonic or
process clock, so time the laptop spent asleep counts: open the lid after
an hour and the journal is already locked. The clock is injectable for tests.

Signals:
    IdleLock.idle: the user has been idle for the set minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

Clock = Callable[[], float]

LOCK_KEYS = "Ctrl+L"
QUICK_EXIT_KEYS = "Ctrl+Shift+Q"  # the default (Settings may choose another)

# What counts as the user being there.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Watches the application's input events and says when it has been idle too long.

    Signals:
        idle: emitted once when the idle limit is passed while armed.
    """

    idle = Signal()

    def __init__(
        self,
        clock: Clock = time.time,
        check_every_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = 0
        self._armed = False
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)

    def set_minutes(self, minutes: int) -> None:
        """0 means never lock on idle."""
        self._minutes = max(0, int(minutes))

    @property
    def minutes(self) -> int:
        return self._minutes

    def arm(self) -> None:
        """Start watching (while unlocked)."""
        self._last = self._clock()
        if not self._armed:
            self._watch(True)
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        if self._armed:
            self._watch(False)
        self._armed = False
        self._timer.stop()

    def _watch(self, on: bool) -> None:
        """See every event of the application, only while armed.

        A filter on the whole application is a Python call for each event, and PySide
        makes the Python type of every object it is shown: while locked (the unlock
        screen's first paint) there is nothing to watch for.
        """
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    def touch(self) -> None:
        self._last = self._clock()

    @Slot()
    def check(self) -> None:
        """Lock if the wall clock says the user has been away long enough."""
        if not self._armed or self._minutes <= 0:
            return
        if self._clock() - self._last >= self._minutes * 60:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed:
            kind = event.type()
            if kind in _ACTIVITY:
                # Check first: the first key after a long sleep must not count as presence,
                # and must not reach the journal's widgets once the lock has happened.
                self.check()
                if not self._armed:
                    return True
                self._last = self._clock()
            elif kind == QEvent.Type.ApplicationStateChange:
                self.check()
        return False

    def shutdown(self) -> None:
        self.disarm()


def valid_shortcut(text: str) -> QKeySequence | None:
    """The key sequence ``text`` describes, or None when it is empty or not a key."""
    seq = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if seq.isEmpty() or seq.count() != 1:
        return None
    return seq


class LockShortcuts(QObject):
    """Ctrl+L (lock) and the quick-exit shortcut, active anywhere in the window."""

    def __init__(
        self,
        window: QWidget,
        on_lock: Callable[[], None],
        on_quick_exit: Callable[[], None],
        quick_exit_keys: str,
    ) -> None:
        super().__init__(window)
        self.lock = QShortcut(QKeySequence(LOCK_KEYS), window)
        self.lock.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock.activated.connect(on_lock)
        self.quick_exit = QShortcut(window)
        self.quick_exit.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit.activated.connect(on_quick_exit)
        self.set_quick_exit_keys(quick_exit_keys)

    def set_quick_exit_keys(self, text: str) -> None:
        seq = valid_shortcut(text)
        self.quick_exit.setKey(seq if seq is not None else QKeySequence(QUICK_EXIT_KEYS))


def shortcut_words(text: str, default: str) -> str:
    """A shortcut as the platform writes it (``Ctrl+Shift+Q``); ``default`` if not a key."""
    seq = valid_shortcut(text) or QKeySequence(default)
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def quick_exit_tip(keys: str) -> str:
    """What Quick exit does, and its shortcut: said wherever the button is."""
    return QCoreApplication.translate(
        "locking", "Lock, clear the window and minimise it at once ({keys})"
    ).replace("{keys}", shortcut_words(keys, QUICK_EXIT_KEYS))


def quick_exit_button(keys: str) -> QPushButton:
    """The Quick exit button (main window and locked screen), its shortcut in its tooltip."""
    button = QPushButton(QCoreApplication.translate("locking", "&Quick exit"))
    button.setAccessibleName(QCoreApplication.translate("locking", "Quick exit"))
    button.setToolTip(quick_exit_tip(keys))
    return button
