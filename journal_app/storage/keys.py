"""The key record: the database key, wrapped by the passphrase and by the recovery code.

Envelope encryption: a random 256-bit data key opens the database; it is
wrapped with AES-256-GCM by a key derived with Argon2id from the passphrase,
and again by a key derived from the recovery code. The format version, the
vault id, the slot name and every KDF parameter are bound in as associated
data, so editing any of them makes the unwrap fail instead of weakening it.

The record is JSON with a checksum of its own. The checksum only tells a
damaged file (a bad disk, a torn copy) from a wrong passphrase; it is no
protection against tampering, which the AEAD already gives.

Only the Argon2id settings this app writes (``ACCEPTED_COSTS``) are accepted.
A record asking for anything else was not written by us: it is refused as
damaged before any derivation, so an edited record can neither weaken the
wrap nor make the user's machine derive with 2 GiB of memory for seconds.

Keys (the data key, the wrapping keys) live in ``bytearray``s that their
holder overwrites with ``wipe`` when done. Python cannot promise more: the
passphrase arrives as an immutable ``str``, and what the libraries copy
internally is theirs to free.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from journal_app.errors import VaultDamaged, WrongSecret
from journal_app.storage import tr

FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16

# A key record is under 1 KiB; a file many times that size is not one (and is not read whole).
MAX_KEY_RECORD_BYTES = 64 * 1024


@dataclass(frozen=True)
class KdfCost:
    """What an Argon2id derivation costs: memory (KiB), passes and lanes."""

    memory_kib: int
    iterations: int
    lanes: int


# The settings every record this app writes carries (64 MiB, 3 passes, 4 lanes).
STANDARD_COST = KdfCost(memory_kib=64 * 1024, iterations=3, lanes=4)
# Every setting a record may ask for. A stronger preset would be added here, on purpose.
ACCEPTED_COSTS = frozenset({STANDARD_COST})

MIN_MEMORY_KIB = STANDARD_COST.memory_kib
MIN_ITERATIONS = STANDARD_COST.iterations

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"

# Crockford's base32: no I, L, O, U, so a code read aloud or off paper is unambiguous.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_CODE_BITS = 160  # 32 symbols, shown as 8 groups of 4
_CODE_SYMBOLS = RECOVERY_CODE_BITS // 5


class KeyRecordCorrupt(VaultDamaged):
    """The key record cannot be read at all (as opposed to: it does not open)."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = STANDARD_COST.memory_kib
    iterations: int = STANDARD_COST.iterations
    lanes: int = STANDARD_COST.lanes

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=os.urandom(SALT_BYTES))

    @property
    def cost(self) -> KdfCost:
        return KdfCost(self.memory_kib, self.iterations, self.lanes)

    def check(self) -> None:
        """Refuse any settings but the ones this app writes, before anything is derived."""
        if self.cost not in ACCEPTED_COSTS:
            raise KeyRecordCorrupt(
                tr(
                    "The journal's key record asks for key-derivation settings this app never "
                    "writes ({memory} KiB of memory, {passes} passes, {lanes} lanes; it writes "
                    "{expected_memory} KiB, {expected_passes} passes, {expected_lanes} lanes). "
                    "The record was damaged or changed; restore a backup with "
                    "'journal-app restore BACKUP-FILE'."
                ).format(
                    memory=self.memory_kib,
                    passes=self.iterations,
                    lanes=self.lanes,
                    expected_memory=STANDARD_COST.memory_kib,
                    expected_passes=STANDARD_COST.iterations,
                    expected_lanes=STANDARD_COST.lanes,
                )
            )
        if len(self.salt) != SALT_BYTES:
            raise KeyRecordCorrupt(
                tr("The journal's key record has invalid key-derivation settings (the salt).")
            )

    def derive(self, secret: bytes) -> bytearray:
        """The wrapping key for ``secret``, in a bytearray the caller wipes."""
        self.check()
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        out = bytearray(KEY_BYTES)
        kdf.derive_into(secret, out)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise KeyRecordCorrupt(tr("The journal's key record names an unknown key derivation."))
        return cls(
            salt=_unb64(data.get("salt")),
            memory_kib=_int(data.get("memory_kib")),
            iterations=_int(data.get("iterations")),
            lanes=_int(data.get("lanes")),
        )


