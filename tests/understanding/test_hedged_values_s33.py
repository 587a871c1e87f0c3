"""A hedge is no question and its probable value is the value (set AP, issues 22 and 23), with
phrasings of our own: a guess offered after a question is part of that question, a question
the visitor answers themselves asks nothing, a subjectless "could slip to ..." tells, the
visitor's own "timing" cues an opening date, and sites counted as trading now make a running
business however many more are planned."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.kinds import CustomerType
from shared.rag.parts import is_ask
from shared.rag.question import split_parts
from shared.understanding.entities.quantities import find_locations
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.guesses import answers_itself, hedges, offers_guess
from shared.understanding.reference import as_least
from shared.understanding.visitor import visitor_type

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("guess", "question"),
    [
        ("2018 or later?", "when did you start roasting?"),
        ("three or four?", "how many blends do you roast?"),
        ("I guess around ten people?", "how big is the roasting team?"),
        ("pretty sure it was a woman?", "who is the head roaster?"),
        ("12? 15?", "how many grams for a single shot?"),
    ],
)
def test_a_guess_after_a_question_is_part_of_it(guess: str, question: str) -> None:
    """The guess offered after a question is not split off as an ask of its own."""
    assert offers_guess(guess, question)
    assert split_parts(f"{question} {guess}") == [question]


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("or the pico?", "what is the price of the lumen?"),  # a second item asked
        ("I think we need a grinder, how much is the atlas?", "do you deliver?"),
        ("maybe can you call me?", "is the showroom open saturday?"),
        ("2019 or later?", "we became a b corp."),  # nothing asked before it
    ],
)
def test_a_question_after_a_question_is_still_asked(sentence: str, before: str) -> None:
    """The negative: a sentence with an ask of its own, or one after no question, is no guess."""
    assert not offers_guess(sentence, before)


def test_a_question_answered_by_the_visitor_asks_nothing() -> None:
    """ "how many shops do we have... three, four with the cart" thinks aloud; the ask after it
    is the only part, and the count is not rewritten as a minimum asked."""
    message = "how many shops do we have... three, four with the cart. is there a group discount?"
    assert split_parts(message)[-1] == "is there a group discount?"
    assert not any(p.lower().startswith("how many") for p in split_parts(message))
    assert as_least("how many shops do we have... three") == "how many shops do we have... three"
    # the negatives: a count asked of us, or of what it takes, stays
    assert not answers_itself("how many shops do you deliver to?", "three, I think")
    assert as_least("how many sites do we need for the group plan?").startswith("minimum sites")


def test_an_aside_on_the_visitors_own_plans_is_cut_from_the_ask() -> None:
    """ "..., maybe we'll swing by on a weekend" is no words of the question before it."""
    parts = split_parts("where is your showroom, maybe we'll swing by on a weekend haha")
    assert parts[0] == "where is your showroom."
    assert not is_ask(parts[1])
    # the negative: a second question behind a comma stays one part with its ask
    assert split_parts("where is your showroom, can we park there?") == [
        "where is your showroom, can we park there?"
    ]


@pytest.mark.parametrize(
    "clause",
    ["could slip into autumn if the permits drag", "might be later", "may change after the lease"],
)
def test_a_subjectless_hedge_tells(clause: str) -> None:
    """A modal whose subject is left out hedges the date before it: no ask to echo."""
    assert hedges(clause)
    assert not is_ask(f"opening in may-ish, {clause}.")


def test_a_question_with_a_modal_still_asks() -> None:
    """The negative: a modal with its subject, or with a question mark, asks."""
    assert is_ask("could you ship by friday")
    assert is_ask("could be delivered by friday?")
    assert not hedges("could you ship by friday")


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("no idea on timing yet, autumn-ish, might slip to winter with the permits", "autumn"),
        ("our timeline is march, could slip to april", "march"),
    ],
)
def test_the_visitors_timing_keeps_its_first_value(message: str, value: str) -> None:
    """ "timing"/"timeline" said of the visitor's plan cues the opening; the hedge keeps the
    first value."""
    found = read_timeline(message, TODAY)
    assert found is not None
    assert found.startswith(value)


def test_a_timing_of_something_else_is_no_opening() -> None:
    """The negative: a delivery's or a kit's timing dates no opening."""
    assert read_timeline("what's the delivery timing in winter?", TODAY) is None
    assert read_timeline("timing for the training in autumn?", TODAY) is None


def test_sites_trading_now_make_a_running_business() -> None:
    """A count of sites trading now beside one that opens later is a running business with
    that count."""
    message = "we've got 3 shops, well 4 with the cart we launch in may. three open right now."
    assert visitor_type(message) is CustomerType.EXISTING_CAFE
    assert find_locations(message, asked=False) == 3


def test_sites_running_later_are_no_running_business() -> None:
    """The negatives: sites to be running later, or machines running at home, are none."""
    planned = "we're opening three cafés and hope to have all three running by autumn"
    assert visitor_type(planned) is CustomerType.NEW_CAFE
    assert find_locations("two machines running right now at home", asked=False) is None


@pytest.mark.parametrize(
    ("message", "value"),
    [
        ("opening in may or june, depends on the landlord", "in may"),
        ("we open may-ish, could slip to july", "may"),
        ("opening april or may if the permits drag", "april"),
    ],
)
def test_of_two_months_the_first_said_is_kept(message: str, value: str) -> None:
    """ "may or june" keeps may, as "april or may" keeps april: the hedge's first value."""
    assert read_timeline(message, TODAY) == value


def test_may_as_a_verb_is_no_month() -> None:
    """The negative: "may be july" and "we may open in june" date july and june."""
    assert read_timeline("opening in june, may be july", TODAY) == "in june"
    assert read_timeline("we may open in june", TODAY) == "in june"


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("we're looking at 3 or 4 shops, probably 3 the first year", 3),
        ("2-3 locations, realistically 2", 2),
    ],
)
def test_the_probable_count_after_a_range_of_sites(message: str, count: int) -> None:
    """The count hedged after a range of sites ("3 or 4 shops, probably 3") is the count."""
    assert find_locations(message, asked=False) == count


def test_a_range_alone_or_a_second_range_is_no_count() -> None:
    """The negatives: a range stays no count, and so does a range hedged by another range."""
    assert find_locations("3 or 4 shops depending on the lease", asked=False) is None
    assert find_locations("2-3 cafés, probably 3 or 4 later", asked=False) is None
