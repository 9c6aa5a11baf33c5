"""The desktop app's peak memory, unlocked on a journal, with every page opened.

    python -m benchmarks.app_memory STORE

``python -m benchmarks`` runs this in a process of its own and takes its peak
resident memory (``measure.run_process``) as the app's figure. It starts the
real app (``journal_app.app.run``: the real window, task runner and settings)
offscreen; once the unlock screen is painted it types the benchmark passphrase
and unlocks (the key derivation's 64 MiB included, as for a person), opens every
section of the sidebar in turn (the Week page with its 12-week trend, the
support map, the safety plan...), searches the Journal page over the whole
journal for "a", and quits. Exit status 0 when it got through all of that.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.generate_store import PASSPHRASE

WAIT_MS = 60_000


def drive() -> None:
    """At the first paint: unlock, visit every page, search, quit (1 if stuck)."""
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.app_window import AppWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = next(w for w in app.topLevelWidgets() if isinstance(w, AppWindow))
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.try_unlock()  # the key is derived on the thread pool
    waited = [0]

    def when_open() -> None:
        if window.state != window.MAIN or window.main_view is None:
            waited[0] += 50
            if waited[0] > WAIT_MS:
                app.exit(1)
            else:
                QTimer.singleShot(50, when_open)
            return
        view = window.main_view
        for index in range(view.sidebar.count()):
            view.show_section(index)
            app.processEvents()
            view.current_page().grab()  # painted whole, as when scrolled through
        view.show_section(1)  # the Journal page: a search over the whole journal
        page = view.current_page()
        page.search.setText("a")  # first: a range alone would list every record in it
        first, last = window.journal.date_range()
        page.start.setDate(QDate(first.year, first.month, first.day))
        page.end.setDate(QDate(last.year, last.month, last.day))
        page.refresh()
        page.grab()
        app.processEvents()
        app.exit(0)

    QTimer.singleShot(0, when_open)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["JOURNAL_APP_REPORT_STARTUP"] = "1"
    os.environ.pop("JOURNAL_APP_QUIT_AFTER_MS", None)
    import journal_app.app as app_module

    app_module._report_shown = drive  # called once, when the first screen is painted
    return app_module.run(Path(args[0]))


if __name__ == "__main__":
    sys.exit(main())
