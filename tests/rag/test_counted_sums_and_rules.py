"""Sums and rules over what the visitor counts (session 21): a question dictated on after a
statement, a sum asked after a statement that counts, a kind asked for a number of places or
people, an ask before its condition, a credit carried to the next turn, money that is no
volume, and the one list of site nouns."""

from __future__ import annotations

import re

from shared.rag.answering import Answerer
from shared.rag.conditions import opposite_state
from shared.rag.figures import money_figures
from shared.rag.told import told_apart
from shared.understanding.entities.money import without_money, written_figures
from shared.understanding.entities.quantities import find_volume
from shared.understanding.headcount import team_size
from shared.understanding.lexicon import LOCATION_NOUNS, SITE_NOUNS
from shared.understanding.per_site import asks_fitting
from shared.understanding.questions import is_question


def test_a_question_dictated_after_a_statement_is_a_question() -> None:
    """An auxiliary before its subject mid-message asks; after a subject or a filler it does not."""
    assert is_question("we roast through 150 lb every month do we qualify for anything")
    assert is_question("our machine is five years old and still runs can we trade it in")
    assert not is_question("if you can we would like a call back")
    assert not is_question("the prices are you know a bit steep for us")
    assert not is_question("we have two carts and i can send you the numbers")


def test_a_sum_asked_after_a_counting_statement_leans_on_it() -> None:
    """ "what's the monthly cost?" after "we'll order 150 lb of X each month." is anchored to it;
    an ask of its own topic after a statement with no figure stays alone."""
    parts = [("we will order 150 lb of harbor each month.", ""), ("whats the monthly cost?", "")]
    anchored = told_apart(parts)
    assert anchored[0][0] == "whats the monthly cost?"
    assert "150" in anchored[0][1]
    alone = [("we open in spring.", ""), ("can we taste your coffees before ordering?", "")]
    assert told_apart(alone)[0][1] == ""


def test_the_monthly_sum_after_a_weighed_statement(answerer: Answerer) -> None:
    """150 lb of a blend a month, its cost asked in the next sentence: the sum with the discount."""
    reply = answerer.answer(
        "we will order 150 lb of the Harbor Cold Brew Blend each month. what's the monthly cost "
        "after the discount?"
    )
    assert "$1,620" in reply.text  # 150 x $10.80
    assert "$1,458" in reply.text  # less 10%


def test_a_kind_asked_for_a_number_of_places_is_the_member_made_for_them(
    answerer: Answerer,
) -> None:
    """ "the maintenance plan for our 4 shops" is the Multi-site plan, 4 x $79; the total asked
    again in the next part is not answered a second time with another plan."""
    assert asks_fitting("the maintenance plan for 4 shops")
    assert asks_fitting("a plan for five kiosks")
    assert not asks_fitting("a plan for my espresso machine")
    reply = answerer.answer("we want the maintenance plan for 4 shops. what's the monthly total?")
    assert "$316" in reply.text
    assert "Essential" not in reply.text


def test_a_team_is_counted_by_its_size() -> None:
    """ "a crew of 5", "staff of for people i mean four" (the count said again) count people."""
    assert team_size("training for a crew of 5?") == 5
    assert team_size("for my staff of for people i mean four") == 4
    assert team_size("a team of about seven baristas") == 7
    assert team_size("the staff of the month award") is None


def test_each_training_is_costed_for_the_team(answerer: Answerer) -> None:
    """Training asked for a crew of 5: the on-site course's one price with its cap, and the
    online course 5 x $120; for 8 the on-site course is said with its cap of 6."""
    reply = answerer.answer("what would barista training cost for a crew of 5?")
    assert "$850" in reply.text
    assert "$600" in reply.text
    larger = answerer.answer("what would barista training cost for a crew of 8?")
    assert "up to 6" in larger.text
    assert "$960" in larger.text


def test_an_ask_before_its_condition_finds_the_policy(answerer: Answerer) -> None:
    """ "can we send back the espresso machine if it was never used": the returns rule and its
    restocking fee, not the machine's own sentences."""
    reply = answerer.answer("can we return the espresso machine if it was never used")
    assert "10% restocking fee" in reply.text


def test_a_credit_is_carried_to_the_next_turn(answerer: Answerer) -> None:
    """The amount a credit was worked on is carried: "what is the Lumen 2-Group after that" is
    $9,800 less 15% of $10,000."""
    first = answerer.answer("we paid 10k for our old machine, what credit do we get")
    assert first.credited == "$10,000"
    second = answerer.answer(
        "so what would we pay for the lumen 2 group after that", credited=first.credited
    )
    assert "$8,300" in second.text


def test_money_figures_are_read_by_the_money_reader() -> None:
    """ "395/mo", "$1,200", "395 total" are money; "5 cafes" is not; money is no volume."""
    assert set(written_figures("so 395/mo total? or $1,200? is it 90 dollars")) == {
        "1,200",
        "395",
        "90",
    }
    assert money_figures("we run 5 cafes") == set()
    assert without_money("about 400 dollars a month").split() == ["about", "a", "month"]
    assert find_volume("we spend about 400 dollars a week on beans", True) is None
    assert find_volume("we do about 400 cups a week", True) == "about 400 cups a week"


def test_the_site_nouns_are_one_list() -> None:
    """Every site noun of the lexicon's list, singular or plural, is a location noun."""
    nouns = re.compile(rf"(?:{LOCATION_NOUNS})")
    for noun in SITE_NOUNS:
        assert nouns.fullmatch(noun)
        assert nouns.fullmatch(noun + ("es" if noun.endswith("ch") else "s"))


def test_a_plan_that_does_not_work_out_is_no_broken_machine() -> None:
    """ "if it doesn't work out for us" is no fault against "a working espresso machine"; "it
    doesn't work anymore" is."""
    rule = "Trade in a working espresso machine and we credit 15% of its original price."
    assert opposite_state("can we return it if it doesnt work out for us", rule) is None
    assert opposite_state("can i trade it in, it doesnt work anymore", rule) == "not working"


def test_the_most_people_asked_as_a_maximum_is_the_courses_cap(answerer: Answerer) -> None:
    """ "maximum number of baristas on the on-site course" asks its cap ("up to 6"), not the
    online course's price per staff member; a price asked of it stays its price."""
    capped = answerer.answer("maximum number of baristas on the on-site course?")
    assert "up to 6" in capped.text
    assert "$120" not in capped.text
    priced = answerer.answer("price of the on-site course?")
    assert "$850" in priced.text
    assert "up to 6" not in priced.text
