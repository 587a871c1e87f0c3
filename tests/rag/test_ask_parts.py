"""Every part of a message answered when one part is a rule's sum or lease."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer, money_asked
from shared.rag.conditions import unmet_condition
from shared.rag.meaning import FACT_BONUS, FACT_MATCH, fact_bonus
from shared.rag.retriever import Retriever
from shared.rag.told import told_apart


@pytest.mark.parametrize(
    ("question", "total", "other"),
    [
        (
            "what's a batchpro 2 plus the clarity filter come to all in? and whats the "
            "warranty on those two",
            "$2,620",
            "1-year warranty",
        ),
        (
            "how much for the pico and the atlas 64 together? also how long is the warranty on "
            "each",
            "$5,250",
            "2-year warranty",
        ),
        ("2 atlas 75s and a pico, what's the total? and whats the lead time", "$8,800", "ships"),
    ],
)
def test_a_sum_keeps_the_other_parts_of_the_message(
    retriever: Retriever, question: str, total: str, other: str
) -> None:
    """The total and the warranty (or lead time) asked beside it are both in the reply."""
    answer = Answerer(retriever).answer(question)
    assert total in answer.text
    assert other in answer.text


def test_a_money_part_beside_a_rule_is_left_to_the_rule() -> None:
    """ "whats the monthly" after a leasing ask is the lease's figure, not a part of its own."""
    assert money_asked("whats the monthly")
    assert money_asked("roughly what would that be a month")
    assert money_asked("What discount if I add two Atlas 75s?")
    assert not money_asked("and whats the warranty on those two")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "got an atlas 75 last week, box never opened, changed my mind. if i send it back how "
            "much do i get back?",
            "$2,205",
        ),
        ("if i return the lumen 3 group unused what do i get refunded", "$12,060"),
        ("whats the restocking fee on a pico if we send it back", "$390"),
    ],
)
def test_a_refund_asked_of_an_item_applies_the_policys_fee(
    retriever: Retriever, question: str, expected: str
) -> None:
    """The returns policy with its 10% restocking fee worked out on the item's price."""
    answer = Answerer(retriever).answer(question)
    assert "restocking fee" in answer.text
    assert expected in answer.text
    assert any(d.result == expected for d in answer.derived)


def test_a_statement_before_the_ask_is_context_not_a_question() -> None:
    """ "got an X, box never opened." anchors the ask after it and is not answered itself."""
    parts = [("got an atlas 75 last week, box never opened.", ""), ("how much back?", "")]
    assert told_apart(parts) == [("how much back?", "got an atlas 75 last week box never opened")]
    asking = [("got any decaf?", ""), ("and the price?", "")]
    assert told_apart(asking) == asking


def test_a_negated_condition_is_met() -> None:
    """ "never opened" meets "unopened"; "we opened a bag" does not."""
    rule = "Unopened coffee can be returned within 14 days."
    assert unmet_condition("box never opened, can i send it back", rule) is None
    assert unmet_condition("it hasnt been opened yet, can we return it", rule) is None
    assert unmet_condition("we opened a bag, can we return it", rule) == "opened"


@pytest.mark.parametrize(
    "question",
    [
        "can we try your coffees before we commit to anything",
        "do u guys do samples",
        "is there a way to taste ur blends b4 ordering",
    ],
)
def test_a_request_to_try_the_coffee_gets_the_sample_kit(
    retriever: Retriever, question: str
) -> None:
    """Trying before buying is answered with the free sample kit, not a subscription's terms."""
    answer = Answerer(retriever).answer(question)
    assert "sample kit" in answer.text
    assert "subscription" not in answer.text


def test_a_clear_company_topic_outweighs_shared_wording() -> None:
    """The matched fact's bonus grows with the question's nearness to its topic."""
    assert fact_bonus(FACT_MATCH) == pytest.approx(FACT_BONUS)
    assert fact_bonus(0.6) == pytest.approx(FACT_BONUS)  # "when is shipping free": no more
    assert fact_bonus(0.77) > fact_bonus(0.7) > FACT_BONUS


def test_only_a_situation_said_after_the_ask_anchors_it() -> None:
    """ "we're on the pro plan" after the ask anchors it; "im a barista looking for work" not."""
    plan = [("can i reach anybody on a sunday?", ""), ("we're on the pro plan", "")]
    assert told_apart(plan)[0][1] == "we re on the pro plan"
    job = [("are you hiring?", ""), ("im a barista looking for work in portland", "")]
    assert told_apart(job) == [("are you hiring?", "")]


def test_the_visitors_story_words_are_left_out_of_the_anchor() -> None:
    """Words the knowledge base never uses ("spring", "picked") do not anchor the ask after."""
    parts = [("we open in the spring and havent picked a coffee yet.", ""), ("can we try?", "")]
    told = told_apart(parts, lambda text: ["spring", "picked"])
    assert told == [("can we try?", "we open in the and havent a coffee yet")]


@pytest.mark.parametrize(
    "question",
    [
        "if our lumen dies on a sunday can i reach anybody? we're on the pro plan",
        "we're on the pro plan. if our lumen dies on a sunday can i reach anybody?",
        "is the emergency line open on weekends for the pro plan",
    ],
)
def test_a_breakdown_out_of_hours_gets_the_emergency_lines_days_and_hours(
    retriever: Retriever, question: str
) -> None:
    """The plan said before or after the ask anchors it: the line's 7 days and 6:00-22:00."""
    answer = Answerer(retriever).answer(question)
    assert "7 days a week" in answer.text
    assert "22:00" in answer.text


@pytest.mark.parametrize(
    ("question", "recent", "expected"),
    [
        ("and which grinder would u pair w it", ["Lumen 2-Group"], "Atlas 75 pairs"),
        ("what grinder goes with it", ["Lumen 2-Group"], "Atlas 75 pairs"),
        ("does the atlas 64 grind by weight like the bigger one does?", [], "grind-by-weight"),
        ("does the atlas 64 weigh the dose like the 75", [], "Atlas 75, the dosing"),
        ("does the lumen 2 group have the same warranty as the 3 group", [], "2-year warranty"),
    ],
)
def test_a_follow_up_or_comparison_keeps_its_subject_and_the_sibling(
    retriever: Retriever, question: str, recent: list[str], expected: str
) -> None:
    """ "pair w it" pairs with the machine discussed; "like the bigger one" weighs the sibling."""
    answer = Answerer(retriever).answer(question, recent=recent)
    assert expected in answer.text


@pytest.mark.parametrize(
    ("question", "recent", "expected"),
    [
        ("how much per lb?", "Sunrise Single Origin", "$15.90"),
        ("hw much per lb", "Foundry Espresso", "$11.50"),
        ("whats the price?", "Atlas 75", "$2,450"),
    ],
)
def test_a_price_asked_alone_is_about_the_item_just_discussed(
    retriever: Retriever, question: str, recent: str, expected: str
) -> None:
    """ "how much per lb?" after the lightest roast prices that blend, not another one."""
    assert expected in Answerer(retriever).answer(question, recent=[recent]).text


def test_a_request_without_a_question_word_is_still_asked() -> None:
    """ "sales phone # pls" asks (it does not open with the visitor); "opening in june" tells."""
    request = [("sales phone # pls", ""), ("whats the address of the roastery", "")]
    assert told_apart(request) == request
    plan = [("opening in june and have no clue which coffee.", ""), ("can i taste a few?", "")]
    assert [p for p, _ in told_apart(plan)] == ["can i taste a few?"]
