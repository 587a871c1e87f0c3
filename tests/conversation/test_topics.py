"""The readers and writers of the conversation's topic list (``shared.conversation.topics``)."""

from __future__ import annotations

from shared.conversation.topics import (
    ASKED,
    CREDITED,
    GENERAL,
    ORDER,
    answers_so_far,
    count,
    entry,
    latest,
    next_entry,
    recent_attribute,
    recent_credited,
    recent_topic,
)

TOPICS = [
    "faq/ordering.md#Minimums",
    "recent:1:Lumen 2-Group",
    "asked:1:warranty",
    "order:1:Foundry=2",
    "recent:2:Atlas 75|Pico 54",
    "general:2:lease",
    "credited:2:$12,000",
]


def test_answers_so_far_counts_the_answers_about_items() -> None:
    """Only "recent:" entries are answers about items; other kinds are counted apart."""
    assert answers_so_far(TOPICS) == 2
    assert count(TOPICS, ORDER) == 1
    assert answers_so_far([]) == 0


def test_a_new_entry_is_numbered_after_the_earlier_ones() -> None:
    """A "recent:" or "order:" entry gets the next number of its kind, so it is unique."""
    assert recent_topic(TOPICS, ["Foundry", "Harbor"]) == "recent:3:Foundry|Harbor"
    assert next_entry(TOPICS, ORDER, "Harbor=1") == "order:2:Harbor=1"
    assert entry(CREDITED, 3, "$9,800") == "credited:3:$9,800"


def test_latest_reads_the_newest_entry_of_one_answer() -> None:
    """The newest value of a kind numbered with the given answer; None for another answer."""
    topics = [*TOPICS, "general:2:delivery"]
    assert latest(topics, GENERAL, 2) == "delivery"
    assert latest(topics, ASKED, 1) == "warranty"
    assert latest(topics, ASKED, 2) is None


def test_the_attribute_and_credit_belong_to_the_latest_answer() -> None:
    """An attribute or a credit of an earlier answer is no longer the latest answer's."""
    assert recent_attribute(TOPICS) == "lease"
    assert recent_attribute(TOPICS, general=False) is None
    assert recent_credited(TOPICS) == "$12,000"
    later = [*TOPICS, "recent:3:Foundry"]
    assert recent_attribute(later) is None
    assert recent_credited(later) is None
