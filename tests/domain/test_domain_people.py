"""People off the map, support given and received, and the session reflection, as values."""

from __future__ import annotations

from dataclasses import replace

import pytest

from journal_app.domain.records import (
    Circle,
    ConnectionMoment,
    Person,
    SessionReflection,
    Support,
    record_from_fields,
)
from journal_app.domain.serialize import (
    person_from_json,
    person_to_json,
    record_from_json,
    record_to_json,
)
from journal_app.domain.validation import ValidationError


def test_a_person_may_have_no_circle_but_not_a_made_up_one() -> None:
    off = Person(name=" Uncle ", circle=None)
    assert (off.name, off.circle, off.on_map) == ("Uncle", None, False)
    assert Person(name="Sam", circle="close").on_map  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="circle: must be one of close, peer"):
        Person(name="X", circle="enemy")  # type: ignore[arg-type]
    assert person_to_json(off) == {"name": "Uncle", "circle": None, "archived": False}
    assert person_from_json(person_to_json(off)) == off
    with pytest.raises(ValidationError, match="circle: is missing"):
        person_from_json({"name": "Uncle"})


def test_support_is_one_of_three_or_not_said() -> None:
    moment = ConnectionMoment(circle="peer", minutes=30, support="gave")  # type: ignore[arg-type]
    assert moment.support is Support.GAVE
    assert ConnectionMoment(circle="peer", minutes=30).support is None
    with pytest.raises(ValidationError) as caught:
        ConnectionMoment(circle="peer", minutes=30, support="both")  # type: ignore[arg-type]
    assert caught.value.field == "support"
    assert "gave, received, mutual" in str(caught.value)


def test_a_reflection_is_only_for_a_session_with_a_professional() -> None:
    reflection = SessionReflection(heard=7, goals=0, approach=10, bring_up="  sleep  ")
    session = ConnectionMoment(circle="professional", minutes=50, reflection=reflection)
    assert session.reflection == SessionReflection(heard=7, goals=0, approach=10, bring_up="sleep")
    assert session.reflection is not None and session.reflection.share_bring_up  # by default
    with pytest.raises(ValidationError) as caught:
        ConnectionMoment(circle="close", minutes=50, reflection=reflection)
    assert caught.value.field == "reflection"
    assert "professional" in str(caught.value)
    with pytest.raises(ValidationError):
        replace(session, circle=Circle.PEER)  # a changed circle cannot keep it
    # Nothing answered is the same as no reflection, in any circle.
    assert (
        ConnectionMoment(circle="peer", minutes=5, reflection=SessionReflection()).reflection
        is None
    )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"heard": 11}, "heard"),
        ({"goals": -1}, "goals"),
        ({"approach": "7"}, "approach"),
        ({"bring_up": "one\ntwo"}, "bring_up"),
        ({"bring_up": "x" * 501}, "bring_up"),
        ({"share_bring_up": "yes"}, "share_bring_up"),
    ],
)
def test_every_answer_is_checked_naming_its_field(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SessionReflection(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_support_and_the_reflection_round_trip_through_json() -> None:
    session = ConnectionMoment(
        circle="professional",  # type: ignore[arg-type]
        minutes=50,
        support="received",  # type: ignore[arg-type]
        reflection=SessionReflection(goals=4, bring_up="work", share_bring_up=False),
    )
    data = record_to_json(session)
    assert data["support"] == "received"
    assert data["reflection"] == {
        "heard": None,
        "goals": 4,
        "approach": None,
        "bring_up": "work",
        "share_bring_up": False,
    }
    assert record_from_json(data) == session
    with pytest.raises(ValidationError, match="is not part of a session reflection"):
        record_from_fields(
            "connection",
            {"circle": "professional", "minutes": 5, "reflection": {"score": 3}},
        )
