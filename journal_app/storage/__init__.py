"""The vault (keys, unlock, recovery), the SQLCipher store, migrations, backups."""

from __future__ import annotations

from journal_app.i18n import translate


def tr(text: str) -> str:
    """``text`` (a message template, before ``.format``) in the person's language."""
    return translate("storage", text)
