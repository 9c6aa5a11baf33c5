"""``init``, ``add``, ``list`` and ``search`` run as a real separate process (DESIGN.md)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cli_support import PASSPHRASE, assert_one_line_error, folder_state, recovery_code, run

from journal_app.domain.records import (
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    TimeAlone,
)
from journal_app.services.journal import Journal

# A fixed zone without daylight saving (POSIX TZ: no time-zone database needed).
TZ = {"TZ": "IST-5:30"}
IST = timezone(timedelta(hours=5, minutes=30))


@dataclass(frozen=True)
class Initialised:
    root: Path
    out: str


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> Initialised:
    """``journal-app init`` run once for the module; tests that write get a copy."""
    root = tmp_path_factory.mktemp("cli") / "journal"
    result = run(root, "init")
    assert result.code == 0, result.err
    return Initialised(root, result.out)


@pytest.fixture
def journal_dir(initialised: Initialised, tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(initialised.root, copy)
    return copy


@pytest.fixture(scope="module")
def filled(initialised: Initialised, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy holding records over several days, written through the service (one unlock)."""
    root = tmp_path_factory.mktemp("filled") / "journal"
    shutil.copytree(initialised.root, root)

    def at(day: int, hour: int) -> datetime:
        return datetime(2026, 11, day, hour, 0, tzinfo=IST)

    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.add_many(
            [
                MoodCheckIn(id="m15", at=at(15, 9), score=4),
                MoodCheckIn(id="m16", at=at(16, 9), score=6, emotions=("calm",)),
                ConnectionMoment(id="c16", at=at(16, 12), circle="peer", minutes=40, person="Sam"),
                TimeAlone(id="a17", at=at(17, 15), minutes=120, loneliness=6),
                BoundaryPractice(id="b18", at=at(18, 18), type="saying_no", outcome="held"),
                JournalEntry(
                    id="e18",
                    at=at(18, 21),
                    title="River walk",
                    text='Walked by the river; she said "enough" - and it held.',
                    tags=("walk",),
                ),
                JournalEntry(id="e19", at=at(19, 8), text="Tea with Jo at the café."),
            ]
        )
    return root


def ids(result_json: list[dict[str, object]]) -> list[object]:
    return [r["id"] for r in result_json]


# -- init --------------------------------------------------------------------------


def test_init_prints_the_recovery_code_on_a_line_of_its_own(initialised: Initialised) -> None:
    code = recovery_code(initialised.out)
    assert len(code.replace("-", "")) == 32
    assert sorted(os.listdir(initialised.root)) == ["journal.db", "vault.key", "vault.key.2"]
    assert (initialised.root.stat().st_mode & 0o777) == 0o700


def test_init_never_touches_an_existing_journal(journal_dir: Path) -> None:
    before = folder_state(journal_dir)
    assert_one_line_error(run(journal_dir, "init"), 2, "already a journal")
    assert_one_line_error(run(journal_dir, "init", passphrase="short"), 2)
    assert folder_state(journal_dir) == before


def test_init_refuses_a_short_passphrase_and_makes_nothing(tmp_path: Path) -> None:
    assert_one_line_error(run(tmp_path / "j", "init", passphrase="short"), 2, "passphrase")
    assert not (tmp_path / "j").exists()


# -- add every kind with every flag, then list -----------------------------------


def test_add_every_kind_with_every_flag_and_list_shows_the_values(journal_dir: Path) -> None:
    adds = [
        ["mood", "--score", "3", "--distress", "7", "--emotions", "anxious, Tired"],
        [
            "connection",
            "--circle",
            "peer",
            "--minutes",
            "45",
            "--person",
            "Sam",
            "--mode",
            "call",
            "--felt-safe",
            "4",
            "--initiated",
            "--support",
            "mutual",
        ],
        ["alone", "--minutes", "90", "--chosen", "--loneliness", "2"],
        [
            "boundary",
            "--type",
            "asking_for_space",
            "--outcome",
            "partly",
            "--circle",
            "close",
            "--person",
            "Mum",
            "--fear-before",
            "8",
            "--felt-after",
            "6",
        ],
        ["entry", "--text", "Walked by the river.", "--title", "Evening", "--tags", "walk,River"],
    ]
    for minute, args in enumerate(adds):
        at = f"2026-11-16 09:{minute:02d}"
        result = run(
            journal_dir, "add", *args, "--at", at, "--note", f"note {minute}", "--share", env=TZ
        )
        assert result.code == 0, result.err
        assert result.out.startswith(f"Saved {args[0]} for {at} (id ")
        assert result.err == ""
    listed = run(journal_dir, "list", "--format", "json", env=TZ)
    assert listed.code == 0, listed.err
    records = listed.json()
    for record in records:
        assert len(record.pop("id")) >= 16
        record.pop("created")
        record.pop("updated")
    common = [
        {"at": f"2026-11-16T09:0{i}+05:30", "note": f"note {i}", "share": True} for i in range(5)
    ]
    assert records == [
        {
            "kind": "mood",
            **common[0],
            "score": 3,
            "distress": 7,
            "emotions": ["anxious", "tired"],
        },
        {
            "kind": "connection",
            **common[1],
            "circle": "peer",
            "person": "Sam",
            "minutes": 45,
            "mode": "call",
            "felt_safe": 4,
            "initiated": True,
            "support": "mutual",
            "reflection": None,
        },
        {"kind": "alone", **common[2], "minutes": 90, "chosen": True, "loneliness": 2},
        {
            "kind": "boundary",
            **common[3],
            "type": "asking_for_space",
            "outcome": "partly",
            "circle": "close",
            "person": "Mum",
            "fear_before": 8,
            "felt_after": 6,
        },
        {
            "kind": "entry",
            **common[4],
            "text": "Walked by the river.",
            "title": "Evening",
            "tags": ["walk", "River"],  # tags keep the case written
        },
    ]
    # A person named for the first time joined the support map in the circle given.
    with Journal.unlock(journal_dir, PASSPHRASE) as journal:
        people = {p.name: p.circle for p in journal.people()}
    assert people == {"Sam": Circle.PEER, "Mum": Circle.CLOSE}


