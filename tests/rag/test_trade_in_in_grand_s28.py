"""A trade-in credit asked on a price told in "grand" (issue 23, set AE): the 15% worked on the
amount, as for "$12,000"; with no figure told, the rule alone."""

from __future__ import annotations

from shared.rag.answering import Answerer


def test_a_price_in_grand_gets_its_credit_worked(answerer: Answerer) -> None:
    """ "9 grand new" is $9,000: 15% of it, $1,350, is the credit."""
    said = answerer.answer("our machine was 9 grand new, how much would a trade-in knock off?").text
    assert "15%" in said
    assert "$1,350" in said


def test_no_figure_told_gets_the_rule_without_a_sum(answerer: Answerer) -> None:
    """No price told: no amount worked, and the grand of a grand opening is none."""
    said = answerer.answer("after our grand opening, could a trade-in knock something off?").text
    assert "On $" not in said
