"""Policies, thresholds and company facts asked through the visitor's situation (issue 23, set
AC's classes) with phrasings of our own: a bulk price, someone still answering at a time, the
beans' age on arrival, a weight below the minimum asked with no item, paying a grinder monthly,
a plan named by a word of its own text, and a machine handed over against a new one."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.featured import modified_member
from shared.rag.grounding import unsupported_numbers
from shared.rag.question import as_traded
from shared.understanding.asked import (
    asks_bulk_price,
    asks_coffee_age,
    asks_reachable,
    asks_to_order,
)


@pytest.mark.parametrize(
    "text",
    [
        "we go through about two bags a week, is there a price break for that?",
        "do bulk rates kick in at some point?",
        "is it cheaper if we order more each month?",
    ],
)
def test_a_bulk_price_asked_by_situation_is_the_volume_discount(
    answerer: Answerer, text: str
) -> None:
    """The volume discount's rule (100 lb a month, 10%), not a sample kit or a launch fee."""
    assert asks_bulk_price(text)
    said = answerer.answer(text).text
    assert "100 lb or more per month" in said
    assert "10%" in said


@pytest.mark.parametrize(
    "text",
    ["what's the wholesale price of the foundry?", "do you discount the pro plan?", "bulk bags?"],
)
def test_a_price_or_another_discount_is_no_bulk_price(text: str) -> None:
    """A price of an item or a discount on another thing is not the volume discount asked."""
    assert not asks_bulk_price(text)


@pytest.mark.parametrize(
    "text",
    [
        "we shut at 4 in denver, will somebody in sales still be answering then?",
        "is anyone around on your end at 5pm eastern?",
        "can i still call you at 6 my time?",
    ],
)
def test_someone_asked_at_a_time_is_told_the_sales_hours(answerer: Answerer, text: str) -> None:
    """The sales team's hours, with their time zone."""
    assert asks_reachable(text)
    said = answerer.answer(text).text
    assert "8:00 to 18:00" in said
    assert "Pacific" in said


@pytest.mark.parametrize(
    "text",
    [
        "is anyone around to fix our machine on a sunday?",
        "is there anyone who can repair a grinder?",
        "is anyone using the pico in a food truck?",
    ],
)
def test_a_repair_or_a_use_is_not_the_sales_hours(text: str) -> None:
    """A repair is the emergency line's or a technician's time; a use asks no one's hours."""
    assert not asks_reachable(text)


@pytest.mark.parametrize(
    "text",
    [
        "how fresh is your coffee when it gets to us? ours arrives stale",
        "how long ago were the beans roasted by the time they land here?",
    ],
)
def test_the_beans_age_asked_is_the_roasting_freshness(answerer: Answerer, text: str) -> None:
    """Roasted within 48 hours of shipping, not the don't-know."""
    assert asks_coffee_age(text)
    assert "48 hours" in answerer.answer(text).text


def test_the_age_of_something_else_is_not_the_coffees() -> None:
    """The company's age or a machine's is another question."""
    assert not asks_coffee_age("how old is the company?")
    assert not asks_coffee_age("how old is the lumen design?")


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("we're a small kiosk, could we just order 8 lb at a time?", "8 lb"),
        ("can we get like 12 lbs per delivery?", "12 lb"),
        ("we're small. could we do a couple of bags, say 15 lb?", "15 lb"),
    ],
)
def test_a_weight_below_the_minimum_asked_with_no_item_gets_the_minimum(
    answerer: Answerer, text: str, weight: str
) -> None:
    """The 20 lb minimum said plainly, and that the weight asked is below it."""
    assert asks_to_order(text)
    said = answerer.answer(text).text
    assert "20 lb" in said
    assert f"{weight} is below that minimum" in said


def test_a_weight_at_or_over_the_minimum_is_not_held_short(answerer: Answerer) -> None:
    """30 lb meets the minimum: no "below that minimum" note."""
    said = answerer.answer("can we get 30 lb at a time?").text
    assert "below that minimum" not in said


def test_a_bag_for_home_is_whom_we_sell_to(answerer: Answerer) -> None:
    """A bag asked for home is answered by whom we sell to (the web shop), not the minimum."""
    said = answerer.answer("could i get one 5 lb bag for my kitchen at home?").text
    assert "web shop" in said
    assert "below that minimum" not in said


def test_a_grinder_spread_over_monthly_payments_is_asked_leasing(answerer: Answerer) -> None:
    """A kind word before "over" is the noun: the grinders are under the $5,000 leasing minimum."""
    text = "money is short, could we spread a grinder over monthly payments?"
    answer = answerer.answer(text)
    assert "$5,000" in answer.text
    assert unsupported_numbers(answer, text) == set()


