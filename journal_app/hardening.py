"""Keep secrets out of crash dumps: no core file, and a process others cannot inspect.

A core dump of the app after a lock could still hold the passphrase or the
data key (Python cannot overwrite every copy it made). So the app and the
command line, before anything else, set ``RLIMIT_CORE`` to 0 and, on Linux,
``PR_SET_DUMPABLE`` to 0 (no core file, no ptrace by other processes of the
same user, /proc/PID/mem closed to them). Where either is missing, nothing
happens: the app still runs.
"""

from __future__ import annotations

import sys

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def no_core_dumps() -> None:
    """Turn core dumps off for this process (and what it starts); quietly where unsupported."""
    no_core_files()
    not_dumpable()


def no_core_files() -> None:
    """``RLIMIT_CORE`` 0: no core file, for this process and what it starts."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def not_dumpable() -> None:
    """On Linux, ``PR_SET_DUMPABLE`` 0: no ptrace by other processes, /proc/PID/mem closed.

    It loads ctypes (a few milliseconds), so the app calls it once its first screen is
    painted, before a passphrase can be typed; the command line before reading a secret.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def dumpable() -> bool | None:
    """Whether this process may still be dumped (None where that cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return bool(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None
