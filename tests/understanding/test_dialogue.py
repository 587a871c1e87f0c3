"""Visitor type, stage and what the reply does, through the real brain, machine and replies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.replies import Facts, compose
from shared.conversation.signals import HUMAN_RE, contact_channel, is_question
from shared.conversation.state import ConversationState, CustomerType, Stage
from shared.understanding.closings import thanks_at_end
from shared.understanding.fuzzy import normalise
from shared.understanding.support_issues import detect
from shared.understanding.visitor import venue_of, visitor_type
from tests.understanding.playing import CASUAL, EXISTING, NEW

NOW = datetime(2026, 12, 4, tzinfo=UTC)


async def play(
    brain: LocalBrain, messages: list[str], facts: Facts | None = None
) -> tuple[ConversationState, list[str], list[bool]]:
    """Every message through brain, machine and reply writer: the final state, the replies and
    whether each message was sent to the knowledge base."""
    state = ConversationState()
    replies: list[str] = []
    retrieved: list[bool] = []
    for message in messages:
        heard = await brain.understand(message, state)
        retrieved.append(heard.retrieve)
        state, plan = advance(state, heard, NOW)
        answer = "ANSWER." if heard.retrieve else None
        replies.append(compose(plan, state, replies[-1] if replies else None, answer, facts))
    return state, replies, retrieved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we already have a cafe in bend and we're opening a second one in september", EXISTING),
        ("i own a coffee shop, been open 4 years. opening a 2nd spot in october", EXISTING),
        ("we have 2 boba tea shops since 2019, we think to add espresso drinks", EXISTING),
        ("since 2015 we have in texas a german bakery with cafe", EXISTING),
        ("i am owner of a pho restaurant in houston, already 11 years", EXISTING),
        ("i own a used bookstore and i'm putting a little coffee counter in the back", NEW),
        ("thinking about running a little coffee cart at the farmers markets", NEW),
        ("sorry if this is dumb, i don't have a cafe or anything, i work at a bank", CASUAL),
        ("someday like 5 years from now i'd love to open one", CASUAL),
        ("i am a master student doing my dissertation on coffee supply chains", CASUAL),
        ("do you have a shop i can walk into? i live a few blocks away", CASUAL),
        ("how much is the pico?", None),
    ],
)
def test_visitor_type_by_what_they_say(text: str, expected: CustomerType | None) -> None:
    """Expansion of a running food business is existing, a coffee counter added elsewhere is
    new, and a visitor with no business (said, dreamt, studied, a neighbour) is a browser."""
    assert visitor_type(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("donut shop in spokane, 11 yrs open. we just do drip", EXISTING),
        ("we've got a 2-group machine from 2016 but we've outgrown it", EXISTING),
        ("we've been ordering beans from you since spring", EXISTING),
        ("our lumen 3 is leaking water under the drip tray", EXISTING),
        ("three years in business and the grinder is slow", EXISTING),
        ("we've been open over 5 years", EXISTING),
        ("hey our pico won't turn on at all", EXISTING),  # any machine of the catalog
        ("we're opening a cafe in may, our lumen will arrive in april", NEW),
        ("i've been buying your beans for my home for years", CustomerType.CASUAL_BROWSER),
        ("writing a paper for my supply chain class on direct trade", CustomerType.CASUAL_BROWSER),
    ],
)
def test_a_running_business_is_existing_by_tenure_custom_or_equipment(
    text: str, expected: CustomerType
) -> None:
    """Years open, ordering from us already, or café equipment run now make an existing
    business; a new café's future machine, a home buyer's orders and coursework do not."""
    assert visitor_type(normalise(text)) is expected


def test_venue_named_is_the_one_opened() -> None:
    """The greeting names the venue: an office as such, the coffee bar a hotel adds."""
    assert venue_of("i manage an office of about 60 people", EXISTING) == "office"
    text = "f&b manager at a hotel. we're adding a lobby coffee bar, opening in may"
    assert venue_of(text, NEW) == "coffee bar"


async def test_office_question_is_answered_and_greeting_names_the_office(brain: LocalBrain) -> None:
    """An introduction with a question in a later clause is answered, and not as a café."""
    _, replies, retrieved = await play(
        brain, ["hi, I manage an office of about 60 people, do you supply offices?"]
    )
    assert retrieved == [True]
    assert "office" in replies[0]
    assert "café" not in replies[0]


async def test_business_type_is_kept_until_corrected(brain: LocalBrain) -> None:
    """ "my customers" said of a café being opened does not make it a running one."""
    state, _, _ = await play(
        brain, ["I am opening a coffee shop in Chula Vista", "my customers like it strong and dark"]
    )
    assert state.customer_type is NEW


async def test_browser_stays_exploring(brain: LocalBrain) -> None:
    """A home drinker asking about wholesale or cafés is still exploring."""
    state, _, _ = await play(
        brain, ["i just make coffee at home", "i'd love the wholesale price the cafes get, lol"]
    )
    assert (state.customer_type, state.stage) == (CASUAL, Stage.EXPLORING)


async def test_question_about_the_offer_is_no_business_context(brain: LocalBrain) -> None:
    """ "Do you sell pastries wholesale?" asks about the offer: the stage stays exploring."""
    state, _, _ = await play(brain, ["Do you sell pastries and croissants wholesale?"])
    assert state.stage is Stage.EXPLORING


async def test_price_said_in_passing_is_no_commitment(brain: LocalBrain) -> None:
    """A price paid for an old machine or another dealer's quote confirms no intent."""
    state, _, _ = await play(
        brain,
        ["we run one cafe in fresno", "I have a quote from another dealer. I paid $7,500 for it."],
    )
    assert state.stage is Stage.INTEREST_DETECTED


