"""Fifth-pass mechanisms: bare item lists priced, documented equivalents in word coverage,
persons counted by what they do, form codes that name no product."""

from __future__ import annotations

import httpx

from shared.catalog import catalog_from_folder
from shared.rag.counting import persons_role, states_count
from shared.rag.gaps import _CODE
from shared.rag.listed import named_list
from shared.rag.passage_answers import word_coverage
from shared.rag.question import untagged

from ..conversation.test_chat_api import say
from .test_answers import ROOT

CATALOG = catalog_from_folder(ROOT / "knowledge_base")


def test_a_bare_list_of_items_is_split_into_its_items() -> None:
    """Comma-listed names and kinds are each an item; a one-word filler ("go") is dropped."""
    listed = named_list("lumen 2 group, atlas 75, batch brewer. go", CATALOG)
    assert listed == ["lumen 2 group", "atlas 75", "batch brewer"]


def test_a_list_with_a_piece_that_asks_something_else_is_no_bare_list() -> None:
    """A piece of several words naming nothing (a question of its own) makes it no list."""
    assert named_list("lumen 2 group, what is your returns policy", CATALOG) == []
    assert named_list("the lumen 2 group", CATALOG) == []


def test_a_documented_equivalent_counts_as_covering_the_word() -> None:
    """ "extra" is covered by a sentence saying "included" (its documented equivalent)."""
    said = "Installation by a certified technician is included with every espresso machine."
    assert word_coverage("is installation extra", said) == 1.0
    assert word_coverage("is installation slow", said) < 1.0


def test_persons_are_counted_by_what_they_do() -> None:
    """ "how many people work at X" is not answered by "founded by two people"; a role word
    ("staff") carries no verb constraint."""
    question = "how many people work at copperline"
    assert persons_role(question, "peopl") == "work"
    assert not states_count("Copperline was founded by two people.", "peopl", question)
    assert states_count("About 40 people work at our roastery.", "peopl", question)
    assert persons_role("how many staff do you have", "staff") is None
    assert persons_role("how many people can the course take", "peopl") is None


def test_a_form_code_is_no_product() -> None:
    """ "w 9" and "1099" are codes, "milk frother" is a product name."""
    assert _CODE.fullmatch("w 9")
    assert _CODE.fullmatch("1099")
    assert not _CODE.fullmatch("milk frother")


async def test_chat_prices_each_item_of_a_bare_list(chat_client: httpx.AsyncClient) -> None:
    """ "just need prices. X, Y, Z" gets the three prices, not a sentence pairing two of them,
    and "is install extra?" after it gets the installation sentence, not "I don't know"."""
    body = await say(chat_client, "just need prices. lumen 2 group, atlas 75, batch brewer. go")
    assert all(p in body["reply"] for p in ["$9,800", "$2,450", "$1,980"])
    follow = await say(chat_client, "is install extra?", body["session_id"])
    assert "installation" in follow["reply"].lower()
    assert "included" in follow["reply"]


async def test_chat_abstains_on_a_staff_count_the_kb_lacks(chat_client: httpx.AsyncClient) -> None:
    """ "how many people work at copperline" is not answered with the founders' sentence."""
    body = await say(chat_client, "how many people work at copperline")
    assert "founded" not in body["reply"]
    assert "don't know" in body["reply"]


async def test_chat_does_not_call_a_tax_form_a_product(chat_client: httpx.AsyncClient) -> None:
    """A W-9 asked for vendor registration is not answered "I don't have a w 9 in our range"."""
    body = await say(
        chat_client, "We need a formal quote and a W-9 for vendor registration. Who provides these?"
    )
    assert "in our range" not in body["reply"]


def test_a_question_tag_and_a_check_adverb_are_dropped() -> None:
    """ "its still under warranty right??" asks "its under warranty?"; a tag inside the
    sentence and a word merely ending in a tag are kept."""
    assert untagged("its still under warranty right??") == "its under warranty?"
    assert untagged("you ship to canada, correct?") == "you ship to canada?"
    assert untagged("is the right grinder in stock?") == "is the right grinder in stock?"
    assert untagged("do you sell a piano") == "do you sell a piano"


async def test_chat_gives_the_general_lead_time_for_an_item_without_its_own(
    chat_client: httpx.AsyncClient,
) -> None:
    """An item with no lead time of its own gets the "Lead times" section's general statement,
    said as general; an attribute no section heads alone keeps the honest gap."""
    body = await say(chat_client, "whats the lead time on the atlas 75")
    assert "no separate lead time for the Atlas 75" in body["reply"]
    assert "5 business days" in body["reply"]
    other = await say(chat_client, "what's the voltage on the atlas 75")
    assert "I don't have information on the power" in other["reply"]
