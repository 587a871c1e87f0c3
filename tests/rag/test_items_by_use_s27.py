"""Issue 23, set AC: items asked by what they are for or like, a value only ever from the item
asked, weights of items named by their epithet, an alternative's "or the big one", and a thing
to choose among that the range lacks (own phrasings, not the set's)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shared.catalog import catalog_from_folder
from shared.catalog.model import Entity
from shared.rag.answering import Answerer
from shared.rag.described import epithet_member, last_word_member
from shared.rag.featured import featured_member, purposed_member
from shared.rag.matching import asked_labels
from shared.rag.meaning import Choice
from shared.rag.passage_answers import another_items_value, unasked_value
from shared.rag.question import one_of_alternative, product_object
from shared.rag.sentences import Sentence
from shared.rag.when import asks_days
from shared.understanding.asked import asks_difference, asks_price
from shared.understanding.featured import purpose_phrases

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def _member(text: str) -> str:
    return featured_member(text, CATALOG)


def test_a_kind_named_by_what_it_is_for_is_the_member_whose_own_words_say_it() -> None:
    """ "the coffee you make for cold brew", "the machine for a small kiosk" and "a grinder
    for decaf" name the one member whose own text holds the use; a use no member's text holds,
    or several share, leaves the words as they are."""
    assert "Harbor Cold Brew Blend" in _member("is the coffee you make for cold brew dark?")
    assert "Pico 1-Group" in _member("price on the machine for a small kiosk please")
    assert "Atlas 64" in _member("we need a grinder for decaf, what is it?")
    unchanged = "which is the machine for our wedding?"
    assert _member(unchanged) == unchanged
    assert _member("what's the coffee for our menu?") == "what's the coffee for our menu?"


def test_a_kind_named_by_the_item_it_goes_with_is_the_member_that_item_names() -> None:
    """ "the blend for the batch brewer" is the blend the brewer's own section recommends
    (Riverbend); a pairing of two items names no one member."""
    assert "Riverbend Organic" in _member("how much is the blend for the batch brewer?")
    both = "the grinder for the pico and the lumen 2 group, price?"
    assert _member(both) == both


def test_the_company_doing_the_attribute_word_asks_no_attribute() -> None:
    """ "the coffee you roast for cold brew" asks which coffee, not its roast; "how dark is
    the harbor's roast" still asks the roast."""
    coffees = CATALOG.of_kind("coffee blend")
    assert "roast" not in asked_labels("what's the coffee you roast for cold brew?", coffees)
    assert "roast" in asked_labels("how dark is the roast of the harbor?", coffees)


def test_a_price_per_unit_after_run_asks_the_price() -> None:
    """ "what's it run a pound" and "what does it run per bag" ask a price; "does it run on
    110 v" does not."""
    assert asks_price("and what's it run a pound?")
    assert asks_price("what does that one run per bag?")
    assert not asks_price("does it run on 110 v?")


def _line(entity_name: str, text: str) -> Sentence:
    entity = CATALOG.get(entity_name)
    assert entity is not None
    return Sentence(
        text=text, source=entity.source, heading=entity.heading, title="t", category="products"
    )


@pytest.mark.parametrize("item", [e for e in CATALOG.entities if e.price], ids=lambda e: e.name)
def test_an_attribute_line_of_another_item_never_answers_for_the_item_asked(item: Entity) -> None:
    """For every priced catalog item, every other item's "Price: ..." line is flagged as
    another item's value, and the item's own line is not."""
    own = Choice([_line(item.name, f"Price: {item.attributes['price']}.")], 0.5)
    assert not another_items_value(own, [item], CATALOG)
    for other in CATALOG.entities:
        if other.name == item.name or "price" not in other.attributes:
            continue
        said = Choice([_line(other.name, f"Price: {other.attributes['price']}.")], 0.5)
        assert another_items_value(said, [item], CATALOG), other.name


def test_a_sentence_of_prose_of_a_sibling_is_no_attribute_value() -> None:
    """A sibling's prose sentence ("It is built for espresso and milk drinks") is not flagged
    by the attribute-line guard (the alternatives rule decides it)."""
    said = Choice([_line("Foundry Espresso", "It is built for espresso and milk drinks.")], 0.5)
    harbor = CATALOG.get("Harbor Cold Brew Blend")
    assert harbor is not None
    assert not another_items_value(said, [harbor], CATALOG)


def _amounts(text: str) -> set[str]:
    return set(re.findall(r"\$[\d,]+(?:\.\d\d)?", text))


