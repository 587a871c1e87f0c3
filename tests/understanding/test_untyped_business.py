"""Businesses that are neither café nor home (caterers, kiosks, offices, event companies), typed
by what they say about coffee, and everything they say stored whatever their type; past dates
that are no timeline; the stage such a visitor earns; names with an initial or before a first-
person intro. Phrasings of our own, each class with a case the rule must not take, through the
real reader and the real state machine."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields
from shared.conversation.kinds import CustomerType
from shared.conversation.state import Stage
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_volume
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.fuzzy import normalise
from shared.understanding.privacy import erasure_fields
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # years in another trade say nothing of the coffee: starting espresso is new
        (
            "we've catered corporate events in denver for nine years and clients keep asking "
            "for real espresso instead of the thermos coffee",
            CustomerType.NEW_CAFE,
        ),
        (
            "we run a climbing gym since 2016, buying our first espresso machine",
            CustomerType.NEW_CAFE,
        ),
        (
            "signed a lease on a booth at the stadium concourse for next season",
            CustomerType.NEW_CAFE,
        ),
        ("we won the contract for a kiosk in the hospital atrium", CustomerType.NEW_CAFE),
        (
            "we run a 40-room inn and want an espresso machine for the breakfast room",
            CustomerType.NEW_CAFE,
        ),
        ("i own a tire shop, want a coffee station for the waiting area", CustomerType.NEW_CAFE),
        # from nothing, whatever else the business is
        (
            "we have two yoga studios and no coffee offer at all, members bring thermoses",
            CustomerType.NEW_CAFE,
        ),
        (
            "bike shop owner, been dreaming of a small espresso counter by the till",
            CustomerType.NEW_CAFE,
        ),
        (
            "we look after four clinics, all with existing coffee service in the waiting rooms",
            CustomerType.EXISTING_CAFE,
        ),
        # a café buying a machine for its own counter grows a coffee business
        (
            "we run a cafe and need an espresso machine for the front counter",
            CustomerType.EXISTING_CAFE,
        ),
        # a coffee service run already is existing
        (
            "the inn already serves espresso at breakfast but the machine is ancient",
            CustomerType.EXISTING_CAFE,
        ),
        ("I manage facilities for an accounting firm, 45 staff", CustomerType.EXISTING_CAFE),
        (
            "we do the coffee for weddings out of a converted horse trailer",
            CustomerType.EXISTING_CAFE,
        ),
        # several sites still present an established operation (outside-b's boba shops)
        (
            "we have 3 smoothie shops in reno, customers keep asking for coffee",
            CustomerType.EXISTING_CAFE,
        ),
        # not a venue won: a renewal of one's own, an item's lease
        ("can we lease the pico instead of buying it", None),
    ],
)
def test_type_follows_what_the_business_does_with_coffee(
    text: str, kind: CustomerType | None
) -> None:
    """Starting espresso, a first machine or a venue just leased is a new coffee programme
    whatever the business's tenure; running a coffee service is existing; a machine's lease
    types nobody."""
    assert visitor_type(normalise(text)) == kind


async def test_untyped_business_has_every_detail_stored_and_is_asked_the_type_once(
    brain: LocalBrain,
) -> None:
    """A visitor the reader cannot type has its volume and timeline stored as they come, is
    asked the type question at most once, then for a way to reach it."""
    state = await play(
        brain,
        [
            "hello there",
            "we'd go through maybe 120 lb a month",
            "we'd like it all set up by early march",
            "ok",
        ],
    )
    assert state.customer_type is None
    assert "120" in str(state.collected.get("expected_volume"))
    assert "march" in str(state.collected.get("opening_timeline")).lower()
    assert state.welcome_asks <= 1
    assert state.asking in (None, "name", "email", "phone")


async def test_untyped_business_asking_for_a_quote_is_qualified(brain: LocalBrain) -> None:
    """An untyped visitor who gave a need and a contact and asked for a quote is qualified."""
    state = await play(
        brain,
        [
            "we'd go through maybe 120 lb a month",
            "please send a quote to dana@fieldhouse.events",
        ],
    )
    assert state.stage is Stage.QUALIFIED


async def test_visitor_who_only_asked_leaves_as_a_casual_browser(brain: LocalBrain) -> None:
    """Company questions and a goodbye type a casual browser; liking decaf makes no business."""
    state = await play(
        brain,
        ["how long have you been roasting", "i like the night shift decaf", "ok cheers, bye"],
    )
    assert state.customer_type is CustomerType.CASUAL_BROWSER
    assert state.stage is Stage.EXPLORING


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ran a bakery in Bend from 2018, closed it in 2022, now I'm opening a café", None),
        ("we opened in april 2021 and are adding a kiosk by june", "by june"),
        (
            "Converting the old bank lobby into a café. Sometime next autumn, if funding lands",
            "next autumn",
        ),
        ("we open when the inspector signs off, probably nov", "nov"),
        ("slow in summer, busy in term time", None),
        ("we want to open it in may for the graduation rush", "in may"),
        ("we may for now stick with drip", None),
    ],
)
def test_timeline_is_ahead_not_history(text: str, found: str | None) -> None:
    """A year gone is history, not an opening date; a season of a year to come and a short
    month after a hedge are timelines; a season said in passing is none."""
    assert read_timeline(text, TODAY) == found


async def test_later_season_in_passing_does_not_replace_the_timeline(brain: LocalBrain) -> None:
    """ "next spring" stays when a later message mentions summer in passing."""
    state = await play(
        brain,
        [
            "We're turning the museum shop into a café, hopefully next spring",
            "we'd expect about 200 drinks a day in term, hardly any in summer",
        ],
    )
    assert "spring" in str(state.collected.get("opening_timeline"))


async def test_existing_customer_with_a_pain_and_a_contact_who_upgrades_is_qualified(
    brain: LocalBrain,
) -> None:
    """A customer of ours on a plan whose grinder failed, who gives a contact and decides to
    upgrade, is qualified: its sites are on file, "lets upgrade" commits."""
    state = await play(
        brain,
        [
            "we're on your essential plan and our atlas 64 quit on friday, we lost a whole day",
            "ok lets upgrade to pro. mo okafor, mo@northside.coffee",
        ],
    )
    assert state.stage is Stage.QUALIFIED


async def test_office_with_a_volume_and_a_contact_is_qualified(brain: LocalBrain) -> None:
    """An office that states its monthly volume and its wish, then a contact, is qualified
    without a count of sites (the volume sizes the account)."""
    state = await play(
        brain,
        [
            "office manager here, 80 people, we want to replace the pod machines",
            "we'd need about 30 lb a month of something smooth",
            "Ruth Ibe, ruth.ibe@quillworks.io",
        ],
    )
    assert state.stage is Stage.QUALIFIED


@pytest.mark.parametrize(
    ("text", "asked", "name"),
    [
        ("tomas r, 503-555-0111", True, "Tomas R."),
        ("Maya Lin, we run two bakeries in Bend", False, "Maya Lin"),
        ("Lantern Coffee, we run two shops", False, None),
        ("ok s, 503-555-0111", True, None),
    ],
)
def test_name_with_an_initial_or_before_a_first_person_intro(
    text: str, asked: bool, name: str | None
) -> None:
    """A first name and an initial, and a name before "we run ...", are read; a business
    before "we run" and a filler before an initial are not."""
    assert find_name(text, asked, True) == name


def test_erasing_phone_and_email_keeps_the_name() -> None:
    """A request to delete the phone and the email names both fields (the name stays)."""
    assert erasure_fields("pls delete my number and email, no calls") == ["phone", "email"]
    assert erasure_fields("delete my data") == []


def test_ordinal_site_opening_its_sentence_counts_the_sites() -> None:
    """ "second location opens in the fall" after another sentence means two sites; a second
    place won in a contest is no site."""
    text = "we buy 60 lb a month from you. second location opens in the fall"
    assert business_fields(text, None, False).get("locations") == 2
    assert "locations" not in business_fields("we took second place at the fair", None, False)


async def test_customer_of_ours_adding_gear_is_no_new_cafe(brain: LocalBrain) -> None:
    """A visitor who buys from us already and thinks of adding a grinder is an existing café,
    not one being opened."""
    state = await play(
        brain, ["we get riverbend from you already, thinking about adding a grinder"]
    )
    assert state.customer_type is CustomerType.EXISTING_CAFE


def test_word_holding_a_foreign_approximator_is_not_one() -> None:
    """ "I estimate 90 cups per day" stores the volume, not "ate 90 cups" (the Portuguese
    "ate" inside "estimate")."""
    assert find_volume("I estimate 90 cups per day.", False) == "90 cups per day"
