"""The app speaks the person's language: the system's, or the one chosen in Settings.

Spanish ships with the app. Qt's own words (standard buttons, file dialogs) come
with it; dates and numbers follow the language shown. A language chosen in
Settings is kept in the plain settings.json (it is needed before unlock) and is
used from the next start.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from app_support import unlock, visible_texts
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from journal_app import i18n
from journal_app.services.settings import Settings, load_settings, save_settings

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = 8  # Today … Settings


def test_the_language_variables_first_set_wins() -> None:
    env = {"LANGUAGE": "es:en", "LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}
    assert i18n.system_language(env) == "es"
    assert i18n.system_language({"LC_ALL": "es_MX.UTF-8", "LANG": "fr_FR"}) == "es_MX"
    assert i18n.system_language({"LC_MESSAGES": "es_AR.UTF-8@euro", "LANG": "fr"}) == "es_AR"
    assert i18n.system_language({"LANGUAGE": "", "LANG": "es_ES.UTF-8"}) == "es_ES"
    assert i18n.system_language({"LANG": "C.UTF-8"}) == ""
    assert i18n.system_language({}) == ""


def test_the_languages_offered_are_english_and_every_translation_shipped() -> None:
    assert i18n.available_languages() == ["en", "es"]


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        ("es", "es"),
        ("pt_BR", "pt_BR"),
        ("system", "system"),
        ("Spanish", "system"),
        ("es-ES", "system"),
        ("", "system"),
        (7, "system"),
        (None, "system"),
        (["es"], "system"),
    ],
)
def test_the_choice_lives_in_the_plain_settings_file_and_a_bad_one_means_system(
    tmp_path: Path, stored: Any, read: str
) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": stored}), "utf-8")
    assert load_settings(tmp_path).language == read
    save_settings(tmp_path, Settings(language="es"))
    assert json.loads((tmp_path / "settings.json").read_text("utf-8"))["language"] == "es"


def test_spanish_from_the_system(speak: Any) -> None:
    assert speak("system", LANG="es_ES.UTF-8") == "es"
    assert QCoreApplication.translate("MainView", "Today") == "Hoy"
    assert i18n.translate("words", "Close people") == "Personas cercanas"
    assert i18n.translate("summary", "%n times", 2) == "2 veces"
    assert QLocale().toString(QDate(2026, 11, 16), "dddd d MMMM") == "lunes 16 noviembre"


def test_spanish_from_language_alone_writes_spanish_dates_too(speak: Any) -> None:
    # LANGUAGE=es with no LANG: Qt would write dates in English in a Spanish window.
    assert speak("system", LANGUAGE="es") == "es"
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().toString(QDate(2026, 11, 16), "MMMM") == "noviembre"


def test_a_choice_in_settings_wins_over_the_system(speak: Any) -> None:
    assert speak("en", LANG="es_ES.UTF-8") == "en"
    assert QCoreApplication.translate("MainView", "Today") == "Today"
    assert i18n.translate("words", "Close people") == "Close people"
    assert QLocale().language() == QLocale.Language.English
    assert speak("es", LANG="en_US.UTF-8") == "es"
    assert QCoreApplication.translate("MainView", "Today") == "Hoy"
    # Spanish in the person's own region: numbers and dates as written there.
    assert QLocale().name() == "es_US"


def test_a_language_without_a_translation_reads_english(speak: Any) -> None:
    assert speak("system", LANG="de_DE.UTF-8") == "en"
    assert QCoreApplication.translate("MainView", "Today") == "Today"


def test_qt_own_buttons_and_dialogs_speak_spanish(speak: Any) -> None:
    speak("es")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Cancelar", "Guardar"}
    message = QMessageBox()
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {b.text().replace("&", "") for b in message.buttons()} == {"Sí", "No"}
    # Qt's own file dialog, which the app uses: Qt's Spanish lacks two of its labels
    # since Qt 6 gave them mnemonics; the app's translation fills them in. (Asked the
    # way the dialog asks: making one here would tie Qt's settings file to this test.)
    asked = {
        ("QFileDialog", "&Look in:"): "&Buscar en:",
        ("QFileDialog", "Files of &type:"): "Archivos de &tipo:",
        ("QFileDialog", "File &name:"): "&Nombre de fichero:",  # Qt's own
    }
    assert {key: QCoreApplication.translate(*key) for key in asked} == asked
    assert (
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
        == "Carpeta"
    )


def _english_left(root: Any) -> list[str]:
    """Visible texts that are an English source whose Spanish differs (escaped translation)."""
    found = []
    for text in visible_texts(root):
        plain = text.replace("&", "").strip()
        if plain and plain in ENGLISH_ONLY:
            found.append(text)
    return found


def _english_sources() -> set[str]:
    sys.path.insert(0, str(ROOT / "packaging"))
    from translations import FOLDER, read_ts

    english = set()
    for (_context, source, _c), entry in read_ts(FOLDER / "journal_app_es.ts").items():
        if entry.translation[0].replace("&", "") != source.replace("&", ""):
            english.add(source.replace("&", "").strip())
    # Words the same in both languages ("No", "Video"…) cannot tell.
    return {s for s in english if re.search(r"[a-z]{3}", s)}


ENGLISH_ONLY = _english_sources()


def test_the_whole_window_speaks_spanish(
    qtbot: Any, make_window: Any, vault_dir: Path, tmp_path: Path, speak: Any
) -> None:
    speak("es")
    setup = make_window(tmp_path / "new")
    assert setup.state == setup.SETUP
    assert _english_left(setup) == []
    assert "Te damos la bienvenida" in visible_texts(setup)
    window = make_window(vault_dir)
    assert window.windowTitle() == "Diario"
    assert _english_left(window) == []
    unlock(qtbot, window)
    pages = []
    for index in range(SECTIONS):
        window.main_view.show_section(index)
        qtbot.waitUntil(lambda: window.main_view.current_page() is not None)
        pages.append(window.main_view.current_page().objectName())
        assert _english_left(window) == [], pages[-1]
    sidebar = window.main_view.sidebar
    names = [sidebar.item(i).text() for i in range(sidebar.count())]
    assert names[:4] == ["Hoy", "Diario", "Personas", "Semana"]
    assert names[-1] == "Ajustes"


def test_settings_offers_each_language_in_its_own_words(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.main_view.show_section(SECTIONS - 1)
    page = window.main_view.current_page()
    combo = page.language
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items == [("Same as the system", "system"), ("English", "en"), ("Español", "es")]
    assert _english_left(window)  # in English, the check above does find English
    assert not page.language_note.isVisibleTo(page)

    combo.setCurrentIndex(combo.findData("es"))
    assert load_settings(vault_dir).language == "es"
    assert window.journal.settings.language == "es"
    assert page.language_note.isVisibleTo(page)
    assert "next time it starts" in page.language_note.text()
    # The words do not change under the person's hands: only from the next start.
    assert window.main_view.sidebar.item(0).text() == "Today"

    combo.setCurrentIndex(combo.findData("system"))
    assert load_settings(vault_dir).language == "system"
    assert not page.language_note.isVisibleTo(page)
