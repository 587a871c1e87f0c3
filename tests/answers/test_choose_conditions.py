"""Answers that choose, second part: a count per period, a stated condition the rule excludes,
and a policy asked of an item through the clause that asks it."""

from __future__ import annotations

import httpx

from shared.rag.conditions import said_no, unmet_condition
from shared.rag.counting import period_asked, states_count, states_period
from shared.rag.policy_answers import asking_clauses

from ..conversation.test_chat_api import say

RETURNS = (
    "Yes, within limits. Unopened coffee can be returned within 14 days. Equipment can be "
    "returned within 30 days if it is unused and in its original packaging."
)


def test_a_count_asked_per_period_names_the_period() -> None:
    """ "an hour", "per day", "/wk" name the period; a plain count asks none."""
    assert period_asked("how many shots an hour can the lumen 2 group pull?") == "hour"
    assert period_asked("how many cups per day does it make") == "day"
    assert period_asked("how many bags /wk do cafes order") == "week"
    assert period_asked("how many group heads does it have") is None


def test_a_count_per_period_needs_that_period_in_the_sentence() -> None:
    """ "two baristas pull shots" counts baristas, no rate; "150 shots a day" is a rate."""
    asked = "how many shots an hour can it pull"
    assert not states_count("It lets two baristas pull shots side by side.", "shot", asked)
    assert states_count("It pulls up to 120 shots an hour.", "shot", asked)
    assert not states_count("It pulls up to 120 shots a day.", "shot", asked)
    assert states_period("Deliveries go out daily.", "day")


def test_a_negated_condition_is_the_visitors_word_unmet() -> None:
    """ "opened" is unmet by "Unopened coffee"; "unopened" asked meets it; short words never."""
    question = "opened a bag of riverbend, can we send it back?"
    assert unmet_condition(question, "Unopened coffee can be returned within 14 days.") == "opened"
    assert unmet_condition("can we return unopened coffee?", "Unopened coffee can be.") is None
    assert unmet_condition("can we use it", "It is unusual.") is None


def test_a_yes_no_question_with_an_unmet_condition_says_no_first() -> None:
    """The reply opens "No", keeps only the sentences stating the condition, drops "Yes"."""
    used = said_no("we used the grinder a week, can we return it?", RETURNS)
    assert used is not None
    assert used.startswith("No, not once it has been used.")
    assert "unused" in used
    assert "Yes" not in used
    assert "Unopened" not in used
    opened = said_no("opened a bag, can we send it back?", RETURNS)
    assert (
        opened == "No, not once it has been opened: unopened coffee can be returned within 14 days."
    )
    assert said_no("can we return unopened coffee?", RETURNS) is None
    assert said_no("opened bags are returned how?", RETURNS) is None  # asks no yes or no


def test_theasking_clauses_of_a_story() -> None:
    """Of "we used it a week, can we return it?" only the clause that asks is read apart."""
    story = "we bought a grinder and used it for a week, can we return it?"
    assert asking_clauses(story) == ["can we return it?"]
    assert asking_clauses("can we return it?") == []


async def test_chat_answers_a_policy_asked_of_an_item_by_the_policy(
    chat_client: httpx.AsyncClient,
) -> None:
    """A used grinder's return gets the returns policy with "no" first, not the grinder's
    shipping sentence; an opened bag gets "no" and the unopened-only rule."""
    body = await say(chat_client, "we bought a grinder and used it for a week, can we return it?")
    assert body["reply"].startswith("No, not once it has been used.")
    assert "unused" in body["reply"]
    assert "5 business days" not in body["reply"]
    bag = await say(
        chat_client, "opened a bag of riverbend and we dont like it, can we send it back?"
    )
    assert (
        "No, not once it has been opened: unopened coffee can be returned within 14 days"
        in (bag["reply"])
    )


async def test_chat_gives_the_gap_for_a_count_per_hour(chat_client: httpx.AsyncClient) -> None:
    """ "how many shots an hour" is a gap, not the sentence about two baristas."""
    body = await say(chat_client, "how many shots an hour can the lumen 2 group pull?")
    assert "I don't have information on the number of shots" in body["reply"]
    assert "baristas" not in body["reply"]
