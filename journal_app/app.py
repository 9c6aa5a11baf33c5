"""Composition root: paths, settings and start-up of the desktop app.

Only what the unlock screen needs is imported before it is painted; the
crypto and storage modules load on the thread pool while the user types.

Environment (for smoke tests and the start-up benchmark only):
    JOURNAL_APP_QUIT_AFTER_MS  quit by itself after this many milliseconds.
    JOURNAL_APP_REPORT_STARTUP print ``shown <epoch seconds>`` once the first
                               screen has been painted.
    JOURNAL_APP_START_MINIMIZED start minimised and locked (the reminder's login entry).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.errors import KnownError
from journal_app.i18n import translate

if TYPE_CHECKING:
    from datetime import date

QUIT_AFTER_ENV = "JOURNAL_APP_QUIT_AFTER_MS"
REPORT_STARTUP_ENV = "JOURNAL_APP_REPORT_STARTUP"
DEMO_PASSPHRASE = "demo passphrase"
DEMO_WEEKS = 12


def make_demo_vault(root: Path, *, weeks: int = DEMO_WEEKS, end: date | None = None) -> Any:
    """A new journal in ``root`` filled with ``weeks`` of invented sample data; returned open."""
    from datetime import date

    from journal_app.services.journal import Journal
    from journal_app.services.sample_data import generate

    records, people = generate(weeks, end=end or date.today())
    journal, _code = Journal.create(root, DEMO_PASSPHRASE)
    try:
        journal.add_many(records, people)
    except BaseException:
        journal.close()
        raise
    return journal


def _warm_imports() -> None:
    """Load the storage and crypto modules off the UI thread, before the first unlock."""
    import journal_app.services.journal  # noqa: F401


def _tidy_home() -> None:
    from journal_app.storage.files import remove_export_leftovers

    remove_export_leftovers(Path.home())


class _FirstPaint:
    """Calls back once, when ``window`` is first painted.

    A filter on the window alone: one on the whole application would be a Python call
    for every event of the start-up, each making PySide build Python types (about
    20 ms before the first paint, more than the rest of the window's work).
    """

    def __init__(self, window: Any, callback: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    callback()
                return False

        self.filter = Filter()
        window.installEventFilter(self.filter)


def _report_shown() -> None:
    print(f"shown {time.time():.6f}", flush=True)


def _quit_on_signals(app: Any) -> None:
    """SIGTERM (logout, shutdown) and Ctrl+C quit cleanly: drafts saved, store closed.

    Python handles signals only while Python code runs, so a light timer gives
    it the chance while Qt's event loop waits.
    """
    import signal

    from PySide6.QtCore import QTimer

    def stop(signum: int, frame: object) -> None:
        app.quit()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop)
    ticker = QTimer(app)
    ticker.setInterval(300)
    ticker.timeout.connect(lambda: None)
    ticker.start()


def _calm_known_errors(window: Any) -> None:
    """A user's problem raised where no screen caught it (a draft autosave on a full disk):
    one calm message, at most once a minute for the same words, never a traceback."""
    previous = sys.excepthook
    shown: dict[str, float] = {}

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if not isinstance(exc, KnownError):
            previous(kind, exc, tb)
            return
        now = time.monotonic()
        if now - shown.get(str(exc), -3600.0) < 60:
            return
        shown[str(exc)] = now
        from PySide6.QtCore import QCoreApplication

        from journal_app.errors import WriteFailed

        title = (
            QCoreApplication.translate("AppWindow", "Not saved just now")
            if isinstance(exc, WriteFailed)
            else QCoreApplication.translate("AppWindow", "That did not work just now")
        )
        window.dialogs.warn(window, title, str(exc))

    sys.excepthook = hook


class NoScreen(KnownError):
    exit_code = 1


def check_screen(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> None:
    """Refuse, in one clear line, to start the window where there is no screen to show it.

    Without this, Qt aborts with a long message about platform plugins.
    """
    if not platform.startswith("linux"):
        return
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return
    raise NoScreen(
        translate(
            "cli",
            "There is no screen here to open the app on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set). The command line works without one: see 'journal-app --help'.",
        )
    )


def identify() -> None:
    """Name the app after its desktop file, before QApplication connects to the screen.

    The desktop file name is the Wayland app id and, on X11, ``_KDE_NET_WM_DESKTOP_FILE``;
    the application name is WM_CLASS's class (which the desktop file's
    ``StartupWMClass`` names) and the title of Qt's own helper windows. Both are
    ``APP_ID``, which says nothing about a journal. Set before the application
    object exists, so the first window made on connecting carries them too.
    """
    from PySide6.QtGui import QGuiApplication

    from journal_app import APP_ID

    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setDesktopFileName(APP_ID)


def speak_language(app: Any, choice: str) -> str:
    """The app's words in ``choice`` (Settings: ``"system"`` or a language code).

    Installs the app's translation and Qt's own (standard buttons, file dialogs) and
    sets the locale of dates and numbers to match. Returns the language spoken.
    """
    from journal_app import i18n

    i18n.use_language(choice)
    return i18n.install_translators(app)


def set_window_icon(app: Any) -> None:
    """The app's icon on every window: the installed theme's, else the one shipped."""
    from PySide6.QtGui import QIcon

    from journal_app import APP_ID
    from journal_app.resource_files import resource_path

    icon = resource_path("icons", f"{APP_ID}.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon.fromTheme(APP_ID, QIcon(str(icon))))


def run(data_dir: Path, *, demo: bool = False) -> int:
    """Start the desktop app on ``data_dir`` (ignored for the demo). Returns the exit code.

    Only what the first screen needs happens before it is painted; the rest waits
    for the event loop's next turn after that paint (``after_first_screen``).
    """
    from journal_app.hardening import no_core_files, not_dumpable

    # No core file from the start; "not dumpable" (ctypes, slower to load) once the first
    # screen is up, before anyone can type a passphrase into it.
    no_core_files()
    # Modules that do not need Qt first: each one imported after PySide6 is also read
    # by PySide6's import hook (it looks for its "__feature__" switches).
    from journal_app import START_MINIMIZED_ENV
    from journal_app.services.settings import load_settings

    check_screen()
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.app_window import AppWindow
    from journal_app.ui.dialogs import QtCodePrinter, QtDialogService
    from journal_app.ui.identity import apply_identity, program_name
    from journal_app.ui.keyring_store import SystemKeyring
    from journal_app.ui.single_instance import SingleInstance
    from journal_app.ui.tasks import TaskRunner
    from journal_app.ui.theme import apply_theme

    os.umask(0o077)
    identify()
    # File choosers and the printer's "print to file" start in the home folder,
    # never in whatever folder the app happened to be started from.
    data_dir = Path(data_dir).absolute()
    with contextlib.suppress(OSError):
        os.chdir(Path.home())
    # WM_CLASS's first half comes from the program name when the first window is
    # made: with the neutral title it says "notes" from the start.
    plain = load_settings(data_dir)
    neutral = False if demo else plain.neutral_title
    launched_as = sys.argv[0] if sys.argv else ""
    app = QApplication.instance() or QApplication([program_name(neutral, launched_as)])
    assert isinstance(app, QApplication)
    speak_language(app, plain.language)  # before the first word is shown (the demo's too)
    set_window_icon(app)
    apply_identity(app, neutral, None)

    demo_dir: Path | None = None
    instance: SingleInstance | None = None
    if demo:
        import tempfile

        demo_dir = Path(tempfile.mkdtemp(prefix="journal-demo-"))
        data_dir = demo_dir / "journal"
    else:
        instance = SingleInstance(data_dir)
        if instance.ask_running_to_raise():
            return 0

    try:
        settings = load_settings(data_dir)
        apply_theme(app, settings.theme, settings.larger_text)

        def apply(s: Any) -> None:
            apply_theme(app, s.theme, s.larger_text)

        runner = TaskRunner(app)
        window = AppWindow(
            data_dir,
            dialogs=QtDialogService(),
            runner=runner,
            keyring=SystemKeyring(),
            printer=QtCodePrinter(),
            apply_settings=apply,
            demo_hint=(
                app.translate("AppWindow", "This is the demo. Its passphrase is: %1").replace(
                    "%1", DEMO_PASSPHRASE
                )
                if demo
                else ""
            ),
        )

        def follow_system() -> None:
            if window.settings.theme == "system":
                apply(window.settings)

        QGuiApplication.styleHints().colorSchemeChanged.connect(follow_system)
        report = bool(os.environ.get(REPORT_STARTUP_ENV))
        quit_after = os.environ.get(QUIT_AFTER_ENV)
        if quit_after and quit_after.isdigit():
            QTimer.singleShot(int(quit_after), app.quit)

        done: list[bool] = []

        def after_first_screen() -> None:
            """What the first screen does not need (once)."""
            if done:
                return
            done.append(True)
            not_dumpable()
            if instance is not None:
                # From now on a launch raises this window. One started while this one
                # was painting its first screen opened its own (a rare double launch).
                instance.listen()
                instance.activated.connect(window.bring_forward)
            if not demo:
                # A worker importing while the first screen paints would slow it.
                runner.run(_warm_imports, lambda _: None, lambda _: None)
                # A half-written export a kill left where exports are suggested (the
                # home folder); the folders used before are looked at once unlocked.
                runner.run(_tidy_home, lambda _: None, lambda _: None)

        def first_paint() -> None:
            if report:
                _report_shown()
            QTimer.singleShot(0, after_first_screen)  # once this paint is done

        _probe = _FirstPaint(window, first_paint)
        if demo:
            after_first_screen()
            window.open_journal(make_demo_vault(data_dir))
            window.show()
        elif os.environ.get(START_MINIMIZED_ENV):
            # Started at login for the reminder: minimised, locked, nothing shown.
            after_first_screen()
            window.showMinimized()
            window.start()
        else:
            window.show()
            window.start()
        # Should nothing be painted (no screen to paint on), the same a moment later.
        QTimer.singleShot(1000, after_first_screen)
        app.aboutToQuit.connect(window.shutdown)
        _quit_on_signals(app)
        _calm_known_errors(window)
        code = int(app.exec())
        window.shutdown()
        # Let work still on the pool (key derivation, warm-up imports, the backup made on
        # closing) finish before
        # the objects it reports to are gone.
        QThreadPool.globalInstance().waitForDone(60_000)
        return code
    finally:
        if instance is not None:
            instance.close()
        if demo_dir is not None:
            import shutil

            shutil.rmtree(demo_dir, ignore_errors=True)
