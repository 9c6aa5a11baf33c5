"""'Remember on this device': the passphrase kept in the OS keyring.

Only a real, encrypted OS keyring counts (Secret Service, macOS Keychain,
Windows Credential Locker, KWallet). With none, the option is shown as
unavailable with a one-line reason, never faked: no plaintext or "alt"
keyrings, no file of our own.

The entry's name is a hash of the data folder, so it says nothing about
what is inside.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

SERVICE = "journal-app"

_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_REFUSED_NAMES = ("fail", "null", "plaintext", "uncrypted", "unencrypted")


def _tr(text: str) -> str:
    return QCoreApplication.translate("keyring", text)


class KeyringUnavailable(Exception):
    """The keyring cannot be asked just now (locked, not running); ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def account_for(data_dir: Path) -> str:
    import hashlib  # here, not before the first screen: OpenSSL's module is slow to load

    digest = hashlib.sha256(str(Path(data_dir).expanduser().resolve()).encode("utf-8"))
    return "vault-" + digest.hexdigest()[:24]


class KeyringStore(Protocol):
    def availability(self) -> tuple[bool, str]:
        """(usable, a one-line reason when it is not)."""
        ...

    def save(self, data_dir: Path, passphrase: str) -> None: ...

    def load(self, data_dir: Path) -> str | None:
        """The passphrase kept for ``data_dir``; None when none is kept or there is no keyring.

        Raises:
            KeyringUnavailable: there is a keyring, but it cannot be asked just now
                (locked, or it stopped answering).
        """
        ...

    def forget(self, data_dir: Path) -> None: ...


def kept(keyring: KeyringStore, data_dir: Path, passphrase: str) -> bool:
    """Save the passphrase; False (never an error) when the keyring would not keep it.

    The keyring may show a prompt of its own: call this on the pool, not the UI thread.
    """
    try:
        keyring.save(data_dir, passphrase)
    except Exception:  # the setting stays off; the person types the passphrase
        return False
    return True


def _is_refused(backend: Any) -> bool:
    cls = type(backend)
    module = cls.__module__ or ""
    if module.startswith(_REFUSED_MODULES):
        return True
    name = cls.__name__.lower()
    return any(word in name for word in _REFUSED_NAMES)


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend that cannot even say its priority is not usable
        return 0.0


def usable_backend(backend: Any) -> bool:
    """True when ``backend`` is a real keyring: priority > 0, not fail/null/plaintext."""
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: usable when one of its backends is
        return any(usable_backend(b) for b in inner)
    return not _is_refused(backend) and _priority(backend) > 0


class SystemKeyring:
    """The OS keyring through the ``keyring`` package (imported only when needed)."""

    def __init__(self) -> None:
        self._checked: tuple[bool, str] | None = None

    def availability(self) -> tuple[bool, str]:
        if self._checked is None:
            try:
                import keyring

                backend = keyring.get_keyring()
            except Exception:
                self._checked = (False, _tr("No system keyring could be reached on this device."))
            else:
                if usable_backend(backend):
                    self._checked = (True, "")
                else:
                    self._checked = (
                        False,
                        _tr(
                            "Not available: this device has no system keyring that keeps "
                            "secrets encrypted."
                        ),
                    )
        return self._checked

    def save(self, data_dir: Path, passphrase: str) -> None:
        import keyring

        keyring.set_password(SERVICE, account_for(data_dir), passphrase)

    def load(self, data_dir: Path) -> str | None:
        if not self.availability()[0]:
            return None
        import keyring
        import keyring.errors

        try:
            value = keyring.get_password(SERVICE, account_for(data_dir))
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailable(_tr("this computer's keyring is locked")) from None
        except Exception:
            raise KeyringUnavailable(_tr("this computer's keyring could not be reached")) from None
        return value if isinstance(value, str) else None

    def forget(self, data_dir: Path) -> None:
        if not self.availability()[0]:
            return
        import keyring
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, account_for(data_dir))


class MemoryKeyring:
    """A keyring held in memory: for tests only, never used by the app."""

    def __init__(self, available: bool = True) -> None:
        self.entries: dict[str, str] = {}
        self._available = available
        self.locked = False

    def availability(self) -> tuple[bool, str]:
        if self._available:
            return True, ""
        return False, _tr("Not available: this device has no system keyring.")

    def save(self, data_dir: Path, passphrase: str) -> None:
        self.entries[account_for(data_dir)] = passphrase

    def load(self, data_dir: Path) -> str | None:
        if not self._available:
            return None
        if self.locked:
            raise KeyringUnavailable(_tr("this computer's keyring is locked"))
        return self.entries.get(account_for(data_dir))

    def forget(self, data_dir: Path) -> None:
        self.entries.pop(account_for(data_dir), None)
