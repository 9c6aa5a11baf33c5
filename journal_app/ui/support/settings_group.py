"""The Support group of Settings: prompts, reduced motion, crisis-line country, reminders.

Prompts, reduced motion and the country are kept encrypted in the journal's
state. The reminder (on, its time, at login) is needed while the journal is
locked, so it is saved in plain settings.json (no content) and announced
through ``changed`` for the window to apply.

Signals:
    SupportGroup.changed(object): the new ``Settings`` after a reminder change.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QTimeEdit

from journal_app.services.crisis_lines import CrisisLinesUnreadable, load_crisis_lines
from journal_app.services.reminders import parse_time, remove_autostart, write_autostart
from journal_app.services.support import (
    SupportSettings,
    load_support_settings,
    save_support_settings,
)
from journal_app.ui.layout import wrap_label


class SupportGroup(QGroupBox):
    changed = Signal(object)

    def __init__(self, journal: Any) -> None:
        super().__init__()
        self.setTitle(self.tr("Support"))
        self._journal = journal
        self._loading = True
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.prompts = QCheckBox(self.tr("Offer &writing prompts"))
        self.reduced_motion = QCheckBox(self.tr("Reduce &motion (the breathing guide keeps still)"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Crisis lines for"))
        self.country.addItem(self.tr("Not chosen"), "")
        try:
            countries = load_crisis_lines()
        except CrisisLinesUnreadable:
            countries = {}
        for code, country in sorted(countries.items(), key=lambda kv: kv[1].name):
            self.country.addItem(country.name, code)
        form.addRow(self.prompts)
        form.addRow(self.reduced_motion)
        form.addRow(self.tr("Crisis &lines for"), self.country)
        self.reminder = QCheckBox(self.tr("&Remind me to check in each day"))
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.at_login = QCheckBox(
            self.tr("Start at lo&gin, minimised and locked, so it can remind me")
        )
        form.addRow(self.reminder)
        form.addRow(self.tr("At &this time"), self.reminder_time)
        form.addRow(self.at_login)
        self.note = wrap_label(
            self.tr(
                "A reminder says only “A moment to check in, if you would like.” Nothing from "
                "your journal, and with the neutral title on, not the app's name either. It "
                "comes while the app is open."
            )
        )
        form.addRow(self.note)
        for box in (self.prompts, self.reduced_motion):
            box.toggled.connect(self._save_private)
        self.country.currentIndexChanged.connect(self._save_private)
        self.reminder.toggled.connect(self._save_reminder)
        self.reminder_time.timeChanged.connect(self._save_reminder)
        self.at_login.toggled.connect(self._save_reminder)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._loading = True
        support = load_support_settings(self._journal)
        self.prompts.setChecked(support.prompts)
        self.reduced_motion.setChecked(support.reduced_motion)
        self.country.setCurrentIndex(max(0, self.country.findData(support.country)))
        settings = self._journal.settings
        self.reminder.setChecked(settings.reminder_enabled)
        at = parse_time(settings.reminder_time)
        if at is not None:
            self.reminder_time.setTime(QTime(at.hour, at.minute))
        self.at_login.setChecked(settings.reminder_at_login)
        self._enable()
        self._loading = False

    def _enable(self) -> None:
        on = self.reminder.isChecked()
        self.reminder_time.setEnabled(on)
        self.at_login.setEnabled(on)

    @Slot()
    def _save_private(self) -> None:
        if self._loading:
            return
        save_support_settings(
            self._journal,
            SupportSettings(
                prompts=self.prompts.isChecked(),
                reduced_motion=self.reduced_motion.isChecked(),
                country=str(self.country.currentData() or ""),
            ),
        )

    @Slot()
    def _save_reminder(self) -> None:
        if self._loading:
            return
        self._enable()
        settings = replace(
            self._journal.settings,
            reminder_enabled=self.reminder.isChecked(),
            reminder_time=self.reminder_time.time().toString("HH:mm"),
            reminder_at_login=self.reminder.isChecked() and self.at_login.isChecked(),
        )
        try:
            if settings.reminder_at_login:
                write_autostart(self._journal.data_dir, settings.neutral_title)
            else:
                remove_autostart()
        except OSError as exc:
            settings = replace(settings, reminder_at_login=False)
            self._loading = True
            self.at_login.setChecked(False)
            self._loading = False
            self.note.setText(
                self.tr(
                    "The login entry could not be written ({problem}); that part stays off."
                ).format(problem=exc.strerror or type(exc).__name__)
            )
        self._journal.save_settings(settings)
        self.changed.emit(settings)
