"""The export dialog: print the summary for therapy, or save it as a file.

Printing is offered first: it writes no file at all. While a file format is
chosen, the dialog says once, plainly, that a saved file is not encrypted;
nothing else repeats it (one warning reads as a warning, four as noise).
The dialog opens on the week the user is looking at.
The export runs off the UI thread (``TaskRunner``) with progress; printing
goes through a ``SummaryPrinter`` seam so no test ever blocks in a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QObject, Signal, Slot
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import RecordKind, local_now
from journal_app.errors import KnownError
from journal_app.exchange.export import (
    SUFFIX,
    ExportData,
    ExportFormat,
    ExportResult,
    check_export_target,
    check_range,
    collect,
    default_range,
    export,
    whole_range,
)
from journal_app.exchange.wording import kind_name
from journal_app.insights import Week
from journal_app.ui.announce import show_status
from journal_app.ui.dialog_tasks import on_own_connection, unless_closed
from journal_app.ui.dialogs import DialogService
from journal_app.ui.layout import right_row
from journal_app.ui.tasks import TaskRunner
from journal_app.ui.widgets import DateTimeEdit

PRINT = "print"
# The summaries for therapy carry only what the user marked to share; the
# spreadsheet and the JSON document hold every record, notes and all.
SUMMARY_FORMATS = (PRINT, ExportFormat.PDF.value, ExportFormat.MARKDOWN.value)
# The summary for therapy on paper (printed, PDF) covers a year at most; Markdown, CSV
# and JSON take any range, or everything.
YEAR_AT_MOST = (PRINT, ExportFormat.PDF.value)
Render = Callable[[QPagedPaintDevice], int]


class SummaryPrinter(Protocol):
    def print_summary(self, parent: QWidget | None, render: Render) -> bool:
        """Ask for a printer and draw on it; False when the user cancelled."""
        ...


class QtSummaryPrinter:
    """The real print dialog; the summary goes straight to the printer, no file."""

    def print_summary(self, parent: QWidget | None, render: Render) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from journal_app.exchange.pdf import setup_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        render(printer)
        return True


class RecordingSummaryPrinter:
    """For tests: draws into a PDF in memory (so the drawing runs) and records the pages."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.printed: list[bytes] = []

    def print_summary(self, parent: QWidget | None, render: Render) -> bool:
        if not self.answer:
            return False
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        render(writer)
        del writer
        buffer.close()
        self.printed.append(bytes(array.data()))
        return True


class _Progress(QObject):
    """Lives on the UI thread; the worker emits, the progress bar follows (queued)."""

    changed = Signal(int, int)


