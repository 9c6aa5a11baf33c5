"""A record to read before it is changed: the Journal page opens a record here, with Edit.

Reading is the common case (looking back at what was written); an entry
opened straight into its editor could be changed by a stray key. The text can
be selected and copied, and Tab reaches it, so a screen reader reads it whole.

Signals:
    RecordReader.edit_requested(object): the record shown, to open in its form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from journal_app.domain.records import AnyRecord, JournalEntry
from journal_app.ui.labels import when_label
from journal_app.ui.layout import left_row
from journal_app.ui.widgets import heading, quiet_label
from journal_app.words import describe


def _readable(text: str = "") -> QLabel:
    """Text to read and copy: wrapped, plain, selectable with the mouse and the keyboard."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class RecordReader(QWidget):
    """One record, read-only: what it is, when, its words; Edit opens its form."""

    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: AnyRecord | None = None
        self.title = heading("", scale=1.1)
        self.when = quiet_label("")
        self.what = _readable()
        self.what.setAccessibleName(self.tr("What happened"))
        self.text = _readable()
        self.text.setAccessibleName(self.tr("Entry"))
        self.tags = quiet_label("")
        self.note = _readable()
        self.note.setAccessibleName(self.tr("Note"))
        self.shared = quiet_label(self.tr("Marked to share with my therapist."))
        self.status = quiet_label("")  # "Saved." right after a save, beside what was saved
        self.status.setAccessibleName(self.tr("Status"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit this record"))
        self.edit_button.clicked.connect(self._edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.when, self.what, self.text, self.tags, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.shared)
        layout.addLayout(left_row(self.edit_button, self.status))
        layout.addStretch(1)

    @property
    def record(self) -> AnyRecord | None:
        return self._record

    def show_record(self, record: AnyRecord, status: str = "") -> None:
        """Show ``record``: an entry's title and text, or what the record says in words."""
        self._record = record
        self.status.setText(status)
        entry = record if isinstance(record, JournalEntry) else None
        self.title.setText(entry.title if entry else "")
        self.title.setVisible(bool(entry and entry.title))
        self.when.setText(when_label(record, with_date=True))
        self.what.setText("" if entry else describe(record, private=False))
        self.what.setVisible(entry is None)
        self.text.setText(entry.text if entry else "")
        self.text.setVisible(entry is not None)
        tags = " ".join("#" + tag for tag in entry.tags) if entry else ""
        self.tags.setText(tags)
        self.tags.setVisible(bool(tags))
        self.note.setText(record.note)
        self.note.setVisible(bool(record.note.strip()))
        self.shared.setVisible(record.share)

    def focus_first(self) -> None:
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _edit(self) -> None:
        if self._record is not None:
            self.edit_requested.emit(self._record)
