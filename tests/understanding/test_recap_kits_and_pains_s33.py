"""Set AP's dialogue classes (visitors who hedge and revise): a recap asked for, a sample kit
asked for by name, a pain told in passing as gear that cannot hold shots steady, and a question
pressing for the exact answer already given. Phrasings of our own through the real reader and
machine, each class with what it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation import phrases as p
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import pain_points
from shared.conversation.machine import advance
from shared.conversation.replies import Writer, answer_line, compose
from shared.conversation.state import ConversationState, Stage
from shared.understanding.meta import meta_question
from shared.understanding.pressed import presses_for_detail
from shared.understanding.quotes import asks_quote, asks_samples
from shared.understanding.recap import asks_recap

NOW = datetime(2026, 12, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "ok could you recap everything I've told you?",
        "quick recap please",
        "before I forget, summary of what you have so far?",
        "can you read my details back to me",
        "what've you got on us so far",
        "mind going over what I gave you?",
        "give us a recap of what you've noted",
    ],
)
def test_a_recap_asked_for(text: str) -> None:
    """Asking to hear back what was told is a recap, whatever the verb."""
    assert asks_recap(text)
    assert meta_question(text)[0] == "recap"


@pytest.mark.parametrize(
    "text",
    [
        "can you sum up what the two machines would cost us",
        "recap the differences between the grinders for me",
        "could you summarise the plans",
        "so far we only have the one site",
        "what do you have for a tiny kiosk so far as machines go",
        "please erase everything you have on me",
    ],
)
def test_a_summary_of_something_else_is_no_recap(text: str) -> None:
    """A summary of prices, products or plans is a question; an erasure stays an erasure."""
    assert not asks_recap(text)
    assert meta_question(text)[0] != "recap"


def test_what_is_saved_about_me_stays_the_privacy_read_back() -> None:
    """ "what have you stored about me?" is still the read-back that offers the erasure."""
    assert meta_question("what have you stored about me?")[0] == "held"


async def test_a_recap_lists_the_details_masked_and_goes_on(brain: LocalBrain) -> None:
    """The recap lists what is held (contact details masked), offers no erasure and asks the
    next question; a yes afterwards erases nothing."""
    state = ConversationState()
    for message in (
        "Priya Nair here, opening an espresso bar in Tacoma in March",
        "priya@tidelinebar.com and 253 555 0172",
    ):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    before = dict(state.collected)
    state, plan = advance(state, await brain.understand("quick recap so far?", state), NOW)
    reply = compose(plan, state, None)
    assert "p***@tidelinebar.com" in reply
    assert "ending in 0172" in reply
    assert "priya@tidelinebar.com" not in reply
    assert "delete" not in reply.lower()
    assert plan.ask is not None
    assert state.collected == before
    state, plan = advance(state, await brain.understand("yes", state), NOW)
    assert not plan.erased
    assert state.collected.get("email") == "priya@tidelinebar.com"


async def test_a_recap_before_any_detail_says_so(brain: LocalBrain) -> None:
    """With nothing held, the recap says so rather than listing nothing."""
    state = ConversationState()
    state, plan = advance(state, await brain.understand("can you recap?", state), NOW)
    assert p.RECAP_NOTHING in compose(plan, state, None)


@pytest.mark.parametrize(
    "text",
    [
        "ok pls send us a tasting kit",
        "we'd love the kit, ship it to the shop",
        "Jo Park, jo@parkbeans.com. please send a kit",
        "can you send a couple of sample bags",
    ],
)
def test_a_sample_kit_asked_for_is_a_request(text: str) -> None:
    """A kit or sample bags asked for is a request to proceed, like "send me samples"."""
    assert asks_samples(text)
    assert asks_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "we need to get some new kit for the bar",
        "what's in the kit?",
        "does the kit ship to Canada?",
        "send me a kit list for the espresso bar",
    ],
)
def test_kit_as_gear_or_asked_about_is_no_sample_request(text: str) -> None:
    """Kit meaning gear, a list of kit, or a question about the kit asks for no samples."""
    assert not asks_samples(text)


async def test_a_kit_asked_for_with_contact_qualifies_a_new_cafe(brain: LocalBrain) -> None:
    """A new café leaving its contact and asking for a kit has asked sales for something."""
    state = ConversationState()
    for message in (
        "we're opening a bakery café in Spokane, maybe late summer",
        "Rosa Chen, rosa@rollingpin.com, 509-555-0140. please send a kit, we like nutty espresso",
    ):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    assert state.stage is Stage.QUALIFIED
    assert state.handoff


async def test_a_kit_asked_about_with_contact_hands_off_nothing(brain: LocalBrain) -> None:
    """The same visitor asking what the kit holds has asked for nothing yet."""
    state = ConversationState()
    for message in (
        "we're opening a bakery café in Spokane, maybe late summer",
        "Rosa Chen, rosa@rollingpin.com, 509-555-0140. what's in the kit?",
    ):
        state, _ = advance(state, await brain.understand(message, state), NOW)
    assert not state.handoff


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we run two cafés and the old grinder can't keep the shots consistent", "consistent"),
        ("it's hard to keep our espresso steady from one shift to the next", "steady"),
        ("our baristas cannot get the grind dialed in before the rush", "dialed in"),
    ],
)
def test_gear_that_cannot_hold_shots_steady_is_a_pain(text: str, kept: str) -> None:
    """Gear that cannot keep shots consistent or steady is a pain told in passing."""
    found = pain_points(text, asked=False)
    assert found is not None
    assert kept in found


@pytest.mark.parametrize(
    "text",
    [
        "you can't keep shots consistent without a decent grinder",
        "will the atlas keep shots consistent?",
        "our grinder keeps the shots consistent all day",
        "honestly it's not hard to keep it consistent",
    ],
)
def test_a_general_truth_a_question_or_a_success_is_no_pain(text: str) -> None:
    """A general remark, a question or gear that works stores no pain."""
    assert pain_points(text, asked=False) is None


@pytest.mark.parametrize(
    ("text", "pressed"),
    [
        ("what does the sample kit hold exactly?", True),
        ("and the essential plan covers what, specifically?", True),
        ("exactly, that's what we need", False),
        ("who would come out here? Reno isn't exactly close to Portland", False),
        ("what does the sample kit hold?", False),
    ],
)
def test_a_question_pressing_for_the_exact_answer(text: str, pressed: bool) -> None:
    """ "... exactly?" in a question presses for the detail; "exactly" agreeing does not."""
    assert presses_for_detail(text) is pressed


def test_an_answer_pressed_for_is_said_plainly() -> None:
    """The previous reply's answer, pressed for, comes without "As I mentioned"; asked again
    without pressing, it keeps it."""
    fact = "New cafés can ask for a free sample kit: four 8 oz bags of any blends you like."
    said = Writer(ConversationState(), f"Good question. {fact}")
    assert answer_line(said, fact, repeated=True, pressed=True) == fact
    assert answer_line(said, fact, repeated=True).startswith("As I mentioned")
