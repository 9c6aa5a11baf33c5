"""A small AT-SPI client: the questions a screen reader such as Orca asks over D-Bus.

The session bus's ``org.a11y.Bus`` gives the accessibility bus's address. On
that bus the registry (``org.a11y.atspi.Registry``) lists the applications;
each object answers ``org.a11y.atspi.Accessible`` (GetChildren, GetRoleName,
GetState, the Name property), ``Action`` (GetActions, DoAction) and
``EditableText`` (SetTextContents). Events are D-Bus signals on
``org.a11y.atspi.Event.*``; an application sends them only while some listener
has registered for them with the registry's ``RegisterEvent``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MatchRule, Properties, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from system_tools import require

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = "org.a11y.atspi.Registry"
EVENT_OBJECT = "org.a11y.atspi.Event.Object"
STATE_SHOWING = 25  # AtspiStateType


@dataclass(frozen=True)
class Node:
    """One accessible object as the reader sees it."""

    bus: str
    path: str
    role: str
    name: str
    depth: int
    showing: bool


class AtSpi:
    """A connection to the accessibility bus of the D-Bus session at ``session_address``."""

    def __init__(self, session_address: str) -> None:
        session = open_dbus_connection(session_address)
        try:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            address = session.send_and_get_reply(new_method_call(bus, "GetAddress")).body[0]
        finally:
            session.close()
        self.conn: DBusConnection = open_dbus_connection(address)

    def close(self) -> None:
        self.conn.close()

    def _call(self, bus: str, path: str, interface: str, method: str, *args: Any) -> Any:
        address = DBusAddress(path, bus_name=bus, interface=interface)
        signature = "".join(sig for sig, _ in args) or None
        values = tuple(value for _, value in args)
        message = (
            new_method_call(address, method, signature, values)
            if signature
            else (new_method_call(address, method))
        )
        reply = self.conn.send_and_get_reply(message, timeout=10)
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"{interface}.{method} on {path}: {reply.body}")
        return reply.body

    # -- reading -------------------------------------------------------------------

    def applications(self) -> list[tuple[str, str]]:
        root = "/org/a11y/atspi/accessible/root"
        return [tuple(ref) for ref in self._call(REGISTRY, root, ACCESSIBLE, "GetChildren")[0]]

    def _name(self, bus: str, path: str) -> str:
        address = DBusAddress(path, bus_name=bus, interface=ACCESSIBLE)
        return str(self.conn.send_and_get_reply(Properties(address).get("Name")).body[0][1])

    def _showing(self, bus: str, path: str) -> bool:
        words = self._call(bus, path, ACCESSIBLE, "GetState")[0]
        return bool(words[STATE_SHOWING // 32] & (1 << (STATE_SHOWING % 32)))

    def tree(self, bus: str, path: str, depth: int = 0) -> Iterator[Node]:
        """Every object under (and with) ``path``, depth first, as Orca's flat review walks it."""
        role = self._call(bus, path, ACCESSIBLE, "GetRoleName")[0]
        yield Node(bus, path, role, self._name(bus, path), depth, self._showing(bus, path))
        for child_bus, child_path in self._call(bus, path, ACCESSIBLE, "GetChildren")[0]:
            yield from self.tree(child_bus, child_path, depth + 1)

    def app_tree(self, app_name: str) -> list[Node]:
        for bus, path in self.applications():
            if self._name(bus, path) == app_name:
                return list(self.tree(bus, path))
        return []

    def wait_for(
        self, app_name: str, found: Callable[[list[Node]], bool], timeout: float = 30
    ) -> list[Node]:
        """The app's tree once ``found(tree)`` holds (polled, as a reader would re-read)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                nodes = self.app_tree(app_name)
            except RuntimeError:  # an object went away while we walked: read again
                nodes = []
            if nodes and found(nodes):
                return nodes
            if time.monotonic() > deadline:
                raise TimeoutError(f"{app_name}: not found in the accessibility tree in time")
            time.sleep(0.2)

    def children(self, node: Node) -> list[Node]:
        kids = self._call(node.bus, node.path, ACCESSIBLE, "GetChildren")[0]
        return [next(self.tree(bus, path, node.depth + 1)) for bus, path in kids]

    # -- acting --------------------------------------------------------------------

    def actions(self, node: Node) -> list[str]:
        return [name for name, _, _ in self._call(node.bus, node.path, "org.a11y.atspi.Action",
                                                  "GetActions")[0]]  # fmt: skip

    def do_action(self, node: Node, action: str) -> None:
        index = self.actions(node).index(action)
        (done,) = self._call(node.bus, node.path, "org.a11y.atspi.Action", "DoAction", ("i", index))
        assert done, f"{action} on {node.name!r} was refused"

    def set_text(self, node: Node, text: str) -> None:
        (done,) = self._call(
            node.bus, node.path, "org.a11y.atspi.EditableText", "SetTextContents", ("s", text)
        )
        assert done, f"typing into {node.name!r} was refused"

    # -- events --------------------------------------------------------------------

    def listen(self, event: str) -> None:
        """Register for ``event`` (e.g. ``object:announcement``), as a screen reader does."""
        registry = "/org/a11y/atspi/registry"
        self._call(REGISTRY, registry, REGISTRY, "RegisterEvent", ("s", event), ("as", []),
                   ("s", ""))  # fmt: skip

    def signals(self, member: str) -> MatchRule:
        rule = MatchRule(type="signal", interface=EVENT_OBJECT, member=member)
        self.conn.send_and_get_reply(message_bus.AddMatch(rule))
        return rule


# -- running an app where a screen reader can reach it ------------------------------

LIBEXEC = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/x86_64-linux-gnu/at-spi2-core")
BUTTON_ROLES = {"push button", "toggle button", "check box", "radio button"}


@contextmanager
def xvfb_display(size: str = "1280x800") -> Iterator[str]:
    """A private X server (Qt's offscreen platform has no accessibility bridge)."""
    xvfb = require("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@dataclass
class Spoken:
    """An app running in its own D-Bus session, and a reader on that session."""

    process: subprocess.Popen[str]
    reader: AtSpi


@contextmanager
def accessible_app(display: str, command: list[str], env: dict[str, str]) -> Iterator[Spoken]:
    """Run ``command`` (the app, with ``JOURNAL_APP_REPORT_STARTUP``) as Orca would find it.

    ``dbus-run-session`` gives a private session bus, on which at-spi2-core's
    accessibility bus and registry start on demand; the app runs on ``display``
    with Qt's xcb platform and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. Stops the
    app (and with it the session) afterwards; a traceback on stderr fails.
    """
    session = require("dbus-run-session")
    require("at-spi-bus-launcher", *LIBEXEC)
    require("at-spi2-registryd", *LIBEXEC)
    runtime = Path(env.get("XDG_RUNTIME_DIR") or os.environ["XDG_RUNTIME_DIR"])
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(
        env,
        DISPLAY=display,
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        JOURNAL_APP_REPORT_STARTUP="1",
        JOURNAL_APP_QUIT_AFTER_MS="120000",  # never outlives a stuck test
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    # The session's address comes first on stdout, then the app's "shown" line.
    process = subprocess.Popen(
        [session, "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec "$@"', "sh",
         *command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # fmt: skip
    reader = None
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address, process.stderr.read() if process.stderr else "no D-Bus session"
        assert process.stdout.readline().startswith("shown "), "the app did not show a window"
        reader = AtSpi(address)
        yield Spoken(process, reader)
    finally:
        if reader is not None:
            reader.close()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        try:
            _, err = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            _, err = process.communicate()
        assert "Traceback" not in err, err


def one(nodes: list[Node], name: str, roles: set[str] | str, *, showing: bool = True) -> Node:
    """The node called ``name`` with one of ``roles`` (and on screen)."""
    wanted = {roles} if isinstance(roles, str) else roles
    found = [n for n in nodes if n.name == name and n.role in wanted and n.showing == showing]
    assert found, f"no {sorted(wanted)} named {name!r} on screen; seen: " + ", ".join(
        f"{n.role} {n.name!r}" for n in nodes if n.showing and n.name
    )
    return found[0]
