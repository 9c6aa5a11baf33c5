"""The import dialog on a real vault: the dry run, the mood-mapping step, a broken
file, importing twice, the real worker thread, and the button on the Settings page."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from app_support import PASSPHRASE, unlock, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from journal_app.domain.records import (
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    MoodCheckIn,
    Outcome,
    Person,
    RecordKind,
)
from journal_app.domain.validation import ValidationError
from journal_app.exchange.jsondoc import to_document
from journal_app.services.journal import Journal
from journal_app.storage.repository import RecordRepository
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.import_view import NOT_CHOSEN, ImportDialog, ImportSection
from journal_app.ui.tasks import SyncTaskRunner, TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SAMPLES = Path(__file__).parents[1] / "exchange" / "samples"
CURRENT = SAMPLES / "daylio_current.csv"  # 6 check-ins and 4 notes, 12–14 March 2026
CUSTOM = SAMPLES / "daylio_custom_moods.csv"  # moods "super", "bien", " so-so " and "good"


@pytest.fixture
def journal(vault_dir: Path) -> Iterator[Journal]:
    """A fresh copy of the template journal (3 records), opened once."""
    journal = Journal.unlock(vault_dir, PASSPHRASE)
    yield journal
    journal.close()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


def make_dialog(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, runner: Any = None
) -> ImportDialog:
    dialog = ImportDialog(journal, dialogs, runner=runner or SyncTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot: Any, dialog: ImportDialog, dialogs: ScriptedDialogs, path: Path) -> None:
    """Press "Choose a file…" and pick ``path`` in the (scripted) file dialog."""
    dialogs.paths.append(path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def tab_chain(start: Any, n: int) -> list[Any]:
    """Where focus goes on each of ``n`` presses of Tab from ``start``."""
    start.setFocus()
    found: list[Any] = []
    for _ in range(n):
        start.window().focusNextChild()
        found.append(start.window().focusWidget())
    return found


def moods_stored(journal: Journal) -> list[int]:
    return sorted(r.score for r in journal.records_between(kinds=[RecordKind.MOOD]))


def test_the_dry_run_says_what_the_file_holds_and_adds_nothing(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    choose(qtbot, dialog, dialogs, CURRENT)
    text = dialog.summary.text()
    assert text.startswith(
        "This file holds 10 records, from 12 Mar 2026 to 14 Mar 2026: "
        "6 mood check-ins and 4 journal entries.\n"
    )
    assert "Nothing has been added yet" in text
    assert dialog.import_button.isEnabled()
    assert journal.count() == before
    assert dialogs.asked[0][0] == "open_path"
    assert "*.daylio" in dialogs.asked[0][2]
    # Default Daylio moods need no question; their scores are shown, not asked.
    assert dialog.moods_box.isVisibleTo(dialog)
    assert dialog.mood_scores() == {"awful": 1, "bad": 3, "good": 7, "meh": 5, "rad": 9}


def test_a_daylio_file_with_default_moods_lands_in_the_store(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui import announce

    said: list[str] = []
    monkeypatch.setattr(announce, "announce", lambda _source, text: said.append(text))
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, CURRENT)
    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert (result.added, result.skipped) == (10, 0)
    assert journal.count() == before + 10
    assert "10 records were added to your journal." in dialog.status.text()
    assert said == [dialog.status.text()]  # heard as well as shown
    assert not dialog.import_button.isEnabled()  # done: nothing left to import
    entries = journal.search("window for an hour")  # a note in the file
    assert len(entries) == 1
    assert 9 in moods_stored(journal) and 1 in moods_stored(journal)  # rad and awful


def test_custom_moods_go_through_the_mapping_step(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    before_moods = moods_stored(journal)
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, CUSTOM)
    assert dialog.moods_box.isVisibleTo(dialog)
    pickers = dialog.score_pickers
    assert sorted(pickers) == ["bien", "good", "so-so", "super"]
    assert pickers["good"].value() == 7  # Daylio's own label: prefilled
    for label in ("bien", "so-so", "super"):
        assert pickers[label].value() == NOT_CHOSEN
        assert pickers[label].text() == "Choose"
        assert label in pickers[label].accessibleName()
    assert dialog.focusWidget() is pickers["bien"]  # the first one to answer
    assert not dialog.import_button.isEnabled()
    assert not dialog.use_scores_button.isEnabled()  # not until every mood has a score
    assert dialog.summary.text() == ""

    # Keyboard: type the score into the focused picker.
    pickers["bien"].selectAll()
    qtbot.keyClicks(pickers["bien"], "8")
    assert pickers["bien"].value() == 8
    pickers["super"].setValue(10)
    assert not dialog.use_scores_button.isEnabled()
    pickers["so-so"].setValue(4)
    pickers["good"].setValue(6)  # a default can be changed too
    assert dialog.use_scores_button.isEnabled()
    assert tab_chain(dialog.choose_button, 7) == [
        *(pickers[label] for label in ("bien", "good", "so-so", "super")),
        dialog.use_scores_button,
        dialog.delete_source,
        dialog.close_button,  # Import is not enabled yet, so Tab passes it by
    ]
    qtbot.mouseClick(dialog.use_scores_button, Qt.MouseButton.LeftButton)

    assert "4 mood check-ins and 2 journal entries." in dialog.summary.text()
    assert dialog.score_pickers["super"].value() == 10  # kept after reading again
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert moods_stored(journal) == sorted([*before_moods, 10, 8, 4, 6])
    assert not any(kind == "warn" for kind, *_ in dialogs.asked)


def test_a_daylio_backup_scores_its_moods_by_group_and_the_person_can_change_them(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    encoded = base64.b64encode((SAMPLES / "daylio_backup.json").read_bytes())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("backup.daylio", encoded)
    backup = tmp_path / "2026.daylio"
    backup.write_bytes(buffer.getvalue())
    before_moods = moods_stored(journal)
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, backup)
    assert "3 mood check-ins and 2 journal entries." in dialog.summary.text()
    # "Hopeful" is a mood the person made, in Daylio's second-best group: 7, not a question.
    assert dialog.mood_scores() == {"bad": 3, "hopeful": 7, "rad": 9}
    assert dialog.import_button.isEnabled()
    dialog.score_pickers["hopeful"].setValue(8)
    qtbot.mouseClick(dialog.use_scores_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert moods_stored(journal) == sorted([*before_moods, 3, 8, 9])


def test_mood_names_and_messages_from_a_file_are_shown_as_plain_text(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2026-01-02,January 2,Friday,10:00,<b>R&B</b>,"","",""\n',
        encoding="utf-8",
    )
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, odd)
    picker = dialog.score_pickers["<b>r&b</b>"]
    labels = [w for w in dialog.moods_grid_holder.findChildren(QLabel) if w.buddy() is picker]
    assert len(labels) == 1
    assert labels[0].textFormat() == Qt.TextFormat.PlainText
    assert labels[0].text() == "<b>r&&b</b>"  # shown as "<b>r&b</b>", no shortcut key
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText


def test_changing_a_score_after_the_dry_run_asks_for_a_new_read(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, CURRENT)
    assert dialog.import_button.isEnabled()
    dialog.score_pickers["rad"].setValue(10)
    assert not dialog.import_button.isEnabled()  # the plan read with rad=9 is gone
    assert "Use these scores" in dialog.status.text()
    qtbot.mouseClick(dialog.use_scores_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert 10 in moods_stored(journal)
    assert 9 not in moods_stored(journal)


def test_a_broken_file_says_what_and_where_and_imports_nothing(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    before = journal.count()
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps({"tags": {}, "entries": [{"date": "2025-09-03", "time": "08:00",
                                             "title": "fine", "body": "", "tags": [],
                                             "starred": False},
                                            {"date": "someday", "time": "08:00",
                                             "title": "x", "body": "", "tags": [],
                                             "starred": False}]}),
        encoding="utf-8",
    )  # fmt: skip
    dialog = make_dialog(qtbot, journal, dialogs)
    dialog.choose_kind("jrnl")
    choose(qtbot, dialog, dialogs, broken)
    message = dialog.status.text()
    assert "2" in message  # where: the second entry
    assert "Nothing was imported; your journal is as it was." in message
    assert message.count("Nothing was imported") == 1
    warned = [a for a in dialogs.asked if a[0] == "warn"]
    assert warned == [("warn", "This file could not be read", message)]
    assert dialog.summary.text() == ""
    assert not dialog.import_button.isEnabled()
    dialog.import_now()  # even called directly: there is nothing to import
    assert journal.count() == before


def test_a_file_that_is_not_daylio_at_all(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, SAMPLES / "jrnl.json")  # the wrong kind for Daylio
    assert "Nothing was imported" in dialog.status.text()
    assert not dialog.moods_box.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    # Choosing the right kind reads the same file again.
    dialog.choose_kind("jrnl")
    assert "This file holds 3 records" in dialog.summary.text()
    assert ": 3 journal entries." in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert journal.count() == before


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    for _ in range(2):
        choose(qtbot, dialog, dialogs, CURRENT)
        with qtbot.waitSignal(dialog.imported) as blocker:
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].added, blocker.args[0].skipped) == (0, 10)
    assert journal.count() == before + 10
    status = dialog.status.text()
    assert status == (
        "Nothing new to add: all 10 records in this file were already in your journal, "
        "and were left as they were."
    )


def test_our_own_export_brings_people_too(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    at = datetime(2026, 2, 3, 18, 0, tzinfo=timezone(timedelta(hours=1)))
    records = [
        MoodCheckIn(at=at, score=6),
        ConnectionMoment(at=at + timedelta(days=2), circle=Circle.PEER, person="Rue", minutes=45),
    ]
    doc = tmp_path / "export.json"
    doc.write_text(
        json.dumps(to_document(records, [Person(name="Rue", circle=Circle.PEER)])), "utf-8"
    )
    dialog = make_dialog(qtbot, journal, dialogs)
    dialog.choose_kind("json")
    choose(qtbot, dialog, dialogs, doc)
    text = dialog.summary.text()
    assert text.startswith(
        "This file holds 2 records, from 3 Feb 2026 to 5 Feb 2026: 1 mood check-in, "
        "1 connection moment and 1 person new to your journal.\n"
    )
    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].people_added == 1
    assert "1 person was added to your journal; see People." in dialog.status.text()
    assert journal.find_person("Rue") is not None


def refused_by_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Our own export of two records; the store refuses the second, half-written."""
    at = datetime(2026, 2, 3, 18, 0, tzinfo=timezone(timedelta(hours=1)))
    refused = BoundaryPractice(
        at=at, type=BoundaryType.SAYING_NO, outcome=Outcome.HELD, person="Nobody Known"
    )
    records = [MoodCheckIn(at=at, score=6), refused]
    original = RecordRepository._index

    def refusing(self: RecordRepository, seq: int, record: Any) -> None:
        if record.id == refused.id:  # the store refuses the second record, half-written
            raise ValidationError("record", "refused by the store")
        original(self, seq, record)

    monkeypatch.setattr(RecordRepository, "_index", refusing)
    doc = tmp_path / "export.json"
    doc.write_text(json.dumps(to_document(records, [])), "utf-8")
    return doc


