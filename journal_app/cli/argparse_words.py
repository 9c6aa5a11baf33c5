"""argparse's own words ("usage:", "options", "the following arguments are required: %s").

argparse takes them from ``gettext``, which has no Spanish; ``translate_argparse``
routes them through the app's translation (context ``argparse``), so help and
mistakes on the command line read in one language. The texts are listed here,
as Python 3.11 to 3.13 write them, so translators see them
(``packaging/translations.py`` reads ``WORDS``); any other stays as argparse has it.
"""

from __future__ import annotations

import argparse

from journal_app.i18n import translate

CONTEXT = "argparse"
WORDS = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    "can't open '%(filename)s': %(error)s",
    "expected %s argument",
    "expected %s arguments",
)


def _word(text: str) -> str:
    return translate(CONTEXT, text)


def _words(singular: str, plural: str, n: int) -> str:
    return _word(singular if n == 1 else plural)


def translate_argparse() -> None:
    """From now on, argparse says its words in the person's language."""
    setattr(argparse, "_", _word)  # noqa: B010 - argparse looks its gettext up by this name
    setattr(argparse, "ngettext", _words)  # noqa: B010
