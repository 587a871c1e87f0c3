"""Values a careless reading stored: a volume counted in words or in bags of a size ("about
nine bags a week, the 5 lb ones", "4 five-pound bags a week") is the volume, not the size of
one bag (set AC's Hamilton and Savannah cafés stored "5 lb"); "like a train" asks no training."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import support
from shared.understanding.entities.quantities import find_volume
from shared.understanding.entities.timeline import read_timeline
from tests.understanding.playing import play


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


@pytest.mark.parametrize(
    "text",
    ["is it loud? the last one hissed like a train", "we're the kiosk by the train station"],
)
def test_a_train_the_noun_is_no_training_asked(text: str) -> None:
    """ "like a train", "the train station": the noun, not the verb of staff training (set
    AC's wine bar stored "the last one hissed like a train" as its support need)."""
    assert support(text, asked=False) is None


def test_training_the_verb_is_still_a_service_asked() -> None:
    assert support("we need to train 4 new baristas", asked=False) == (
        "we need to train 4 new baristas"
    )


async def test_a_plan_that_slipped_replaces_the_opening_date(brain: LocalBrain) -> None:
    """Set AA's Austin bar: "build-out slipped, we're opening in Q2 now" replaces the end of
    Q1 said before, though a quarter is vaguer than the month stored for it."""
    state = await play(
        brain,
        [
            "I'm opening a juice and coffee bar in Denver, we open end of Q1 next year",
            "Update from the landlord: the fit-out slipped, we're opening in Q3 now.",
        ],
    )
    assert "q3" in str(state.collected.get("opening_timeline")).lower()


async def test_a_postponed_opening_replaces_the_month(brain: LocalBrain) -> None:
    state = await play(
        brain,
        ["we're opening a café in Reno in March", "the opening got postponed to June"],
    )
    assert "june" in str(state.collected.get("opening_timeline")).lower()


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("it got postponed to July", "July"),
        ("the opening got pushed to June", "June"),
        ("we got our lease signed in July", None),
    ],
)
def test_a_date_that_got_moved_is_the_new_date(text: str, stored: str | None) -> None:
    """ "got pushed to June" moves the date; "got our lease in July" is past."""
    assert read_timeline(text, date(2026, 12, 7)) == stored
