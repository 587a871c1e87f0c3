"""Issue 23, set E's classes: a statement beside an ask, the identity prefix, sums of items
pointed back at or named by a bare model number, the asked attribute, and honest abstains."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.counting import over_capacity
from shared.rag.described import numbered_member
from shared.rag.meaning import introduces
from shared.rag.parts import DONT_KNOW, asks_rate, says_price
from shared.rag.passage_answers import asks_which
from shared.rag.question import split_parts
from shared.rag.retriever import Retriever
from shared.rag.told import told_apart

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def test_a_statement_does_not_anchor_an_ask_that_names_its_subject() -> None:
    """ "we have a tiny kiosk. which grinder is quietest" keeps its own subject, no anchor."""
    parts = [("we have a tiny kiosk.", ""), ("which grinder is the quietest", "")]
    assert told_apart(parts, names=lambda p: "grinder" in p) == [
        ("which grinder is the quietest", "")
    ]
    unnamed = [("we bought a grinder last month.", ""), ("can we return it?", "")]
    assert told_apart(unnamed)[0][1] == "we bought a grinder last month"


def test_a_remark_beside_an_ask_is_dropped_but_a_request_is_kept() -> None:
    """ "launch is mid may." is no question to answer; "sales email pls" is still asked."""
    remark = [("launch is mid may.", ""), ("do you have decaf?", "")]
    assert [p for p, _ in told_apart(remark)] == ["do you have decaf?"]
    greeted = [("hey, we're converting a bookshop into a cafe.", ""), ("any decaf?", "")]
    assert [p for p, _ in told_apart(greeted)] == ["any decaf?"]
    request = [("sales email pls", ""), ("do you have decaf?", "")]
    assert told_apart(request) == request
    money = [("old one cost about 9k new.", ""), ("what credit do we get?", "")]
    assert len(told_apart(money)) == 2  # the amount is what a rule works on


def test_the_identity_prefix_is_for_which_questions_only() -> None:
    """ "what do you have for iced drinks" asks for one thing; "do you grind to order" not."""
    assert asks_which("what do you have for iced drinks")
    assert asks_which("anything for a cold brew tap?")
    assert not asks_which("do you grind the beans to order?")


def test_a_bare_model_number_names_the_member_of_the_kind_said() -> None:
    """ "three grinders, the 75s" is the Atlas 75; without a kind the number stays a number."""
    assert "Atlas 75" in numbered_member("three grinders, the 75s please", CATALOG)
    assert numbered_member("we want the 75s", CATALOG) == "we want the 75s"
    assert numbered_member("grinders for the 20 lb order", CATALOG) == (
        "grinders for the 20 lb order"
    )
    listed = "price on the 3 group and the batch brewer"  # "3 group" goes on into a name
    assert numbered_member(listed, CATALOG) == listed


def test_a_cost_asked_in_so_many_words_is_told_from_a_way_of_paying() -> None:
    """ "what's the call-out fee" asks a cost; "can we pay by invoice" asks how to pay."""
    assert asks_rate("what's the call-out fee for a grinder")
    assert not asks_rate("can we pay by invoice from day one")


def test_a_price_answer_states_a_cost() -> None:
    """An amount, a share or "included" states a cost; a shipping time does not."""
    assert says_price("It costs $120 per staff member.")
    assert says_price("Installation is included in the price.")
    assert not says_price("Grinders in stock ship within 5 business days.")
    assert not says_price("The Essential plan costs $49 per month.", "your hourly rate?")


def test_a_leading_question_of_a_page_only_introduces() -> None:
    """A page's own question ("Planning a menu?") leads into what follows; a fact does not."""
    assert introduces("Planning a new menu and unsure where to start?")
    assert introduces("Yes.")
    assert not introduces("Café launch consulting is a flat fee of $2,500.")


def test_a_mode_the_knowledge_base_never_names_is_a_gap(retriever: Retriever) -> None:
    """ "a turbo mode on the lumen 2 group" gets the honest gap, not a sentence about it."""
    answer = Answerer(retriever).answer("is there a turbo mode on the lumen 2 group")
    assert "I don't have information" in answer.text or answer.text == DONT_KNOW


