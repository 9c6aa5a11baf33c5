"""The recovery code as setup and Settings show it: lines, Print, Copy (cleared again)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from journal_app.ui import recovery_code
from journal_app.ui.dialogs import RecordingPrinter
from journal_app.ui.recovery_code import (
    code_label,
    code_lines,
    copy_code,
    last_group,
    print_code,
)

CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB"


def test_the_code_in_two_lines_and_its_last_group() -> None:
    assert code_lines(CODE) == "ABCD-EFGH-JKMN-PQRS\nTVWX-YZ23-4567-89AB"
    assert last_group(CODE) == "89AB"
    assert last_group("abcd efgh 89ab") == "89AB"  # typed with spaces, in lower case


def test_code_label_is_named_and_selectable(qtbot: Any) -> None:
    label = code_label(1.2, "New recovery code")
    qtbot.addWidget(label)
    assert label.accessibleName() == "New recovery code"
    assert label.wordWrap() and label.textInteractionFlags()


def test_print_sends_the_code_and_no_file(qtbot: Any) -> None:
    printer = RecordingPrinter()
    assert print_code(printer, None, CODE)
    ((title, text),) = printer.printed
    assert title == "Recovery code" and CODE in text


def test_copy_clears_the_clipboard_again_unless_it_changed(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery_code, "CLIPBOARD_CLEAR_MS", 20)
    clipboard = QGuiApplication.clipboard()
    note = copy_code(CODE)
    assert "cleared again in a minute" in note
    assert clipboard.text() == CODE
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    copy_code(CODE)
    clipboard.setText("something copied since")
    qtbot.wait(200)  # ten times the delay
    assert clipboard.text() == "something copied since"  # not ours to clear
    clipboard.clear()


def test_the_copy_is_marked_secret_for_clipboard_managers(qtbot: Any) -> None:
    copy_code(CODE)
    try:
        data = QGuiApplication.clipboard().mimeData()
        assert data.hasFormat("x-kde-passwordManagerHint")
        assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
        assert data.text() == CODE
    finally:
        QGuiApplication.clipboard().clear()


def test_the_copy_is_cleared_when_the_app_quits(qtbot: Any) -> None:
    """Well before the minute is up: quitting takes the code off the clipboard too."""
    from PySide6.QtCore import QCoreApplication

    clipboard = QGuiApplication.clipboard()
    copy_code(CODE)
    assert clipboard.text() == CODE
    QCoreApplication.instance().aboutToQuit.emit()
    assert clipboard.text() == ""
    # Something the person copied later is never cleared by the app.
    copy_code(CODE)
    clipboard.setText("my own words")
    QCoreApplication.instance().aboutToQuit.emit()
    assert clipboard.text() == "my own words"
    clipboard.clear()
