"""Issue 23, set I: the reply answers what was asked: every part of it, the attribute the ask
names by its meaning (a capacity, a frequency, an origin, a limit, who may buy), the honest gap
for a value or a service the knowledge base does not list, and the question after a statement
of the visitor's situation."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.question import expanded
from shared.understanding.asked import asks_price, asks_rental, asks_who_buys
from shared.understanding.questions import is_question

THINGS = frozenset({"machine", "grinder", "brewer"})


def test_how_much_of_a_thing_a_brewer_holds_is_no_price() -> None:
    """ "how much water does X hold" asks a quantity; "how much money" or "how much is" a price."""
    assert not asks_price("how much water can the brewer hold")
    assert asks_price("how much is the brewer")
    assert asks_price("how much money would the brewer cost")


def test_a_capacity_is_answered_from_the_servers(answerer: Answerer) -> None:
    """A capacity asked with a noun before the verb gets the servers' litres, not a don't-know."""
    reply = answerer.answer("for our staff room, how much water does the batchpro hold?")
    assert reply.grounded
    assert "2.5" in reply.text


def test_a_period_in_words_is_the_knowledge_base_s_biweekly(answerer: Answerer) -> None:
    """ "every other week" and a fortnight mean "biweekly": the subscription answers them."""
    assert "biweekly" in expanded("could the beans arrive every other week")
    for asked in ("is a fortnightly coffee delivery possible", "ship us beans every 2 weeks?"):
        assert "biweekly" in answerer.answer(asked).text


def test_where_a_coffee_is_from_asks_its_origin(answerer: Answerer) -> None:
    """A pick by quality, then "where is it from": both answered, the origin by its value."""
    reply = answerer.answer("which coffee is your lightest roast, and where does it come from?")
    assert "Sunrise" in reply.text
    assert "Ethiopia" in reply.text


def test_a_kind_s_difference_compares_its_members(answerer: Answerer) -> None:
    """ "the difference between the grinders" names no side: both grinders are weighed."""
    reply = answerer.answer("so what's the difference between the grinders you carry?").text
    assert "Atlas 64" in reply
    assert "Atlas 75" in reply


def test_every_part_about_a_custom_blend_is_answered(answerer: Answerer) -> None:
    """A custom blend's time and its minimum, in either order, both come back."""
    for asked in (
        "is a blend with our own name on it possible, and how long would it take",
        "how long does a custom blend under our name take, and what's the minimum",
    ):
        reply = answerer.answer(asked).text
        assert "150 lb" in reply, asked
        assert "4 weeks" in reply, asked


def test_a_plan_picked_then_priced_keeps_its_plan(answerer: Answerer) -> None:
    """ "which plan has X, and what's it cost": the picked plan's price, no other plan's."""
    reply = answerer.answer("which plan lends us a grinder during repairs, and what's it cost?")
    assert "$99" in reply.text
    assert "$79" not in reply.text


def test_a_statement_then_a_question_answers_the_question(answerer: Answerer) -> None:
    """The visitor's situation before a comma is context: the samples answer the ask."""
    reply = answerer.answer("we're launching a kiosk in may, can we sample the coffees first")
    assert "8 oz" in reply.text
    kept = answerer.answer("we're getting a pico next month, is the barista training included?")
    assert "Not with the Pico 1-Group" in kept.text  # a statement naming an item stays


def test_who_may_buy_is_answered_by_whom_we_sell_to(answerer: Answerer) -> None:
    """A private buyer or a purchase for a home gets the web shop; a business's order does not."""
    assert asks_who_buys("could my sister buy a grinder from you")
    assert asks_who_buys("i want a pound of riverbend for my kitchen, can you do that")
    assert not asks_who_buys("can we order the riverbend from you in 20 lb bags")
    reply = answerer.answer("my dad wants a grinder for his flat, could he order from you?")
    assert "web shop" in reply.text


def test_a_value_no_item_has_is_the_honest_gap(answerer: Answerer) -> None:
    """A voltage no machine has is a gap naming it, with the value documented."""
    reply = answerer.answer("is there a 230 volt pico for the UK?")
    assert not reply.grounded
    assert "I don't have information on a 230 V" in reply.text
    assert "110 V" in reply.text
    assert answerer.answer("does the lumen 3 group run on 220 volts?").grounded


def test_renting_a_thing_is_not_offered_hiring_people_is_no_rental(answerer: Answerer) -> None:
    """ "hire a grinder" is renting (not documented: the don't-know); "new hires" are staff."""
    assert asks_rental("could we hire a grinder for an event", THINGS)
    assert not asks_rental("we have 4 new hires starting", THINGS)
    assert not answerer.answer("can we hire a grinder for a festival weekend?").grounded


def test_a_story_clause_after_the_ask_is_no_unknown_topic(answerer: Answerer) -> None:
    """ "... when we shut for the summer break" is the visitor's story: the pause is answered."""
    reply = answerer.answer("can we pause the coffee subscription when we shut for summer break")
    assert "2 days" in reply.text


def test_a_question_after_a_statement_and_a_comma_is_a_question() -> None:
    """A state asked of a noun, or a third person's ask, after the visitor's statement."""
    assert is_question("we're up in Edmonton, is shipping extra for us")
    assert is_question("my aunt runs nothing commercial, could she order from you")
    assert not is_question("sure, do it")


def test_a_bare_ask_after_a_delivered_sum_is_asked_of_the_delivery(answerer: Answerer) -> None:
    """ "... to Toronto, what's the shipping fee and how long": the fee and the days to Canada."""
    reply = answerer.answer(
        "30 lb of the foundry to toronto ontario, whats the delivery fee and how long"
    )
    assert "$18" in reply.text
    assert "5 to 7 business days" in reply.text


def test_an_ask_that_alone_finds_nothing_reads_the_statement_before_it(
    answerer: Answerer,
) -> None:
    """A statement before an ask that names its own topic is set apart; when that ask alone
    finds nothing, the statement is read with it: "we have a weekly coffee order. can we skip
    next week?" is the subscription's pause. An ask the knowledge base does not cover still
    gets the gap."""
    skip = answerer.answer("we have a weekly coffee order. can we skip next week?")
    assert skip.grounded
    assert "2 days" in skip.text
    cups = answerer.answer("we're opening a cafe in june. do you sell paper cups?")
    assert not cups.grounded
