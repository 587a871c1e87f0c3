"""Issue 23, set F: a named option the knowledge base never mentions is said to be unmentioned
before what our information does say ("can i pay with paypal?")."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.unmentioned import unmentioned_name


def test_a_name_asked_as_the_means_is_found() -> None:
    """ "via fedex", "with venmo" are names; English words and catalog names are not."""
    known = {"card", "steam", "wand", "invoice"}.__contains__
    naming = frozenset({"lumen", "atlas"})
    assert unmentioned_name("do you ship via fedex?", known, naming) == "fedex"
    assert unmentioned_name("can we settle up with venmo", known, naming) == "venmo"
    assert unmentioned_name("can i pay with a card", known, naming) == ""
    assert unmentioned_name("does it pair with the atlas", known, naming) == ""


def test_an_unmentioned_payment_option_is_said_so(answerer: Answerer) -> None:
    """Asked to pay with Venmo, the answer says our information does not mention it and gives
    the payment terms it does state (card, net-30)."""
    reply = answerer.answer("is it ok to pay with venmo?").text
    assert reply.startswith("I don't see Venmo in our information.")
    assert "card" in reply


def test_a_known_means_is_answered_plainly(answerer: Answerer) -> None:
    """ "pay with a card" is answered without any unmentioned name."""
    reply = answerer.answer("can i pay with a card?").text
    assert "I don't see" not in reply
    assert "card" in reply
