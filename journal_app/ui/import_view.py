"""Bring your history: import from Daylio, Day One, Bearable, Pixels, jrnl or this app.

Three steps, and nothing is written before the last one: choose the kind and
the file; see what the file holds (the dry run, read off the UI thread);
import only when the person says so (one transaction, on the worker's own
connection). Daylio mood labels without a score go through a small mapping
step first: one row per mood found, each with a 1–10 score picker.

Each kind says in one line where that app keeps its export. The file chosen
is not encrypted; after the import the person may have it deleted (off by
default). The dialog's body scrolls, so at 800×600 with larger text nothing
overlaps and every mood row can be reached.

``ImportSection`` is the group on the Settings page that opens the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QRect, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import KnownError
from journal_app.exchange.importers import (
    ImportKind,
    ImportPlan,
    MoodLabelsNeeded,
    apply,
    read_import,
)
from journal_app.exchange.importers.moods import DEFAULT_MOOD_MAP
from journal_app.exchange.wording import month
from journal_app.ui.announce import show_status
from journal_app.ui.dialog_tasks import on_own_connection, unless_closed
from journal_app.ui.dialogs import DialogService
from journal_app.ui.layout import right_row
from journal_app.ui.tasks import TaskRunner

NOT_CHOSEN = 0  # a score picker's value before the person has chosen


class ImportDone:
    """What the worker hands back after an import: the store's answer and the source file's fate.

    Attributes:
        result: the ``AddResult`` of the transaction.
        deleted: the original file was deleted as the person asked.
        delete_problem: why it could not be deleted (None when it was, or was not asked).
    """

    def __init__(self, result: Any, deleted: bool = False, delete_problem: str | None = None):
        self.result = result
        self.deleted = deleted
        self.delete_problem = delete_problem


def import_and_delete(journal: Any, plan: ImportPlan, path: Path | None) -> ImportDone:
    """Add ``plan`` in one transaction; then, if ``path`` is given, delete that file.

    The file is deleted only after the records are safely stored, and only
    when the person asked: it is the unencrypted copy of what is now in the
    journal.
    """
    result = apply(journal, plan)
    if path is None:
        return ImportDone(result)
    try:
        path.unlink()
    except FileNotFoundError:
        return ImportDone(result, deleted=True)
    except OSError as exc:
        return ImportDone(result, delete_problem=exc.strerror or type(exc).__name__)
    return ImportDone(result, deleted=True)


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # words from a file are never markup
    if name:
        label.setObjectName(name)
    return label


class ImportDialog(QDialog):
    """Choose a file, see what it holds, then bring it in.

    Signals:
        imported(object): the ``AddResult`` after an import (pages refresh on it).
    """

    imported = Signal(object)

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        parent: QWidget | None = None,
        *,
        runner: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bring your history"))
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner if runner is not None else TaskRunner(self)
        self._path: Path | None = None
        self._plan: ImportPlan | None = None
        self._filling = False
        self._sized = False
        self.busy = False
        self.score_pickers: dict[str, QSpinBox] = {}
        self._build()
        self._update_buttons()

    # -- building ----------------------------------------------------------------

    def _kinds(self) -> list[tuple[ImportKind, str, str, str]]:
        """(kind, button text, where that app keeps its export, file filter) per kind."""
        return [
            (
                ImportKind.DAYLIO,
                self.tr("&Daylio"),
                self.tr(
                    "In Daylio: More → Export entries (a CSV file), or More → Backup & restore "
                    "(a .daylio file)."
                ),
                self.tr("Daylio files (*.csv *.daylio);;All files (*)"),
            ),
            (
                ImportKind.DAYONE,
                self.tr("Day &One"),
                self.tr(
                    "In Day One: Settings → Import/Export → Export → JSON. Choose the ZIP it "
                    "makes, or the Journal.json inside it."
                ),
                self.tr("Day One export (*.zip *.json);;All files (*)"),
            ),
            (
                ImportKind.BEARABLE,
                self.tr("&Bearable"),
                self.tr(
                    "In Bearable: the menu at the top right, then the share icon: it exports a "
                    "CSV file."
                ),
                self.tr("Bearable export (*.csv);;All files (*)"),
            ),
            (
                ImportKind.PIXELS,
                self.tr("&Pixels"),
                self.tr("In Pixels: Settings → Export Pixels data (a .json file)."),
                self.tr("Pixels backup (*.json);;All files (*)"),
            ),
            (
                ImportKind.JRNL,
                self.tr("j&rnl"),
                self.tr("A file made with “jrnl --format json”."),
                self.tr("jrnl JSON (*.json);;All files (*)"),
            ),
            (
                ImportKind.JSON,
                self.tr("This &app"),
                self.tr("A JSON export made by this app (Export, as JSON)."),
                self.tr("Journal export (*.json);;All files (*)"),
            ),
        ]

    def _build(self) -> None:
        intro = _label(
            self.tr(
                "Bring in what you kept in another app. First you see what the file holds; "
                "nothing is added until you choose Import, and nothing is added twice."
            )
        )

        kind_box = QGroupBox(self.tr("What kind of file is it?"))
        kind_grid = QGridLayout(kind_box)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[ImportKind, QRadioButton] = {}
        self.kind_help: dict[ImportKind, str] = {}
        self._filters: dict[ImportKind, str] = {}
        for n, (kind, text, where, filters) in enumerate(self._kinds()):
            button = QRadioButton(text)
            button.setToolTip(where)
            button.setAccessibleDescription(where)
            self.kinds.addButton(button)
            kind_grid.addWidget(button, n // 2, n % 2)
            self.kind_buttons[kind] = button
            self.kind_help[kind] = where
            self._filters[kind] = filters
        self.kind_hint = _label(name="import_kind_hint")
        kind_grid.addWidget(self.kind_hint, (len(self.kind_buttons) + 1) // 2, 0, 1, 2)
        self.kind_buttons[ImportKind.DAYLIO].setChecked(True)
        self.kind_hint.setText(self.kind_help[ImportKind.DAYLIO])
        self.kinds.buttonToggled.connect(self._kind_toggled)

        self.file_label = _label(self.tr("No file chosen yet."), "import_file")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose a &file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)

        self.moods_box = QGroupBox(self.tr("Your Daylio moods"))
        moods_layout = QVBoxLayout(self.moods_box)
        self.moods_note = _label(name="import_moods_note")
        moods_layout.addWidget(self.moods_note)
        # Every mood gets its row: the dialog's body scrolls, the table never does.
        self.moods_grid_holder = QWidget()
        self.moods_grid = QGridLayout(self.moods_grid_holder)
        self.moods_grid.setContentsMargins(0, 0, 0, 0)
        self.moods_grid.setColumnStretch(2, 1)
        self.moods_grid.setHorizontalSpacing(24)
        moods_layout.addWidget(self.moods_grid_holder)
        self.use_scores_button = QPushButton(self.tr("&Use these scores"))
        self.use_scores_button.clicked.connect(self.use_scores)
        moods_layout.addLayout(right_row(self.use_scores_button))
        self.moods_box.hide()

        self.summary = _label(name="import_summary")
        self.summary.hide()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.delete_source = QCheckBox(self.tr("Dele&te the original file after importing"))
        self.delete_source.setChecked(False)
        self.delete_why = _label(
            self.tr(
                "It is not encrypted: anyone who uses this computer could open it. It is "
                "deleted only once everything is safely in your journal."
            ),
            "import_delete_why",
        )
        self.delete_source.setAccessibleDescription(self.delete_why.text())
        self.delete_why.setContentsMargins(24, 0, 0, 0)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status = _label(name="import_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(intro)
        body_layout.addWidget(kind_box)
        body_layout.addLayout(file_row)
        body_layout.addWidget(self.moods_box)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.delete_source)
        body_layout.addWidget(self.delete_why)
        body_layout.addWidget(self.progress)
        body_layout.addWidget(self.status)
        body_layout.addStretch(1)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setWidget(body)
        self._body = body
        self.body_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take focus
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.import_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = right_row(self.close_button, self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.use_scores_button, self.delete_source)
        QWidget.setTabOrder(self.delete_source, self.close_button)
        QWidget.setTabOrder(self.close_button, self.import_button)
        self.setMinimumWidth(min(560, self._available().width()))

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        """Open at a size that fits the screen: the body scrolls for the rest."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        area = self._available()
        body = self._body.sizeHint()
        chrome = self.sizeHint().height() - self.body_scroll.sizeHint().height()
        # Wide enough for each where-to-find line on one line, as the screen allows.
        metrics = self.kind_hint.fontMetrics()
        reading = max(metrics.horizontalAdvance(h) for h in self.kind_help.values()) + 96
        width = min(max(self.minimumWidth(), body.width() + 40, reading), area.width() - 24)
        height = min(body.height() + chrome + 24, area.height() - 48)
        self.resize(width, max(height, min(360, area.height() - 48)))

    # -- choices -----------------------------------------------------------------

    def chosen_kind(self) -> ImportKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return ImportKind.DAYLIO

    def choose_kind(self, kind: ImportKind | str) -> None:
        self.kind_buttons[ImportKind(kind)].setChecked(True)

    def mood_scores(self) -> dict[str, int]:
        """The scores chosen so far (labels not yet given a score are left out)."""
        return {
            label: picker.value()
            for label, picker in self.score_pickers.items()
            if picker.value() != NOT_CHOSEN
        }

    @Slot(QAbstractButton, bool)
    def _kind_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        self.kind_hint.setText(self.kind_help[self.chosen_kind()])
        self._forget_plan()
        self._clear_moods()
        if self._path is not None:
            self._read()
        else:
            self._update_buttons()

    @Slot()
    def choose_file(self) -> None:
        if self.busy:
            return
        filters = self._filters[self.chosen_kind()]
        path = self._dialogs.ask_open_path(self, self.tr("Choose the file to bring in"), filters)
        if path is None:
            return
        self._path = Path(path)
        self._clear_moods()  # another file's moods may mean something else
        self.file_label.setText(self.tr("File: {name}").format(name=self._path.name))
        self.file_label.setToolTip(str(self._path))  # a long folder would widen the dialog
        self._forget_plan()
        self._read()

    # -- reading (the dry run) ---------------------------------------------------

    def _read(self) -> None:
        path, kind = self._path, self.chosen_kind()
        if path is None:
            return
        scores = self.mood_scores() if kind is ImportKind.DAYLIO else {}

        def job() -> ImportPlan:
            return read_import(kind, path, scores or None)  # only the file: no store

        self._start(self.tr("Reading the file…"))
        self._runner.run(job, self._guarded(self._read_done), self._guarded(self._read_failed))

    def _read_done(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.status.clear()
        if plan.labels_found:
            self._show_moods(plan.labels_found, (), plan.label_scores)
        else:
            self._clear_moods()
        self._set_summary(self._summary_text(plan))
        self._update_buttons()
        if plan.records:
            self.import_button.setFocus()

    def _read_failed(self, exc: BaseException) -> None:
        self._forget_plan()
        if isinstance(exc, MoodLabelsNeeded):
            self._show_moods(exc.labels_found, exc.unmapped)
            self._set_summary("")
            self.status.clear()  # the mood table says what to do, once
            self._update_buttons()
            first = next((p for p in self.score_pickers.values() if p.value() == NOT_CHOSEN), None)
            if first is not None:
                first.setFocus()
            return
        self._clear_moods()
        self._show_error(self.tr("This file could not be read"), exc)

    @Slot()
    def use_scores(self) -> None:
        if self.busy or self._path is None or not self._all_scored():
            return
        self._forget_plan()
        self._read()

    # -- importing ---------------------------------------------------------------

    @Slot()
    def import_now(self) -> None:
        plan = self._plan
        if self.busy or plan is None or not plan.records:
            return
        delete = self._path if self.delete_source.isChecked() else None
        job = on_own_connection(self._journal, lambda j: import_and_delete(j, plan, delete))
        self._start(self.tr("Bringing it in…"))
        self._runner.run(job, self._guarded(self._import_done), self._guarded(self._import_failed))

    def _import_done(self, done: ImportDone) -> None:
        result = done.result
        self._forget_plan()
        self._clear_moods()
        if result.added == 0 and result.skipped:
            lines = [
                self._count(
                    result.skipped,
                    self.tr("Nothing new to add: the 1 record in this file was already in "
                            "your journal, and was left as it was."),
                    self.tr("Nothing new to add: all {n} records in this file were already in "
                            "your journal, and were left as they were."),
                )
            ]  # fmt: skip
        else:
            lines = [
                self._count(
                    result.added,
                    self.tr("1 record was added to your journal."),
                    self.tr("{n} records were added to your journal."),
                )
            ]
        if result.skipped and result.added:
            lines.append(
                self._count(
                    result.skipped,
                    self.tr("1 was already there and was left as it was."),
                    self.tr("{n} were already there and were left as they were."),
                )
            )
        if result.people_added:
            lines.append(
                self._count(
                    result.people_added,
                    self.tr("1 person was added to your journal; see People."),
                    self.tr("{n} people were added to your journal; see People."),
                )
            )
        if done.deleted and self._path is not None:
            lines.append(self.tr("The original file was deleted."))
            self.file_label.setText(self.tr("{name} was deleted.").format(name=self._path.name))
            self._path = None
        elif done.delete_problem:
            lines.append(
                self.tr(
                    "The original file could not be deleted ({reason}); you may want to "
                    "delete it yourself."
                ).format(reason=done.delete_problem)
            )
        self._set_summary("")
        show_status(self.status, " ".join(lines))
        self._update_buttons()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self._show_error(self.tr("Nothing was imported"), exc)

    # -- helpers -----------------------------------------------------------------

    def _guarded(self, then: Callable[[Any], None]) -> Callable[[Any], None]:
        """Run ``then`` on the answer unless the dialog was closed (or locked) meanwhile."""
        return unless_closed(self, self._stop, then, self._forget_plan)

    def _start(self, text: str) -> None:
        self.busy = True
        self.status.setText(text)
        self.progress.show()
        self._update_buttons()

    def _stop(self) -> None:
        self.busy = False
        self.progress.hide()
        self._update_buttons()

    def _set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _forget_plan(self) -> None:
        """The records read from the file are dropped as soon as they are not needed."""
        self._plan = None
        self._set_summary("")
        self._update_buttons()

    def _show_error(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            message = str(exc).removesuffix(" Nothing was imported.")
        elif isinstance(exc, OSError):
            message = self.tr("The file could not be read ({reason}).").format(
                reason=exc.strerror or type(exc).__name__
            )
        else:
            message = self.tr("Something went wrong inside the app.")
        message += " " + self.tr("Nothing was imported; your journal is as it was.")
        self._set_summary("")
        self.status.setText(message)
        self._dialogs.warn(self, title, message)

    def _update_buttons(self) -> None:
        idle = not self.busy
        has_plan = self._plan is not None and bool(self._plan.records)
        self.import_button.setEnabled(idle and has_plan)
        self.import_button.setDefault(has_plan)
        self.choose_button.setEnabled(idle)
        self.delete_source.setEnabled(idle)
        for button in self.kind_buttons.values():
            button.setEnabled(idle)
        self.use_scores_button.setEnabled(idle and self._path is not None and self._all_scored())
        for picker in self.score_pickers.values():
            picker.setEnabled(idle)

    def _all_scored(self) -> bool:
        return bool(self.score_pickers) and all(
            p.value() != NOT_CHOSEN for p in self.score_pickers.values()
        )

    def _clear_moods(self) -> None:
        self.score_pickers = {}
        while self.moods_grid.count():
            item = self.moods_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row in range(self.moods_grid.rowCount()):
            self.moods_grid.setRowStretch(row, 0)
        self.moods_box.hide()

    def _show_moods(
        self,
        labels: tuple[str, ...],
        unmapped: tuple[str, ...],
        known: dict[str, int] | None = None,
    ) -> None:
        """One row per mood found: its name and a 1–10 score picker.

        Prefilled with the person's own choice, else the backup's, else Daylio's default.
        """
        known = {**DEFAULT_MOOD_MAP, **(known or {})}
        chosen = self.mood_scores()
        self._clear_moods()
        self._filling = True
        header_mood = QLabel(self.tr("Mood in Daylio"))
        header_score = QLabel(self.tr("Score here (1 very low, 10 very good)"))
        for header in (header_mood, header_score):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
        self.moods_grid.addWidget(header_mood, 0, 0)
        self.moods_grid.addWidget(header_score, 0, 1)
        for row, label in enumerate(labels, start=1):
            name = QLabel(label.replace("&", "&&"))  # a mood name, not a shortcut key
            name.setTextFormat(Qt.TextFormat.PlainText)
            picker = QSpinBox()
            picker.setRange(NOT_CHOSEN, 10)
            picker.setSpecialValueText(self.tr("Choose"))
            picker.setMinimumWidth(picker.fontMetrics().horizontalAdvance(self.tr("Choose")) + 48)
            picker.setAccessibleName(self.tr("Score for the mood “{mood}”").format(mood=label))
            picker.setToolTip(self.tr("1 is very low, 10 is very good"))
            score = chosen.get(label, known.get(label, NOT_CHOSEN))
            picker.setValue(NOT_CHOSEN if label in unmapped and label not in chosen else score)
            picker.valueChanged.connect(self._score_changed)
            name.setBuddy(picker)
            self.moods_grid.addWidget(name, row, 0)
            self.moods_grid.addWidget(picker, row, 1, Qt.AlignmentFlag.AlignLeft)
            self.score_pickers[label] = picker
        self.moods_grid.setRowStretch(len(labels) + 1, 1)
        # Tab follows what the eye sees: the file button, each mood in turn, then on.
        chain = [
            self.choose_button,
            *self.score_pickers.values(),
            self.use_scores_button,
            self.delete_source,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._filling = False
        if unmapped:
            self.moods_note.setText(
                self.tr(
                    "Daylio lets you name your own moods, so those need a score here, from 1 "
                    "(very low) to 10 (very good), to sit alongside the check-ins you make "
                    "here. Daylio's own moods are filled in already; change any you like, "
                    "then choose “Use these scores”."
                )
            )
        else:
            self.moods_note.setText(
                self.tr(
                    "This is how each mood will be scored here, from 1 (very low) to 10 "
                    "(very good). Change any you like, then choose “Use these scores”."
                )
            )
        self.moods_box.show()
        self._update_buttons()

    @Slot()
    def _score_changed(self) -> None:
        if self._filling:
            return
        if self._plan is not None:
            self._forget_plan()
            self.status.setText(
                self.tr("The scores changed. Choose “Use these scores” to read the file again.")
            )
        self._update_buttons()

    def _count(self, n: int, one: str, many: str) -> str:
        return one if n == 1 else many.format(n=QLocale().toString(n))  # 27,956

    def _day(self, day: date) -> str:
        return self.tr("{day} {month} {year}").format(day=day.day, month=month(day), year=day.year)

    def _summary_text(self, plan: ImportPlan) -> str:
        total = len(plan.records)
        if not total:
            return self.tr("This file holds nothing to bring in.")
        words = {
            "mood": (self.tr("1 mood check-in"), self.tr("{n} mood check-ins")),
            "connection": (self.tr("1 connection moment"), self.tr("{n} connection moments")),
            "alone": (self.tr("1 time alone"), self.tr("{n} times alone")),
            "boundary": (self.tr("1 boundary practised"), self.tr("{n} boundaries practised")),
            "entry": (self.tr("1 journal entry"), self.tr("{n} journal entries")),
        }
        head = self._count(
            total, self.tr("This file holds 1 record"), self.tr("This file holds {n} records")
        )
        if plan.date_range is not None:
            first, last = plan.date_range
            if first == last:
                head += self.tr(", from {day}").format(day=self._day(first))
            else:
                head += self.tr(", from {first} to {last}").format(
                    first=self._day(first), last=self._day(last)
                )
        parts = []
        for kind, number in plan.counts.items():
            one, many = words.get(kind, (kind, "{n} " + kind))
            parts.append(self._count(number, one, many))
        if plan.people:
            parts.append(
                self._count(
                    len(plan.people),
                    self.tr("1 person new to your journal"),
                    self.tr("{n} people new to your journal"),
                )
            )
        listed = parts[-1]
        if len(parts) > 1:
            listed = self.tr("{some} and {last}").format(some=", ".join(parts[:-1]), last=listed)
        lines = [self.tr("{head}: {listed}.").format(head=head, listed=listed)]
        lines.append(
            self.tr(
                "Nothing has been added yet. Anything already in your journal stays as it "
                "is and is not added twice."
            )
        )
        return "\n".join(lines)

    def done(self, result: int) -> None:
        self._forget_plan()
        super().done(result)


class ImportSection(QGroupBox):
    """The Settings group that opens the import dialog.

    Signals:
        imported(object): the ``AddResult`` of an import made from here.
    """

    imported = Signal(object)

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        runner: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Bring your history"), parent)
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner
        self.dialog: ImportDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "Kept a mood diary or journal somewhere else? Bring it in from Daylio, "
                    "Day One, Bearable, Pixels, jrnl or an export of this app. You see what a "
                    "file holds before anything is added."
                )
            )
        )
        self.open_button = QPushButton(self.tr("&Bring your history…"))
        self.open_button.clicked.connect(self.open_dialog)
        layout.addLayout(right_row(self.open_button))

    @Slot()
    def open_dialog(self) -> ImportDialog:
        dialog = ImportDialog(self._journal, self._dialogs, self, runner=self._runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.imported)
        self.dialog = dialog
        dialog.open()
        return dialog
