"""Follow-ups answered with the section they ask (set AF, issue 23): a roast date and what the
visitor thought we do are no roast level of the coffee discussed; the order minimum asked beside
an amount is the minimum, whatever coffees were being discussed."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer


def test_a_roast_date_after_a_coffee_is_its_freshness(follow: Callable[..., str]) -> None:
    """ "the roast date on my last bag says 4 weeks back, i thought you guys roast to order?"
    after the Foundry's price: how fresh we roast (48 hours), not the Foundry's roast level."""
    said = follow(
        "how much is the foundry espresso",
        "the roast date on my last bag says 4 weeks back, i thought you guys roast to order?",
    )
    assert "48 hours" in said
    assert "the roast is medium-dark" not in said


def test_the_roast_asked_of_a_coffee_is_still_its_level(follow: Callable[..., str]) -> None:
    """Negative: "and the roast?" after the Foundry is its roast level, as before."""
    said = follow("how much is the foundry espresso", "and the roast?")
    assert "medium-dark" in said


def test_a_minimum_asked_beside_an_amount_after_coffees(answerer: Answerer) -> None:
    """ "is there a minimum like if we only take 12 lb altogether" after two blends: the 20 lb
    minimum and that 12 lb is below it, not one blend's price per lb."""
    said = answerer.answer(
        "is there a minimum like if we only take 12 lb altogether",
        recent=["Night Shift Decaf", "Harbor Cold Brew Blend"],
    ).text
    assert "20 lb" in said
    assert "below that minimum" in said


def test_a_minimum_asked_beside_an_amount_that_meets_it(answerer: Answerer) -> None:
    """ "any minimum if we take 40 lb" is the minimum, with no "below" (40 lb meets it)."""
    said = answerer.answer(
        "any minimum if we take 40 lb", recent=["Night Shift Decaf", "Harbor Cold Brew Blend"]
    ).text
    assert "20 lb" in said
    assert "below" not in said


def test_a_price_for_an_amount_of_the_coffees_discussed_is_still_priced(
    answerer: Answerer,
) -> None:
    """Negative: "whats the price for 10 lb" after two blends is their prices, no minimum."""
    said = answerer.answer(
        "whats the price for 10 lb", recent=["Night Shift Decaf", "Harbor Cold Brew Blend"]
    ).text
    assert "$13.25" in said


def test_a_bare_price_after_a_run_on_about_a_service_is_its_price(answerer: Answerer) -> None:
    """ "is the launch help worth paying for what does it actually include and how much": the
    contents, then the consulting's $2,500 (the bare "how much" read with the words before it
    found the description again and was dropped)."""
    said = answerer.answer(
        "is the consulting thing any good what does it actually include and how much"
    ).text
    assert "$2,500" in said
    assert "Menu design" in said


def test_a_price_asked_with_its_item_is_unchanged(answerer: Answerer) -> None:
    """Negative: "what does the pro plan cover and how much" keeps its contents and price."""
    said = answerer.answer("what does the pro plan cover and how much").text
    assert "$99 per month" in said
    assert "loaner grinder" in said


def test_techs_are_the_technicians(follow: Callable[..., str]) -> None:
    """ "ok and do u have techs out in arizona or not" after a filter's warranty: where our own
    technicians work and the partners beyond, no don't-know for the clipped word."""
    said = follow(
        "whats the warranty on the clarity filter", "ok and do u have techs out in arizona or not"
    )
    assert "partner technicians" in said


def test_the_visitors_own_tech_is_no_question_about_ours(answerer: Answerer) -> None:
    """Negative: "our tech said ..." (one tech, theirs) does not bring in our coverage."""
    said = answerer.answer("our tech said the boiler is scaled, is that covered by warranty")
    assert "partner technicians" not in said.text
