"""``import json|daylio|dayone|bearable|pixels|jrnl PATH [--dry-run] [--mood-map …]``.

The file is read and checked before the journal is unlocked, so a wrong or
damaged file costs no key derivation and a dry run needs no passphrase.
"""

from __future__ import annotations

import argparse

from journal_app.cli.main import Context, tr
from journal_app.exchange.importers import (
    ImportKind,
    ImportPlan,
    apply,
    parse_mood_map,
    read_import,
)


def _kind_words(kind: str) -> tuple[str, str, str]:
    """How many of a kind, in words: (one, many, as a list line), each with ``{n}``."""
    words = {
        "mood": (tr("{n} mood check-in"), tr("{n} mood check-ins"), tr("mood check-ins: {n}")),
        "connection": (
            tr("{n} connection moment"),
            tr("{n} connection moments"),
            tr("connection moments: {n}"),
        ),
        "alone": (tr("{n} time alone"), tr("{n} times alone"), tr("times alone: {n}")),
        "boundary": (
            tr("{n} boundary practice"),
            tr("{n} boundary practices"),
            tr("boundary practices: {n}"),
        ),
        "entry": (tr("{n} journal entry"), tr("{n} journal entries"), tr("journal entries: {n}")),
    }
    return words.get(kind, ("{n} " + kind, "{n} " + kind, kind + ": {n}"))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser(
        "import",
        help=tr("bring in your history from Daylio, Day One, Bearable, Pixels, jrnl or this app"),
        description=tr(
            "Import a file: json (a journal-app export), daylio (a Daylio CSV export or "
            ".daylio backup), dayone (Day One's JSON export: the ZIP or the Journal.json in it), "
            "bearable (Bearable's CSV export), pixels (the Pixels app's JSON backup) or jrnl "
            "(jrnl --format json). Everything is added at once or nothing is; importing the "
            "same file again adds nothing twice."
        ),
    )
    kinds = [k.value for k in ImportKind]
    imp.add_argument("kind", choices=kinds, metavar="|".join(kinds))
    imp.add_argument("path", metavar="PATH")
    imp.add_argument(
        "--dry-run", action="store_true", help=tr("say what would be imported; write nothing")
    )
    imp.add_argument(
        "--mood-map",
        metavar='"label=score,…"',
        help=tr("scores (1-10) for Daylio moods other than rad, good, meh, bad, awful"),
    )
    imp.set_defaults(func=_import)


def _counted(counts: dict[str, int]) -> str:
    parts = []
    for kind, number in counts.items():
        one, many, _ = _kind_words(kind)
        parts.append((one if number == 1 else many).format(n=number))
    return ", ".join(parts) if parts else tr("nothing")


def _span(plan: ImportPlan) -> str:
    if plan.date_range is None:
        return ""
    first, last = plan.date_range
    return tr(" from {first} to {last}").format(first=first.isoformat(), last=last.isoformat())


def _import(args: argparse.Namespace, ctx: Context) -> int:
    mood_map = parse_mood_map(args.mood_map) if args.mood_map else None
    plan = read_import(args.kind, args.path, mood_map)
    total = len(plan.records)
    if args.dry_run:
        holds = (
            tr("Dry run: nothing was written. The file holds 1 record{span}:")
            if total == 1
            else tr("Dry run: nothing was written. The file holds {total} records{span}:")
        )
        ctx.print(holds.format(total=total, span=_span(plan)))
        for kind, number in plan.counts.items():
            ctx.print("  " + _kind_words(kind)[2].format(n=number))
        if plan.people:
            ctx.print("  " + tr("people: {n}").format(n=len(plan.people)))
        if plan.labels_found:
            ctx.print(tr("Moods found: {moods}").format(moods=", ".join(plan.labels_found)))
        ctx.print(tr("Anything already in your journal would be left as it is, not added twice."))
        return 0
    with ctx.open_journal() as journal:
        result = apply(journal, plan)
    holds = (
        tr("The file holds 1 record{span} ({kinds}).")
        if total == 1
        else tr("The file holds {total} records{span} ({kinds}).")
    )
    ctx.print(holds.format(total=total, span=_span(plan), kinds=_counted(plan.counts)))
    ctx.print(tr("Added to your journal: {n}.").format(n=result.added))
    if result.skipped:
        ctx.print(tr("Already in your journal, left as they were: {n}.").format(n=result.skipped))
    if result.people_added:
        ctx.print(tr("New people in your journal (see People): {n}.").format(n=result.people_added))
    return 0
