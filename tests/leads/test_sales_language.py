"""The lead as sales reads it: topics named by product or subject, stated money as numbers,
details cut from an amount repaired, and every item named counted with its quantity."""

from __future__ import annotations

from shared.conversation.state import CustomerType
from shared.leads.estimate import estimate
from shared.leads.money import repaired, stated_budget
from shared.leads.signals import signals
from shared.leads.summary import summarize, topic_labels
from shared.understanding.entities.money import amounts
from tests.leads.factories import state, transcript

TOPICS = [
    "products/espresso-machines.md#Lumen 2-Group",
    "recent:1:Lumen 2-Group",
    "faq/shipping-and-delivery.md#We ship within 48 hours of roasting to",
]


def test_topics_are_named_in_sales_language() -> None:
    """Internal topic keys become product names and source subjects, without duplicates."""
    assert topic_labels(TOPICS) == ["Lumen 2-Group", "espresso machines", "shipping and delivery"]


def test_summary_has_no_internal_keys_and_money_as_a_number() -> None:
    """A "$20,000 for equipment" conversation: the budget is 20000 in its own field, the
    needs say "for equipment" (not "000 for equipment"), the text has no topic keys."""
    conversation = state(
        customer_type=CustomerType.NEW_CAFE,
        collected={"name": "Ana", "equipment_needs": "000 for equipment"},
        topics=TOPICS,
    )
    lines = transcript("We have $20,000 for equipment", "tell me about the Lumen 2-Group")
    summary = summarize(conversation, lines, signals(lines))
    assert summary.budget == 20000
    assert summary.needs == ["equipment needs: for equipment"]
    assert "000" not in summary.text
    assert ".md" not in summary.text
    assert "recent:" not in summary.text
    assert "Lumen 2-Group" in summary.asked_about


def test_money_amounts_are_read_as_numbers() -> None:
    """Dollar signs, k, thousand, million and "dollars" give numbers; cups are not money."""
    assert amounts("$20,000 or about 25k, at most 30 thousand dollars") == [20000, 25000, 30000]
    assert amounts("$1.2 million") == [1_200_000]
    assert amounts("250 cups a day for 3 shops") == []
    assert stated_budget(transcript("budget is $5k", "maybe $8,000")) == 8000
    assert repaired("two grinders", transcript("two grinders")) == "two grinders"


def test_estimate_counts_every_item_named_with_its_quantity() -> None:
    """ "a 3-group machine plus two grinders" is valued as one 3-group machine and two
    grinders, even when another detail (support needs) was collected."""
    conversation = state(
        customer_type=CustomerType.EXISTING_CAFE, collected={"support_needs": "maintenance"}
    )
    value = estimate(conversation, transcript("We need a 3-group machine plus two grinders"))
    quantities = {i.item: i.quantity for i in value.line_items}
    assert quantities["Lumen 3-Group"] == 1
    assert quantities["espresso grinder"] == 2
    assert value.one_off_low > 10_000


def test_lead_analysis_reads_numbers_said_in_words() -> None:
    """A budget said as "fifteen grand" and grinders dictated as "the to grind hers" reach the
    budget and the estimate as the reader reads them ($15,000; two grinders)."""
    assert stated_budget(transcript("we could spend fifteen grand tops")) == 15_000
    conversation = state(customer_type=CustomerType.NEW_CAFE)
    value = estimate(conversation, transcript("a three group and the to grind hers please"))
    quantities = {i.item: i.quantity for i in value.line_items}
    assert quantities["Lumen 3-Group"] == 1
    assert quantities["espresso grinder"] == 2
