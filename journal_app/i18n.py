"""Translating words without loading Qt when there is nothing to translate.

``translate(context, text)`` looks once for a Qt translation file for the
person's language (``journal_app_<lang>.qm``, e.g. ``journal_app_es.qm`` or
``journal_app_de_AT.qm``) in ``resources/translations/`` (found through
``resource_files``), or in the folder named by ``JOURNAL_APP_TRANSLATIONS``.
Only when one exists is QtCore imported and a ``QTranslator`` loaded. Without
one, the text comes back as it is, and Qt stays unloaded (so ``add`` and
``list`` stay quick); if Qt is already loaded (the app),
``QCoreApplication.translate`` is asked, so translators the app installed are
used too.

The language comes from the usual variables, first set wins: ``LANGUAGE``
(its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; or from the choice
in Settings (``use_language``), which the app makes before its first window.
English is the language the app is written in: it needs no file.

``install_translators(app)`` gives a running Qt application the same
translation, and Qt's own (``qtbase_<lang>.qm``: the standard buttons and
dialogs), so widgets' ``tr()`` and Qt's dialogs speak the language too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from journal_app.resource_files import resource_path

TRANSLATIONS_ENV = "JOURNAL_APP_TRANSLATIONS"
PREFIX = "journal_app_"
SOURCE_LANGUAGE = "en"
SYSTEM = "system"  # the choice that follows the language variables

_UNSET = object()
_translator: Any = _UNSET  # a loaded QTranslator, None when there is none
_chosen: str = SYSTEM  # "system" or a language code (use_language)
_keep: list[Any] = []  # Qt objects that must live as long as the process (translators, app)


def _language(environ: dict[str, str] | os._Environ[str]) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if name == "LANGUAGE":
            value = value.split(":", 1)[0]
        if value:
            return value.split(".", 1)[0].split("@", 1)[0]
    return ""


def is_language_code(value: object) -> bool:
    """``es``, ``pt_BR``: a language the settings may choose (``system`` is not one)."""
    if not isinstance(value, str):
        return False
    language, underscore, region = value.partition("_")
    plain_language = 2 <= len(language) <= 3 and language.isascii() and language.isalpha()
    plain_region = len(region) == 2 and region.isascii() and region.isalpha() and region.isupper()
    return plain_language and language.islower() and (not underscore or plain_region)


def system_language(environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """The language the environment asks for (``es_ES``), or ``""`` for none (``C``)."""
    lang = _language(os.environ if environ is None else environ)
    return "" if lang in ("C", "POSIX") else lang


def chosen_language() -> str:
    """What the app was told to speak: ``"system"`` or a language code (``use_language``)."""
    return _chosen


def current_language() -> str:
    """The language asked for now: the choice in Settings, else the system's."""
    return system_language() if _chosen == SYSTEM else _chosen


def _folder() -> Path:
    env = os.environ.get(TRANSLATIONS_ENV)
    return Path(env) if env else resource_path("translations")


def translation_file(language: str | None = None, folder: Path | None = None) -> Path | None:
    """The ``.qm`` file for ``language`` (default: the one in use), most specific first."""
    lang = current_language() if language is None else language
    if not lang or lang in ("C", "POSIX"):
        return None
    folder = _folder() if folder is None else folder
    candidates = [lang]
    if "_" in lang:
        candidates.append(lang.split("_", 1)[0])
    for name in candidates:
        path = folder / f"{PREFIX}{name}.qm"
        if path.is_file():
            return path
    return None


def available_languages(folder: Path | None = None) -> list[str]:
    """English and every language a translation file is shipped for: ``["en", "es"]``."""
    folder = _folder() if folder is None else folder
    found = (
        {p.stem[len(PREFIX) :] for p in folder.glob(f"{PREFIX}*.qm")} if folder.is_dir() else set()
    )
    return [SOURCE_LANGUAGE, *sorted(code for code in found if is_language_code(code))]