def test_add_with_only_the_required_flags_uses_the_defaults(journal_dir: Path) -> None:
    before = datetime.now(IST).replace(second=0, microsecond=0)
    assert (
        run(journal_dir, "add", "connection", "--circle", "close", "--minutes", "0", env=TZ).code
        == 0
    )
    assert run(journal_dir, "add", "alone", "--minutes", "1", env=TZ).code == 0
    connection, alone = run(journal_dir, "list", "--format", "json", env=TZ).json()
    assert connection["mode"] == "in_person"
    assert connection["person"] is None
    assert connection["felt_safe"] is None
    assert connection["initiated"] is False
    assert connection["share"] is False
    assert connection["note"] == ""
    assert alone["chosen"] is False
    assert alone["loneliness"] is None
    at = datetime.fromisoformat(connection["at"])
    assert at.utcoffset() == timedelta(hours=5, minutes=30)
    assert before <= at <= datetime.now(IST) + timedelta(minutes=1)


def test_add_entry_reads_its_text_from_stdin(journal_dir: Path) -> None:
    text = "Line one.\nLine two, ünïcode 🌿.\n"
    result = run(journal_dir, "add", "entry", "--text", "-", "--at", "2026-11-16 10:00", stdin=text)
    assert result.code == 0, result.err
    (entry,) = run(journal_dir, "list", "--format", "json").json()
    assert entry["text"] == text


def test_the_data_folder_may_come_after_the_command_or_from_the_environment(
    journal_dir: Path,
) -> None:
    result = run(
        None,
        "add",
        "mood",
        "--score",
        "5",
        "--data-dir",
        str(journal_dir),
        "--at",
        "2026-11-16 10:00",
    )
    assert result.code == 0, result.err
    from_env = run(None, "list", "--format", "json", env={"JOURNAL_APP_DATA_DIR": str(journal_dir)})
    assert [r["score"] for r in from_env.json()] == [5]


# -- list ----------------------------------------------------------------------------


def test_list_json_holds_every_record_oldest_first(filled: Path) -> None:
    result = run(filled, "list", "--format", "json", env=TZ)
    assert result.code == 0, result.err
    assert ids(result.json()) == ["m15", "m16", "c16", "a17", "b18", "e18", "e19"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--from", "2026-11-16", "--to", "2026-11-18"], ["m16", "c16", "a17", "b18", "e18"]),
        (["--to", "2026-11-15"], ["m15"]),
        (["--kind", "mood"], ["m15", "m16"]),
        (["--kind", "entry", "--from", "2026-11-19"], ["e19"]),
    ],
)
def test_list_by_days_and_kind(filled: Path, args: list[str], expected: list[str]) -> None:
    result = run(filled, "list", *args, "--format", "json")
    assert result.code == 0, result.err
    assert ids(result.json()) == expected


def test_list_as_text_is_one_readable_line_per_record(filled: Path) -> None:
    result = run(filled, "list", "--from", "2026-11-16", "--to", "2026-11-16")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "2026-11-16 09:00  Mood 6 of 10 · calm",
        "2026-11-16 12:00  Connected with Sam · Peers · In person · 40 min",
    ]
    empty = run(filled, "list", "--from", "2030-01-01")
    assert (empty.code, empty.out.strip()) == (0, "Nothing recorded in that time.")


# -- search --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("riv", ["e18"]),  # a prefix
        ("cafe", ["e19"]),  # without the accent
        ('river -"enough"', ["e18"]),  # quotes and dashes are just punctuation
        ("NEAR *", []),  # no FTS syntax gets through
    ],
)
def test_search(filled: Path, text: str, expected: list[str]) -> None:
    result = run(filled, "search", text, "--format", "json")
    assert result.code == 0, result.err
    assert result.err == ""
    assert ids(result.json()) == expected


