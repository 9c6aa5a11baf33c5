"""Unlock: the passphrase, or the recovery code and a new passphrase.

Key derivation runs on the thread pool through the runner; the window never
freezes. After ``FREE_TRIES`` wrong tries each further try waits longer
(``Backoff``), measured on an injectable monotonic clock; the count is kept
in the data folder (``services.tries``), so closing and reopening the app
does not skip the wait.

A journal whose files are damaged is not an error message here: the window
is told (``damaged``) and shows the page that offers a good backup.

To restore a backup that the journal's key does not open (made before a
passphrase change, or another journal's), the page asks for the passphrase
that was current when it was made (``begin_restore``); that passphrase
checks the backup, puts it in place and opens it.

The screen says only "Locked" (never "Welcome back" under a journal title:
someone glancing at it learns nothing), and Quick exit is here too.

Signals:
    UnlockView.unlocked(object): the open ``Journal``.
    UnlockView.quick_exit_requested(): the Quick exit button.
    UnlockView.damaged(object, object): the ``VaultDamaged`` error, and the data key
        when the key record opened (None when the key record itself is damaged).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.tries import Tries, clear_tries, load_tries, save_tries
from journal_app.ui.layout import (
    apart_row,
    busy_bar,
    hidden_row,
    labelled,
    left_row,
    password_field,
    right_row,
    text_page,
    wrap_label,
)
from journal_app.ui.locking import QUICK_EXIT_KEYS, quick_exit_button, quick_exit_tip
from journal_app.ui.page_stack import centred_pages
from journal_app.ui.tasks import Runner

FREE_TRIES = 3
FIRST_WAIT = 2.0
MAX_WAIT = 60.0
PAGE_WIDTH = 560


def open_with_key(data_dir: Path, data_key: bytearray) -> Any:
    """Open the store on the calling (UI) thread: a connection belongs to its thread.

    Only key derivation, the slow part, runs on the pool; it hands back the key,
    which is overwritten here once the store holds its own copy (or failed to open).
    The open journal holds the data folder (see ``storage.folderlock``).
    """
    from journal_app.services.journal import Journal
    from journal_app.storage.keys import wipe

    try:
        return Journal.open(data_dir, data_key)
    finally:
        wipe(data_key)


def drop_key(data_key: Any) -> None:
    """A derived key nobody will use (the unlock was cancelled): overwrite it."""
    from journal_app.storage.keys import wipe  # loaded already: the key was derived

    wipe(data_key)


@dataclasses.dataclass
class DamagedJournal:
    """Unlocking found the journal's files damaged. ``data_key``: what its own key record
    gives for the passphrase (None when that record is damaged too), to look for a backup."""

    error: Exception
    data_key: bytearray | None = dataclasses.field(default=None, repr=False)


def derive_key(data_dir: Path, passphrase: str) -> bytearray | DamagedJournal:
    """The data key for ``passphrase`` (slow: Argon2id), or what is damaged. Any thread."""
    from journal_app.errors import VaultDamaged
    from journal_app.services.restoring import key_despite_damage
    from journal_app.storage.vault import Vault

    try:
        return Vault(data_dir).unlock(passphrase)
    except VaultDamaged as exc:
        return DamagedJournal(exc, key_despite_damage(data_dir, passphrase))


class Backoff:
    """A growing wait after repeated wrong tries: 2 s, 4 s, 8 s … up to a minute.

    With a ``data_dir`` the count survives a restart (``services.tries``): the
    wall clock (``wall``) dates the last wrong try in the file, the monotonic
    ``clock`` times the wait within a run.
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        data_dir: Path | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._clock = clock
        self._wall = wall
        self._data_dir = data_dir
        self.failures = 0
        self._ready_at = 0.0
        if data_dir is not None:
            self._resume(load_tries(data_dir))

    def _resume(self, tries: Tries) -> None:
        self.failures = tries.failures
        wait = self.wait_after(tries.failures)
        since = self._wall() - tries.last
        # A clock turned back does not shorten the wait.
        remaining = wait if since < 0 else max(0.0, wait - since)
        self._ready_at = self._clock() + min(wait, remaining)

    def failed(self) -> float:
        """Count a wrong try; returns the wait before the next one (seconds)."""
        self.failures += 1
        wait = self.wait_after(self.failures)
        self._ready_at = self._clock() + wait
        if self._data_dir is not None:
            save_tries(self._data_dir, Tries(self.failures, self._wall()))
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
        if self._data_dir is not None:
            clear_tries(self._data_dir)


