"""Questions typed inside chat get their own answer (issue 23, s32), with the real embedding
model and the demo bundle: a plan's contents with its fee, the minimum asked as a count, a
question after an emoji, the ranked member of a kind named alone, and the service that helps
with what is asked."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.featured import helped_member
from shared.rag.retriever import Retriever


def test_a_plans_contents_come_with_its_fee(answerer: Answerer) -> None:
    """ "What do we get" of a plan paid monthly names its monthly fee; a machine's contents
    asked bring no fee that is not asked."""
    said = answerer.answer("pro plan - what do we actually get").text
    assert "$99 per month" in said
    assert "loaner grinder" in said
    kit = answerer.answer("what comes in the sample kit?").text
    assert "8 oz" in kit
    assert "per month" not in kit


def test_a_count_asked_as_what_it_takes_gets_the_minimum(answerer: Answerer) -> None:
    """ "How many locations needed" for the Multi-site plan gets its 3 or more; a count of the
    visitor's own figure is not read as a minimum."""
    said = answerer.answer("the multi site plan, how many locations required?").text
    assert "3 or more" in said
    assert "150 lb" in answerer.answer("custom blend. how many pounds do we need?").text


def test_a_question_after_an_emoji_is_asked_apart(answerer: Answerer) -> None:
    """The story before an emoji does not pull the answer away from the question after it."""
    said = answerer.answer("writing an essay on ethical coffee for uni 📚 r u a b corp?").text
    assert "2019" in said


def test_a_rank_after_a_kind_named_alone_picks_the_member(answerer: Answerer) -> None:
    """ "Brewer too. cheaper?" reads as the cheaper grinder when the kind is a grinder, and a
    rank after a word that is no kind is left alone."""
    assert "$1,350" in answerer.answer("and a grinder. the cheaper one?").text
    assert "$1,350" not in answerer.answer("warranty too. cheaper?").text


def test_help_with_a_task_finds_the_service_that_covers_it(answerer: Answerer) -> None:
    """ "Do you help with the bar layout" is the launch consulting's workflow layout; help with
    what no service's page holds is still a don't-know."""
    said = answerer.answer("can you guys help with the layout of our new bar?").text
    assert "Workflow layout" in said
    assert not answerer.answer("do you help with social media marketing?").grounded


def test_help_asked_before_more_questions_keeps_the_search(retriever: Retriever) -> None:
    """With more questions after it ("... cost?"), help asked with a task is left to the search
    (the parts after it lean on what the search finds); asked alone, it names the service."""
    documents: dict[str, str] = {}
    for chunk in retriever.chunks:
        documents[chunk.source] = f"{documents.get(chunk.source, '')} {chunk.text}"
    asked = "can u help w the layout? and the menu. cost?"
    assert helped_member(asked, retriever.catalog, documents) == asked
    alone = helped_member("can u help w the layout", retriever.catalog, documents)
    assert alone == "does the Café Launch Consulting cover the layout"
