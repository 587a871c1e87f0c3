"""Which member has a thing, "that plan" and a monthly price over a year (issue 23, third
author's set): "which plan comes with a loaner grinder" then "how much is that plan for a whole
year" is the Pro plan, $99 x 12 = $1,188, each figure derived."""

from __future__ import annotations

import pytest

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.grounding import unsupported_numbers
from shared.rag.periods import asks_year
from shared.rag.which_member import members_with

from .conftest import KNOWLEDGE_BASE

CATALOG = catalog_from_folder(KNOWLEDGE_BASE)


def test_the_member_whose_sentence_names_the_thing_is_picked() -> None:
    """A loaner grinder is the Pro plan's; an account manager the Multi-site plan's."""
    pro = members_with(
        "which maintenance plan comes with a loaner grinder", "maintenance plan", CATALOG
    )
    assert [e.name for e, _ in pro] == ["Pro plan"]
    multi = members_with("what plan has a dedicated account manager", "maintenance plan", CATALOG)
    assert [e.name for e, _ in multi] == ["Multi-site plan"]
    # every plan includes visits: nothing is picked; no "which": nothing is asked
    assert members_with("which plan includes visits", "maintenance plan", CATALOG) == []
    assert members_with("the plan with a loaner grinder", "maintenance plan", CATALOG) == []


def test_a_year_is_asked_in_several_ways() -> None:
    """ "for a whole year", "annually", "per yr" and "12 months" ask a year; "a month" does not."""
    for text in ("for a whole year", "how much annually", "per yr", "over 12 months"):
        assert asks_year(text), text
    assert not asks_year("how much a month")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                "which maintenance plan comes with a loaner grinder",
                "how much is that plan for a whole year",
            ],
            "$99 x 12 = $1,188",
        ),
        (["how much is the pro plan annually"], "$1,188"),
        (["whats the essential plan", "ok how much is that plan per yr"], "$49 x 12 = $588"),
        (["multi site plan for 4 cafes, cost per year?"], "$316 x 12 = $3,792"),
    ],
)
def test_a_monthly_price_asked_over_a_year_is_derived(
    answerer: Answerer, turns: list[str], expected: str
) -> None:
    """The plan discussed (not another) is priced for a year, and every number is grounded."""
    recent: list[str] = []
    for turn in turns:
        answer = answerer.answer(turn, recent)
        recent = answer.entities or recent
    assert expected in answer.text
    assert unsupported_numbers(answer, turns[-1]) == set()


def test_a_count_per_year_gets_no_yearly_price(answerer: Answerer) -> None:
    """ "how many visits per year" is answered with the visits, not a price times 12."""
    answer = answerer.answer("how many visits per year with the pro plan")
    assert "x 12" not in answer.text
    assert "two preventive visits" in answer.text
