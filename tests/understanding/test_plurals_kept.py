"""A plural of a word the typo matcher keeps is kept too: "ships" and "stops" are no mistyped
"shops", so "how long before an Atlas 75 ships?" counts no 75 shops and types no business."""

from __future__ import annotations

import pytest

from shared.understanding.fuzzy import normalise


@pytest.mark.parametrize(
    "typed",
    [
        "How long before an Atlas 75 ships?",
        "how long till it ships",
        "the grinder stops grinding mid dose",
        "our current roaster ships stale beans",
    ],
)
def test_plurals_of_kept_words_stay_as_typed(typed: str) -> None:
    assert normalise(typed) == typed


def test_mistyped_cue_words_are_still_corrected() -> None:
    assert normalise("we have 3 shopps") == "we have 3 shops"
    assert normalise("need a new grindr") == "need a new grinder"
