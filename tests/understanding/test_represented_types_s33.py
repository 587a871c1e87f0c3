"""Issue 22, set AQ's formal letter-writers (session 33): the type of a business described in
the third person or formally ("proprietor of the X, a café", "has owned and run the Y Café",
"four outlets trading"), a committee's own gathering, a present for a relative's birthday.
Phrasings of our own, with near misses that must keep their reading."""

from __future__ import annotations

import pytest

from shared.conversation.kinds import CustomerType
from shared.understanding.visitor import visitor_type

EXISTING = CustomerType.EXISTING_CAFE
NEW = CustomerType.NEW_CAFE
CASUAL = CustomerType.CASUAL_BROWSER


@pytest.mark.parametrize(
    "message",
    [
        "I am writing for Mrs. Adaeze Nwosu, proprietor of the Lantern House, a café in Eugene, "
        "regarding your descaling service.",
        "My principal, Mr. Quayle, has owned and run the Bramble Café in Provo since 2014.",
        "I act for Mr. Dunmore, who operates two coffee houses in Salem.",
        "I represent the Thistle Coffee House in Ogden, which has traded for twelve years.",
        "Our franchise has six outlets trading across Oregon and we are reviewing suppliers.",
        "I act for a group with three premises in operation and a fourth under negotiation.",
    ],
)
def test_a_venue_run_by_the_person_represented_is_a_running_cafe(message: str) -> None:
    assert visitor_type(message) is EXISTING


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a consultant's own firm is no café
        ("I run an operations consultancy, Hargreaves Advisory, and write with a question.", None),
        # an opening for a client is a new café, not a running one
        ("Our client is thinking of opening a café in Fresno next spring.", NEW),
        ("I write on behalf of a client who plans to open a coffee shop in Boise.", NEW),
        # a bakery that has traded a while is no coffee venue
        ("I advise a bakery in Tulsa which has traded for eight years.", None),
        # a count of sites that are not trading is no running business
        ("We are looking at three outlets for sale in Denver.", None),
    ],
)
def test_near_misses_keep_their_reading(message: str, expected: CustomerType | None) -> None:
    assert visitor_type(message) is expected


@pytest.mark.parametrize(
    "message",
    [
        "Every September the society holds a harvest supper in the village hall; could you "
        "supply coffee for eighty?",
        "Our guild is holding its spring bazaar and would like decent coffee for the day.",
    ],
)
def test_a_committees_own_gathering_is_a_private_event(message: str) -> None:
    assert visitor_type(message) is CASUAL


def test_a_caterer_working_a_club_gathering_is_not_casual() -> None:
    message = "We cater events; the club holds a summer fair and wants our coffee cart there."
    assert visitor_type(message) is not CASUAL


@pytest.mark.parametrize(
    "message",
    [
        "My granddaughter has just moved into her own flat. Her eighteenth birthday is next "
        "month and I would like to give her a proper grinder.",
        "Our nephew loves espresso, and for his graduation we hope to buy him your small grinder.",
    ],
)
def test_a_present_for_a_relatives_occasion_is_casual(message: str) -> None:
    assert visitor_type(message) is CASUAL


@pytest.mark.parametrize(
    "message",
    [
        # no occasion: a relative named beside a thing given is no present
        "My son manages the shop; please give him a call about the grinder.",
        # the relative's own café stays a running business
        "My daughter runs a café in Yakima and her grinder has failed.",
    ],
)
def test_a_relative_without_a_present_is_not_a_gift(message: str) -> None:
    assert visitor_type(message) is not CASUAL


def test_a_cafe_run_by_someone_the_writer_does_not_act_for_is_not_theirs() -> None:
    assert visitor_type("Mr. Pell owns the Kestrel Café across the road from our florist.") is None
