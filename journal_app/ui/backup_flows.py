"""The window's backup work: the daily check, the backup on closing, restore, and damage.

Everything slow runs on the pool through the window's runner; the window's
stack, journal and unlock screen are changed only here, on the UI thread.

- After each unlock, the first of the day makes the daily backup and checks
  it. Damage found there closes the journal and shows the damage page.
- Closing the app after changes makes a backup on the pool (the app waits
  for the pool before it exits), on a connection of its own.
- Restore (Settings → Backups): the backup is checked with the journal's key
  while it is still open; then the journal is closed (its hold on the folder
  let go, so the restore can take it alone), the backup put back, and the
  unlock screen asks for the passphrase of the backup's time. A backup that
  key does not open is restored from the unlock screen, by that passphrase.
- Damage (at unlock, or found by the daily check): the page says what is
  wrong and offers the newest backup that passes every check; restoring it
  opens the journal at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from journal_app.errors import KnownError

if TYPE_CHECKING:
    from journal_app.ui.app_window import AppWindow
    from journal_app.ui.damage_view import DamageView

# The damage page's module (and its made_label) is loaded when needed: it is no part of
# the unlock screen the window paints first.


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupFlows", text)


def plain_problem(exc: BaseException) -> str:
    """What is wrong with the files, in a sentence for the damage page (no command lines)."""
    from journal_app.errors import StoreDamaged
    from journal_app.storage.rotation import DamageFound

    if isinstance(exc, StoreDamaged):
        return _tr("The journal's file (journal.db) cannot be opened: {why}.").format(why=exc.why)
    if isinstance(exc, DamageFound):
        return exc.what
    return _tr("The key record that unlocks the journal (vault.key, and its copy) cannot be read.")


class BackupFlows:
    """Owned by the window; ``window`` is an ``AppWindow``."""

    def __init__(self, window: AppWindow) -> None:
        self.window = window
        self.page: DamageView | None = None
        self._report: Any = None

    # -- daily check and closing backup ----------------------------------------------

    def after_unlock(self, journal: Any) -> None:
        """The first unlock of the day: the daily backup and check, on the pool."""
        job = journal.daily_job()
        if job is None:
            return

        def done(result: Any) -> None:
            from journal_app.services.restoring import DamageReport

            if isinstance(result, DamageReport) and self.window.journal is journal:
                self.window.close_journal()
                self.show_report(result)

        def failed(exc: BaseException) -> None:
            if self.window.journal is not journal:
                return
            text = str(exc) if isinstance(exc, KnownError) else _tr("something went wrong")
            self.window.dialogs.warn(
                self.window,
                _tr("Today's backup was not made"),
                _tr(
                    "Today's backup could not be made: {problem}\n\nYour journal is as it "
                    "was; the app tries again the next time you open it."
                ).format(problem=text),
            )

        self.window.runner.run(job, done, failed)

    def before_closing(self, journal: Any) -> None:
        """Closing the app after changes: a backup, on the pool, on its own connection."""
        if journal is None or not journal.changed:
            return
        from journal_app.storage.rotation import Reason

        self.window.runner.run(journal.backup_job(Reason.CLOSING), _ignore, _ignore)

    # -- restore chosen in Settings ------------------------------------------------------

    def restore(self, backup: Path) -> None:
        """Check ``backup`` with the journal's key, then close the journal and put it back."""
        window, journal = self.window, self.window.journal
        if journal is None:
            return

        def checked(plan: Any) -> None:
            if window.journal is not journal:
                plan.drop()
                return  # locked meanwhile: the person can choose again
            from journal_app.ui.damage_view import made_label

            when = made_label(plan.backup.made)
            window.close_journal()
            window.show_unlock()
            if not plan.opens_with_key:
                window.unlock_view.begin_restore(
                    plan.backup.path,
                    _tr(
                        "To put back the backup from {when}, type the passphrase that was "
                        "current when it was made. Your journal as it is now is kept aside, "
                        "not deleted."
                    ).format(when=when),
                )
                return
            window.unlock_view.set_message(_tr("Putting the backup back…"))
            window.runner.run(plan.job(), lambda done: restored(done, when), not_restored)

        def restored(done: Any, when: str) -> None:
            window.unlock_view.set_message(
                _tr(
                    "The backup from {when} is back. Type the passphrase that was current "
                    "when it was made. Your journal as it was is kept in {folder}."
                ).format(when=when, folder=done.kept or window.data_dir)
            )

        def not_restored(exc: BaseException) -> None:
            problem = str(exc) if isinstance(exc, KnownError) else _tr("something went wrong")
            window.unlock_view.set_message(
                _tr("The backup was not restored: {problem} Your journal is as it was.").format(
                    problem=problem
                )
            )

        def refused(exc: BaseException) -> None:
            problem = str(exc) if isinstance(exc, KnownError) else _tr("something went wrong")
            window.dialogs.warn(
                window,
                _tr("This backup cannot be restored"),
                _tr("{problem}\n\nNothing was changed.").format(problem=problem),
            )

        window.runner.run(journal.restore_plan_job(backup), checked, refused)

    # -- damage ------------------------------------------------------------------------

    def damaged(self, exc: BaseException, data_key: Any) -> None:
        """The journal could not be opened: say so and look for a backup (on the pool)."""
        from journal_app.services.restoring import find_for_damage

        problem = plain_problem(exc)
        page = self._show_page()
        page.set_problem(problem)
        page.searching()
        data_dir = self.window.data_dir
        self.window.runner.run(
            lambda: find_for_damage(data_dir, problem, data_key=data_key),
            self.show_report,
            self._failed,
        )

    def show_report(self, report: Any) -> None:
        if self._report is not None and self._report is not report:
            self._report.forget()  # a new search replaces it
        self._report = report
        self._show_page().show_report(report)

    def _show_page(self) -> DamageView:
        window = self.window
        if self.page is None:
            from journal_app.ui.damage_view import DamageView

            self.page = DamageView()
            self.page.restore_requested.connect(self._restore_candidate)
            self.page.search_requested.connect(self._search)
            self.page.open_requested.connect(self._open_as_is)
            self.page.quick_exit_requested.connect(window.quick_exit)
            self.page.set_quick_exit_keys(window.settings.quick_exit_shortcut)
            window.stack.addWidget(self.page)
        window.stack.setCurrentWidget(self.page)
        return self.page

    def _search(self, passphrase: str) -> None:
        report, page = self._report, self._show_page()
        if report is None:
            return
        page.searching()
        self.window.runner.run(report.search_job(passphrase), self.show_report, self._failed)

    def _restore_candidate(self) -> None:
        report, page = self._report, self._show_page()
        if report is None or report.candidate is None:
            return
        page.restoring()
        from journal_app.ui.damage_view import made_label

        when = made_label(report.candidate.made)

        def done(restored: Any) -> None:
            from journal_app.ui.unlock_view import open_with_key

            try:
                journal = open_with_key(self.window.data_dir, restored.data_key)
            except BaseException as exc:
                self._failed(exc)
                return
            self.leave()
            self.window.open_journal(journal)
            self.window.dialogs.inform(
                self.window,
                _tr("Your journal is back"),
                _tr(
                    "The backup from {when} is in place. The damaged files are kept, "
                    "untouched, in {folder}."
                ).format(when=when, folder=restored.kept or self.window.data_dir),
            )

        self.window.runner.run(report.restore_job(), done, self._failed)

    def _open_as_is(self) -> None:
        report = self._report
        if report is None or not report.opens:
            return
        try:
            journal = report.open_as_is()
        except BaseException as exc:
            self._failed(exc)
            return
        self.leave()
        self.window.open_journal(journal, check=False)

    def _failed(self, exc: BaseException) -> None:
        problem = str(exc) if isinstance(exc, KnownError) else _tr("something went wrong")
        self._show_page().failed(
            _tr("That did not work: {problem} The files are as they were.").format(problem=problem)
        )

    def leave(self) -> None:
        """Off the damage page (the journal opens, or the window locks): its keys wiped."""
        page, self.page, report, self._report = self.page, None, self._report, None
        if report is not None:
            report.forget()
        if page is not None:
            self.window.stack.removeWidget(page)
            page.deleteLater()

    @property
    def showing(self) -> bool:
        return self.page is not None and self.window.stack.currentWidget() is self.page


def _ignore(_value: Any) -> None:
    """The backup on closing reports to no one: the window is gone by then."""
