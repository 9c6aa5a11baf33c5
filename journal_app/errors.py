"""The two kinds of error: the user's (``KnownError``) and bugs (everything else).

A ``KnownError`` carries a message a person understands and the exit code the
command line uses for it (see DESIGN.md, "The command line").
"""

from __future__ import annotations


class KnownError(Exception):
    """A problem the user can act on: its message is shown as it is."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(KnownError):
    """A value given on the command line or in a form is not allowed."""

    exit_code = 2


class WrongSecret(KnownError):
    """The passphrase or recovery code does not open this journal."""

    exit_code = 3


class VaultMissing(KnownError):
    """There is no journal in the data folder."""

    exit_code = 4


class VaultDamaged(KnownError):
    """The journal's files exist but cannot be read; they are never overwritten."""

    exit_code = 4


class StoreDamaged(VaultDamaged):
    """The database file cannot be opened; ``why`` says so in a few plain words.

    The message names the command-line way back; the app words it its own way
    from ``why`` and offers the backup itself.
    """

    def __init__(self, message: str, why: str) -> None:
        super().__init__(message)
        self.why = why


class JournalBusy(KnownError):
    """Another window or command holds the journal just now; nothing was changed."""

    exit_code = 1


class WriteFailed(KnownError):
    """Something could not be written to the disk; what was saved before is untouched."""

    exit_code = 1


class DiskFull(WriteFailed):
    """The disk (or the space this program may use) is full; nothing was half-saved."""


class InvalidImportFile(KnownError):
    """A file to import is not what it claims to be."""

    exit_code = 5
