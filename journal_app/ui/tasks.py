"""Run slow work (key derivation, export, import) off the UI thread.

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn`` on ``QThreadPool`` and
hands the result or the exception back on the main thread through a signal.
Tests pass ``SyncTaskRunner``, which runs everything at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Runner(Protocol):
    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class _Relay(QObject):
    """Lives on the main thread; its signals cross back from the worker."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the main thread, which decides
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def finished(result: Any) -> None:
            self._relays.discard(relay)
            on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            on_error(exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self._pool.start(_Job(fn, relay))


class SyncTaskRunner:
    """Runs the work immediately on the calling thread: for tests."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        try:
            result = fn()
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