@dataclass(frozen=True)
class WrappedKey:
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kdf": self.kdf.to_json(), "nonce": _b64(self.nonce), "key": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: Any) -> WrappedKey:
        if not isinstance(data, dict):
            raise KeyRecordCorrupt(tr("The journal's key record is incomplete."))
        wrapped = cls(
            kdf=KdfParams.from_json(data.get("kdf")),
            nonce=_unb64(data.get("nonce")),
            ciphertext=_unb64(data.get("key")),
        )
        # AES-GCM refuses other nonce sizes with a ValueError, not a wrong secret.
        if len(wrapped.nonce) != NONCE_BYTES or len(wrapped.ciphertext) != KEY_BYTES + TAG_BYTES:
            raise KeyRecordCorrupt(tr("The journal's key record is damaged (bad sizes)."))
        return wrapped


@dataclass(frozen=True)
class KeyRecord:
    vault_id: str
    passphrase: WrappedKey
    recovery: WrappedKey
    format: int = FORMAT_VERSION

    @classmethod
    def create(
        cls,
        data_key: bytes | bytearray,
        passphrase: str,
        recovery_code: str,
        vault_id: str | None = None,
    ) -> KeyRecord:
        """A record for ``data_key``; ``vault_id`` is kept when a journal is re-keyed."""
        vault_id = vault_id or uuid.uuid4().hex
        return cls(
            vault_id=vault_id,
            passphrase=_wrap(data_key, passphrase_bytes(passphrase), vault_id, PASSPHRASE_SLOT),
            recovery=_wrap(data_key, recovery_code_bytes(recovery_code), vault_id, RECOVERY_SLOT),
        )

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray:
        """The data key (a bytearray the caller wipes), or ``WrongSecret``."""
        return self._unwrap(self.passphrase, passphrase_bytes(passphrase), PASSPHRASE_SLOT)

    def unwrap_with_recovery_code(self, code: str) -> bytearray:
        return self._unwrap(self.recovery, recovery_code_bytes(code), RECOVERY_SLOT)

    def with_passphrase(self, data_key: bytes | bytearray, passphrase: str) -> KeyRecord:
        wrapped = _wrap(data_key, passphrase_bytes(passphrase), self.vault_id, PASSPHRASE_SLOT)
        return KeyRecord(self.vault_id, wrapped, self.recovery, self.format)

    def with_recovery_code(self, data_key: bytes | bytearray, code: str) -> KeyRecord:
        wrapped = _wrap(data_key, recovery_code_bytes(code), self.vault_id, RECOVERY_SLOT)
        return KeyRecord(self.vault_id, self.passphrase, wrapped, self.format)

    def _unwrap(self, wrapped: WrappedKey, secret: bytes, slot: str) -> bytearray:
        wrapping_key = wrapped.kdf.derive(secret)
        aad = _associated_data(self.format, self.vault_id, slot, wrapped.kdf)
        data_key = bytearray(len(wrapped.ciphertext) - TAG_BYTES)
        try:
            AESGCM(wrapping_key).decrypt_into(wrapped.nonce, wrapped.ciphertext, aad, data_key)
        except InvalidTag:
            if slot == PASSPHRASE_SLOT:
                raise WrongSecret(tr("That passphrase does not open this journal.")) from None
            raise WrongSecret(tr("That recovery code does not open this journal.")) from None
        finally:
            wipe(wrapping_key)
        return data_key

    def to_bytes(self) -> bytes:
        body = {
            "app": "journal-app",
            "format": self.format,
            "vault_id": self.vault_id,
            "slots": {
                PASSPHRASE_SLOT: self.passphrase.to_json(),
                RECOVERY_SLOT: self.recovery.to_json(),
            },
        }
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        body["checksum"] = hashlib.sha256(canonical.encode()).hexdigest()
        return (json.dumps(body, sort_keys=True, indent=1) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyRecord:
        if len(raw) > MAX_KEY_RECORD_BYTES:
            raise KeyRecordCorrupt(tr("The journal's key record is damaged (far too big)."))
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # [[[[... nests too deep
            raise KeyRecordCorrupt(
                tr("The journal's key record is damaged (not readable).")
            ) from None
        if not isinstance(body, dict) or body.get("app") != "journal-app":
            raise KeyRecordCorrupt(tr("The journal's key record is damaged (not a key record)."))
        checksum = body.pop("checksum", None)
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        expected = hashlib.sha256(canonical.encode()).hexdigest()
        if not isinstance(checksum, str) or not hmac.compare_digest(checksum, expected):
            raise KeyRecordCorrupt(tr("The journal's key record is damaged (checksum mismatch)."))
        version = body.get("format")
        if version != FORMAT_VERSION:
            raise VaultDamaged(
                tr(
                    "The journal's key record has format {found}; this version of journal-app "
                    "reads format {expected}. Update the app to open it."
                ).format(found=repr(version), expected=FORMAT_VERSION)
            )
        vault_id = body.get("vault_id")
        slots = body.get("slots")
        if not isinstance(vault_id, str) or not isinstance(slots, dict):
            raise KeyRecordCorrupt(tr("The journal's key record is incomplete."))
        return cls(
            vault_id=vault_id,
            passphrase=WrappedKey.from_json(slots.get(PASSPHRASE_SLOT)),
            recovery=WrappedKey.from_json(slots.get(RECOVERY_SLOT)),
            format=version,
        )


def new_data_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def wipe(secret: bytes | bytearray | None) -> None:
    """Overwrite a key held in a bytearray (in place). ``bytes`` cannot be overwritten."""
    if isinstance(secret, bytearray):
        secret[:] = bytes(len(secret))


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_SYMBOLS))
    return "-".join(symbols[i : i + 4] for i in range(0, _CODE_SYMBOLS, 4))