def test_a_kind_word_before_a_noun_still_modifies_it(answerer: Answerer) -> None:
    """ "grinder burrs" is not a question about the grinders as a kind's leasing."""
    assert "$5,000" not in answerer.answer("how long do grinder burrs last?").text


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("we run a few cafés, does the group maintenance plan cover all of them?", "Multi-site"),
        ("is that chain plan priced per shop?", "Multi-site"),
    ],
)
def test_a_member_named_by_a_word_of_its_own_text(
    answerer: Answerer, text: str, member: str
) -> None:
    """The one plan whose own text holds the word before its kind ("café groups", "chains")."""
    assert member in modified_member(text, answerer.catalog)


@pytest.mark.parametrize(
    "text",
    ["how much is the new grinder?", "is the smaller grinder any good?", "the other plan?"],
)
def test_a_placing_or_ranking_word_names_no_member(answerer: Answerer, text: str) -> None:
    """ "new", "smaller", "other" place a member among others: the text is unchanged."""
    assert modified_member(text, answerer.catalog) == text


def test_two_shops_asking_the_group_plan_hear_its_minimum(answerer: Answerer) -> None:
    """The Multi-site plan is for 3 or more locations: two shops are told so."""
    said = answerer.answer("we have two cafés, would the group maintenance plan suit us?").text
    assert "3 or more" in said


def test_a_machine_handed_over_is_a_trade_in(answerer: Answerer) -> None:
    """ "if we hand it over" reads as a trade-in of the visitor's machine: the 15% credit."""
    assert as_traded("how much off a lumen if we hand it over?") == (
        "how much off a lumen if we trade in our old machine?"
    )
    said = answerer.answer("how much would you take off a new lumen if we hand ours in?").text
    assert "15%" in said


def test_handing_over_nothing_is_no_trade_in() -> None:
    """Handing over details or a phone is not a machine traded in."""
    text = "can i hand over my details to your sales team?"
    assert as_traded(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "if we get a lumen 3 group, is there a charge to have our baristas trained?",
        "when we buy the lumen 2 group, what extra do we pay to get everyone trained on site?",
    ],
)
def test_training_asked_by_its_verb_under_a_lumen_is_free(answerer: Answerer, text: str) -> None:
    """ "trained" asks the training as "training" does: free with any Lumen."""
    assert "no charge" in answerer.answer(text).text


def test_training_asked_by_its_verb_under_another_machine_is_priced(answerer: Answerer) -> None:
    """With the Pico it is not free: the offer's condition and the course's own price."""
    said = answerer.answer("if we buy the pico, do we pay to get people trained?").text
    assert "Not with the Pico 1-Group" in said
    assert "$850" in said


@pytest.mark.parametrize(
    "text",
    [
        "what would you help us with if we hired you to get our café open?",
        "what would your launch consultant actually do for us?",
    ],
)
def test_a_service_asked_as_what_its_people_do_lists_its_contents(
    answerer: Answerer, text: str
) -> None:
    """The consulting's list (menu design, workflow layout, opening week), not its intro."""
    said = answerer.answer(text).text
    assert "Menu design" in said
    assert "Workflow layout" in said


def test_its_contents_and_its_price_are_both_said(answerer: Answerer) -> None:
    """The contents part does not swallow the price part after it."""
    said = answerer.answer("what do you help with for a launch, and what does that cost?").text
    assert "Menu design" in said
    assert "$2,500" in said


@pytest.mark.parametrize("text", ["what's included?", "what do you help with?"])
def test_contents_naming_nothing_search_nothing(answerer: Answerer, text: str) -> None:
    """Nothing named beside the contents words: no item's list is guessed."""
    assert "Menu design" not in answerer.answer(text).text


def test_a_kind_for_a_named_item_stays_a_pairing(answerer: Answerer) -> None:
    """ "the grinder for the lumen 2 group" pairs two items: no member swapped for the clause."""
    said = answerer.answer("which grinder for the lumen 2 group?").text
    assert "pairs naturally" in said


def test_a_price_break_on_the_usage_told_is_the_volume_discount(answerer: Answerer) -> None:
    """A cut "on the price" asked of the usage the visitor states is the volume discount."""
    text = "we use around 30 lb a week across both shops. any break on the price for that?"
    assert asks_bulk_price(text)
    assert "100 lb or more per month" in answerer.answer(text).text


def test_a_price_cut_without_any_usage_is_no_bulk_price() -> None:
    """Paying up front or a cheaper item is no quantity: not the volume discount."""
    assert not asks_bulk_price("any discount on the price if we pay upfront?")
    assert not asks_bulk_price("is the pico cheaper than the lumen?")


def test_the_age_beans_are_best_used_at_is_not_their_age_on_arrival() -> None:
    """ "how old should beans be when we brew them" asks a resting time, not the freshness."""
    assert not asks_coffee_age("how old should the beans be when we brew them?")


def test_the_minimums_heading_said_back_is_no_bulk_price() -> None:
    """A follow-up read on the section's heading ("Minimum order and volume discount") asks
    no bulk price: the minimum's answer is left to the section."""
    assert not asks_bulk_price("Minimum order and volume discount: for decaf")
    assert asks_bulk_price("any volume pricing for decaf?")
