"""The classes of a sixth author's held-out set (a name before an email, an order short of a
part, a billing question from a customer), each with phrasings of our own and a case the rule
must not take, through the real reader."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import support
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.contact_names import name_before_contact
from shared.understanding.support_issues import detect
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it's hye-jin park, accounts@crumbandkettle.com", "Hye-jin Park"),
        ("this is mei-ling young, 503 555 0100", "Mei-ling Young"),
        ("priya baker, priya@x.com", "Priya Baker"),
        ("it's great, foo@x.com", None),
        ("hye-jin here, a@x.com", None),
        ("order arrived today, 503 555 0100", None),
    ],
)
def test_name_before_contact_after_intro_with_ordinary_surname(text: str, name: str | None) -> None:
    """A lower-case name after "it's" before an email is read, its surname may be an ordinary
    word after a sure first name; ordinary words alone are no name."""
    assert name_before_contact(text) == name


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the grinder arrived monday, unpacked it and only one hopper lid in the box", "delivery"),
        ("our beans never arrived", "delivery"),
        ("we've been ordering since june, never missed a payment", None),
        ("we've ordered from you for a year and were never late paying", None),
        ("what comes in the box with the lumen?", None),
    ],
)
def test_order_problems_and_negated_ones(text: str, category: str | None) -> None:
    """A delivery short of a part or never arrived is an order problem; "never missed a
    payment" reports nothing, nor does a question about the box."""
    issue = detect(text)
    assert (issue.category if issue else None) == category


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("we got the brewer tuesday, only 2 carafes in the box, should be 3", "carafes"),
        ("I thought we could go on invoice by now", "invoice"),
        ("can we switch to net-30 billing", "net-30"),
        ("we love the foundry blend", None),
    ],
)
def test_support_need_of_a_short_delivery_or_billing(text: str, wanted: str | None) -> None:
    """A part short in a delivery and a billing change are stored as the support need; a
    compliment is no need."""
    found = support(text, False)
    if wanted is None:
        assert found is None
    else:
        assert found is not None
        assert wanted in found.lower()


async def test_part_missing_from_delivery_types_an_existing_customer(brain: LocalBrain) -> None:
    """A customer whose delivery came short a part is an existing customer with that support
    need, and its name and phone given next are stored."""
    state = await play(
        brain,
        [
            "the BatchPro arrived this morning. only one carafe in the box. is that normal",
            "Ana Ruiz, Corner Beans, 503-555-0188",
        ],
    )
    assert state.customer_type is CustomerType.EXISTING_CAFE
    assert "carafe" in str(state.collected.get("support_needs", "")).lower()
    assert state.collected.get("name") == "Ana Ruiz"


async def test_billing_question_opens_no_repair_ticket(brain: LocalBrain) -> None:
    """An existing customer's billing history ("never missed a payment") is no order problem:
    no ticket, and the invoicing wish is its support need."""
    state = await play(
        brain,
        [
            "we're an existing customer, we still pay by card but want to move to invoicing",
            "we've been ordering since march and never missed a payment",
        ],
    )
    assert not state.support
    assert "invoic" in str(state.collected.get("support_needs", "")).lower()