@pytest.mark.parametrize(
    "item",
    [e for e in CATALOG.entities if e.price and e.price.unit == "per lb"],
    ids=lambda e: e.name,
)
def test_a_price_asked_of_the_item_discussed_is_its_own(answerer: Answerer, item: Entity) -> None:
    """ "what's it run a pound?" after any coffee says that coffee's price and no other's."""
    said = answerer.answer("ok and what's it run a pound?", [item.name]).text
    own = _amounts(item.attributes["price"])
    assert own <= _amounts(said), said
    assert _amounts(said) <= own, said


def test_weights_of_an_item_named_by_its_epithet_are_that_item() -> None:
    """ "30 lb of the house espresso and 5 lb of decaf" names the Foundry by its section's own
    "our house espresso", the phrase ending before the conjunction; a phrase no section says
    is unchanged."""
    said = epithet_member("30 lb of the house espresso and 5 lb of decaf", CATALOG)
    assert said == "30 lb of the Foundry Espresso and 5 lb of decaf"
    plain = "30 lb of the strong stuff and 5 lb of decaf"
    assert epithet_member(plain, CATALOG) == plain


def test_two_weighed_lines_named_by_description_are_both_priced(answerer: Answerer) -> None:
    """Both lines of "20 lb of the house espresso and 15 lb of the organic one" are priced and
    summed."""
    said = answerer.answer("20 lb of the house espresso and 15 lb of the organic one, cost?").text
    assert "$230" in said
    assert "$191.25" in said
    assert "$421.25" in said


def test_the_one_of_an_alternatives_second_side_is_the_first_sides_noun() -> None:
    """ "the small atlas or the big one" reads "the big atlas"; a first side that names a
    model, or a noun of no kind or family, is left alone."""
    words = {"atlas", "lumen", "grinder", "machine", "plan"}
    said = one_of_alternative("the small atlas or the big one?", words)
    assert said == "the small atlas or the big atlas?"
    assert one_of_alternative("the pico or the big one?", words) == "the pico or the big one?"
    odd = "the red cup or the blue one?"
    assert one_of_alternative(odd, words) == odd


def test_two_described_grinders_are_both_priced(answerer: Answerer) -> None:
    """ "the little atlas or the big one? how do they differ ..." gives both prices."""
    said = answerer.answer("the little atlas or the big one? how do they differ, pricewise?").text
    assert "$1,350" in said
    assert "$2,450" in said


def test_how_far_apart_on_price_asks_a_difference() -> None:
    """ "how far apart are they on price" asks a difference; "how far apart are your
    warehouses" does not."""
    assert asks_difference("how far apart are they on price?")
    assert not asks_difference("how far apart are your warehouses?")


def test_a_thing_to_choose_among_is_what_a_which_best_question_asks() -> None:
    """ "which soy milk froths best" asks for soy milk; "which grinder is best" for a grinder
    (the catalog's, so no gap follows)."""
    assert product_object("which soy milk froths best for cappuccinos") == "soy milk"
    assert product_object("which grinder is best for decaf") == "grinder"


def test_a_which_best_question_about_a_thing_we_do_not_sell_is_a_gap(answerer: Answerer) -> None:
    """ "which oat milk foams best ..., and do you carry it?" is the honest gap, not a blend;
    "which coffee is best for cold brew?" is still the Harbor blend."""
    gap = answerer.answer("which oat milk foams best for cappuccinos, and do you carry it?")
    assert not gap.grounded
    assert "oat milk" in gap.text
    found = answerer.answer("which coffee is best for cold brew?")
    assert "Harbor Cold Brew Blend" in found.entities


def test_the_last_word_of_one_members_name_names_it() -> None:
    """ "which is the decaf" and "what's the espresso most shops buy" ask which member the word
    means: the one whose name ends so; "the espresso machine(s)" (a kind), "the plan" (a kind's
    head) and "the espresso" not asked about ("should we use the espresso within a month?")
    are left alone."""
    said = last_word_member("which is the decaf, the sweet one?", CATALOG)
    assert said == "which is the Night Shift Decaf, the sweet one?"
    said = last_word_member("what's the espresso most shops buy?", CATALOG)
    assert said == "what's the Foundry Espresso most shops buy?"
    for unchanged in (
        "what's the espresso machine like?",
        "what's the espresso machines' warranty?",
        "what's the plan cover?",
        "should we use the espresso within a month?",
    ):
        assert last_word_member(unchanged, CATALOG) == unchanged


