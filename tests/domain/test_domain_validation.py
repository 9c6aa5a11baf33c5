"""Every field of every record kind: what is allowed, and what is refused naming the field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.emotions import EMOTIONS
from journal_app.domain.records import (
    RECORD_TYPES,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    Person,
    RecordKind,
    TimeAlone,
    record_from_fields,
)
from journal_app.domain.validation import MAX_SHORT_TEXT, ValidationError
from journal_app.errors import UsageError

AT = datetime(2026, 11, 16, 9, 30, tzinfo=timezone(timedelta(hours=1)))

# The smallest valid record of each kind; tests change one field at a time.
BASE: dict[type, dict[str, Any]] = {
    MoodCheckIn: {"score": 5},
    ConnectionMoment: {"circle": "peer", "minutes": 30},
    TimeAlone: {"minutes": 60},
    BoundaryPractice: {"type": "saying_no", "outcome": "held"},
    JournalEntry: {"text": "A quiet day."},
}

# (record type, field, lowest allowed, highest allowed, optional)
INT_FIELDS = [
    (MoodCheckIn, "score", 1, 10, False),
    (MoodCheckIn, "distress", 0, 10, True),
    (ConnectionMoment, "minutes", 0, 1440, False),
    (ConnectionMoment, "felt_safe", 1, 5, True),
    (TimeAlone, "minutes", 1, 1440, False),
    (TimeAlone, "loneliness", 0, 10, True),
    (BoundaryPractice, "fear_before", 0, 10, True),
    (BoundaryPractice, "felt_after", 0, 10, True),
]
INT_IDS = [f"{t.__name__}.{f}" for t, f, *_ in INT_FIELDS]

ENUM_FIELDS = [
    (ConnectionMoment, "circle", Circle),
    (ConnectionMoment, "mode", ContactMode),
    (BoundaryPractice, "type", BoundaryType),
    (BoundaryPractice, "outcome", Outcome),
    (BoundaryPractice, "circle", Circle),
]
ENUM_IDS = [f"{t.__name__}.{f}" for t, f, _ in ENUM_FIELDS]

BOOL_FIELDS = [
    (MoodCheckIn, "share"),
    (ConnectionMoment, "initiated"),
    (TimeAlone, "chosen"),
    (JournalEntry, "share"),
]


def make(record_type: type, **changes: Any) -> Any:
    return record_type(**{**BASE[record_type], "at": AT, **changes})


def refused(record_type: type, field: str, **changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        make(record_type, **changes)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    return caught.value


# -- whole numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("record_type", "field", "low", "high", "optional"), INT_FIELDS, ids=INT_IDS
)
def test_every_whole_number_in_range_is_kept(
    record_type: type, field: str, low: int, high: int, optional: bool
) -> None:
    for value in {low, (low + high) // 2, high}:
        assert getattr(make(record_type, **{field: value}), field) == value
    if optional:
        assert getattr(make(record_type, **{field: None}), field) is None


@pytest.mark.parametrize(
    ("record_type", "field", "low", "high", "optional"), INT_FIELDS, ids=INT_IDS
)
def test_just_outside_the_range_is_refused_with_the_range(
    record_type: type, field: str, low: int, high: int, optional: bool
) -> None:
    for value in (low - 1, high + 1):
        error = refused(record_type, field, **{field: value})
        assert f"from {low} to {high}" in str(error)
        assert str(value) in str(error)


@pytest.mark.parametrize(
    ("record_type", "field", "low", "high", "optional"), INT_FIELDS, ids=INT_IDS
)
@pytest.mark.parametrize("wrong", ["5", "five", 5.5, float("nan"), float("inf"), True, False, [5]])
def test_a_whole_number_field_refuses_other_types(
    record_type: type, field: str, low: int, high: int, optional: bool, wrong: object
) -> None:
    refused(record_type, field, **{field: wrong})


def test_a_float_holding_a_whole_number_is_taken_as_that_number() -> None:
    """JSON from other apps writes 5.0 for 5; that is the same number, not an error."""
    record = make(MoodCheckIn, score=5.0)
    assert record.score == 5
    assert type(record.score) is int


def test_required_whole_numbers_may_not_be_left_out() -> None:
    for record_type, field, _low, _high, optional in INT_FIELDS:
        if not optional:
            refused(record_type, field, **{field: None})


@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_any_out_of_range_whole_number_is_refused_naming_the_field(data: st.DataObject) -> None:
    record_type, field, low, high, _optional = data.draw(st.sampled_from(INT_FIELDS))
    value = data.draw(
        st.one_of(st.integers(max_value=low - 1), st.integers(min_value=high + 1)), label="value"
    )
    with pytest.raises(ValidationError) as caught:
        make(record_type, **{field: value})
    assert caught.value.field == field
    assert isinstance(caught.value, UsageError)
    assert caught.value.exit_code == 2


@given(data=st.data())
@settings(max_examples=200, deadline=None)
def test_any_in_range_whole_number_is_kept(data: st.DataObject) -> None:
    record_type, field, low, high, _optional = data.draw(st.sampled_from(INT_FIELDS))
    value = data.draw(st.integers(min_value=low, max_value=high), label="value")
    assert getattr(make(record_type, **{field: value}), field) == value


# -- choices -----------------------------------------------------------------------


@pytest.mark.parametrize(("record_type", "field", "enum"), ENUM_FIELDS, ids=ENUM_IDS)
def test_every_choice_is_accepted_as_text_or_member(
    record_type: type, field: str, enum: type
) -> None:
    for member in enum:
        assert getattr(make(record_type, **{field: member.value}), field) is member
        assert getattr(make(record_type, **{field: member}), field) is member


@pytest.mark.parametrize(("record_type", "field", "enum"), ENUM_FIELDS, ids=ENUM_IDS)
@pytest.mark.parametrize("wrong", ["nope", "", "PEER", " peer", 1, ["peer"]])
def test_an_unknown_choice_is_refused_listing_the_choices(
    record_type: type, field: str, enum: type, wrong: object
) -> None:
    error = refused(record_type, field, **{field: wrong})
    for member in enum:
        assert member.value in str(error)


def test_a_boundary_need_not_name_a_circle() -> None:
    assert make(BoundaryPractice).circle is None


def test_a_connection_must_name_a_circle() -> None:
    refused(ConnectionMoment, "circle", circle=None)


def test_a_choice_of_another_enum_is_refused() -> None:
    refused(ConnectionMoment, "circle", circle=Outcome.HELD)


# -- yes / no ----------------------------------------------------------------------


@pytest.mark.parametrize(("record_type", "field"), BOOL_FIELDS)
@pytest.mark.parametrize("wrong", [1, 0, "true", None])
def test_yes_no_fields_take_only_true_or_false(
    record_type: type, field: str, wrong: object
) -> None:
    refused(record_type, field, **{field: wrong})
    assert getattr(make(record_type, **{field: True}), field) is True


# -- words -------------------------------------------------------------------------


def test_emotions_are_words_of_the_vocabulary_normalised() -> None:
    record = make(MoodCheckIn, emotions=(" Calm", "hopeful", "calm", ""))
    assert record.emotions == ("calm", "hopeful")
    assert set(make(MoodCheckIn, emotions=tuple(EMOTIONS)).emotions) == EMOTIONS


@pytest.mark.parametrize("wrong", [("furious-ish",), "calm", ("calm,sad",), (3,)])
def test_emotions_outside_the_vocabulary_are_refused(wrong: object) -> None:
    refused(MoodCheckIn, "emotions", emotions=wrong)


def test_tags_keep_the_case_written_without_repeats() -> None:
    entry = make(JournalEntry, tags=("Family", "family", " work ", "NHS", "nhs"))
    assert entry.tags == ("Family", "work", "NHS")


@pytest.mark.parametrize(
    "wrong", ["one,two", ("a,b",), ("two\nlines",), ("x" * 201,), (3,), None, 5, {"a": 1}, b"ab"]
)
def test_bad_tags_are_refused(wrong: object) -> None:
    refused(JournalEntry, "tags", tags=wrong)


@pytest.mark.parametrize("wrong", [None, 5, {"calm": True}])
def test_emotions_that_are_not_a_list_are_refused_naming_the_field(wrong: object) -> None:
    """Found by these tests: ``tags: null`` in a document was blamed on a missing field."""
    refused(MoodCheckIn, "emotions", emotions=wrong)
    with pytest.raises(ValidationError) as caught:
        record_from_fields("mood", {"score": 5, "emotions": wrong}, at=AT)
    assert caught.value.field == "emotions"


# -- text --------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", ["", "   \n", None, 42])
def test_an_entry_needs_text(wrong: object) -> None:
    refused(JournalEntry, "text", text=wrong)


def test_text_with_a_nul_is_refused_in_every_text_field() -> None:
    refused(JournalEntry, "text", text="a\x00b")
    refused(JournalEntry, "title", title="a\x00b")
    refused(MoodCheckIn, "note", note="a\x00b")
    refused(ConnectionMoment, "person", person="a\x00b")


def test_a_title_is_short_and_stripped() -> None:
    assert make(JournalEntry, title="  Sunday  ").title == "Sunday"
    make(JournalEntry, title="x" * MAX_SHORT_TEXT)
    refused(JournalEntry, "title", title="x" * (MAX_SHORT_TEXT + 1))


def test_a_note_may_be_long_but_not_endless() -> None:
    assert make(MoodCheckIn, note=None).note == ""
    refused(MoodCheckIn, "note", note="x" * 1_000_001)
    refused(MoodCheckIn, "note", note=7)


@pytest.mark.parametrize("record_type", [ConnectionMoment, BoundaryPractice])
def test_a_person_is_one_stripped_line(record_type: type) -> None:
    assert make(record_type, person="  Sam ").person == "Sam"
    assert make(record_type, person=None).person is None
    for wrong in ("", "   ", "Sam\nJo", "tab\there", "x" * 201, 12):
        refused(record_type, "person", person=wrong)


# -- common fields -----------------------------------------------------------------


@pytest.mark.parametrize("record_type", list(BASE))
def test_at_must_be_an_aware_datetime_in_a_sane_range(record_type: type) -> None:
    refused(record_type, "at", at=datetime(2026, 11, 16, 9, 30))
    refused(record_type, "at", at=date(2026, 11, 16))
    refused(record_type, "at", at="2026-11-16T09:30+01:00")
    refused(record_type, "at", at=datetime(1899, 12, 31, tzinfo=UTC))
    refused(record_type, "at", at=datetime(3000, 1, 1, tzinfo=UTC))
    refused(record_type, "at", at=AT.replace(tzinfo=timezone(timedelta(hours=18, minutes=1))))
    make(record_type, at=AT.replace(tzinfo=timezone(timedelta(hours=-18))))


def test_at_keeps_the_offset_as_recorded_and_the_local_day() -> None:
    late = datetime(2026, 11, 16, 23, 30, 15, 999, tzinfo=timezone(timedelta(hours=-8)))
    record = make(MoodCheckIn, at=late)
    assert record.day == date(2026, 11, 16)
    assert record.at.utcoffset() == timedelta(hours=-8)
    assert record.at.microsecond == 0


@pytest.mark.parametrize("wrong", ["", "x" * 65, 12, None])
def test_an_id_is_short_text(wrong: object) -> None:
    refused(MoodCheckIn, "id", id=wrong)


def test_every_kind_has_a_type_and_builds_from_its_own_fields() -> None:
    assert set(RECORD_TYPES) == set(RecordKind)
    for kind, record_type in RECORD_TYPES.items():
        record = make(record_type)
        assert record.kind is kind
        again = record_from_fields(kind.value, record.fields(), id=record.id, at=record.at)
        assert again.fields() == record.fields()


def test_record_from_fields_refuses_unknown_kinds_fields_and_missing_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        record_from_fields("dream", {})
    assert caught.value.field == "kind"
    with pytest.raises(ValidationError) as caught:
        record_from_fields("mood", {"score": 5, "colour": "blue"})
    assert caught.value.field == "colour"
    with pytest.raises(ValidationError) as caught:
        record_from_fields("mood", {"score": 5, "note": "sneaked in"})
    assert caught.value.field == "note"
    with pytest.raises(ValidationError) as caught:
        record_from_fields("connection", {"minutes": 5})
    assert caught.value.field == "connection"


def test_edited_sets_updated_and_validates_again() -> None:
    record = make(MoodCheckIn, updated=datetime(2020, 1, 1, tzinfo=UTC))
    changed = record.edited(score=7)
    assert changed.score == 7
    assert changed.id == record.id
    assert changed.updated > record.updated
    with pytest.raises(ValidationError):
        record.edited(score=11)


def test_records_are_frozen() -> None:
    record = make(MoodCheckIn)
    with pytest.raises(AttributeError):
        record.score = 3  # type: ignore[misc]


# -- people ------------------------------------------------------------------------


def test_a_person_has_a_name_and_a_circle() -> None:
    person = Person(name="  Dr K ", circle="professional")
    assert person.name == "Dr K"
    assert person.circle is Circle.PROFESSIONAL
    for name in ("", "  ", None, "a\nb"):
        with pytest.raises(ValidationError) as caught:
            Person(name=name, circle="peer")  # type: ignore[arg-type]
        assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        Person(name="Sam", circle="friends")  # type: ignore[arg-type]
    assert caught.value.field == "circle"
