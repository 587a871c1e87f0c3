"""A volume counted in words or in bags of a size ("about nine bags a week, the 5 lb ones",
"4 five-pound bags a week") is the volume, not the size of one bag (set AC's Hamilton and
Savannah cafés stored "5 lb")."""

from __future__ import annotations

import pytest

from shared.understanding.entities.quantities import find_volume


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        (
            "between both shops we use about seven bags a week, the 5 lb ones",
            "about seven bags a week",
        ),
        ("we'd need roughly four bags a month, the small 5 lb ones", "roughly four bags a month"),
        ("we go through 6 five-pound bags a week", "6 five-pound bags a week"),
        ("it's usually three 5 lb bags every week", "three 5 lb bags every week"),
        ("maybe twelve pounds a week at most", "maybe twelve pounds a week"),
    ],
)
def test_bags_counted_in_words_or_by_size_are_the_volume(text: str, volume: str) -> None:
    assert find_volume(text, asked=False) == volume


@pytest.mark.parametrize(
    "text",
    [
        "two cafes a week get our flyer",  # sites, not a volume
        "we open three days a week",  # days, no unit of coffee
        "the 5 lb bags are too big for us",  # a bag's size, no period, no count
    ],
)
def test_a_word_number_without_a_unit_and_a_period_is_no_volume(text: str) -> None:
    assert find_volume(text, asked=False) is None
