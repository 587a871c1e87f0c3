"""Issue 23, set T's item-only follow-ups and totals: an item named alone after a question asks
that question of it, "total?" sums the items last discussed, a monthly after a leasing answer
is the lease's, and an equipment attribute asked of an item in a fragment is a question."""

from __future__ import annotations

import asyncio

from shared.chat.knowledge import Knowledge
from shared.conversation.topics import recent_attribute
from shared.rag.answering import Answerer
from shared.rag.retriever import Retriever
from shared.understanding.item_only import names_only_an_item
from shared.understanding.questions import is_question


def _follow(retriever: Retriever, *messages: str) -> str:
    """The reply to the last of ``messages``, each looked up with the topics before it."""
    knowledge = Knowledge(retriever)
    topics: list[str] = []
    reply = ""
    for message in messages:
        found = asyncio.run(knowledge.lookup(message, topics))
        topics = [*topics, *found.topics]
        reply = found.answer.text
    return reply


def test_an_item_named_alone_is_told_apart_from_an_ask() -> None:
    """ "and for the lumen 2 group", "i meant the atlas 75" name an item only; "do you have
    the pico", "the pico price", "we got the grinder" ask or state something of their own."""
    assert names_only_an_item("and for the lumen 2 group")
    assert names_only_an_item("the atlas 75 i meant")
    assert names_only_an_item("on the 3 group then")
    assert not names_only_an_item("do you have the pico")
    assert not names_only_an_item("the pico price")
    assert not names_only_an_item("we got the grinder")
    assert not names_only_an_item("i mean")


def test_an_attribute_asked_of_nothing_is_kept_for_the_item_named_next(
    retriever: Retriever,
) -> None:
    """ "how long is the warranty" answered in general, then "i meant the atlas 75": the
    Atlas 75's warranty, not its description."""
    reply = _follow(retriever, "how long is the warranty", "i meant the atlas 75")
    assert "2-year warranty" in reply
    assert "Atlas 75" in reply


def test_an_attribute_asked_later_of_no_item_is_the_latest() -> None:
    """The attribute of an answer about no item, given after an answer about an item, is the
    one a follow-up keeps."""
    topics = ["recent:1:Pico 1-Group", "asked:1:price", "general:1:warranty"]
    assert recent_attribute(topics) == "warranty"
    assert recent_attribute(topics, general=False) == "price"
    assert recent_attribute(["general:0:boiler"]) == "boiler"
    assert recent_attribute(["general:0:boiler", "recent:1:Pico 1-Group"]) is None


def test_what_comes_included_is_asked_again_of_the_item_named_next(retriever: Retriever) -> None:
    """ "does training come included" then "and on the pico": the training covers a Lumen
    only, so not with the Pico; "do you include installation" then "the atlas 64 i mean"
    answers the installation, not the grinder's specs."""
    pico = _follow(retriever, "does training come included", "and on the pico")
    assert "Pico 1-Group" in pico
    assert "not included" in pico or "Not with" in pico
    install = _follow(retriever, "do you include installation", "for the lumen 2 group i mean")
    assert "installation is included" in install.lower()


def test_a_total_asked_alone_sums_the_items_last_discussed(answerer: Answerer) -> None:
    """ "whats the total" after the 2-group and the smaller grinder: both summed, each price
    said; with one item discussed there is nothing to add up."""
    reply = answerer.answer("whats the total", ["Lumen 2-Group", "Atlas 64"], "price").text
    assert "$9,800" in reply
    assert "$1,350" in reply
    assert "$11,150" in reply


def test_a_monthly_asked_after_a_leasing_answer_is_the_lease(answerer: Answerer) -> None:
    """ "about how much a month" after leasing the 2-group is 3% of its price, not a plan's
    monthly fee."""
    lumen = ["Lumen 2-Group"]
    reply = answerer.answer("about how much a month", lumen, "lease", order=["Lumen 2-Group=1"])
    assert "$294" in reply.text
    assert "plan" not in reply.text


def test_an_equipment_attribute_asked_of_an_item_is_a_question() -> None:
    """ "burrs on the atlas 64", "voltage for the pico" ask; a remark on the attribute does
    not."""
    assert is_question("burrs on the atlas 64")
    assert is_question("voltage for the pico")
    assert not is_question("power for the shop is fine")


def test_items_added_one_message_at_a_time_are_summed(retriever: Retriever) -> None:
    """ "the pico", "plus the cheaper grinder", "and 2 lumen 3 groups too" (none a question),
    then "total?": every item with its quantity, $3,900 + $1,350 + 2 x $13,400 = $32,050."""
    knowledge = Knowledge(retriever)
    topics: list[str] = []
    for statement in ("the pico", "plus the cheaper grinder", "and 2 lumen 3 groups too"):
        topics = [*topics, *knowledge.mentioned(statement, topics)]
    reply = asyncio.run(knowledge.lookup("total?", topics)).answer.text
    assert "$32,050" in reply
