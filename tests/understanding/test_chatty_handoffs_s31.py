"""Chatty visitors (set AM) who come back to the real ask after a detour and ask, beside their
contact details, for a call or a meeting in words the request rules did not know: someone asked
to call *us* ("could someone ring us to go over a quote"), a call joined with one of ours ("can
my partner and I hop on a call with your team"), a tasting or a meeting with one of ours set up
("could you arrange a cupping with your roaster"). A meeting with one of the visitor's own, a
tasting of a coffee, or a number given ("you can call us on ...") asks for no one."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.conversation.kinds import CustomerType
from shared.understanding.corrections import repaired_phone
from shared.understanding.entities.phones import find_phone
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import CASUAL, EXISTING, NEW, play


@pytest.mark.parametrize(
    "message",
    [
        "Could somebody ring us to walk through pricing for two machines?",
        "can your sales team email us about the lease options",
        "Would someone from sales phone us this week?",
        "Is it possible for me and Dana to jump on a call with sales on Monday?",
        "could we hop on a quick call with your team about the grinder",
        "Could you arrange a cupping with your roaster for us?",
        "can you book a demo with one of your trainers next week",
        "Please schedule a meeting with your sales people for Thursday.",
    ],
)
def test_a_call_or_meeting_with_one_of_ours_asks_for_a_person(message: str) -> None:
    assert signals.asks_for_person(message)


@pytest.mark.parametrize(
    "message",
    [
        "We set up a meeting with our landlord last week.",
        "Can we get on a call with our accountant first?",
        "Could you set up a tasting of the Riverbend for our staff?",
        "Our roaster told us to call the bank.",
        "You can call us on 541 555 0101 any time.",
        "Someone from my team will call us back later.",
        "Could we book a tasting with our regulars on opening day?",
    ],
)
def test_the_visitors_own_meetings_and_a_number_given_ask_for_no_one(message: str) -> None:
    assert not signals.asks_for_person(message)


async def test_a_call_asked_for_us_beside_the_contact_hands_off(brain: LocalBrain) -> None:
    """Played through, a new café giving its contact and asking someone to ring *us* about a
    quote hands the lead to sales with the details stored."""
    state = await play(
        brain,
        [
            "we're opening a little cafe in an old bank building in Bend next spring",
            "Lovely. Tomas Reyes, tomas@vaultcafe.com, 541-555-0177. Could somebody ring us to "
            "talk through a quote for a two-group machine?",
        ],
    )
    assert state.handoff
    assert state.collected.get("email") == "tomas@vaultcafe.com"


async def test_a_tasting_with_our_roaster_beside_the_contact_hands_off(brain: LocalBrain) -> None:
    """Played through, a running café asking to arrange a cupping with our roaster beside its
    contact hands off."""
    state = await play(
        brain,
        [
            "We run three cafes in Tacoma and go through about 200 lb a month",
            "Right. Jo Park, jo@parkroast.com, 253-555-0149. Could you arrange a cupping with your "
            "roaster?",
        ],
    )
    assert state.handoff


async def test_contact_with_a_meeting_of_our_own_hands_off_nothing(brain: LocalBrain) -> None:
    """Negative: the contact given beside a meeting with the visitor's own accountant is stored
    and hands off nothing."""
    state = await play(
        brain,
        [
            "We run three cafes in Tacoma and go through about 200 lb a month",
            "Jo Park, jo@parkroast.com, 253-555-0149. We'll set up a meeting with our accountant "
            "first.",
        ],
    )
    assert not state.handoff
    assert state.collected.get("email") == "jo@parkroast.com"


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        (
            "Lee Ames, lee@ames.co, (541) 555-0173, wait, make that 0137, I swap digits",
            "+15415550137",
        ),
        ("my cell is 503 555 0121 make that 0112 sorry", "+15035550112"),
        ("503-555-0146, actually 0164", "+15035550164"),
        ("call 503 555 0121, wait, it should be 0127", "+15035550127"),
        # negatives: a figure of something else after "make that" keeps the number typed
        ("503 555 0121, make that 40 lb a week", "+15035550121"),
        ("my number is 503 555 0121 and make that 3 grinders", "+15035550121"),
    ],
)
def test_the_last_digits_retyped_after_make_that_are_kept(message: str, kept: str) -> None:
    """A phone whose last digits are retyped in the same message behind "make that", "actually"
    or "it should be" is stored with the digits retyped (set AM santa cruz: 0185 -> 0158)."""
    phone, _ = find_phone(message, "US")
    assert (repaired_phone(message, phone) or phone) == kept


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Oh and if you were wondering about size, we seat about 40 inside.", False),
        ("in case you're wondering about volume, roughly 90 cups on a weekday", False),
        # negatives: the visitor's own wondering still asks
        ("I was wondering about the lease options for the Lumen.", True),
        ("we were wondering if you deliver to Spokane", True),
    ],
)
def test_a_guess_at_what_we_wonder_is_no_question(message: str, asks: bool) -> None:
    """ "If you were wondering about volume, about 150 drinks" tells a detail; the visitor
    wondering asks (set AM santa cruz: the volume was dropped as a question's)."""
    assert signals.is_question(message) is asks


def test_a_volume_told_after_if_you_were_wondering_is_stored() -> None:
    found = business_fields(
        "Sorry, the dog got out. Oh, and if you were wondering about volume, about 120 drinks "
        "on a busy day.",
        "support_needs",
        True,
    )
    assert "120" in str(found.get("expected_volume"))


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        (
            "I'm leaving teaching to open a little pour-over bar in Eugene next spring.",
            "next spring",
        ),
        ("we're opening a drip-and-pour-over counter in March", "in March"),
        # negatives: "over" as the past still dates no opening
        ("over the summer we were slammed", None),
        ("over the holidays we ran out of beans twice", None),
    ],
)
def test_a_pour_over_venue_keeps_its_opening_date(message: str, kept: str | None) -> None:
    """The "over" of "pour-over" is no "over the summer" of a past season (set AM olympia:
    "open a tiny pour-over bar in Olympia next summer" lost its timeline)."""
    assert read_timeline(message, date(2026, 12, 7)) == kept


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("My mum retires in May and I'd like to buy her a grinder for her kitchen", CASUAL),
        ("looking at a christmas present for my father, he drinks espresso all day", CASUAL),
        ("we want to surprise my parents with a machine for their house", CASUAL),
        # negatives: a relative's business stays a business
        ("my dad runs a cafe and I want to get him a grinder for his cafe", EXISTING),
        ("my sister is opening a cafe and we want a machine for her shop", NEW),
    ],
)
def test_a_machine_for_a_relatives_home_is_a_home_buyer(
    message: str, kind: CustomerType | None
) -> None:
    """A gift for a relative's kitchen or birthday is bought for a home (set AM dad's
    seventieth: "get him a real espresso machine for his kitchen"); the reader's customer-type
    reading owns the rule, the dialogue's signals do not read it."""
    assert visitor_type(message) is kind
    assert signals.customer_type(message) is not CASUAL


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # kin once only in the gift rule's list, now read by the celebration rule too
        ("coffee for my uncle's wedding in june, about 80 guests", CASUAL),
        # kin once only in the celebration rule's list, now read by the gift rule too
        ("a christmas gift for my niece, she just got her first apartment", CASUAL),
        ("thinking of a retirement present for our grandfather", CASUAL),
        # negatives: no kin, or a relative's trade
        ("catering my neighbour's wedding in june, 80 guests", None),
        ("buy my brother a grinder for his roastery", None),
    ],
)
def test_one_kin_vocabulary_for_gifts_and_celebrations(
    message: str, kind: CustomerType | None
) -> None:
    """The gift rule and the private-celebration rule read one list of kin
    (``lexicon.KIN``), so a relative named in either reads as family in both."""
    assert visitor_type(message) is kind


async def test_digits_retyped_for_the_phone_correct_no_count(brain: LocalBrain) -> None:
    """Played through, "0173, wait, make that 0137" fixes the phone and leaves the volume told
    before as it was (the retyped digits are no new count); negative of the phone repair."""
    state = await play(
        brain,
        [
            "We've run a bagel shop in Medford for six years, one location. We do about 90 "
            "drinks a day.",
            "Lee Ames, lee@amesbagels.com, (541) 555-0173, wait, make that 0137. Can you send a "
            "quote for the Atlas 64?",
        ],
    )
    assert state.collected.get("phone") == "+15415550137"
    assert "90" in str(state.collected.get("expected_volume"))
