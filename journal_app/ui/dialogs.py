"""The seam every modal question goes through, so no test ever blocks in ``exec()``.

Widgets receive a ``DialogService``; the app passes ``QtDialogService``, tests
pass a ``ScriptedDialogs`` that answers from a script and records what was asked.
Printing a short text (the recovery code) goes through a ``CodePrinter`` likewise.
File choosers open in the home folder (a save suggests a name there).

File dialogs leave no trace of where the person went: Qt's own dialog is used
(a desktop's native one may add the file to its "recent files"), and the
folders Qt writes to ``~/.config/QtProject.conf`` when it closes (``history``,
``lastVisited``) are put back as they were.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def __getattr__(name: str) -> Any:
    """``dialogs.QFileDialog`` and ``dialogs.QMessageBox`` (tests patch them), loaded when
    first asked for: Qt's dialog classes are slow to set up before the first screen."""
    if name in ("QFileDialog", "QMessageBox"):
        from PySide6 import QtWidgets

        return getattr(QtWidgets, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# What Qt's file dialog records about the folders it saw (QFileDialogPrivate::saveSettings).
_TRACES = ("history", "lastVisited", "shortcuts")


@contextlib.contextmanager
def leaving_no_trace() -> Iterator[None]:
    """Run a file dialog; afterwards Qt's record of visited folders is as it was before."""
    from PySide6.QtCore import QSettings

    before: dict[str, Any] = {}
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _TRACES:
        if settings.contains(key):
            before[key] = settings.value(key)
    del settings
    try:
        yield
    finally:
        after = QSettings(QSettings.Scope.UserScope, "QtProject")
        after.beginGroup("FileDialog")
        for key in _TRACES:
            if key in before:
                after.setValue(key, before[key])
            else:
                after.remove(key)
        after.endGroup()
        after.sync()


class DialogService(Protocol):
    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A question with a clear default of No."""
        ...

    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None: ...

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str) -> Path | None: ...


def ask_to_delete(dialogs: DialogService, parent: QWidget | None) -> bool:
    """The one question before a record is deleted for good (No is the default)."""
    return dialogs.ask_yes_no(
        parent,
        QCoreApplication.translate("dialogs", "Delete this record?"),
        QCoreApplication.translate(
            "dialogs", "It will be removed from your journal for good. This cannot be undone."
        ),
    )


class QtDialogService:
    """The real dialogs (Qt's own file dialog, never the desktop's: see the module docstring).

    Qt's dialog classes load when a dialog is first asked for, not before the first screen.
    """

    def __init__(self) -> None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        with leaving_no_trace():
            name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        with leaving_no_trace():
            name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
        return Path(name) if name else None


class CodePrinter(Protocol):
    """Prints a short text directly (no file); a seam so tests never open a print dialog."""

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool: ...


class QtCodePrinter:
    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        doc = QTextDocument()
        doc.setPlainText(text)
        doc.print_(printer)
        return True


class RecordingPrinter:
    """For tests: remembers what it was asked to print."""

    def __init__(self) -> None:
        self.printed: list[tuple[str, str]] = []

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.printed.append((title, text))
        return True


class ScriptedDialogs:
    """For tests: answers come from queues; every question is recorded in ``asked``.

    A plain class, not a dataclass: this module loads before the first screen, and
    making a dataclass costs about half a millisecond.
    """

    def __init__(
        self,
        yes_no: deque[bool] | None = None,
        paths: deque[Path | None] | None = None,
        asked: list[tuple[str, str, str]] | None = None,
    ) -> None:
        self.yes_no: deque[bool] = deque() if yes_no is None else yes_no
        self.paths: deque[Path | None] = deque() if paths is None else paths
        self.asked: list[tuple[str, str, str]] = [] if asked is None else asked

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(("yes_no", title, text))
        if not self.yes_no:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.yes_no.popleft()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> Path | None:
        self.asked.append(("save_path", title, str(suggested)))
        if not self.paths:
            raise AssertionError(f"unexpected file question: {title}")
        return self.paths.popleft()

    def ask_open_path(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        self.asked.append(("open_path", title, filters))
        if not self.paths:
            raise AssertionError(f"unexpected file question: {title}")
        return self.paths.popleft()
