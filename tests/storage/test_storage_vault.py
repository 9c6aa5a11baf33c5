"""The vault: create, unlock, wrong secrets, tampered key records, crash-safe re-wrapping."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from conftest import Template
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Killed,
    fast_kdf,  # noqa: F401 - a fixture
    files_only,
    killed_at,
    one_of_each,
    snapshot,
)

from journal_app.domain.validation import ValidationError
from journal_app.errors import VaultDamaged, VaultMissing, WrongSecret
from journal_app.services.journal import Journal
from journal_app.storage import database, files, keys, schema
from journal_app.storage.keys import MIN_ITERATIONS, MIN_MEMORY_KIB, KdfParams, KeyRecord
from journal_app.storage.schema import StoreTooNew
from journal_app.storage.vault import Vault

CODE_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")

pytestmark = pytest.mark.usefixtures("fast_kdf")


def opens_with(root: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the authoritative key record (writes nothing)."""
    try:
        Vault(root).read_key_record().unwrap_with_passphrase(passphrase)
    except WrongSecret:
        return False
    return True


def edit_key_record(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change the key record as an attacker would: edit, then recompute the checksum."""
    body = json.loads(path.read_text())
    body.pop("checksum")
    change(body)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    body["checksum"] = hashlib.sha256(canonical.encode()).hexdigest()
    path.write_text(json.dumps(body, sort_keys=True, indent=1) + "\n")


# -- creating and unlocking --------------------------------------------------------


def test_create_makes_an_encrypted_store_and_two_equal_key_records(tmp_path: Path) -> None:
    root = tmp_path / "new" / "journal"
    vault = Vault(root)
    assert not vault.exists()
    data_key, code = vault.create(PASSPHRASE)
    assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]
    assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()
    assert vault.exists()
    assert len(data_key) == 32
    assert CODE_PATTERN.match(code), code
    record = json.loads((root / "vault.key").read_text())
    for slot in ("passphrase", "recovery"):
        kdf = record["slots"][slot]["kdf"]
        assert kdf["name"] == "argon2id"
        assert kdf["memory_kib"] >= 64 * 1024
        assert kdf["iterations"] >= 3
        assert len(base64.b64decode(kdf["salt"])) >= 16
    assert data_key.hex() not in (root / "vault.key").read_text()
    assert vault.unlock(PASSPHRASE) == data_key
    with vault.open_store(data_key) as store:
        assert schema.version_of(store.conn) == schema.LATEST
        assert store.records.count() == 0


def test_the_recovery_code_holds_at_least_128_bits() -> None:
    assert keys.RECOVERY_CODE_BITS >= 128
    codes = {keys.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(CODE_PATTERN.match(c) for c in codes)


def test_unlock_gives_the_data_key_and_the_records(template: Template, root: Path) -> None:
    vault = Vault(root)
    assert vault.unlock(PASSPHRASE) == template.data_key
    with vault.open_store(template.data_key) as store:
        assert store.records.count() == 5


def test_the_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    vault = Vault(tmp_path / "j")
    key, _code = vault.create(composed)
    assert vault.unlock(decomposed) == key


@pytest.mark.parametrize("weak", ["", "short", "1234567", "long enough\x00"])
def test_a_short_or_odd_passphrase_is_refused_before_anything_is_made(
    tmp_path: Path, weak: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Vault(tmp_path / "j").create(weak)
    assert caught.value.field == "passphrase"
    assert not (tmp_path / "j").exists()


def test_create_never_touches_an_existing_journal(root: Path) -> None:
    before = snapshot(root)
    with pytest.raises(VaultDamaged):
        Vault(root).create(NEW_PASSPHRASE)
    assert snapshot(root) == before


def test_create_never_touches_a_database_without_its_key_record(root: Path) -> None:
    (root / "vault.key").unlink()
    (root / "vault.key.2").unlink()
    before = snapshot(root)
    with pytest.raises(VaultDamaged, match="key record is missing"):
        Vault(root).create(NEW_PASSPHRASE)
    assert snapshot(root) == before


def test_an_empty_folder_is_no_journal(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault(tmp_path).unlock(PASSPHRASE)
    with pytest.raises(VaultMissing):
        Journal.unlock(tmp_path / "nowhere", PASSPHRASE)
    assert not (tmp_path / "nowhere").exists()
    assert os.listdir(tmp_path) == []


# -- a wrong passphrase changes nothing --------------------------------------------


def test_a_wrong_passphrase_changes_no_byte(root: Path) -> None:
    before = snapshot(root)
    for attempt in ("correct horse battery!", "", PASSPHRASE.upper()):
        with pytest.raises(WrongSecret):
            Journal.unlock(root, attempt)
    assert snapshot(root) == before


def test_a_wrong_passphrase_changes_no_byte_while_the_store_is_open(
    template: Template, root: Path
) -> None:
    """With another connection open the folder holds -wal and -shm too; none of them move."""
    store = Vault(root).open_store(template.data_key)
    try:
        store.records.add(one_of_each(day=17, prefix="open")[0])
        before = snapshot(root)
        assert {"journal.db-wal", "journal.db-shm"} <= set(before)
        with pytest.raises(WrongSecret):
            Journal.unlock(root, "not the passphrase")
        with pytest.raises(WrongSecret):
            Vault(root).change_passphrase("not the passphrase", NEW_PASSPHRASE)
        with pytest.raises(WrongSecret):
            Vault(root).new_recovery_code("not the passphrase")
        assert snapshot(root) == before
    finally:
        store.close()


def test_a_wrong_passphrase_is_not_mistaken_for_damage(root: Path) -> None:
    with pytest.raises(WrongSecret) as caught:
        Vault(root).unlock("nope nope nope")
    assert not isinstance(caught.value, VaultDamaged)
    assert caught.value.exit_code == 3
    assert "passphrase" in str(caught.value)


# -- tampered key records ----------------------------------------------------------


def _set_kdf(slot: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(body: dict[str, Any]) -> None:
        body["slots"][slot]["kdf"][key] = value

    return change


def _stronger(slot: str, key: str, extra: int) -> Callable[[dict[str, Any]], None]:
    def change(body: dict[str, Any]) -> None:
        body["slots"][slot]["kdf"][key] += extra

    return change


def _new_salt(body: dict[str, Any]) -> None:
    body["slots"]["passphrase"]["kdf"]["salt"] = base64.b64encode(b"\x01" * 16).decode()


def _new_vault_id(body: dict[str, Any]) -> None:
    body["vault_id"] = "0" * 32


def _new_nonce(body: dict[str, Any]) -> None:
    body["slots"]["passphrase"]["nonce"] = base64.b64encode(b"\x02" * 12).decode()


def _swap_slots(body: dict[str, Any]) -> None:
    slots = body["slots"]
    slots["passphrase"], slots["recovery"] = slots["recovery"], slots["passphrase"]


@pytest.mark.parametrize(
    "change",
    [_new_salt, _new_vault_id, _new_nonce, _swap_slots],
    ids=["salt", "vault_id", "nonce", "swapped-slots"],
)
def test_an_edited_key_record_with_a_fixed_checksum_does_not_unwrap(
    root: Path, change: Callable[[dict[str, Any]], None]
) -> None:
    """Parameters and vault id are bound in as associated data: editing them breaks the unwrap."""
    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, change)
    before = snapshot(root)
    with pytest.raises(WrongSecret):
        Journal.unlock(root, PASSPHRASE)
    assert snapshot(root) == before


def test_an_edited_first_copy_is_not_overruled_by_the_second(root: Path) -> None:
    """A readable first copy is authoritative, even when it does not open: see crash safety."""
    edit_key_record(root / "vault.key", _new_vault_id)
    with pytest.raises(WrongSecret):
        Vault(root).unlock(PASSPHRASE)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("memory_kib", MIN_MEMORY_KIB - 1, "KiB"),
        ("memory_kib", 8, "KiB"),
        ("iterations", MIN_ITERATIONS - 1, "passes"),
        ("iterations", 1, "passes"),
        ("iterations", 10_000, "passes"),
        ("memory_kib", 64 * 1024 * 1024, "KiB"),
        ("lanes", 0, "settings"),
    ],
)
def test_weak_or_absurd_kdf_parameters_are_refused_before_deriving(
    root: Path, key: str, value: int, message: str
) -> None:
    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, _set_kdf("passphrase", key, value))
    before = snapshot(root)
    with pytest.raises(VaultDamaged, match=message):
        Vault(root).unlock(PASSPHRASE)
    assert snapshot(root) == before


def test_a_short_salt_is_refused(root: Path) -> None:
    short = base64.b64encode(b"\x00" * 8).decode()
    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, _set_kdf("passphrase", "salt", short))
    with pytest.raises(VaultDamaged):
        Vault(root).unlock(PASSPHRASE)


def test_weak_parameters_are_refused_even_in_code() -> None:
    for params in (
        KdfParams(salt=b"s" * 16, memory_kib=1024),
        KdfParams(salt=b"s" * 16, iterations=1),
        KdfParams(salt=b"s" * 8),
    ):
        with pytest.raises(VaultDamaged):
            params.derive(b"secret")


def test_a_tampered_recovery_slot_leaves_the_passphrase_working(
    template: Template, root: Path
) -> None:
    """Settings the app never writes in the recovery slot: that slot is refused as damaged
    (before deriving), the passphrase slot still opens the journal."""
    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, _stronger("recovery", "memory_kib", 1024))
    with pytest.raises(VaultDamaged, match="KiB"):
        Vault(root).recover(template.code, NEW_PASSPHRASE)
    assert Vault(root).unlock(PASSPHRASE) == template.data_key


def test_a_damaged_first_copy_falls_back_to_the_second_and_is_repaired(
    template: Template, root: Path
) -> None:
    raw = bytearray((root / "vault.key").read_bytes())
    where = raw.index(b'"salt"') + 12  # inside the base64 of a salt
    raw[where] = ord("A") if raw[where] != ord("A") else ord("B")
    (root / "vault.key").write_bytes(bytes(raw))
    with pytest.raises(keys.KeyRecordCorrupt, match="checksum"):
        KeyRecord.from_bytes(bytes(raw))
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()


@pytest.mark.parametrize("damage", ["missing", "empty", "half", "not-json", "other-app"])
def test_an_unreadable_first_copy_falls_back_to_the_second(
    template: Template, root: Path, damage: str
) -> None:
    first = root / "vault.key"
    good = first.read_bytes()
    if damage == "missing":
        first.unlink()
    else:
        first.write_bytes(
            {
                "empty": b"",
                "half": good[: len(good) // 2],
                "not-json": b"\xff\xfe garbage",
                "other-app": b'{"app": "other"}',
            }[damage]
        )
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert first.read_bytes() == good


def test_when_both_copies_are_damaged_the_journal_is_reported_damaged(root: Path) -> None:
    (root / "vault.key").write_bytes(b"{}")
    (root / "vault.key.2").write_bytes(b"")
    before = snapshot(root)
    with pytest.raises(VaultDamaged, match="restore a backup"):
        Journal.unlock(root, PASSPHRASE)
    assert snapshot(root) == before


def _set_slot(slot: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(body: dict[str, Any]) -> None:
        body["slots"][slot][key] = value

    return change


BAD_SIZES = {
    "empty-nonce": _set_slot("passphrase", "nonce", ""),
    "short-nonce": _set_slot("passphrase", "nonce", base64.b64encode(b"abcd").decode()),
    "long-nonce": _set_slot("passphrase", "nonce", base64.b64encode(b"n" * 16).decode()),
    "empty-key": _set_slot("passphrase", "key", ""),
    "short-key": _set_slot("passphrase", "key", base64.b64encode(b"k" * 32).decode()),
    "recovery-nonce": _set_slot("recovery", "nonce", base64.b64encode(b"abcd").decode()),
}


@pytest.mark.parametrize("change", list(BAD_SIZES))
def test_a_key_record_with_bad_sizes_is_damaged_not_a_crash(
    template: Template, root: Path, change: str
) -> None:
    """Found by these tests: a nonce of another size made AES-GCM raise ValueError, so the
    command line said 'something went wrong' (exit 1) instead of naming the damage."""
    edit_key_record(root / "vault.key", BAD_SIZES[change])
    assert Vault(root).unlock(PASSPHRASE) == template.data_key  # the second copy is used
    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, BAD_SIZES[change])
    with pytest.raises(VaultDamaged, match="damaged"):
        Vault(root).unlock(PASSPHRASE)


LEAVES = [
    ("format",),
    ("vault_id",),
    ("app",),
    ("slots",),
    ("slots", "passphrase"),
    ("slots", "passphrase", "nonce"),
    ("slots", "passphrase", "key"),
    ("slots", "passphrase", "kdf"),
    ("slots", "passphrase", "kdf", "name"),
    ("slots", "passphrase", "kdf", "salt"),
    ("slots", "passphrase", "kdf", "memory_kib"),
    ("slots", "passphrase", "kdf", "iterations"),
    ("slots", "passphrase", "kdf", "lanes"),
    ("slots", "recovery", "kdf"),
]
# Numbers chosen so no generated record asks for an expensive derivation.
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([-1, 0, 1, 2, 3, 4, 8, 17, 65535, 65537, 2**40, 1.5]),
    st.text(max_size=12),
    st.binary(max_size=40).map(lambda b: base64.b64encode(b).decode()),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.sampled_from(["name", "salt", "x"]), st.text(max_size=4), max_size=2),
)


@given(leaf=st.sampled_from(LEAVES), value=ODD_VALUES)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_edit_of_the_key_record_is_a_known_error(
    template: Template, root: Path, leaf: tuple[str, ...], value: object
) -> None:
    """Whatever an attacker or a bad disk writes (checksum fixed), unlock says something
    a person can act on (wrong secret, or damaged): never a crash, never the key."""

    def change(body: dict[str, Any]) -> None:
        node = body
        for key in leaf[:-1]:
            node = node[key]
        node[leaf[-1]] = value

    pristine = (template.root / "vault.key").read_bytes()
    for name in ("vault.key", "vault.key.2"):
        (root / name).write_bytes(pristine)
        edit_key_record(root / name, change)
    try:
        key = Vault(root).unlock(PASSPHRASE)
    except (WrongSecret, VaultDamaged):
        return
    # Only an edit that changed nothing may still open the journal.
    assert key == template.data_key
    assert KeyRecord.from_bytes((root / "vault.key").read_bytes()) == KeyRecord.from_bytes(pristine)


def test_a_key_record_of_a_newer_format_is_refused(root: Path) -> None:
    def newer(body: dict[str, Any]) -> None:
        body["format"] = 2

    for name in ("vault.key", "vault.key.2"):
        edit_key_record(root / name, newer)
    with pytest.raises(VaultDamaged, match="format"):
        Vault(root).unlock(PASSPHRASE)


@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_single_byte_change_to_the_first_copy_still_unlocks(
    template: Template, root: Path, position: int, value: int
) -> None:
    first = root / "vault.key"
    good = (root / "vault.key.2").read_bytes()
    raw = bytearray(good)
    raw[position % len(raw)] = value
    first.write_bytes(bytes(raw))
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert first.read_bytes() == good  # repaired (or re-written in canonical form)


# -- recovery code -----------------------------------------------------------------


def test_recover_sets_a_new_passphrase_and_the_old_one_fails(
    template: Template, root: Path
) -> None:
    with Journal.recover(root, template.code, NEW_PASSPHRASE) as journal:
        assert journal.count() == 5
    with pytest.raises(WrongSecret):
        Vault(root).unlock(PASSPHRASE)
    assert Vault(root).unlock(NEW_PASSPHRASE) == template.data_key
    # The code keeps working (it is not used up), and the store was not re-encrypted.
    assert Vault(root).recover(template.code, "yet another passphrase") == template.data_key
    assert database.key_opens(root / "journal.db", template.data_key)


def test_a_recovery_code_may_be_typed_loosely(template: Template, root: Path) -> None:
    loose = template.code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert Vault(root).recover(loose, NEW_PASSPHRASE) == template.data_key


@pytest.mark.parametrize(
    "code",
    [
        "0000-0000-0000-0000-0000-0000-0000-0000",
        "ABCD",
        "",
        "UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU",
    ],
)
def test_a_wrong_recovery_code_changes_nothing(root: Path, code: str) -> None:
    before = snapshot(root)
    with pytest.raises(WrongSecret) as caught:
        Vault(root).recover(code, NEW_PASSPHRASE)
    assert caught.value.exit_code == 3
    assert snapshot(root) == before
    assert opens_with(root, PASSPHRASE)


def test_the_recovery_code_does_not_open_the_passphrase_slot(
    template: Template, root: Path
) -> None:
    with pytest.raises(WrongSecret):
        Vault(root).unlock(template.code)


def test_recover_refuses_a_short_new_passphrase(template: Template, root: Path) -> None:
    before = snapshot(root)
    with pytest.raises(ValidationError):
        Vault(root).recover(template.code, "short")
    assert snapshot(root) == before


def test_a_new_recovery_code_replaces_the_old_one(template: Template, root: Path) -> None:
    """A new code re-keys the journal (someone may have seen the old one): the old code
    opens nothing, not even the key record it belonged to, copied back."""
    vault = Vault(root)
    old_record = (root / "vault.key").read_bytes()
    rekeyed = vault.new_recovery_code(PASSPHRASE)
    code = rekeyed.recovery_code
    assert code is not None and code != template.code
    assert rekeyed.data_key != template.data_key
    with pytest.raises(WrongSecret):
        vault.recover(template.code, NEW_PASSPHRASE)
    assert vault.recover(code, NEW_PASSPHRASE) == rekeyed.data_key
    assert vault.unlock(NEW_PASSPHRASE) == rekeyed.data_key
    for name in ("vault.key", "vault.key.2"):
        (root / name).write_bytes(old_record)
    with pytest.raises(VaultDamaged):
        vault.recover(template.code, "yet another passphrase")


# -- changing the passphrase -------------------------------------------------------


def test_change_passphrase_re_keys_the_store_and_gives_a_new_recovery_code(
    template: Template, root: Path
) -> None:
    db_before = (root / "journal.db").read_bytes()
    rekeyed = Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert not opens_with(root, PASSPHRASE)
    assert rekeyed.data_key != template.data_key
    assert Vault(root).unlock(NEW_PASSPHRASE) == rekeyed.data_key
    assert (root / "journal.db").read_bytes() != db_before
    assert not database.key_opens(root / "journal.db", template.data_key)
    assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()
    assert sorted(os.listdir(root)) == ["journal.db", "vault.key", "vault.key.2"]
    with pytest.raises(WrongSecret):
        Vault(root).recover(template.code, PASSPHRASE)
    assert rekeyed.recovery_code is not None and CODE_PATTERN.match(rekeyed.recovery_code)
    assert Vault(root).recover(rekeyed.recovery_code, PASSPHRASE) == rekeyed.data_key
    with Vault(root).open_store(rekeyed.data_key) as store:
        assert store.records.count() == 5


def test_change_passphrase_with_the_wrong_old_one_or_a_short_new_one_changes_nothing(
    root: Path,
) -> None:
    before = snapshot(root)
    with pytest.raises(WrongSecret):
        Vault(root).change_passphrase("not the passphrase", NEW_PASSPHRASE)
    with pytest.raises(ValidationError):
        Vault(root).change_passphrase(PASSPHRASE, "short")
    assert snapshot(root) == before


@pytest.mark.usefixtures("fixed_salt")
def test_recovering_is_crash_safe_at_every_step(
    template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recovery only re-wraps. After a kill at any moment exactly one of the old and the
    new passphrase opens. (Changing the passphrase re-keys: see test_storage_rekey.py.)"""
    outcomes: list[bool] = []
    step = 0
    while True:
        root = tmp_path / f"recover-{step}"
        shutil.copytree(template.root, root)
        finished = False
        with killed_at(monkeypatch, step) as done:
            try:
                Vault(root).recover(template.code, NEW_PASSPHRASE)
                finished = True
            except Killed:
                pass
        old, new = opens_with(root, PASSPHRASE), opens_with(root, NEW_PASSPHRASE)
        assert old != new, f"killed before step {step} (after {done}): old={old} new={new}"
        outcomes.append(new)
        # Opening with the one that works repairs the copies; the choice does not flip.
        winner = NEW_PASSPHRASE if new else PASSPHRASE
        assert Vault(root).unlock(winner) == template.data_key
        assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()
        assert opens_with(root, winner)
        assert not opens_with(root, PASSPHRASE if new else NEW_PASSPHRASE)
        assert Vault(root).read_key_record().unwrap_with_recovery_code(template.code)
        if finished:
            break
        step += 1
    # Two files, each: fsync, rename, folder fsync. The new passphrase wins from the
    # first rename on, and the old one until then; never both, never neither.
    # Each copy: the temporary file is fsynced, renamed over, then the folder is fsynced
    # (fsync_dir's own fsync is the fourth step) before the second copy is begun.
    assert done == ["fsync", "replace", "fsync_dir", "fsync"] * 2
    first_rename = done.index("replace")
    assert outcomes == [False] * (first_rename + 1) + [True] * (len(outcomes) - first_rename - 1)


def test_a_torn_first_copy_after_a_crash_leaves_the_old_passphrase(
    template: Template, root: Path
) -> None:
    """On a file system without atomic rename the first copy may be half-written."""
    new_record = (
        Vault(root).read_key_record().with_passphrase(template.data_key, NEW_PASSPHRASE)
    ).to_bytes()
    (root / "vault.key").write_bytes(new_record[: len(new_record) // 3])
    assert opens_with(root, PASSPHRASE)
    assert not opens_with(root, NEW_PASSPHRASE)


def test_a_crash_between_the_copies_is_repaired_on_the_next_unlock(
    template: Template, root: Path
) -> None:
    new_record = Vault(root).read_key_record().with_passphrase(template.data_key, NEW_PASSPHRASE)
    files.atomic_write(root / "vault.key", new_record.to_bytes())
    assert (root / "vault.key").read_bytes() != (root / "vault.key.2").read_bytes()
    assert Vault(root).unlock(NEW_PASSPHRASE) == template.data_key
    assert (root / "vault.key.2").read_bytes() == new_record.to_bytes()


def test_atomic_write_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    target = tmp_path / "f"
    files.atomic_write(target, b"one")
    files.atomic_write(target, b"two")
    assert os.listdir(tmp_path) == ["f"]
    assert target.read_bytes() == b"two"
    assert target.stat().st_mode & 0o777 == 0o600


# -- a damaged store is reported, never replaced -----------------------------------


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE records (id TEXT)")
    conn.commit()
    conn.close()


def _other_key(path: Path) -> None:
    conn = database.connect(path, os.urandom(32), create=True)
    schema.migrate(conn)
    conn.close()


@pytest.mark.parametrize(
    "damage",
    ["missing", "empty", "garbage", "one-byte", "plain-sqlite", "other-key", "truncated"],
)
def test_a_damaged_database_is_reported_and_nothing_is_created_or_overwritten(
    root: Path, damage: str
) -> None:
    db = root / "journal.db"
    good = db.read_bytes()
    if damage == "missing":
        db.unlink()
    elif damage == "empty":
        db.write_bytes(b"")
    elif damage == "garbage":
        db.write_bytes(os.urandom(len(good)))
    elif damage == "one-byte":
        db.write_bytes(b"x")
    elif damage == "plain-sqlite":
        db.unlink()
        _plain_sqlite(db)
    elif damage == "other-key":
        db.unlink()
        _other_key(db)
    else:
        db.write_bytes(good[: len(good) // 2])
    before = snapshot(root)
    with pytest.raises(VaultDamaged) as caught:
        Journal.unlock(root, PASSPHRASE)
    assert caught.value.exit_code == 4
    assert "restore" in str(caught.value)
    # Every file as it was and no new one. (Where page 1 still decrypts, SQLite makes and
    # removes its -wal/-shm while finding the damage, so the folder's own mtime may move.)
    assert files_only(snapshot(root)) == files_only(before)
    with pytest.raises(VaultDamaged):
        Vault(root).create(PASSPHRASE)
    assert files_only(snapshot(root)) == files_only(before)


def test_a_store_newer_than_the_app_is_refused_untouched(template: Template, root: Path) -> None:
    conn = sqlcipher3.connect(str(root / "journal.db"))
    conn.execute(f"PRAGMA key = \"x'{template.data_key.hex()}'\"")
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    before = snapshot(root)
    with pytest.raises(StoreTooNew) as caught:
        Journal.unlock(root, PASSPHRASE)
    assert caught.value.exit_code == 4
    assert "newer version" in str(caught.value)
    assert files_only(snapshot(root)) == files_only(before)
    assert not (root / "backups").exists()


def test_a_store_with_no_schema_yet_is_migrated_without_a_backup(
    template: Template, tmp_path: Path
) -> None:
    """Version 0 holds no table, so no record: upgrading it loses nothing."""
    root = tmp_path / "j"
    root.mkdir()
    conn = database.connect(root / "journal.db", template.data_key, create=True)
    conn.close()
    shutil.copy(template.root / "vault.key", root / "vault.key")
    with Vault(root).open_store(template.data_key) as store:
        assert schema.version_of(store.conn) == schema.LATEST
    assert not (root / "backups").exists()


def test_a_database_file_of_one_byte_is_not_taken_for_a_new_store(root: Path) -> None:
    """Found by these tests: SQLite reads a 1-byte file as an empty database, and opening
    the journal then wrote a new, empty store over it. It is now reported as damaged."""
    (root / "journal.db").write_bytes(b"\x00")
    before = snapshot(root)
    with pytest.raises(VaultDamaged, match="holds no journal"):
        Journal.unlock(root, PASSPHRASE)
    assert snapshot(root) == before


KILLED_AFTER_COMMIT = """
import os, sys
from pathlib import Path
from journal_app.domain.records import JournalEntry
from journal_app.services.journal import Journal
journal = Journal.unlock(Path(sys.argv[1]), sys.argv[2])
journal.add(JournalEntry(id="last-words", text="saved just before the power went"))
os._exit(0)  # no close, no checkpoint: as if the process were killed
"""


def test_a_record_committed_just_before_a_kill_is_not_lost(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_COMMIT, str(root), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (root / "journal.db-wal").stat().st_size > 0  # only in the write-ahead log
    with Journal.unlock(root, PASSPHRASE) as journal:
        assert journal.get("last-words").text == "saved just before the power went"  # type: ignore[union-attr]
        assert journal.count() == 6


def test_an_unlock_racing_a_passphrase_change_does_not_undo_it(
    template: Template, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by these tests: an unlock that read the key record just before another process
    changed the passphrase 'repaired' both copies back to the record it had read, so the
    old passphrase worked again and the new one no longer did. Now the change re-keys: the
    unlock finds the key it read opens nothing any more, reads the records again, and says
    the old passphrase is wrong."""
    real_unwrap = KeyRecord.unwrap_with_passphrase

    def unwrap_while_another_process_changes_it(self: KeyRecord, passphrase: str) -> bytes:
        key = real_unwrap(self, passphrase)
        with monkeypatch.context() as patch:
            patch.setattr(KeyRecord, "unwrap_with_passphrase", real_unwrap)
            Vault(root).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        return key

    with monkeypatch.context() as patch:
        patch.setattr(KeyRecord, "unwrap_with_passphrase", unwrap_while_another_process_changes_it)
        with pytest.raises(WrongSecret):
            Vault(root).unlock(PASSPHRASE)
    assert opens_with(root, NEW_PASSPHRASE)
    assert not opens_with(root, PASSPHRASE)
    assert (root / "vault.key").read_bytes() == (root / "vault.key.2").read_bytes()


def test_a_first_copy_that_differs_only_in_layout_is_rewritten_the_same_as_the_second(
    template: Template, root: Path
) -> None:
    good = (root / "vault.key.2").read_bytes()
    (root / "vault.key").write_bytes(good.replace(b"\n", b"\r\n"))
    assert Vault(root).unlock(PASSPHRASE) == template.data_key
    assert (root / "vault.key").read_bytes() == good