class UnlockView(QWidget):
    """Signals:
    unlocked(object): carries the open ``Journal``.
    quick_exit_requested(): the Quick exit button.
    damaged(object, object): the ``VaultDamaged`` error and the data key (or None).
    restore_cancelled(): a restore begun with ``begin_restore`` was not wanted after all.

    The recovery page (the code and a new passphrase) is made when it is first
    needed: most unlocks never show it, and making it cost the first screen some
    milliseconds. Its parts (``code``, ``new_passphrase``...) make it when asked for.
    """

    unlocked = Signal(object)
    quick_exit_requested = Signal()
    damaged = Signal(object, object)
    restore_cancelled = Signal()

    _RECOVERY_PARTS = frozenset(
        {
            "code",
            "recovery_message",
            "new_fields",
            "new_passphrase",
            "new_confirm",
            "new_hint",
            "back_button",
            "recover_button",
        }
    )

    def __init__(
        self,
        data_dir: Path,
        runner: Runner,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
        *,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self._data_dir = Path(data_dir)
        self._runner = runner
        self.backoff = Backoff(clock, self._data_dir, wall_clock)
        self._busy = False
        self._generation = 0
        self._restoring: Path | None = None
        self._recovery_made = False

        self.busy = busy_bar(self.tr("Opening"))
        self.busy.setMaximumWidth(240)
        self.pages = centred_pages(self, PAGE_WIDTH, self.busy)
        self.pages.addWidget(self._passphrase_page())
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

    def __getattr__(self, name: str) -> Any:
        """The recovery page's parts, made on first use (see the class docstring)."""
        if name in UnlockView._RECOVERY_PARTS and not self.__dict__.get("_recovery_made", True):
            self._make_recovery()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _make_recovery(self) -> None:
        self._recovery_made = True
        self.pages.addWidget(self._recovery_page())
        for field in self._recovery_fields():
            field.setReadOnly(self._busy)
        self.refresh_wait()

    def _recovery_fields(self) -> tuple[QLineEdit, ...]:
        """The recovery page's fields, once made (nothing to clear or lock before)."""
        if not self._recovery_made:
            return ()
        return (self.code, self.new_passphrase, self.new_confirm)

    def _passphrase_page(self) -> QWidget:
        page, lay = text_page(self.tr("Locked"))
        first = lay.itemAt(0)
        heading = first.widget() if first is not None else None
        assert isinstance(heading, QLabel)  # text_page puts its heading first
        self.heading = heading
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
        self.keep_button = QPushButton(self.tr("&Do not restore; open my journal as it is"))
        self.keep_button.setFlat(True)
        self.keep_button.clicked.connect(self.cancel_restore)
        self.restore_row = hidden_row(left_row(self.keep_button))
        lay.addWidget(self.restore_row)
        lay.addStretch(1)
        self.passphrase.returnPressed.connect(self.try_unlock)
        return page

    def _recovery_page(self) -> QWidget:
        from journal_app.ui.passphrase_fields import NewPassphraseFields

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
        self.code.setPlaceholderText(
            self.tr("8 groups of four letters and digits, like ABCD-1234-…")
        )
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

    def begin_restore(
        self, backup: Path, line: str, *, cancel: str | None = None, heading: str | None = None
    ) -> None:
        """The next passphrase typed restores ``backup`` (checking it first), then opens it.

        ``cancel`` names the way out, and ``heading`` the page, when they are not "open my
        journal as it is" and "Locked" (at first run there is no journal yet).
        """
        self._restoring = Path(backup)
        if heading:
            self.heading.setText(heading)
        self.keep_button.setText(cancel or self.tr("&Do not restore; open my journal as it is"))
        self.restore_row.show()
        self.forgot_button.hide()
        self.unlock_button.setText(self.tr("&Restore and open"))
        self.message.setText(line)

    @property
    def restoring(self) -> Path | None:
        return self._restoring

    def _end_restore(self) -> None:
        self._restoring = None
        self.heading.setText(self.tr("Locked"))
        self.restore_row.hide()
        self.forgot_button.show()
        self.unlock_button.setText(self.tr("&Unlock"))

    @Slot()
    def cancel_restore(self) -> None:
        self._end_restore()
        self.message.setText(
            self.tr("Nothing was restored. Type your passphrase to open the journal.")
        )
        self.passphrase.setFocus()
        self.restore_cancelled.emit()

    def cancel_pending(self) -> None:
        """Drop an unlock still under way (a quick exit while the key is derived)."""
        if self._busy:
            self._generation += 1
            self._stop()

    def reset(self) -> None:
        """Back to an empty passphrase page (after a lock); drops an unlock under way."""
        self.cancel_pending()
        self._end_restore()
        for field in (self.passphrase, *self._recovery_fields()):
            field.clear()
        self.message.clear()
        if self._recovery_made:
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
        code = self.code  # the page is made on first use
        self.pages.setCurrentIndex(1)
        code.setFocus()

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
        if self._recovery_made:
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
            if self._recovery_made:
                self.recovery_message.setText(text)
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
            if self.backoff.failures >= FREE_TRIES:
                self.message.setText(self.tr("You can try again now. Take your time."))
                if self._recovery_made:
                    self.recovery_message.clear()
        self._update_buttons()

    def _start(self, work: Callable[[], Any]) -> None:
        self._busy = True
        self.busy.show()
        self._update_buttons()
        for field in (self.passphrase, *self._recovery_fields()):
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
        for field in (self.passphrase, *self._recovery_fields()):
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
        data_dir, backup = self._data_dir, self._restoring

        def work() -> Any:
            if backup is not None:
                from journal_app.services.restoring import restore_with_passphrase

                restore_with_passphrase(data_dir, backup, passphrase)
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
        from journal_app.errors import VaultDamaged
        from journal_app.storage.keys import wipe

        if isinstance(data_key, DamagedJournal):
            self.backoff.reset()  # the passphrase was right (a wrong one never gets here)
            self._stop()
            self.reset()
            self.damaged.emit(data_key.error, data_key.data_key)
            return
        self.backoff.reset()  # the passphrase was right, whatever the files say
        try:
            # A copy goes in (open_with_key wipes it): the page for damage needs the key.
            journal = open_with_key(self._data_dir, bytearray(data_key))
        except VaultDamaged as exc:
            self._stop()
            self.reset()
            self.damaged.emit(exc, data_key)  # its report keeps the key, and wipes it
            return
        except BaseException as exc:
            wipe(data_key)
            self._failed(exc)
            return
        wipe(data_key)
        self._stop()
        self.reset()
        self.unlocked.emit(journal)

    def _failed(self, exc: BaseException) -> None:
        from journal_app.errors import KnownError, VaultDamaged, WrongSecret

        self._stop()
        if isinstance(exc, VaultDamaged) and self._restoring is None:
            self.reset()  # the key record itself is damaged: the window offers a backup
            self.damaged.emit(exc, None)
            return
        on_recovery = self.pages.currentIndex() == 1
        target = self.recovery_message if on_recovery else self.message
        if isinstance(exc, WrongSecret):
            self.backoff.failed()
            if on_recovery:
                target.setText(
                    self.tr("That code did not open the journal. Check each group and try again.")
                )
            elif self._restoring is not None:
                target.setText(str(exc))  # the passphrase of the backup's time, it says
                self.passphrase.selectAll()
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
