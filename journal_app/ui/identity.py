"""What the window system is told the app is called, plain or neutral.

The application name and the desktop file name are always the app id
(``journal_app.APP_ID``, which says nothing about a journal; set by
``app.identify``), so the taskbar finds the desktop entry either way. With the
neutral title on, nothing else a glance at the screen, the taskbar or the
window list can see says "journal" either: the main window and every dialog
are titled "Notes", the application's display name is "Notes", and on X11 the
first half of the window class (``WM_CLASS``, from the program name) is
``notes``. Off, the window says "Journal" and the program is ``journal-app``.

The window class is fixed when the first window is made, so a change in
Settings reaches it at the next start; the titles change at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PLAIN_NAME = "journal-app"
NEUTRAL_NAME = "notes"


class Identity(NamedTuple):
    """The names the app gives itself: the program (argv[0]) and the display name/title.

    A NamedTuple, not a dataclass: this module loads before the first screen, and a
    dataclass takes about half a millisecond to make.
    """

    program: str
    display: str

    @property
    def title(self) -> str:
        return self.display


def identity(neutral: bool) -> Identity:
    """The app's names with the neutral title on or off (translated display names)."""
    if neutral:
        return Identity(NEUTRAL_NAME, QCoreApplication.translate("identity", "Notes"))
    return Identity(PLAIN_NAME, QCoreApplication.translate("identity", "Journal"))


def program_name(neutral: bool, launched_as: str = "") -> str:
    """argv[0] for the ``QApplication``: on X11 the first half of the window class.

    ``notes`` with the neutral title; else the name the app was started by
    (``journal-app``, or the packaged program's own), as Qt would take it.
    """
    if neutral:
        return NEUTRAL_NAME
    return Path(launched_as).name or PLAIN_NAME


class NeutralTitles(QObject):
    """While installed on the application, every window and dialog is titled "Notes".

    Dialog titles ("Summary for therapy", "Delete this record?") show in the
    taskbar and the window list; with the neutral title on they say nothing.
    """

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowTitle() != self.title
        ):
            watched.setWindowTitle(self.title)
        return False

    def cover(self) -> None:
        """Retitle the windows already open."""
        app = QGuiApplication.instance()
        if app is None:
            return
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.windowTitle() != self.title:
                widget.setWindowTitle(self.title)


def apply_identity(app: QCoreApplication, neutral: bool, titles: NeutralTitles | None) -> None:
    """Tell the application its display name; install or remove the neutral dialog titles."""
    names = identity(neutral)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setApplicationDisplayName(names.display)
    if titles is None:
        return
    titles.title = names.title
    app.removeEventFilter(titles)
    if neutral:
        app.installEventFilter(titles)
        titles.cover()
