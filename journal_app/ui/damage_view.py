"""The page shown when the journal's files are damaged: what is wrong, and the way back.

Calm and plain: what happened in a sentence, that nothing was overwritten or
deleted, and the newest backup that passes every check, with one button to
put it back (the damaged files are moved aside, never deleted). When no
backup opens with the journal's key (the key record itself is damaged, or
the backups are from before a passphrase change), a passphrase looks again.

The page only shows and asks; the window runs the slow steps on the pool.

Signals:
    DamageView.restore_requested: put the offered backup back.
    DamageView.search_requested(str): look again, with this passphrase.
    DamageView.open_requested: open the journal as it is (only when it still opens).
    DamageView.quick_exit_requested: the Quick exit button (as on the locked screen).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal_app.ui.layout import (
    apart_row,
    busy_bar,
    hidden_row,
    labelled,
    password_field,
    right_row,
    text_page,
    wrap_label,
)
from journal_app.ui.locking import QUICK_EXIT_KEYS, quick_exit_button, quick_exit_tip
from journal_app.ui.page_stack import centred_pages

PAGE_WIDTH = 600


def made_label(made: datetime, *, short: bool = False) -> str:
    """``Friday 27 November 2026, 08:30`` (``short``: ``Fri 27 Nov 2026, 08:30``) in the
    person's locale."""
    locale = QLocale()
    shape = "ddd d MMM yyyy" if short else "dddd d MMMM yyyy"
    day = locale.toString(QDate(made.year, made.month, made.day), shape)
    time = locale.toString(QTime(made.hour, made.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


class DamageView(QWidget):
    """Signals:
    restore_requested: put the offered backup back.
    search_requested(str): look for a backup that opens with this passphrase.
    open_requested: open the journal as it is.
    """

    restore_requested = Signal()
    search_requested = Signal(str)
    open_requested = Signal()
    quick_exit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damage")
        self.busy = busy_bar(self.tr("Working"))
        self.busy.setMaximumWidth(240)
        self.pages = centred_pages(self, PAGE_WIDTH, self.busy)
        page, lay = text_page(self.tr("Part of your journal cannot be read"))
        lay.setSpacing(12)
        self.problem = wrap_label()
        self.problem.setAccessibleName(self.tr("What is wrong"))
        lay.addWidget(self.problem)
        lay.addWidget(
            wrap_label(
                self.tr(
                    "Nothing was overwritten or deleted: the files are exactly as they were "
                    "found. Your backups are checked before one is offered here."
                )
            )
        )
        self.status = wrap_label()
        self.status.setAccessibleName(self.tr("Backup"))
        lay.addWidget(self.status)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_requested)
        self.open_button = QPushButton(self.tr("&Open it as it is"))
        self.open_button.setFlat(True)
        self.open_button.setToolTip(
            self.tr("To copy out what you wrote since the backup; the damage stays.")
        )
        self.open_button.clicked.connect(self.open_requested)
        self.action_row = hidden_row(apart_row(self.open_button, self.restore_button))
        lay.addWidget(self.action_row)

        self.passphrase = password_field(self.tr("Passphrase to look for a backup"))
        self.search_button = QPushButton(self.tr("&Look for a backup"))
        self.search_button.clicked.connect(self._search)
        self.passphrase.returnPressed.connect(self._search)
        self.search_note = wrap_label()
        self.search_label = labelled(self.tr("&Passphrase"), self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.search_button)
        self.search_box = hidden_row(row)
        self.search_parts = (self.search_note, self.search_label, self.search_box)
        for part in self.search_parts:
            lay.addWidget(part)
        lay.addStretch(1)
        self.pages.addWidget(page)
        self._show_search(False)
        self.quick_exit_button = quick_exit_button(QUICK_EXIT_KEYS)
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addLayout(right_row(self.quick_exit_button))

    def set_quick_exit_keys(self, keys: str) -> None:
        self.quick_exit_button.setToolTip(quick_exit_tip(keys))

    # -- what the window tells it ----------------------------------------------------

    def set_problem(self, text: str) -> None:
        self.problem.setText(text)

    def searching(self) -> None:
        self._working(self.tr("Looking for the newest backup that passes every check…"))
        self.action_row.hide()
        self._show_search(False)

    def show_report(self, report: Any) -> None:
        """A ``services.restoring.DamageReport``: offer its backup, or ask for a passphrase."""
        self._idle()
        self.set_problem(report.problem)
        candidate = report.candidate
        self.open_button.setVisible(bool(report.opens))
        if candidate is not None:
            self.status.setText(
                self.tr(
                    "The newest backup that passes every check is from {when}. Restoring it "
                    "puts your journal back as it was then; the damaged files are kept aside "
                    "in the journal's folder, not deleted."
                ).format(when=made_label(candidate.made))
            )
            self.action_row.show()
            self.restore_button.setFocus()
            self._show_search(False)
            return
        self.action_row.setVisible(bool(report.opens))
        self.restore_button.hide()
        self.status.setText(
            self.tr(
                "No backup that opens with your passphrase passes every check, or there is "
                "none yet."
            )
            if report.opens or report.searched_with_key
            else self.tr("Type your passphrase to look for a backup that opens with it.")
        )
        self.search_note.setText(
            self.tr(
                "If you changed your passphrase after a backup was made, type the passphrase "
                "you used then to look again."
            )
            if report.searched_with_key or report.opens
            else ""
        )
        self._show_search(True)
        self.passphrase.setFocus()

    def restoring(self) -> None:
        self._working(self.tr("Putting the backup back…"))
        self.action_row.hide()

    def failed(self, text: str) -> None:
        """A step did not work; the files are as they were."""
        self._idle()
        self.status.setText(text)
        self.action_row.show()

    # -- inside ------------------------------------------------------------------------

    @Slot()
    def _search(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self.busy.isVisible():
            return
        self.passphrase.clear()
        self.search_requested.emit(passphrase)

    def _show_search(self, shown: bool) -> None:
        for part in self.search_parts:
            part.setVisible(shown)
        self.search_note.setVisible(shown and bool(self.search_note.text()))

    def _working(self, text: str) -> None:
        self.status.setText(text)
        self.busy.show()
        for button in (self.restore_button, self.search_button, self.open_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.busy.hide()
        self.restore_button.show()
        for button in (self.restore_button, self.search_button, self.open_button):
            button.setEnabled(True)
