"""References inside the chat: an item named in a statement is the next question's subject,
a clause pointing at the chat's own words ("the one you mentioned") is a reference, and
vowel-less text-speak ("3grp") is read as the knowledge base's word, and a member is named by
a quality its attributes state ("the ethiopian one")."""

from __future__ import annotations

import httpx

from shared.catalog import catalog_from_folder
from shared.rag.described import described_member
from shared.rag.question import untagged

from ..conversation.test_chat_api import say
from .test_answers import ROOT

CATALOG = catalog_from_folder(ROOT / "knowledge_base")


def test_a_clause_pointing_at_the_chat_words_becomes_a_reference() -> None:
    """ "the one you mentioned", "the grinder you suggested": reference kept, clause dropped."""
    assert untagged("can i lease the one you mentioned?") == "can i lease that one?"
    assert untagged("how much is the grinder you just suggested") == "how much is that grinder"
    assert untagged("is the machine that you recommended 110v") == "is that machine 110v"
    assert untagged("what did you mean by delivery") == "what did you mean by delivery"


async def test_an_item_named_in_a_statement_is_the_next_question_subject(
    chat_client: httpx.AsyncClient,
) -> None:
    """A statement naming one machine (typed "3grp") makes "it" in a lease question that machine."""
    for statement, lease, monthly in [
        ("looking at the lumen 3grp", "ok if i lease it instead, roughly what a month?", "$402"),
        ("we're eyeing the lumen 2 grp", "could we lease that one? monthly?", "$294"),
        ("thinking about the 3 group lumen", "what would the monthly be if we leased it", "$402"),
    ]:
        first = await say(chat_client, statement)
        body = await say(chat_client, lease, first["session_id"])
        assert monthly in body["reply"], (statement, lease, body["reply"])


async def test_the_one_you_mentioned_is_the_item_the_chat_named(
    chat_client: httpx.AsyncClient,
) -> None:
    """After an answer about one machine, "the one you mentioned" is that machine, not a gap."""
    first = await say(chat_client, "how much is the pico?")
    for ask in ["can i lease the one you mentioned?", "could i lease the machine you suggested"]:
        body = await say(chat_client, ask, first["session_id"])
        assert "$5,000" in body["reply"], (ask, body["reply"])
        assert "$117" not in body["reply"]  # the Pico alone is under the leasing minimum


def test_a_member_is_named_by_a_quality_its_attributes_state() -> None:
    """ "the ethiopian one" is the blend of Ethiopian origin; a vague or shared quality is none."""
    assert "Sunrise Single Origin" in described_member("the ethiopian one sounds good", CATALOG)
    assert "Night Shift Decaf" in described_member("how much is the swiss water one", CATALOG)
    assert "Sunrise Single Origin" in described_member("the light roast blend?", CATALOG)
    for vague in ["the same one please", "the other one", "the bigger one", "the kenyan one"]:
        assert described_member(vague, CATALOG) == vague


def test_a_remark_of_liking_asks_nothing() -> None:
    """ "X sounds amazing" keeps X and drops the remark; a question about looks is kept."""
    assert untagged("the sunrise sounds amazing") == "the sunrise"
    assert untagged("that one looks really nice!") == "that one!"
    assert untagged("what does the pico look like") == "what does the pico look like"


async def test_a_member_described_by_its_origin_is_answered(chat_client: httpx.AsyncClient) -> None:
    """ "the ethiopian one" and its kin get that blend's facts, not "I don't know"."""
    for ask, expected in [
        ("what about just beans then, the ethiopian one sounds amazing", "Yirgacheffe"),
        ("how much is the ethiopian coffee?", "$15.90"),
        ("is the swiss water one ok for espresso", "decaf espresso"),
    ]:
        body = await say(chat_client, ask)
        assert expected in body["reply"], (ask, body["reply"])


async def test_that_one_after_several_items_is_asked_not_guessed(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "that one" after an answer naming several items gets "which one", then resolves."""
    first = await say(chat_client, "how much are the atlas 75 and the atlas 64?")
    sid = first["session_id"]
    for ask in ["can i lease the one you mentioned?", "how much is that one?"]:
        body = await say(chat_client, ask, sid)
        assert "Which one do you mean" in body["reply"], (ask, body["reply"])
        assert "Atlas 75" in body["reply"]
        assert "Atlas 64" in body["reply"]
