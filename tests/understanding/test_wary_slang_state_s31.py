"""Wary and slang visitors in the state (sets AK and AJ): a request to be called is a handoff,
never a support need (the need keeps only what the call is about); a number inside a catalog
model name ("Atlas 64") is never a volume or a count of sites; a call refused at a time ("I
don't want a call at 7am") is a condition on the call, not a decline; the conditions put on being
contacted ("after 3pm only", "texts only", "one call") are kept as written for sales; a remark
pointing back at a pain without complaining is not glued to it (the pain is stored once)."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import pain_points, support
from shared.understanding.declines import declines_call, declines_contact
from shared.understanding.entities.call_requests import without_call_request
from shared.understanding.entities.call_time import call_time, contact_conditions
from shared.understanding.entities.quantities import find_locations, find_volume
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("could somebody ring me thursday morning about the essential plan", "the essential plan"),
        ("pls get someone to call us re the pro plan for both", "the pro plan for both"),
        ("and have sales give me a call back", ""),
        ("we need someone to contact us about a repair", "we need a repair"),
        # negatives: no one is asked to get in touch
        ("they call it the essential plan", "they call it the essential plan"),
        ("the tech never called us back", "the tech never called us back"),
        ("our support guy never calls me back", "our support guy never calls me back"),
    ],
)
def test_a_call_request_is_cut_and_its_subject_kept(clause: str, kept: str) -> None:
    """The asking, its time and its channel go; what the call is about stays; a call told of
    (not asked for) is left alone."""
    assert without_call_request(clause) == kept


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("could somebody ring me thursday morning about the essential plan", "the essential plan"),
        ("get a human to call us re the multi site plan for our 3 shops", "the multi site plan"),
        ("book me in for the barista training and have someone call me", "barista training"),
    ],
)
def test_a_support_need_asked_through_a_call_keeps_only_the_service(
    message: str, need: str
) -> None:
    """The need stored is the service the call is about, never the words asking for the call."""
    found = support(message, asked=False)
    assert found is not None
    assert need in found
    assert "call" not in found
    assert "ring" not in found


@pytest.mark.parametrize(
    "message",
    [
        "ok can someone call me this week pls",
        "have someone give us a ring tomorrow after 2",
    ],
)
def test_a_bare_call_request_is_no_support_need(message: str) -> None:
    """A call asked for about nothing stores no support need."""
    assert support(message, asked=False) is None


def test_a_need_said_without_a_call_is_unchanged() -> None:
    """A service wanted in the visitor's words is stored as before (what must not change)."""
    assert support("we need a maintenance plan for all 3 sites", asked=False) == (
        "we need a maintenance plan for all 3 sites"
    )


async def test_a_call_asked_about_a_plan_hands_off_and_stores_the_plan(brain: LocalBrain) -> None:
    """Played through the brain and the machine: the request hands off, the support need is the
    plan and holds no call words."""
    state = await play(
        brain,
        [
            "we run three cafés in fresno, our machines keep going down",
            "Dana Whitlock, dana@fresnobeans.com, 559-555-0148. get someone to ring me wednesday "
            "about the multi-site plan",
        ],
    )
    assert state.handoff
    need = str(state.collected.get("support_needs", ""))
    assert "multi-site plan" in need.lower()
    assert "ring" not in need
    assert "wednesday" not in need.lower()


@pytest.mark.parametrize(
    "answer",
    [
        "just send me a price on the atlas 64 for now",
        "the Lumen 3 i think",
        "quote me a pico 1 and the atlas 75s pls",
    ],
)
def test_a_number_in_a_model_name_is_no_volume_or_site_count(answer: str) -> None:
    """Asked the volume or the sites, a model number ("Atlas 64", "Lumen 3") is part of the
    catalog name, never cups a day or a count of sites."""
    assert find_volume(answer, asked=True) is None
    assert find_locations(answer, asked=True) is None


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("around 70 cups a day on the atlas 64", "around 70 cups a day"),
        ("pico 90", "90 cups a day"),  # a figure of two digits after a family is an amount
        ("45", "45 cups a day"),
    ],
)
def test_an_amount_beside_a_model_name_is_still_the_volume(answer: str, said: str) -> None:
    """The amount said beside a model name, or alone, stays the volume (what must not change)."""
    assert find_volume(answer, asked=True) == said


@pytest.mark.parametrize(
    "message",
    [
        "if i leave my number when would you ring? i don't want a call before 8am",
        "no calls in the evening please, the kids are in bed",
        "I don't want a call on weekends, we're slammed",
    ],
)
def test_a_call_refused_at_a_time_is_a_condition_not_a_decline(message: str) -> None:
    """A call refused at a time or on some days puts a condition on the call; it declines
    neither sales nor the phone."""
    assert not declines_contact(message)
    assert not declines_call(message)


@pytest.mark.parametrize(
    "message",
    ["I don't want a call, just prices", "no calls pls", "don't want a sales call this week"],
)
def test_a_call_refused_outright_is_still_a_decline(message: str) -> None:
    """A call refused without a time (or for now) still declines the phone (what must not
    change)."""
    assert declines_call(message)


@pytest.mark.parametrize(
    ("message", "conditions"),
    [
        (
            "Ida Moss, 541-555-0101. only one call please, mornings work best",
            ["only one call", "mornings"],
        ),
        ("my cell is for sms only: 541 555 0102", ["sms only"]),
        ("reach me thursday afternoon after 2pm", ["thursday afternoon after 2pm"]),
        ("weekdays only, never on fridays", ["weekdays only", "never on fridays"]),
        ("pls dont call me in the morning", ["dont call me in the morning"]),
        # negatives: a time that is not about being contacted, a phone number, no condition
        ("we open at 7am and close at 3pm", []),
        ("the last delivery came on monday", []),
        ("call me on 503 555 0147", []),
        ("can someone call me", []),
    ],
)
def test_the_conditions_put_on_being_contacted_are_kept_as_written(
    message: str, conditions: list[str]
) -> None:
    """Times wanted or refused, a channel and a number of calls are kept as the visitor wrote
    them, from a sentence about being contacted; opening hours, a delivery day or the digits
    of a phone number are none."""
    assert contact_conditions(message) == conditions


@pytest.mark.parametrize(
    ("message", "preferred"),
    [
        ("If I leave my number who calls? I don't want a call at 7am.", None),
        ("we open at 7am. so ring me in the afternoon", "in the afternoon"),
        ("the grinder broke on monday", None),
    ],
)
def test_a_time_refused_or_told_of_is_no_preferred_time(
    message: str, preferred: str | None
) -> None:
    """A time refused, or told of something other than the call, is no time to call."""
    assert call_time(message) == preferred


def test_a_remark_pointing_back_at_a_pain_does_not_repeat_it() -> None:
    """A sentence pointing back ("we paid 9 grand for it") that complains of nothing is not
    glued to the pain before it, so the pain is stored once."""
    pain = pain_points(
        "our grinder still works but it's so loud. do you take trade-ins? we paid 9 grand for it",
        asked=False,
    )
    assert pain is not None
    assert pain.count("so loud") == 1
    assert "9 grand" not in pain


def test_a_complaint_pointing_back_keeps_the_sentence_before() -> None:
    """A complaint that points back still takes the sentence it points to (what must not
    change)."""
    pain = pain_points(
        "guests ask about the origin. our roaster can't tell us anything about it", asked=False
    )
    assert pain == "guests ask about the origin: our roaster can't tell us anything about it"
