"""Translating words without loading Qt when there is nothing to translate.

``translate(context, text)`` looks once for a Qt translation file for the
person's language (``journal_app_<lang>.qm``, e.g. ``journal_app_de.qm`` or
``journal_app_de_AT.qm``) in ``resources/translations/`` (found through
``resource_files``), or in the folder named by ``JOURNAL_APP_TRANSLATIONS``.
Only when one exists is QtCore imported and a ``QTranslator`` loaded. Without
one, the text comes back as it is, and Qt stays unloaded (so ``add`` and
``list`` stay quick); if Qt is already loaded (the app),
``QCoreApplication.translate`` is asked, so translators the app installed are
used too.

The language comes from the usual variables, first set wins: ``LANGUAGE``
(its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from journal_app.resource_files import resource_path

TRANSLATIONS_ENV = "JOURNAL_APP_TRANSLATIONS"

_UNSET = object()
_translator: Any = _UNSET  # a loaded QTranslator, None when there is none


def _language(environ: dict[str, str] | os._Environ[str]) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if name == "LANGUAGE":
            value = value.split(":", 1)[0]
        if value:
            return value.split(".", 1)[0].split("@", 1)[0]
    return ""


def translation_file(language: str | None = None, folder: Path | None = None) -> Path | None:
    """The ``.qm`` file for ``language`` (default: the person's), most specific first."""
    lang = _language(os.environ) if language is None else language
    if not lang or lang in ("C", "POSIX"):
        return None
    if folder is None:
        env = os.environ.get(TRANSLATIONS_ENV)
        folder = Path(env) if env else resource_path("translations")
    candidates = [lang]
    if "_" in lang:
        candidates.append(lang.split("_", 1)[0])
    for name in candidates:
        path = folder / f"journal_app_{name}.qm"
        if path.is_file():
            return path
    return None


def _load() -> Any:
    path = translation_file()
    if path is None:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def reset() -> None:
    """Forget the loaded translation (the next ``translate`` looks again)."""
    global _translator
    _translator = _UNSET


def translate(context: str, text: str) -> str:
    """``text`` in the person's language, when a translation for it exists."""
    global _translator
    if _translator is _UNSET:
        _translator = _load()
    if _translator is not None:
        found = _translator.translate(context, text)
        if found:
            return str(found)
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)
    return text
