"""Showing a recovery code: its lines, its font, and Print and Copy.

First-run setup and Settings ("Show a new recovery code") show a code the
same way; the clipboard copy is cleared again after a minute.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.ui.theme import follow_app_font

CLIPBOARD_CLEAR_MS = 60_000


class CodePrinter(Protocol):
    """Prints a short text directly (no file); a seam so tests never open a print dialog."""

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryCode", text)


def code_lines(code: str) -> str:
    """The code in two lines of four groups: it never wraps in the middle of a group."""
    groups = code.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


def last_group(code: str) -> str:
    return code.replace(" ", "-").split("-")[-1].upper()


def code_label(scale: float, name: str) -> QLabel:
    """Where the code is shown: fixed-width, selectable, wrapping only between its lines."""
    label = QLabel()
    follow_app_font(label, scale, fixed=True)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def print_code(printer: CodePrinter, parent: QWidget | None, code: str) -> bool:
    """Send the code to the printer (no file); False when the person cancelled."""
    text = _tr("Recovery code for your journal:\n\n%1\n\nKeep this page somewhere safe.")
    return printer.print_text(parent, _tr("Recovery code"), text.replace("%1", code))


def copy_code(code: str) -> str:
    """Copy the code; the clipboard is cleared a minute later if it still holds it.

    Returns the note to show beside the buttons.
    """
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(code)

    def clear() -> None:
        if clipboard.text() == code:
            clipboard.clear()

    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clipboard, clear)  # outlives the screen
    return _tr("Copied. The clipboard is cleared again in a minute.")
