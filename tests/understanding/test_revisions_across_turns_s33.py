"""Revisions across turns (set AP's state class): gear dropped from the needs stored earlier,
"just <item>" keeping only it, a new café owning gear, a type revised inside the message, coffee
sold for the first time, a month that is a first name, a call's time revised; phrasings of our
own, each with what must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import EXTRACTORS
from shared.conversation.state import Message
from shared.leads.contact_request import preferred_time
from shared.understanding.entities.call_time import revised_call_time
from shared.understanding.entities.interest import kept_specific
from shared.understanding.entities.names import explicit_name
from shared.understanding.gear_revisions import dropped_items, without_items
from shared.understanding.restated_asks import restated_ask
from tests.understanding.playing import EXISTING, NEW, play, read_text, typed, wired_brain


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    return wired_brain(kb_bundle_dir)


STORED = "Lumen 2-Group, the Atlas 75"


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("ok forget about the grinder, my cousin is giving us one", ["the Atlas 75"]),
        ("drop the Atlas 75 please", ["the Atlas 75"]),
        ("we don't need the machine after all", ["Lumen 2-Group"]),
        ("right, only the grinder then.", ["Lumen 2-Group"]),
        ("can you quote just the lumen please", ["the Atlas 75"]),
    ],
)
def test_a_drop_or_a_sole_item_takes_stored_gear_out(text: str, dropped: list[str]) -> None:
    """A drop naming a stored item (by name or kind) or "just/only <item>" said alone takes the
    other stored items out."""
    assert dropped_items(text, STORED) == dropped


@pytest.mark.parametrize(
    "text",
    [
        "if we drop the grinder what's the total?",  # supposed, not made
        "don't forget the grinder",  # denied
        "just the grinder for now, the machine in spring",  # the rest deferred
        "only the 3-group has the bigger boiler right?",  # a remark on a product
        "drop the Clarity",  # nothing stored of it
        "what's the price of just the grinder?",  # a question
    ],
)
def test_no_stored_gear_is_dropped_without_a_drop(text: str) -> None:
    """Supposed, denied, deferred or asked drops and items not stored take nothing out."""
    assert dropped_items(text, STORED) == []


def test_without_items_keeps_the_rest_in_order() -> None:
    """The list less the dropped items keeps the others as stored."""
    assert without_items("a Pico, Atlas 64, BatchPro 2", ["Atlas 64"]) == "a Pico, BatchPro 2"


async def test_gear_scratched_a_turn_later_leaves_the_needs(brain: LocalBrain) -> None:
    """A grinder scratched a turn later leaves the list, the machine stays, the café stays new
    and the chef's grinder is no pain."""
    state = await play(
        brain,
        [
            "We're opening a bakery-cafe in Lincoln next spring. Pico plus an Atlas 64, total?",
            "ok scratch the grinder, we already own one, our chef's old Mahlkonig from her last "
            "gig. so just the Pico then.",
        ],
    )
    assert state.customer_type is NEW
    needs = str(state.collected["equipment_needs"])
    assert "Pico" in needs
    assert "Atlas" not in needs
    assert "pain_points" not in state.collected


async def test_gear_not_dropped_stays(brain: LocalBrain) -> None:
    """A later message that drops nothing keeps both stored items (negative)."""
    state = await play(
        brain,
        [
            "We're opening a cafe in Lincoln next spring. Pico plus an Atlas 64, total?",
            "does the pico come with training?",
        ],
    )
    needs = str(state.collected["equipment_needs"])
    assert "Pico" in needs
    assert "Atlas 64" in needs


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "We're about to open a coffee bar in Reno... well, actually we've been open since "
            "June, soft opening, just one location. Grind drifts coarse at 7 and fine by the "
            "next rush.",
            EXISTING,
        ),
        (
            "We run a cafe in Reno, sorry, I mean we're opening one in Reno next spring",
            NEW,
        ),
        (
            "We've run a deli for 12 years and we're adding a coffee counter, first time we'll "
            "sell coffee",
            NEW,
        ),
    ],
)
def test_the_revised_or_first_coffee_type_wins(message: str, kind: object) -> None:
    """A type revised after a repair cue is the revised one; coffee sold for the first time
    outweighs years in another trade."""
    assert typed(read_text(message)) is kind


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("We're opening a cafe in Reno in June, well, technically July", NEW),
        ("we've had our cafe 10 years, actually, and we're adding a second site", EXISTING),
        ("we've run a cafe for 10 years, first time we'll serve espresso", EXISTING),
        ("We've been open 4 years, actually we're opening a second cafe in May", EXISTING),
        ("we run a cafe downtown, actually we're opening another one in june", EXISTING),
    ],
)
def test_no_type_revision_without_a_revised_type(message: str, kind: object) -> None:
    """A repair that revises a date, a cue before "and", a further venue opened after the cue or
    espresso first poured at a café changes no type (negative)."""
    assert typed(read_text(message)) is kind


