"""Running cafés that come with a problem and a purchase (set AB's classes), in phrasings of our
own: a symptom of worn or misbehaving gear is the shop's pain, a need said as a wish does not
join a symptom already told, a family name keeps the kind of the item it stands for, a closed
café taken over to reopen is a café being opened, a café sold or closed for good is no running
business, a month a purchase was made is no opening date, a size alone is no product of ours,
gear named by its drink is no taste, "yours?" beside another supplier's goods opens no ticket,
and "Single café" counts one site. Through the real reader (and, for whole turns, the
machine)."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import locations, pain_points, preferences
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.catalog_items import with_kinds
from shared.understanding.entities.interest import merge_items
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.questions import asks_something
from shared.understanding.tickets import not_a_ticket
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import play

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the steam wand on our second machine keeps spitting hot water everywhere", "spitting"),
        ("our group head sputters when the rush starts", "sputters"),
        ("the burrs are totally shot after six years", "shot"),
        ("honestly the pump is toast", "toast"),
        ("three bags came split open on Friday", "split open"),
        ("one of the airpots arrived cracked", "cracked"),
        ("the carafe lid cracked after a week", "cracked"),
        ("guests say the shots taste sour since we changed beans", "sour"),
        ("shots pulling in like 14 seconds no matter the grind", "14 seconds"),
        ("the grinder has been making a horrible squeaking noise", "noise"),
        ("our service company is asking 25% more for next year", "25% more"),
    ],
)
def test_a_symptom_of_worn_gear_is_a_pain(text: str, kept: str) -> None:
    """Gear that spits, sputters, is shot or toast, a bag or part that split or cracked, sour or
    fast shots, a noise made and a price hiked are the running shop's pain, stored as said."""
    found = pain_points(text, False)
    assert found is not None
    assert kept in found


@pytest.mark.parametrize(
    "text",
    [
        "we split the order between our two shops",
        "we sell sourdough and sour cream coffee cake",
        "I shot you an email yesterday about the quote",
        "we want 20% more volume next year",
        "the shots are pulling at 28 seconds, all good",
        "we took a shot at latte art classes",
    ],
)
def test_the_same_words_elsewhere_are_no_pain(text: str) -> None:
    """ "split", "sour", "shot", a percentage and a shot time that say no fault store no pain."""
    assert pain_points(text, False) is None


async def test_a_wish_stored_as_the_need_does_not_join_a_symptom(brain: LocalBrain) -> None:
    """After a symptom, "we mostly need faster repairs" is the support need, not a second pain:
    the pain stays the symptom told."""
    state = await play(
        brain,
        [
            "We run two cafes in Tacoma. The steam wand on the north machine has been sputtering"
            " for weeks. What do your plans cost?",
            "ok. Mia Ortega, mia@harborlight.com - we really need faster repair turnaround",
        ],
    )
    pain = str(state.collected.get("pain_points"))
    assert "sputtering" in pain
    assert "turnaround" not in pain
    assert "turnaround" in str(state.collected.get("support_needs"))


async def test_a_wish_is_the_pain_when_it_is_the_only_one(brain: LocalBrain) -> None:
    """With no pain told before, the wish the visitor states still tells what is not working."""
    state = await play(
        brain,
        ["We run two cafes in Tacoma and we really need faster repair turnaround"],
    )
    assert "turnaround" in str(state.collected.get("pain_points"))


def test_a_family_name_keeps_the_kind_of_the_item_it_replaces() -> None:
    """ "a grinder" then "the Atlas" (two models) is "Atlas grinder"; a model still replaces a
    generic item as it is ("espresso machine" then "Lumen 2-Group")."""
    assert merge_items("a 2 group machine, a grinder", "Atlas") == (
        "a 2 group machine, Atlas grinder",
        "",
    )
    assert merge_items("an espresso machine", "the Lumen")[0] == "Lumen espresso machine"
    assert merge_items("espresso machine", "Lumen 2-Group") == ("Lumen 2-Group", "")


@pytest.mark.parametrize(
    "text",
    [
        "we took over a shuttered coffee shop on Main St and reopen in March, the old grinder"
        " is dead",
        "bought the old cafe by the station, relaunching under our name in 5 weeks",
        "taking over the lease of a closed café, we re-open next month",
    ],
)
def test_a_closed_cafe_taken_over_to_reopen_is_being_opened(text: str) -> None:
    """New owners reopening a closed café are not trading yet: a café being opened, whatever
    gear came with it."""
    assert visitor_type(text) is CustomerType.NEW_CAFE


@pytest.mark.parametrize(
    "text",
    [
        "we took over the cafe two years ago and it's doing well, the grinder jams though",
        "we're reopening after the renovation next week, can you service the machine",
    ],
)
def test_a_takeover_long_ago_or_a_reopening_after_works_is_no_new_cafe(text: str) -> None:
    """A café taken over and trading since, or one closed for works, is not being opened."""
    assert visitor_type(text) is not CustomerType.NEW_CAFE


def test_reopening_dates_the_opening() -> None:
    """ "reopening ... in 6 weeks" is the opening date of a café taken over."""
    found = read_timeline("bought a closed cafe, reopening under a new name in 5 weeks", TODAY)
    assert found is not None
    assert "5 weeks" in found


