"""Today: a quick mood check-in, one-click forms for the day's moments, and what is logged.

The check-in is built for the keyboard: type a digit for the mood, Tab on
(or not), Enter saves. The three moment buttons open a compact form inline,
on the page, never in a modal window, and Tab reaches it where it is drawn.
"Saved." is said beside the form that saved. A record of today can be opened
from "Today so far" to change it (inline, below the list) or deleted.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import AnyRecord, Person, RecordKind
from journal_app.errors import KnownError
from journal_app.services.journal import Journal
from journal_app.ui.announce import show_status
from journal_app.ui.dialogs import DialogService, ask_to_delete
from journal_app.ui.forms import (
    FORM_TYPES,
    AloneForm,
    BoundaryForm,
    ConnectionForm,
    MoodForm,
    RecordForm,
)
from journal_app.ui.labels import describe_record, kind_label
from journal_app.ui.layout import apart_row
from journal_app.ui.support.offer import GroundingOffer
from journal_app.ui.support.prompt_line import REFLECTED, Reflections
from journal_app.ui.widgets import ButtonRow, heading, quiet_label, tab_after, wrap_rows

DRAFT_PREFIX = "today/"
AUTOSAVE_MS = 3000


_MOMENT_FORMS: dict[RecordKind, type[RecordForm]] = {
    RecordKind.CONNECTION: ConnectionForm,
    RecordKind.ALONE: AloneForm,
    RecordKind.BOUNDARY: BoundaryForm,
}


def _draft_key(kind: RecordKind) -> str:
    return f"{DRAFT_PREFIX}{kind.value}/note"


class TodayView(QWidget):
    """The Today page.

    Signals:
        changed(): a record was saved here.
    """

    changed = Signal()
    navigate = Signal(str)

    def __init__(
        self, journal: Journal, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self._saved_notes: dict[RecordKind, str] = {}
        self._people: list[Person] = []
        self.setAccessibleName(self.tr("Today"))

        scroll = self._scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        content = QWidget()
        content.setMaximumWidth(900)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.addWidget(content)
        scroll.setWidget(holder)
        page = QVBoxLayout(content)
        page.setContentsMargins(16, 12, 16, 16)
        page.setSpacing(10)

        self.title = heading(self.tr("Today"), scale=1.5)
        self.date_label = quiet_label("")
        page.addWidget(self.title)
        page.addWidget(self.date_label)

        page.addWidget(heading(self.tr("How are you, right now?")))
        self.mood = MoodForm(journal, save_text=self.tr("Save check-in"), show_cancel=False)
        self.mood.saved.connect(self._mood_saved)
        page.addWidget(self.mood)
        self.status = quiet_label("")
        self.status.setAccessibleName(self.tr("Status"))
        page.addWidget(self.status)
        self.offer = GroundingOffer(journal)
        self.offer.navigate.connect(self.navigate)
        page.addWidget(self.offer)

        page.addWidget(heading(self.tr("Anything else today?")))
        self.connected_button = QPushButton(self.tr("I connected with someone"))
        self.alone_button = QPushButton(self.tr("I spent time alone"))
        self.boundary_button = QPushButton(self.tr("I practised a boundary"))
        # The moment forms are made the first time they are opened, so the page
        # (the first one the main window shows) is ready sooner.
        self.forms: dict[RecordKind, RecordForm] = {}
        self.reflections = Reflections(journal)
        self._buttons = {
            RecordKind.CONNECTION: self.connected_button,
            RecordKind.ALONE: self.alone_button,
            RecordKind.BOUNDARY: self.boundary_button,
        }
        for kind, button in self._buttons.items():
            button.setAccessibleName(button.text())
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, k=kind: self.open_form(k))
        self.moment_buttons = ButtonRow(self._buttons.values())
        page.addWidget(self.moment_buttons)

        self.form_frame = QFrame()
        self.form_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self._frame_layout = QVBoxLayout(self.form_frame)
        self.form_frame.hide()
        page.addWidget(self.form_frame)
        self.moment_status = quiet_label("")  # "Saved." where the moment form was
        self.moment_status.setAccessibleName(self.tr("Status"))
        page.addWidget(self.moment_status)

        page.addWidget(heading(self.tr("Today so far")))
        self.today_list = QListWidget()
        self.today_list.setAccessibleName(self.tr("Today so far"))
        wrap_rows(self.today_list)
        self.today_list.setAlternatingRowColors(False)
        self.today_list.setMinimumHeight(90)
        self.today_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.empty_label = quiet_label(
            self.tr("Nothing logged yet today. That is all right; add something when you want to.")
        )
        page.addWidget(self.empty_label)
        page.addWidget(self.today_list)
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.change_button.setAccessibleName(self.tr("Change the chosen record"))
        self.change_button.clicked.connect(self.change_current)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen record"))
        self.delete_button.clicked.connect(self.delete_current)
        self.list_buttons = QWidget()
        row = apart_row(self.change_button, self.delete_button)
        row.setContentsMargins(0, 0, 0, 0)
        self.list_buttons.setLayout(row)
        page.addWidget(self.list_buttons)
        self.list_status = quiet_label("")
        self.list_status.setAccessibleName(self.tr("Status"))
        page.addWidget(self.list_status)
        self.edit_frame = QFrame()
        self.edit_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self._edit_layout = QVBoxLayout(self.edit_frame)
        self.edit_title = heading("", scale=1.0)
        self._edit_layout.addWidget(self.edit_title)
        self.edit_frame.hide()
        page.addWidget(self.edit_frame)
        self.edit_forms: dict[RecordKind, RecordForm] = {}
        page.addStretch(1)
        self.today_list.itemActivated.connect(lambda _item: self.change_current())
        self.today_list.currentRowChanged.connect(self._choice_changed)

        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._autosave_tick)
        self._autosave.start()

        self.refresh()
        self._restore_drafts()

    # -- forms -----------------------------------------------------------------

    @property
    def all_forms(self) -> dict[RecordKind, RecordForm]:
        return {RecordKind.MOOD: self.mood, **self.forms}

    def form(self, kind: RecordKind) -> RecordForm:
        """The inline form for ``kind``, made on first use."""
        form = self.forms.get(kind)
        if form is None:
            form = _MOMENT_FORMS[kind](self._journal)
            form.hide()
            form.set_people(self._people)
            form.saved.connect(lambda record, k=kind: self._moment_saved(k, record))
            form.cancelled.connect(lambda k=kind: self.close_form(k))
            if kind in REFLECTED:
                self.reflections.attach(form, REFLECTED[kind])
            self._frame_layout.addWidget(form)
            # Made later than the rest of the page: Tab reaches it where it is drawn.
            tab_after(self.boundary_button, form)
            self.forms[kind] = form
        return form

    @Slot()
    def open_form(self, kind: RecordKind) -> RecordForm:
        """Show the inline form for ``kind`` (only one at a time) and focus its first field."""
        form = self.form(kind)
        for other_kind, other in self.forms.items():
            if other_kind is not kind and other.isVisible():
                other.hide()
        for other_kind, button in self._buttons.items():
            button.setChecked(other_kind is kind)
        self.form_frame.show()
        form.show()
        form.follow_the_clock()  # "When" is now, not when the page was made
        form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.clear()
        self.moment_status.clear()
        # Bring the form into view once it has its size.
        QTimer.singleShot(0, self, lambda: self._reveal(form))
        return form

    def _reveal(self, form: RecordForm) -> None:
        self._scroll.ensureWidgetVisible(form.save_button)
        self._scroll.ensureWidgetVisible(form.first_field())

    def close_form(self, kind: RecordKind) -> None:
        self.forms[kind].hide()
        self.form_frame.hide()
        button = self._buttons[kind]
        button.setChecked(False)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mood_saved(self, record: AnyRecord) -> None:
        self._forget_draft(RecordKind.MOOD)
        self.mood.reset()
        self._say(self.status, self.tr("Check-in saved. Thank you for checking in."))
        if self.offer.consider(getattr(record, "distress", None)):
            QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(self.offer))
        self.refresh()
        self.changed.emit()

    def _moment_saved(self, kind: RecordKind, record: AnyRecord) -> None:
        self._forget_draft(kind)
        self.forms[kind].reset()
        self.close_form(kind)
        self._say(self.moment_status, self.tr("Saved."))
        self.refresh()
        self.changed.emit()

    def _say(self, where: QLabel, text: str) -> None:
        """A short note beside the form it is about (and said to a screen reader);
        the other notes are cleared."""
        for label in (self.status, self.moment_status, self.list_status):
            if label is not where:
                label.clear()
        show_status(where, text)

    # -- today so far: change or delete ----------------------------------------

    def chosen(self) -> AnyRecord | None:
        """The record chosen in "Today so far", read afresh (None if gone meanwhile)."""
        item = self.today_list.currentItem()
        if item is None:
            return None
        try:
            return self._journal.get(str(item.data(Qt.ItemDataRole.UserRole)))
        except KnownError:
            self.refresh()
            return None

    def edit_form(self, kind: RecordKind) -> RecordForm:
        """The form that changes a record of ``kind`` of today, made on first use."""
        form = self.edit_forms.get(kind)
        if form is None:
            form = FORM_TYPES[kind](self._journal)
            form.hide()
            form.set_people(self._people)
            form.saved.connect(self._edit_saved)
            form.cancelled.connect(self.close_edit)
            self._edit_layout.addWidget(form)
            tab_after(self.delete_button, form)
            self.edit_forms[kind] = form
        return form

    @Slot()
    def change_current(self) -> RecordForm | None:
        """Open the chosen record in its form, below the list."""
        record = self.chosen()
        if record is None:
            return None
        form = self.edit_form(record.kind)
        for other in self.edit_forms.values():
            other.setVisible(other is form)
        form.load(record)
        self.edit_title.setText(self.tr("Change: {kind}").format(kind=kind_label(record.kind)))
        self.edit_frame.show()
        self._say(self.list_status, "")
        form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(form.save_button))
        return form

    @Slot()
    def close_edit(self) -> None:
        self.edit_frame.hide()
        for form in self.edit_forms.values():
            form.hide()
        self.today_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_saved(self, record: AnyRecord) -> None:
        self.close_edit()
        self.refresh()
        self._select(record.id)
        self._say(self.list_status, self.tr("Saved."))
        self.changed.emit()

    @Slot()
    def delete_current(self) -> None:
        """Ask once; on Yes the record is deleted for real."""
        record = self.chosen()
        if record is None:
            return
        if not ask_to_delete(self._dialogs, self):
            return
        with contextlib.suppress(KnownError):  # already gone is gone
            self._journal.delete(record.id)
        open_form = next((f for f in self.edit_forms.values() if f.isVisible()), None)
        if open_form is not None and open_form.editing and open_form.editing.id == record.id:
            self.close_edit()
        row = self.today_list.currentRow()
        self.refresh()
        if self.today_list.count():
            self.today_list.setCurrentRow(min(row, self.today_list.count() - 1))
        self._say(self.list_status, self.tr("Deleted."))
        self.today_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _select(self, record_id: str) -> None:
        for row in range(self.today_list.count()):
            if self.today_list.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.today_list.setCurrentRow(row)
                return

    @Slot()
    def _choice_changed(self) -> None:
        chosen = self.today_list.currentItem() is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def focus_start(self) -> None:
        """Where the keyboard starts on this page: the mood."""
        self.mood.score.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- contract with the main window -----------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload today's records and the support map from the journal."""
        today = date.today()
        day = QDate(today.year, today.month, today.day)
        self.date_label.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))
        self._people = self._journal.people()
        for form in (*self.forms.values(), *self.edit_forms.values()):
            form.set_people(self._people)
        self.reflections.refresh()
        self.mood.follow_the_clock()
        records = self._journal.records_between(today, today)
        self.today_list.clear()
        for record in reversed(records):
            item = QListWidgetItem(describe_record(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.today_list.addItem(item)
        self.empty_label.setVisible(not records)
        self.today_list.setVisible(bool(records))
        self.list_buttons.setVisible(bool(records))
        self._choice_changed()
        self._fit_list()

    def _fit_list(self) -> None:
        """As tall as today's rows (wrapped at the list's width), up to eight of them."""
        view = self.today_list
        rows = min(view.count(), 8)
        height = sum(view.sizeHintForRow(row) + 2 * view.spacing() for row in range(rows))
        line = view.fontMetrics().height() + 8
        view.setFixedHeight(max(height, line) + 2 * view.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_list)  # once the list has its new width

    @Slot()
    def flush_drafts(self) -> None:
        """Keep the notes being typed in the encrypted store (never in a file)."""
        for kind, form in self.all_forms.items():
            text = form.note_text()
            if text == self._saved_notes.get(kind, ""):
                continue
            if text.strip():
                self._journal.save_draft(_draft_key(kind), text)
            else:
                self._journal.discard_draft(_draft_key(kind))
            self._saved_notes[kind] = text

    @Slot()
    def _autosave_tick(self) -> None:
        # A disabled page is being locked away: its journal may already be closed.
        # On a hidden page nothing is being typed.
        if self.isEnabled() and self.isVisible():
            self.flush_drafts()

    def _restore_drafts(self) -> None:
        for kind in (RecordKind.MOOD, *_MOMENT_FORMS):
            text = self._journal.load_draft(_draft_key(kind))
            if not text:
                continue
            form = self.mood if kind is RecordKind.MOOD else self.open_form(kind)
            form.set_note_text(text)
            self._saved_notes[kind] = text

    def _forget_draft(self, kind: RecordKind) -> None:
        self._saved_notes.pop(kind, None)
        self._journal.discard_draft(_draft_key(kind))