def test_a_plus_joins_two_asks() -> None:
    """ "what are your hours + do you have parking" is two asks."""
    assert split_parts("what are your hours + do you have parking") == [
        "what are your hours",
        "do you have parking",
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "honestly not sure yet. we have a tiny counter. what's your smallest espresso machine",
            "Pico",
        ),
        ("launch is mid may. btw do you have anything for cold brew?", "Harbor"),
    ],
)
def test_a_statement_before_an_ask_with_a_subject_leaves_the_answer_alone(
    retriever: Retriever, question: str, expected: str
) -> None:
    """The ask's own subject is answered, not a sentence near the statement before it."""
    answer = Answerer(retriever).answer(question)
    assert expected in answer.text
    assert "plan" not in answer.text
    assert "lives or dies" not in answer.text


@pytest.mark.parametrize(
    ("question", "recent", "expected"),
    [
        ("what would 4 of them cost", ["Atlas 64"], "$5,400"),
        ("three grinders for our sites, the 75s. total?", [], "$7,350"),
    ],
)
def test_a_count_of_the_item_discussed_or_of_a_bare_model_is_summed(
    retriever: Retriever, question: str, recent: list[str], expected: str
) -> None:
    """ "4 of them" multiplies the item discussed; "the 75s" with "grinders" is the Atlas 75."""
    assert expected in Answerer(retriever).answer(question, recent=recent).text


def test_a_machines_arrival_time_is_its_lead_time(retriever: Retriever) -> None:
    """ "how long till the pico gets here" is the equipment lead time, not coffee delivery."""
    text = Answerer(retriever).answer("how long till a pico would get here if we order today").text
    assert "5 business days" in text
    assert "Canada" not in text


def test_two_asks_joined_by_a_plus_are_both_answered(retriever: Retriever) -> None:
    """The address and the visiting days, both."""
    text = Answerer(retriever).answer("where is your showroom + can we pop in on a sunday").text
    assert "2150 NW Raleigh" in text
    assert "Monday to Friday" in text


@pytest.mark.parametrize(
    "question",
    [
        "do you give a loyalty bonus for cafes that stay two years",
        "what's the callout rate per hour for a technician without a plan",
        "how much is a 1kg retail bag of riverbend",
    ],
)
def test_an_unknown_kind_of_thing_or_an_unstated_rate_abstains(
    retriever: Retriever, question: str
) -> None:
    """A bonus, mode or bag the knowledge base never names, or a rate it never states: the
    honest don't-know, not a near sentence."""
    assert Answerer(retriever).answer(question).text == DONT_KNOW


def test_people_counted_against_a_stated_most() -> None:
    """ "for 9 people" against "up to 6 members of your staff": the count and the most."""
    facts = ["Our trainer comes for a 2-day course with up to 6 members of your staff."]
    assert over_capacity("can you train 9 people on site", facts) == (facts[0], 9, 6)
    assert over_capacity("can you train our team on site", facts) is None


def test_a_course_asked_for_more_people_than_it_takes_says_so(retriever: Retriever) -> None:
    """On-site training for a team of 10 is told the course's "up to 6", not the online one."""
    text = Answerer(retriever).answer("could you do the on site barista training for 10 staff").text
    assert "up to 6" in text
    assert "10 is more than the 6" in text


def test_a_bare_catalog_line_says_whose_it_is(retriever: Retriever) -> None:
    """ "cost per pound?" with nothing discussed: a "Price: ..." line names its blend."""
    text = Answerer(retriever).answer("cost per pound?").text
    assert "Price:" not in text or text.startswith("That's the ")


def test_a_yes_no_about_a_machine_is_not_answered_by_a_coffees_line(retriever: Retriever) -> None:
    """ "can the pico do flat whites well" is not answered by the espresso blend's milk-drinks
    line (another kind of item); a sibling's line stays an alternative."""
    answer = Answerer(retriever).answer("can the pico do flat whites well")
    assert "Foundry" not in answer.text
    sibling = Answerer(retriever).answer("does the foundry work for cold brew")
    assert "Harbor" in sibling.text
