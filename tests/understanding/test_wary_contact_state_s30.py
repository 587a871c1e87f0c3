"""Wary visitors' contact in parts (set AK): a channel agreed and the other refused ("email yes,
phone no") refuses that one only; a contact detail taken back ("scratch the phone number",
"don't use my cell") leaves the collected fields while the rest of the message goes on; a
phone refused in words ("I don't want ten calls a day") and given later is taken (one erased
on request is not); one call allowed ("one call please, Thursday afternoon") asks for a person;
a first-timer ("I've never opened a café before") is new, a running café opening "a second on
Main Street" stays existing."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.kinds import CustomerType
from shared.understanding.privacy import taken_back_fields
from shared.understanding.quotes import asks_quote
from shared.understanding.refusals import refused_fields
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import EXISTING, NEW, play, read_text


@pytest.mark.parametrize(
    ("message", "refused"),
    [
        ("quote by mail is fine. email yes, phone no.", ["phone"]),
        ("calls no, email ok", ["phone"]),
        ("phone yes, email no thanks", ["email"]),
        ("email is fine, no calls", ["phone"]),
        # negatives: "phone no." as the abbreviation of number, a phone number asked about
        ("phone no. 971-555-0102", []),
        ("my phone no: 971 555 0102", []),
        ("is a phone number needed?", []),
    ],
)
def test_a_channel_agreed_beside_one_refused_refuses_that_one(
    message: str, refused: list[str]
) -> None:
    """ "X yes, Y no" refuses Y only; "phone no." before a figure refuses nothing."""
    assert refused_fields(read_text(message), None) == refused


@pytest.mark.parametrize(
    ("message", "fields"),
    [
        ("on second thought scrap the phone number, mail only", ["phone"]),
        ("pls don't use my cell, it's my personal one", ["phone"]),
        ("forget the email address, the old one bounces", ["email"]),
        # negatives: an item or a count taken back, a number of something
        ("scratch that, the 3 group instead", []),
        ("forget the number of cups, it's more like 90", []),
        ("drop the Atlas 75 from the quote", []),
    ],
)
def test_a_contact_detail_taken_back_is_read(message: str, fields: list[str]) -> None:
    """A verb of taking back with the phone or the email names that detail; an item, a
    "that" or a number of something names none."""
    assert taken_back_fields(read_text(message)) == fields


async def test_a_phone_taken_back_leaves_the_state_and_the_quote_still_goes(
    brain: LocalBrain,
) -> None:
    """Played through: the phone given, then taken back with a quote asked by email: the phone
    is gone and refused, the email and the handoff stay."""
    state = await play(
        brain,
        [
            "we're putting an espresso cart at the farmers market in Eugene next spring",
            "Nora Lind, nora@lindcart.com, 458-555-0190",
            "hmm on second thought scrap the phone number, just email me a quote for the Pico",
        ],
    )
    assert "phone" not in state.collected
    assert "phone" in state.refused
    assert state.collected.get("email") == "nora@lindcart.com"
    assert state.handoff
    assert state.asking != "phone"


async def test_email_yes_phone_no_stops_the_phone_ask(brain: LocalBrain) -> None:
    """Played through: "email yes, phone no" with a quote asked: handed off, the phone refused
    and not asked on the next turn either."""
    state = await play(
        brain,
        [
            "opening a small espresso bar in Spokane in the autumn, need a grinder",
            "send a quote for the Atlas 75 please. email yes, phone no: kai@lilacespresso.com",
            "how much is the Foundry Espresso per lb?",
        ],
    )
    assert state.handoff
    assert "phone" in state.refused
    assert "phone" not in state.collected
    assert state.asking != "phone"


async def test_a_phone_refused_in_words_and_given_later_is_stored(brain: LocalBrain) -> None:
    """A call declined earlier ("I don't want ten calls a day") does not keep out a phone the
    visitor gives later with one call allowed: stored, and the call is a handoff."""
    state = await play(
        brain,
        [
            "opening a bakery café in Reno in May, what does the Lumen 2 group cost?",
            "why do you want my number? I don't want ten calls a day",
            "ok. Ada Ruiz, ada@renocrumb.com, 775-555-0166. one call please, mornings only",
        ],
    )
    assert state.collected.get("phone") == "+17755550166"
    assert state.handoff


async def test_a_phone_erased_on_request_and_given_again_stays_out(brain: LocalBrain) -> None:
    """Negative: a phone erased on request is not taken when typed again."""
    state = await play(
        brain,
        [
            "opening a bakery café in Reno in May",
            "Ada Ruiz, ada@renocrumb.com, 775-555-0166",
            "please delete my phone number",
            "you could call 775-555-0166 i guess",
        ],
    )
    assert "phone" not in state.collected


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("ok. Ada Ruiz, ada@renocrumb.com, 775-555-0166. one call please, mornings only", True),
        ("fine, just one call.", True),
        # negatives: a frequency, a call declined, a question, a call had
        ("one call a week would be too many", False),
        ("no call please", False),
        ("will this end with one call every week?", False),
        ("I only had one call from your team", False),
    ],
)
def test_one_call_allowed_asks_for_a_person(message: str, asks: bool) -> None:
    """ "One call (please)" alone in its clause allows the call: a request; a count of calls
    in a sentence about them is none."""
    assert asks_quote(read_text(message)) is asks


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("I've never opened a coffee shop before, so go easy on me", NEW),
        ("we have never run a café, opening one in the fall", NEW),
        ("we have one café downtown and are opening a second on Pine Street in May", EXISTING),
        ("two cafés in Eugene, opening a third near the university", EXISTING),
        # negatives: a running business that never opened one so big, a date after the ordinal
        ("I run two cafés and we have never opened a café this big", EXISTING),
        ("we're opening a café, we open the 3rd week of march", NEW),
    ],
)
def test_first_timers_are_new_and_a_second_site_on_a_street_stays_existing(
    message: str, kind: CustomerType
) -> None:
    """A first-timer is new; an ordinal site placed "on"/"at"/"near" a street beside a running
    café stays existing."""
    assert visitor_type(read_text(message)) is kind
