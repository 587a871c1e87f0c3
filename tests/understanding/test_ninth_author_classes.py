"""The field classes of a ninth author's held-out set (long packed messages in British, Irish
and Australian English): names after a greeting with its addressee, gear described rather than
named, tastes kept away from, pains beside questions, days of a relative month, a read-back
question and an erasure accepted with a courtesy; each with phrasings of our own and a case
the rule must not take, through the real reader."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, pain_points, preferences
from shared.conversation.machine import advance
from shared.conversation.read_back import masked
from shared.conversation.replies import compose
from shared.conversation.state import ConversationState
from shared.understanding.entities.contact_names import name_before_contact
from shared.understanding.entities.names import find_name
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.gloss import english_reading
from shared.understanding.privacy import accepts_erasure, asks_erasure, asks_what_is_held
from shared.understanding.questions import is_question

TODAY = date(2026, 12, 5)
NOW = datetime(2026, 12, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hey guys, Tamsin from Wattle Street Kitchen here in Perth, we cater", "Tamsin"),
        ("Hi all, Declan from Kettle & Crumb, two sites in Cork", "Declan"),
        (
            "Evening, Rhiannon Price, operations director at Hearth Bakeries. We run",
            "Rhiannon Price",
        ),
        ("g'day mate - Lachlan from Outback Coffee Co", "Lachlan"),
        ("Hi there, Lantern Coffee from Boise here, we need beans", None),
        ("Hillary Jones, owner of Bean Co", "Hillary Jones"),
    ],
)
def test_a_name_after_a_greeting_with_its_addressee(text: str, expected: str | None) -> None:
    """A greeting naming whom it greets ("hey guys,", "Hi all,", "Evening,") still lets the name
    after it be read; a business after the greeting is no person, and a name starting like a
    greeting ("Hillary") is not cut."""
    assert find_name(text, asked=False, missing=True) == expected


def test_a_first_word_the_address_spells_opens_a_name() -> None:
    """A first word the visitor's own address spells, before a surname no dictionary lists, is
    a name ("raj okonjo, raj@..."); a desk before an ordinary word is none."""
    assert name_before_contact("raj okonjo, raj@millhouse.com", address="raj@millhouse.com") == (
        "Raj Okonjo"
    )
    assert name_before_contact("accounts payable, accounts@x.com", address="accounts@x.com") is None


@pytest.mark.parametrize(
    ("text", "english", "expected"),
    [
        ("soy Marisol Vega, 210-555-0100", False, "Marisol Vega"),
        ("je suis Camille Roux, joignable au 514 555 0100", False, "Camille Roux"),
        ("sono contento del servizio", False, None),
    ],
)
def test_an_introduction_in_another_language(
    text: str, english: bool, expected: str | None
) -> None:
    """In another language an introduction counts before a known first name only."""
    assert find_name(text, asked=False, missing=True, english=english) == expected


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        ("the kiosk has no three-phase, we need a machine that works off a regular plug", "Pico"),
        ("we want an espresso machine that plugs into a normal wall socket", "Pico"),
        ("our van only has normal outlets so keep that in mind for the machine", "Pico"),
        ("we would upgrade to your three group if the price is right", "3-Group"),
        ("head office says two-group machine as a minimum", "2-group"),
        ("batch brewer + a water filter, no espresso for now", "batch brewer"),
    ],
)
def test_gear_told_by_description(text: str, contains: str) -> None:
    """Gear described is stored as sales reads it: a machine by the power it must run on is the
    catalog's one machine on an ordinary outlet, "your three group" is ours, a group count in
    words is written in digits, and a message opening with an item lists what is wanted."""
    found = equipment(text, False)
    assert found is not None
    assert contains.lower() in found.lower()


def test_a_named_machine_stays_beside_a_power_need() -> None:
    """A machine named by product beside a power need is kept (the visitor may weigh it), and a
    question about a machine's power states no need."""
    kept = equipment("we like the Lumen 2-Group but it must run on normal power", False)
    assert kept is not None
    assert "Lumen 2-Group" in kept
    assert "Pico" not in (equipment("does the lumen run on a normal plug?", False) or "")


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        ("Nothing too strong please, half our regulars are pensioners", "nothing too strong"),
        ("punters keep asking us for iced coffee in summer", "iced coffee"),
    ],
)
def test_tastes_kept_away_from_and_asked_for(text: str, contains: str) -> None:
    """A taste kept away from ("nothing too strong") and what the visitor's customers ask for
    are coffee preferences."""
    found = preferences(text, False)
    assert found is not None
    assert contains in found.lower()


def test_an_order_gone_wrong_is_a_pain_and_no_taste() -> None:
    """A wrong delivery is a pain point, and the coffees it names are no preference."""
    text = "the order turned up today and instead of Riverbend we got ten bags of Sunrise"
    assert "Sunrise" in (pain_points(text, False) or "")
    assert preferences(text, False) is None


