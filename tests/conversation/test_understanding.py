"""The local brain's pure parts: names, emails, phones, business fields, flow signals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState, CustomerType, Stage
from shared.understanding.entities.emails import edit_distance, find_email
from shared.understanding.entities.names import find_name
from shared.understanding.entities.phones import find_phone


@pytest.mark.parametrize(
    ("text", "asked", "name"),
    [
        ("My name is Maya Chen", False, "Maya Chen"),
        ("I'm Tom Okafor, tom@okafor-coffee.com", False, "Tom Okafor"),
        ("Sam Rivera, sam.rivera@gmial.com", False, "Sam Rivera"),
        ("alex kim", True, "Alex Kim"),
        ("I'm opening a café next spring", False, None),
        ("You can call me on 503-555-0187", False, None),
        ("hmm not sure", True, None),
    ],
)
def test_names(text: str, asked: bool, name: str | None) -> None:
    """Names are found in common phrasings and not invented from other sentences."""
    assert find_name(text, asked) == name


def test_email_typo_is_suggested_not_corrected() -> None:
    """A mistyped provider domain is reported with its likely correction."""
    found = find_email("sam.rivera@GMIAL.com")
    assert found is not None
    assert (found.address, found.suggestion) == ("sam.rivera@gmial.com", "sam.rivera@gmail.com")
    plain = find_email("maya@brightcup.co")
    assert plain is not None
    assert plain.suggestion is None
    assert find_email("tara@") is None


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("gmial.com", "gmail.com", 1),  # a transposition is one edit
        ("gmail.com", "gmail.com", 0),
        ("hotmial.con", "hotmail.com", 2),
        ("ca", "abc", 3),  # optimal string alignment, not unrestricted Damerau (2)
        ("", "yahoo.com", 9),
        ("treviño.mx", "trevino.mx", 1),
    ],
)
def test_edit_distance_is_the_optimal_string_alignment(a: str, b: str, distance: int) -> None:
    """The domain typo distance counts insertions, deletions, substitutions and adjacent
    transpositions once each, without editing a substring twice."""
    assert edit_distance(a, b) == distance
    assert edit_distance(b, a) == distance


def test_an_address_corrected_in_the_same_message_gives_the_corrected_one() -> None:
    """Two addresses with a correction cue between them give the last; without one, the
    first (an alternative or a colleague's address is not a correction)."""
    fixed = find_email("ana@treviño.mx, sorry, without the ñ: ana@trevino.mx")
    assert fixed is not None
    assert fixed.address == "ana@trevino.mx"
    either = find_email("ana@cafe.com or ana.r@gmail.com")
    assert either is not None
    assert either.address == "ana@cafe.com"


def test_phones_use_the_request_country() -> None:
    """Numbers are normalised to E.164 with the visitor's country, US by default."""
    assert find_phone("+1 206 555 0133", None)[0] == "+12065550133"
    assert find_phone("503-555-0187", None)[0] == "+15035550187"
    assert find_phone("020 7946 0958", "GB")[0] == "+442079460958"
    assert find_phone("250 cups a day", None) == (None, False)


def test_several_fields_from_one_message() -> None:
    """One message can carry a timeline, equipment and volume at once."""
    found = business_fields(
        "opening in June, we need a 2-group espresso machine and about 300 cups a day",
        None,
        question=False,
    )
    assert found["opening_timeline"] == "in June"
    assert "espresso machine" in str(found["equipment_needs"])
    assert "300" in str(found["expected_volume"])


def test_flow_signals() -> None:
    """Refusals, restarts, requests for a person, goodbyes and dodges are recognised."""
    assert signals.refused_fields("I'd rather not give my phone number", None) == ["phone"]
    assert signals.flags("let's start over")["restart"]
    assert signals.flags("Can I talk to a real person?")["human"]
    assert not signals.flags("someone to call in an emergency")["human"]
    assert signals.flags("thanks, bye!")["goodbye"]
    assert signals.is_dodge("hmm not sure")
    assert signals.customer_type("I just make coffee at home") is CustomerType.CASUAL_BROWSER


async def test_stage_never_moves_back_and_restart_resets() -> None:
    """Stages only advance, except an explicit start over, which keeps the outbox."""
    brain, now = LocalBrain(), datetime.now(UTC)
    state = ConversationState()
    for message in ["We're opening a café in May 2026", "Jo Lee, jo@example.com", "hello"]:
        state, _ = advance(state, await brain.understand(message, state), now)
    assert state.stage is Stage.QUALIFIED  # a firm opening date and a channel
    state, plan = advance(state, await brain.understand("start over", state), now)
    assert plan.restarted
    assert state.stage is Stage.EXPLORING
    assert state.collected == {}
    assert [e.type for e in state.outbox] == ["lead.captured", "lead.qualified"]
