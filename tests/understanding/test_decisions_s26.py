"""A decision on what to buy (set Z's ski lodge, "ok lets do lumen 2 group, atlas 75 and the
clarity" after "2 group or 3 group for that"): the items decided on replace the options weighed
before of their kinds, as the visitor names them; a decision asked, supposed or hedged adds to
them as any mention does. Through the real reader and machine."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.choices import decides
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "said",
    [
        "ok lets do lumen 2 group, atlas 75 and the clarity. can u email a quote",
        "we'll go with the pico",
        "Put us down for 2 atlas 64s please.",
        "right, we've settled on the 3 group",
        "i'm going with the lumen 2 and a clarity",
        "fine. go ahead with the batchpro",
    ],
)
def test_a_decision_is_read(said: str) -> None:
    """A statement settling on items, however it opens, is a decision."""
    assert decides(said)


@pytest.mark.parametrize(
    "said",
    [
        "should we go with the 2 group?",
        "if we go with the pico whats the total",
        "maybe we'll take the 3 group",
        "we have a lumen 2 group already",
        "thinking we might go with the atlas 64",
    ],
)
def test_a_decision_asked_supposed_or_hedged_is_none(said: str) -> None:
    """Asked, supposed, hedged or owned: nothing is decided."""
    assert not decides(said)


@pytest.mark.parametrize(
    ("messages", "kept", "gone"),
    [
        (
            [
                "opening an espresso kiosk in a ski lodge this winter, its brand new",
                "on a powder saturday we could do 400 drinks easy",
                "lodge has 220 so power isnt an issue. 2 group or 3 group for that",
                "and which grinder goes w the 2 group",
                "ok lets do lumen 2 group, atlas 75 and the clarity. can u email a quote",
            ],
            ["lumen 2 group", "atlas 75", "clarity"],
            ["3 group"],
        ),
        (
            [
                "we're opening a bakery cafe in march, about 150 drinks a day",
                "weighing the pico against the lumen 2 group, and a grinder",
                "put us down for the lumen 2 group and an atlas 64",
            ],
            ["lumen 2 group", "atlas 64"],
            ["pico"],
        ),
        (
            [
                "new coffee cart opening in may",
                "atlas 64 or atlas 75 for a cart?",
                "we've settled on the atlas 64",
            ],
            ["atlas 64"],
            ["atlas 75"],
        ),
    ],
)
async def test_a_decision_replaces_the_options_of_its_kinds(
    brain: LocalBrain, messages: list[str], kept: list[str], gone: list[str]
) -> None:
    """The items decided on stay (in the visitor's words), the others of their kinds go."""
    state = await play(brain, messages)
    needs = str(state.collected.get("equipment_needs")).lower()
    assert all(item in needs for item in kept), needs
    assert not any(item in needs for item in gone), needs


async def test_a_supposed_choice_keeps_the_options(brain: LocalBrain) -> None:
    """ "if we go with the 3 group" weighs it: both machines stay."""
    state = await play(
        brain,
        [
            "opening a cafe in june, maybe 300 drinks a day",
            "2 group or 3 group for that",
            "if we go with the 3 group whats the total with an atlas 75",
        ],
    )
    needs = str(state.collected.get("equipment_needs")).lower()
    assert "2 group" in needs, needs
    assert "3 group" in needs, needs
