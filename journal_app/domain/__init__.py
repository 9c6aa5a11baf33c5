"""Records, circles and validation rules: plain Python, no Qt, no SQL."""

from __future__ import annotations

from journal_app.i18n import translate


def tr(text: str) -> str:
    """``text`` (a message template, before ``.format``) in the person's language."""
    return translate("domain", text)
