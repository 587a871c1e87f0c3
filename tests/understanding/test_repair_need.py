"""A current fault of equipment is recorded as the repair it needs; a call asked about the
repair is a request, not another pain (set AA's Boise café)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.machine import advance
from shared.conversation.state import ConversationState
from shared.understanding.fault_timing import as_repair

NOW = datetime(2026, 12, 4, tzinfo=UTC)


async def _collected(brain: LocalBrain, *messages: str) -> dict[str, object]:
    state = ConversationState()
    for message in messages:
        state, _ = advance(state, await brain.understand(message, state), NOW)
    return state.collected


@pytest.mark.parametrize(
    "message",
    [
        "our espresso machine died mid-rush this morning. we're a single café in Boise",
        "the atlas 75 stopped grinding this morning, motor hums",
        "we run one cafe and our lumen 2 group is leaking under the drip tray since yesterday",
    ],
)
async def test_a_fault_now_is_recorded_as_its_repair(brain: LocalBrain, message: str) -> None:
    need = str((await _collected(brain, message)).get("support_needs"))
    assert need.startswith("repair: "), need


async def test_a_need_that_names_its_service_is_kept_as_said() -> None:
    assert as_repair("our grinder needs a repair, it's jammed") == (
        "our grinder needs a repair, it's jammed"
    )
    assert as_repair("send a technician, the boiler is leaking").startswith("send a technician")
    assert as_repair("the steam wand is dead") == "repair: the steam wand is dead"


@pytest.mark.parametrize(
    "request_",
    [
        "ok. I want someone to call me back about signing up and about the repair",
        "can you ring us back regarding the repair tomorrow",
        "please email me about the broken grinder's warranty",
    ],
)
async def test_a_call_asked_about_the_repair_is_no_further_pain(
    brain: LocalBrain, request_: str
) -> None:
    collected = await _collected(
        brain,
        "our espresso machine died mid-rush this morning. we're a single café in Boise",
        request_,
    )
    assert collected.get("pain_points") == "our espresso machine died mid-rush this morning"
