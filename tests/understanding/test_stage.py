"""Stage by what the visitor asks for, through the real brain, machine and reply writer: a need
described is interest, a request to proceed confirms intent, a request with a channel and one
core need qualifies; deferrals close; tourists are browsers; pronouns find the item named."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import Plan
from shared.conversation.replies import Facts, compose
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.signals import HUMAN_RE, is_question
from shared.conversation.state import ConversationState, CustomerType, Stage
from shared.crm.support import decide
from shared.rag.embedding import Embedder
from shared.understanding.closings import closes, thanks_at_end
from shared.understanding.commitment import defers, tentative, will_contact_us, written_to
from shared.understanding.intents import INTENTS_FILE, load_intents
from shared.understanding.meta import meta_question
from shared.understanding.quotes import asks_quote
from shared.understanding.reference import resolved
from shared.understanding.visitor import visitor_type
from tests.understanding.test_dialogue import play


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    """The brain as the chat wires it: one embedder, the demo bundle's intent classifier."""
    intents = load_intents(kb_bundle_dir / INTENTS_FILE)
    return LocalBrain(PrototypeClassifier(Embedder()), lambda: intents)


async def test_hedged_plan_and_price_shopping_stay_at_interest(brain: LocalBrain) -> None:
    """A date said with "thinking about" or "if", gear and a volume asked about, is interest."""
    hedged = ["we're thinking about opening a small coffee trailer downtown, maybe next summer"]
    state, _, _ = await play(brain, [*hedged, "prob 90 cups a day"])
    assert (state.customer_type, state.stage) == (CustomerType.NEW_CAFE, Stage.INTEREST_DETECTED)
    shopper = ["opening a coffee shop in tulsa. prices for a lumen 3 group and two grinders"]
    state, _, _ = await play(brain, [*shopper, "we open in 3 months if that matters"])
    assert state.stage is Stage.INTEREST_DETECTED


async def test_firm_date_or_request_confirms_intent(brain: LocalBrain) -> None:
    """ "We open in May" is a plan; "I'll ring your sales desk on monday" is a request."""
    state, _, _ = await play(brain, ["We're opening a coffee bar in Tulsa in May"])
    assert state.stage is Stage.INTENT_CONFIRMED
    messages = ["starting a coffee cart, thinking spring maybe", "ok I'll ring your sales desk"]
    state, _, _ = await play(brain, messages)
    assert state.stage is Stage.INTENT_CONFIRMED


async def test_request_with_channel_and_one_need_qualifies(brain: LocalBrain) -> None:
    """Someone who asks to be called about a café opening in spring, with a phone, is
    qualified though gear and volume were never given (the call is for those)."""
    messages = [
        "we just got the keys for a cafe in yakima, opening in april",
        "can someone call me to go over equipment? 509-555-0123, its Dana",
    ]
    state, _, _ = await play(brain, messages)
    assert state.handoff
    assert state.stage is Stage.QUALIFIED


async def test_channel_without_request_and_missing_needs_is_not_qualified(
    brain: LocalBrain,
) -> None:
    """Without a request or a firm opening date, a channel alone does not qualify: a plan
    said with "thinking about" and an email stay at interest."""
    hedged = ["thinking about maybe opening a cafe in yakima, maybe april", "dana@yakbeans.com"]
    state, _, _ = await play(brain, hedged)
    assert state.stage is not Stage.QUALIFIED


async def test_firm_opening_date_and_channel_qualify_and_gear_is_still_asked(
    brain: LocalBrain,
) -> None:
    """A new café with its opening date stated firmly and a way to reach it is qualified (every
    held-out author qualifies it); what it needs is still asked next."""
    state, _, _ = await play(brain, ["opening a cafe in yakima in april", "dana@yakbeans.com"])
    assert state.stage is Stage.QUALIFIED
    assert state.asking in ("coffee_preferences", "equipment_needs", "expected_volume", "name")


