"""Showing a recovery code: its lines, its font, and Print and Copy.

First-run setup and Settings ("Show a new recovery code") show a code the
same way. A copy on the clipboard is marked as a secret, so clipboard
managers that honour the mark (KDE's Klipper, and others that read the same
hint) keep no history of it, and it is cleared again after a minute and when
the app quits, whichever comes first (only if the clipboard still holds it).
"""

from __future__ import annotations

import contextlib
import warnings

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.ui.dialogs import CodePrinter
from journal_app.ui.theme import follow_app_font

CLIPBOARD_CLEAR_MS = 60_000
# The MIME type KDE's Klipper (and managers that follow it) read to leave an entry out.
PASSWORD_HINT = "x-kde-passwordManagerHint"


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
    """Copy the code, marked secret; cleared after a minute or at quit if still there.

    Only a fingerprint of the code is kept for the check, not the code itself.
    Returns the note to show beside the buttons.
    """
    import hashlib  # here, not before the first screen: OpenSSL's module is slow to load

    clipboard = QGuiApplication.clipboard()
    data = QMimeData()
    data.setText(code)
    data.setData(PASSWORD_HINT, QByteArray(b"secret"))
    clipboard.setMimeData(data)
    fingerprint = hashlib.sha256(code.encode("utf-8")).digest()
    app = QCoreApplication.instance()

    connected = [app is not None]

    def clear() -> None:
        if hashlib.sha256(clipboard.text().encode("utf-8")).digest() == fingerprint:
            clipboard.clear()
        if app is not None and connected[0]:  # once: the timer and the quit may both call
            connected[0] = False
            with warnings.catch_warnings():  # PySide warns when it was disconnected already
                warnings.simplefilter("ignore", RuntimeWarning)
                with contextlib.suppress(RuntimeError, TypeError, SystemError):
                    app.aboutToQuit.disconnect(clear)

    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clipboard, clear)  # outlives the screen
    if app is not None:
        app.aboutToQuit.connect(clear)
    return _tr("Copied. The clipboard is cleared again in a minute, or when you close the app.")
