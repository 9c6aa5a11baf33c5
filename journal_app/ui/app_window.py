"""The top-level window: setup, unlock, a blank locked screen, and the main view.

The window owns the open ``Journal`` while unlocked and nothing of it while
locked: locking saves drafts, destroys the main view (every page with it),
closes the store and drops the reference. The title never shows content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.settings import Settings, load_settings, save_settings
from journal_app.ui.backup_flows import BackupFlows
from journal_app.ui.dialogs import DialogService
from journal_app.ui.identity import NeutralTitles, apply_identity, identity
from journal_app.ui.keyring_store import KeyringStore
from journal_app.ui.locking import (
    QUICK_EXIT_KEYS,
    IdleLock,
    LockShortcuts,
    quick_exit_button,
    quick_exit_tip,
)
from journal_app.ui.setup_view import CodePrinter, Runner
from journal_app.ui.support import GROUNDING
from journal_app.ui.support.reminders import ReminderNotifier
from journal_app.ui.support.sections import grounding_shortcut, support_sections
from journal_app.ui.unlock_view import (
    DamagedJournal,
    UnlockView,
    derive_key,
    drop_key,
    open_with_key,
)

KEY_FILES = ("vault.key", "vault.key.2")  # storage.vault KEY_NAME / KEY_COPY_NAME


def vault_exists(data_dir: Path) -> bool:
    """A journal lives here (checked without loading the crypto modules, for a fast start)."""
    return any((Path(data_dir) / name).exists() for name in KEY_FILES)


def _placeholder(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    return label


def _report_bug(exc: BaseException) -> None:
    """One line on stderr (the full traceback with JOURNAL_APP_DEBUG=1); never content."""
    import os
    import sys
    import traceback

    if os.environ.get("JOURNAL_APP_DEBUG"):
        traceback.print_exception(exc)
    else:
        print(f"journal-app: a page failed to open ({type(exc).__name__}).", file=sys.stderr)


class MainView(QWidget):
    """The unlocked journal: a sidebar of sections and the pages.

    Pages are built the first time they are shown, so the window is ready
    quickly even on a large journal.

    Signals:
        lock_requested: the Lock button.
        quick_exit_requested: the Quick exit button.
        settings_changed(object): new ``Settings`` from the Settings page.
    """

    lock_requested = Signal()
    quick_exit_requested = Signal()
    settings_changed = Signal(object)
    restore_requested = Signal(object)

    def __init__(
        self,
        journal: Any,
        dialogs: DialogService,
        runner: Runner,
        keyring: KeyringStore,
        printer: CodePrinter,
        parent: QWidget | None = None,
        *,
        quick_exit_keys: str = QUICK_EXIT_KEYS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main")
        self._journal = journal
        self._dialogs = dialogs
        self._runner = runner
        self._keyring = keyring
        self._printer = printer
        self._sections: list[tuple[str, Callable[[], QWidget]]] = [
            (self.tr("Today"), self._today_page),
            (self.tr("Journal"), self._journal_page),
            (self.tr("People"), self._people_page),
            (self.tr("Week"), self._week_page),
        ]
        self._keys: dict[str, int] = {}
        for key, title, make in support_sections(journal, dialogs, runner):
            self._keys[key] = len(self._sections)
            self._sections.append((title, make))
        self._sections.append((self.tr("Settings"), self._settings_page))
        self.built: dict[int, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        for title, _ in self._sections:
            self.sidebar.addItem(title)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setSpacing(3)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lock the journal (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.quick_exit_button = quick_exit_button(quick_exit_keys)
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)

        side = QWidget()
        side.setObjectName("sidebar")
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(8, 12, 8, 12)
        side_lay.addWidget(self.sidebar, 1)
        side_lay.addWidget(self.lock_button)
        side_lay.addWidget(self.quick_exit_button)
        self._fit_sidebar(side)

        self.pages = QStackedWidget()
        for _ in self._sections:
            self.pages.addWidget(QWidget())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(side)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)
        lay.addWidget(self.pages, 1)

        for i in range(len(self._sections)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.show_section(i))
        self.grounding_shortcut = grounding_shortcut(self, lambda: self.show_key(GROUNDING))
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.sidebar.setCurrentRow(0)
        # Tab goes through the page first (it starts on the mood), then Lock, Quick
        # exit and the sections: Quick exit is never one Tab before the mood. Pages
        # are made later, so they come after the sections, round the circle.
        self.setTabOrder(self.lock_button, self.quick_exit_button)
        self.setTabOrder(self.quick_exit_button, self.sidebar)

    def _fit_sidebar(self, side: QWidget) -> None:
        """Wide enough for the longest section name at the current text size."""
        fm = self.sidebar.fontMetrics()
        widest = max(
            [fm.horizontalAdvance(t) for t, _ in self._sections]
            + [self.lock_button.sizeHint().width(), self.quick_exit_button.sizeHint().width()]
        )
        side.setFixedWidth(widest + 56)
        self._side = side

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_side"):
            self._fit_sidebar(self._side)
        super().changeEvent(event)

    # Each page is imported when it is first shown: the window is ready sooner.

    def _today_page(self) -> QWidget:
        from journal_app.ui.today_view import TodayView

        return TodayView(self._journal, self._dialogs)

    def _journal_page(self) -> QWidget:
        from journal_app.ui.journal_view import JournalView

        return JournalView(self._journal, self._dialogs)

    def _people_page(self) -> QWidget:
        from journal_app.ui.people_view import PeopleView

        return PeopleView(self._journal, self._dialogs)

    def _week_page(self) -> QWidget:
        from journal_app.ui.week_view import WeekView

        return WeekView(self._journal, self._dialogs, runner=self._runner)

    def _settings_page(self) -> QWidget:
        from journal_app.ui.settings_view import SettingsView

        page = SettingsView(
            self._journal, self._dialogs, self._runner, self._keyring, self._printer
        )
        page.changed.connect(self.settings_changed)
        page.rekeying.connect(self.flush_drafts)  # what is typed is saved before the re-key
        page.backups.restore_requested.connect(self.restore_requested)
        return page

    @Slot(int)
    def show_section(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    @Slot(str)
    def show_key(self, key: str) -> None:
        """Show a support page by its key (``grounding``, ``safety_plan``, ``crisis_lines``)."""
        if key in self._keys:
            self.show_section(self._keys[key])

    def focus_start(self) -> None:
        """The keyboard starts on the page (Today: the mood), not on the sections."""
        start = getattr(self.current_page(), "focus_start", None)
        if callable(start):
            start()
        else:
            self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_quick_exit_keys(self, keys: str) -> None:
        self.quick_exit_button.setToolTip(quick_exit_tip(keys))

    def retire(self) -> None:
        """Locked: this view shows and loads nothing more (it is about to be deleted).

        Every line edit is emptied first (passphrases, recovery codes, search words),
        so nothing typed waits in memory for the deferred delete.
        """
        self._journal = None
        self.sidebar.currentRowChanged.disconnect(self._section_changed)
        for field in self.findChildren(QLineEdit):
            field.clear()
        self.setEnabled(False)
        # No page timer (autosave, deferred loading) may fire against the closed store.
        for timer in self.findChildren(QTimer):
            timer.stop()

    @Slot(int)
    def _section_changed(self, index: int) -> None:
        if index < 0 or self._journal is None:
            return
        page = self.built.get(index)
        if page is None:
            try:
                page = self._sections[index][1]()
            except Exception as exc:  # a bug in one page must not take the window down
                _report_bug(exc)
                page = _placeholder(
                    self.tr(
                        "This page could not be opened just now. Your journal is safe; "
                        "try locking and opening it again."
                    )
                )
            old = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            if old is not None:
                self.pages.removeWidget(old)
                old.deleteLater()
            self.built[index] = page
            navigate = getattr(page, "navigate", None)
            if navigate is not None:
                navigate.connect(self.show_key)
        else:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        self.pages.setCurrentIndex(index)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def flush_drafts(self) -> None:
        """Save what is being typed into the encrypted store (before lock)."""
        for page in self.built.values():
            flush = getattr(page, "flush_drafts", None)
            if callable(flush):
                flush()


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
        reminder_clock: Callable[[], datetime] = datetime.now,
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
        self.reminders = ReminderNotifier(self, reminder_clock)
        self.reminders.apply(self.settings)
        self.resize(1100, 720)
        self.setMinimumSize(640, 480)
        self._update_title()

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
        self.setup_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.begin_button.setFocus()

    @Slot(object)
    def _setup_done(self, journal: Any) -> None:
        view = self.setup_view
        self.setup_view = None
        self.open_journal(journal)
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()

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
        self.reminders.shutdown()
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
