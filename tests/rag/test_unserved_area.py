"""Where the visitor is, against where the company delivers: the places a message says are the
visitor's (not a coffee's origin), and the bundle's delivery area deciding whether every one
lies outside it."""

from __future__ import annotations

import pytest

from shared.chat.knowledge import Knowledge
from shared.rag.retriever import Retriever
from shared.understanding.entities.places import places_theirs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Hey! Own a café in Fitzroy in Melbourne and I'm obsessed with your Sunrise single "
            "origin from Instagram. Any chance you ship to Australia?",
            ["melbourne", "australia"],
        ),
        ("greetings from sydney! we run two espresso bars", ["sydney"]),
        ("our beans come from ethiopia, we are based in Berlin", ["berlin"]),
        ("could you send a pico to the UK", ["uk"]),
        ("we're in columbus ohio", ["columbus ohio"]),
        ("do you have anything from brazil or india?", []),
        ("we had a great flat white in paris last year", []),
    ],
)
def test_the_places_that_are_the_visitors(text: str, names: list[str]) -> None:
    """A place after "we're in", "based in", "a café in", "ship ... to", "greetings from" is
    the visitor's; an origin or a place visited is not."""
    assert [place.name for place in places_theirs(text)] == names


def test_the_bundle_decides_which_places_are_unserved(retriever: Retriever) -> None:
    """The demo knowledge base delivers to the US and Canada: Melbourne is outside, Boise and
    Calgary inside, a message naming both sides is not unserved, none named decides nothing."""
    knowledge = Knowledge(retriever)
    assert knowledge.delivered_text == "the United States and Canada"
    assert knowledge.unserved(["melbourne", "australia"]) is True
    assert knowledge.unserved(["boise"]) is False
    assert knowledge.unserved(["calgary"]) is False
    assert knowledge.unserved(["london", "seattle"]) is False
    assert knowledge.unserved([]) is None


def test_no_bundle_decides_nothing() -> None:
    """Without a knowledge base no place is refused."""
    assert Knowledge(None).unserved(["melbourne"]) is None
