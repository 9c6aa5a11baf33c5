"""Settings: locking, appearance, weeks, support, remembering, passphrase, recovery code.

Every change is saved at once (settings hold no journal content; the ones
that protect go into the encrypted store) and announced through ``changed``
so the window can apply it.

A new passphrase or a new recovery code re-keys the journal (off the UI
thread): afterwards the journal reopens on the new key, a new code is shown
once with Print and Copy, and backups made before are offered for deletion.

Signals:
    SettingsView.changed(object): the new ``Settings``.
    SettingsView.rekeying: a re-key is about to start (save what is typed first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app import i18n
from journal_app.storage.keys import wipe
from journal_app.ui.backups_view import BackupsSection
from journal_app.ui.dialog_tasks import on_own_connection
from journal_app.ui.dialogs import CodePrinter, DialogService
from journal_app.ui.import_view import ImportSection
from journal_app.ui.keyring_store import KeyringStore, kept
from journal_app.ui.labels import language_name
from journal_app.ui.layout import (
    busy_bar,
    hidden_row,
    left_row,
    password_field,
    right_row,
    wrap_label,
)
from journal_app.ui.locking import LOCK_KEYS, valid_shortcut
from journal_app.ui.passphrase_fields import NewPassphraseFields
from journal_app.ui.recovery_code import code_label, code_lines, copy_code, print_code
from journal_app.ui.support.settings_group import SupportGroup
from journal_app.ui.tasks import Runner
from journal_app.ui.theme import Heading


class SettingsView(QWidget):
    """Signals:
    changed(object): the saved ``Settings`` after any change.
    """

    changed = Signal(object)
    rekeying = Signal()

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        runner: Runner,
        keyring: KeyringStore,
        printer: CodePrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner
        self._keyring = keyring
        self._printer = printer
        self._loading = True
        self._busy = False
        self._code = ""

        scroll = self._scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a nameless tab stop
        body = self._body = QWidget()
        self._fit_column()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 16, 24, 24)
        lay.addWidget(Heading(self.tr("Settings")))
        lay.addWidget(self._locking_group())
        lay.addWidget(self._appearance_group())
        self.support = SupportGroup(journal)
        self.support.changed.connect(self.changed)
        lay.addWidget(self.support)
        lay.addWidget(self._remember_group())
        lay.addWidget(self._passphrase_group())
        lay.addWidget(self._recovery_group())
        self.backups = BackupsSection(journal, dialogs, runner)
        lay.addWidget(self.backups)
        lay.addWidget(ImportSection(journal, dialogs, runner))
        lay.addStretch(1)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(body, 1)
        hl.addStretch(0)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.busy = busy_bar(self.tr("Working"))
        outer.addWidget(self.busy)

        self._load(journal.settings)
        self._loading = False

    # A column about this many letters wide (760 px at the usual size): readable lines,
    # and room for a check box's words in a longer language, at any text size.
    COLUMN_LETTERS = 107

    def _fit_column(self) -> None:
        self._body.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * self.COLUMN_LETTERS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_column()

    # -- groups ------------------------------------------------------------------

    def _locking_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking and privacy"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.autolock = QSpinBox()
        self.autolock.setRange(0, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setSpecialValueText(self.tr("Never"))
        self.autolock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.autolock.valueChanged.connect(self._save)
        form.addRow(self.tr("&Lock after this long idle"), self.autolock)
        self.quick_exit = QKeySequenceEdit()
        self.quick_exit.setMaximumSequenceLength(1)
        self.quick_exit.setAccessibleName(self.tr("Quick exit shortcut"))
        self.quick_exit.editingFinished.connect(self._shortcut_edited)
        form.addRow(self.tr("&Quick exit shortcut"), self.quick_exit)
        self.shortcut_note = wrap_label(
            self.tr(
                "Quick exit locks the journal, clears the window and minimises it at once. "
                "Ctrl+L locks without minimising."
            )
        )
        form.addRow(self.shortcut_note)
        self.neutral_title = QCheckBox(self.tr('Use a &neutral window title ("Notes")'))
        self.neutral_title.toggled.connect(self._save)
        form.addRow(self.neutral_title)
        form.addRow(
            wrap_label(
                self.tr(
                    'The window and its dialogs then say "Notes" at once; the name the '
                    "taskbar shows for the app changes the next time it starts."
                )
            )
        )
        return box

    def _appearance_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance and weeks"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Same as the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.currentIndexChanged.connect(self._save)
        form.addRow(self.tr("&Theme"), self.theme)
        self.larger_text = QCheckBox(self.tr("L&arger text"))
        self.larger_text.toggled.connect(self._save)
        form.addRow(self.larger_text)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), i18n.SYSTEM)
        for code in i18n.available_languages():
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Lan&guage"), self.language)
        self.language_note = wrap_label(
            self.tr("The app speaks the language you chose from the next time it starts.")
        )
        self.language_note.hide()
        form.addRow(self.language_note)
        self.week_start = QComboBox()
        self.week_start.addItem(self.tr("Monday"), "monday")
        self.week_start.addItem(self.tr("Sunday"), "sunday")
        self.week_start.setAccessibleName(self.tr("Weeks start on"))
        self.week_start.currentIndexChanged.connect(self._save)
        form.addRow(self.tr("&Weeks start on"), self.week_start)
        return box

    def _remember_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Remember on this device"))
        lay = QVBoxLayout(box)
        self.remember = QCheckBox(self.tr("&Open the journal without typing the passphrase"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        lay.addWidget(self.remember)
        self.remember_note = wrap_label()
        lay.addWidget(self.remember_note)
        self.remember_passphrase, self.remember_button, row = self._passphrase_and_button(
            self.tr("Passphrase to remember"), self.tr("Remember it"), self._remember_now
        )
        self.remember_row = hidden_row(row)
        lay.addWidget(self.remember_row)
        self.remember.toggled.connect(self._remember_toggled)
        return box

    def _passphrase_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change passphrase"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.old_passphrase = password_field(self.tr("Current passphrase"))
        form.addRow(self.tr("C&urrent passphrase"), self.old_passphrase)
        self.passphrase_message = wrap_label()  # also says "not the same yet"
        self.new_fields = NewPassphraseFields(
            label=self.tr("Ne&w passphrase"),
            name=self.tr("New passphrase"),
            again_label=self.tr("Type it a&gain"),
            again_name=self.tr("Type the new passphrase again"),
            mismatch=self.tr("The two new passphrases are not the same yet."),
            note=self.passphrase_message,
            parent=self,
        )
        self.new_passphrase, self.new_confirm = self.new_fields.fields()
        self.new_hint = self.new_fields.hint
        self.new_fields.add_to_form(form)
        self.keep_code = QLineEdit()
        self.keep_code.setAccessibleName(self.tr("Current recovery code, to keep it"))
        self.keep_code.setPlaceholderText(self.tr("Leave empty for a new code"))
        form.addRow(self.tr("Current recovery code (to &keep it)"), self.keep_code)
        form.addRow(
            wrap_label(
                self.tr(
                    "A new passphrase locks the journal with a new key: afterwards the old "
                    "one opens nothing here, not even with a copy of the old key file. Type "
                    "your recovery code to keep it, or leave it empty to get a new one, "
                    "shown once."
                )
            )
        )
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.setEnabled(False)
        self.change_button.clicked.connect(self._change_passphrase)
        form.addRow(right_row(self.change_button))
        form.addRow(self.passphrase_message)
        self.old_passphrase.textChanged.connect(self._check_change)
        self.new_fields.changed.connect(self._check_change)
        return box

    def _recovery_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recovery code"))
        lay = QVBoxLayout(box)
        lay.addWidget(
            wrap_label(
                self.tr(
                    "Make a new recovery code if the old one is lost or someone else may have "
                    "seen it. The journal is locked with a new key, so the old code stops "
                    "working, even with a copy of the old key file."
                )
            )
        )
        self.code_passphrase, self.code_button, row = self._passphrase_and_button(
            self.tr("Passphrase for a new recovery code"),
            self.tr("Show a new recovery &code"),
            self._new_code,
        )
        lay.addLayout(row)
        self.code_label = code_label(1.2, self.tr("New recovery code"))
        lay.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._print_code)
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.copy_button.clicked.connect(self._copy_code)
        self.code_buttons = hidden_row(left_row(self.print_button, self.copy_button))
        lay.addWidget(self.code_buttons)
        self.code_message = wrap_label()
        lay.addWidget(self.code_message)
        self.backup_message = wrap_label()
        lay.addWidget(self.backup_message)
        return box

    def _passphrase_and_button(
        self, name: str, text: str, action: Callable[[], None]
    ) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
        """Type the passphrase, then the button (or Enter) does what it says."""
        field = password_field(name)
        field.setPlaceholderText(self.tr("Your passphrase"))
        button = QPushButton(text)
        button.clicked.connect(action)
        field.returnPressed.connect(action)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return field, button, row

    # -- loading and saving ------------------------------------------------------

    def _load(self, settings: Any) -> None:
        self.autolock.setValue(settings.autolock_minutes)
        self.quick_exit.setKeySequence(QKeySequence(settings.quick_exit_shortcut))
        self.neutral_title.setChecked(settings.neutral_title)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.larger_text.setChecked(settings.larger_text)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.week_start.setCurrentIndex(max(0, self.week_start.findData(settings.week_start)))
        usable, reason = self._keyring.availability()
        remembered = usable and settings.remember_on_device
        self.remember.blockSignals(True)
        self.remember.setChecked(remembered)
        self.remember.blockSignals(False)
        self.remember.setEnabled(usable)
        self.remember_note.setText(
            self.tr(
                "Off unless you choose it. When on, this computer's keyring opens the journal "
                "when you start the app; locking still asks for the passphrase. Anyone who can "
                "use your login could read it, so leave it off on a shared computer."
            )
            if usable
            else reason
        )

    def current(self) -> Any:
        settings = self._journal.settings
        text = self.quick_exit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return replace(
            settings,
            autolock_minutes=self.autolock.value(),
            quick_exit_shortcut=text or settings.quick_exit_shortcut,
            neutral_title=self.neutral_title.isChecked(),
            theme=self.theme.currentData(),
            larger_text=self.larger_text.isChecked(),
            language=self.language.currentData(),
            week_start=self.week_start.currentData(),
        )

    @Slot()
    def _language_chosen(self) -> None:
        # Words are set when each screen is built: a new language takes a fresh start.
        self.language_note.setVisible(self.language.currentData() != i18n.chosen_language())
        self._save()

    @Slot()
    def _save(self) -> None:
        if self._loading:
            return
        settings = self.current()
        self._journal.save_settings(settings)
        self.changed.emit(settings)

    @Slot()
    def _shortcut_edited(self) -> None:
        seq = self.quick_exit.keySequence()
        text = seq.toString(QKeySequence.SequenceFormat.PortableText)
        ok = valid_shortcut(text)
        first = seq[0]  # type: ignore[index]  # QKeySequence is indexable at run time
        bare = ok is not None and first.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        if ok is None or text == LOCK_KEYS or bare:
            self.shortcut_note.setText(
                self.tr(
                    "Choose a key together with Ctrl, Alt or Shift (and not Ctrl+L, which "
                    "already locks). The shortcut was left as it was."
                )
            )
            self._loading = True
            self.quick_exit.setKeySequence(QKeySequence(self._journal.settings.quick_exit_shortcut))
            self._loading = False
            return
        self.shortcut_note.setText(
            self.tr("Quick exit is now %1.").replace(
                "%1", seq.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._save()

    # -- remember on this device ---------------------------------------------------

    @Slot(bool)
    def _remember_toggled(self, on: bool) -> None:
        if on:
            self.remember_row.show()
            self.remember_passphrase.setFocus()
            return
        self.remember_row.hide()
        self.remember_passphrase.clear()
        try:
            self._keyring.forget(self._journal.data_dir)
        except Exception:
            self.remember_note.setText(self.tr("The keyring could not be reached just now."))
        settings = replace(self._journal.settings, remember_on_device=False)
        self._journal.save_settings(settings)
        self.changed.emit(settings)

    @Slot()
    def _remember_now(self) -> None:
        passphrase = self.remember_passphrase.text()
        if not passphrase or self._busy:
            return
        vault, keyring, data_dir = self._journal.vault, self._keyring, self._journal.data_dir

        def work() -> bool:
            wipe(vault.unlock(passphrase))  # checks it; the key itself is not kept
            return kept(keyring, data_dir, passphrase)  # on the pool, like the check

        def done(saved: Any) -> None:
            self._set_busy(False)
            if not saved:
                self.remember_note.setText(
                    self.tr("The keyring could not keep it; the setting stays off.")
                )
                self.remember.setChecked(False)
                return
            self.remember_passphrase.clear()
            self.remember_row.hide()
            settings = replace(self._journal.settings, remember_on_device=True)
            self._journal.save_settings(settings)
            self.remember_note.setText(self.tr("Remembered on this device."))
            self.changed.emit(settings)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.remember_note.setText(self._error_text(exc))

        self._set_busy(True)
        self._runner.run(work, done, failed)

    # -- passphrase and recovery code ----------------------------------------------

    @Slot()
    def _check_change(self) -> None:
        self.new_fields.refresh()
        self.change_button.setEnabled(
            not self._busy and bool(self.old_passphrase.text()) and self.new_fields.is_acceptable()
        )

    @Slot()
    def _change_passphrase(self) -> None:
        if self._busy:
            return
        old, new = self.old_passphrase.text(), self.new_fields.value()
        keep = self.keep_code.text().strip() or None
        journal = self._journal
        remembered = journal.settings.remember_on_device
        keyring, data_dir = self._keyring, journal.data_dir

        def work() -> tuple[Any, bool]:
            """The change, and False when the keyring could not take the new passphrase."""
            changed = journal.change_passphrase(old, new, keep)
            return changed, (kept(keyring, data_dir, new) if remembered else True)

        def done(result: Any) -> None:
            changed, keyring_ok = result
            journal.reopen()
            self._set_busy(False)
            for field in (self.old_passphrase, self.keep_code):
                field.clear()
            self.new_fields.clear()
            if not keyring_ok:
                self._keyring_failed()
            text = self.tr(
                "Your passphrase is changed, and the journal is locked with a new key: the "
                "old passphrase no longer opens it, not even with a copy of the old key file."
            )
            if changed.recovery_code:
                self._show_code(
                    changed.recovery_code,
                    self.tr(
                        "This is your new recovery code; the old one no longer works. "
                        "It is shown only now: print it or write it down, and keep it safe."
                    ),
                )
                text += " " + self.tr("Your new recovery code is shown below.")
            else:
                text += " " + self.tr("Your recovery code stays the same.")
            self.passphrase_message.setText(text)
            self._offer_to_delete(changed)

        def failed(exc: BaseException) -> None:
            journal.reopen()  # in case the change happened and only what came after failed
            self._set_busy(False)
            self.passphrase_message.setText(self._error_text(exc))
            self.old_passphrase.selectAll()
            self.old_passphrase.setFocus()

        self.rekeying.emit()
        self._set_busy(True)
        self._runner.run(work, done, failed)

    def _keyring_failed(self) -> None:
        settings = replace(self._journal.settings, remember_on_device=False)
        self._journal.save_settings(settings)
        self.remember.blockSignals(True)
        self.remember.setChecked(False)
        self.remember.blockSignals(False)
        self.remember_note.setText(
            self.tr("The keyring could not be updated, so it no longer opens the journal.")
        )

    @Slot()
    def _new_code(self) -> None:
        passphrase = self.code_passphrase.text()
        if not passphrase or self._busy:
            return
        journal = self._journal

        def done(changed: Any) -> None:
            journal.reopen()
            self._set_busy(False)
            self.code_passphrase.clear()
            self._show_code(
                changed.recovery_code,
                self.tr(
                    "This is your new recovery code; the old one no longer works, not even "
                    "with a copy of the old key file. Keep it safe."
                ),
            )
            self._offer_to_delete(changed)

        def failed(exc: BaseException) -> None:
            journal.reopen()
            self._set_busy(False)
            self.code_message.setText(self._error_text(exc))

        self.rekeying.emit()
        self._set_busy(True)
        self._runner.run(lambda: journal.new_recovery_code(passphrase), done, failed)

    def _add_backup_note(self, text: str) -> None:
        shown = self.backup_message.text()
        self.backup_message.setText(f"{text}\n{shown}" if shown else text)

    def _show_code(self, code: str, note: str) -> None:
        """A new recovery code, with Print and Copy, in the Recovery code group."""
        self._code = code
        self.code_label.setText(code_lines(code))
        self.code_buttons.show()
        self.code_message.setText(note)
        # Once the newly shown rows have their place: the code and its buttons in view.
        QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(self.backup_message))

    # -- backups made before a re-key ------------------------------------------------

    def _offer_to_delete(self, changed: Any) -> None:
        """Old backups still open with the old secret: say so, and offer to delete them."""
        self.backup_message.clear()
        if changed.replaced:
            self._add_backup_note(
                self.tr(
                    "A restore kept the journal it replaced in %1 (a folder named "
                    "replaced-…). It opens with the passphrase of its time and may hold "
                    "writing that is not in this journal, so it was left as it is."
                ).replace("%1", str(changed.replaced[0].parent))
            )
        count = len(changed.old_backups)
        if not count:
            return
        if count == 1:
            question = self.tr(
                "One backup made before this change still opens with the old passphrase "
                "(or the recovery code of that time). It holds only what was written "
                "before the change."
                "\n\nIf someone else may know the old passphrase, delete it now. A new "
                "backup, locked with your new passphrase, is made first.\n\n"
                "Delete the old backup?"
            )
        else:
            question = self.tr(
                "%n backups made before this change still open with the old passphrase "
                "(or the recovery code of that time). They hold only what was written "
                "before the change."
                "\n\nIf someone else may know the old passphrase, delete them now. A new "
                "backup, locked with your new passphrase, is made first.\n\n"
                "Delete the old backups?",
                "",
                count,
            )
        agreed = self._dialogs.ask_yes_no(self, self.tr("Backups from before the change"), question)
        if not agreed:
            self._add_backup_note(
                self.tr(
                    "The backups from before the change were kept, in %1. They still open "
                    "with the old passphrase."
                ).replace("%1", str(changed.old_backups[0].parent))
            )
            return
        old = list(changed.old_backups)

        def work(journal: Any) -> Path:
            from journal_app.storage.backup import backup_name

            made: Path = journal.backup(journal.vault.paths.backups / backup_name())
            for path in old:
                if path != made:
                    path.unlink(missing_ok=True)
            return made

        def done(made: Any) -> None:
            self._set_busy(False)
            self._add_backup_note(
                self.tr(
                    "The backups from before the change are deleted. A new backup, locked "
                    "with your new passphrase, is in %1."
                ).replace("%1", str(made.parent))
            )

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._add_backup_note(
                self.tr("The old backups could not all be deleted: %1").replace(
                    "%1", self._error_text(exc)
                )
            )

        self._set_busy(True)
        self._runner.run(on_own_connection(self._journal, work), done, failed)

    @Slot()
    def _print_code(self) -> None:
        print_code(self._printer, self, self._code)

    @Slot()
    def _copy_code(self) -> None:
        self.code_message.setText(copy_code(self._code))

    # -- helpers -------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for w in (self.remember_button, self.code_button):
            w.setEnabled(not busy)
        self._check_change()

    def _error_text(self, exc: BaseException) -> str:
        from journal_app.errors import KnownError, WrongSecret

        if isinstance(exc, WrongSecret):
            return self.tr("That passphrase is not the current one. Nothing was changed.")
        if isinstance(exc, KnownError):
            return str(exc)
        return self.tr("Something went wrong. Nothing was changed.")

    def flush_drafts(self) -> None:
        """Nothing typed here is content; passphrase fields are simply dropped on lock."""

    def refresh(self) -> None:
        self._loading = True
        self._load(self._journal.settings)
        self._loading = False
        self.support.refresh()
        self.backups.refresh()
