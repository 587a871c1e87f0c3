"""A "same for X" fragment asks again what was just asked, of X; "same for us" tells."""

from __future__ import annotations

import pytest

from shared.understanding.questions import is_question


@pytest.mark.parametrize("text", ["same for 3", "and same w the pico", "same for the 2 group"])
def test_same_for_an_item_is_a_question(text: str) -> None:
    """ "same for 3", "and same w the pico": the ask made before, of another item."""
    assert is_question(text)


@pytest.mark.parametrize("text", ["same for us", "same here", "same for me thanks a lot now"])
def test_same_for_the_visitor_is_no_question(text: str) -> None:
    """Negative: "same for us", "same here" tell something of the visitor: no question."""
    assert not is_question(text)
