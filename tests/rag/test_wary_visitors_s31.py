"""Set AK's wary visitors: a price asked under a purchase the visitor will not make is the
item's own price, a number before a unit of time counts nothing, and a policy on a price
the knowledge base never states is not answered with the item's price; who may use a section's
service is asked of that section."""

from __future__ import annotations

from collections.abc import Callable

from shared.chat.subjects import names_as_such
from shared.rag.answering import Answerer
from shared.rag.message_parts import folded
from shared.rag.order import as_ranked_kind
from shared.rag.parts import DONT_KNOW
from shared.rag.told import tells
from shared.understanding.compounds import as_singular_phrasal
from shared.understanding.price_policies import price_policy
from shared.understanding.restricted_asks import without_restricted_alternative
from shared.understanding.suspicion import without_suspicion
from shared.understanding.unbought import without_unbought


def test_a_negated_purchase_is_taken_out_of_a_price_ask() -> None:
    """'if we're not ordering a Lumen', 'without purchasing a machine', 'by itself' leave the
    price asked of the item alone."""
    assert without_unbought("if we're not ordering a Lumen, what's the on-site course cost?") == (
        "what's the on-site course cost?"
    )
    assert without_unbought("online course price without purchasing any machine?") == (
        "online course price?"
    )
    assert without_unbought("what would the training run us by itself?") == (
        "what would the training run us?"
    )


def test_other_conditions_are_kept() -> None:
    """Negative: a purchase made, a negated purchase beside no price ask, and 'without' a thing
    that is no purchase keep their words."""
    for text in (
        "what's the training cost once we buy the Lumen 3-Group?",
        "if we don't buy a machine, do we still get the course?",
        "how much is the Atlas 64 without the hopper?",
    ):
        assert without_unbought(text) == text


def test_the_paid_case_is_priced(answerer: Answerer) -> None:
    """The on-site course asked 'if we are not getting one of your espresso machines' gets its
    $850, not the free offer nor a machine's price."""
    reply = answerer.answer(
        "how much do you ask for the on-site barista course if we aren't getting one of your"
        " espresso machines?"
    ).text
    assert "$850" in reply
    assert "no charge" not in reply
    assert "$9,800" not in reply


def test_the_free_case_still_answers_a_purchase(answerer: Answerer) -> None:
    """Negative: the course asked with a Lumen bought is still the free offer."""
    reply = answerer.answer("if we buy the Lumen 3-Group, what do we pay for the training?").text
    assert "no charge" in reply
    assert "$850" not in reply


def test_a_length_of_time_counts_no_staff(answerer: Answerer) -> None:
    """'the 2-day barista course' is the course's price, not the online course for 2 staff;
    '3 baristas' still counts the online course."""
    assert "for 2 staff" not in answerer.answer("price of your 2-day barista training?").text
    counted = answerer.answer("barista training for 3 baristas, how much?").text
    assert "$360" in counted


def test_a_price_policy_is_read_as_its_verb() -> None:
    """'price-matching', 'undercut a quote' and 'can you beat it if it's cheaper online' name
    the policy; a comparison or a pairing with 'matches' names none."""
    assert price_policy("any price-matching on grinders?") == "matching"
    assert price_policy("would copperline undercut a quote I got for the Pico?") == "undercut"
    assert price_policy("can u beat it if the atlas is cheaper online?") == "beat"
    assert price_policy("is the Harbor cheaper than the Sunrise?") is None
    assert price_policy("which grinder matches the pico, and its price?") is None


def test_a_price_policy_the_kb_never_states_abstains(answerer: Answerer) -> None:
    """A price-match asked with an item named gets the don't-know, not the item's price."""
    for question in (
        "if the Atlas 75 is cheaper on another site, do you price match?",
        "will you beat a competitor's quote on the Lumen 2-Group?",
    ):
        reply = answerer.answer(question).text
        assert reply.startswith(DONT_KNOW[:20]), reply
        assert "$" not in reply


def test_prices_beside_no_policy_are_still_answered(answerer: Answerer) -> None:
    """Negative: a plain price and a cheaper-than comparison are answered with prices."""
    assert "$2,450" in answerer.answer("what do you sell the Atlas 75 for?").text
    assert "$10.80" in answerer.answer("which is cheaper, the Harbor or the Foundry?").text


def test_a_comparison_apart_from_price_names_each_side_whole(answerer: Answerer) -> None:
    """'Essential or Pro, leaving price aside, how do they differ?' gives each plan's price
    beside what it includes; the grinders' differing burrs are still said."""
    plans = answerer.answer("Essential or Pro, other than the cost how do they differ?").text
    assert "$49" in plans
    assert "$99" in plans
    assert "loaner grinder" in plans
    grinders = answerer.answer("atlas 64 versus atlas 75, aside from price?").text
    assert "75 mm" in grinders
    assert "64 mm" in grinders
    assert grinders.count("$2,450") == 1


