"""Kill the process while it saves, 60 times: no acknowledged record is lost, the store is whole.

A child adds records of every kind, edits one now and then, autosaves a draft,
and prints each record's id once ``add`` has returned (committed). It is
SIGKILLed after a random number of saves, a few milliseconds into the next
one. After every kill the next child opens the journal; at the end every
acknowledged id is there and SQLite, SQLCipher and the search index all pass
their checks.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from reliability_support import PASSPHRASE, child, integrity

from journal_app.services.journal import Journal
from journal_app.storage.vault import Vault

KILLS = 60

SAVER = """
import sys
from pathlib import Path
from journal_app.domain.records import (
    BoundaryPractice, ConnectionMoment, JournalEntry, MoodCheckIn, TimeAlone,
)
from journal_app.services.journal import Journal

root, run = Path(sys.argv[1]), sys.argv[2]
journal = Journal.open(root, bytes.fromhex(sys.stdin.readline().strip()))
print("ready", flush=True)
n = 0
while True:
    rid = f"r{run}-{n:05d}"
    record = [
        MoodCheckIn(id=rid, score=1 + n % 10, note=f"mood {n} " * 20),
        ConnectionMoment(id=rid, circle="peer", minutes=n % 300, person=f"P{n % 7}"),
        TimeAlone(id=rid, minutes=1 + n % 600, chosen=bool(n % 2)),
        BoundaryPractice(id=rid, type="saying_no", outcome="held", person=f"B{n % 5}",
                         circle="close"),
        JournalEntry(id=rid, text=f"entry {n} " * 400, title=f"title {n}", tags=("kill",)),
    ][n % 5]
    journal.add(record)
    print(rid, flush=True)
    if n % 3 == 0:
        journal.save_draft("entry:new", f"half written {n} " * 50)
    if n % 4 == 0 and n > 0:
        previous = journal.get(f"r{run}-{n - 1:05d}")
        journal.update(previous.edited(note=f"edited {n}"))
    n += 1
"""


@pytest.mark.slow
def test_sixty_kills_during_saves_lose_nothing_acknowledged(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    Journal.create(root, PASSPHRASE)[0].close()
    key = Vault(root).unlock(PASSPHRASE)
    rng = random.Random(1311)
    acknowledged: list[str] = []
    for kill in range(KILLS):
        with child(SAVER, str(root), str(kill)) as saver:
            assert saver.stdin is not None and saver.stdout is not None
            saver.stdin.write(key.hex() + "\n")
            saver.stdin.flush()
            assert saver.stdout.readline().strip() == "ready", saver.stderr
            for _ in range(rng.randint(1, 12)):
                line = saver.stdout.readline().strip()
                assert line.startswith("r"), line
                acknowledged.append(line)
            # Somewhere in the next save (or the draft, or the edit): a commit takes a
            # few milliseconds, so the kill lands before, inside or just after one.
            time.sleep(rng.uniform(0.0, 0.015))
            os.kill(saver.pid, signal.SIGKILL)
            rest, err = saver.communicate()
        acknowledged += [line for line in rest.split() if line.startswith("r")]
        assert "Traceback" not in err, err
    with Journal.open(root, key) as journal:
        stored = {r.id for r in journal.records_between()}
        assert journal.search("kill")  # the search index answers
    lost = sorted(set(acknowledged) - stored)
    assert not lost, f"{len(lost)} acknowledged records lost: {lost[:5]}"
    assert len(acknowledged) >= KILLS
    assert integrity(root, key) == []
