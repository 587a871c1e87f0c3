"""Issue 23 item 6, derived numbers: which items, how many, per place, per month, per person,
a fee on a return, two options weighed on cost, and each derived number shown with its sum.
Phrasings are our own; every answer is checked for numbers not derived from the sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.bags import BagSize, by_weight
from shared.rag.extra_cost import as_included
from shared.rag.grounding import unsupported_numbers
from shared.rag.order import each_place, named_items, term_months
from shared.understanding.questions import is_question

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")
FIVE = BagSize(5.0, "lb", "We roast five coffees for wholesale customers, each in 5 lb bags.")


def _names(text: str) -> list[tuple[str, int]]:
    return [(e.name, n) for e, n in named_items(CATALOG, text)]


def test_rank_words_name_a_member_by_price_or_size() -> None:
    """ "the flagship grinder" is the dearest grinder, "the big atlas" the larger Atlas (a
    family alone), "the basic maintenance plan" the cheapest plan."""
    assert _names("the lumen 3 group and the flagship grinder") == [
        ("Lumen 3-Group", 1),
        ("Atlas 75", 1),
    ]
    assert _names("pico + the big atlas, all in?") == [("Pico 1-Group", 1), ("Atlas 75", 1)]
    assert _names("atlas 75 plus a year of the basic maintenance plan")[-1] == (
        "Essential plan",
        12,
    )


def test_a_term_of_a_monthly_item_is_counted_in_months() -> None:
    """ "a year of" is 12 months, "6 months of" six, "for 2 years" after the name 24; a term
    is read only beside the item."""
    assert term_months("a year of the ", 14) == 12
    assert term_months("6 months of ", 12) == 6
    assert term_months("the pro plan for 2 years", 4, 12) == 24
    assert term_months("the pro plan", 4, 12) is None


def test_counts_written_as_n_of_the_items() -> None:
    """ "4 of the atlas 64s" counts four; "one of the" stays one."""
    assert _names("4 of the atlas 64s and the pico, total?") == [
        ("Atlas 64", 4),
        ("Pico 1-Group", 1),
    ]


def test_items_for_each_of_several_places_are_multiplied() -> None:
    """ "2 food trucks, each needs a pico and the cheaper grinder" is two of each, "the
    bigger grinder for 5 cafes" five; a count of places with no "each"/"for" is no multiplier."""
    assert each_place("2 food trucks each needs a pico and the cheaper grinder") == 2
    assert each_place("the bigger grinder for 5 cafes whats it come to") == 5
    assert each_place("we run 5 cafes how much is the pico") is None
    assert _names("2 food trucks, each needs a pico and the cheaper grinder. total?") == [
        ("Pico 1-Group", 2),
        ("Atlas 64", 2),
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("price for 2 of the atlas 75s and a year of the pro plan", ["$4,900", "$1,188", "$6,088"]),
        ("the bigger atlas for our 3 sites, what's it all up", ["$7,350"]),
        ("2 kiosks, each getting a pico and the flagship grinder. total?", ["$12,700"]),
        ("lumen 3 group and the big atlas, what does that come to", ["$15,850"]),
    ],
)
def test_totals_are_derived_from_catalog_prices(
    answerer: Answerer, question: str, expected: list[str]
) -> None:
    """Each total is in the reply and every number in it is derived from the sources."""
    answer = answerer.answer(question)
    for figure in expected:
        assert figure in answer.text
    assert unsupported_numbers(answer, question) == set()


def test_two_priced_options_are_weighed_for_the_count_asked(answerer: Answerer) -> None:
    """5 staff online is 5 x $120 = $600 against the on-site course's $850: online is cheaper
    by $250; with 8 staff the on-site course (up to 6) is not priced as covering them."""
    question = "for our 5 baristas is the onsite course or the online course cheaper"
    answer = answerer.answer(question)
    assert "$600" in answer.text
    assert "$850" in answer.text
    assert "Online barista course is cheaper, by $250" in answer.text
    assert unsupported_numbers(answer, question) == set()
    many = answerer.answer("we have 8 baristas, cheaper to do the onsite course or the online one?")
    assert "cheaper, by" not in many.text


def test_a_return_is_priced_by_its_restocking_fee(answerer: Answerer) -> None:
    """Sending back an unused Pico loses the 10% restocking fee, $390, worked out."""
    question = "if we ship back a pico we never unboxed, how much are we out"
    answer = answerer.answer(question)
    assert "$390" in answer.text
    assert unsupported_numbers(answer, question) == set()


def test_people_counted_by_another_noun_price_a_course(answerer: Answerer) -> None:
    """ "11 new recruits" are 11 staff members: 11 x $120 = $1,320."""
    question = "we have 11 new recruits at our locations, what's the online course for all of them"
    answer = answerer.answer(question)
    assert "$1,320" in answer.text


def test_several_counts_of_bags_become_weights() -> None:
    """ "4 bags of X and 1 bag of Y" is 20 lb of X and 5 lb of Y, both conversions shown."""
    bagged = by_weight("4 bags of riverbend and 3 bags of foundry", FIVE)
    assert bagged is not None
    assert bagged.text == "20 lb of riverbend and 15 lb of foundry"
    assert bagged.said == "4 bags of 5 lb is 20 lb; 3 bags of 5 lb is 15 lb."


def test_weighed_lines_delivered_get_the_delivery_rule(answerer: Answerer) -> None:
    """Two weighed coffees to a place outside the zone add the flat fee to their sum."""
    question = "10 lb of riverbend and 20 lb of sunrise sent to toronto, total?"
    answer = answerer.answer(question)
    assert "$445.50" in answer.text  # $127.50 + $318
    assert "$463.50" in answer.text  # + $18
    assert unsupported_numbers(answer, question) == set()


def test_a_price_paid_on_top_is_asked_as_what_is_included() -> None:
    """ "do we still have to pay the $850 for the training on top" asks whether it is included."""
    asked = as_included("do we still have to pay the $850 for the training on top?")
    assert asked == "is the training included?"


def test_orders_and_requests_without_a_question_word_are_questions() -> None:
    """A count of what was discussed, "total please", and a clause after a place are asked;
    owning some of them is not."""
    assert is_question("ok we'll take 3 of those for the new shop")
    assert is_question("2 picos and a grinder. total please")
    assert is_question("we're in boise, is shipping free over $250")
    assert not is_question("we have two of them already")