def test_a_price_asked_alone_is_no_comparison(answerer: Answerer) -> None:
    """Negative: one plan's price asked alone is that price, not both plans."""
    reply = answerer.answer("what does the Essential plan cost a month?").text
    assert "$49" in reply
    assert "$99" not in reply


def test_a_restricted_alternative_is_the_same_ask() -> None:
    """'is it open to everybody, or just certain clients?' asks who may: the alternative goes;
    an 'or only' after no ask about everyone stays."""
    assert without_restricted_alternative("is it open to everybody, or just certain clients?") == (
        "is it open to everybody?"
    )
    for text in (
        "is the decaf organic, or only some of the blends?",
        "can anyone call the line?",
    ):
        assert without_restricted_alternative(text) == text


def test_a_section_naming_plans_in_passing_stays_the_subject(follow: Callable[..., str]) -> None:
    """After the emergency line's answer (it names the Pro and Multi-site plans in passing),
    'and who is allowed to ring it, or only certain customers?' is about the line."""
    reply = follow(
        "what are the emergency line's hours?",
        "and is everybody allowed to ring it, or only certain customers?",
    )
    assert "Multi-site" in reply
    assert "home consumers" not in reply


def test_an_answer_naming_an_item_keeps_no_section_subject() -> None:
    """Negative: an answer naming one plan as such gives no section subject; a plural naming
    several in passing does."""
    assert names_as_such("The Pro plan costs $99 per month.", "Pro plan")
    plural = "Customers on the Pro and Multi-site plans can call"
    assert not names_as_such(plural, "Multi-site plan")


def test_a_question_embedded_in_the_story_is_asked(answerer: Answerer) -> None:
    """'we've got 2 shops in Boise and wanted to find out whether the multi-site plan fits
    us.' after another question is asked, not kept as the visitor's story."""
    reply = answerer.answer(
        "do you want my phone number first? we've got 2 shops in Boise and wanted to find out"
        " whether the multi-site plan fits us."
    ).text
    assert "3 or more" in reply


def test_a_story_without_an_embedded_question_still_tells() -> None:
    """Negative: 'I have two cafés.' tells; 'wondering if you deliver' asks."""
    assert tells("I have two cafés in Boise.")
    assert not tells("I have two cafés and I'm wondering if you deliver.")


def test_a_price_asked_of_nothing_takes_the_fragment_after(answerer: Answerer) -> None:
    """'could I get prices without handing over my email? per lb, the decaf and the cold brew
    one.': the wary condition is no topic and the fragment names what is priced."""
    reply = answerer.answer(
        "could I get prices without handing over my email? per lb, the decaf and the cold brew one."
    ).text
    assert "$10.80" in reply
    assert "don't know" not in reply


def test_a_price_ask_beside_another_question_is_not_joined() -> None:
    """Negative: 'pricing?' before a question of its own stays its own part."""
    assert folded(["pricing?", "do you deliver to Boise?"]) == [
        "pricing?",
        "do you deliver to Boise?",
    ]
    assert folded(["price?", "and is delivery included"]) == ["price?", "and is delivery included"]
    assert without_suspicion("how much is the Pico without the tamper?") == (
        "how much is the Pico without the tamper?"
    )


def test_a_plural_phrasal_noun_is_the_singular() -> None:
    """'trade-ins', 'trade ins' and 'add-ons' are read as the compound; 'logins' and 'the
    plug ins' of a verb not listed keep their words."""
    assert as_singular_phrasal("any trade-ins on old grinders?") == "any trade-in on old grinders?"
    assert as_singular_phrasal("you guys take trade ins?") == "you guys take trade-in?"
    assert as_singular_phrasal("add-ons for the pico") == "add-on for the pico"
    assert as_singular_phrasal("how many logins do we get") == "how many logins do we get"
    assert as_singular_phrasal("we sit ins for hours") == "we sit ins for hours"


def test_trade_ins_asked_in_statement_order_get_the_trade_in(answerer: Answerer) -> None:
    """'u take trade-ins? paid 10 grand for ours.' gets the 15% credit on $10,000, not Fair
    Trade."""
    reply = answerer.answer("u take trade-ins? paid 10 grand for ours.").text
    assert "15%" in reply
    assert "Fair Trade" not in reply


def test_a_rank_over_the_members_of_a_kind_picks_one(answerer: Answerer) -> None:
    """'the least expensive of your coffees, per lb?' and 'the smallest one of your grinders'
    name the member the rank picks."""
    assert "$10.80" in answerer.answer("so the cheapest of all your coffees, per lb?").text
    assert "Atlas 64" in answerer.answer("which is the smallest one of your grinders?").text


def test_a_partitive_that_is_no_rank_stays() -> None:
    """Negative: 'the rest of your coffees' and 'is the pico the cheapest?' keep their words."""
    assert as_ranked_kind("what about the rest of your coffees?") == (
        "what about the rest of your coffees?"
    )
    assert as_ranked_kind("is the pico the cheapest?") == "is the pico the cheapest?"
