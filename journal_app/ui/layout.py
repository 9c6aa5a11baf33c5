"""Small building blocks the shell's screens share: wrapped text, button rows, fields.

Plain functions that return a configured widget or layout, so every screen
builds the same thing the same way (and a fix lands everywhere at once).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from journal_app.ui.theme import Heading


def wrap_label(text: str = "") -> QLabel:
    """A label whose text wraps to the width it gets."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def text_page(heading: str, *paragraphs: str) -> tuple[QWidget, QVBoxLayout]:
    """A page that opens with a heading and a few wrapped paragraphs; add the rest to its layout."""
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(Heading(heading))
    for text in paragraphs:
        lay.addWidget(wrap_label(text))
    return page, lay


def right_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons at the end of the row, where the eye finishes reading."""
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


def apart_row(start: QWidget, end: QWidget) -> QHBoxLayout:
    """A way back at the start of the row, the way on at its end."""
    row = QHBoxLayout()
    row.addWidget(start)
    row.addStretch(1)
    row.addWidget(end)
    return row


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets at the start of the row, the rest of it left free."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def hidden_row(row: QHBoxLayout) -> QWidget:
    """A row shown and hidden as one (hidden to start), with no margins of its own."""
    row.setContentsMargins(0, 0, 0, 0)
    holder = QWidget()
    holder.setLayout(row)
    holder.hide()
    return holder


def password_field(name: str) -> QLineEdit:
    """A line edit that shows dots, with its accessible name."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def labelled(text: str, field: QWidget) -> QLabel:
    """The label above a field; its mnemonic (``&``) moves the focus to the field."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def busy_bar(name: str) -> QProgressBar:
    """A thin bar that moves while slow work runs; hidden until then."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(name)
    bar.hide()
    return bar
