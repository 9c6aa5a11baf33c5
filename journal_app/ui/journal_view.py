"""Journal: records of a day or a range, search as you type, the entry editor.

Choosing a record opens it on the right to read (``RecordReader``); Edit
opens it in the form of its kind. Search finds what matches every word typed,
newest first, inside the From and To days shown. What is typed in the entry
editor is autosaved every few seconds into the encrypted store as a draft
(never a file), and restored when the page is made again, for example after
unlocking.
"""

from __future__ import annotations

import contextlib
import json
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import AnyRecord, JournalEntry, Person, RecordKind
from journal_app.errors import KnownError, VaultDamaged
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import DialogService, ask_to_delete
from journal_app.ui.forms import FORM_TYPES, EntryForm, RecordForm
from journal_app.ui.labels import describe_record, kind_label, when_label
from journal_app.ui.record_reader import RecordReader
from journal_app.ui.support.prompt_line import REFLECTED, PromptLine, Reflections
from journal_app.ui.widgets import DateTimeEdit, heading, quiet_label, wrap_rows

SEARCH_DELAY_MS = 200
AUTOSAVE_MS = 3000
DEFAULT_DAYS = 30
DRAFT_OPEN = "journal/open"  # which entry the editor held: an id, or "new"


def entry_draft_key(record_id: str | None) -> str:
    return f"journal/entry/{record_id or 'new'}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class JournalView(QWidget):
    """The Journal page.

    Signals:
        changed(): a record was saved or deleted here.
    """

    changed = Signal()

    def __init__(
        self, journal: Journal, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        self._baseline: dict[str, Any] = {}
        self._flushed: dict[str, Any] | None = None
        self._entry_id: str | None = None  # the entry in the editor; None for a new one
        self._editing_record: AnyRecord | None = None  # the record a form holds, if not new
        self.setAccessibleName(self.tr("Journal"))

        # -- top: search and range -------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search entries, titles, tags and notes"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.start = DateTimeEdit(with_time=False)
        self.end = DateTimeEdit(with_time=False)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setAccessibleName(name)
        today = date.today()
        self.start.setDate(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.end.setDate(_qdate(today))
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Write a new journal entry (Ctrl+N)"))

        top = QHBoxLayout()
        from_label = QLabel(self.tr("From"))
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("To"))
        to_label.setBuddy(self.end)
        top.addWidget(from_label)
        top.addWidget(self.start)
        top.addWidget(to_label)
        top.addWidget(self.end)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # -- left: the list ----------------------------------------------------
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records"))
        wrap_rows(self.list)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(3)
        self.list.setMinimumWidth(220)
        self.summary = quiet_label("")
        self.summary.setAccessibleName(self.tr("What the list shows"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen record"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen record"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        # -- right: the editor -------------------------------------------------
        self.editor_title = heading("")
        self.stack = QStackedWidget()
        self.placeholder = quiet_label(
            self.tr("Choose a record to read or change it, or write a new entry.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.placeholder)
        self.reader = RecordReader()
        self.reader.edit_requested.connect(self.edit_record)
        self.stack.addWidget(self.reader)
        # Forms are made when first needed (the entry editor at once).
        self.forms: dict[RecordKind, RecordForm] = {}
        self.reflections = Reflections(journal)
        self._people: list[Person] = []
        self.stack.currentChanged.connect(self._only_current_counts)
        entry = self.form(RecordKind.ENTRY)
        assert isinstance(entry, EntryForm)
        self.entry: EntryForm = entry
        self.entry.may_cancel = self._may_discard_entry
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.editor_title)
        self.prompt_line = PromptLine(journal)
        right_layout.addWidget(self.prompt_line)
        right_layout.addWidget(self.stack, 1)
        self.entry.text.textChanged.connect(self._prompt_wanted)
        self.stack.currentChanged.connect(self._prompt_wanted)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])  # scaled to the width the page gets

        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        page.addWidget(heading(self.tr("Journal"), scale=1.5))
        page.addWidget(self.search)
        page.addLayout(top)
        page.addWidget(self.splitter, 1)

        # -- behaviour ---------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._timer_tick)
        self.search.textChanged.connect(self._search_timer.start)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_entry)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        # Enter, a double click or a single click opens; arrows only move the choice.
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.itemClicked.connect(lambda _item: self.open_current())
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.installEventFilter(self)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._timer_tick)
        self._autosave.start()

        self.refresh()
        self._selection_changed()
        self._restore_draft()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+N (the platform's "new") anywhere on the page starts a new entry."""
        if event.matches(QKeySequence.StandardKey.New):
            self.new_entry()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _timer_tick(self) -> None:
        """Search after a pause in typing, autosave now and then; only on a page in use.

        A disabled page is being locked away and its journal may be closed
        already; on a hidden page nothing is being typed (the window flushes
        every page's drafts on lock and on quit).
        """
        if not (self.isEnabled() and self.isVisible()):
            return
        if self.sender() is self._search_timer:
            self.refresh()
        else:
            self.flush_drafts()

    # -- the list --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list deletes the chosen record (after asking)."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def refresh(self) -> None:
        """Reload the list: search results while searching, else the chosen days."""
        self._search_timer.stop()
        selected = self.current_id()
        text = self.search.text().strip()
        self._people = self._journal.people()
        for form in self.forms.values():
            form.set_people(self._people)
        self.reflections.refresh()
        if hasattr(self, "prompt_line"):
            self.prompt_line.refresh()
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        if start > end:
            start, end = end, start
        if start == end:
            span = self.tr("on {day}").format(day=start.isoformat())
        else:
            span = self.tr("from {start} to {end}").format(
                start=start.isoformat(), end=end.isoformat()
            )
        if text:
            try:
                records = self._journal.search(text, start=start, end=end)  # newest first
                if records:
                    said = self.tr("Found {n} for “{text}” {span}.").format(
                        n=len(records), text=text, span=span
                    )
                else:
                    said = self._nothing_found(text, span)
            except VaultDamaged as exc:  # the search index, not the records: say so here
                records, said = [], str(exc)
            self.summary.setText(said)
        else:
            records = self._journal.records_between(start, end)
            records.reverse()  # newest first
            if len(records) == 1:
                self.summary.setText(self.tr("1 record {span}.").format(span=span))
            elif records:
                self.summary.setText(
                    self.tr("{n} records {span}.").format(n=len(records), span=span)
                )
            else:
                self.summary.setText(self.tr("Nothing recorded {span}.").format(span=span))
        self.list.clear()
        for record in records:
            when = when_label(record, with_date=True)
            item = QListWidgetItem(f"{when}\n{describe_record(record, with_time=False)}")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(kind_label(record.kind))
            self.list.addItem(item)
            if record.id == selected:
                self.list.setCurrentItem(item)
        self._selection_changed()

    def _nothing_found(self, text: str, span: str) -> str:
        """Nothing in the days shown; say so, and whether other days hold it."""
        elsewhere = self._journal.count_matching(text)
        if not elsewhere:
            return self.tr("Nothing found for “{text}”.").format(text=text)
        return self.tr(
            "Nothing found for “{text}” {span}. Other days hold {n}: change From or To to see them."
        ).format(text=text, span=span, n=elsewhere)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, record_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.list.setCurrentRow(row)
                return True
        return False

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- the editor ------------------------------------------------------------

    @Slot()
    def new_entry(self) -> None:
        self._show(None, RecordKind.ENTRY)

    @Slot()
    def open_current(self) -> None:
        """The chosen record, to read (Edit is one key away)."""
        record_id = self.current_id()
        if record_id is None:
            return
        try:
            record = self._journal.get(record_id)
        except KnownError:  # deleted elsewhere meanwhile
            self.refresh()
            return
        self.open_record(record)

    def open_record(self, record: AnyRecord, status: str = "") -> RecordReader:
        """Show ``record`` read-only, with Edit (and ``status``, "Saved.", beside it)."""
        self.flush_drafts()
        self.reader.show_record(record, status)
        self.editor_title.setText(kind_label(record.kind))
        self.stack.setCurrentWidget(self.reader)
        self.reader.focus_first()
        return self.reader

    @Slot(object)
    def edit_record(self, record: AnyRecord) -> RecordForm:
        """``record`` in the form of its kind, to change it."""
        return self._show(record, record.kind)

    def _show(self, record: AnyRecord | None, kind: RecordKind) -> RecordForm:
        self.flush_drafts()
        self._editing_record = record
        form = self.form(kind)
        if record is None:
            form.reset()
            self.editor_title.setText(self.tr("New entry"))
        else:
            form.load(record)
            self.editor_title.setText(kind_label(kind))
        self.stack.setCurrentWidget(form)
        if form is self.entry:
            self._entry_id = record.id if record else None
            self._prompt_wanted()
            self._baseline = self.entry.state()
            draft = self._load_entry_draft(record.id if record else None)
            if draft is not None:
                self.entry.set_state(draft)
            self._flushed = draft
            self._journal.save_draft(DRAFT_OPEN, record.id if record else "new")
        form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        return form

    def form(self, kind: RecordKind) -> RecordForm:
        """The editor for records of ``kind``, made on first use."""
        form = self.forms.get(kind)
        if form is None:
            form = FORM_TYPES[kind](self._journal)
            form.set_people(self._people)
            form.saved.connect(self._saved)
            form.cancelled.connect(self._cancelled)
            if kind in REFLECTED:
                self.reflections.attach(form, REFLECTED[kind])
            self.forms[kind] = form
            self.stack.addWidget(form)
            self._only_current_counts()
        return form

    @Slot()
    def _only_current_counts(self) -> None:
        """A stack is as wide as its widest page; let only the shown form claim space."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            assert page is not None
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.adjustSize()

    @Slot()
    def _prompt_wanted(self) -> None:
        """A prompt over a new entry while its page is still empty."""
        self.prompt_line.set_wanted(
            self.stack.currentWidget() is self.entry
            and self._entry_id is None
            and not self.entry.text.toPlainText().strip()
        )

    def _close_editor(self) -> None:
        if self.stack.currentWidget() is self.entry:
            self._forget_entry_draft()
        self.stack.setCurrentWidget(self.placeholder)
        self.editor_title.setText("")

    def _may_discard_entry(self) -> bool:
        """Writing is never thrown away without asking once."""
        if self.entry.state() == self._baseline:
            return True
        return self._dialogs.ask_yes_no(
            self,
            self.tr("Put this writing away?"),
            self.tr("What you changed here will not be kept. Save it first if you want it."),
        )

    def _saved(self, record: AnyRecord) -> None:
        self._close_editor()
        self.search.blockSignals(True)
        if not self.search.text().strip() and isinstance(record, JournalEntry):
            # Show the day of the entry, so the user sees what they saved.
            if _qdate(record.day) > self.end.date():
                self.end.setDate(_qdate(record.day))
            if _qdate(record.day) < self.start.date():
                self.start.setDate(_qdate(record.day))
        self.search.blockSignals(False)
        self.refresh()
        self.select(record.id)
        self.open_record(record, self.tr("Saved."))  # what was saved, to read
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _cancelled(self) -> None:
        """Back to reading the record that was being changed (or to nothing, for a new one)."""
        editing = self._editing_record
        self._close_editor()
        if editing is not None:
            with contextlib.suppress(KnownError):  # deleted meanwhile: nothing to read
                self.open_record(self._journal.get(editing.id))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- deleting --------------------------------------------------------------

    @Slot()
    def delete_current(self) -> None:
        """Ask once; on Yes the record is deleted for real (row and search text)."""
        record_id = self.current_id()
        if record_id is None:
            return
        if not ask_to_delete(self._dialogs, self):
            return
        with contextlib.suppress(KnownError):  # already gone is gone
            self._journal.delete(record_id)
        form = self.stack.currentWidget()
        if isinstance(form, RecordForm) and form.editing and form.editing.id == record_id:
            self._close_editor()
        if form is self.reader and self.reader.record and self.reader.record.id == record_id:
            self._close_editor()
        self._journal.discard_draft(entry_draft_key(record_id))
        row = self.list.currentRow()
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    # -- drafts ----------------------------------------------------------------

    def _editing_entry_id(self) -> str | None:
        return self._entry_id

    @Slot()
    def flush_drafts(self) -> None:
        """Save what is typed in the entry editor into the encrypted store, if it changed."""
        if self.stack.currentWidget() is not self.entry:
            return
        state = self.entry.state()
        if state == self._flushed:
            return
        key = entry_draft_key(self._editing_entry_id())
        if state == self._baseline:
            self._journal.discard_draft(key)
        else:
            self._journal.save_draft(key, json.dumps(state, ensure_ascii=False))
        self._flushed = state

    def _load_entry_draft(self, record_id: str | None) -> dict[str, Any] | None:
        raw = self._journal.load_draft(entry_draft_key(record_id))
        if raw is None:
            return None
        try:
            state = json.loads(raw)
        except ValueError:
            return None
        return state if isinstance(state, dict) else None

    def _forget_entry_draft(self) -> None:
        self._journal.discard_draft(entry_draft_key(self._editing_entry_id()))
        self._journal.discard_draft(DRAFT_OPEN)
        self._flushed = None

    def _restore_draft(self) -> None:
        """Reopen the entry that was being written when the page was last closed."""
        which = self._journal.load_draft(DRAFT_OPEN)
        if which is None:
            return
        if which == "new":
            if self._load_entry_draft(None) is not None:
                self._show(None, RecordKind.ENTRY)
                self.editor_title.setText(self.tr("New entry (restored)"))
            return
        try:
            record = self._journal.get(which)
        except KnownError:
            self._journal.discard_draft(DRAFT_OPEN)
            return
        if isinstance(record, JournalEntry) and self._load_entry_draft(record.id) is not None:
            self._show(record, RecordKind.ENTRY)
            self.editor_title.setText(self.tr("Journal entry (restored)"))
