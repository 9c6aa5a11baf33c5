"""The top-level window: setup, unlock, a blank locked screen, and the main view.

The window owns the open ``Journal`` while unlocked and nothing of it while
locked: locking saves drafts, destroys the main view (every page with it),
closes the store and drops the reference. The title never shows content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from journal_app.services.settings import Settings, load_settings, save_settings
from journal_app.ui.backup_flows import BackupFlows
from journal_app.ui.dialogs import CodePrinter, DialogService
from journal_app.ui.identity import NeutralTitles, apply_identity, identity
from journal_app.ui.keyring_store import KeyringStore
from journal_app.ui.locking import IdleLock, LockShortcuts
from journal_app.ui.tasks import Runner
from journal_app.ui.unlock_view import (
    DamagedJournal,
    UnlockView,
    derive_key,
    drop_key,
    open_with_key,
)

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QCloseEvent

    from journal_app.ui.main_view import MainView
    from journal_app.ui.support.reminders import ReminderNotifier

KEY_FILES = ("vault.key", "vault.key.2")  # storage.vault KEY_NAME / KEY_COPY_NAME


def vault_exists(data_dir: Path) -> bool:
    """A journal lives here (checked without loading the crypto modules, for a fast start)."""
    return any((Path(data_dir) / name).exists() for name in KEY_FILES)


class AppWindow(QMainWindow):
    """The one window of the app."""

    SETUP, UNLOCK, BLANK, MAIN, DAMAGE = "setup", "unlock", "blank", "main", "damage"

    def __init__(
        self,
        data_dir: Path,
        *,
        dialogs: DialogService,
        runner: Runner,
        keyring: KeyringStore,
        printer: CodePrinter,
        idle_clock: Callable[[], float] = time.time,
        wait_clock: Callable[[], float] = time.monotonic,
        apply_settings: Callable[[Settings], None] | None = None,
        demo_hint: str = "",
        reminder_clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.dialogs = dialogs
        self.runner = runner
        self.keyring = keyring
        self.printer = printer
        self.journal: Any = None
        self.main_view: MainView | None = None
        self.setup_view: QWidget | None = None
        self._apply_settings = apply_settings
        self.settings = load_settings(self.data_dir)
        self._titles = NeutralTitles("", self)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.flows = BackupFlows(self)
        self.unlock_view = UnlockView(self.data_dir, runner, wait_clock, wall_clock=idle_clock)
        self.unlock_view.unlocked.connect(self.open_journal)
        self.unlock_view.quick_exit_requested.connect(self.quick_exit)
        self.unlock_view.set_quick_exit_keys(self.settings.quick_exit_shortcut)
        self.unlock_view.damaged.connect(self.flows.damaged)
        self.unlock_view.restore_cancelled.connect(self._restore_not_wanted)
        if demo_hint:
            self.unlock_view.set_hint(demo_hint)
        self.blank = QWidget()
        self.blank.setObjectName("blank")
        self.stack.addWidget(self.unlock_view)
        self.stack.addWidget(self.blank)

        self.idle = IdleLock(idle_clock, parent=self)
        self.idle.set_minutes(self.settings.autolock_minutes)
        self.idle.idle.connect(self.lock)
        self.shortcuts = LockShortcuts(
            self, self.lock, self.quick_exit, self.settings.quick_exit_shortcut
        )
        self._reminder_clock = reminder_clock
        self._reminders: ReminderNotifier | None = None
        if self.settings.reminder_enabled:
            self.reminders.apply(self.settings)
        self.setMinimumSize(640, 480)
        self.resize(self._first_size())
        self._update_title()

    def _first_size(self) -> QSize:
        """1100×720, or less on a small screen: the whole window, frame included, fits."""
        size = QSize(1100, 720)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            size = size.boundedTo(QSize(area.width() - 40, area.height() - 60))
        return size.expandedTo(self.minimumSize())

    @property
    def reminders(self) -> ReminderNotifier:
        """The check-in reminder, made when first needed (it is off unless chosen)."""
        if self._reminders is None:
            from journal_app.ui.support.reminders import ReminderNotifier

            clock = self._reminder_clock
            self._reminders = (
                ReminderNotifier(self) if clock is None else ReminderNotifier(self, clock)
            )
        return self._reminders

    # -- state ---------------------------------------------------------------------

    @property
    def state(self) -> str:
        current = self.stack.currentWidget()
        if current is self.unlock_view:
            return self.UNLOCK
        if current is self.blank:
            return self.BLANK
        if self.main_view is not None and current is self.main_view:
            return self.MAIN
        if self.flows.showing:
            return self.DAMAGE
        return self.SETUP

    def _update_title(self) -> None:
        """ "Journal", or with the neutral title "Notes" on this window and every dialog."""
        app = QApplication.instance()
        if app is not None:
            apply_identity(app, self.settings.neutral_title, self._titles)
        self.setWindowTitle(identity(self.settings.neutral_title).title)

    @Slot(bool)
    def set_neutral_title(self, on: bool) -> None:
        """Chosen during setup: kept at once (it is needed on the locked screen too)."""
        self.settings = replace(self.settings, neutral_title=on)
        save_settings(self.data_dir, self.settings)
        self._update_title()

    def start(self) -> None:
        """First run, or unlock (by the keyring when the user chose to be remembered)."""
        if not vault_exists(self.data_dir):
            self._show_setup()
            return
        self._show_unlock()
        if self.settings.remember_on_device:
            self._unlock_from_keyring()

    def _show_setup(self) -> None:
        from journal_app.ui.setup_view import SetupView

        view = SetupView(
            self.data_dir,
            self.runner,
            self.keyring,
            self.printer,
            neutral_title=self.settings.neutral_title,
        )
        view.completed.connect(self._setup_done)
        view.neutral_title_chosen.connect(self.set_neutral_title)
        view.restore_requested.connect(self._restore_at_setup)
        self.setup_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.begin_button.setFocus()

    @Slot(object)
    def _setup_done(self, journal: Any) -> None:
        self.open_journal(journal)
        self._drop_setup()

    def _drop_setup(self) -> None:
        view = self.setup_view
        self.setup_view = None
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()

    @Slot()
    def _restore_at_setup(self) -> None:
        """A new computer: the journal comes back from a backup file instead of a new one.

        The unlock screen takes the passphrase of the backup's time; the backup is
        checked with it, put in place and opened. Not wanted after all: back to setup.
        """
        path = self.dialogs.ask_open_path(
            self,
            self.tr("Choose the backup of your journal"),
            self.tr("Journal backup (*.jbak)"),
        )
        if path is None:
            return
        self.unlock_view.reset()
        self.unlock_view.begin_restore(
            path,
            self.tr(
                "To bring back your journal from {name}, type the passphrase that was current "
                "when this backup was made."
            ).format(name=path.name),
            cancel=self.tr("&Back; I will start a new journal"),
            heading=self.tr("Bring your journal back"),
        )
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.focus_first()

    @Slot()
    def _restore_not_wanted(self) -> None:
        """Back to the first-run pages when the restore was begun there."""
        if self.setup_view is not None and not vault_exists(self.data_dir):
            self.unlock_view.reset()
            self.stack.setCurrentWidget(self.setup_view)

    def _show_unlock(self) -> None:
        self.unlock_view.reset()
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.focus_first()

    def _unlock_from_keyring(self) -> None:
        """Ask the keyring (it may show its own prompt) and derive the key, both on the pool.

        When the keyring cannot be asked (locked, not running, no D-Bus) the unlock
        screen says so and waits for the passphrase; nothing is ever read from a file.
        """
        from journal_app.ui.keyring_store import KeyringUnavailable

        data_dir, keyring = self.data_dir, self.keyring

        def work() -> Any:
            if not keyring.availability()[0]:
                return KeyringUnavailable("")  # worded in done(), on the UI thread
            try:
                passphrase = keyring.load(data_dir)
            except KeyringUnavailable as exc:
                return exc
            return derive_key(data_dir, passphrase) if passphrase else None

        def failed(exc: BaseException, data_key: Any = None) -> None:
            if not self.unlock_view.busy_now:
                self.unlock_view.busy.hide()
            from journal_app.errors import VaultDamaged, WrongSecret

            if isinstance(exc, VaultDamaged):
                self.flows.damaged(exc, data_key)  # its report keeps the key, and wipes it
                return
            drop_key(data_key)
            if isinstance(exc, WrongSecret):
                keyring.forget(data_dir)
            self.unlock_view.set_message(
                self.tr("The remembered passphrase did not open the journal; please type it.")
            )

        def done(result: Any) -> None:
            if self.unlock_view.busy_now:
                drop_key(result)
                return  # the user is already unlocking by hand
            self.unlock_view.busy.hide()
            if self.stack.currentWidget() is not self.unlock_view:
                drop_key(result)
                return  # a quick exit came first: stay locked
            if isinstance(result, KeyringUnavailable):
                reason = result.reason or self.tr("no system keyring can be reached just now")
                self.unlock_view.set_message(
                    self.tr(
                        "Your passphrase is remembered on this device, but {reason}, so "
                        "please type it."
                    ).format(reason=reason)
                )
                return
            if result is None:
                return  # nothing remembered
            if isinstance(result, DamagedJournal):
                self.flows.damaged(result.error, result.data_key)
                return
            try:  # a copy goes in (it is wiped there): the page for damage needs the key
                journal = open_with_key(data_dir, bytearray(result))
            except BaseException as exc:
                failed(exc, result)
                return
            drop_key(result)
            self.open_journal(journal)

        self.unlock_view.busy.show()
        self.runner.run(work, done, failed)

    @Slot(object)
    def open_journal(self, journal: Any, *, check: bool = True) -> None:
        """Show the main view on an open journal; the first unlock of the day backs it up
        and checks it (``check``), on the pool."""
        if self.journal is not None:  # already open (a second unlock path raced): keep one
            journal.close()
            return
        self.flows.leave()
        self.journal = journal
        self.settings = journal.settings
        from journal_app.ui.main_view import MainView

        view = MainView(
            journal,
            self.dialogs,
            self.runner,
            self.keyring,
            self.printer,
            quick_exit_keys=self.settings.quick_exit_shortcut,
        )
        view.lock_requested.connect(self.lock)
        view.quick_exit_requested.connect(self.quick_exit)
        view.settings_changed.connect(self.apply_settings)
        view.restore_requested.connect(self.flows.restore)
        self._drop_setup()  # a journal brought back from a backup at first run
        self.main_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.apply_settings(self.settings)
        view.focus_start()
        self.idle.arm()
        self._tidy_exports(journal)
        if check:
            self.flows.after_unlock(journal)

    def _tidy_exports(self, journal: Any) -> None:
        """Remove half-written exports a kill left where exports went before (off the UI thread)."""
        from journal_app.exchange.export import export_folders
        from journal_app.storage.files import remove_export_leftovers

        folders = export_folders(journal)

        def work() -> None:
            for folder in folders:
                remove_export_leftovers(folder)

        self.runner.run(work, lambda _: None, lambda _: None)

    # -- settings ------------------------------------------------------------------

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        if settings.reminder_at_login and settings.neutral_title != self.settings.neutral_title:
            self.reminders.refresh_login_entry(self.data_dir, settings.neutral_title)
        self.settings = settings
        self.idle.set_minutes(settings.autolock_minutes)
        self.shortcuts.set_quick_exit_keys(settings.quick_exit_shortcut)
        if settings.reminder_enabled or self._reminders is not None:
            self.reminders.apply(settings)
        self.unlock_view.set_quick_exit_keys(settings.quick_exit_shortcut)
        if self.main_view is not None:
            self.main_view.set_quick_exit_keys(settings.quick_exit_shortcut)
        self._update_title()
        if self._apply_settings is not None:
            self._apply_settings(settings)

    # -- locking -------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Save drafts, empty every view, close the store, show the unlock screen."""
        self._close_journal()
        self.flows.leave()
        if self.state != self.SETUP:
            self._show_unlock()

    def close_journal(self) -> None:
        """Drafts saved, the store closed and its hold on the folder let go; no screen change."""
        self._close_journal()

    def show_unlock(self) -> None:
        self._show_unlock()

    @Slot()
    def quick_exit(self) -> None:
        """At once: lock, clear the window, minimise."""
        self._close_journal()
        self.flows.leave()
        if self.setup_view is not None:
            # During setup nothing is written yet that could show; hide it all the same.
            self.setup_view.hide()
        self.unlock_view.reset()
        self.stack.setCurrentWidget(self.blank)
        self._update_title()
        self.showMinimized()

    def _close_journal(self) -> None:
        self.idle.disarm()
        self._close_dialogs()
        self._clear_clipboard()
        view, journal = self.main_view, self.journal
        self.main_view = None
        self.journal = None
        try:
            if view is not None:
                view.flush_drafts()
        finally:
            if view is not None:
                view.retire()
                self.stack.removeWidget(view)
                view.hide()
                view.setParent(None)
                view.deleteLater()
            if journal is not None:
                journal.close()

    def _clear_clipboard(self) -> None:
        """Text copied out of the journal does not outlive the lock (only what we put there)."""
        if self.journal is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear()

    def _close_dialogs(self) -> None:
        """A question left open (say, 'Delete this entry?') must not stay on screen."""
        from PySide6.QtWidgets import QDialog  # a lock, not the first screen, needs it

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def changeEvent(self, event: QEvent) -> None:
        # Back from a quick exit: the unlock screen, never the old view.
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self.isMinimized()
            and self.stack.currentWidget() is self.blank
        ):
            if self.setup_view is not None:
                self.setup_view.show()
                self.stack.setCurrentWidget(self.setup_view)
            else:
                self._show_unlock()
        super().changeEvent(event)

    @Slot()
    def shutdown(self) -> None:
        """Leaving the app: drafts saved, store closed, a backup after changes (on the pool;
        the app waits for the pool before it exits). Safe to call twice."""
        if self.main_view is not None:
            self.main_view.flush_drafts()
        self.flows.before_closing(self.journal)
        self._close_journal()
        self.idle.shutdown()
        if self._reminders is not None:
            self._reminders.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._titles)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    @Slot()
    def bring_forward(self) -> None:
        """Another launch asked for us: show the window (never the content if locked)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
