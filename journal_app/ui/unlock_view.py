"""Unlock: the passphrase, or the recovery code and a new passphrase.

Key derivation runs on the thread pool through the runner; the window never
freezes. After ``FREE_TRIES`` wrong tries each further try waits longer
(``Backoff``), measured on an injectable monotonic clock.

The screen says only "Locked" (never "Welcome back" under a journal title:
someone glancing at it learns nothing), and Quick exit is here too.

Signals:
    UnlockView.unlocked(object): the open ``Journal``.
    UnlockView.quick_exit_requested(): the Quick exit button.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.layout import (
    apart_row,
    busy_bar,
    labelled,
    password_field,
    right_row,
    text_page,
    wrap_label,
)
from journal_app.ui.locking import QUICK_EXIT_KEYS, quick_exit_button, quick_exit_tip
from journal_app.ui.passphrase_fields import NewPassphraseFields
from journal_app.ui.setup_view import Runner, centred_pages

FREE_TRIES = 3
FIRST_WAIT = 2.0
MAX_WAIT = 60.0
PAGE_WIDTH = 560


def open_with_key(data_dir: Path, data_key: bytearray) -> Any:
    """Open the store on the calling (UI) thread: a connection belongs to its thread.

    Only key derivation, the slow part, runs on the pool; it hands back the key,
    which is overwritten here once the store holds its own copy (or failed to open).
    """
    from journal_app.services.journal import Journal
    from journal_app.storage.keys import wipe
    from journal_app.storage.vault import Vault

    try:
        return Journal.opened(Vault(data_dir).open_store(data_key), data_dir)
    finally:
        wipe(data_key)


def drop_key(data_key: Any) -> None:
    """A derived key nobody will use (the unlock was cancelled): overwrite it."""
    from journal_app.storage.keys import wipe  # loaded already: the key was derived

    wipe(data_key)


def derive_key(data_dir: Path, passphrase: str) -> bytearray:
    """The data key for ``passphrase`` (slow: Argon2id). Safe on any thread."""
    from journal_app.storage.vault import Vault

    return Vault(data_dir).unlock(passphrase)


class Backoff:
    """A growing wait after repeated wrong tries: 2 s, 4 s, 8 s … up to a minute."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._ready_at = 0.0

    def failed(self) -> float:
        """Count a wrong try; returns the wait before the next one (seconds)."""
        self.failures += 1
        wait = self.wait_after(self.failures)
        self._ready_at = self._clock() + wait
        return wait

    @staticmethod
    def wait_after(failures: int) -> float:
        if failures < FREE_TRIES:
            return 0.0
        return float(min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES)))

    def remaining(self) -> float:
        return max(0.0, self._ready_at - self._clock())

    def reset(self) -> None:
        self.failures = 0
        self._ready_at = 0.0


