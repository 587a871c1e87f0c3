"""A pasted labelled form ("Sites: 2", "Timeline: Q3", "Years open: 5") is read label by label
through one table and each field's own extractor, a tenure or a private celebration under its
label types the visitor, and a label the table does not know is left alone; phrasings of our own
(set AL's class)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.fuzzy import normalise
from shared.understanding.labelled import labelled_lines, read_form
from shared.understanding.quotes import asks_quote
from tests.understanding.playing import CASUAL, EXISTING, NEW, play, wired_brain


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    return wired_brain(kb_bundle_dir)


def test_labelled_lines_are_read_plain_bulleted_or_bold() -> None:
    """A label plain, after a bullet or in markdown bold gives its lower-case words and value."""
    text = "Shop: Fernhill\n- **Number of sites:** 3\n* Launch date: Q3 2027\nno label here"
    assert labelled_lines(text) == [
        ("shop", "Fernhill"),
        ("number of sites", "3"),
        ("launch date", "Q3 2027"),
    ]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Locations: 3\nWeekly volume: 25 kg a week",
            {"locations": 3, "expected_volume": "25 kg a week"},
        ),
        ("Timing: Feb", {"opening_timeline": "Feb"}),
        ("Equipment: a 2-group and a grinder", {"equipment_needs": "a 2-group, a grinder"}),
    ],
)
def test_a_known_label_gives_its_field_through_the_fields_extractor(
    text: str, fields: dict[str, object]
) -> None:
    """A count, a quarter or a lone month under its label is the field's answer."""
    assert read_form(text).fields == fields


def test_a_quarter_under_a_launch_label_is_the_opening() -> None:
    """'Launch: Q3' is an opening in July to September, whichever year is next."""
    assert str(read_form("Launch: Q3").fields["opening_timeline"]).startswith("Q3 (July-September")


def test_an_unknown_label_is_left_alone() -> None:
    """Negative: 'Budget: 12', 'Guests: 80', 'Date: May 3' and 'Location: Tacoma' give no field
    (no site count, volume or opening guessed from a label the table does not know)."""
    assert read_form("Budget: 12\nGuests: 80\nDate: May 3\nLocation: Tacoma").fields == {}


def test_a_running_cafes_timeline_label_is_no_opening() -> None:
    """Negative: beside 'Years open: 5' (or for a café known to run) 'Timeline: March' dates a
    purchase, while 'Opening: March' still names an opening."""
    assert read_form("Years open: 5\nTimeline: March").fields == {}
    assert read_form("Timeline: March", running=True).fields == {}
    assert read_form("Opening: March", running=True).fields == {"opening_timeline": "March"}


@pytest.mark.parametrize(
    "text", ["Open: 6 years", "Years in business: 12", "Open since: 2016", "Established: 2009"]
)
def test_a_tenure_under_its_label_is_a_running_business(text: str) -> None:
    """A duration or a year under a tenure label types the visitor as a running café."""
    assert read_form(text).customer_type is EXISTING


@pytest.mark.parametrize(
    "text", ["Open: 7 days a week", "Open: 6am-2pm", "Open since: not open yet", "Years open: none"]
)
def test_hours_or_no_tenure_under_an_open_label_type_nothing(text: str) -> None:
    """Negative: opening hours or a tenure denied are no running business."""
    assert read_form(text).customer_type is None


def test_a_private_celebration_as_the_event_is_a_casual_visitor() -> None:
    """'Event: birthday party' is the visitor's own occasion; 'Event: wedding catering' is a
    trade and types nothing."""
    assert read_form("Event: birthday, 60 people").customer_type is CASUAL
    assert read_form("Event: wedding catering").customer_type is None


async def test_a_pasted_profile_reaches_the_state(brain: LocalBrain) -> None:
    """A running café's profile stores its sites and type; a founder's stores the month."""
    running = await play(brain, ["Business: Larch Street Coffee\nSites: 1\nOpen: 3 years"])
    assert (running.customer_type, running.collected.get("locations")) == (EXISTING, 1)
    founder = await play(brain, ["Business: Tidewater (not open yet)\nTimeline: Nov"])
    assert founder.customer_type is NEW
    assert founder.collected.get("opening_timeline") == "Nov"


async def test_a_running_cafes_timeline_line_stores_no_opening(brain: LocalBrain) -> None:
    """A running café's 'Timeline: next month' beside 'Years open: 4' stores no opening; a
    founder's 'Timeline: next month' still does (negative)."""
    running = await play(brain, ["Shop: Alder Cup\nYears open: 4\nTimeline: next month"])
    assert running.customer_type is EXISTING
    assert "opening_timeline" not in running.collected
    founder = await play(brain, ["Shop: Alder Cup (not open yet)\nTimeline: next month"])
    assert founder.collected.get("opening_timeline") == "next month"


async def test_an_event_brief_is_a_casual_visitor(brain: LocalBrain) -> None:
    """A pasted brief for the visitor's own celebration types them as casual."""
    state = await play(brain, ["Event: engagement party, 40 guests\nNeed: coffee after dinner"])
    assert state.customer_type is CASUAL


def test_a_request_as_a_labels_value_asks_for_sales() -> None:
    """'Next step: quote.' and 'One thing: call me' ask; a channel chosen under a contact label
    ('Preferred contact: call') and a question ('Q: quote?') do not."""
    assert asks_quote("Ana Ruiz\nana@example.com\nNext step: quote.")
    assert asks_quote("One thing: call me")
    assert not asks_quote("Preferred contact: call")
    assert not asks_quote("Q: quote?")


def test_a_beanery_is_no_mistyped_bakery() -> None:
    """A coffee house called a beanery keeps its word, so no bakery is greeted; 'bakey' is
    still read as 'bakery' (negative)."""
    assert normalise("Business: Larch Beanery") == "Business: Larch Beanery"
    assert normalise("we run a small bakey") == "we run a small bakery"
