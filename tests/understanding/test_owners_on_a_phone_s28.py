"""Owners typing on a phone between customers (set AF): a request to proceed written after the
contact details without a sentence of its own ("... 514 555 0158 call me about a quote", "...
0186 go ahead and set it up", "..., book me a showroom visit", "..., quote for the filter pls")
is a handoff; a count repaired in the same breath ("3 shops wait no 4 of them") and a phone's
last digits retyped after it ("... 0121 wait no 0124") store the repaired value; a site wished
for is not run, one venue told with its age is one site, and a pain told before a run-on
question is stored; a phone broken off at a message's end is finished by the next."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, pain_points, preferences
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState
from shared.understanding.corrections import corrected_count, corrected_tails, repaired_phone
from shared.understanding.entities.quantities import find_locations
from shared.understanding.quotes import asks_quote


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
    """ "call me" told as a permission, declined, as a name or of someone else is no request."""
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
    """ "2 carts wait no 3 of them" repairs the count of carts the message gave: 3."""
    text = "we have 2 carts in tacoma wait no 3 of them since june, whats the pico warranty"
    repaired = [corrected_count(tail, {"locations": 2}) for tail in corrected_tails(text)]
    assert {"locations": 3} in repaired


def test_of_them_saying_more_is_no_repair() -> None:
    """ "sorry, 2 of them are closed" after 3 shops says something of two shops, it does not
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


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("we run a food truck in boise 2 summers now, want a 2nd truck next year", 1),
        ("looking to add a third shop in the spring, whats the lumen 3 group", 2),
        ("we have a little cafe in tucson open like 5 yrs, do you ship there", 1),
        ("i own a bakery, been open 3 years", 1),
    ],
)
def test_sites_wished_for_or_one_told_with_its_age(text: str, sites: int) -> None:
    """A site wished for ("want a 2nd truck") is not yet run; one venue told with how long it
    has been open is the one site."""
    assert find_locations(text, False) == sites


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("we hired 4 baristas for our second location", 2),
        ("opening a second cafe in may", 2),
        ("we have a cafe in portland open 3 years and two more in seattle", None),
        ("we have a cafe in the mall", None),
        ("we want a second opinion on grinders", None),
    ],
)
def test_sites_run_or_unsaid_stay_as_they_were(text: str, sites: int | None) -> None:
    """An ordinal site run or being opened still counts it; a venue beside more sites, or told
    without its age, or a second of something else, counts nothing."""
    assert find_locations(text, False) == sites


async def test_a_pain_told_before_a_run_on_question_is_stored(brain: LocalBrain) -> None:
    """A pain told before the comma a question starts at is read though the message asks."""
    text = "water here is so hard, the tech found scale in the boiler, how much is the clarity"
    heard = await brain.understand(text, ConversationState())
    assert "scale in the boiler" in str(heard.fields.get("pain_points"))


@pytest.mark.parametrize(
    "text",
    [
        "we want to scale up to more sites, what does the multi-site plan cost",
        "is the scale on the atlas 75 accurate enough for espresso?",
    ],
)
def test_scale_of_a_business_or_a_weighing_scale_is_no_pain(text: str) -> None:
    """Growing a business or a grinder's scale is no scale in the gear."""
    assert pain_points(text, False) is None


async def test_a_phone_broken_off_is_finished_by_the_next_message(brain: LocalBrain) -> None:
    """ "my cell is 306 555" waits in the state; "0155 sorry" opening the next message ends it."""
    heard = await brain.understand("kim lee kim@cup.ca my cell is 306 555", ConversationState())
    assert heard.phone_start == "306555"
    assert "phone" not in heard.fields
    state, _ = advance(ConversationState(), heard, datetime(2026, 12, 7, tzinfo=UTC))
    finished = await brain.understand("0155 sorry. send me a quote for the pico", state)
    assert finished.fields.get("phone") == "+13065550155"


@pytest.mark.parametrize("text", ["0155 lbs a month is what we use", "ok and the pico price"])
async def test_a_next_message_that_finishes_no_phone_leaves_it(
    brain: LocalBrain, text: str
) -> None:
    """A figure with its unit, or no digits at all, opening the next message is no phone."""
    state = ConversationState(phone_start="306555")
    heard = await brain.understand(text, state)
    assert "phone" not in heard.fields


@pytest.mark.parametrize(
    "text",
    [
        "also the roast date on the decaf says 6 weeks ago, i thought u roast fresh",
        "order came tuesday. roasting date on two bags is from october",
    ],
)
def test_a_bag_s_roast_date_is_no_taste(text: str) -> None:
    """A delivered bag's roast date, or the roasting said fresh, tells no coffee wanted."""
    assert preferences(text, False) is None


def test_a_taste_beside_how_we_roast_is_kept() -> None:
    """The taste said beside a remark on roasting to order is still stored."""
    found = preferences("i thought you roast to order, we want the foundry dark", False)
    assert "foundry dark" in str(found)


def test_gear_told_as_still_running_in_a_run_on_is_not_wanted() -> None:
    """In a run-on, the machine "still works but its tired" is theirs; the one traded up to
    is the need."""
    text = "2 shops, grinder still works but its tired what would a trade in get on an atlas 75"
    assert equipment(text, False) == "an atlas 75"


def test_still_said_of_something_else_keeps_the_gear() -> None:
    """ "still" about the budget or a price keeps the gear wanted."""
    assert equipment("we need a grinder, still working on the budget", False) == "a grinder"


async def test_a_pain_supposed_before_a_question_is_not_stored(brain: LocalBrain) -> None:
    """ "if the grinder dies on a sunday, ..." supposes the fault: the question is asked and
    no pain stored."""
    text = "if the grinder dies on a sunday morning, who do we call for a repair"
    heard = await brain.understand(text, ConversationState())
    assert "pain_points" not in heard.fields
