"""The failure classes of a third author's held-out set (names, corrections, type, privacy,
needs, stage), each rule with cases it records and one it must not, through the real reader."""

from __future__ import annotations

from datetime import UTC, date, datetime

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import support
from shared.conversation.machine import advance
from shared.conversation.replies import compose, first_name, when
from shared.conversation.signals import flags
from shared.conversation.state import ConversationState
from shared.understanding.corrections import is_correction
from shared.understanding.entities.contact_names import name_beside_contact
from shared.understanding.entities.names import find_name, respelled
from shared.understanding.entities.quantities import find_volume
from shared.understanding.entities.timeline import find_timeline, read_timeline
from shared.understanding.gloss import english_reading
from shared.understanding.privacy import accepts_erasure
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import CASUAL, EXISTING, NEW

TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, tzinfo=UTC)


def test_a_bakery_or_restaurant_starting_espresso_is_new() -> None:
    """A bakery or restaurant adding or offering espresso is a new coffee programme, in English
    or in a German gloss."""
    bakery = "we're a bakery in sacramento, adding an espresso bar to the counter"
    assert visitor_type(bakery) is NEW
    assert visitor_type("we own a restaurant and want to start serving espresso") is NEW
    assert visitor_type("my bakery is adding a coffee counter next month") is NEW
    german = "wir haben ein Restaurant in Seattle und möchten Espresso anbieten"
    assert visitor_type(english_reading(german, "de")) is NEW
    spanish = "tenemos un restaurante en San Diego y queremos ofrecer espresso"
    assert visitor_type(english_reading(spanish, "es")) is NEW
    french = "nous avons une boulangerie à Montréal et nous voulons ajouter un bar à espresso"
    assert visitor_type(english_reading(french, "fr")) is NEW
    assert (
        visitor_type(english_reading("tenemos una cafetería y queremos ofrecer cold brew", "es"))
        is EXISTING
    )


def test_a_bakery_or_restaurant_that_serves_coffee_or_shows_tenure_stays_existing() -> None:
    """Coffee served already, tenure, several sites, or a café saying it offers more keep a
    business existing."""
    assert visitor_type("our bakery already serves drip, adding espresso") is EXISTING
    assert visitor_type("we run a restaurant, open 12 years, adding espresso") is EXISTING
    assert visitor_type("we have 3 restaurants and want to add espresso") is EXISTING
    assert visitor_type("we have a cafe and would like to offer cold brew") is EXISTING
    assert visitor_type("we run a diner and want to add espresso") is EXISTING


def test_coursework_named_by_its_school_is_a_casual_browser() -> None:
    """A uni project or a college paper is a casual browser; a café near a university is not."""
    assert visitor_type("hi, im doing a uni project on sustainable coffee companies") is CASUAL
    assert visitor_type("writing a college paper about fair trade coffee") is CASUAL
    assert visitor_type("for my university presentation on roasters, how do you source?") is CASUAL
    assert visitor_type("we are opening a cafe near the university") is NEW


def test_a_date_taken_back_is_not_the_timeline() -> None:
    """A negated month ("not march") never wins over the one that replaces it."""
    assert find_timeline("sorry not march, april. the counter rebuild got pushed") == "april."
    assert find_timeline("make that september, not august") == "september"
    assert find_timeline("not in march anymore, more like late april") == "like late april"
    assert find_timeline("we want the bar open in march") == "in march"


def test_may_chosen_in_a_correction_is_a_month_the_modal_verb_is_not() -> None:
    """ "go with may" and "realistically may." name the month; "with may i ask" does not."""
    said = "lol actually contractor just texted, realistically may. go with may"
    assert read_timeline(said, TODAY) == "may"
    assert find_timeline("with may i ask the price") is None
    assert find_timeline("it may be ready in march") == "in march"


def test_an_initial_and_a_surname_answer_the_name_question() -> None:
    """ "ok. j. okonkwo" asked is a name; an initial before an ordinary word is not."""
    assert find_name("ok. j. okonkwo", asked=True, missing=True) == "J. Okonkwo"
    assert find_name("J Okonkwo", asked=True, missing=True) == "J. Okonkwo"
    assert find_name("k. thanks", asked=True, missing=True) is None
    assert find_name("ok. j. okonkwo", asked=False) is None


def test_a_name_before_the_visitors_role_is_a_name() -> None:
    """ "Hi, Owen Price, ops lead at ..." names Owen Price (a surname that is also a word
    included); a business before a role is no name."""
    opening = "Hi, Owen Price, ops lead at Lantern Coffee. We have 6 shops across Vancouver BC"
    assert find_name(opening, asked=False) == "Owen Price"
    assert find_name("Hey, Sam Kim - GM at Brew Bros", asked=False) == "Sam Kim"
    assert find_name("Owen Price (ops lead, Lantern Coffee). 6 shops", asked=False) == "Owen Price"
    assert find_name("Hello - Marcus Bell, co-owner of Bell Bakery", asked=False) == "Marcus Bell"
    assert find_name("Hello, Lantern Coffee, ops lead here", asked=False) is None
    assert find_name("Tacoma, owner of 3 cafes", asked=False) is None
    assert (
        find_name("Hi — ops manager for Ferry Street Coffee, we have 5 shops", asked=False) is None
    )


