"""Terse visitors typing fragments (set AI): a request to proceed in one word, alone in its
sentence or closing the contact details ("... 541-555-0101 quote pls", "x3. proposal", "...
555-0133. call"), hands off like a full sentence asking for it; asked as a question, refused
or used as a noun of something else it does not. A unit after "per" ("per kg") is no name,
plans set side by side ("vs essential") are a comparison, no service wanted, and an ending
typed on its own ("sorry .com") corrects the stored email's."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import support
from shared.understanding.corrections import corrected_email
from shared.understanding.entities.names import lone_full_name
from shared.understanding.quotes import asks_quote
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "text",
    [
        "quote",
        "pico x3. quote",
        "Nadia Flores nadia@ridgeline.coffee 541-555-0101 quote pls",
        "Tom Reyes tom@reyes.cafe proposal",
        "ok. 360-555-0117. estimate please",
        "estimate by email only. no calls",
        "Sam Oduya sam@oduya.com 503-555-0170. call",
        "call me back pls",
    ],
)
def test_a_request_in_one_word_asks_to_proceed(text: str) -> None:
    """A quote, proposal, estimate or call asked in a fragment of its own is a request."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "quote?",
        "proposal by when?",
        "no call",
        "no calls. email only",
        "call times?",
        "the last quote took a week",
        "how long does a proposal take",
        "we had a call with them",
    ],
)
def test_a_fragment_asking_about_or_refusing_is_no_request(text: str) -> None:
    """The same words asked as a question, refused or used as a noun ask for nothing."""
    assert not asks_quote(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("per kg", False),
        ("Per Lb", False),
        ("per lbs", False),
        ("Per Andersson", True),
        ("mo hassan", True),
        ("Gal Levi", True),
    ],
)
def test_a_unit_is_no_surname(text: str, name: bool) -> None:
    """A unit abbreviation after "per" is no surname; a real surname after "Per" still is."""
    assert lone_full_name(text) is name


async def test_a_one_word_quote_after_the_contact_hands_off(brain: LocalBrain) -> None:
    """Played through the brain and the machine, the contact details followed by "quote" hand
    the lead to sales with the details stored."""
    state = await play(
        brain,
        ["2 cafes. medford", "Nadia Flores nadia@ridgeline.coffee 541-555-0101. quote"],
    )
    assert state.handoff
    assert state.collected.get("email") == "nadia@ridgeline.coffee"


async def test_a_unit_answer_stores_no_name(brain: LocalBrain) -> None:
    """ "per kg" after a price question stores no name."""
    state = await play(brain, ["cheapest coffee?", "per kg"])
    assert "name" not in state.collected


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("vs essential", None),
        ("pro versus multi-site", None),
        ("compared to the essential plan", None),
        ("we need the pro plan vs what we have now", "we need the pro plan vs what we have now"),
        ("the essential plan", "the essential plan"),
    ],
)
def test_plans_compared_are_no_service_wanted(text: str, wanted: str | None) -> None:
    """A plan named only as the other side of a comparison stores no service; a plan wanted
    beside a comparison, or named alone, still does."""
    assert support(text, False) == wanted


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("oops .com", "lu@harbourbeans.com"),
        ("its .net not .co. 971-555-0140", "lu@harbourbeans.net"),
        ("our site is harbourbeans.com", None),
        ("we use .net and .org", None),
        (".co", None),
        ("lu@harbourbeans.com", None),
    ],
)
def test_an_ending_typed_alone_corrects_the_email(text: str, email: str | None) -> None:
    """One new domain ending typed on its own replaces the stored address's; a website, two
    endings, the same ending or a whole address leave it to the other readers."""
    assert corrected_email(text, "lu@harbourbeans.co") == email


async def test_an_ending_typed_alone_is_stored(brain: LocalBrain) -> None:
    """Played through the brain and the machine, "sorry .com" after an address ending in .co
    stores the address ending in .com."""
    state = await play(brain, ["2 cafes. maint plan?", "Lu Chen lu@harbourbeans.co", "sorry .com"])
    assert state.collected.get("email") == "lu@harbourbeans.com"
