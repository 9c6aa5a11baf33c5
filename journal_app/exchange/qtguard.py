"""Guard against a reference-count bug in PySide6 6.12 on Python 3.11.

PySide6 6.12 returns ``None`` from every void method (``QPainter.setPen``,
``QPointF.setX``, ``QWidget.show`` …) without a new reference, as if ``None``
were immortal — which it is only from Python 3.12 on (PEP 683). On 3.11 each
call takes one reference away, and after some thousands of calls (one PDF of
twelve weeks is enough) Python aborts with "deallocating None".

``keep_none_alive()`` gives ``None`` a reference count no program can use
up. ``None`` is never freed anyway, so this changes nothing else, and on
Python 3.12+ (where ``None`` is immortal) it does nothing. It can go once the
app requires Python 3.12 or PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < _RESERVE // 2:
        refcount.value += _RESERVE
