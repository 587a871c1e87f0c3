"""The field classes of a fifth author's held-out set (numbers in words and ranges, dates,
names, visitor type and changes of mind), each with phrasings of our own and a case the rule
must not take, through the real reader (and the real brain and machine where a turn matters)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, preferences, support, volume
from shared.conversation.kinds import CustomerType
from shared.conversation.replies import corrected_value
from shared.conversation.state import Stage
from shared.understanding.entities.catalog_items import canonical_item
from shared.understanding.entities.contact_names import contact_person
from shared.understanding.entities.interest import interest
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.questions import is_question
from shared.understanding.quotes import asks_quote
from shared.understanding.visitor import venue_of, visitor_type
from tests.understanding.playing import CASUAL, EXISTING, NEW, play

NOW = datetime(2026, 12, 5, tzinfo=UTC)
TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we've got half a dozen shops around the bay", 6),
        ("half-a-dozen locations in two states", 6),
        ("a dozen cafés now", 12),
        ("we run 2-3 cafés depending on the season", None),
        ("we have 2 or 3 coffee shops, one is seasonal", None),
        ("four to five locations by summer", None),
        ("we have 4 shops", 4),
    ],
)
def test_site_counts_in_words_and_ranges(text: str, count: int | None) -> None:
    """ "half a dozen" is 6 sites (not the dozen inside it); a range of sites is no count."""
    assert find_locations(text, False) == count


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("we'd do a couple hundred lattes a day", "about 200 lattes a day"),
        ("about three hundred cups a day on weekdays", "about 300 cups a day"),
        ("roughly a hundred pounds a month", "roughly 100 pounds a month"),
        ("a few hundred drinks a day", "a few hundred drinks a day"),
        ("hundreds of cups a day in summer", "hundreds of cups a day"),
    ],
)
def test_hundreds_in_words_are_stored_as_figures(text: str, volume: str) -> None:
    """A volume's hundreds in words are written as the figure; a vague amount stays as typed."""
    assert find_volume(text, False) == volume


async def test_a_restated_total_replaces_the_earlier_count(brain: LocalBrain) -> None:
    """ "that makes 4 shops" after "3 shops" replaces the count; a site named in passing does
    not."""
    state = await play(
        brain, ["we have 3 shops in boise", "with the one in meridian that makes 4 shops"]
    )
    assert state.collected["locations"] == 4
    state = await play(brain, ["we have 3 shops in boise", "the machine at one shop is fine"])
    assert state.collected["locations"] == 3


@pytest.mark.parametrize(
    ("item", "stored"),
    [
        ("the 2 group", "Lumen 2-Group"),
        ("that 3 group machine", "Lumen 3-Group"),
        ("the lumen 2 group", "the lumen 2 group"),
        ("a 2 group machine", "a 2 group machine"),
        ("2 atlas 75s", "2 atlas 75s"),
        ("the used 2 group", "the used 2 group"),
        ("a grinder", "a grinder"),
    ],
)
def test_a_reference_by_alias_gets_its_catalog_name(item: str, stored: str) -> None:
    """A definite reference by an alias alone is stored by its catalog name; an item naming the
    product, an indefinite one, a count or other words keep the item as typed."""
    assert canonical_item(item) == stored


def test_a_machine_chosen_with_go_with_is_an_item() -> None:
    """ "let's go with the 2 group" names the machine; "a machine with 2 groups" describes one."""
    assert equipment("ok let's go with the 2 group then", False) == "Lumen 2-Group"
    assert equipment("we need a machine with 2 groups", False) == "a machine"