def test_a_question_beside_a_pain_is_no_pain() -> None:
    """A sentence asking for advice is no pain point, whatever words it holds."""
    assert pain_points("How would a cook with no training manage it?", True) is None


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("our worst problem is breakdowns, when the grinder jams we lose the rush", False),
        ("we were sent the decaf, which is no good to us", False),
        ("lovely, when does it ship", True),
        ("cheers, which is quieter", True),
        ("and if we doubled the order would that be cheaper", True),
    ],
)
def test_a_clause_that_tells_is_no_question(text: str, question: bool) -> None:
    """A clause after a comma opening with "when a ..." or "which is no ..." tells; one opening
    with a question word and an auxiliary asks, and so does a hypothetical led by a joiner."""
    assert is_question(text) is question


@pytest.mark.parametrize(
    ("text", "contains"),
    [
        ("we hope to open on Friday the 9th of next month", "9th of next month"),
        ("push it back to the beginning of next month", "beginning of next month"),
    ],
)
def test_a_day_of_a_relative_month_is_kept(text: str, contains: str) -> None:
    """The day or part of a month named relative to now is kept with it."""
    assert contains in (read_timeline(text, TODAY, asked=True) or "")


def test_a_single_shop_in_spanish() -> None:
    """ "una sola tienda" reads as a single shop."""
    assert "a single shop" in english_reading("tenemos una sola tienda", "es", None)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("hang on, what info have you kept on me?", True),
        ("what do you know about us so far", True),
        ("what have you noted down", True),
        ("what do you have for a small kiosk?", False),
        ("what information do you have on the pico", False),
    ],
)
def test_a_read_back_question(text: str, held: bool) -> None:
    """Asking what is held is a read-back and no erasure; a question about products is none."""
    assert asks_what_is_held(text) is held
    assert not asks_erasure(text)


def test_a_courtesy_no_accepts_the_erasure() -> None:
    """ "no worries" or "no hard feelings" after "Shall I erase ...?" refuses nothing; "thanks
    but no" does."""
    assert accepts_erasure("Thanks, no worries at all")
    assert not accepts_erasure("thanks but no")


def test_masked_contact_details() -> None:
    """The read-back never shows a full email or phone number."""
    assert masked("email", "maeve@harbourbakes.ie") == "m***@harbourbakes.ie"
    assert masked("phone", "+14155550123") == "a number ending in 0123"


async def test_a_read_back_lists_masked_details_and_offers_erasure(brain: LocalBrain) -> None:
    """ "what have you got on me?" lists what is held, masked, offers the erasure and erases
    nothing; a yes then erases."""
    state = ConversationState()
    for message in ("we run a cafe in Tacoma, 2 sites", "Maeve Doyle, maeve@tidecafe.com"):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    state, plan = advance(state, await brain.understand("what have you got on me?", state), NOW)
    reply = compose(plan, state, None)
    assert "m***@tidecafe.com" in reply
    assert "maeve@tidecafe.com" not in reply
    assert state.collected.get("email") == "maeve@tidecafe.com"
    state, plan = advance(state, await brain.understand("yes please", state), NOW)
    assert plan.erased
    assert not state.collected


async def test_a_read_back_then_going_on_erases_nothing(brain: LocalBrain) -> None:
    """After the read-back's offer, a message that neither accepts nor refuses goes on with
    every detail kept and no second offer."""
    state = ConversationState()
    for message in ("we run a cafe in Tacoma, 2 sites", "what have you saved about me"):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    state, plan = advance(state, await brain.understand("how long is delivery?", state), NOW)
    assert not plan.privacy_confirm
    assert state.collected.get("locations") == 2


async def test_details_after_a_read_back_accept_no_erasure(brain: LocalBrain) -> None:
    """A message going on with details after the read-back's offer ("right, and we open in
    June") accepts nothing: every detail is kept, the new one too."""
    state = ConversationState()
    for message in ("opening a cafe in Boise, about 150 cups a day", "what have you noted?"):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    state, plan = advance(state, await brain.understand("right, and we open in June", state), NOW)
    assert not plan.erased
    assert "opening_timeline" in state.collected
    assert "expected_volume" in state.collected


async def test_a_read_back_keeps_a_contact_given_beside_it(brain: LocalBrain) -> None:
    """A contact given in the read-back question is stored and listed, masked."""
    state = ConversationState()
    state, _ = advance(state, await brain.understand("opening a cafe in Boise", state), NOW)
    asked = "read that back to me please, and my number is 208 555 0147"
    state, plan = advance(state, await brain.understand(asked, state), NOW)
    assert state.collected.get("phone") == "+12085550147"
    assert "ending in 0147" in compose(plan, state, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok ditch the lumen, we'll have the pico", "the pico"),
        ("was after the 2 group but forget that, the pico will do", "the pico"),
    ],
)
def test_a_machine_given_up_for_another(text: str, expected: str) -> None:
    """A machine scrapped, ditched or forgotten for another leaves only the later choice."""
    assert equipment(text, False) == expected
