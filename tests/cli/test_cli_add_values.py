"""Any valid value given to ``add`` is stored as given (hypothesis, in process)."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cli_support import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.cli.main import main
from journal_app.cli.values import word_list
from journal_app.domain.emotions import EMOTION_WORDS
from journal_app.domain.records import RECORD_TYPES, AnyRecord, RecordKind
from journal_app.services.journal import Journal
from journal_app.storage.keys import KdfParams
from journal_app.storage.vault import Vault

CIRCLES = ["professional", "peer", "close", "community"]
MODES = ["in_person", "call", "video", "message"]
TYPES = ["saying_no", "asking_for_space", "limiting_time", "stating_a_need", "ending_contact"]
OUTCOMES = ["held", "partly", "not_held"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    root = tmp_path_factory.mktemp("addvalues") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    journal.close()
    return root, Vault(root).unlock(PASSPHRASE)


@pytest.fixture
def quick_unlock(template: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example unlocks a copy of one journal: derive its key once, not per example."""
    known: dict[tuple[KdfParams, bytes], bytes] = {}
    real = KdfParams.derive

    def derive(self: KdfParams, secret: bytes) -> bytearray:
        if (self, secret) not in known:
            known[(self, secret)] = bytes(real(self, secret))
        return bytearray(known[(self, secret)])  # a copy: the caller wipes what it gets

    monkeypatch.setattr(KdfParams, "derive", derive)
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)


def one_line(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(
        st.characters(exclude_characters="\x00\n\r\t", exclude_categories=("Cs",)),
        min_size=min_size,
        max_size=max_size,
    )


def optional_int(low: int, high: int) -> st.SearchStrategy[int | None]:
    return st.none() | st.integers(low, high)


def flags(pairs: dict[str, Any]) -> list[str]:
    """Command-line words: ``--flag=value`` (so values like -3 stay values), bare switches."""
    words = []
    for flag, value in pairs.items():
        if value is True:
            words.append(flag)
        elif value is not None and value is not False:
            words.append(f"{flag}={value}")
    return words


moment = st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30))
common = st.fixed_dictionaries(
    {
        "--at": moment.map(lambda d: d.strftime("%Y-%m-%d %H:%M")),
        "--note": st.none() | one_line(),
        "--share": st.booleans(),
    }
)
names = one_line(1, 20).filter(lambda n: n.strip())
per_kind = {
    "mood": st.fixed_dictionaries(
        {
            "--score": st.integers(1, 10),
            "--distress": optional_int(0, 10),
            "--emotions": st.none()
            | st.lists(st.sampled_from(EMOTION_WORDS), max_size=3).map(
                lambda ws: ", ".join(w.upper() if i % 2 else w for i, w in enumerate(ws))
            ),
        }
    ),
    "connection": st.fixed_dictionaries(
        {
            "--circle": st.sampled_from(CIRCLES),
            "--minutes": st.integers(0, 1440),
            "--person": st.none() | names,
            "--mode": st.none() | st.sampled_from(MODES),
            "--felt-safe": optional_int(1, 5),
            "--initiated": st.booleans(),
        }
    ),
    "alone": st.fixed_dictionaries(
        {
            "--minutes": st.integers(1, 1440),
            "--chosen": st.booleans(),
            "--loneliness": optional_int(0, 10),
        }
    ),
    "boundary": st.fixed_dictionaries(
        {
            "--type": st.sampled_from(TYPES),
            "--outcome": st.sampled_from(OUTCOMES),
            "--circle": st.sampled_from(CIRCLES),  # always, so a new person can be added
            "--person": st.none() | names,
            "--fear-before": optional_int(0, 10),
            "--felt-after": optional_int(0, 10),
        }
    ),
    "entry": st.fixed_dictionaries(
        {
            "--text": one_line(1, 80).filter(lambda t: t.strip() and t != "-"),
            "--title": st.none() | one_line(0, 40),
            "--tags": st.none()
            | st.lists(one_line(1, 10).filter(lambda t: "," not in t), max_size=3).map(",".join),
        }
    ),
}
cases = st.sampled_from(sorted(per_kind)).flatmap(
    lambda kind: st.tuples(st.just(kind), per_kind[kind], common)
)

FIELD_OF = {
    "--felt-safe": "felt_safe",
    "--fear-before": "fear_before",
    "--felt-after": "felt_after",
}


def expected_record(kind: str, values: dict[str, Any], shared: dict[str, Any]) -> AnyRecord:
    """The record the domain makes of the same values (what ``add`` must have stored)."""
    fields: dict[str, Any] = {}
    for flag, value in values.items():
        if value is None:
            continue
        name = FIELD_OF.get(flag, flag[2:])
        if name in ("emotions", "tags"):
            value = word_list(value)
        fields[name] = value
    return RECORD_TYPES[RecordKind(kind)](
        **fields,
        at=datetime.strptime(shared["--at"], "%Y-%m-%d %H:%M").astimezone(),
        note=shared["--note"] or "",
        share=shared["--share"],
    )


@pytest.mark.usefixtures("quick_unlock")
@given(case=cases)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_valid_add_is_stored_as_given(
    template: tuple[Path, bytes],
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, dict[str, Any], dict[str, Any]],
) -> None:
    kind, values, shared = case
    root = tmp_path_factory.mktemp("example") / "journal"
    shutil.copytree(template[0], root)
    code = main(["--data-dir", str(root), "add", kind, *flags(values), *flags(shared)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    found = re.search(r"\(id ([0-9a-f]+)\)", captured.out)
    assert found, captured.out
    with Vault(root).open_store(template[1], migrate=False) as store:
        stored = store.records.get(found.group(1))
    expected = expected_record(kind, values, shared)
    assert stored.kind.value == kind
    assert stored.fields() == expected.fields()
    assert (stored.at, stored.note, stored.share) == (expected.at, expected.note, expected.share)
    shutil.rmtree(root.parent)