def test_search_as_text(filled: Path) -> None:
    found = run(filled, "search", "river")
    assert found.out.splitlines() == [
        "2026-11-18 21:00  River walk · "
        'Walked by the river; she said "enough" - and it held. · #walk'
    ]
    nothing = run(filled, "search", "elephant")
    assert (nothing.code, nothing.out.strip()) == (0, "Nothing found.")


@pytest.fixture(scope="module")
def walks(initialised: Initialised, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five records that mention a walk, written out of order over November."""
    root = tmp_path_factory.mktemp("walks") / "journal"
    shutil.copytree(initialised.root, root)

    def at(day: int, hour: int) -> datetime:
        return datetime(2026, 11, day, hour, 0, tzinfo=IST)

    with Journal.unlock(root, PASSPHRASE) as journal:
        journal.add_many(
            [
                JournalEntry(id="w10", at=at(10, 8), text="A walk before work."),
                JournalEntry(id="w20", at=at(20, 19), text="Evening walk."),
                MoodCheckIn(id="w15", at=at(15, 9), score=6, note="walked to the shop"),
                JournalEntry(id="w20a", at=at(20, 7), text="Walk in the rain."),
                JournalEntry(id="x18", at=at(18, 12), text="Stayed in."),
            ]
        )
    return root


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["w20", "w20a", "w15", "w10"]),  # newest first
        (["--from", "2026-11-15"], ["w20", "w20a", "w15"]),
        (["--to", "2026-11-15"], ["w15", "w10"]),
        (["--from", "2026-11-11", "--to", "2026-11-19"], ["w15"]),
        (["--from", "2026-11-20", "--to", "2026-11-20"], ["w20", "w20a"]),
        (["--from", "2026-11-21"], []),
    ],
)
def test_search_newest_first_within_the_days_asked(
    walks: Path, args: list[str], expected: list[str]
) -> None:
    result = run(walks, "search", "walk", *args, "--format", "json")
    assert result.code == 0, result.err
    assert ids(result.json()) == expected


def test_search_as_text_is_newest_first(walks: Path) -> None:
    result = run(walks, "search", "walk", "--from", "2026-11-20")
    assert result.out.splitlines() == [
        "2026-11-20 19:00  Journal entry · Evening walk.",
        "2026-11-20 07:00  Journal entry · Walk in the rain.",
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2026-11-20", "--to", "2026-11-10"], "must not be after"),
        (["--from", "20 November"], "--from"),
        (["--to", "2026-02-30"], "--to"),
    ],
)
def test_search_refuses_a_bad_range_in_one_line(walks: Path, args: list[str], words: str) -> None:
    assert_one_line_error(run(walks, "search", "walk", *args), 2, words)


def test_every_kind_reads_as_one_plain_line() -> None:
    """What ``list`` and ``search`` print, for every kind (in process: no store needed)."""
    from journal_app.cli.records import describe

    when = datetime(2026, 11, 16, 9, 30, tzinfo=IST)
    lines = [
        describe(MoodCheckIn(at=when, score=3, distress=7, emotions=("sad",), note="rain")),
        describe(
            ConnectionMoment(
                at=when,
                circle="peer",
                minutes=45,
                person="Sam",
                mode="call",
                felt_safe=4,
                initiated=True,
                share=True,
            )
        ),
        describe(ConnectionMoment(at=when, circle="close", minutes=0)),
        describe(TimeAlone(at=when, minutes=90, loneliness=8)),
        describe(TimeAlone(at=when, minutes=60, chosen=True)),
        describe(BoundaryPractice(at=when, type="saying_no", outcome="not_held", person="Mum")),
        describe(BoundaryPractice(at=when, type="digital", outcome="held", circle="community")),
        describe(JournalEntry(at=when, text="\n  First line\nsecond", tags=("a", "b"))),
    ]
    assert lines == [
        "2026-11-16 09:30  Mood 3 of 10 · distress 7 of 10 · sad · “rain”",
        "2026-11-16 09:30  Connected with Sam · Peers · Call · 45 min · felt safe 4 of 5"
        " · I reached out · to share",
        "2026-11-16 09:30  Connected with someone · Close people · In person · 0 min",
        "2026-11-16 09:30  Time alone, not chosen · 1 h 30 min · loneliness 8 of 10",
        "2026-11-16 09:30  Chosen time alone · 1 h",
        "2026-11-16 09:30  Saying no · did not hold this time · with Mum",
        "2026-11-16 09:30  Digital boundary · held · Community",
        "2026-11-16 09:30  Journal entry · First line… · #a #b",  # more lines follow
    ]
    assert all("isolat" not in line for line in lines)