def test_a_need_said_in_other_words_names_the_member_nearest_in_meaning(
    answerer: Answerer,
) -> None:
    """ "anything to stop that ruining our espresso machine" is the water filtration by the
    meaning of its own "quiet killer of espresso machines" (no shared word decides it); a need
    two members meet alike ("anything to train my staff") is left as asked."""
    nearest = answerer._nearest_member  # the answerer's embedding, as answering passes it
    said = purposed_member(
        "is there anything to stop that ruining our espresso machine?", CATALOG, nearest
    )
    assert "Clarity water filtration" in said
    asked = "is there anything to train my staff?"
    assert purposed_member(asked, CATALOG, nearest) == asked


def test_a_ballpark_asked_as_a_clause_of_its_own_asks_the_price() -> None:
    """ "..., rough figure for the three of them?" asks a price; "we're in the ballpark of 150
    cups" and "just want a ballpark, no calls" say something else."""
    assert asks_price("three kiosks, each with the pico. rough figure for the three of them?")
    assert asks_price("ballpark on the lot?")
    assert not asks_price("we're in the ballpark of 150 cups a day")
    assert not asks_price("I just want a ballpark, no calls please")


def test_a_side_of_a_comparison_named_by_rank_beside_a_yes_no_ask_is_a_name() -> None:
    """ "cheaper grinder vs the big one: does the cheap one weigh the dose?" asks no price;
    without the yes/no ask about the ranked one, "the cheaper plan vs the pro?" still weighs
    prices."""
    assert not asks_price("cheaper grinder vs the big one: does the cheap one weigh the dose?")
    assert asks_price("the cheaper plan vs the pro?")


def test_the_ask_of_a_ranked_plan_is_answered_not_its_price(answerer: Answerer) -> None:
    """ "cheaper plan vs the priority one: does the cheap one take money off parts?" is the
    Essential plan's parts discount."""
    said = answerer.answer(
        "cheaper plan vs the priority one: does the cheap one take money off parts?"
    )
    assert "20% off parts" in said.text


def test_something_with_qualities_for_a_use_is_the_member_holding_them() -> None:
    """ "something floral and light for the brew bar" names the Sunrise (its "floral", "light"
    and "brew bar"), "flowery" read as the knowledge base's "floral"; "anything else for the
    training" says no quality and is left."""
    said = purposed_member("got something flowery and light for the brew bar?", CATALOG)
    assert "Sunrise Single Origin" in said
    assert purpose_phrases("anything else for the training?") == []


def test_a_want_stated_with_a_day_asks_no_hours() -> None:
    """ "we want the decaf on saturdays" states a want; "are you open on saturdays?" asks."""
    assert not asks_days("we want the decaf on saturdays")
    assert asks_days("are you open on saturdays?")


def test_caffeine_taken_out_asks_the_decaf_process(answerer: Answerer) -> None:
    """ "how is the caffeine removed?" of the decaf is its Swiss Water process."""
    said = answerer.answer("how is the caffeine removed?", ["Night Shift Decaf"]).text
    assert "Swiss Water" in said


def test_a_value_line_no_word_of_the_question_says_is_no_answer_to_an_unnamed_ask() -> None:
    """ "Price: $12.75 per lb." answers no "and per pound, which one?" (whose price is it?);
    "Tasting notes: jasmine, ..." answers "which has jasmine in it?" (the value is asked)."""
    price = Choice([_line("Riverbend Organic", "Price: $12.75 per lb.")], 0.5)
    notes = Choice([_line("Sunrise Single Origin", "Tasting notes: jasmine, bergamot, lemon")], 0.5)
    assert unasked_value("and per pound, which one?", price)
    assert not unasked_value("which has jasmine in it?", notes)
    assert not unasked_value("which one is $12.75 a pound?", price)
    small = Choice([_line("Atlas 64", "Price: $1,350")], 0.5)
    assert not unasked_value("what does the 64 go for?", small)  # named by its own word


def test_a_described_coffee_and_its_price_are_said_with_its_name(answerer: Answerer) -> None:
    """ "we'd like something floral for the brew bar on sundays. which one, price per lb?"
    names the Sunrise with its own price, and no sales hours."""
    said = answerer.answer(
        "we'd like something floral for the brew bar on sundays. which one, price per lb?"
    ).text
    assert "Sunrise Single Origin" in said
    assert "$15.90" in said
    assert "hours" not in said


def test_a_kind_for_a_length_of_time_is_no_use() -> None:
    """ "a machine for a week" says how long, not what the machine is for: no member."""
    asked = "could we rent a machine for a week for a pop-up?"
    assert _member(asked) == asked
