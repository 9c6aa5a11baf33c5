"""Settings → Backups: the list, Back up now, Save a copy elsewhere…, Restore….

Backups are made by themselves (the first opening of each day, closing the
app after changes); this group shows them and does the rest by hand. Every
backup is written and checked on the pool, never on the UI thread. Restoring
is the window's work (it closes the journal first): the group asks once,
calmly, and hands the chosen file on.

Signals:
    BackupsSection.restore_requested(object): the ``Path`` of the backup to put back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.backup_words import reason_label, size_label
from journal_app.errors import KnownError
from journal_app.storage.rotation import Reason
from journal_app.ui.announce import show_status
from journal_app.ui.damage_view import made_label
from journal_app.ui.dialog_tasks import on_own_connection
from journal_app.ui.dialogs import DialogService
from journal_app.ui.layout import wrap_label

SUFFIX = ".jbak"
VISIBLE_ROWS = 6


class BackupsSection(QGroupBox):
    """Signals:
    restore_requested(object): the ``Path`` of the backup the person chose to put back.
    """

    restore_requested = Signal(object)

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        runner: Any,
        parent: QWidget | None = None,
        *,
        home: Callable[[], Path] = Path.home,
    ) -> None:
        super().__init__(self.tr("Backups"), parent)
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner
        self._home = home
        self.busy = False
        lay = QVBoxLayout(self)
        lay.addWidget(
            wrap_label(
                self.tr(
                    "A backup is made when you first open the journal each day and when you "
                    "close the app after changes; those of the last 7 days and 8 weeks are "
                    "kept. Each is checked before older ones go. Backups are encrypted: each "
                    "opens with the passphrase that was current when it was made."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)  # larger text on a small screen: wrap, never cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._update_buttons)
        lay.addWidget(self.list)
        self.now_button = QPushButton(self.tr("Back up &now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.copy_button = QPushButton(self.tr("&Save a copy elsewhere…"))
        self.copy_button.setToolTip(
            self.tr("A backup file to keep somewhere else, on a USB stick for example")
        )
        self.copy_button.clicked.connect(self.save_copy)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Put the chosen backup back in place"))
        self.restore_button.clicked.connect(self.restore_chosen)
        self.file_button = QPushButton(self.tr("Restore from a &file…"))
        self.file_button.clicked.connect(self.restore_file)
        first = QHBoxLayout()
        first.addWidget(self.now_button)
        first.addWidget(self.copy_button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addStretch(1)
        second.addWidget(self.file_button)
        second.addWidget(self.restore_button)
        lay.addLayout(first)
        lay.addLayout(second)
        self.status = wrap_label()
        self.status.setAccessibleName(self.tr("Backups status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.refresh()

    # -- the list --------------------------------------------------------------------

    @Slot()
    def refresh(self, choose: Path | None = None) -> None:
        """List the backups again, keeping the one chosen (or choosing ``choose``)."""
        chosen = choose or self.chosen()
        self.list.clear()
        backups = self._journal.backups()
        for backup in backups:
            text = self.tr("{when} · {size} · {why}").format(
                when=made_label(backup.made, short=True),
                size=size_label(backup.size),
                why=reason_label(backup.reason),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if not backups:
            empty = QListWidgetItem(self.tr("No backup yet: the first is made today."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        rows = [i for i in range(self.list.count()) if self._path_at(i) == chosen]
        self.list.setCurrentRow(rows[0] if rows else (0 if backups else -1))
        self._fit_height()
        self._update_buttons()

    def _fit_height(self) -> None:
        """Tall enough for a few rows (at least three, at most six) at the current text size."""
        one = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        shown = min(max(self.list.count(), 3), VISIBLE_ROWS)
        self.list.setFixedHeight(one * shown + 2 * self.list.frameWidth() + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    def _path_at(self, row: int) -> Path | None:
        item = self.list.item(row)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def chosen(self) -> Path | None:
        return self._path_at(self.list.currentRow())

    @Slot()
    def _update_buttons(self) -> None:
        free = not self.busy
        for button in (self.now_button, self.copy_button, self.file_button):
            button.setEnabled(free)
        self.restore_button.setEnabled(free and self.chosen() is not None)

    # -- making ------------------------------------------------------------------------

    @Slot()
    def back_up_now(self) -> None:
        if self.busy:
            return
        self._run(
            self._journal.backup_job(Reason.MANUAL),
            lambda backup: self.tr("Backed up and checked: {when}.").format(
                when=made_label(backup.made)
            ),
        )

    @Slot()
    def save_copy(self) -> None:
        if self.busy:
            return
        suggested = self._home() / f"journal-backup-{date.today().isoformat()}{SUFFIX}"
        path = self._dialogs.ask_save_path(
            self,
            self.tr("Save a copy of the journal (encrypted)"),
            suggested,
            self.tr("Journal backup (*.jbak)"),
        )
        if path is None:
            return
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self._run(
            on_own_connection(self._journal, lambda journal: journal.save_copy(path)),
            lambda saved: self.tr(
                "Saved and checked: {path}. It is encrypted and opens with the passphrase "
                "you use now."
            ).format(path=saved),
        )

    def _run(self, job: Callable[[], Any], said: Callable[[Any], str]) -> None:
        self._set_busy(True)
        self.status.setText(self.tr("Backing up…"))

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                show_status(self.status, said(result))
                self.refresh(getattr(result, "path", None))

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                show_status(self.status, self._words_for(exc))
                self.refresh()

        self._runner.run(job, done, failed)

    def _words_for(self, exc: BaseException) -> str:
        if isinstance(exc, KnownError):
            return self.tr("No backup was made: {problem}").format(problem=exc)
        return self.tr("No backup was made: something went wrong inside the app.")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    # -- restoring ---------------------------------------------------------------------

    @Slot()
    def restore_chosen(self) -> None:
        path = self.chosen()
        if path is None or self.busy:
            return
        item = self.list.currentItem()
        self._confirm_restore(path, item.text().split(" · ")[0] if item else path.name)

    @Slot()
    def restore_file(self) -> None:
        if self.busy:
            return
        path = self._dialogs.ask_open_path(
            self, self.tr("Choose a backup to restore"), self.tr("Journal backup (*.jbak)")
        )
        if path is not None:
            self._confirm_restore(path, path.name)

    def _confirm_restore(self, path: Path, what: str) -> None:
        agreed = self._dialogs.ask_yes_no(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Put back the backup from {what}?\n\nYour journal as it is now is kept aside "
                "in the journal's folder, not deleted. Afterwards the journal locks: open it "
                "with the passphrase that was current when this backup was made."
            ).format(what=what),
        )
        if agreed:
            self.restore_requested.emit(path)
