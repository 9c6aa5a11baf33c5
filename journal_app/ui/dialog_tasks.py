"""Slow work started from a dialog: on its own connection, and answered only while open.

The export and import dialogs both run their work on the pool through a
runner. The work gets its own store connection (a connection belongs to
its thread), and the answer is dropped when the dialog was closed meanwhile
(by the person, or by a lock or quick exit): nothing may pop up on a locked
screen, and a deleted dialog cannot be touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


def on_own_connection(journal: Any, work: Callable[[Any], T]) -> Callable[[], T]:
    """The job for the pool: ``work`` gets a sibling of ``journal``, closed when it ends."""

    def job() -> T:
        sibling = journal.sibling()
        try:
            return work(sibling)
        finally:
            sibling.close()

    return job


def unless_closed(
    dialog: QWidget,
    stop: Callable[[], None],
    then: Callable[[Any], None],
    closed: Callable[[], None] | None = None,
) -> Callable[[Any], None]:
    """An answer handler: ``stop`` (the dialog is no longer busy), then ``then`` if still open.

    Nothing runs if the dialog was deleted; ``closed`` (if given) runs instead of
    ``then`` when it was closed but still exists, to drop what it no longer needs.
    """

    def handle(value: Any) -> None:
        if not shiboken6.isValid(dialog):
            return
        stop()
        if not dialog.isVisible():
            if closed is not None:
                closed()
            return
        then(value)

    return handle
