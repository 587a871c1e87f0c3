"""A place the visitor states decides the policy (issue 23, third author's set).

The speller keeps place names as typed, a clause saying where the visitor is becomes the zone it
lies in, a cost asked as "paying extra" is asked as what the price includes, and weights typed
against their number ("20lb") are quantities the delivered total reads.
"""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.extra_cost import as_included
from shared.rag.place_answers import placed, unused_place_words
from shared.rag.spelling import Speller
from shared.understanding.entities.places import place_in


def test_the_speller_never_rewrites_a_place_into_another_word() -> None:
    """ "columbus" stays (no "columbia"), "bc" after vancouver stays, "bc" alone is "because"."""
    speller = Speller(["columbia", "because", "colombia"])
    assert speller.correct("we're in columbus ohio") == "we're in columbus ohio"
    assert speller.correct("we're in vancouver BC.") == "we're in vancouver BC."
    assert speller.correct("ordering bc we run out") == "ordering because we run out"


def test_a_province_code_in_capitals_is_a_place_not_text_speak() -> None:
    """ "BC" and "MO" typed in capitals name the province or state; typed lower-case, "bc" stays
    text-speak for "because" (the case a visitor types is the only clue)."""
    speller = Speller(["because", "month", "alberta"])
    assert speller.correct("is BC different from alberta?") == "is BC different from alberta?"
    assert speller.correct("do u ship to MO") == "do you ship to MO"
    assert speller.correct("is bc of the storm") == "is because of the storm"


def test_a_weight_glued_to_its_number_is_set_apart() -> None:
    """ "20lb", "60lbs" and "5kg" become "20 lb", "60 lbs", "5 kg"; "2group" is left alone."""
    speller = Speller(["group"])
    assert speller.correct("just 20lb of it, 60lbs or 5kg") == "just 20 lb of it, 60 lbs or 5 kg"
    assert speller.correct("the 2group") == "the 2group"


def test_a_city_and_its_state_are_one_place() -> None:
    """ "columbus ohio" is one place in the continental US; "we're in ottawa" lies in Canada."""
    columbus = place_in("we're in columbus ohio")
    assert columbus is not None
    assert columbus.title == "Columbus Ohio"
    assert "continental us" in columbus.zones
    ottawa = place_in("were in ottawa")
    assert ottawa is not None
    assert "canada" in ottawa.zones


def test_where_the_visitor_is_becomes_the_zone_words() -> None:
    """The clause "we're in X" goes (Canada's becomes "in canada"); an asked scope stays."""
    unused = lambda word: False  # noqa: E731
    assert unused_place_words("do i pay extra? we're in columbus ohio", unused) == (
        "do i pay extra?"
    )
    assert unused_place_words("im in calgary, how long", unused) == "in canada, how long"
    assert unused_place_words("do you install in nevada", unused) == "do you install in nevada"
    assert unused_place_words("we're in toronto", lambda word: True) == "we're in toronto"


def test_paying_extra_is_asked_as_what_is_included() -> None:
    """Four phrasings of an extra cost become "is X included?"; a price question is untouched."""
    assert as_included("do i pay extra for someone to install it?") == "is install it included?"
    assert as_included("is there an additional charge for delivery") == "is delivery included?"
    assert as_included("any xtra fee for training?") == "any xtra fee for training?"
    assert as_included("any extra fee for training?") == "is training included?"
    assert as_included("do we have to pay more for the training") == ("is the training included?")
    assert as_included("how much is the pico?") == "how much is the pico?"


def test_the_place_is_put_in_the_zone_the_answer_names() -> None:
    """A sentence about the continental US places Columbus within it and Toronto outside."""
    rule = "Installation is included with every machine bought in the continental United States."
    columbus, toronto = place_in("columbus ohio"), place_in("toronto")
    assert columbus is not None
    assert toronto is not None
    assert placed(rule, columbus) == "Columbus Ohio is within the continental United States."
    assert placed(rule, toronto) == "Toronto is outside the continental United States."
    assert placed("We roast on Mondays.", toronto) is None


@pytest.mark.parametrize(
    "question",
    [
        "do i pay extra for someone to install it? we're in columbus ohio",
        "im in cleveland ohio, is installation free?",
        "we r in austin. does it cost extra to get it installed",
    ],
)
def test_installation_in_a_stated_us_city_is_included(answerer: Answerer, question: str) -> None:
    """A US city stated beside an installation cost question gets "included", with the city."""
    answer = answerer.answer(question)
    assert "included" in answer.text
    assert "within the continental United States" in answer.text
    assert "doesn't mention" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "we're in vancouver BC. 60 lb order, is delivery free and how long does it take?",
        "were in calgary, how long does shipping take",
        "we're in ottawa, do u deliver here",
    ],
)
def test_delivery_to_a_stated_canadian_city_has_the_fee_and_the_time(
    answerer: Answerer, question: str
) -> None:
    """A Canadian city gets the flat $18 fee whatever the size, and Canada's 5 to 7 days."""
    answer = answerer.answer(question)
    assert "outside the continental United States" in answer.text
    assert "$18" in answer.text
    assert "5 to 7 business days" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "just 20lb of the cold brew blend to denver. total incl delivery?",
        "20lbs harbor cold brew blend shipped to seattle, whats the total",
    ],
)
def test_a_glued_weight_of_a_blend_named_by_its_kind_is_totalled(
    answerer: Answerer, question: str
) -> None:
    """20 lb of the cold brew blend is $216, under $250 inside the zone: $216 + $18 = $234."""
    answer = answerer.answer(question)
    assert "$216 + $18 = $234" in answer.text


def test_a_place_the_message_points_back_to_is_what_is_asked(answerer: Answerer) -> None:
    """ "we're in denver ... techs out here?" keeps Denver: the partner technicians answer it."""
    assert unused_place_words("we're in denver. do u have techs out here?", lambda w: False) == (
        "we're in denver. do u have techs out here?"
    )
    answer = answerer.answer("we're in denver. if the machine breaks do u have techs out here?")
    assert "partner technicians" in answer.text
