"""Daylio's mood labels as our 1-10 score.

Daylio's five default moods map rad 9, good 7, meh 5, bad 3, awful 1. Labels
are free text (renamed, translated, with stray spaces), so they are compared
loosely (``fold``) and anything else is mapped by the person: a mapping step
in the app, ``--mood-map "label=score,…"`` on the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from journal_app.errors import InvalidImportFile, UsageError
from journal_app.exchange.importers._common import fold, tr

DEFAULT_MOOD_MAP: dict[str, int] = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}

# Daylio backups group every mood, default or custom, from 1 (best) to 5 (worst).
GROUP_SCORES: dict[int, int] = {1: 9, 2: 7, 3: 5, 4: 3, 5: 1}
PREDEFINED_NAMES: dict[int, str] = {1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}


class MoodLabelsNeeded(InvalidImportFile):
    """Some mood labels in the file have no score yet; nothing was imported.

    Attributes:
        labels_found: every label in the file (loosely compared), sorted.
        unmapped: the labels that need a score.
    """

    def __init__(self, labels_found: Iterable[str], unmapped: Iterable[str]) -> None:
        self.labels_found = tuple(sorted(set(labels_found)))
        self.unmapped = tuple(sorted(set(unmapped)))
        example = ",".join(f"{label}=5" for label in self.unmapped[:2])
        super().__init__(
            tr(
                "Some moods in this file have no score yet: {unmapped}. Moods found: {found}. "
                'Give each a score from 1 to 10, for example --mood-map "{example}". '
                "Nothing was imported."
            ).format(
                unmapped=", ".join(self.unmapped),
                found=", ".join(self.labels_found),
                example=example,
            )
        )


def normalise_mood_map(mapping: Mapping[str, int] | None) -> dict[str, int]:
    """The defaults, overridden by the person's own map (labels compared loosely)."""
    result = dict(DEFAULT_MOOD_MAP)
    for label, score in (mapping or {}).items():
        key = fold(label)
        if not key:
            raise UsageError("--mood-map: " + tr("a mood label must not be empty"))
        if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 10:
            raise UsageError(
                "--mood-map: "
                + tr("the score for {label} must be from 1 to 10").format(label=repr(label))
            )
        result[key] = score
    return result


def parse_mood_map(text: str) -> dict[str, int]:
    """``"label=score,label=score"`` as typed after ``--mood-map``."""
    result: dict[str, int] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        label, sep, score = part.rpartition("=")
        if not sep or not label.strip():
            raise UsageError(
                "--mood-map: "
                + tr('expected "label=score", not {part}').format(part=repr(part.strip()))
            )
        try:
            value = int(score.strip())
        except ValueError:
            raise UsageError(
                "--mood-map: "
                + tr(
                    "the score for {label} must be a whole number from 1 to 10, not {score}"
                ).format(label=repr(label.strip()), score=repr(score.strip()))
            ) from None
        if not 1 <= value <= 10:
            raise UsageError(
                "--mood-map: "
                + tr("the score for {label} must be from 1 to 10, not {value}").format(
                    label=repr(label.strip()), value=value
                )
            )
        result[fold(label)] = value
    return result