async def test_a_change_of_mind_replaces_the_machine(brain: LocalBrain) -> None:
    """The later choice replaces the earlier one ("changed my mind", "forget the pico")."""
    state = await play(
        brain,
        [
            "opening a coffee cart in reno, is the pico any good?",
            "changed my mind, we'll go with the 2 group, the lines get long",
        ],
    )
    assert state.collected["equipment_needs"] == "Lumen 2-Group"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("we'd want the machine in after easter", "after easter (March 2027)"),  # 28 March
        ("end of Q1 is the plan for opening", "end of Q1 (March 2027)"),
        ("opening early Q3", "early Q3 (July 2027)"),
        ("need it all set up by labor day", "by labor day (September 2027)"),
        ("opening the doors in about 8 weeks", "in about 8 weeks (January 2027)"),
    ],
)
def test_holidays_and_quarters_are_timelines(text: str, stored: str) -> None:
    """A holiday or a part of a quarter is stored as typed with the month it means; "in" that
    belongs to the verb ("want it in after easter") is not part of the phrase."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we're in reno. Mo at Lark Coffee, 775-555-0101", "Mo"),
        ("pls have someone email orders@larkcoffee.com and ask for Beatriz", "Beatriz"),
        ("attn: Sunita, sunita.k@example.com", "Sunita"),
        ("ask for a quote please, orders@larkcoffee.com", None),
        ("we're in reno. Meet at Starbucks, 775-555-0101", None),
        ("can you ask for Nadia to call me", None),
    ],
)
def test_the_person_beside_a_contact_is_the_name(text: str, name: str | None) -> None:
    """ "ask for X" or "X at Business" in a message giving a phone or an email names the
    visitor; a quote, a place or a message without a contact does not."""
    assert contact_person(text) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we're converting our smoothie shop into a smoothie & espresso bar", NEW),
        ("looking at a decent machine for home, we love cortados", CASUAL),
        ("do you do home delivery of beans?", None),
        ("we run a taco truck and need an espresso machine for it", NEW),
        ("we run a coffee truck, our machine died, need a new machine", EXISTING),
        ("we have a kiosk at the mall, looking for a machine upgrade", EXISTING),
    ],
)
def test_visitor_type_by_what_they_start(text: str, expected: CustomerType | None) -> None:
    """A business turned into one that serves coffee and a cart or truck asking for the
    machine it starts with are new; home is a browser; a replacement stays existing."""
    assert visitor_type(text) is expected


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our order was supposed to arrive monday and nothing yet", "our order was supposed"),
        ("still waiting on our beans from last week", "still waiting on our beans"),
        ("the last delivery came damaged, two bags split", "the last delivery came damaged"),
        ("if the order is late we lose a morning", None),
        ("we order 40 lb a month", None),
    ],
)
def test_an_order_gone_wrong_is_a_support_need(text: str, need: str | None) -> None:
    """A late, missing or damaged order reported is the support need; a supposed one is not."""
    found = support(text, False)
    assert (found is None) if need is None else (found is not None and need in found)


def test_an_amount_supposed_is_no_volume() -> None:
    """ "if we bump up to 100 lb a month" states no volume; "if it helps, we do 200" does."""
    assert volume("if we went up to 100 lb a month would the price drop", False) is None
    assert volume("if it helps, we do about 200 cups a day", False) == "about 200 cups a day"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Please quote one BatchPro 2 and a Clarity system.", True),
        ("could you quote us for 2 picos?", True),
        ("how do you quote for multi-site groups?", False),
        ("can you quote a price for shipping to canada?", False),
    ],
)
def test_quote_as_a_verb_is_a_request(text: str, asked: bool) -> None:
    """ "please quote one X" asks for a quote; a question about quoting or a price does not."""
    assert asks_quote(text) is asked


def test_gear_named_as_theirs_is_not_wanted() -> None:
    """ "replace our pod machines" names the gear replaced, not gear wanted."""
    assert equipment("we want to replace our pod machines with proper filter coffee", False) is None
    assert equipment("we need to replace our old grinder with an atlas 75", False) == "an atlas 75"


def test_the_venue_greeted_is_the_one_opened() -> None:
    """A business turned into another is greeted by what it becomes; a cart equipping by the
    cart."""
    text = "we're turning our smoothie bar into a smoothie + coffee spot"
    assert venue_of(text, visitor_type(text)) == "coffee spot"
    text = "i run a coffee cart at the markets and need a machine that runs on a generator"
    assert venue_of(text, visitor_type(text)) == "coffee cart"


def test_a_coffee_dropped_is_no_taste() -> None:
    """ "scrap sunrise, foundry for the espresso" keeps the coffee chosen, not the one dropped;
    "maybe" said back is no month."""
    found = preferences("ok scrap sunrise, foundry for the espresso then", False)
    assert found == "foundry for the espresso then"
    assert corrected_value("coffee_preferences", "foundry, sunrise maybe later") == (
        "Foundry, sunrise maybe later"
    )


async def test_an_order_problem_is_no_intent_to_buy(brain: LocalBrain) -> None:
    """A late order reported is stored as the support need and moves no sales stage."""
    state = await play(brain, ["hi, we're a customer. our order was due monday and nothing yet"])
    assert str(state.collected.get("support_needs", "")).startswith("delivery problem")
    assert state.stage is not Stage.INTENT_CONFIRMED


def test_a_kind_the_catalog_sells_one_model_of_is_that_model() -> None:
    """ "what batch brewer do you have?" asks about the one batch brewer sold; a kind owned or
    one with several models ("which grinder") records nothing."""
    assert interest("what batch brewer do you have?") == {
        "equipment_needs": "BatchPro 2 batch brewer"
    }
    assert interest("we have a batch brewer already") == {}
    assert interest("which grinder goes with it?") == {}


def test_a_conditional_question_after_a_comma_asks() -> None:
    """ "also while i have you, if we bump up to 100 lb do we get the discount" asks; an "if"
    clause that states something does not."""
    assert is_question("also while i have you, if we bump up to 100 lb a month do we get it")
    assert not is_question("ok, if we order monthly we save money")
