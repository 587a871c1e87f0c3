"""Support-request detection (pure): classes of phrasings, typos, and what must not match."""

from __future__ import annotations

import pytest

from shared.catalog.terms import emergency_line_from
from shared.crm.support import support_reply
from shared.understanding.support_issues import detect

EQUIPMENT_REPORTS = [
    "Our espresso machine stopped working this morning",
    "my grinder is making a horrible noise",
    "The Lumen we bought from you is leaking water all over the counter",
    "hi, our machine won't turn on at all",
    "I think the boiler on our machine is broken",
    "our grindr is jammed again",  # typo
    "We leased a 2-group from you and the steam wand has no pressure",
    "The steam wand on our Lumen is spitting and the boiler light keeps flashing",
    "our espresso machine broke down at the Pearl St location",
    "we run 2 coffee carts and our grinder keeps jamming",  # inflection of a short stem
    "the brewer we got from you keeps clogging",
]
DELIVERY_REPORTS = [
    "My coffee order hasn't arrived yet",
    "our delivery is three days late",
    "We ordered 20 bags of beans last week and they never came",
    "The shipment we received was damaged",
    "our delivry is delayed again",  # typo
    "Order #4411 is missing two bags",
    "Hi, we haven't received our beans this week",
    "my order hasnt arrived yet",  # apostrophe left out
]
NOT_SUPPORT = [
    "We're opening a café and need an espresso machine with two groups",
    "Does the Lumen ever break down?",
    "What happens if my machine breaks?",
    "How late can I get a delivery on Fridays?",
    "What coffee do you recommend for espresso?",
    "The machine looks great, how much is it?",
    "I need a grinder and a machine for my new shop",
    "Our current supplier always delivers late, that's why we're looking",
    "our old grinder is broken so we want to replace it",
    "We do drip coffee and need a machine for our shop",
    "I need a grinder for grinding espresso at my new café",
]


@pytest.mark.parametrize("message", EQUIPMENT_REPORTS)
def test_equipment_problems_are_detected(message: str) -> None:
    """A fault with the visitor's own equipment is an equipment support request."""
    issue = detect(message)
    assert issue is not None
    assert issue.category == "equipment"


@pytest.mark.parametrize("message", DELIVERY_REPORTS)
def test_delivery_problems_are_detected(message: str) -> None:
    """A late, missing or damaged order is a delivery support request."""
    issue = detect(message)
    assert issue is not None
    assert issue.category == "delivery"


@pytest.mark.parametrize("message", NOT_SUPPORT)
def test_sales_questions_are_not_tickets(message: str) -> None:
    """Buying questions and hypotheticals do not open tickets."""
    assert detect(message) is None


def test_urgency_and_existing_customers() -> None:
    """Leaks and a dead machine are urgent; a known existing café needs no possessive."""
    leaking = detect("our machine is leaking")
    assert leaking is not None
    assert leaking.urgent
    noisy = detect("our grinder is noisy")
    assert noisy is not None
    assert not noisy.urgent
    assert detect("the grinder is broken") is None
    assert detect("the grinder is broken", existing_customer=True) is not None


def test_emergency_line_and_reply() -> None:
    """The knowledge base's emergency sentence is found and offered only for urgent faults."""
    text = (
        "## Emergency repair line\n\nCustomers on the **Pro** plans can call our emergency "
        "repair line 7 days a week, from 6:00 to 22:00 Pacific Time.\n"
    )
    line = emergency_line_from(["nothing here", text])
    assert line is not None
    assert line.startswith("Customers on the Pro plans")
    assert line.endswith("Pacific Time.")
    urgent = detect("our machine is leaking")
    assert urgent is not None
    assert line in support_reply(urgent, line, has_contact=False)
    calm = detect("our grinder is noisy")
    assert calm is not None
    assert line not in support_reply(calm, line, has_contact=True)


def test_stem_index_accepts_exactly_what_the_full_scan_accepts() -> None:
    """The vocabulary check that tries only the stems a word can match (same first letter, or a
    length within one for a typo) gives the full scan's answer for every stem's typos and
    inflections and for plain words."""
    from shared.understanding import support_words
    from shared.understanding.support_issues import _close, _in_vocabulary

    vocabularies = [v for v in vars(support_words).values() if isinstance(v, tuple)]
    plain = ["the", "our", "machine", "broken", "delivery", "grinder", "a", "x", "coffee", "late"]
    for vocabulary in vocabularies:
        words = list(plain)
        for stem in vocabulary:
            for i in range(len(stem)):
                words += [stem[:i] + stem[i + 1 :], stem[:i] + "x" + stem[i + 1 :]]
            words += [stem + "s", stem + "ing", stem + stem[-1] + "ed", "x" + stem]
        for word in words:
            full = any(_close(word, stem) for stem in vocabulary)
            assert _in_vocabulary.__wrapped__(word, vocabulary) == full, (word, vocabulary[:3])


@pytest.mark.parametrize(
    "message",
    [
        "nothing is wrong with our lumen, just curious how repairs work if it ever breaks",
        "the machine runs great, I was wondering what happens if it breaks down one day",
        "I'd like to know what you do if the grinder ever dies on us",
    ],
)
def test_curiosity_about_a_fault_supposed_is_no_report(message: str) -> None:
    """ "Curious", "wondering" and "I'd like to know" ask as a question mark does: about a
    fault supposed ("if it ever breaks"), the visitor reports nothing."""
    assert detect(message, existing_customer=True) is None


@pytest.mark.parametrize(
    "message",
    [
        "our grinder from you keeps jamming, I want to know if it is still under warranty",
        "the espresso machine is leaking, curious if you could send someone this week",
        "wondering why our grinder keeps jamming since tuesday",
    ],
)
def test_a_fault_told_in_a_clause_before_the_question_is_reported(message: str) -> None:
    """The fault told in its own clause before the curious question is a report."""
    issue = detect(message, existing_customer=True)
    assert issue is not None
    assert issue.category == "equipment"


@pytest.mark.parametrize(
    "message",
    [
        "we're on a standing order with you, asked for forty pounds and only six bags showed up",
        "just 3 of the boxes arrived today, the rest is nowhere",
        "we ordered 60 lb last week and only got 40",
        "paid for ten bags of the decaf but received seven",
    ],
)
def test_a_delivery_short_of_the_order_is_a_delivery_problem(message: str) -> None:
    """Fewer bags, boxes or pounds than ordered is an order problem now, a ticket."""
    issue = detect(message, existing_customer=True)
    assert issue is not None
    assert issue.category == "delivery"


@pytest.mark.parametrize(
    "message",
    [
        "only two baristas showed up today, can you help with training?",
        "if only 5 bags arrive, what happens?",
        "we only got two bags of samples last time, do you do bigger sample kits?",
    ],
)
def test_few_people_or_a_supposed_shortfall_is_no_delivery_problem(message: str) -> None:
    """People who turned up, a shortfall supposed, or a sample asked about report no order."""
    assert detect(message, existing_customer=True) is None