class ExportDialog(QDialog):
    """Choose a range, a format and what to leave out; then print or save.

    Signals:
        finished_export(object): the ``ExportResult`` of a saved file, or None after printing.
    """

    finished_export = Signal(object)

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        parent: QWidget | None = None,
        *,
        runner: Any = None,
        printer: SummaryPrinter | None = None,
        today: Callable[[], date] | None = None,
        week: Week | None = None,
    ) -> None:
        """``week`` is the week the user is looking at: the range starts as that week."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary for therapy"))
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner if runner is not None else TaskRunner(self)
        self._printer: SummaryPrinter = printer if printer is not None else QtSummaryPrinter()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.busy = False
        today_value = (today or (lambda: local_now().date()))()
        if week is not None and week.start <= today_value:
            start, end = week.start, min(week.end, today_value)
        else:
            start, end = default_range(today_value, journal.settings.week_start)
        self._build(start, end, today_value)

    # -- building ----------------------------------------------------------------

    def _build(self, start: date, end: date, today: date) -> None:
        self.start_edit = DateTimeEdit(with_time=False)
        self.end_edit = DateTimeEdit(with_time=False)
        for edit, day, name in (
            (self.start_edit, start, self.tr("From")),
            (self.end_edit, end, self.tr("To")),
        ):
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setAccessibleName(name)
        dates = QFormLayout()
        dates.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.start_label = QLabel(self.tr("&From"))
        self.start_label.setBuddy(self.start_edit)
        self.end_label = QLabel(self.tr("&To"))
        self.end_label.setBuddy(self.end_edit)
        dates.addRow(self.start_label, self.start_edit)
        dates.addRow(self.end_label, self.end_edit)
        self.everything_box = QCheckBox(self.tr("&Everything: the whole journal, every day"))
        self.everything_box.toggled.connect(self._everything_toggled)
        dates.addRow(self.everything_box)
        self.range_note = range_note = QLabel()  # its words follow the format
        range_note.setWordWrap(True)

        self.formats = QButtonGroup(self)
        format_box = QGroupBox(self.tr("How"))
        format_layout = QVBoxLayout(format_box)
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, text in (
            (PRINT, self.tr("&Print it (no file is saved)")),
            (ExportFormat.PDF.value, self.tr("Save as a P&DF file")),
            (ExportFormat.MARKDOWN.value, self.tr("Save as a &Markdown text file")),
            (ExportFormat.CSV.value, self.tr("Save as a &CSV spreadsheet, one row per record")),
            (ExportFormat.JSON.value, self.tr("Save as &JSON, every detail (to import elsewhere)")),
        ):
            button = QRadioButton(text)
            self.formats.addButton(button)
            format_layout.addWidget(button)
            self.format_buttons[key] = button
            button.toggled.connect(self._format_changed)

        options = QGroupBox(self.tr("What to include"))
        options_layout = QVBoxLayout(options)
        self.notes_box = QCheckBox()  # its words follow the format (see _format_changed)
        self.notes_box.setChecked(True)
        self.anonymize_box = QCheckBox(self.tr("Show people only by their circle and &initial"))
        options_layout.addWidget(self.notes_box)
        options_layout.addWidget(self.anonymize_box)
        kinds_row = QHBoxLayout()
        self.kind_boxes: dict[RecordKind, QCheckBox] = {}
        for kind in RecordKind:
            box = QCheckBox(kind_name(kind))
            box.setChecked(True)
            kinds_row.addWidget(box)
            self.kind_boxes[kind] = box
        options_layout.addLayout(kinds_row)

        self.warning = QLabel()
        self.warning.setObjectName("export_warning")
        self.warning.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        self.go_button = QPushButton()
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = right_row(self.close_button, self.go_button)

        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(range_note)
        layout.addWidget(format_box)
        layout.addWidget(options)
        layout.addWidget(self.warning)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.format_buttons[PRINT].setChecked(True)  # printing writes no file: offered first
        self._format_changed()

    # -- choices -----------------------------------------------------------------

    def chosen_format(self) -> str:
        for key, button in self.format_buttons.items():
            if button.isChecked():
                return key
        return PRINT

    def choose_format(self, key: str) -> None:
        self.format_buttons[key].setChecked(True)

    def chosen_range(self) -> tuple[date, date]:
        start, end = self.start_edit.date(), self.end_edit.date()
        return (
            date(start.year(), start.month(), start.day()),
            date(end.year(), end.month(), end.day()),
        )

    def chosen_kinds(self) -> list[RecordKind]:
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]

    def shared_only(self) -> bool:
        """A summary for therapy carries only the notes marked to share."""
        return self.chosen_format() in SUMMARY_FORMATS

    @Slot(bool)
    def _everything_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(not on)
        self.end_edit.setEnabled(not on)

    def everything(self) -> bool:
        """The whole journal (JSON, CSV and Markdown; the summary for therapy keeps a year)."""
        return self.everything_box.isChecked() and self.everything_box.isEnabled()

    @Slot()
    def _format_changed(self) -> None:
        year = self.chosen_format() in YEAR_AT_MOST
        self.everything_box.setEnabled(not year)
        self._everything_toggled(self.everything())
        self.range_note.setText(
            self.tr("Up to a year. The first page shows the latest week.")
            if year
            else self.tr("Any range, or everything: every record and person, to keep or move.")
        )
        self.notes_box.setText(
            self.tr("Notes I &marked to share")
            if self.shared_only()
            else self.tr("&Notes and journal entries")
        )
        if self.chosen_format() == PRINT:
            self.go_button.setText(self.tr("Print…"))
            self.warning.setText(
                self.tr("Printing sends the summary straight to the printer; no file is saved.")
            )
        else:
            self.go_button.setText(self.tr("Save…"))
            self.warning.setText(
                self.tr(
                    "A saved file is not encrypted: anyone who can open it can read it. "
                    "You choose where it goes next; keep it somewhere private and delete it "
                    "when you no longer need it."
                )
            )

    # -- doing -------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        if self.busy:
            return
        start, end = self.chosen_range()
        kinds = self.chosen_kinds()
        fmt = self.chosen_format()
        everything = self.everything()
        if everything:
            start, end = whole_range(self._journal, local_now().date())
        try:
            check_range(start, end, limited=fmt in YEAR_AT_MOST)
        except KnownError as exc:
            self._dialogs.warn(self, self.tr("Choose another range"), str(exc))
            return
        if not kinds:
            self._dialogs.warn(
                self, self.tr("Nothing to include"), self.tr("Tick at least one kind of record.")
            )
            return
        choices: dict[str, Any] = {
            "notes": self.notes_box.isChecked(),
            "anonymize": self.anonymize_box.isChecked(),
            "kinds": kinds,
            "shared_only": self.shared_only(),
        }
        if fmt == PRINT:
            self._run(
                lambda journal: collect(journal, start, end, **choices), self._print_collected
            )
            return
        path = self._ask_path(start, end, ExportFormat(fmt), everything)
        if path is None:
            return
        progress = self._progress.changed.emit
        self._run(
            lambda journal: export(
                journal, start, end, fmt, path, progress=progress, everything=everything, **choices
            ),
            self._saved,
        )

    def _ask_path(
        self, start: date, end: date, fmt: ExportFormat, everything: bool = False
    ) -> Path | None:
        filters = {
            ExportFormat.PDF: self.tr("PDF (*.pdf)"),
            ExportFormat.MARKDOWN: self.tr("Markdown (*.md)"),
            ExportFormat.CSV: self.tr("CSV (*.csv)"),
            ExportFormat.JSON: self.tr("JSON (*.json)"),
        }[fmt]
        name = (
            f"journal-everything-{local_now().date().isoformat()}"
            if everything
            else f"summary-{start.isoformat()}-to-{end.isoformat()}"
        )
        suggested = Path.home() / f"{name}{SUFFIX[fmt]}"
        path = self._dialogs.ask_save_path(self, self.tr("Save the summary as"), suggested, filters)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(SUFFIX[fmt])
        try:
            check_export_target(path, self._journal.data_dir)
        except KnownError as exc:
            self._dialogs.warn(self, self.tr("Choose another place"), str(exc))
            return None
        return path

    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Off the UI thread; a file asked for is written even if the dialog closes meanwhile."""
        self._set_busy(True)
        self.status.setText(self.tr("Working…"))
        self._runner.run(
            on_own_connection(self._journal, work),
            unless_closed(self, self._not_busy, done),
            unless_closed(self, self._not_busy, self._failed),
        )

    def _not_busy(self) -> None:
        self._set_busy(False)

    def _print_collected(self, data: ExportData) -> None:
        from journal_app.exchange.pdf import render_document

        printed = self._printer.print_summary(self, lambda device: render_document(device, data))
        show_status(
            self.status,
            self.tr("Sent to the printer. No file was saved.")
            if printed
            else self.tr("Printing was cancelled."),
        )
        if printed:
            self.finished_export.emit(None)

    def _saved(self, result: ExportResult) -> None:
        # Where it went, plainly; the warning above already said it is not encrypted.
        saved = (
            self.tr("Saved 1 record to {path}.")
            if result.records == 1
            else self.tr("Saved {n} records to {path}.")
        )
        self.status.setText(saved.format(n=result.records, path=result.path))
        self._dialogs.inform(
            self,
            self.tr("Saved"),
            self.tr("The summary is saved to {path}.").format(path=result.path),
        )
        self.finished_export.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = self.tr(
                "The file could not be written ({reason}). Nothing was saved."
            ).format(reason=exc.strerror or type(exc).__name__)
        else:
            message = self.tr("Something went wrong inside the app; nothing was saved.")
        self.status.setText(message)
        self._dialogs.warn(self, self.tr("The summary was not saved"), message)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.go_button.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setValue(0)