def test_a_name_the_visitors_address_spells_stands_before_the_contact() -> None:
    """ "Ama Boateng, ama@..." is a name though "ama" is a dictionary word; a business the
    address does not spell stays unnamed."""
    line = "Ama Boateng, ama@littlefern.coffee, 253-555-0170. we just need the swap handled"
    assert name_beside_contact(line, "ama@littlefern.coffee") == "Ama Boateng"
    assert name_beside_contact("Blue Door, bluedoor@x.com", "bluedoor@x.com") is None


def test_a_respelled_first_name_is_a_correction_that_keeps_the_surname() -> None:
    """ "it's John with an h, autocorrect" corrects "Jon Whitaker" to "John Whitaker"; another
    name replaces it whole, and "with a view" corrects nothing."""
    assert is_correction("and it's John with an h, autocorrect. email is right tho")
    assert is_correction("its Sara without the h")
    assert not is_correction("a counter with a view of the street")
    assert respelled("Jon Whitaker", "John") == "John Whitaker"
    assert respelled("Jon Whitaker", "Maria") == "Maria"
    assert respelled("Caitlyn Moore", "Katelyn") == "Katelyn Moore"
    assert respelled("Kim Tran", "Tom") == "Tom"
    assert respelled(None, "John") == "John"


def test_a_custom_blend_and_an_order_swap_are_support_needs() -> None:
    """The custom blend leads the needs stated with training, a swap to handle is a need, and
    "return customers" or "in return" are none."""
    blend = support(
        "We'd need the custom blend plus someone to train staff at all three places.", False
    )
    assert blend is not None
    assert "custom blend" in blend
    assert "train" in blend
    swap = support("we just need the swap handled and the box picked up", False)
    assert swap is not None
    assert "swap" in swap
    assert support("we get lots of return customers", False) is None
    assert support("in return we get loyal folks", False) is None


def test_hundreds_in_words_are_a_volume() -> None:
    """ "couple hundred cups a day" and "two hundred drinks a day" are volumes, stored with the
    figure; "hundred" with no unit and period is none."""
    assert find_volume("the name's Ben. couple hundred cups a day hopefully", False) == (
        "about 200 cups a day"
    )
    assert find_volume("two hundred drinks a day", False) == "200 drinks a day"
    assert find_volume("a few hundred lbs a month", False) == "a few hundred lbs a month"
    assert find_volume("we have a couple hundred ideas", False) is None


def test_thanks_accepts_an_erasure_but_a_no_does_not() -> None:
    """ "thanks. can i still ask ..." and "please do" accept the erasure offered; "thanks but
    no" and "no thanks" do not."""
    assert accepts_erasure("thanks. can i still ask how much the pico is without giving details?")
    assert accepts_erasure("please do")
    assert accepts_erasure("just do it already, whats the pico price")
    assert not accepts_erasure("thanks but no, keep them")
    assert not accepts_erasure("no thanks")


async def test_an_erasure_accepted_with_thanks_erases_and_answers_the_question() -> None:
    """A new café owner who asks to delete everything has it erased on that turn; thanking the
    bot after it ends with nothing held, no contact asked, and the question beside the thanks
    answered."""
    brain, state = LocalBrain(), ConversationState()
    messages = [
        "hi, opening a small café in boise in the spring, need a machine + grinder",
        "Olivia Brandt, olivia.brandt@gmail.com, 208 555 0133",
        "please delete my info, number email all of it. i don't want sales calling me",
    ]
    for message in messages:
        heard = await brain.understand(message, state)
        state, plan = advance(state, heard, NOW)
    assert plan.erased
    question = "thanks. can i still ask how much the pico is without giving details?"
    state, plan = advance(state, await brain.understand(question, state), NOW)
    reply = compose(plan, state, None, "The Pico 1-Group is $3,900.")
    # what was given is gone; the item asked about after the erasure is kept as interest
    assert not {"name", "email", "phone"} & set(state.collected)
    assert state.asking is None
    assert reply.endswith("The Pico 1-Group is $3,900.")


def test_asking_how_the_company_buys_is_no_purchase() -> None:
    """ "do you buy from farms directly?" asks about sourcing; "can i buy a bag?" is a purchase."""
    assert not flags("do you buy from farms directly or through importers?")["buy"]
    assert not flags("do you buy your beans directly from farmers")["buy"]
    assert flags("can i buy a bag of foundry?")["buy"]
    assert flags("can we buy from you directly")["buy"]


def test_an_opening_from_a_month_is_said_back_without_in() -> None:
    """ "from January" (a German "ab Januar") is said back as "from January", not "in from"."""
    assert when("from January") == "from January"
    assert when("march") == "in March"


def test_a_name_opening_with_an_initial_is_greeted_whole() -> None:
    """ "J. Okonkwo" is greeted as "J. Okonkwo", "Owen Price" as "Owen"."""
    assert first_name(ConversationState(collected={"name": "J. Okonkwo"})) == "J. Okonkwo"
    assert first_name(ConversationState(collected={"name": "Owen Price"})) == "Owen"
