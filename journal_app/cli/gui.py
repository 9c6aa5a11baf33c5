"""``journal-app demo``: the app on a throw-away journal of sample data, deleted on exit."""

from __future__ import annotations

import argparse

from journal_app.cli.main import Context, tr


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "demo",
        help=tr("open the app on a throw-away journal filled with 12 weeks of sample data"),
        description=tr(
            "Open the app on a throw-away journal filled with twelve weeks of invented "
            "sample data. It lives in a temporary folder and is deleted when the app closes; "
            "your own journal is not touched."
        ),
    )
    parser.set_defaults(func=_demo)


def _demo(args: argparse.Namespace, ctx: Context) -> int:
    from journal_app.app import run

    return run(ctx.data_dir, demo=True)
