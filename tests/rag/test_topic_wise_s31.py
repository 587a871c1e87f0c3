"""A topic asked with the "-wise" suffix (set AJ: "what else do u do sustainability wise") is
asked as "for <topic>", so the topic's own sentences answer instead of the don't-know."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shared.understanding.topic_wise import as_topic


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("anything else you do eco wise", "anything else you do for eco"),
        ("how r u delivery-wise to idaho", "how r u for delivery to idaho"),
    ],
)
def test_the_noun_before_wise_is_the_topic(said: str, read: str) -> None:
    """ "<noun> wise" and "<noun>-wise" read as "for <noun>"."""
    assert as_topic(said) == read


@pytest.mark.parametrize(
    "said", ["otherwise is it fine", "likewise for the grinder", "turn it clockwise", "be wise"]
)
def test_adverbs_in_wise_are_no_topic(said: str) -> None:
    """Negative: "otherwise", "likewise", "clockwise" and a plain "wise" stay as typed."""
    assert as_topic(said) == said


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("so what do you guys do sustainability-wise", "renewable"),
        ("hows the lumen 3 group warranty wise", "2-year"),
    ],
)
def test_the_topic_is_answered(follow: Callable[..., str], asked: str, said: str) -> None:
    """The topic's own sentence answers."""
    assert said in follow(asked)