async def test_elliptical_follow_up_is_the_same_question(brain: LocalBrain) -> None:
    """ "and the atlas 64" after an answer asks its price; the product first asked about is
    recorded as interest, the elliptical follow-up adds nothing to the need."""
    state, _, retrieved = await play(
        brain,
        ["we're opening a cafe this year", "price of the atlas 75 grinder?", "and the atlas 64"],
    )
    assert retrieved == [False, True, True]
    assert state.collected.get("equipment_needs") == "Atlas 75"


async def test_email_refused_with_phone_given_sticks_to_phone(brain: LocalBrain) -> None:
    """Refusing an email after giving a phone is not answered with "a phone number works"."""
    _, replies, _ = await play(
        brain,
        [
            "we're opening a cafe in may",
            "I'm Gabe Moreno. Call me on 503-555-0171",
            "I won't give an email. Phone only.",
        ],
    )
    assert "stick to your phone" in replies[-1]


async def test_see_you_soon_closes(brain: LocalBrain) -> None:
    """ "Thanks, speak soon." ends politely instead of asking the next field."""
    state, replies, _ = await play(brain, ["we're opening a cafe in may", "Thanks, speak soon."])
    assert state.closed
    assert "?" not in replies[-1]


async def test_value_said_back_without_the_visitors_full_stop(brain: LocalBrain) -> None:
    """ "targeting June." is acknowledged as "June", not "June.,"."""
    _, replies, _ = await play(brain, ["Hi, I'm opening a café in Boise, targeting June."])
    assert "June.," not in replies[0]
    assert "June" in replies[0]


def test_conditional_question_opens_no_ticket() -> None:
    """ "and if the machine breaks do u have techs" asks about cover; nothing is broken."""
    text = "5-7 days is ok. and if the machine breaks do u have techs up here"
    assert detect(text, existing_customer=True) is None
    assert detect("our machine broke this morning", existing_customer=True) is not None


async def test_one_contact_field_erased_at_once(brain: LocalBrain) -> None:
    """ "please delete my phone number. Email only." removes the phone, keeps the email."""
    state, replies, _ = await play(
        brain,
        [
            "we're opening a cafe in may",
            "Aisha Bello, aisha@pearlpress.co, 503-555-0156",
            "Actually, please delete my phone number. I don't want calls. Email only.",
        ],
    )
    assert "phone" not in state.collected
    assert "phone" in state.refused
    assert state.collected["email"] == "aisha@pearlpress.co"
    assert "removed the phone number" in replies[-1]


async def test_erasure_asked_again_is_a_yes(brain: LocalBrain) -> None:
    """An erasure request repeated instead of a yes/no erases; something else asks again."""
    state, replies, _ = await play(
        brain,
        [
            "we run one cafe, tomasz@wirthcoffee.ca",
            "I want all of it deleted.",
            "I run it in Victoria.",
            "Delete all my details.",
        ],
    )
    assert "yes or no" in replies[2]
    assert state.collected == {}
    assert "removed" in replies[-1]


