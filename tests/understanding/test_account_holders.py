"""Conversations of account holders (issue 22): a customer of ours is read as one from what they
tell of orders, volumes and payments; an order stated is no fault; a person above the bot is a
handoff, and so is the offer to pass a question on accepted; a move to invoicing asked is the
need; a customer is asked no contact detail unless they report a fault or ask a next step;
and one typo matcher serves the normaliser and the support desk. Phrasings of our own, each
class with a case it must not take.
"""

from __future__ import annotations

import pytest

from shared.conversation.asking import contact_welcome, next_field
from shared.conversation.brain import _passes_question_on
from shared.conversation.kinds import CustomerType
from shared.conversation.registry import CONTACT_FIELDS
from shared.conversation.signals import asks_for_person
from shared.conversation.state import ConversationState
from shared.crm.support import decide
from shared.rag.parts import OFFER
from shared.understanding.account_requests import INVOICING, account_request
from shared.understanding.entities.relationship import already_customer
from shared.understanding.fuzzy import correct
from shared.understanding.support_issues import _close, tells_trouble
from shared.understanding.typos import mistyped


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        # an order of our catalog, its subject dropped or named by a relative clause
        ("ordered the pico 1 group last month, it's still sealed", True),
        ("can we send back the atlas 75 we ordered on monday", True),
        # a volume taken now of one of our coffees
        ("we go through roughly 90 lb a month, mostly riverbend", True),
        ("we're at 45 lbs a week of foundry between the two sites", True),
        # the orders paid for as lived
        ("we have always paid by invoice for each delivery so far", True),
        # another company's machine, a volume of no coffee of ours, a hypothesis, a question
        ("ordered a rancilio from a dealer last spring", False),
        ("we go through about 60 lb of espresso a month", False),
        ("we'd be at 120 lb a month of foundry once both shops open", False),
        ("would we be at 50 lb of riverbend a month with two grinders?", False),
        ("we pay by card for every order with our current roaster", False),
    ],
)
def test_a_customer_of_ours_told_by_orders_volumes_and_payments(text: str, customer: bool) -> None:
    """An order of our catalog, a current volume of our coffee and payments for orders say the
    visitor already buys from us; another supplier, a hypothesis or a question does not."""
    assert already_customer(text) is customer


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("could you get me in touch with somebody senior, please", True),
        ("i need to speak to a supervisor about this", True),
        ("put us in contact with your account manager", True),
        ("can i talk with whoever's in charge of wholesale", True),
        # the visitor's own people: a deferral, no handoff
        ("let me talk to my manager first and come back", False),
        ("my boss is senior to me so she decides", False),
    ],
)
def test_a_person_above_the_bot_is_a_handoff(text: str, person: bool) -> None:
    """Asking for someone senior, a supervisor or whoever is in charge asks for a person;
    talking to one's own manager does not."""
    assert asks_for_person(text) is person


@pytest.mark.parametrize(
    ("text", "trouble"),
    [
        ("the order was 30 lb of foundry", False),
        ("our standing order is 40 lb every two weeks", False),
        ("the order came with the decaf instead", True),
        ("our order hasnt come yet", True),
        ("the bags in our order arrived torn open and stale", True),
    ],
)
def test_an_order_stated_tells_no_trouble(text: str, trouble: bool) -> None:
    """A statement of an order tells no trouble; a swap, a negation or a lateness word does."""
    assert tells_trouble(text) is trouble


def test_the_classifier_alone_opens_no_ticket_for_an_order_stated() -> None:
    """A confident support verdict on a message that only states an order opens nothing; the
    same verdict on an order gone wrong or a machine's fault in words the rules miss still
    opens a ticket."""
    assert decide("the order was 30 lb of foundry", True, True) is None
    assert decide("the order came with the decaf instead", True, True) is not None
    assert decide("our atlas 75 keeps stopping halfway", True, True) is not None


def test_a_customer_of_ours_is_asked_contact_only_on_a_fault_or_a_next_step() -> None:
    """An engaged customer of ours asking as one is not asked for contact; one who reported a
    fault, asked for a person or committed is."""
    state = ConversationState(existing_customer=True, rag_questions=2, turns=3)
    assert not contact_welcome(state)
    assert contact_welcome(state.model_copy(update={"support": True}))
    assert contact_welcome(state.model_copy(update={"handoff": True}))
    assert contact_welcome(state.model_copy(update={"commitment": True}))
    assert contact_welcome(state.model_copy(update={"existing_customer": False}))


@pytest.mark.parametrize(
    ("word", "cues", "edits", "found"),
    [
        ("grindr", ("grinder", "grind"), 1, "grinder"),
        ("delivry", ("delivery",), 1, "delivery"),
        ("boise", ("noise",), 1, None),  # another first letter: no typo
        ("trainnig", ("training",), 2, "training"),
        ("trainnig", ("training",), 1, None),  # two edits where one is allowed
    ],
)
def test_one_typo_matcher(word: str, cues: tuple[str, ...], edits: int, found: str | None) -> None:
    """A word within the allowed edits of a cue and starting like it is that cue mistyped."""
    assert mistyped(word, cues, edits) == found


def test_the_normaliser_and_the_desk_agree_on_a_typo() -> None:
    """Both readers of typos take a one-edit misspelling of a cue that keeps its first letter,
    and neither takes a word that starts with another letter."""
    assert correct("grindr") == "grinder"
    assert _close("grindr", "grinder")
    assert correct("deliveyr") == "delivery"  # two edits: the normaliser allows them in long words
    assert not _close("deliveyr", "delivery")
    assert not _close("boise", "noise")


def test_a_customer_of_ours_is_asked_only_what_sales_needs() -> None:
    """A customer of ours asking as one is asked a required field, never an optional one nor
    a contact detail; once a fault is reported the contact is asked again."""
    state = ConversationState(
        customer_type=CustomerType.EXISTING_CAFE,
        existing_customer=True,
        rag_questions=1,
        turns=2,
        collected={"pain_points": "the deliveries"},
    )
    assert next_field(state) == "locations"
    state.collected["locations"] = 2
    assert next_field(state) is None  # no support need, no name
    state.support = True
    assert next_field(state) in CONTACT_FIELDS


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("yes please", True),
        ("ok go ahead. it's invoice 5521", True),
        ("sure, pass it on", True),
        ("ok", False),  # an acknowledgement
        ("ok thanks, that's all", False),
        ("yes, and do you deliver on saturdays?", False),  # a question of its own
    ],
)
def test_the_offer_to_pass_a_question_on_accepted(text: str, accepted: bool) -> None:
    """After the bot offered to pass an unanswered question to sales, an acceptance asks for
    a person; an acknowledgement or a new question does not, nor an acceptance of nothing."""
    offered = ConversationState(last_reply=f"I'm sorry, I don't know that one. {OFFER}")
    assert _passes_question_on(text, offered) is accepted
    assert not _passes_question_on(text, ConversationState(last_reply="The Pico is $3,900."))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("could you put us on net 30 now, it's been six months", True),
        ("we'd like to pay by invoice from next month", True),
        ("what are your payment terms?", False),  # the terms in general
        ("does an invoice come with each delivery", False),
    ],
)
def test_an_account_change_asked_is_the_need(text: str, wanted: bool) -> None:
    """Moving to invoicing, asked by the visitor, is read as the support need; a question about
    terms or invoices in general is not."""
    assert (account_request(text) == {"support_needs": INVOICING}) is wanted
