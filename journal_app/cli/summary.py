"""``summary [--week YYYY-Www] [--format text|json]``: the private weekly summary."""

from __future__ import annotations

import argparse
import json

from journal_app.cli.main import Context, tr
from journal_app.domain.records import local_now
from journal_app.domain.validation import ValidationError
from journal_app.errors import UsageError
from journal_app.insights import Week, parse_week, summarize_week, week_of


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("summary", help=tr("a private summary of one week"))
    parser.add_argument(
        "--week",
        metavar="YYYY-Www",
        help=tr(
            "the week, e.g. 2026-W47 (default: this week). Weeks start on Monday, or on "
            "Sunday if chosen in Settings; a Sunday week carries the number of the ISO week "
            "that starts the next day"
        ),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=_summary)


def chosen_week(text: str | None, week_start: str) -> Week:
    """The week asked for on the command line, or the one containing today (local)."""
    if text is None:
        return week_of(local_now().date(), week_start)
    try:
        return parse_week(text, week_start)
    except ValidationError as exc:
        raise UsageError(f"--week: {str(exc).split(': ', 1)[-1]}") from None


def _summary(args: argparse.Namespace, ctx: Context) -> int:
    # The week is checked before unlocking, so a mistyped week costs no key derivation;
    # the day it starts on is a setting kept inside the journal, read once it is open.
    chosen_week(args.week, "monday")
    with ctx.open_journal() as journal:
        week = chosen_week(args.week, journal.settings.week_start)
        # One indexed range query for both weeks; each week counts its own days.
        records = journal.records_between(week.previous().start, week.end)
    summary = summarize_week(records, records, week)
    if args.format == "json":
        ctx.print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        from journal_app.i18n import translate_in_qt
        from journal_app.insights.text import render_text  # QtCore: only when needed

        translate_in_qt()
        ctx.stdout.write(render_text(summary))
    return 0
