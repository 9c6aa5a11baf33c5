"""``export (--from D --to D | --all) --format pdf|md|csv|json --out PATH [options]``.

Options: ``--no-notes`` or ``--shared-only``, ``--anonymize``, ``--kinds``.

JSON, CSV and Markdown take any range, or ``--all`` (the whole journal); the
PDF, the summary for therapy, covers up to a year.

Works on a machine with no display at all (a scheduled export on a headless
box): the PDF is drawn with QtGui on the offscreen platform unless the user
chose another, and QtWidgets is never imported.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from journal_app.cli.main import Context, tr
from journal_app.cli.values import date_value, word_list
from journal_app.domain.records import RecordKind
from journal_app.domain.validation import ValidationError
from journal_app.errors import UsageError
from journal_app.i18n import translate_in_qt

FORMATS = ("pdf", "md", "csv", "json")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "export",
        help=tr("write a summary for therapy, or all records, to a file (not encrypted)"),
        description=tr(
            "Write the records of a range, or of the whole journal (--all), to a file. "
            "The PDF summary for therapy covers up to a year. The file is NOT encrypted: "
            "anyone who can open it can read it."
        ),
    )
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    parser.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help=tr("the whole journal (JSON, CSV or Markdown)"),
    )
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, metavar="PATH", help=tr("the file to write"))
    notes = parser.add_mutually_exclusive_group()
    notes.add_argument(
        "--no-notes",
        action="store_true",
        help=tr("leave out notes and journal entries"),
    )
    notes.add_argument(
        "--shared-only",
        action="store_true",
        help=tr("only the notes and journal entries marked to share with my therapist"),
    )
    parser.add_argument(
        "--anonymize",
        action="store_true",
        help=tr("show people as their circle and an initial (close · S.)"),
    )
    parser.add_argument(
        "--kinds",
        metavar="K,K",
        help=tr("only these kinds: {kinds}").format(kinds=",".join(k.value for k in RecordKind)),
    )
    parser.set_defaults(func=_export)


def parse_kinds(text: str | None) -> list[RecordKind] | None:
    if text is None:
        return None
    kinds: list[RecordKind] = []
    for word in word_list(text):
        try:
            kinds.append(RecordKind(word))
        except ValueError:
            allowed = ", ".join(k.value for k in RecordKind)
            raise UsageError(
                tr("--kinds: {word!r} is not a kind; allowed: {allowed}").format(
                    word=word, allowed=allowed
                )
            ) from None
    if not kinds:
        raise UsageError(tr("--kinds: name at least one kind"))
    return kinds


def _range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """(start, end) from --from/--to, or (None, None) for --all."""
    from journal_app.exchange.export import check_range, limited

    if args.everything:
        if args.start or args.end:
            raise UsageError(tr("--all takes the whole journal: leave out --from and --to."))
        return None, None
    if not (args.start and args.end):
        raise UsageError(tr("give --from and --to (YYYY-MM-DD), or --all for the whole journal"))
    try:
        start = date_value("--from", args.start)
        end = date_value("--to", args.end)
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
    check_range(start, end, limited=limited(args.format))
    return start, end


def _export(args: argparse.Namespace, ctx: Context) -> int:
    from journal_app.exchange.export import check_export_target, export

    start, end = _range(args)
    kinds = parse_kinds(args.kinds)
    out = Path(args.out).expanduser()
    check_export_target(out, ctx.data_dir)  # before unlocking: no key derived for nothing
    if args.format == "pdf":
        # Before unlocking, so a display problem costs no key derivation.
        from journal_app.exchange.pdf import ensure_gui_application

        ensure_gui_application()
    translate_in_qt()  # the summary's words are Qt's (insights); after the PDF's application
    with ctx.open_journal() as journal:
        result = export(
            journal,
            start,
            end,
            args.format,
            out,
            notes=not args.no_notes,
            anonymize=args.anonymize,
            kinds=kinds,
            shared_only=args.shared_only,
            everything=args.everything,
        )
    if result.records == 1:
        wrote = tr("Wrote 1 record to {path}. This file is not encrypted.")
    elif result.weeks == 1:
        wrote = tr("Wrote {records} records (1 week) to {path}. This file is not encrypted.")
    else:
        wrote = tr("Wrote {records} records ({weeks} weeks) to {path}. This file is not encrypted.")
    ctx.print(wrote.format(records=result.records, weeks=result.weeks, path=result.path))
    return 0