def _load() -> Any:
    path = translation_file()
    if path is None:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def _loaded() -> Any:
    global _translator
    if _translator is _UNSET:
        _translator = _load()
    return _translator


def reset() -> None:
    """Forget the loaded translation (the next ``translate`` looks again)."""
    global _translator
    _translator = _UNSET


def use_language(choice: str) -> None:
    """Speak ``choice`` (a language code, or ``"system"`` to follow the environment)."""
    global _chosen
    _chosen = choice if is_language_code(choice) else SYSTEM
    reset()


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the person's language, when a translation for it exists.

    With ``n`` (a count), Qt's plural form for ``n`` is chosen and ``%n`` becomes ``n``.
    """
    translator = _loaded()
    if translator is not None:
        found = translator.translate(context, text, None, n)
        if found:
            return str(found).replace("%n", str(n)) if n >= 0 else str(found)
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text, None, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def decimal(value: float, places: int = 1) -> str:
    """A number with ``places`` decimals for a person to read: ``6.5``, in Spanish ``6,5``.

    The separator comes with the translation; data (JSON, CSV) keeps the point.
    """
    whole, _, fraction = f"{value:.{places}f}".partition(".")
    if not fraction:
        return whole
    return translate("numbers", "{whole}.{fraction}").format(whole=whole, fraction=fraction)


def translate_in_qt() -> None:
    """Let ``QCoreApplication.translate`` find the translation too (the weekly summary's words).

    Qt asks only the translators installed in a running application: on the command
    line, with a translation for the language, a bare ``QCoreApplication`` is made for
    it (after a ``QGuiApplication`` a PDF needs, if one is made first).
    """
    translator = _loaded()
    if translator is None:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "journal-app"])
        _keep.append(app)
    app.installTranslator(translator)
    _keep.append(translator)


def _qt_translator(lang: str) -> Any:
    """Qt's own translation for ``lang`` (``qtbase_es.qm``), from Qt's folder or resources/."""
    import PySide6.QtCore
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folders = [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        # Where PySide6 and the frozen bundle keep them, should Qt's own path differ.
        str(Path(PySide6.QtCore.__file__).parent / "Qt" / "translations"),
        str(resource_path("translations")),
    ]
    for folder in folders:
        translator = QTranslator()
        if translator.load(f"qtbase_{lang}", folder) or (
            "_" in lang and translator.load(f"qtbase_{lang.split('_', 1)[0]}", folder)
        ):
            return translator
    return None


def install_translators(app: Any) -> str:
    """Give ``app`` the translation of the language in use, and Qt's own; set the locale.

    Dates and numbers (``QLocale()``) follow the language shown, in the person's own
    region: Spanish on a Mexican system reads ``es_MX``. Returns the language the app
    speaks (``"en"`` when there is no translation for the one asked for).
    """
    from PySide6.QtCore import QLocale

    translator = _loaded()
    wanted = current_language()
    path = translation_file() if translator is not None else None
    speaks = path.stem[len(PREFIX) :] if path is not None else SOURCE_LANGUAGE
    if translator is not None:
        app.installTranslator(translator)
        _keep.append(translator)
        qt_own = _qt_translator(wanted)
        if qt_own is not None:
            app.installTranslator(qt_own)
            _keep.append(qt_own)
    shown, system = QLocale(speaks.split("_", 1)[0]), QLocale.system()
    # Qt names the system locale after LANGUAGE but writes dates after LC_TIME or LANG:
    # "es" with no LANG would write English month names in a Spanish window.
    if (translator is not None or _chosen != SYSTEM) and system.monthName(1) != shown.monthName(1):
        QLocale.setDefault(QLocale(shown.language(), system.territory()))
    return speaks


def remove_translators(app: Any) -> None:
    """Take back what ``install_translators`` gave ``app`` (tests that switch languages)."""
    from PySide6.QtCore import QTranslator

    for kept in [k for k in _keep if isinstance(k, QTranslator)]:
        app.removeTranslator(kept)
        _keep.remove(kept)