async def test_problem_report_is_not_a_sales_turn(brain: LocalBrain) -> None:
    """The turn that reports a late, damaged order asks no sales or welcome question."""
    state, replies, _ = await play(
        brain,
        ["Our order was supposed to arrive Tuesday. It's Friday and two bags arrived split open."],
    )
    assert state.support
    assert replies[0] == ""


async def test_call_requested_with_only_an_email_asks_the_number(brain: LocalBrain) -> None:
    """ "Book me a call" from a visitor who gave only an email asks for their number."""
    state, replies, _ = await play(
        brain, ["we run 5 cafes, mateo@drift.co", "Book me a call for Tuesday."]
    )
    assert state.asking == "phone"
    assert "email you" not in replies[-1]


def test_declined_channel_is_not_the_one_asked() -> None:
    """ "Send the quote to my email. No call needed." asks for email, not a call."""
    assert contact_channel("Send the formal quote to my email. No call needed.") == "email"
    assert contact_channel("no email, just call me") == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "ok this is gonna sound crazy but can i buy a lumen 2 group for my house lol",
        "hii what coffee would u recommend for my dad",
        "oh and are ur prices in usd or cad",
        "last one i promise, is the roastery solar powered or what",
        "just need prices. lumen 2 group, atlas 75, batch brewer. go",
    ],
)
def test_questions_without_a_question_mark(text: str) -> None:
    """Questions asked mid-sentence, after a greeting or an "oh and" are questions."""
    assert is_question(text)


def test_request_for_a_call_without_me() -> None:
    """ "pls get someone to call asap" asks for a person though it never says "me"."""
    assert HUMAN_RE.search("pls get someone to call asap we're on a clock here")
    assert not HUMAN_RE.search("we'd get someone to run the cart on weekends")


async def test_thanks_at_the_end_closes(brain: LocalBrain) -> None:
    """A message that ends on a short thanks and asks or gives nothing closes the chat."""
    state, replies, _ = await play(
        brain,
        [
            "cafe owner in austin, 1 shop",
            "alright good to know, ill bring it up w my business partner. thanks y'all",
        ],
    )
    assert state.closed
    assert "?" not in replies[-1]


WEB_SHOP = "Home customers are served by our web shop."


async def test_home_buyer_asking_to_buy_hears_of_the_web_shop(brain: LocalBrain) -> None:
    """A home visitor asking to buy is told the knowledge base's web shop sentence."""
    _, replies, _ = await play(
        brain, ["Can I buy your Riverbend coffee for my home?"], Facts(home_buyers=WEB_SHOP)
    )
    assert WEB_SHOP in replies[0]


async def test_business_asking_to_buy_hears_no_web_shop(brain: LocalBrain) -> None:
    """A café being opened that asks to buy a machine is not sent to the web shop."""
    _, replies, _ = await play(
        brain,
        ["we're opening a cafe in may", "can i buy the pico outright?"],
        Facts(home_buyers=WEB_SHOP),
    )
    assert WEB_SHOP not in replies[-1]


@pytest.mark.parametrize(
    "text", ["hw much is teh atlas 75 grinder", "wat time do u open", "wen can u deliver"]
)
def test_question_words_in_text_speak(text: str) -> None:
    """A question whose question word is text-speak ("hw", "wat", "wen") is still a question."""
    assert is_question(text)


def test_a_comma_clause_that_answers_is_no_question() -> None:
    """ "sure, do it" and "we open in june, so excited" ask nothing."""
    assert not is_question("sure, do it")
    assert not is_question("we open in june, so excited")


def test_short_thanks_first_closes() -> None:
    """ "thanks this was actually really helpful!" is a closing; a thanks before details is not."""
    assert thanks_at_end("thanks this was actually really helpful!")
    assert not thanks_at_end("thanks, we need 2 grinders and a 3 group for our new place soon")
    assert not thanks_at_end("so thats the 10% off then right")


async def test_volunteered_gear_is_no_commitment_but_an_account_is(brain: LocalBrain) -> None:
    """An existing café's gear in passing leaves it at interest; "set up an account" commits."""
    state, _, _ = await play(brain, ["own a cafe, 3 actually. my current machine is a 2-group"])
    assert state.stage is Stage.INTEREST_DETECTED
    state, _, _ = await play(brain, ["we got 2 coffee shops", "fine. i wanna set up an account."])
    assert state.stage is Stage.INTENT_CONFIRMED
