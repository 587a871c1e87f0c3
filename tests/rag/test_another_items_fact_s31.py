"""Another item's fact never answers the asked one (set AJ: "do u guys install the lumen 2
group" was answered with the Lumen 3-Group's lead time): a sibling's sentence that says none
of what is asked beyond the names gives way to the asked item's own sentences or the general
ones (installation of every espresso machine), while a sibling offering what was asked ("does
the foundry work for cold brew?" -> the Harbor blend) stays an alternative."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from shared.catalog.model import Catalog, Entity
from shared.catalog.words import normalise
from shared.rag.retriever import Retriever

#: Attributes asked of an item, each in a phrasing of its own ({} is the item).
ASKED = [
    "do you guys install the {}",
    "will someone set up the {} for us",
    "how long is the warranty on the {}",
    "when would the {} arrive if we ordered today",
    "is there delivery for the {}",
]
_LEAD = re.compile(r"^(?:(?:for|with|on) )?(?:the |our )?")


def _subject(sentence: str, catalog: Catalog) -> Entity | None:
    """The catalog item ``sentence`` opens with ("The Lumen 3-Group is ...", "For the X, ...")."""
    flat = f" {normalise(sentence)} "
    found = catalog.mentions(sentence)
    if not found or _LEAD.sub("", flat[: found[0].start].strip()):
        return None
    return catalog.get(found[0].entity)


def _items(retriever: Retriever) -> list[Entity]:
    return list(retriever.catalog.entities)


@pytest.mark.parametrize("asked", ASKED)
def test_no_item_is_answered_with_a_siblings_sentence(
    retriever: Retriever, follow: Callable[..., str], asked: str
) -> None:
    """For every catalog item, no sentence of the reply has another item of its kind as its
    subject."""
    catalog = retriever.catalog
    wrong: list[str] = []
    for item in _items(retriever):
        question = asked.format(item.name.lower())
        reply = follow(question)
        for sentence in re.split(r"(?<=[.!?])\s+", reply):
            other = _subject(sentence, catalog)
            if other is not None and other.kind == item.kind and other.name != item.name:
                wrong.append(f"{question!r} -> {reply!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "asked",
    [
        "do u install the lumen 2 group",
        "can you guys install the lumen 2 group for us",
        "if we buy the pico do you come install it",
    ],
)
def test_installation_asked_of_a_machine_is_the_installation_service(
    follow: Callable[..., str], asked: str
) -> None:
    """The general installation sentence answers, not a sibling's lead time or a description."""
    reply = follow(asked)
    assert "certified technician" in reply
    assert "three-week" not in reply


def test_a_sibling_offering_what_is_asked_stays_an_alternative(
    follow: Callable[..., str],
) -> None:
    """Negative: a blend asked for cold brew is still pointed to the cold brew blend."""
    assert "Harbor" in follow("would the foundry be ok for cold brew")


def test_the_asked_items_own_fact_still_answers(follow: Callable[..., str]) -> None:
    """Negative: the Lumen 3-Group's own lead time answers its own question."""
    assert "three-week" in follow("how long is the wait on a lumen 3 group")
