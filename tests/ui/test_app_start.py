"""Start-up pieces: the demo, one instance per journal, keyring detection, the CLI entry."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from app_support import app_process_env

from journal_app.app import DEMO_PASSPHRASE, make_demo_vault
from journal_app.services.journal import Journal
from journal_app.ui.keyring_store import MemoryKeyring, account_for, usable_backend
from journal_app.ui.single_instance import SingleInstance, server_name


def test_demo_vault_holds_twelve_weeks(tmp_path: Path) -> None:
    journal = make_demo_vault(tmp_path / "demo", end=date(2026, 11, 22))
    with journal:
        first, last = journal.date_range()
        assert last == date(2026, 11, 22)
        assert (last - first).days >= 11 * 7
        assert journal.count() > 100
        assert len(journal.people()) >= 5
    with Journal.unlock(tmp_path / "demo", DEMO_PASSPHRASE) as again:
        assert again.count() > 100


def test_demo_window_opens_on_the_sample(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(tmp_path / "demo")  # nothing there yet: setup shows
    assert window.state == window.SETUP
    window.shutdown()
    # The real app opens the demo journal directly, without asking for the passphrase.
    journal = make_demo_vault(tmp_path / "demo2")
    other = make_window(tmp_path / "demo2", demo_hint="This is the demo.")
    other.open_journal(journal)
    assert other.state == other.MAIN
    other.main_view.show_section(3)  # the Week page has something to show
    other.lock()
    assert other.unlock_view.hint.text() == "This is the demo."


def _env(tmp_path: Path) -> dict[str, str]:
    return app_process_env(tmp_path)


def test_demo_command_starts_and_cleans_up(tmp_path: Path) -> None:
    env = _env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == []  # the throw-away journal is gone


def test_app_without_command_shows_setup_and_quits(tmp_path: Path) -> None:
    env = _env(tmp_path)
    env["JOURNAL_APP_REPORT_STARTUP"] = "1"
    data = tmp_path / "journal"
    done = subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")
    assert not (data / "vault.key").exists()  # setup writes nothing until asked


def test_second_launch_raises_the_first(qtbot: Any, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "journal")
    assert first.listen()
    try:
        second = SingleInstance(tmp_path / "journal")
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.ask_running_to_raise()
        elsewhere = SingleInstance(tmp_path / "another")
        assert not elsewhere.ask_running_to_raise(timeout_ms=100)
    finally:
        first.close()
    assert not SingleInstance(tmp_path / "journal").ask_running_to_raise(timeout_ms=100)


def _listen_foreign(path: str, answer: bytes | None) -> tuple[Any, Any]:
    """Something else listening on our socket's name: it accepts, says ``answer`` (or
    nothing), and keeps the connection open."""
    import socket
    import threading

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    held: list[Any] = []

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        held.append(conn)
        if answer is not None:
            conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server, held


@pytest.mark.parametrize("answer", [None, b"ok\n", b"journal-app: raised (v0)\n" + b"x" * 40])
def test_a_foreign_listener_on_the_name_is_not_believed(
    qtbot: Any, tmp_path: Path, answer: bytes | None
) -> None:
    """Anything but our own app that answers (or squats the name) does not stop the launch:
    it starts normally and takes the name over."""
    from journal_app.ui.single_instance import socket_path

    data = tmp_path / "journal"
    path = socket_path(data)
    assert path is not None
    server, held = _listen_foreign(path, answer)
    try:
        ours = SingleInstance(data)
        assert not ours.ask_running_to_raise(timeout_ms=300)
        assert ours.listen()
        try:
            second = SingleInstance(data)
            with qtbot.waitSignal(ours.activated, timeout=5000):
                assert second.ask_running_to_raise()
        finally:
            ours.close()
    finally:
        server.close()
        for conn in held:
            conn.close()


def test_the_socket_lives_in_a_folder_only_this_user_can_enter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat as stat_module
    import tempfile

    from journal_app.ui.single_instance import socket_path

    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    path = socket_path(tmp_path / "journal")
    assert path is not None and Path(path).parent == runtime
    assert not path.startswith(tempfile.gettempdir() + "/ja-")
    # A runtime folder others may enter (or none at all): the app's own 0700 folder instead.
    for loose in (0o755, 0o711):
        runtime.chmod(loose)
        path = socket_path(tmp_path / "journal")
        assert path is not None
        folder = Path(path).parent
        assert folder != runtime
        assert folder == Path(os.environ["XDG_CACHE_HOME"]) / "journal-app" / "run"
        assert stat_module.S_IMODE(folder.stat().st_mode) == 0o700
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    path = socket_path(tmp_path / "journal")
    assert path is not None and Path(path).parent.name == "run"


def test_names_reveal_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "my-private-journal"
    for name in (server_name(folder), account_for(folder)):
        assert "private" not in name and "journal" not in name
    assert server_name(folder) == server_name(tmp_path / "x" / ".." / "my-private-journal")


class _Backend:
    def __init__(self, priority: float) -> None:
        self.priority = priority


class SecretService(_Backend):
    pass


class PlaintextKeyring(_Backend):
    pass


class Chainer:
    def __init__(self, *backends: Any) -> None:
        self.backends = list(backends)


def test_keyring_detection() -> None:
    import keyring.backends.fail
    import keyring.backends.null

    assert usable_backend(SecretService(5))
    assert not usable_backend(SecretService(0))
    assert not usable_backend(PlaintextKeyring(9))
    assert not usable_backend(keyring.backends.fail.Keyring())
    assert not usable_backend(keyring.backends.null.Keyring())
    assert usable_backend(Chainer(PlaintextKeyring(9), SecretService(1)))
    assert not usable_backend(Chainer())


def test_system_keyring_without_backend_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    import keyring.backends.fail

    from journal_app.ui.keyring_store import SystemKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    store = SystemKeyring()
    usable, reason = store.availability()
    assert not usable and reason
    assert store.load(Path("/nowhere")) is None


def test_memory_keyring_is_per_folder(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    ring.save(tmp_path / "a", "one passphrase")
    assert ring.load(tmp_path / "b") is None
    ring.forget(tmp_path / "a")
    assert ring.load(tmp_path / "a") is None


def test_sigterm_quits_cleanly(tmp_path: Path, vault_dir: Path) -> None:
    import signal

    env = _env(tmp_path)
    env["JOURNAL_APP_REPORT_STARTUP"] = "1"
    env["JOURNAL_APP_QUIT_AFTER_MS"] = "60000"
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(vault_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("shown ")
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0
        assert "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def test_second_process_defers_to_the_first(tmp_path: Path, vault_dir: Path) -> None:
    env = _env(tmp_path)
    env["JOURNAL_APP_REPORT_STARTUP"] = "1"
    first_env = dict(env, JOURNAL_APP_QUIT_AFTER_MS="60000")
    command = [sys.executable, "-m", "journal_app.cli", "--data-dir", str(vault_dir)]
    first = subprocess.Popen(
        command, env=first_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("shown ")
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "shown" not in second.stdout  # it opened no window of its own
        assert first.poll() is None  # the first one is still there
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert first.returncode == 0


def test_system_keyring_with_a_working_backend(tmp_path: Path) -> None:
    """The real ``keyring`` calls, on a stand-in backend that claims to be a real keyring."""
    import keyring
    from keyring.backend import KeyringBackend

    from journal_app.ui.keyring_store import SERVICE, SystemKeyring

    class StandIn(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.stored: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            import keyring.errors

            if self.stored.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)

    before = keyring.get_keyring()
    backend = StandIn()
    keyring.set_keyring(backend)
    try:
        store = SystemKeyring()
        assert store.availability() == (True, "")
        store.save(tmp_path, "a remembered passphrase")
        assert store.load(tmp_path) == "a remembered passphrase"
        ((service, account),) = backend.stored
        assert service == SERVICE and str(tmp_path) not in account
        store.forget(tmp_path)
        store.forget(tmp_path)  # forgetting twice is fine
        assert store.load(tmp_path) is None
    finally:
        keyring.set_keyring(before)
