"""The fixed vocabulary of emotion words.

Stored by these English keys; the interface shows each through ``tr()`` so
the words can be translated without changing what is stored.
"""

from __future__ import annotations

EMOTION_WORDS: tuple[str, ...] = (
    "calm",
    "content",
    "hopeful",
    "grateful",
    "proud",
    "relieved",
    "safe",
    "connected",
    "tired",
    "numb",
    "sad",
    "lonely",
    "anxious",
    "scared",
    "angry",
    "irritable",
    "ashamed",
    "guilty",
    "overwhelmed",
    "confused",
)

EMOTIONS: frozenset[str] = frozenset(EMOTION_WORDS)
