"""The unlocked journal: the sidebar of sections and their pages.

Made when the journal is unlocked (``AppWindow.open_journal``), so nothing of it
is loaded before the unlock screen is painted; destroyed on lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.dialogs import CodePrinter, DialogService
from journal_app.ui.keyring_store import KeyringStore
from journal_app.ui.locking import QUICK_EXIT_KEYS, quick_exit_button, quick_exit_tip
from journal_app.ui.support import GROUNDING
from journal_app.ui.support.sections import grounding_shortcut, support_sections
from journal_app.ui.tasks import Runner


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
