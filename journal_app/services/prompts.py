"""Writing prompts: a library in ``resources/prompts/prompts.json``, translated, rotated.

The file groups short, trauma-informed prompts by theme (connection, safety,
boundaries, solitude, strengths, the therapy hour) and holds one-line
reflections for the connection and boundary forms. Each text is English
source text; what a person reads passes through ``translate("prompts", text)``,
so a translator works in Qt Linguist as for every other word of the app:
``packaging/translations.py update`` puts them into each ``journal_app_<lang>.ts``
(``python -m journal_app.services.prompts`` writes them alone, as a ``.ts`` file).

Rotation: ``PromptRotation`` deals the prompts like a shuffled deck, so none
comes back before the others have been shown, and never the same one twice
in a row (not even across a reshuffle, nor across restarts when the last id
is passed back in).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from journal_app.errors import KnownError
from journal_app.i18n import translate
from journal_app.resource_files import resource_path

CONTEXT = "prompts"
FORMAT = "journal-app-prompts"
THEMES = ("connection", "safety", "boundaries", "solitude", "strengths", "therapy")
REFLECTION_KINDS = ("connection", "boundary")


def _tr(text: str) -> str:
    return translate("support", text)


class PromptsUnreadable(KnownError):
    """The prompt library in resources/ is missing or damaged."""


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: str
    source: str  # the English text, as in the file

    @property
    def text(self) -> str:
        """The prompt in the person's language (the source text when not translated)."""
        return translate(CONTEXT, self.source)


@dataclass(frozen=True)
class PromptLibrary:
    themes: dict[str, tuple[Prompt, ...]]
    reflections: dict[str, tuple[Prompt, ...]]

    def writing(self) -> tuple[Prompt, ...]:
        """Every writing prompt, theme by theme."""
        return tuple(p for theme in THEMES for p in self.themes.get(theme, ()))

    def all(self) -> tuple[Prompt, ...]:
        return self.writing() + tuple(p for k in REFLECTION_KINDS for p in self.reflections[k])


def _entries(group: str, value: Any, seen: set[str]) -> tuple[Prompt, ...]:
    if not isinstance(value, list) or not value:
        raise PromptsUnreadable(
            _tr("The prompt library has no prompts for {group}.").format(group=group)
        )
    prompts: list[Prompt] = []
    for item in value:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and isinstance(item.get("text"), str)
            and item["id"]
            and item["text"].strip()
        ):
            raise PromptsUnreadable(
                _tr("A prompt for {group} has no id or no text.").format(group=group)
            )
        if item["id"] in seen:
            raise PromptsUnreadable(
                _tr("The prompt id {id} is used twice.").format(id=repr(item["id"]))
            )
        seen.add(item["id"])
        prompts.append(Prompt(item["id"], group, item["text"].strip()))
    return tuple(prompts)


def load_prompts(path: Path | None = None) -> PromptLibrary:
    """The library from ``resources/prompts/prompts.json`` (or ``path``).

    Raises:
        PromptsUnreadable: the file is missing, not JSON, or lacks a theme.
    """
    path = path or resource_path("prompts", "prompts.json")
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError):
        raise PromptsUnreadable(_tr("The prompt library could not be read.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PromptsUnreadable(_tr("The prompt library is not in the expected format."))
    themes_raw, reflections_raw = data.get("themes"), data.get("reflections")
    if not isinstance(themes_raw, dict) or not isinstance(reflections_raw, dict):
        raise PromptsUnreadable(_tr("The prompt library is not in the expected format."))
    seen: set[str] = set()
    themes = {t: _entries(t, themes_raw.get(t), seen) for t in THEMES}
    reflections = {k: _entries(k, reflections_raw.get(k), seen) for k in REFLECTION_KINDS}
    return PromptLibrary(themes, reflections)


class PromptRotation:
    """Deals prompts from a shuffled deck: all once before any again, never twice in a row."""

    def __init__(
        self,
        prompts: Sequence[Prompt],
        *,
        last_id: str | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if not prompts:
            raise ValueError("a rotation needs at least one prompt")
        self._prompts = tuple(prompts)
        self._rng = rng or random.Random()  # noqa: S311 - choosing a prompt, not a secret
        self._deck: list[Prompt] = []
        self.last_id = last_id

    def current(self) -> Prompt | None:
        """The prompt shown last (by ``last_id``), if it is one of these."""
        return next((p for p in self._prompts if p.id == self.last_id), None)

    def next(self) -> Prompt:
        if not self._deck:
            self._deck = list(self._prompts)
            self._rng.shuffle(self._deck)
            if len(self._deck) > 1 and self._deck[-1].id == self.last_id:
                # The deck is dealt from the end: keep the last one shown out of first place.
                self._deck[0], self._deck[-1] = self._deck[-1], self._deck[0]
        prompt = self._deck.pop()
        self.last_id = prompt.id
        return prompt


def translation_source(prompts: Iterable[Prompt]) -> str:
    """A Qt ``.ts`` file holding every prompt text as a source string (context ``prompts``)."""
    messages = "".join(
        f"    <message>\n        <source>{escape(p.source)}</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        for p in prompts
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n'
        f"<context>\n    <name>{CONTEXT}</name>\n{messages}</context>\n</TS>\n"
    )


if __name__ == "__main__":  # pragma: no cover - a translator's tool
    sys.stdout.write(translation_source(load_prompts().all()))
