"""Classes of issue 22 typed in short bursts (set T's kind of visitor), with phrasings of our
own and near misses the rules must not take."""

from __future__ import annotations

import pytest

from shared.understanding.entities.names import find_name


@pytest.mark.parametrize(
    "text",
    [
        "and the ice machine, the winters are cold as stone here",
        "the beaches are all very sandy here",
        "the old pipes got too rusty here",
        "the view is like crystal here",
    ],
)
def test_a_word_completing_a_phrase_before_here_is_no_name(text: str) -> None:
    assert find_name(text, asked=False, missing=True) is None
    assert find_name(text, asked=True) is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("rosa here", "Rosa"),
        ("so rosa here", "Rosa"),
        ("hey, rosa here, quick question", "Rosa"),
        ("Rosa Lind here", "Rosa Lind"),
    ],
)
def test_a_speaker_before_here_is_still_a_name(text: str, wanted: str) -> None:
    assert find_name(text, asked=False, missing=True) == wanted