def test_a_month_first_name_before_a_surname_is_a_name() -> None:
    """ "I'm April Nakashima" introduces April; "it's June 15th" and "It's May. We open then"
    name no one."""
    assert explicit_name("hi, I'm April Nakashima, april@harbourbean.com") == "April Nakashima"
    assert explicit_name("its June 15th we open") is None
    assert explicit_name("It's May. We open then") is None


def test_an_old_job_is_no_pain() -> None:
    """Gear from an old job is no complaint; gear that is old still is."""
    assert EXTRACTORS["pain_points"]("we got one, my wife's Eureka from her old job", False) is None
    assert EXTRACTORS["pain_points"]("our grinder is old and jams", False) is not None


def test_a_call_time_revised_keeps_the_new_day_and_time() -> None:
    """A correction of a call's day keeps the new day and time, not the one taken back nor a
    part of the day remarked on; a message with no correction revises nothing."""
    text = "oops, I said Monday before but I meant Wednesday. after 3pm, mornings are busy"
    assert revised_call_time(text) == "Wednesday after 3pm"
    assert revised_call_time("please call me Monday after 3pm") is None


def test_the_lead_carries_the_revised_call_time() -> None:
    """The contact request's time is the revised one, once a time was stated before."""
    said = [
        "call me Monday at 9am please",
        "oops, I said Monday before but I meant Wednesday. after 3pm, mornings are busy",
    ]
    messages = [Message(role="user", text=t) for t in said]
    assert preferred_time(messages) == "Wednesday after 3pm"
    assert preferred_time(messages[:1]) == "at 9am"


async def test_a_revised_call_time_is_said_back(brain: LocalBrain) -> None:
    """After a call was asked for, a corrected day is read as the request's new time; before
    any handoff it is not."""
    state = await play(
        brain,
        [
            "We run two cafes in Tacoma. Ines Duarte, ines@tidecoffee.com, 253-555-0188. "
            "can sales call me Monday at 9am?",
        ],
    )
    assert state.handoff
    heard = await brain.understand("sorry, I said Monday, I meant Wednesday. after 3pm", state)
    assert heard.call_time == "Wednesday after 3pm"
    fresh = await play(brain, ["We run two cafes in Tacoma."])
    heard = await brain.understand("sorry, I said Monday, I meant Wednesday. after 3pm", fresh)
    assert heard.call_time is None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "before I said 4 baristas, make it 6, two more starting monday. still fine?",
            "6 baristas, still fine?",
        ),
        (
            "I told you 40 lb earlier, it's 60 now. does the discount still apply?",
            "60 lb, does the discount still apply?",
        ),
    ],
)
def test_a_named_figure_replaced_is_asked_again(text: str, asked: str) -> None:
    """A figure said earlier, named with what it counts and replaced, is asked about again with
    the new figure put first."""
    assert restated_ask(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "earlier I said 4 baristas, make it 6",  # nothing asked: a detail corrected
        "make it 6, still fine?",  # no old figure named
        "I said 4 baristas, it's 4. ok?",  # the same figure
    ],
)
def test_no_ask_is_restated_without_a_named_revision(text: str) -> None:
    """No named old figure, no new one or no question: nothing is asked again (negative)."""
    assert restated_ask(text) is None


async def test_a_restated_figure_is_searched_as_asked(brain: LocalBrain) -> None:
    """After a question with a count, the revision that names it is looked up with the new count
    and its ask."""
    state = await play(brain, ["We run a cafe in Erie. Need 2 baristas trained, how much?"])
    heard = await brain.understand("earlier I said 2 baristas, make it 4. still ok?", state)
    assert heard.retrieve
    assert heard.query == "4 baristas, still ok?"


def test_a_family_said_again_keeps_its_one_stored_model() -> None:
    """ "the Lumen" said again of one stored Lumen keeps its model; of two it stays as said, and
    a catalog name for a stored alias is kept as given (negatives)."""
    assert kept_specific("Lumen 2-Group, Atlas 75", "the Lumen") == "Lumen 2-Group"
    assert kept_specific("2 group, 3 group, grinder", "the Lumen") == "the Lumen"
    assert kept_specific("3-group", "Lumen 3-Group") == "Lumen 3-Group"