async def test_deferral_closes_without_another_question(brain: LocalBrain) -> None:
    """ "let me run it by my partner" ends politely; no further field is asked."""
    messages = ["opening a cafe in may", "ok let me run it by my partner first, thanks"]
    state, replies, _ = await play(brain, messages)
    assert state.closed
    assert state.asking is None
    assert "?" not in replies[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could you send us a few samples of the foundry", True),
        ("yeah we'd love to try the samples", True),
        ("we want to place a first order of 20 lb", True),
        ("I'd like to go ahead with the Pro plan", True),
        ("does the free sample kit apply to carts?", False),
        ("do you send samples to canada?", False),
        ("if we want to order more later is there a discount", False),
    ],
)
def test_requests_to_proceed(text: str, expected: bool) -> None:
    """Samples, an order or going ahead are requests; questions about them are not."""
    assert asks_quote(text) is expected


def test_commitment_cues() -> None:
    """Hedges, "I'll call your sales" (unless conditional), deferrals and an address the visitor
    will write to are each read as such."""
    assert tentative("maybe next year, not sure yet")
    assert not tentative("we open in june")
    assert will_contact_us("my partner will email your team tomorrow")
    assert not will_contact_us("i'll reach out to your team if we decide")
    assert defers("we need to save up first, will come back")
    assert not defers("let me know")
    assert written_to("I'll email info@copperline.coffee myself", "info@copperline.coffee")
    assert not written_to("email me at jo@x.com", "jo@x.com")


async def test_address_the_visitor_will_write_to_is_not_theirs(brain: LocalBrain) -> None:
    """ "I will write to sales@... myself" stores no email for the visitor."""
    heard = await brain.understand(
        "No phone, sorry. I will write to sales@copperline.coffee myself.", ConversationState()
    )
    assert "email" not in heard.fields


@pytest.mark.parametrize(
    "text",
    [
        "we're on vacation in portland next week, can we visit the roastery?",
        "could i buy a souvenir bag or two?",
        "can you sell me just one bag of the decaf",
    ],
)
def test_tourists_and_single_bag_buyers_are_browsers(text: str) -> None:
    """A tourist or someone buying one bag is a casual browser."""
    assert visitor_type(text) is CustomerType.CASUAL_BROWSER


def test_pronoun_points_at_the_item_the_visitor_named() -> None:
    """ "what does that cost?" after a need naming the Pro plan is searched for the Pro plan;
    a question naming its own item is left alone."""
    assert (
        resolved("what does that cost?", ["we want the pro plan"]) == "what does the pro plan cost?"
    )
    assert resolved("what does the pico cost?", ["we want the pro plan"]) is None
    assert resolved("what does that cost?", ["faster repairs"]) is None


async def test_support_turn_only_when_the_desk_files_it(brain: LocalBrain) -> None:
    """A grinder named by product that stopped is a report the desk files, and the brain's
    support turn (whose reply is the desk's note alone) happens only then."""
    message = "our atlas 64 stopped grinding this morning, we bought it from you in june"
    heard = await brain.understand(message, ConversationState())
    assert heard.support_issue is True
    assert decide(message, False, heard.support_issue) is not None


async def test_visitor_who_will_call_sales_is_not_asked_a_channel(brain: LocalBrain) -> None:
    """ "I'll ring your sales desk myself" after refusing a phone: no channel is asked or
    offered again, and the reply gives the sales contact instead."""
    messages = ["we run a bakery in tulsa", "we want to place a trial order of foundry"]
    refusal = "no phone number from me, I'll ring your sales desk myself tomorrow"
    state, replies, _ = await play(brain, [*messages, refusal])
    assert state.asking is None
    assert {"email", "phone"} <= set(state.skipped)
    assert "email address works" not in replies[-1]


