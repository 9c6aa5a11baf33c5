"""``import json|daylio|jrnl PATH [--dry-run] [--mood-map "label=score,…"]``.

The file is read and checked before the journal is unlocked, so a wrong or
damaged file costs no key derivation and a dry run needs no passphrase.
"""

from __future__ import annotations

import argparse

from journal_app.cli.main import Context
from journal_app.exchange.importers import (
    ImportKind,
    ImportPlan,
    apply,
    parse_mood_map,
    read_import,
)

_KIND_WORDS = {
    "mood": ("mood check-in", "mood check-ins"),
    "connection": ("connection moment", "connection moments"),
    "alone": ("time alone", "times alone"),
    "boundary": ("boundary practice", "boundary practices"),
    "entry": ("journal entry", "journal entries"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser(
        "import",
        help="bring in your history from Daylio, jrnl or a journal-app JSON export",
        description=(
            "Import a file: json (a journal-app export), daylio (a Daylio CSV export or "
            ".daylio backup) or jrnl (jrnl --format json). Everything is added at once or "
            "nothing is; importing the same file again adds nothing twice."
        ),
    )
    imp.add_argument("kind", choices=[k.value for k in ImportKind], metavar="json|daylio|jrnl")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument(
        "--dry-run", action="store_true", help="say what would be imported; write nothing"
    )
    imp.add_argument(
        "--mood-map",
        metavar='"label=score,…"',
        help="scores (1-10) for Daylio moods other than rad, good, meh, bad, awful",
    )
    imp.set_defaults(func=_import)


def _counted(counts: dict[str, int]) -> str:
    parts = []
    for kind, number in counts.items():
        one, many = _KIND_WORDS.get(kind, (kind, kind))
        parts.append(f"{number} {one if number == 1 else many}")
    return ", ".join(parts) if parts else "nothing"


def _span(plan: ImportPlan) -> str:
    if plan.date_range is None:
        return ""
    first, last = plan.date_range
    return f" from {first.isoformat()} to {last.isoformat()}"


def _import(args: argparse.Namespace, ctx: Context) -> int:
    mood_map = parse_mood_map(args.mood_map) if args.mood_map else None
    plan = read_import(args.kind, args.path, mood_map)
    total = len(plan.records)
    if args.dry_run:
        ctx.print(f"Dry run: nothing was written. The file holds {total} records{_span(plan)}:")
        for kind, number in plan.counts.items():
            ctx.print(f"  {_KIND_WORDS.get(kind, (kind, kind))[1]}: {number}")
        if plan.people:
            ctx.print(f"  people: {len(plan.people)}")
        if plan.labels_found:
            ctx.print("Moods found: " + ", ".join(plan.labels_found))
        ctx.print("Anything already in your journal would be left as it is, not added twice.")
        return 0
    with ctx.open_journal() as journal:
        result = apply(journal, plan)
    ctx.print(f"The file holds {total} records{_span(plan)} ({_counted(plan.counts)}).")
    ctx.print(f"Added to your journal: {result.added}.")
    if result.skipped:
        ctx.print(f"Already in your journal, left as they were: {result.skipped}.")
    if result.people_added:
        ctx.print(f"Added to your support map: {result.people_added} people.")
    return 0
