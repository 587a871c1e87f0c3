"""The field registry, the typed details and the stored-state migration."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.conversation import phrases
from shared.conversation.details import Details
from shared.conversation.kinds import CustomerType
from shared.conversation.registry import (
    ALL_FIELDS,
    SPECS,
    fields_for,
    order_for,
    required_for,
)
from shared.conversation.state import SCHEMA_VERSION, ConversationState
from shared.conversation.understanding import Understanding

BUSINESS = (CustomerType.NEW_CAFE, CustomerType.EXISTING_CAFE)


def test_every_spec_is_complete() -> None:
    """Each field has a type, an asking position, ask wording, a reason and an acknowledgement."""
    for spec in SPECS:
        assert spec.types, spec.name
        assert len(spec.ask) >= 2, spec.name
        assert spec.why, spec.name
        assert spec.ack or spec.name == "name", spec.name
        assert set(spec.order) <= set(BUSINESS), spec.name


def test_details_model_matches_the_registry() -> None:
    """The typed details (the LLM brain's schema) hold exactly the registry's fields."""
    assert set(Details.model_fields) == set(ALL_FIELDS)
    schema = Details.model_json_schema()
    assert set(schema["properties"]) == set(ALL_FIELDS)
    assert schema["additionalProperties"] is False


def test_required_fields_per_type_leave_out_name_and_optional_fields() -> None:
    """Sales needs timeline, equipment and volume of a new café; pains and sites of an
    existing one; never the name."""
    assert set(required_for(CustomerType.NEW_CAFE)) == {
        "opening_timeline",
        "equipment_needs",
        "expected_volume",
    }
    assert set(required_for(CustomerType.EXISTING_CAFE)) == {"pain_points", "locations"}
    for kind in BUSINESS:
        assert "name" not in required_for(kind)
        assert set(required_for(kind)) <= set(order_for(kind))
    assert fields_for(CustomerType.CASUAL_BROWSER) == ()
    assert fields_for(None) == ()


def test_ask_order_has_no_gaps_or_duplicates() -> None:
    """Each type's asking order is a permutation of its fields."""
    for kind in BUSINESS:
        order = order_for(kind)
        assert len(order) == len(set(order))
        assert set(order) == set(fields_for(kind))


def test_understanding_details_view() -> None:
    """Details added to an understanding show in ``fields``; None values are ignored."""
    heard = Understanding()
    heard.add({"email": "a@b.co", "name": None, "locations": 3})
    assert heard.fields == {"email": "a@b.co", "locations": 3}
    assert heard.gave_details


def test_version_1_state_migrates_on_read() -> None:
    """A stored version-1 state loads with the new fields defaulted and the version bumped."""
    stored = {
        "schema_version": 1,
        "stage": "intent_confirmed",
        "customer_type": "new_cafe",
        "collected": {"name": "Ana"},
        "ask_counts": {"email": 2},
        "refused": ["phone"],
        "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
    }
    state = ConversationState.upgrade(stored)
    assert state.schema_version == SCHEMA_VERSION == 2
    assert state.held == {}
    assert state.contact_by is None
    assert state.ask_counts == {"email": 2}
    assert state.refused == ["phone"]
    assert phrases.WHY["email"]


def test_a_state_stored_before_erasure_was_told_apart_keeps_refused_contacts_out() -> None:
    """A document without ``erased`` kept every refused contact detail out of the record: those
    still count as erased on load (a phone typed again stays out); a refused other field does
    not, and a document that has the list keeps its own."""
    stored = {"schema_version": 2, "refused": ["phone", "locations"]}
    assert ConversationState.upgrade(stored).erased == ["phone"]
    assert ConversationState.upgrade({**stored, "erased": []}).erased == []


def test_filled_is_the_set_part_of_the_dump() -> None:
    """Details.filled (read without a dump) equals the non-None part of model_dump, in field
    order, also after a value is assigned or replaced."""
    details = Details.model_validate({"phone": "+15035550100", "name": "Ana", "locations": 3})
    details.email = "ana@example.com"
    details = details.with_values({"locations": 4})
    dumped = {k: v for k, v in details.model_dump().items() if v is not None}
    assert details.filled() == dumped
    assert list(details.filled()) == list(dumped)
