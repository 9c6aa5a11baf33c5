"""Fixtures the vault tests share: one template journal per module, copied per test."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from storage_support import PASSPHRASE, one_of_each

from journal_app.storage import vault as vault_module
from journal_app.storage.keys import KdfParams
from journal_app.storage.vault import Vault

FIXED_CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"


@dataclass(frozen=True)
class Template:
    root: Path
    code: str
    data_key: bytes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One journal with a record of every kind, made once per module and copied per test."""
    root = tmp_path_factory.mktemp("template") / "journal"
    vault = Vault(root)
    data_key, code = vault.create(PASSPHRASE)
    with vault.open_store(data_key) as store:
        store.records.add_many(one_of_each())
    return Template(root, code, bytes(data_key))


@pytest.fixture
def root(template: Template, tmp_path: Path) -> Path:
    copy = tmp_path / "journal"
    shutil.copytree(template.root, copy)
    return copy


@pytest.fixture
def fixed_salt(monkeypatch: pytest.MonkeyPatch) -> None:
    """New wraps get one salt and new recovery codes one value, so each secret is derived
    once (see ``fast_kdf``)."""
    monkeypatch.setattr(KdfParams, "fresh", classmethod(lambda cls: cls(salt=b"\x07" * 16)))
    monkeypatch.setattr(vault_module, "new_recovery_code", lambda: FIXED_CODE)
