"""Young visitors typing internet slang (set AJ): a coffee business running now (by its tenure
or its several sites) that opens a further venue stays a running business; a call proposed
after a go-ahead word ("ok call me pls", "ok lets do a call") or a showroom tasting asked with
the contact details hands off; a visitor's own monthly rate priced ("if we do 60 lb a month
how much is that") is their volume; a pain is stored without emoji and interjections; a fan
of someone else's café dropping by to look around is a casual browser."""

from __future__ import annotations

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import pain_points, volume
from shared.conversation.kinds import CustomerType
from shared.understanding.quotes import asks_visit
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import CASUAL, EXISTING, NEW, play, read_text


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("we run 4 coffee shops in tacoma and open number 5 in march", EXISTING),
        (
            "we've been running an espresso cart for 3 yrs, opening a proper shop next fall",
            EXISTING,
        ),
        ("i manage two cafés downtown, we're opening another location after easter", EXISTING),
        # negatives: only opening, a business closed, one of the visitor's own, another trade
        ("we're opening a coffee shop next fall", NEW),
        ("we ran a coffee cart for 3 years but sold it last year, opening a cafe in march", NEW),
        ("i used to run an espresso cart, now opening a cafe in june", NEW),
        ("i manage 3 cafes for a chain and i'm opening my own in june", NEW),
        ("me and my partner are planning 3 cafes in boise, opening the first one next summer", NEW),
        ("we've run a taco truck for 3 years and are opening a cafe in may", NEW),
    ],
)
def test_a_running_coffee_business_opening_another_venue_stays_existing(
    message: str, kind: CustomerType
) -> None:
    """A coffee business presented by its tenure or several sites that opens a further venue
    is existing; an opening alone, a closed business, an opening of one's own apart from the
    business managed, or another trade's tenure stay new."""
    assert visitor_type(read_text(message)) is kind


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("ok call me pls, number is 206-555-0188. Rae Kim, rae@kimcoffee.com", True),
        ("k call me tmrw", True),
        ("ok lets do a call. Rae Kim, rae@kimcoffee.com, 206-555-0188", True),
        ("alright let's hop on a quick call next week", True),
        # negatives: a name given, a call with someone else, a call on an event, a question
        ("so call me Rae", False),
        ("ok lets do a call with our landlord first", False),
        ("ok call me when it ships", False),
        ("ok so call me maybe? lol", False),
    ],
)
def test_a_call_proposed_after_a_go_ahead_word_asks_for_a_person(message: str, asks: bool) -> None:
    """A call asked after "ok"/"k"/"alright" or proposed with "let's do a call" asks for a
    person; a name, a call with another party or one tied to an event does not."""
    assert signals.asks_for_person(read_text(message)) is asks


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("can we come taste stuff at the showroom?", True),
        ("could i check out the showroom on friday", True),
        ("can we taste the espresso at home", False),
        ("can i taste the coffee before buying", False),
    ],
)
def test_a_tasting_at_the_showroom_is_a_visit(message: str, asks: bool) -> None:
    """Tasting or checking out at the showroom or roastery asks a visit; tasting elsewhere not."""
    assert asks_visit(read_text(message)) is asks


async def test_a_showroom_tasting_with_the_contact_hands_off(brain: LocalBrain) -> None:
    """Played through, a new café asking to come taste at the showroom with its name, email
    and phone hands the lead to sales with the details stored."""
    state = await play(
        brain,
        [
            "we're opening a tea and pour-over bar in boise in 2 months",
            "can we come taste stuff at the showroom nxt week? Mara Lind, mara@lindpour.com, "
            "208-555-0131",
        ],
    )
    assert state.handoff
    assert state.collected.get("email") == "mara@lindpour.com"


async def test_ok_lets_do_a_call_with_the_contact_hands_off(brain: LocalBrain) -> None:
    """Played through, "ok lets do a call" with the contact details hands off by phone."""
    state = await play(
        brain,
        [
            "opening a cafe in tacoma end of summer",
            "ok lets do a call. Rae Kim, rae@kimcoffee.com, 253-555-0188",
        ],
    )
    assert state.handoff


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("and if we do 40 lb a month how much is that", "40 lb a month"),
        ("if we go through 25 lbs a week what would it cost", "25 lbs a week"),
        # negatives: a change weighed, a discount asked, no pricing
        ("if we bump up to 100 lb a month do we get the discount", None),
        ("if we do 60 lb a month do we get the discount", None),
    ],
)
def test_a_visitors_own_rate_priced_is_their_volume(message: str, stored: str | None) -> None:
    """A rate the visitor does ("if we do N lb a month") asked the cost of is their volume; a
    change weighed or an eligibility asked under "if" states none."""
    assert volume(read_text(message), False) == stored


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        (
            "ngl our supplier's beans show up stale af, taste like cardboard 😤 we have 2 "
            "cafés in tacoma",
            "our supplier's beans show up stale, taste like cardboard",
        ),
        ("tbh our grinder keeps jamming lol", "our grinder keeps jamming"),
        # negative: a word holding "af" or an interjection's letters stays whole
        ("deliveries from afar are always late", "deliveries from afar are always late"),
    ],
)
def test_a_pain_is_stored_without_emoji_and_interjections(message: str, stored: str) -> None:
    """The pain clause is stored without the emoji that ends it, the statement after it, the
    chat interjections or "af"; words merely containing those letters are kept."""
    assert pain_points(read_text(message), False) == stored


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("haha my cousin works at a cafe that uses your beans, who roasts them", CASUAL),
        ("can i swing by the roastery on friday to look around", CASUAL),
        # negatives: a business stated beside the same words
        ("we run 2 cafes, can we stop by the showroom to look around", EXISTING),
        ("my sister works at a bakery, we want to open a cafe", NEW),
    ],
)
def test_a_fan_dropping_by_is_a_casual_browser(message: str, kind: CustomerType) -> None:
    """Someone else's café named as a friend's workplace, or a drop-in to look around, is a
    casual browser; a business said beside them keeps its type."""
    assert visitor_type(read_text(message)) is kind


async def test_a_fan_is_not_asked_their_name(brain: LocalBrain) -> None:
    """Played through, a fan asking about the founders and a Saturday drop-in, then where the
    roastery is, is a casual browser and is never asked for a name."""
    state = await play(
        brain,
        [
            "lol my buddy works at a cafe that uses ur coffee. who started copperline",
            "can i pop by the roastery on sunday to look around? im in portland",
            "where is it exactly",
        ],
    )
    assert state.customer_type is CASUAL
    assert state.asking != "name"