def normalise_recovery_code(code: str) -> str:
    """Upper-case, drop spaces and dashes, read O as 0 and I or L as 1."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\r\n")
    return cleaned.translate(str.maketrans("OIL", "011"))


def recovery_code_bytes(code: str) -> bytes:
    cleaned = normalise_recovery_code(code)
    if len(cleaned) != _CODE_SYMBOLS or any(ch not in _CODE_ALPHABET for ch in cleaned):
        raise WrongSecret(
            tr(
                "A recovery code has {count} letters and digits in groups of four "
                "(like ABCD-1234-…); that one does not look like one."
            ).format(count=_CODE_SYMBOLS)
        )
    return cleaned.encode("ascii")


def passphrase_bytes(passphrase: str) -> bytes:
    # NFC, so the same passphrase typed on another keyboard layout still opens the journal.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _wrap(data_key: bytes | bytearray, secret: bytes, vault_id: str, slot: str) -> WrappedKey:
    kdf = KdfParams.fresh()
    nonce = os.urandom(NONCE_BYTES)
    aad = _associated_data(FORMAT_VERSION, vault_id, slot, kdf)
    wrapping_key = kdf.derive(secret)
    try:
        ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, aad)
    finally:
        wipe(wrapping_key)
    return WrappedKey(kdf=kdf, nonce=nonce, ciphertext=ciphertext)


def _associated_data(version: int, vault_id: str, slot: str, kdf: KdfParams) -> bytes:
    return json.dumps(
        {"format": version, "vault_id": vault_id, "slot": slot, "kdf": kdf.to_json()},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise KeyRecordCorrupt(tr("The journal's key record is incomplete."))
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise KeyRecordCorrupt(tr("The journal's key record is damaged (bad encoding).")) from None


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise KeyRecordCorrupt(tr("The journal's key record is damaged (bad number)."))
    return value
