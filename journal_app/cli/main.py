"""Parsing, dispatch and the one place errors become exit codes.

Each command module exposes ``register(subparsers)``, which adds its parser
and sets ``func`` to a handler ``handler(args, ctx) -> int``.
"""

from __future__ import annotations

import argparse
import contextvars
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from journal_app import __version__
from journal_app.errors import KnownError, UsageError
from journal_app.hardening import no_core_files, not_dumpable
from journal_app.i18n import translate
from journal_app.paths import resolve_data_dir

if TYPE_CHECKING:  # the command line loads what a command needs, when it needs it
    from journal_app.services.journal import Journal

PASSPHRASE_ENV = "JOURNAL_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "JOURNAL_APP_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "JOURNAL_APP_RECOVERY_CODE"


def tr(text: str) -> str:
    """A command-line text in the person's language (Qt only if a translation exists)."""
    return translate("cli", text)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            tr("{prog}: {message} (see '{prog} --help')").format(prog=self.prog, message=message)
        )


class Context:
    """What a command needs from outside: the data folder, secrets, output."""

    def __init__(
        self,
        data_dir: Path,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        environ: dict[str, str] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.environ = os.environ if environ is None else environ

    def secret(self, env: str, prompt: str, *, confirm: bool = False) -> str:
        """A secret from ``env`` or a terminal prompt; never from the command line."""
        value = self.environ.get(env)
        if value is not None:
            return value
        if not self.stdin.isatty():
            raise UsageError(
                tr("{what} is needed: set {env} or run this in a terminal.").format(
                    what=prompt.rstrip(": "), env=env
                )
            )
        import getpass  # only when a terminal is asked (it loads termios)

        value = getpass.getpass(prompt)
        if confirm and getpass.getpass(tr("Type it again: ")) != value:
            raise UsageError(tr("The two entries were not the same; nothing was changed."))
        return value

    def optional_secret(self, env: str, prompt: str) -> str | None:
        """A secret from ``env`` or a terminal prompt, or None when left empty or not asked."""
        value = self.environ.get(env)
        if value is None and self.stdin.isatty():
            import getpass

            value = getpass.getpass(prompt)
        if value is None or not value.strip():
            return None
        return value.strip()

    def passphrase(self) -> str:
        return self.secret(PASSPHRASE_ENV, tr("Passphrase: "))

    def open_journal(self) -> Journal:
        """Unlock the journal in the data folder (``Journal``, see services).

        The first unlock of the day makes the daily backup and checks it (see
        ``cli.daily``); damage found there stops the command (exit 4).
        """
        from journal_app.cli.daily import daily_backup, damaged_at_open
        from journal_app.errors import VaultDamaged
        from journal_app.services.journal import Journal

        passphrase = self.passphrase()
        try:
            journal = Journal.unlock(self.data_dir, passphrase)
        except VaultDamaged as exc:  # and name the newest backup that passes every check
            raise damaged_at_open(exc, self.data_dir, passphrase) from None
        try:
            daily_backup(journal, self)
        except BaseException:
            journal.close()
            raise
        return journal

    def note(self, text: str) -> None:
        """A line on stderr that is not an error (the command goes on)."""
        print(f"journal-app: {text}", file=self.stderr)

    def print(self, text: str = "") -> None:
        print(text, file=self.stdout)


Registrar = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


# Every command module's registrar, in the order ``--help`` lists the commands.
_REGISTRARS = (
    ("vaultcmds", "register_init"),
    ("records", "register"),
    ("people", "register"),
    ("vaultcmds", "register"),
    ("summary", "register"),
    ("exchange", "register"),
    ("gui", "register"),
    ("importcmd", "register"),
)
# The module that registers each command. A command line names one command, so only
# its module is loaded: the others bring in what only they need (the importers, the
# weekly insights, backups), a cost every command would pay (saving a record is meant
# to take well under half a second, key derivation included). A word not listed here,
# a mistake or a command added without listing it, builds the whole parser as --help
# does (a test holds the list complete).
COMMAND_MODULES = {
    "init": "vaultcmds",
    "change-passphrase": "vaultcmds",
    "recover": "vaultcmds",
    "backup": "vaultcmds",
    "backups": "vaultcmds",
    "restore": "vaultcmds",
    "verify": "vaultcmds",
    "add": "records",
    "list": "records",
    "search": "records",
    "people": "people",
    "summary": "summary",
    "export": "exchange",
    "demo": "gui",
    "import": "importcmd",
}


def _registrars(command: str | None = None) -> list[Registrar]:
    """The registrars for ``command`` (its module's), or every one for None or an unknown word."""
    import importlib

    module = COMMAND_MODULES.get(command) if command is not None else None
    return [
        getattr(importlib.import_module(f"journal_app.cli.{name}"), function)
        for name, function in _REGISTRARS
        if module is None or name == module
    ]


# The command ``main`` is parsing, for ``build_parser`` (which is called without one).
_PARSING: contextvars.ContextVar[str | None] = contextvars.ContextVar("parsing", default=None)


def command_word(args: list[str]) -> str | None:
    """The command a command line names: its first word that is not an option."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--data-dir":
            i += 2
        elif arg.startswith("--data-dir="):
            i += 1
        else:
            return None if arg.startswith("-") else arg
    return None


def version_line() -> str:
    """``journal-app 0.1.0``: the command and the package version."""
    return f"journal-app {__version__}"


def build_parser(command: str | None = None) -> Parser:
    """The parser; with ``command`` (or the one ``main`` is parsing), only that command's
    (see ``COMMAND_MODULES``); with neither, every command's."""
    from journal_app.cli.argparse_words import translate_argparse

    translate_argparse()
    if command is None:
        command = _PARSING.get()
    parser = Parser(
        prog="journal-app",
        description=tr("An offline, encrypted journal. With no command, opens the app."),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=tr(
            "the journal's folder (default: $JOURNAL_APP_DATA_DIR or the platform's data folder)"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=version_line(),
        help=tr("show the version of the app and stop"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for register in _registrars(command):
        register(sub)
    return parser


def _split_global(argv: list[str]) -> list[str]:
    """Allow ``--data-dir`` after the command too (``journal-app list --data-dir D``)."""
    out: list[str] = []
    front: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--data-dir" and i + 1 < len(argv):
            front += [arg, argv[i + 1]]
            i += 2
            continue
        if arg.startswith("--data-dir="):
            front.append(arg)
        else:
            out.append(arg)
        i += 1
    return front + out


def _app_only(args: list[str]) -> tuple[bool, str | None]:
    """``journal-app`` with at most ``--data-dir``: (True, the folder given or None)."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--data-dir" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return True, args[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    no_core_files()  # nothing read later (a secret) may end up in a core file
    os.umask(0o077)  # everything we create is the user's alone
    args_list = _split_global(list(sys.argv[1:] if argv is None else argv))
    try:
        if args_list == ["--version"]:
            # Answered before the parser is built: that would load every command's modules.
            print(version_line())
            return 0
        app_only, given = _app_only(args_list)
        if app_only:
            # Straight to the app: building the parser would load every command's
            # modules (storage, crypto) before the unlock screen is painted.
            from journal_app.cli.gui_launch import open_app

            # The app makes itself undumpable once its first screen is up (app.run).
            return open_app(Context(resolve_data_dir(given)), demo=False)
        not_dumpable()  # before any secret is read: no other process may read it from memory
        parsing = _PARSING.set(command_word(args_list))
        try:
            parser = build_parser()
        finally:
            _PARSING.reset(parsing)
        args = parser.parse_args(args_list)
        ctx = Context(resolve_data_dir(args.data_dir))
        func = getattr(args, "func", None)
        if func is None:
            from journal_app.cli.gui_launch import open_app

            return open_app(ctx, demo=False)
        return int(func(args, ctx))
    except KnownError as exc:
        print(f"journal-app: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("journal-app: " + tr("stopped; nothing half-saved."), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug: one line for the user, no traceback in their face
        from journal_app.storage.files import disk_full, is_full

        if isinstance(exc, OSError) and is_full(exc):  # written outside the storage layer
            print(f"journal-app: {disk_full()}", file=sys.stderr)
            return 1
        if os.environ.get("JOURNAL_APP_DEBUG"):
            raise
        message = tr(
            "something went wrong inside the app ({error}). "
            "Nothing was half-saved. Set JOURNAL_APP_DEBUG=1 to see details."
        ).format(error=type(exc).__name__)
        print(f"journal-app: {message}", file=sys.stderr)
        return 1
