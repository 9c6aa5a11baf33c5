"""First run: a plain welcome, a passphrase, the recovery code shown once.

Steps: welcome (and the default-off neutral window title) → passphrase (and
the default-off "remember on this device") → the recovery code, with Print
and Copy → type its last group back → a short page on Lock, Quick exit and
locking when idle → done. The journal is created (key derivation off the UI
thread) when the passphrase is chosen, so the code shown is the real one.

Signals:
    SetupView.completed(object): the new, open ``Journal``.
    SetupView.neutral_title_chosen(bool): the neutral title was turned on or off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLineEdit,
    QPushButton,
    QWidget,
)

# Kept importable from here, where they were before the unlock screen stopped loading
# this module: the printers (now ui/dialogs), Runner (ui/tasks), the page stack.
from journal_app.ui.dialogs import CodePrinter as CodePrinter
from journal_app.ui.dialogs import QtCodePrinter as QtCodePrinter
from journal_app.ui.dialogs import RecordingPrinter as RecordingPrinter
from journal_app.ui.keyring_store import KeyringStore, kept
from journal_app.ui.layout import (
    apart_row,
    busy_bar,
    labelled,
    left_row,
    right_row,
    text_page,
    wrap_label,
)
from journal_app.ui.page_stack import PageStack as PageStack
from journal_app.ui.page_stack import centred_pages as centred_pages
from journal_app.ui.passphrase_fields import NewPassphraseFields
from journal_app.ui.recovery_code import (
    code_label,
    code_lines,
    copy_code,
    last_group,
    print_code,
)
from journal_app.ui.tasks import Runner as Runner

PAGE_WIDTH = 640


class SetupView(QWidget):
    """Signals:
    completed(object): setup finished; carries the open ``Journal``.
    neutral_title_chosen(bool): the neutral window title was turned on or off.
    restore_requested(): "I have a backup": bring a journal back instead (a new computer).
    """

    completed = Signal(object)
    neutral_title_chosen = Signal(bool)
    restore_requested = Signal()

    FIRST_STEPS = 4  # the page after the recovery code: Lock, Quick exit, idle lock

    def __init__(
        self,
        data_dir: Path,
        runner: Runner,
        keyring: KeyringStore,
        printer: CodePrinter,
        parent: QWidget | None = None,
        *,
        neutral_title: bool = False,
    ) -> None:
        super().__init__(parent)
        self._neutral_title = neutral_title
        self.setObjectName("setup")
        self._data_dir = Path(data_dir)
        self._runner = runner
        self._keyring = keyring
        self._printer = printer
        self._journal: Any = None
        self._code = ""
        self._remember_passphrase: str | None = None

        self.pages = centred_pages(self, PAGE_WIDTH)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._first_steps_page())
        self.pages.setCurrentIndex(0)

    # -- pages -------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page, lay = text_page(
            self.tr("Welcome"),
            self.tr(
                "This is a private journal for you alone: how you feel, the moments you "
                "connect with people, time on your own, the boundaries you practise, and "
                "anything you want to write."
            ),
            self.tr(
                "Everything stays on this computer, in the folder %1, locked with a "
                "passphrase you choose. Nothing is ever sent anywhere: the app does not "
                "use the internet."
            ).replace("%1", str(self._data_dir)),
            self.tr("Setting up takes a minute or two. There is no rush."),
        )
        self.neutral_title = QCheckBox(self.tr('Use a &neutral window title ("Notes")'))
        self.neutral_title.setChecked(self._neutral_title)
        self.neutral_title.toggled.connect(self.neutral_title_chosen)
        lay.addWidget(self.neutral_title)
        lay.addWidget(
            wrap_label(
                self.tr(
                    "Off unless you choose it. When on, the window, its dialogs and the taskbar "
                    'say "Notes" rather than "Journal", so a glance at the screen tells nothing.'
                )
            )
        )
        self.begin_button = QPushButton(self.tr("Begin"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self._show_passphrase)
        self.from_backup_button = QPushButton(self.tr("I have a &backup of my journal…"))
        self.from_backup_button.setFlat(True)
        self.from_backup_button.setToolTip(
            self.tr("On a new computer: bring your journal back from a backup file (.jbak).")
        )
        self.from_backup_button.clicked.connect(self.restore_requested)
        lay.addLayout(apart_row(self.from_backup_button, self.begin_button))
        lay.addStretch(1)
        return page

    def _passphrase_page(self) -> QWidget:
        page, lay = text_page(
            self.tr("Choose a passphrase"),
            self.tr(
                "It locks your journal: without it, or the recovery code shown next, "
                "nobody can open it, not even on this computer."
            ),
        )
        self.new_fields = NewPassphraseFields(
            label=self.tr("&Passphrase"),
            name=self.tr("Passphrase"),
            again_label=self.tr("&Type it again"),
            again_name=self.tr("Type the passphrase again"),
            mismatch=self.tr("The two passphrases are not the same yet."),
            parent=self,
        )
        self.passphrase, self.confirm = self.new_fields.fields()
        self.hint, self.match_note = self.new_fields.hint, self.new_fields.note
        self.new_fields.add_to(lay)

        self.remember = QCheckBox(self.tr("&Remember on this device"))
        self.remember.setChecked(False)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        lay.addWidget(self.remember)
        self.remember_note = wrap_label("")
        lay.addWidget(self.remember_note)
        self.remember.setEnabled(False)  # asked when this page is shown: the keyring is slow

        self.create_button = QPushButton(self.tr("Create my journal"))
        self.create_button.setEnabled(False)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.back_to_welcome = QPushButton(self.tr("&Back"))
        self.back_to_welcome.setFlat(True)
        self.back_to_welcome.clicked.connect(self._show_welcome)
        self.busy = busy_bar(self.tr("Working"))
        self.error = wrap_label("")
        lay.addLayout(apart_row(self.back_to_welcome, self.create_button))
        lay.addWidget(self.busy)
        lay.addWidget(self.error)
        lay.addStretch(1)

        self.new_fields.changed.connect(self._check_passphrase)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._create)
        return page

    def _code_page(self) -> QWidget:
        page, lay = text_page(
            self.tr("Your recovery code"),
            self.tr(
                "If you ever forget your passphrase, this code is the only way back in. "
                "It is shown only this once. Write it down or print it, and keep it "
                "somewhere safe, away from this computer."
            ),
        )
        self.code_label = code_label(1.4, self.tr("Recovery code"))
        self.code_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.code_label.setMargin(10)
        lay.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._print_code)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self._copy_code)
        lay.addLayout(left_row(self.print_button, self.copy_button))
        self.copy_note = wrap_label("")
        lay.addWidget(self.copy_note)
        self.code_next = QPushButton(self.tr("I have kept it safe"))
        self.code_next.setDefault(True)
        self.code_next.clicked.connect(self._show_confirm)
        lay.addLayout(right_row(self.code_next))
        lay.addStretch(1)
        return page

    def _confirm_page(self) -> QWidget:
        page, lay = text_page(
            self.tr("One last check"),
            self.tr(
                "To be sure the code is kept, type its last group: the four characters "
                "after the last dash."
            ),
        )
        self.last_group = QLineEdit()
        self.last_group.setMaxLength(8)
        self.last_group.setAccessibleName(self.tr("Last group of the recovery code"))
        lay.addWidget(labelled(self.tr("&Last group of the code"), self.last_group))
        lay.addWidget(self.last_group)
        self.confirm_note = wrap_label("")
        lay.addWidget(self.confirm_note)
        self.back_to_code = QPushButton(self.tr("Show the code again"))
        self.back_to_code.clicked.connect(lambda: self.pages.setCurrentIndex(2))
        self.finish_button = QPushButton(self.tr("Continue"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._finish)
        lay.addLayout(apart_row(self.back_to_code, self.finish_button))
        lay.addStretch(1)
        self.last_group.returnPressed.connect(self._finish)
        return page

    def _first_steps_page(self) -> QWidget:
        page, lay = text_page(self.tr("Before you start"))
        self.first_steps = wrap_label("")  # filled in with the shortcuts and minutes in use
        self.first_steps.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.first_steps)
        self.open_button = QPushButton(self.tr("Open my journal"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        lay.addLayout(right_row(self.open_button))
        lay.addStretch(1)
        return page

    def first_steps_text(self, settings: Any) -> str:
        """Where Lock and Quick exit are, their shortcuts, and the lock when idle."""
        from journal_app.ui.locking import LOCK_KEYS, QUICK_EXIT_KEYS, shortcut_words

        lines = [
            self.tr(
                "Lock ({keys}), at the bottom of the list on the left, closes the journal; "
                "your passphrase opens it again."
            ).format(keys=shortcut_words(LOCK_KEYS, LOCK_KEYS)),
            self.tr(
                "Quick exit ({keys}), just below it, locks the journal, clears the window "
                "and minimises it at once: for when someone comes near. It is on the locked "
                "screen too."
            ).format(keys=shortcut_words(settings.quick_exit_shortcut, QUICK_EXIT_KEYS)),
        ]
        minutes = int(settings.autolock_minutes)
        if minutes:
            lines.append(
                self.tr("The journal also locks itself after 1 minute without use.")
                if minutes == 1
                else self.tr("The journal also locks itself after {n} minutes without use.").format(
                    n=minutes
                )
            )
        else:
            lines.append(self.tr("The journal does not lock itself when left alone."))
        lines.append(self.tr("You can change all of this in Settings."))
        return "\n\n".join(lines)

    # -- behaviour ---------------------------------------------------------------

    def _update_remember_availability(self) -> None:
        usable, reason = self._keyring.availability()
        self.remember.setEnabled(usable)
        if usable:
            self.remember_note.setText(
                self.tr(
                    "Off unless you choose it. When on, this computer's keyring opens the "
                    "journal for you when you start the app. Anyone who can use your login "
                    "could then read it, so leave it off on a shared computer."
                )
            )
        else:
            self.remember_note.setText(reason)

    @Slot()
    def _show_welcome(self) -> None:
        """Back to the first page (what was typed stays, in case the person comes back)."""
        self.pages.setCurrentIndex(0)
        self.begin_button.setFocus()

    @Slot()
    def _show_passphrase(self) -> None:
        self._update_remember_availability()
        self.pages.setCurrentIndex(1)
        self.passphrase.setFocus()

    @Slot()
    def _check_passphrase(self) -> None:
        self.new_fields.refresh()
        self.create_button.setEnabled(self.new_fields.is_acceptable() and self._journal is None)

    @Slot()
    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.new_fields.value()
        self._remember_passphrase = passphrase if self.remember.isChecked() else None
        self._set_busy(True)
        data_dir = self._data_dir

        def work() -> Any:
            from journal_app.storage.vault import Vault

            return Vault(data_dir).create(passphrase)  # (data key, recovery code)

        self._runner.run(work, self._created, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (
            self.passphrase,
            self.confirm,
            self.create_button,
            self.remember,
            self.back_to_welcome,
        ):
            w.setEnabled(not busy)
        if not busy:
            self._update_remember_availability()
            self._check_passphrase()

    def _created(self, result: Any) -> None:
        from journal_app.services.journal import Journal
        from journal_app.storage.keys import wipe
        from journal_app.storage.vault import Vault

        data_key, code = result
        try:  # the store is opened here: a connection belongs to the UI thread
            store = Vault(self._data_dir).open_store(data_key)
            self._journal = Journal.opened(store, self._data_dir, new=True)
        except BaseException as exc:
            self._failed(exc)
            return
        finally:
            wipe(data_key)
        self._code = code
        self._set_busy(False)
        self.new_fields.clear()
        self.code_label.setText(code_lines(self._code))
        self.pages.setCurrentIndex(2)
        self.code_next.setFocus()

    def _failed(self, exc: BaseException) -> None:
        from journal_app.errors import KnownError

        self._remember_passphrase = None
        self._set_busy(False)
        if isinstance(exc, KnownError):
            self.error.setText(str(exc))
        else:
            self.error.setText(
                self.tr("Something went wrong while creating the journal. Nothing was saved.")
            )

    @Slot()
    def _print_code(self) -> None:
        print_code(self._printer, self, self._code)

    @Slot()
    def _copy_code(self) -> None:
        self.copy_note.setText(copy_code(self._code))

    @Slot()
    def _show_confirm(self) -> None:
        self.pages.setCurrentIndex(3)
        self.last_group.setFocus()

    @Slot()
    def _finish(self) -> None:
        typed = self.last_group.text().strip().upper()
        if typed != last_group(self._code):
            self.confirm_note.setText(
                self.tr("That is not quite the last group. Have a look at the code again.")
            )
            return
        journal = self._journal
        passphrase, self._remember_passphrase = self._remember_passphrase, None
        if passphrase is None:
            self._complete(journal, remembered=False)
            return
        # The keyring may show a prompt of its own: never on the UI thread.
        keyring, data_dir = self._keyring, self._data_dir
        self.finish_button.setEnabled(False)
        self.busy.show()

        self._runner.run(
            lambda: kept(keyring, data_dir, passphrase),
            lambda saved: self._complete(journal, remembered=bool(saved)),
            lambda _exc: self._complete(journal, remembered=False),
        )

    def _complete(self, journal: Any, *, remembered: bool) -> None:
        """The code is kept: say where Lock and Quick exit are, then open the journal."""
        if remembered:
            from dataclasses import replace

            journal.save_settings(replace(journal.settings, remember_on_device=True))
        self.busy.hide()
        self._code = ""
        self.code_label.clear()
        self.first_steps.setText(self.first_steps_text(journal.settings))
        self.pages.setCurrentIndex(self.FIRST_STEPS)
        self.open_button.setFocus()

    @Slot()
    def _open(self) -> None:
        journal, self._journal = self._journal, None
        if journal is not None:
            self.completed.emit(journal)

    @property
    def shown_code(self) -> str:
        """The recovery code as it is on screen (for tests and screenshots)."""
        return self.code_label.text().replace("\n", "-")
