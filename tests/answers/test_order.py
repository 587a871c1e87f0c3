"""The order under discussion: items by name or kind words, adding to it, leaning on it."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.conversation.topics import order_topic, recent_order
from shared.rag.order import Items, ambiguous, decode, encode, named_items, order_for
from shared.rag.rules import lease

from .test_answers import ROOT
from .test_rules import _facts

CATALOG = catalog_from_folder(ROOT / "knowledge_base")


def _names(items: Items) -> list[tuple[str, int]]:
    return [(e.name, n) for e, n in items]


def test_kind_words_name_the_only_member_of_a_kind() -> None:
    """ "the batch brewer plus the clarity system" names the BatchPro 2 (its kind's only
    member) and the Clarity."""
    found = named_items(
        CATALOG, "if i get the batch brewer plus the clarity system whats that total"
    )
    assert _names(found) == [("BatchPro 2 batch brewer", 1), ("Clarity water filtration", 1)]


def test_kind_words_in_another_form_name_the_member() -> None:
    """ "a water filter" names the kind "water filtration" (same first letters, one word
    exact), listed after a name and a kind word, in text order."""
    found = named_items(CATALOG, "a pico, the batch brewer and a water filter, total?")
    assert [n for n, _ in _names(found)] == [
        "Pico 1-Group",
        "BatchPro 2 batch brewer",
        "Clarity water filtration",
    ]


def test_a_kind_with_several_members_names_none() -> None:
    """ "a grinder" is ambiguous (two grinders), so it adds nothing to an order."""
    assert named_items(CATALOG, "the lumen 2 group and a grinder") == named_items(
        CATALOG, "the lumen 2 group"
    )


def test_an_order_survives_its_text_form() -> None:
    """The lines the chat keeps ("Lumen 2-Group=2") decode to the same items and counts."""
    items = named_items(CATALOG, "2 lumen 2 groups + 2 atlas 75s")
    assert encode(items) == ["Lumen 2-Group=2", "Atlas 75=2"]
    assert _names(decode(CATALOG, encode(items))) == _names(items)


def test_adding_extends_the_order() -> None:
    """ "what if i add the atlas 64 to the order" keeps the Pico already discussed."""
    previous = named_items(CATALOG, "the pico")
    found = order_for(CATALOG, "ok what if i add the atlas 64 to the order", previous)
    assert _names(found) == [("Pico 1-Group", 1), ("Atlas 64", 1)]


def test_pointing_back_keeps_the_whole_order_with_its_counts() -> None:
    """ "lease all of it" is the order so far, quantities included."""
    previous = named_items(CATALOG, "2 lumen 2 groups + 2 atlas 75s")
    found = order_for(CATALOG, "and roughly monthly if we lease all of it?", previous)
    assert _names(found) == [("Lumen 2-Group", 2), ("Atlas 75", 2)]


def test_a_new_list_replaces_the_order() -> None:
    """Naming items without adding words starts a new order."""
    previous = named_items(CATALOG, "2 lumen 2 groups")
    found = order_for(CATALOG, "how much is the atlas 64", previous)
    assert _names(found) == [("Atlas 64", 1)]


def test_the_monthly_after_a_leasing_answer_is_the_lease_payment() -> None:
    """ "whats the monthly then" is a leasing question only as the follow-up of one: 3% of
    $5,250 is roughly $158."""
    items = named_items(CATALOG, "the pico and the atlas 64")
    followed = lease("whats the monthly then", items, _facts(), follow=True)
    assert followed is not None
    assert "$158 a month" in followed.text
    assert lease("whats the monthly then", items, _facts()) is None


def test_the_chat_keeps_the_latest_order() -> None:
    """The chat's topic list returns the order of its latest "order:" entry."""
    topics = [order_topic([], ["Pico 1-Group=1"])]
    topics.append(order_topic(topics, ["Pico 1-Group=1", "Atlas 64=1"]))
    assert recent_order(topics) == ["Pico 1-Group=1", "Atlas 64=1"]
    assert recent_order(["recent:1:Pico 1-Group"]) == []


def test_a_number_after_a_family_is_a_model_not_a_count() -> None:
    """ "a lumen 2, atlas 75, and the batch brewer" is one of each, the Lumen 2-Group first."""
    found = named_items(CATALOG, "whats the all in for a lumen 2, atlas 75, and the batch brewer")
    assert _names(found) == [
        ("Lumen 2-Group", 1),
        ("Atlas 75", 1),
        ("BatchPro 2 batch brewer", 1),
    ]


def test_a_count_belongs_to_the_kind_it_precedes() -> None:
    """In "2 grinders (regular + decaf) - water filtration" the 2 counts grinders, not filters."""
    found = named_items(CATALOG, "- 2 grinders (regular + decaf)\n- water filtration")
    assert _names(found) == [("Clarity water filtration", 1)]


def test_a_listed_kind_with_several_members_is_ambiguous() -> None:
    """ "2 picos, plus grinders" leaves open which grinder, so no sum is made over it."""
    assert ambiguous(CATALOG, "ok we'd probably want 2 picos then, plus grinders")
    assert not ambiguous(CATALOG, "a lumen 2 group and the atlas 75 grinder, total?")
    assert not ambiguous(CATALOG, "can i lease the lumen 2 group, is training included")