class UnlockView(QWidget):
    """Signals:
    unlocked(object): carries the open ``Journal``.
    quick_exit_requested(): the Quick exit button.
    """

    unlocked = Signal(object)
    quick_exit_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        runner: Runner,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self._data_dir = Path(data_dir)
        self._runner = runner
        self.backoff = Backoff(clock)
        self._busy = False
        self._generation = 0

        self.busy = busy_bar(self.tr("Opening"))
        self.busy.setMaximumWidth(240)
        self.pages = centred_pages(self, PAGE_WIDTH, self.busy)
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        # Quick exit in the corner, as in the open journal: it hides this screen too.
        self.quick_exit_button = quick_exit_button(QUICK_EXIT_KEYS)
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addLayout(right_row(self.quick_exit_button))

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.refresh_wait)

    # -- pages -------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page, lay = text_page(self.tr("Locked"))
        self.passphrase = password_field(self.tr("Passphrase"))
        lay.addWidget(labelled(self.tr("&Passphrase"), self.passphrase))
        lay.addWidget(self.passphrase)
        self.message = wrap_label("")
        self.message.setAccessibleName(self.tr("Message"))
        lay.addWidget(self.message)
        self.forgot_button = QPushButton(self.tr("I &forgot my passphrase"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.show_recovery)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        lay.addLayout(apart_row(self.forgot_button, self.unlock_button))
        self.hint = wrap_label("")
        self.hint.hide()
        lay.addWidget(self.hint)
        lay.addStretch(1)
        self.passphrase.returnPressed.connect(self.try_unlock)
        return page

    def _recovery_page(self) -> QWidget:
        page, lay = text_page(
            self.tr("Use your recovery code"),
            self.tr(
                "Type your recovery code (the one from setting up the journal, or the newest "
                "one you were shown since), then choose a new passphrase. Your journal stays "
                "exactly as it is."
            ),
        )
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        lay.addWidget(labelled(self.tr("Recovery &code"), self.code))
        lay.addWidget(self.code)
        self.recovery_message = wrap_label("")  # also says "not the same yet"
        self.new_fields = NewPassphraseFields(
            label=self.tr("&New passphrase"),
            name=self.tr("New passphrase"),
            again_label=self.tr("Type it &again"),
            again_name=self.tr("Type the new passphrase again"),
            mismatch=self.tr("The two passphrases are not the same yet."),
            note=self.recovery_message,
            parent=self,
        )
        self.new_passphrase, self.new_confirm = self.new_fields.fields()
        self.new_hint = self.new_fields.hint
        self.new_fields.add_to(lay)
        lay.addWidget(self.recovery_message)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.show_passphrase)
        self.recover_button = QPushButton(self.tr("Set passphrase and &open"))
        self.recover_button.setDefault(True)
        self.recover_button.setEnabled(False)
        self.recover_button.clicked.connect(self.try_recover)
        lay.addLayout(apart_row(self.back_button, self.recover_button))
        lay.addStretch(1)
        self.code.textChanged.connect(self._check_recovery)
        self.new_fields.changed.connect(self._update_buttons)
        self.new_confirm.returnPressed.connect(self.try_recover)
        return page

    # -- public ------------------------------------------------------------------

    def set_hint(self, text: str) -> None:
        """A line under the buttons (the demo shows its passphrase here)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_quick_exit_keys(self, keys: str) -> None:
        self.quick_exit_button.setToolTip(quick_exit_tip(keys))

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def cancel_pending(self) -> None:
        """Drop an unlock still on its way (a quick exit while the key is derived)."""
        if self._busy:
            self._generation += 1
            self._stop()

    def reset(self) -> None:
        """Back to an empty passphrase page (after a lock); drops an unlock on its way."""
        self.cancel_pending()
        for field in (self.passphrase, self.code, self.new_passphrase, self.new_confirm):
            field.clear()
        self.message.clear()
        self.recovery_message.clear()
        self.pages.setCurrentIndex(0)
        self.refresh_wait()

    def focus_first(self) -> None:
        if self.pages.currentIndex() == 0:
            self.passphrase.setFocus()
        else:
            self.code.setFocus()

    @property
    def busy_now(self) -> bool:
        return self._busy

    # -- behaviour ---------------------------------------------------------------

    @Slot()
    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        self.code.setFocus()

    @Slot()
    def show_passphrase(self) -> None:
        self.pages.setCurrentIndex(0)
        self.passphrase.setFocus()

    @Slot()
    def _check_recovery(self) -> None:
        self.new_fields.refresh()
        self._update_buttons()

    def _update_buttons(self) -> None:
        waiting = self.backoff.remaining() > 0
        free = not self._busy and not waiting
        self.unlock_button.setEnabled(free)
        ready = bool(self.code.text().strip()) and self.new_fields.is_acceptable()
        self.recover_button.setEnabled(free and ready)

    @Slot()
    def refresh_wait(self) -> None:
        """Update the wait message and buttons; stops ticking when the wait is over."""
        remaining = self.backoff.remaining()
        if remaining > 0:
            seconds = int(remaining + 0.999)
            if seconds == 1:
                text = self.tr("You can try again in one second.")
            else:
                text = self.tr("You can try again in %n seconds.", "", seconds)
            self.message.setText(text)
            self.recovery_message.setText(text)
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
            if self.backoff.failures >= FREE_TRIES:
                self.message.setText(self.tr("You can try again now. Take your time."))
                self.recovery_message.clear()
        self._update_buttons()

    def _start(self, work: Callable[[], Any]) -> None:
        self._busy = True
        self.busy.show()
        self._update_buttons()
        for field in (self.passphrase, self.code, self.new_passphrase, self.new_confirm):
            field.setReadOnly(True)
        generation = self._generation

        def done(result: Any) -> None:
            if generation == self._generation:
                self._done(result)
            else:  # cancelled: the key is dropped
                drop_key(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._failed(exc)

        self._runner.run(work, done, failed)

    def _stop(self) -> None:
        self._busy = False
        self.busy.hide()
        for field in (self.passphrase, self.code, self.new_passphrase, self.new_confirm):
            field.setReadOnly(False)
        self._update_buttons()

    @Slot()
    def try_unlock(self) -> None:
        if self._busy or self.backoff.remaining() > 0:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Type your passphrase to open the journal."))
            return
        self.message.setText(self.tr("Opening…"))
        data_dir = self._data_dir

        def work() -> Any:
            return derive_key(data_dir, passphrase)

        self._start(work)

    @Slot()
    def try_recover(self) -> None:
        if self._busy or self.backoff.remaining() > 0 or not self.recover_button.isEnabled():
            return
        code = self.code.text().strip()
        new = self.new_fields.value()
        self.recovery_message.setText(self.tr("Opening…"))
        data_dir = self._data_dir

        def work() -> Any:
            from journal_app.storage.vault import Vault

            return Vault(data_dir).recover(code, new)

        self._start(work)

    def _done(self, data_key: Any) -> None:
        try:
            journal = open_with_key(self._data_dir, data_key)
        except BaseException as exc:
            self._failed(exc)
            return
        self._stop()
        self.backoff.reset()
        self.reset()
        self.unlocked.emit(journal)

    def _failed(self, exc: BaseException) -> None:
        from journal_app.errors import KnownError, WrongSecret

        self._stop()
        on_recovery = self.pages.currentIndex() == 1
        target = self.recovery_message if on_recovery else self.message
        if isinstance(exc, WrongSecret):
            self.backoff.failed()
            if on_recovery:
                target.setText(
                    self.tr("That code did not open the journal. Check each group and try again.")
                )
            else:
                target.setText(
                    self.tr(
                        "That passphrase did not open the journal. Take your time and try again."
                    )
                )
                self.passphrase.selectAll()
                self.passphrase.setFocus()
            if self.backoff.remaining() > 0:
                self.refresh_wait()
        elif isinstance(exc, KnownError):
            target.setText(str(exc))
        else:
            target.setText(
                self.tr("Something went wrong while opening the journal. Nothing was changed.")
            )
        self._update_buttons()
