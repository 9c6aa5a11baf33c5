"""``people [--format text|json]`` and ``people delete NAME``: everyone named in the journal."""

from __future__ import annotations

import argparse
import json
from typing import Any

from journal_app.cli.main import Context, tr
from journal_app.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    people = sub.add_parser(
        "people",
        help=tr("the people in your journal: circle (or off the map), archived, last contact"),
    )
    people.add_argument("--format", choices=("text", "json"), default="text")
    people.set_defaults(func=_list)
    actions = people.add_subparsers(dest="action", metavar="ACTION")
    delete = actions.add_parser(
        "delete",
        help=tr(
            "remove someone for good: their name leaves every record (the records stay); "
            "what you wrote yourself is not changed"
        ),
    )
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(func=_delete)


def _list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_journal() as journal:
        people = journal.people(include_archived=True)
        last = journal.last_contact()
    rows: list[dict[str, Any]] = [
        {
            "name": p.name,
            "circle": p.circle.value if p.circle is not None else None,
            "archived": p.archived,
            "last_contact": last[p.id].isoformat() if p.id in last else None,
        }
        for p in people
    ]
    if args.format == "json":
        ctx.print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        ctx.print(tr("No one is named in your journal yet."))
        return 0
    from journal_app.words import place_label

    places = [place_label(p.circle) for p in people]
    name_w = max(len(row["name"]) for row in rows)
    place_w = max(len(place) for place in places)
    for row, place in zip(rows, places, strict=True):
        when = (
            tr("last contact {day}").format(day=row["last_contact"])
            if row["last_contact"]
            else tr("no moments noted yet")
        )
        archived = "  " + tr("(archived)") if row["archived"] else ""
        ctx.print(f"{row['name']:<{name_w}}  {place:<{place_w}}  {when}{archived}")
    return 0


def _delete(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_journal() as journal:
        person = journal.find_person(args.name)
        if person is None:
            raise UsageError(
                tr("There is no one called {name} in your journal; nothing was changed.").format(
                    name=repr(args.name.strip())
                )
            )
        unnamed = journal.delete_person(person)
    ctx.print(tr("Deleted {name}.").format(name=person.name))
    if unnamed == 1:
        ctx.print(tr("Their name was taken off 1 record, which stays without a name."))
    elif unnamed:
        ctx.print(
            tr("Their name was taken off {n} records, which stay without a name.").format(n=unnamed)
        )
    ctx.print(tr("What you wrote yourself (notes, entries, your safety plan) was not changed."))
    return 0