@pytest.mark.parametrize(
    "text",
    [
        "sold my coffee shop a couple years back, now I just want a good machine at home",
        "we closed our cafe in 2021. looking for beans for my kitchen",
        "I used to run a coffee cart, now I only brew at home. is the pico too much?",
        "former cafe owner here, shopping for my home setup",
    ],
)
def test_a_cafe_run_in_the_past_buying_for_home_is_a_private_buyer(text: str) -> None:
    """Ownership in the past is no running business: buying for home, a casual browser."""
    assert visitor_type(text) is CustomerType.CASUAL_BROWSER


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("we are selling the cafe next month, please cancel our plan", CustomerType.EXISTING_CAFE),
        ("we sold our first cafe in 2020, we still run two others", CustomerType.EXISTING_CAFE),
        ("I used to run a cafe. now I am opening a bakery cafe in march", CustomerType.NEW_CAFE),
        ("we closed the shop at 6 yesterday and the machine leaked all night", None),
        (
            "we closed the cafe for two months last winter for renovation, the machine leaks now",
            CustomerType.EXISTING_CAFE,
        ),
    ],
)
def test_a_business_run_now_or_opened_next_keeps_its_type(
    text: str, wanted: CustomerType | None
) -> None:
    """A sale ahead, one site sold of several, an opening after a past café, and the hour a
    shop closes keep the type the rest of the message states."""
    assert visitor_type(text) is wanted


def test_a_month_a_purchase_was_made_is_no_opening() -> None:
    """ "bought ... in April" dates a purchase; "opening in April" is still an opening."""
    assert read_timeline("Got a Pico from you in March and the steam valve sticks", TODAY) is None
    assert read_timeline("the brewer we ordered in May has a cracked server", TODAY) is None
    found = read_timeline("we bought the building, opening in April", TODAY)
    assert found is not None
    assert "April" in found


def test_a_size_alone_is_no_product_of_ours() -> None:
    """ "our 2 group Astoria" is another maker's machine: no kind of ours is noted; "our atlas
    75" still is."""
    assert with_kinds("our 3 group Faema keeps leaking") == "our 3 group Faema keeps leaking"
    assert "Atlas 75" in with_kinds("our atlas 75 is throwing shots")


def test_gear_named_by_its_drink_is_no_taste() -> None:
    """ "a grinder for espresso and one just for decaf" is what the gear is for; a blend liked
    "for milk drinks" is still a taste."""
    assert preferences("need a grinder for espresso and another one only for decaf", False) is None
    found = preferences("we like the Foundry for milk drinks", False)
    assert found is not None
    assert "Foundry" in found
    found = preferences("and she likes the chocolatey one for espresso", False)  # set W
    assert found is not None
    assert "chocolatey" in found


def test_yours_asked_beside_another_suppliers_goods_is_no_ticket() -> None:
    """A complaint about the current roaster's beans with "how fresh is yours?" compares; "your
    beans arrived stale" reports a problem with ours."""
    other = "the coffee tastes stale lately, their beans sit for weeks. how fresh is yours?"
    assert not_a_ticket(other, True, False, False, None)
    assert not not_a_ticket("your beans arrived stale last week", True, False, False, None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Single café, about 60 lb a month, Reno.", 1),
        ("single shop, 3 years in", 1),
        ("we sell single origin coffee", None),
        ("a single espresso shot", None),
    ],
)
def test_single_without_its_article_counts_one_site(text: str, count: int | None) -> None:
    """ "Single café" opening a clause is one site; "single origin" is no count."""
    assert locations(text, False) == count


@pytest.mark.parametrize(
    "text",
    [
        "if I buy it do my baristas get training?",
        "thinking the 3 group. once we sign will our staff need a course?",
        "if we switch does our team get a tasting first",
    ],
)
def test_what_the_visitors_people_get_after_a_condition_is_asked(text: str) -> None:
    """A condition then "do my baristas get ..." asks something, however the condition ends
    ("buy it do my")."""
    assert asks_something(text)


@pytest.mark.parametrize(
    "text",
    ["if we grow our team will need training", "if I buy it my baristas need training first"],
)
def test_a_condition_told_is_no_question(text: str) -> None:
    """A condition and what follows from it, told, asks nothing."""
    assert not asks_something(text)


@pytest.mark.parametrize(
    "text",
    [
        "we pay our roaster 9.80 a lb for house espresso and 11.20 for decaf. yours?",
        "we've never done coffee beyond a drip pot, want to put in a proper espresso bar by May",
        "thinking of setting up a coffee counter by the register",
    ],
)
def test_coffee_named_beside_a_price_paid_a_history_or_a_bar_is_no_taste(text: str) -> None:
    """A price paid for a coffee, a history of serving none and a bar put in tell no taste."""
    assert preferences(text, False) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("our espresso bar serves chocolatey blends", "chocolatey"),
        ("opening a coffee cart, we love fruity light roasts", "fruity light roasts"),
        ("we pay too much now, we like a dark chocolatey espresso", "dark chocolatey"),
    ],
)
def test_a_taste_beside_those_words_is_kept(text: str, kept: str) -> None:
    """The taste said beside a bar or a price is still stored."""
    found = preferences(text, False)
    assert found is not None
    assert kept in found
