"""Owners typing on a phone between customers (set AF): a request to proceed written after the
contact details without a sentence of its own ("... 514 555 0158 call me about a quote", "...
0186 go ahead and set it up", "..., book me a showroom visit", "..., quote for the filter pls")
is a handoff; a count repaired in the same breath ("3 shops wait no 4 of them") and a phone's
last digits retyped after it ("... 0121 wait no 0124") store the repaired value."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.corrections import corrected_count, corrected_tails, repaired_phone
from shared.understanding.quotes import asks_quote
from tests.understanding.playing import wired_brain


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    """The brain as the chat wires it over the demo bundle."""
    return wired_brain(kb_bundle_dir)


@pytest.mark.parametrize(
    "text",
    [
        "dana lee dana@ridgecafe.com 303 555 0144 call me about the lease after 2 is best",
        "ok omar@brewhouse.co 206 555 0190 call me for a quote on the grinders",
        "503 555 0101. ring me to sort out the delivery",
    ],
)
def test_call_me_with_what_for_after_the_number_asks_for_a_person(text: str) -> None:
    """A bare "call me" after the phone asks for a person even when what the call is for
    follows it ("about the lease", "for a quote", "to sort out ...")."""
    assert signals.asks_for_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "you can call me about anything, no rush",
        "dont call me about it, email only",
        "call me Sam, everyone does",
        "my friends call me for advice on beans",
    ],
)
def test_call_me_said_otherwise_asks_for_no_person(text: str) -> None:
    """"call me" told as a permission, declined, as a name or of someone else is no request."""
    assert not signals.asks_for_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "lou park lou@parkbeans.com 541 555 0107 go ahead and sign us up, thx",
        "tia ng tia@ngcoffee.com 801 555 0133, book us a tasting at the roastery",
        "ok go ahead and set up the weekly order",
        "jo@harbor.co 775 555 0160, quote for two picos and the online course pls",
        "a quote on the atlas 64 please",
    ],
)
def test_a_request_after_the_contact_details_is_a_request_to_proceed(text: str) -> None:
    """Going ahead, booking and a quote asked as a noun with a please are requests to proceed
    when they open a clause after the details."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "should we go ahead and order now or wait for spring?",
        "we went ahead and ordered from another roaster last year",
        "the quote for the lumen was high, please explain the install",
        "how long does a quote for the pico take please",
        "can i book a visit to the showroom?",
    ],
)
def test_the_same_words_asked_or_told_are_no_request(text: str) -> None:
    """A question whether to go ahead, a past "went ahead", a quote talked about and booking
    asked about request nothing."""
    assert not asks_quote(text)


async def test_a_request_after_the_contact_details_hands_off(brain: LocalBrain) -> None:
    """The reader flags a handoff for a booking written after an email and a phone."""
    text = "kai wu kai@wucafe.com 801 555 0177, book me a call or a visit whichever is quicker"
    heard = await brain.understand(text, ConversationState())
    assert heard.human
    assert heard.fields.get("phone") == "+18015550177"


def test_a_count_repaired_in_the_same_breath_is_the_later_one() -> None:
    """"2 carts wait no 3 of them" repairs the count of carts the message gave: 3."""
    text = "we have 2 carts in tacoma wait no 3 of them since june, whats the pico warranty"
    repaired = [corrected_count(tail, {"locations": 2}) for tail in corrected_tails(text)]
    assert {"locations": 3} in repaired


def test_of_them_saying_more_is_no_repair() -> None:
    """"sorry, 2 of them are closed" after 3 shops says something of two shops, it does not
    recount them."""
    assert corrected_count("sorry, 2 of them are closed mondays", {"locations": 3}) == {}


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("my cell 206 555 0148 wait no 0184 sorry", "+12065550184"),
        ("pat lowe 503 555 0127 sorry 0172", "+15035550172"),
        ("ring 971 555 0120 i mean 21", "+19715550121"),
    ],
)
async def test_a_phone_s_last_digits_retyped_after_a_cue_repair_it(
    brain: LocalBrain, text: str, stored: str
) -> None:
    """Digits typed right after the phone behind a repair's cue replace its last digits."""
    heard = await brain.understand(text, ConversationState())
    assert heard.fields.get("phone") == stored


@pytest.mark.parametrize(
    "text",
    [
        "503 555 0127 sorry 30 cups a day not 20",
        "call 503 555 0127 sorry 2 oclock is better",
        "503 555 0127, were open 7 to 3 sorry",
    ],
)
def test_a_number_after_the_phone_that_is_no_repair_leaves_it(text: str) -> None:
    """A volume, a clock time or a number not right after the cue repairs no digits."""
    assert repaired_phone(text, "+15035550127") is None
