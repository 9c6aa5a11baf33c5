"""Parsing command-line values into what the domain takes, with messages that name the flag."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from journal_app.cli.main import tr
from journal_app.domain.validation import ValidationError


def at_value(text: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` in local time, given the offset the machine's zone has then."""
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(
            "--at",
            tr('must be a local date and time like "2026-11-16 09:30", not {text!r}').format(
                text=text
            ),
        ) from None
    if not 1900 <= naive.year <= 2999:
        raise ValidationError(
            "--at", tr("year must be from 1900 to 2999, not {year}").format(year=naive.year)
        )
    return naive.astimezone()


def date_value(flag: str, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            flag, tr("must be a date like 2026-11-16, not {text!r}").format(text=text)
        ) from None


def int_value(flag: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(
            flag, tr("must be a whole number, not {text!r}").format(text=text)
        ) from None


def word_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def flag_name(field: str) -> str:
    """The command-line spelling of a domain field: ``felt_safe`` → ``--felt-safe``."""
    if field.startswith("-"):
        return field
    return "--" + field.replace("_", "-")


class Raw(argparse.Action):
    """Keep the text as given; it is checked later so the message can name the field."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        setattr(namespace, self.dest, values)
