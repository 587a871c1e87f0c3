"""Issue 23, set T's classes in our own phrasings: a fragment asking only an attribute is
answered from the reply just given, a topic typed as the first message is asked for, "for X"
re-asks the section just answered, and a one-off job's price is not a plan's monthly fee."""

from __future__ import annotations

import asyncio

from shared.chat.knowledge import Knowledge
from shared.chat.subjects import said_again
from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.rag.answering import Answerer
from shared.rag.periods import one_time_unpriced
from shared.rag.retriever import Retriever
from shared.rag.subject import on_subject
from shared.rag.types import Answer, Source
from shared.understanding.questions import is_question
from shared.understanding.reference import asks_again_for, carrying_sentence, opens_with_topic

EMERGENCY = (
    "Customers on the Pro and Multi-site plans can call our emergency repair line 7 days a "
    "week, from 6:00 to 22:00 Pacific Time."
)


def test_the_one_sentence_carrying_the_attribute_is_picked() -> None:
    """ "which times" finds the sentence with times of day, "how many weeks" the one saying
    weeks; two sentences carrying it, or a question of its own, pick none."""
    reply = "The lab opens at 9:00 and closes at 17:00. Tours run for two weeks every spring."
    assert carrying_sentence("which times?", reply) == "The lab opens at 9:00 and closes at 17:00."
    assert carrying_sentence("how many weeks", reply) == "Tours run for two weeks every spring."
    assert carrying_sentence("how many weeks", f"{reply} Refunds take two weeks.") is None
    assert carrying_sentence("what else", reply) is None
    assert carrying_sentence("how many weeks do you need", reply) is None


def test_only_a_sentence_of_the_knowledge_base_is_said_again(retriever: Retriever) -> None:
    """The emergency line's sentence, quoted by the last reply, answers "which times"; the
    chat's own question in the same reply is never an answer."""
    again = said_again("which times", f"{EMERGENCY} Can I have your name?", retriever.chunks)
    assert again is not None
    assert "6:00 to 22:00" in again.text
    assert again.grounded
    asked = said_again("what name", "What name should I pass along to our team?", retriever.chunks)
    assert asked is None


def test_a_fragment_after_the_emergency_line_asks_its_hours(retriever: Retriever) -> None:
    """After the emergency line's answer, "which times?" gets its hours, not the sales team's."""
    found = asyncio.run(Knowledge(retriever).lookup("which times?", [], None, EMERGENCY))
    assert "6:00" in found.answer.text
    assert "8:00" not in found.answer.text


async def test_a_topic_typed_as_the_first_message_is_asked_for() -> None:
    """ "roastery tours", "leasing" or "delivery to vancouver" as a first message asks for it;
    a greeting, a thanks or the same topic later in the conversation does not."""
    brain = LocalBrain()
    for message in ["roastery tours", "leasing", "delivery to vancouver"]:
        assert (await brain.understand(message, ConversationState())).retrieve, message
    for message in ["hello there", "thanks a lot"]:
        assert not (await brain.understand(message, ConversationState())).retrieve, message
    later = await brain.understand("roastery tours", ConversationState(turns=2))
    assert not later.retrieve
    assert opens_with_topic("subscriptions")
    assert not opens_with_topic("hello")


def test_a_spec_put_first_asks() -> None:
    """ "voltage of the pico" and "burr size for the atlas 75" ask; "power is fine"
    remarks."""
    assert is_question("voltage of the pico")
    assert is_question("burr size for the atlas 75")
    assert not is_question("power is fine")


def test_for_another_thing_re_asks_the_section_just_answered() -> None:
    """ "for espresso beans" after a section is read against it; "for my sister" is no such
    fragment."""
    assert asks_again_for("and for espresso beans?")
    assert not asks_again_for("for my sister")
    heading = "Minimum order and volume discount"
    assert on_subject("for espresso beans", heading, lambda _: False) == (
        f"{heading}: for espresso beans"
    )


def test_a_one_off_job_is_not_priced_by_a_plan(answerer: Answerer) -> None:
    """A one-time service call asked gets no plan's monthly fee; a plan's fee for a single
    month is still answered."""
    one_off = answerer.answer("what does a one-time service call cost?")
    assert not one_off.grounded
    month = answerer.answer("how much is the pro plan for a single month")
    assert month.grounded
    assert "$99" in month.text


def test_a_monthly_answer_to_an_unqualified_price_stays() -> None:
    """The guard needs both the one-off ask and a per-period answer."""
    source = Source(title="t", category="c", source="s")
    monthly = Answer(text="The Pro plan is $99 per month.", sources=[source], grounded=True)
    assert one_time_unpriced(monthly, "how much is the pro plan") is monthly
    assert not one_time_unpriced(monthly, "how much is a one-off visit").grounded
    flat = Answer(text="Delivery is a flat $18.", sources=[source], grounded=True)
    assert one_time_unpriced(flat, "one-off delivery price?") is flat
