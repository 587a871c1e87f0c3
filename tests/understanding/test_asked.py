"""What a question asks of an item: one vocabulary for the answerer and the flow rules."""

from __future__ import annotations

from shared.understanding.asked import asks_about_item, asks_lease, asks_price, asks_total


def test_a_question_naming_an_attribute_asks_and_a_bare_value_answers() -> None:
    """ "monthly payment on a lumen 3 group lease?" asks; "maybe 250 cups a day?" answers."""
    assert asks_about_item("monthly payment on a lumen 3 group lease?")
    assert asks_about_item("It's under warranty, right?")
    assert asks_about_item("how much is the pico?")
    assert not asks_about_item("maybe 250 cups a day?")
    assert not asks_about_item("the price was fine")  # no question mark: a statement


def test_leasing_and_totals_are_asked_by_their_own_words() -> None:
    """Leasing by "lease"/"financing"/"installments", a total by "total"/"altogether"."""
    assert asks_lease("Can we finance the Lumen?")
    assert asks_lease("pwede ba installment?")
    assert not asks_lease("what's the monthly volume discount?")
    assert asks_total("what would that be altogether?")
    assert not asks_total("how much is the pico?")


def test_the_answerer_and_the_flow_rules_share_the_price_words() -> None:
    """Every question the answerer reads as a price ask is one the flow rules see as asking."""
    for text in ("what do you charge for the foundry?", "what does the Atlas 64 go for?"):
        assert asks_price(text)
        assert asks_about_item(text)
