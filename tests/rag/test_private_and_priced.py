"""A person's own contact details refused with the company's, and a price asked of what a
passage describes (issue 23, third author's set)."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.private_contact import asks_private_contact


def test_a_private_contact_is_told_from_the_companys() -> None:
    """ "personal cell", "dana's mobile" and "her email" ask a person's own; "your phone" not."""
    assert asks_private_contact("whats luis arroyo's personal cell")
    assert asks_private_contact("can i get dana's mobile number")
    assert asks_private_contact("whats her email")
    assert not asks_private_contact("what is your phone number")
    assert not asks_private_contact("whats the sales email")


@pytest.mark.parametrize(
    "question",
    [
        "whats luis arroyo's personal cell",
        "can i get dana's private number pls",
        "can u give me luis's cell",
        "whats danas private number",
    ],
)
def test_a_private_contact_gets_the_refusal_and_the_sales_line(
    answerer: Answerer, question: str
) -> None:
    """The reply refuses and gives the published sales line, not a sentence about the person."""
    answer = answerer.answer(question)
    assert answer.text.startswith("I can't share personal contact details")
    assert "+1 503 555 0142" in answer.text
    assert "head roaster" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "do u help w opening a cafe? like menu + where stuff goes behind the bar. cost?",
        "how much is your help with a cafe opening",
    ],
)
def test_a_price_asked_of_a_described_service_is_its_price(
    answerer: Answerer, question: str
) -> None:
    """Help opening a café is the launch consulting, at its $2,500."""
    answer = answerer.answer(question)
    assert "$2,500" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "not doing espresso, just big batches of drip. what do u have and how big are the pots",
        "how big are the carafes on the batchpro",
        "How much is the BatchPro 2, and how big are its jugs?",  # set X: British "jugs"
    ],
)
def test_pots_are_the_brewers_servers(answerer: Answerer, question: str) -> None:
    """A brewer's pots are its 2.5-litre thermal servers, not a "couldn't find"."""
    answer = answerer.answer(question)
    assert "2.5" in answer.text
    assert "couldn't find" not in answer.text


def test_a_role_nobody_fills_is_an_honest_dont_know(answerer: Answerer) -> None:
    """ "the ceo's email" names no one the knowledge base names: no refusal, the don't-know."""
    assert not answerer.answer("whats the ceo's email").grounded
