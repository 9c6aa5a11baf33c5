"""``people``, ``people delete``, and the people, support and session flags of ``add``,
run as a real separate process."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import PASSPHRASE, assert_one_line_error, folder_state, run

from journal_app.services.journal import Journal

TZ = {"TZ": "UTC0"}


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    root = tmp_path / "journal"
    assert run(root, "init").code == 0
    return root


def add(root: Path, *args: str) -> str:
    result = run(root, "add", *args, env=TZ)
    assert result.code == 0, result.err
    assert result.err == ""
    return result.out


def test_a_boundary_with_someone_new_and_no_circle_keeps_them_off_the_map(
    journal_dir: Path,
) -> None:
    out = add(
        journal_dir, "boundary", "--type", "ending_contact", "--outcome", "held",
        "--person", "Uncle R", "--at", "2026-11-18 20:00",
    )  # fmt: skip
    assert "Uncle R is kept in your journal, not on your support map." in out
    # Named again, with a circle on a connection: they stay off the map.
    out = add(
        journal_dir, "connection", "--circle", "close", "--minutes", "10",
        "--person", "uncle r", "--at", "2026-11-19 12:00",
    )  # fmt: skip
    assert "support map" not in out
    add(journal_dir, "connection", "--circle", "peer", "--minutes", "30", "--person", "Mira",
        "--at", "2026-11-17 18:00")  # fmt: skip
    add(journal_dir, "boundary", "--type", "saying_no", "--outcome", "partly", "--circle",
        "close", "--person", "Mum", "--at", "2026-11-16 09:00")  # fmt: skip
    listed = run(journal_dir, "people", "--format", "json")
    assert listed.code == 0, listed.err
    assert listed.json() == [
        {"name": "Mum", "circle": "close", "archived": False, "last_contact": "2026-11-16"},
        {"name": "Mira", "circle": "peer", "archived": False, "last_contact": "2026-11-17"},
        {"name": "Uncle R", "circle": None, "archived": False, "last_contact": "2026-11-19"},
    ]
    text = run(journal_dir, "people").out.splitlines()
    assert [line[:7].rstrip() for line in text] == ["Mum", "Mira", "Uncle R"]
    assert "Close people" in text[0] and "last contact 2026-11-16" in text[0]
    assert "Not on my support map" in text[2]


def test_people_lists_archived_people_and_those_with_no_moments(journal_dir: Path) -> None:
    with Journal.unlock(journal_dir, PASSPHRASE) as journal:
        gone = journal.add_person("Old friend", "close")
        journal.archive_person(gone)
        journal.add_person("Kit", None)
    listed = run(journal_dir, "people", "--format", "json").json()
    assert listed == [
        {"name": "Old friend", "circle": "close", "archived": True, "last_contact": None},
        {"name": "Kit", "circle": None, "archived": False, "last_contact": None},
    ]
    text = run(journal_dir, "people").out
    assert "no moments noted yet  (archived)" in text
    empty = journal_dir.parent / "empty"
    assert run(empty, "init").code == 0
    assert run(empty, "people").out == "No one is named in your journal yet.\n"
    assert run(empty, "people", "--format", "json").json() == []


def test_people_delete_takes_the_name_off_every_record(journal_dir: Path) -> None:
    add(journal_dir, "connection", "--circle", "close", "--minutes", "20", "--person", "Sam",
        "--note", "Sam made soup", "--at", "2026-11-16 12:00")  # fmt: skip
    add(journal_dir, "boundary", "--type", "saying_no", "--outcome", "held", "--person", "Sam",
        "--at", "2026-11-17 12:00")  # fmt: skip
    add(journal_dir, "connection", "--circle", "peer", "--minutes", "5", "--person", "Mira",
        "--at", "2026-11-18 12:00")  # fmt: skip

    before = folder_state(journal_dir)
    missing = run(journal_dir, "people", "delete", "Nobody")
    assert_one_line_error(missing, 2, "Nobody", "nothing was changed")
    assert folder_state(journal_dir) == before

    done = run(journal_dir, "people", "delete", "sam")  # any case, like every name look-up
    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "Deleted Sam.",
        "Their name was taken off 2 records, which stay without a name.",
        "What you wrote yourself (notes, entries, your safety plan) was not changed.",
    ]
    records = run(journal_dir, "list", "--format", "json").json()
    assert [(r["kind"], r["person"]) for r in records] == [
        ("connection", None),
        ("boundary", None),
        ("connection", "Mira"),
    ]
    assert records[0]["note"] == "Sam made soup"  # the user's own words are theirs
    assert [p["name"] for p in run(journal_dir, "people", "--format", "json").json()] == ["Mira"]
    assert_one_line_error(run(journal_dir, "people", "delete", "Sam"), 2, "Sam")
    assert_one_line_error(run(journal_dir, "people", "delete"), 2)


def test_support_and_a_session_reflection_from_the_command_line(journal_dir: Path) -> None:
    add(journal_dir, "connection", "--circle", "professional", "--minutes", "50",
        "--person", "Dr K", "--support", "received", "--heard", "7", "--approach", "0",
        "--bring-up", "sleep again", "--at", "2026-11-16 10:00")  # fmt: skip
    add(journal_dir, "connection", "--circle", "professional", "--minutes", "50",
        "--goals", "9", "--bring-up", "not yet", "--keep-bring-up-private",
        "--at", "2026-11-18 10:00")  # fmt: skip
    add(journal_dir, "connection", "--circle", "peer", "--minutes", "60", "--support", "gave",
        "--at", "2026-11-17 19:00")  # fmt: skip
    add(journal_dir, "connection", "--circle", "peer", "--minutes", "60", "--support", "gave",
        "--at", "2026-11-19 19:00")  # fmt: skip
    add(journal_dir, "connection", "--circle", "close", "--minutes", "60", "--support", "mutual",
        "--at", "2026-11-20 19:00")  # fmt: skip
    records = run(journal_dir, "list", "--format", "json").json()
    assert records[0]["support"] == "received"
    assert records[0]["reflection"] == {
        "heard": 7,
        "goals": None,
        "approach": 0,
        "bring_up": "sleep again",
        "share_bring_up": True,
    }
    assert records[2]["reflection"]["share_bring_up"] is False
    assert records[1]["reflection"] is None and records[1]["support"] == "gave"

    summary = run(journal_dir, "summary", "--week", "2026-W47", "--format", "json").json()
    assert summary["connection"]["support"] == {"gave": 2, "received": 1, "mutual": 1}
    assert [n["note"] for n in summary["shared_notes"]] == ["sleep again"]
    text = " ".join(run(journal_dir, "summary", "--week", "2026-W47").out.split())
    assert "You gave support twice and received it once. Support went both ways once." in text
    assert "(to bring up next session): sleep again" in text


def test_session_questions_outside_the_professional_circle_are_refused(journal_dir: Path) -> None:
    before = folder_state(journal_dir)
    refused = run(journal_dir, "add", "connection", "--circle", "close", "--minutes", "5",
                  "--bring-up", "x")  # fmt: skip
    assert_one_line_error(refused, 2, "--bring-up", "professional")
    wrong = run(journal_dir, "add", "connection", "--circle", "peer", "--minutes", "5",
                "--support", "lots")  # fmt: skip
    assert_one_line_error(wrong, 2, "--support", "gave, received, mutual", "'lots'")
    assert folder_state(journal_dir) == before