@pytest.mark.parametrize(
    "text",
    [
        "later. busy",
        "ok thank you i think",
        "Thank you very much for your help. It was useful",
        "thanks, I'll check the web shop myself",
    ],
)
def test_leave_takings_close(text: str) -> None:
    """Short leave-takings, a long thanks and going to the web shop end the chat."""
    assert closes(text) or thanks_at_end(text) or defers(text)


def test_requests_for_a_person_by_role_or_visit() -> None:
    """A person asked by role, a technician's visit or "call me on" is a handoff; "you can
    call me on" gives a number."""
    assert HUMAN_RE.search("could your roaster contact me about a tasting")
    assert HUMAN_RE.search("have the account manager email me")
    assert HUMAN_RE.search("can someone come out today")
    assert HUMAN_RE.search("Jo Baker. Call me on 503-555-0100")
    assert not HUMAN_RE.search("you can call me on 503-555-0100")


def test_acknowledgements_do_not_stutter() -> None:
    """Two details in one reply are acknowledged with different words, not "noted" twice."""
    state = ConversationState(turns=0)
    state.collected.update({"coffee_preferences": "drip", "expected_volume": "120 cups a day"})
    plan = Plan(collected_now=["coffee_preferences", "expected_volume"])
    reply = compose(plan, state, None, None, Facts())
    assert reply.lower().count("noted") <= 1, reply


def test_a_request_to_confirm_is_a_question() -> None:
    """ "Please confirm whether this fits within the cap." asks something; "let me know if you
    need anything" does not."""
    assert is_question("Please confirm whether this fits within the cap.")
    assert not is_question("let me know if you need anything else from me")


async def test_support_visitor_is_asked_who_and_how_only(brain: LocalBrain) -> None:
    """A café reporting a broken machine is asked its name and a channel, then no sales
    questions (no pain points, no site count)."""
    messages = [
        "we run a cafe in boise and our lumen 2-group we bought from you stopped heating",
        "its priya",
        "priya@boisebeans.com",
    ]
    state, _, _ = await play(brain, messages)
    assert state.collected.get("name") == "Priya"
    assert state.collected.get("email") == "priya@boisebeans.com"
    assert state.asking is None


async def test_who_to_call_gets_the_sales_contact(brain: LocalBrain) -> None:
    """ "just tell me who to call" is answered with the sales contact, not the next field."""
    facts = Facts(sales_contact="+1 503 555 0142 or sales@copperline.coffee")
    _, replies, retrieved = await play(brain, ["just tell me who to call"], facts)
    assert "+1 503 555 0142" in replies[-1]
    assert not retrieved[-1]


async def test_a_request_for_our_details_is_no_handoff(brain: LocalBrain) -> None:
    """ "pls send the sales phone # and email" gets our contact, not a request for theirs."""
    facts = Facts(sales_contact="+1 503 555 0142 or sales@copperline.coffee")
    _, replies, _ = await play(brain, ["pls send the sales phone # and email"], facts)
    assert "sales@copperline.coffee" in replies[-1]
    assert "best number to reach you" not in replies[-1]


def test_phone_is_optional_only_beside_an_email() -> None:
    """The phone asked of a visitor who gave no email is not worded as optional."""
    state = ConversationState(turns=2)
    reply = compose(Plan(ask="phone", ask_count=1), state, None, None, Facts())
    assert "optional" not in reply.lower()
    state.collected["email"] = "jo@x.com"
    options = {
        compose(
            Plan(ask="phone", ask_count=1),
            state.model_copy(update={"turns": t}),
            None,
            None,
            Facts(),
        )
        for t in range(3)
    }
    assert any("optional" in o.lower() for o in options)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Who handles that?", "contact"),
        ("whats the number again", "contact"),
        ("who will call me?", "who"),
        ("who handles the roasting?", None),
    ],
)
def test_questions_for_our_contact(text: str, topic: str | None) -> None:
    """Asking whom to call or who handles a problem is about our contact; who roasts is not."""
    assert meta_question(text)[0] == topic
