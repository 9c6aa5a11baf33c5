"""Validation rules shared by every way a record comes in (form, CLI, import)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TypeVar

from journal_app.domain import tr
from journal_app.errors import UsageError

E = TypeVar("E", bound=Enum)

MAX_TEXT = 1_000_000
MAX_SHORT_TEXT = 200
MAX_LINE_TEXT = 500  # one line of free text, such as what to bring up next session


class ValidationError(UsageError):
    """A field of a record holds a value that is not allowed.

    Attributes:
        field: the field's name as the user knows it (``score``, ``minutes``).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def int_in_range(field: str, value: object, low: int, high: int) -> int:
    """Return ``value`` as an int in [low, high] or raise naming the field."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        else:
            raise ValidationError(
                field,
                tr("must be a whole number from {low} to {high}, not {value}").format(
                    low=low, high=high, value=repr(value)
                ),
            )
    if not low <= value <= high:
        raise ValidationError(
            field,
            tr("must be from {low} to {high}, not {value}").format(low=low, high=high, value=value),
        )
    return value


def optional_int_in_range(field: str, value: object, low: int, high: int) -> int | None:
    if value is None:
        return None
    return int_in_range(field, value, low, high)


def one_of(field: str, value: object, enum: type[E]) -> E:
    """Return the member of ``enum`` named by ``value`` or raise listing the choices."""
    if isinstance(value, enum):
        return value
    try:
        member = enum._value2member_map_.get(value)  # one dict look-up: decoding is hot
    except TypeError:  # an unhashable value (a list from a damaged file)
        member = None
    if member is not None:
        return member  # type: ignore[return-value]
    allowed = ", ".join(str(m.value) for m in enum)
    raise ValidationError(
        field,
        tr("must be one of {allowed}, not {value}").format(allowed=allowed, value=repr(value)),
    )


def text(field: str, value: object, *, limit: int = MAX_TEXT, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(
            field, tr("must be text, not {type}").format(type=type(value).__name__)
        )
    if "\x00" in value:
        raise ValidationError(field, tr("must not contain a NUL character"))
    if len(value) > limit:
        raise ValidationError(
            field,
            tr("is too long ({length} characters; at most {limit})").format(
                length=len(value), limit=limit
            ),
        )
    if required and not value.strip():
        raise ValidationError(field, tr("must not be empty"))
    return value


def name(field: str, value: object) -> str | None:
    """A person's name or nickname: stripped, 1-200 characters, or None."""
    if value is None:
        return None
    cleaned = text(field, value, limit=MAX_SHORT_TEXT).strip()
    if not cleaned:
        raise ValidationError(field, tr("must not be empty when given"))
    if any(ch in cleaned for ch in "\n\r\t"):
        raise ValidationError(field, tr("must be on one line"))
    return cleaned


def words(
    field: str,
    values: Iterable[object],
    *,
    allowed: frozenset[str] | None = None,
    keep_case: bool = False,
) -> tuple[str, ...]:
    """A tuple of distinct, stripped words (tags, emotions).

    Emotion words are keys of a fixed vocabulary, so they are lower-cased.
    Tags keep the case the person wrote (``keep_case``); two spellings that
    differ only in case are one tag, the first spelling kept.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise ValidationError(field, tr("must be a list of words"))
    result: list[str] = []
    seen: set[str] = set()
    for raw in values:
        word = text(field, raw, limit=MAX_SHORT_TEXT).strip()
        if not keep_case:
            word = word.lower()
        if not word:
            continue
        if "," in word or "\n" in word:
            raise ValidationError(
                field, tr("{word} must not contain a comma or a line break").format(word=repr(word))
            )
        if allowed is not None and word not in allowed:
            choices = ", ".join(sorted(allowed))
            raise ValidationError(
                field, tr("{word} is not one of {choices}").format(word=repr(word), choices=choices)
            )
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            result.append(word)
    return tuple(result)
