"""The one money reader: every figure of money a visitor writes, read in shared/understanding."""

from __future__ import annotations

from shared.understanding.entities.money import amounts, paid_amount, stated_amount, stated_budget


def test_a_thousands_point_is_read_as_thousands() -> None:
    """ "12.000 dollars" is twelve thousand, as much of Europe writes it; "$12.50" has cents."""
    assert stated_amount("the old one set us back 12.000 dollars") == 12_000
    assert amounts("about 7.500 dollars, then $12.50 for the filter") == [7_500, 12.5]


def test_a_bare_figure_is_money_only_after_a_paying_word() -> None:
    """ "cost 4500 new" and "we paid 8k" are money; "30 lb" and "we paid 3 for it" are not."""
    assert paid_amount("ours cost 4500 new") == 4_500
    assert stated_amount("we paid 8k for the grinder") == 8_000
    assert stated_amount("we go through 30 lb a week") is None
    assert stated_amount("we paid 3 for it") is None


def test_a_budget_is_read_only_when_the_text_speaks_of_one() -> None:
    """ "we could spend 7k" is a budget; "we have 7 cafes, can we afford it" has none."""
    assert stated_budget("we could spend 7k at most") == 7_000
    assert stated_budget("we have 7 cafes, can we afford it") is None


def test_amounts_keep_their_scale_words() -> None:
    """ "1.5 million", "40 thousand dollars" and "$3k" each keep their scale."""
    assert amounts("$1.5 million raised, 40 thousand dollars for fit-out, $3k spare") == [
        1_500_000,
        40_000,
        3_000,
    ]


def test_a_bare_k_figure_is_no_amount_the_question_states() -> None:
    """ "9k for a grinder??" quotes a price back; "we paid 9k" states an amount."""
    assert stated_amount("9k for a grinder?? seriously") is None
    assert stated_amount("we paid 9k for ours") == 9_000
    assert amounts("9k for a grinder??") == [9_000]  # still an amount of money


def test_grand_is_a_thousand_after_a_figure_as_the_lexicon_says() -> None:
    """ "it set us back 9 grand new" is $9,000, read with the lexicon's money scales."""
    assert paid_amount("it set us back 9 grand new") == 9_000
    assert stated_amount("we paid 14 grand for ours back then") == 14_000


def test_a_grand_opening_is_no_amount() -> None:
    """ "3 grand openings" counts openings; a bare "grand" with no figure is no money."""
    assert stated_amount("it was 3 grand openings ago") is None
    assert stated_amount("it was a grand machine in its day") is None