def test_a_file_refused_by_the_store_adds_nothing_at_all(
    qtbot: Any,
    journal: Journal,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = refused_by_the_store(tmp_path, monkeypatch)
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    dialog.choose_kind("json")
    choose(qtbot, dialog, dialogs, doc)
    assert dialog.import_button.isEnabled()  # the file itself reads fine
    with qtbot.assertNotEmitted(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert journal.count() == before  # not even the check-in
    assert journal.find_person("Nobody Known") is None
    assert "Nothing was imported; your journal is as it was." in dialog.status.text()
    assert dialogs.asked[-1][:2] == ("warn", "Nothing was imported")


def test_the_file_is_read_and_imported_off_the_ui_thread(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs, runner=TaskRunner())
    dialogs.paths.append(CURRENT)
    dialog.choose_file()
    assert dialog.busy  # the UI thread is free while the worker reads
    assert not dialog.choose_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert not dialog.busy
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_now()
        assert dialog.busy
    assert journal.count() == before + 10


class HeldRunner:
    """Keeps the work until the test lets it run (as if the thread were still busy)."""

    def __init__(self) -> None:
        self.held: list[tuple[Any, Any, Any]] = []

    def run(self, fn: Any, on_done: Any, on_error: Any) -> None:
        self.held.append((fn, on_done, on_error))

    def finish(self) -> None:
        held, self.held = self.held, []
        for fn, on_done, on_error in held:
            SyncTaskRunner().run(fn, on_done, on_error)


def test_nothing_shows_after_a_lock_closed_the_dialog(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    runner = HeldRunner()
    dialog = make_dialog(qtbot, journal, dialogs, runner=runner)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\x00not a csv")
    choose(qtbot, dialog, dialogs, broken)
    asked = len(dialogs.asked)
    dialog.reject()  # what the window does to every dialog on lock or quick exit
    runner.finish()
    assert len(dialogs.asked) == asked  # no warning on a locked screen
    assert dialog.status.text() == "Reading the file…"  # nothing written into it either
    assert not dialog.busy


def test_a_read_finishing_after_the_dialog_closed_keeps_nothing(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    runner = HeldRunner()
    dialog = make_dialog(qtbot, journal, dialogs, runner=runner)
    choose(qtbot, dialog, dialogs, CURRENT)
    dialog.reject()
    runner.finish()
    assert dialog._plan is None  # the records read from the file are not kept around
    assert dialog.summary.text() == ""
    assert not dialog.import_button.isEnabled()


def test_an_import_under_way_when_locked_still_completes_whole(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    before = journal.count()
    runner = HeldRunner()
    dialog = make_dialog(qtbot, journal, dialogs, runner=runner)
    choose(qtbot, dialog, dialogs, CURRENT)
    runner.finish()
    dialog.import_now()
    dialog.reject()
    with qtbot.assertNotEmitted(dialog.imported):
        runner.finish()
    assert journal.count() == before + 10  # all of it, on the worker's own connection
    assert [a[0] for a in dialogs.asked] == ["open_path"]


def test_the_settings_group_opens_the_dialog_and_passes_the_news_on(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    section = ImportSection(journal, dialogs, SyncTaskRunner())
    qtbot.addWidget(section)
    section.show()
    assert section.open_button.text() == "&Bring your history…"
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal()  # window-modal: the page behind waits
    choose(qtbot, dialog, dialogs, CURRENT)
    with qtbot.waitSignal(section.imported) as blocker:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)  # keyboard reachable
    assert blocker.args[0].added == 10


def test_the_settings_page_offers_it_and_a_lock_closes_it(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    dialogs = ScriptedDialogs()
    window = make_window(vault_dir, dialogs=dialogs)
    unlock(qtbot, window)
    main = window.main_view
    main.show_section(len(main._sections) - 1)  # Settings, the last section
    section = main.current_page().findChild(ImportSection)
    assert section is not None
    assert section.open_button.text() == "&Bring your history…"
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    before = window.journal.count()
    choose(qtbot, dialog, dialogs, CURRENT)
    with qtbot.waitSignal(section.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.journal.count() == before + 10
    dialogs.paths.append(CURRENT)
    dialog.choose_file()  # a dry run left open, as it were
    assert dialog.summary.text()
    window.lock()  # a lock closes the dialog with everything else
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert not any("This file holds" in text for text in visible_texts(window))


# -- new sources, the source file, and fitting a small screen (issues 11 and 14) ----------


def test_every_kind_says_where_that_app_keeps_its_export(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    dialog = make_dialog(qtbot, journal, dialogs)
    apps = {
        "daylio": "Daylio",
        "dayone": "Day One",
        "bearable": "Bearable",
        "pixels": "Pixels",
        "jrnl": "jrnl",
        "json": "this app",
    }
    assert {k.value for k in dialog.kind_buttons} == set(apps)
    hints = set()
    for kind, button in dialog.kind_buttons.items():
        where = button.accessibleDescription()
        assert apps[kind.value].casefold() in where.casefold()
        assert "\n" not in where and len(where) < 160  # one line
        assert button.toolTip() == where
        dialog.choose_kind(kind)
        assert dialog.kind_hint.text() == where  # shown under the choices when chosen
        assert dialog.kind_hint.isVisibleTo(dialog)
        hints.add(where)
    assert len(hints) == len(apps)


@pytest.mark.parametrize(
    ("kind", "name", "summary"),
    [
        ("dayone", "dayone_journal.json", "4 journal entries"),
        ("bearable", "bearable_export.csv", "4 mood check-ins and 2 journal entries"),
        ("pixels", "pixels_backup.json", "5 mood check-ins and 3 journal entries"),
    ],
)
def test_the_new_sources_come_in_through_the_dialog(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, kind: str, name: str, summary: str
) -> None:
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    dialog.choose_kind(kind)
    choose(qtbot, dialog, dialogs, SAMPLES / name)
    assert summary in dialog.summary.text()
    assert not dialog.moods_box.isVisibleTo(dialog)  # only Daylio has mood names to score
    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    added = blocker.args[0].added
    assert added > 0 and journal.count() == before + added
    choose(qtbot, dialog, dialogs, SAMPLES / name)  # again: nothing twice
    with qtbot.waitSignal(dialog.imported) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].added == 0
    assert journal.count() == before + added


def copy_of(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes((SAMPLES / name).read_bytes())
    return path


def test_deleting_the_original_file_is_offered_off_by_default_and_explained(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, journal, dialogs)
    assert not dialog.delete_source.isChecked()
    assert "not encrypted" in dialog.delete_why.text()
    assert dialog.delete_why.isVisibleTo(dialog)
    source = copy_of(tmp_path, "daylio_current.csv")
    choose(qtbot, dialog, dialogs, source)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert source.exists()  # not asked: kept
    assert "deleted" not in dialog.status.text()


def test_the_original_file_is_deleted_only_after_it_is_safely_in(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    before = journal.count()
    dialog = make_dialog(qtbot, journal, dialogs)
    source = copy_of(tmp_path, "daylio_current.csv")
    choose(qtbot, dialog, dialogs, source)
    dialog.delete_source.setFocus()
    qtbot.keyClick(dialog.delete_source, Qt.Key.Key_Space)  # reachable from the keyboard
    assert dialog.delete_source.isChecked()
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert journal.count() == before + 10
    assert not source.exists()
    assert "The original file was deleted." in dialog.status.text()
    assert "daylio_current.csv was deleted." in dialog.file_label.text()


def test_a_failed_import_deletes_nothing(
    qtbot: Any,
    journal: Journal,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = refused_by_the_store(tmp_path, monkeypatch)
    dialog = make_dialog(qtbot, journal, dialogs)
    dialog.choose_kind("json")
    choose(qtbot, dialog, dialogs, source)
    dialog.delete_source.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert source.exists()
    assert "Nothing was imported" in dialog.status.text()


def test_a_file_that_cannot_be_deleted_is_said_calmly(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from journal_app.ui import import_view

    dialog = make_dialog(qtbot, journal, dialogs)
    source = copy_of(tmp_path, "daylio_no_title.csv")
    choose(qtbot, dialog, dialogs, source)
    dialog.delete_source.setChecked(True)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(import_view.Path, "unlink", refuse)
        with qtbot.waitSignal(dialog.imported):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert source.exists()
    assert "could not be deleted (Permission denied)" in dialog.status.text()
    assert "records were added" in dialog.status.text()


def test_the_mood_explanation_appears_once(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs
) -> None:
    dialog = make_dialog(qtbot, journal, dialogs)
    choose(qtbot, dialog, dialogs, CUSTOM)
    texts = [t for t in visible_texts(dialog) if t]
    about_naming = [t for t in texts if "name your own moods" in t or "named yourself" in t]
    assert len(about_naming) == 1
    assert dialog.status.text() == ""
    assert "Use these scores" in dialog.moods_note.text()


def many_moods_file(tmp_path: Path, n: int) -> Path:
    rows = "".join(f"2026-01-{day:02d},,,10:00,mood number {day},,,\n" for day in range(1, n + 1))
    path = tmp_path / "many.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n" + rows, "utf-8")
    return path


def test_at_800_by_600_with_larger_text_every_mood_row_shows_and_nothing_overlaps(
    qtbot: Any, journal: Journal, dialogs: ScriptedDialogs, tmp_path: Path, qapp: Any
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QSpinBox, QWidget

    from journal_app.ui import import_view
    from journal_app.ui.theme import apply_theme

    apply_theme(qapp, "light", True)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(
                import_view.ImportDialog, "_available", lambda self: QRect(0, 0, 800, 600)
            )
            dialog = make_dialog(qtbot, journal, dialogs)
            choose(qtbot, dialog, dialogs, many_moods_file(tmp_path, 14))
            dialog.fit_to_screen()
            qtbot.waitUntil(lambda: dialog.moods_box.isVisible())
        assert dialog.width() <= 800 and dialog.height() <= 600
        pickers = list(dialog.score_pickers.values())
        assert len(pickers) == 14
        body = dialog.body_scroll.widget()
        # Every row is laid out in full (the body scrolls; the table never hides rows).
        for picker in pickers:
            assert picker.isVisibleTo(dialog)
            assert picker.height() >= picker.sizeHint().height() - 2
        # Scrolling brings each one into view.
        for picker in (pickers[0], pickers[-1]):
            dialog.body_scroll.ensureWidgetVisible(picker)
            qapp.processEvents()
            top = picker.mapTo(body, picker.rect().topLeft()).y()
            shown = dialog.body_scroll.verticalScrollBar().value()
            assert shown <= top <= shown + dialog.body_scroll.viewport().height()
        # Nothing overlaps: no two visible controls or texts share pixels.
        widgets = [
            w
            for w in body.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QSpinBox | QLabel) and w.isVisibleTo(dialog)
        ]
        rects = [(w, QRect(w.mapTo(body, w.rect().topLeft()), w.size())) for w in widgets]
        for i, (a, ra) in enumerate(rects):
            for b, rb in rects[i + 1 :]:
                if a.isAncestorOf(b) or b.isAncestorOf(a):
                    continue
                assert not ra.intersects(rb), (a.objectName() or a.text(), b.objectName())
        # The buttons stay in view, outside the scrolling body.
        for button in (dialog.import_button, dialog.close_button):
            assert button.isVisible()
            assert button.mapTo(dialog, button.rect().bottomRight()).y() <= dialog.height()
    finally:
        apply_theme(qapp, "light", False)


def test_the_file_chooser_opens_in_the_home_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from journal_app.ui import dialogs as dialogs_module

    seen: list[str] = []

    def fake(parent: Any, title: str, folder: str, filters: str) -> tuple[str, str]:
        seen.append(folder)
        return "", ""

    monkeypatch.setattr(dialogs_module.QFileDialog, "getOpenFileName", fake)
    assert dialogs_module.QtDialogService().ask_open_path(None, "Choose", "*") is None
    assert seen == [str(Path.home())]
