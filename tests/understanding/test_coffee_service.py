"""The visitor type follows what the business does with coffee now: a format in use or being
replaced is a running coffee business, none yet or a first real coffee is a new programme, and a
business of another trade is no coffee business by being a business (issue 22)."""

from __future__ import annotations

from shared.conversation.signals import asks_for_person
from shared.understanding.coffee_service import no_coffee_yet, serves_coffee_now
from shared.understanding.entities.relationship import already_customer
from shared.understanding.gloss import english_reading
from shared.understanding.languages import mixed_language
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import EXISTING, NEW


def test_a_coffee_format_in_use_is_coffee_served_now() -> None:
    """Pods, capsules, urns and drip machines in use make a running coffee business."""
    assert visitor_type("the waiting area of our tyre shop has a nespresso that eats capsules") is (
        EXISTING
    )
    assert visitor_type("we've got k-cups in both staff rooms and people hate them") is EXISTING
    assert visitor_type("honestly the capsules are a rip off, 4 showrooms go through boxes") is (
        EXISTING
    )


def test_what_is_replaced_is_served_now() -> None:
    """Swapping out or getting rid of a format or a supplier says it is served today."""
    assert visitor_type("looking to swap out the keurigs at both of our showrooms") is EXISTING
    assert visitor_type("we want to get rid of our old drip brewer at the front desk") is EXISTING
    assert serves_coffee_now("we're down to a few days of beans left, reorder pls") is True
    assert visitor_type("a few days of beans left at home, reorder pls") is not EXISTING
    assert serves_coffee_now("we're running low on espresso at the kiosk") is True


def test_a_format_asked_about_or_denied_is_not_in_use() -> None:
    """A question about pods or a format the business lacks says nothing is served."""
    assert serves_coffee_now("do you have a pod machine for offices?") is False
    assert serves_coffee_now("there's no keurig here, never was") is False
    assert visitor_type("do you have a pod machine for offices?") is not EXISTING


def test_no_coffee_yet_is_a_new_programme_however_many_sites() -> None:
    """Zero coffee on site or coffee never served starts a programme, even at several sites."""
    assert no_coffee_yet("three pilates studios, zero coffee on site, members ask daily")
    assert visitor_type("three pilates studios, zero coffee on site, members ask daily") is NEW
    assert visitor_type(
        "we operate 4 climbing gyms and want espresso at each, never served coffee"
    ) is (NEW)


def test_a_first_real_coffee_is_new_whatever_is_poured_now() -> None:
    """Proper coffee wanted over instant or pods is framed as the first coffee worth the name."""
    assert visitor_type("the agency has instant coffee only and the partners want real coffee") is (
        NEW
    )
    assert visitor_type("we're ditching the pods, we have never had proper coffee here") is NEW


def test_a_business_of_another_trade_is_no_coffee_business() -> None:
    """A tattoo shop is a business, not a café; one adding coffee starts a programme."""
    assert visitor_type("i own a tattoo shop in fresno") is None
    assert visitor_type("i run a laundromat and want to offer coffee to people waiting") is NEW
    assert (
        visitor_type("we own a car wash and we're planning to do a small espresso counter") is NEW
    )


def test_a_truck_named_by_its_food_is_no_coffee_truck() -> None:
    """A hot dog cart starting coffee is new; a coffee cart adding cold brew grows."""
    assert visitor_type("we run a hot dog cart and want to start selling coffee") is NEW
    assert visitor_type("we run a coffee cart and are adding cold brew") is EXISTING


def test_an_outlet_added_grows_a_running_business() -> None:
    """A takeaway window or a drive-thru added to a business is no new café."""
    assert visitor_type("good news, we're adding a takeaway window on the side street") is EXISTING
    assert visitor_type("we're opening a cafe with a drive-thru in june") is NEW


def test_a_home_first_machine_is_no_programme() -> None:
    """A first proper machine for a kitchen is a home's, not a business starting coffee."""
    assert visitor_type("just bought my first proper grinder for my kitchen") is not NEW


def test_a_clause_in_another_language_is_glossed() -> None:
    """A Portuguese clause beside English loan words and places is read through the gloss."""
    typed = "oi, tenho uma lavanderia em Houston, quero oferecer café aos clientes"
    earlier = mixed_language(typed)
    assert earlier == "pt"
    assert visitor_type(english_reading(typed, None, earlier)) is NEW


def test_an_account_number_given_bare_is_a_customer() -> None:
    """An account number with us makes a customer; opening an account does not."""
    assert already_customer("account AB-2231, the beans never arrived")
    assert already_customer("our acct 55-1234 shows the wrong address")
    assert not already_customer("can we open an account 2 weeks from now")


def test_a_purchase_from_us_with_the_subject_dropped_is_a_customer() -> None:
    """ "Got our grinder off you guys last spring" is a customer's; the same asked is not."""
    assert already_customer("got our grinder off you guys last spring. it squeaks now")
    assert not already_customer("bought a grinder off you?")
    assert not already_customer("got a quote from you last week")


def test_asking_for_the_sales_people_by_any_name_is_a_handoff() -> None:
    """ "Your sales guy", "the sales team", "put me through to sales" ask for a person; talking to
    one's own manager or declining sales does not."""
    assert asks_for_person("honestly just let me talk to your sales guy")
    assert asks_for_person("ugh, bots. put me through to sales please")
    assert asks_for_person("could i speak with the sales department")
    assert not asks_for_person("i have to talk to the manager at our site first")
    assert not asks_for_person("i don't want to talk to sales yet")
