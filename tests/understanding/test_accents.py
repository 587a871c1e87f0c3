"""Accents are taken off in one place (``shared.understanding.accents``): marks alone for the
answerer's and the LLM wording's comparisons, marks and stroked letters for names and glossary
keys."""

from __future__ import annotations

import pytest

from shared.understanding.accents import folded, unaccented


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("Crème Brûlée", "Creme Brulee"), ("São Tomé", "Sao Tome"), ("ﬁlter", "filter")],
)
def test_unaccented_drops_combining_marks_only(typed: str, plain: str) -> None:
    """Marks a letter decomposes into are dropped, and compatibility forms spelled out."""
    assert unaccented(typed) == plain


def test_unaccented_keeps_case_and_stroked_letters() -> None:
    """Neither the case nor a letter with no decomposition ("ł", "ø", "ß") changes."""
    assert unaccented("Łódź Straße Ørsted") == "Łodz Straße Ørsted"


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("Wojciech Łęcki", "wojciech lecki"), ("Søren", "soren"), ("Großmann", "grossmann")],
)
def test_folded_spells_every_letter_as_ascii(typed: str, plain: str) -> None:
    """A name is lowered and every letter spelled as an email address would write it."""
    assert folded(typed) == plain


def test_folded_leaves_other_scripts_alone() -> None:
    """Letters of other scripts are kept: only Latin accents and strokes are folded."""
    assert folded("Ирина Ли") == "ирина ли"
