"""``add``, ``list`` and ``search``."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from journal_app.cli.main import Context, tr
from journal_app.cli.values import at_value, date_value, flag_name, int_value, word_list
from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    RecordKind,
    SessionReflection,
    Support,
    TimeAlone,
    local_now,
)
from journal_app.domain.serialize import record_to_json
from journal_app.domain.validation import ValidationError
from journal_app.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    add = sub.add_parser("add", help=tr("add a record"))
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help=tr("local time (default: now)"))
        p.add_argument("--note", help=tr("a note"))
        p.add_argument("--share", action="store_true", help=tr("share with my therapist"))
        p.set_defaults(func=_add)

    mood = kinds.add_parser("mood", help=tr("how you feel"))
    mood.add_argument("--score", required=True, help=tr("1 (very low) to 10 (very good)"))
    mood.add_argument("--distress", help=tr("0 to 10"))
    mood.add_argument("--emotions", metavar="WORD,WORD", help=tr("emotion words"))
    common(mood)

    conn = kinds.add_parser("connection", help=tr("a moment of contact with someone"))
    conn.add_argument("--circle", required=True, help=tr(", ").join(c.value for c in Circle))
    conn.add_argument("--minutes", required=True, help=tr("0 to 1440"))
    conn.add_argument("--person", metavar="NAME", help=tr("a name, nickname or initials"))
    conn.add_argument("--mode", help=tr(", ").join(m.value for m in ContactMode))
    conn.add_argument("--felt-safe", help=tr("1 to 5"))
    conn.add_argument("--initiated", action="store_true", help=tr("I reached out"))
    conn.add_argument(
        "--support",
        metavar="|".join(s.value for s in Support),
        help=tr("which way support went: I gave it, received it, or both (mutual)"),
    )
    session = conn.add_argument_group(
        tr("after a session (only with --circle professional)"),
        tr(
            "How the session felt, 0 (not at all) to 10 (completely): "
            "your own answers, not a score."
        ),
    )
    session.add_argument("--heard", metavar="N", help=tr("I felt heard and understood"))
    session.add_argument("--goals", metavar="N", help=tr("we worked on what matters to me"))
    session.add_argument("--approach", metavar="N", help=tr("the way we worked suited me"))
    session.add_argument(
        "--bring-up",
        metavar="TEXT",
        help=tr("next time I want to bring up… (one line; shared with my therapist)"),
    )
    session.add_argument(
        "--keep-bring-up-private",
        action="store_true",
        help=tr("do not flag the --bring-up line to share"),
    )
    common(conn)

    alone = kinds.add_parser("alone", help=tr("time alone"))
    alone.add_argument("--minutes", required=True, help=tr("1 to 1440"))
    alone.add_argument("--chosen", action="store_true", help=tr("chosen, restful solitude"))
    alone.add_argument("--loneliness", help=tr("0 to 10"))
    common(alone)

    boundary = kinds.add_parser("boundary", help=tr("a boundary you practised"))
    boundary.add_argument(
        "--type", required=True, help=tr(", ").join(t.value for t in BoundaryType)
    )
    boundary.add_argument("--outcome", required=True, help=tr(", ").join(o.value for o in Outcome))
    boundary.add_argument(
        "--circle",
        help=tr("{circles}; a new --person without one is kept off your support map").format(
            circles=tr(", ").join(c.value for c in Circle)
        ),
    )
    boundary.add_argument("--person", metavar="NAME")
    boundary.add_argument("--fear-before", help=tr("0 to 10"))
    boundary.add_argument("--felt-after", help=tr("0 to 10"))
    common(boundary)

    entry = kinds.add_parser("entry", help=tr("a journal entry"))
    entry.add_argument("--text", required=True, help=tr("the text, or - to read it from stdin"))
    entry.add_argument("--title")
    entry.add_argument("--tags", metavar="TAG,TAG")
    common(entry)

    lst = sub.add_parser("list", help=tr("list records"))
    lst.add_argument("--from", dest="start", metavar="D", help=tr("first day, YYYY-MM-DD"))
    lst.add_argument("--to", dest="end", metavar="D", help=tr("last day, YYYY-MM-DD"))
    lst.add_argument("--kind", choices=[k.value for k in RecordKind])
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.set_defaults(func=_list)

    search = sub.add_parser(
        "search", help=tr("search entries, titles, tags and notes, newest first")
    )
    search.add_argument("text")
    search.add_argument("--from", dest="start", metavar="D", help=tr("first day, YYYY-MM-DD"))
    search.add_argument("--to", dest="end", metavar="D", help=tr("last day, YYYY-MM-DD"))
    search.add_argument("--format", choices=("text", "json"), default="text")
    search.set_defaults(func=_search)


def _optional_int(args: argparse.Namespace, name: str) -> int | None:
    value = getattr(args, name, None)
    return None if value is None else int_value(flag_name(name), value)


def build_record(args: argparse.Namespace, ctx: Context) -> AnyRecord:
    """The record an ``add`` command describes; raises naming the flag that is wrong."""
    common: dict[str, Any] = {
        "at": at_value(args.at) if args.at is not None else local_now(),
        "note": args.note or "",
        "share": bool(args.share),
    }
    kind = RecordKind(args.kind)
    if kind is RecordKind.MOOD:
        return MoodCheckIn(
            score=int_value("--score", args.score),
            distress=_optional_int(args, "distress"),
            emotions=word_list(args.emotions or ""),
            **common,
        )
    if kind is RecordKind.CONNECTION:
        return ConnectionMoment(
            circle=args.circle,
            minutes=int_value("--minutes", args.minutes),
            person=args.person,
            mode=ContactMode.IN_PERSON if args.mode is None else args.mode,
            felt_safe=_optional_int(args, "felt_safe"),
            initiated=bool(args.initiated),
            support=args.support,
            reflection=SessionReflection(
                **{key: _optional_int(args, key) for key in SessionReflection.QUESTIONS},
                bring_up=args.bring_up or "",
                share_bring_up=not args.keep_bring_up_private,
            ),
            **common,
        )
    if kind is RecordKind.ALONE:
        return TimeAlone(
            minutes=int_value("--minutes", args.minutes),
            chosen=bool(args.chosen),
            loneliness=_optional_int(args, "loneliness"),
            **common,
        )
    if kind is RecordKind.BOUNDARY:
        return BoundaryPractice(
            type=args.type,
            outcome=args.outcome,
            circle=args.circle,
            person=args.person,
            fear_before=_optional_int(args, "fear_before"),
            felt_after=_optional_int(args, "felt_after"),
            **common,
        )
    text = ctx.stdin.read() if args.text == "-" else args.text
    return JournalEntry(
        text=text, title=args.title or "", tags=word_list(args.tags or ""), **common
    )


def _flag_error(exc: ValidationError) -> UsageError:
    """The error, naming the flag as it is typed on the command line."""
    flag = _SESSION_FLAGS if exc.field == "reflection" else flag_name(exc.field)
    return UsageError(f"{flag}: {str(exc).split(': ', 1)[-1]}")


_SESSION_FLAGS = "--heard/--goals/--approach/--bring-up"


def _add(args: argparse.Namespace, ctx: Context) -> int:
    try:
        record = build_record(args, ctx)
    except ValidationError as exc:
        raise _flag_error(exc) from None
    name = getattr(record, "person", None)
    with ctx.open_journal() as journal:
        new_off_map = (
            isinstance(record, BoundaryPractice)
            and record.circle is None
            and name is not None
            and journal.find_person(name) is None
        )
        try:
            journal.add(record)
        except ValidationError as exc:
            raise _flag_error(exc) from None
    ctx.print(
        tr("Saved {kind} for {at} (id {id}).").format(
            kind=record.kind.value, at=f"{record.at:%Y-%m-%d %H:%M}", id=record.id
        )
    )
    if new_off_map:
        ctx.print(tr("{name} is kept in your journal, not on your support map.").format(name=name))
    return 0


def describe(record: AnyRecord) -> str:
    """One line a person can read: when, then what (the words the app uses too)."""
    from journal_app.words import describe as what  # QtCore only when printing records

    return f"{record.at:%Y-%m-%d %H:%M}  {what(record)}"


def _print_records(records: list[AnyRecord], fmt: str, ctx: Context, empty: str) -> None:
    if fmt == "json":
        ctx.print(json.dumps([record_to_json(r) for r in records], ensure_ascii=False, indent=1))
        return
    if not records:
        ctx.print(empty)
    for record in records:
        ctx.print(describe(record))


def _date_range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """``--from`` and ``--to`` as days (either may be absent); refused when reversed."""
    start = date_value("--from", args.start) if args.start else None
    end = date_value("--to", args.end) if args.end else None
    if start and end and start > end:
        raise UsageError(
            tr("--from ({start}) must not be after --to ({end})").format(start=start, end=end)
        )
    return start, end


def _list(args: argparse.Namespace, ctx: Context) -> int:
    start, end = _date_range(args)
    kinds = [RecordKind(args.kind)] if args.kind else None
    with ctx.open_journal() as journal:
        records = journal.records_between(start, end, kinds)
    _print_records(records, args.format, ctx, tr("Nothing recorded in that time."))
    return 0


def _search(args: argparse.Namespace, ctx: Context) -> int:
    start, end = _date_range(args)
    with ctx.open_journal() as journal:
        records = journal.search(args.text, start=start, end=end)
    _print_records(records, args.format, ctx, tr("Nothing found."))
    return 0
