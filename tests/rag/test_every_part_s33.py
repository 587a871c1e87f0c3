"""Every part of a multi-part question (issue 23, set AP): a serial list of asks, a topic
opening the message, a time asked of a verb with no object, two ranks of one kind and parts
asked in the plural are each answered; a choice between names the knowledge base never
mentions is an honest don't-know."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer
from shared.rag.question import split_parts
from shared.rag.unmentioned import unmentioned_choice
from shared.understanding.asked import asked_heads
from shared.understanding.carried import objectless_time, opening_topic, with_object
from shared.understanding.planned_visits import visit_asked


def _known(word: str) -> bool:
    return word in {"card", "cash", "espresso", "filter", "loring", "roast"}


def _in_knowledge(word: str) -> bool:
    return word in {"card", "espresso", "filter", "roast"}


def test_a_serial_list_of_asks_is_split_at_every_comma() -> None:
    """ "A, how long B, and what C" asks three things, not two."""
    assert split_parts(
        "cost of the Atlas 64, how heavy is it, and what warranty comes with it?"
    ) == [
        "cost of the Atlas 64",
        "how heavy is it",
        "what warranty comes with it?",
    ]


def test_a_subject_before_the_first_comma_stays_with_its_ask() -> None:
    """ "the pico, what does it cost, and ...": the subject is no ask of its own."""
    assert split_parts("the pico, what does it cost, and how long is the warranty?") == [
        "the pico, what does it cost",
        "how long is the warranty?",
    ]


def test_a_condition_before_a_comma_is_not_split_off() -> None:
    """ "if it breaks, who fixes it, and how fast?" keeps the condition with its ask."""
    assert split_parts("if the grinder jams, who repairs it, and how fast?") == [
        "if the grinder jams, who repairs it",
        "how fast?",
    ]


def test_two_ranks_of_one_kind_are_two_asks() -> None:
    """ "smallest and biggest espresso machine" asks each rank of the kind."""
    assert split_parts("your smallest and biggest espresso machine, price?") == [
        "your smallest espresso machine, price?",
        "your biggest espresso machine, price?",
    ]


def test_one_rank_is_left_whole() -> None:
    """A single rank ("the cheapest grinder") is one ask, unchanged."""
    assert split_parts("what's the cheapest grinder you have?") == [
        "what's the cheapest grinder you have?"
    ]


def test_an_opening_topic_is_read_only_after_for_a_or_the() -> None:
    """ "for a custom blend:" names a thing; "for our records:" is the visitor's own purpose."""
    assert opening_topic("for a custom blend: minimum?") == "a custom blend"
    assert opening_topic("for our records: minimum?") is None


def test_a_time_of_a_verb_with_no_object_is_asked_of_the_one_item() -> None:
    """ "how long to arrive?" after one item named is asked of that item; with two items named,
    or an object of its own, it is left as asked."""
    assert objectless_time("how soon will it arrive?")
    assert not objectless_time("how long does shipping to canada take?")
    assert with_object("how long to arrive?", "q", ["Atlas 64"], False) == (
        "how long to arrive the Atlas 64?"
    )
    assert with_object("how long to arrive?", "q", ["Atlas 64", "Pico 1-Group"], False) == (
        "how long to arrive?"
    )


def test_a_choice_of_unknown_names_is_found() -> None:
    """Two names neither English nor ours ("Diedrich", a capitalised "Loring") are a choice the
    knowledge base cannot answer; a choice of its own words is not."""
    assert unmentioned_choice("a Diedrich or a Loring?", _known, _in_knowledge, frozenset()) == [
        "Diedrich",
        "Loring",
    ]
    assert unmentioned_choice("card or cash?", _known, _in_knowledge, frozenset()) == []
    assert unmentioned_choice("espresso or filter?", _known, _in_knowledge, frozenset()) == []


def test_parts_in_the_plural_are_the_head_of_a_value_asked() -> None:
    """ "what size are the carafes" asks the carafes' size; "what size is the pico" the size."""
    assert asked_heads("what size are the carafes")[:1] == ["carafes"]
    assert "size" in asked_heads("what size is the pico")


def test_every_ask_of_a_serial_list_is_answered(answerer: Answerer) -> None:
    """The Clarity's price, its cartridge life and its warranty, asked as one list, all said."""
    said = answerer.answer(
        "cost of the Clarity system, how long one cartridge lasts, and what's the warranty?"
    ).text
    assert "$640" in said
    assert "6 months" in said
    assert "1-year" in said


def test_a_topic_opening_the_message_is_every_parts_subject(answerer: Answerer) -> None:
    """ "for a custom blend: A and how long does it take to develop?" asks both of the blend."""
    said = answerer.answer(
        "for a custom blend: how much do we need to order and how long does it take to develop?"
    ).text
    assert "150 lb" in said
    assert "4 weeks" in said


def test_a_purpose_of_the_visitors_own_still_drops_out(answerer: Answerer) -> None:
    """ "for the new office kitchen:" names nothing of ours: the items after it are totalled."""
    said = answerer.answer("for the new office kitchen: BatchPro 2 and a Clarity. total?").text
    assert "$2,620" in said


def test_how_long_to_ship_is_asked_of_the_item_priced_before(answerer: Answerer) -> None:
    """ "Atlas 75 price, does it have a warranty, and how long to ship?": the grinder's lead
    time, not the coffee's delivery days."""
    said = answerer.answer("Atlas 75 price, does it have a warranty, and how long to ship?").text
    assert "$2,450" in said
    assert "5 business days" in said


def test_two_ranks_of_coffee_get_both_prices(answerer: Answerer) -> None:
    """The lightest-priced and the priciest coffee, asked together, are both named."""
    said = answerer.answer("most expensive and cheapest coffee you roast, per pound?").text
    assert "$15.90" in said
    assert "$10.80" in said


def test_a_choice_of_roasters_we_never_name_abstains(answerer: Answerer) -> None:
    """ "a Diedrich or a Giesen?" is not answered with a passage about roasting."""
    found = answerer.answer("which roasting machine do you use, a Diedrich or a Giesen?")
    assert not found.grounded
    assert "Diedrich" in found.text


def test_a_choice_between_our_own_items_is_still_answered(answerer: Answerer) -> None:
    """Names of the catalog are no unknown choice: the cheaper grinder is answered."""
    found = answerer.answer("which is cheaper, the Atlas 64 or the Atlas 75?")
    assert found.grounded
    assert "$1,350" in found.text


def test_the_size_of_parts_after_the_item_priced(answerer: Answerer) -> None:
    """ "BatchPro 2 cost? and what size are its servers?" : the servers' 2.5 L, no gap."""
    said = answerer.answer("how much for the BatchPro 2 and what size are its servers?").text
    assert "$1,980" in said
    assert "2.5" in said


def test_the_size_of_an_item_we_do_not_list_stays_a_gap(answerer: Answerer) -> None:
    """ "what size is the pico?": no size is made up for it."""
    found = answerer.answer("what size is the pico?")
    assert not found.grounded


def test_a_visit_planned_on_a_day_asks_that_day() -> None:
    """ "we'd like to drop in on a weekend" leaves open whether a visit that day is possible."""
    assert visit_asked("where's the showroom? we'd like to drop in on a weekend") == (
        "where's the showroom? is a visit possible on the weekend?"
    )


def test_a_visit_with_no_day_or_to_someone_else_is_left_alone() -> None:
    """A plan with no day, a habit ("we visit our roasters every monday") or a visit to the
    visitor's own people asks nothing of ours."""
    for said in (
        "we might swing by sometime. where are you?",
        "we visit our roasters every monday. what's your lead time?",
        "we may visit our sister on sunday. where is the showroom?",
    ):
        assert visit_asked(said) == said


def test_the_visiting_days_answer_a_visit_planned_beside_the_address(answerer: Answerer) -> None:
    """The address asked with "we may come by on a sunday" gets the days visits are possible."""
    said = answerer.answer("where exactly is the roastery? we may come by on a sunday").text
    assert "2150 NW Raleigh" in said
    assert "Monday to Friday" in said


def test_a_family_before_a_plural_of_its_kind_names_its_members(answerer: Answerer) -> None:
    """ "the Atlas grinders" are both Atlas models; machines of the visitor's own are none."""
    assert set(answerer.named("we're weighing up the Atlas grinders")) == {"Atlas 64", "Atlas 75"}
    assert answerer.named("our old machines keep breaking down") == []


def test_the_bigger_one_after_a_family_in_the_plural(follow: Callable[..., str]) -> None:
    """ "the bigger one" after "comparing the Lumen machines" is the Lumen 3-Group."""
    said = follow("we're comparing the Lumen machines", "the bigger one, how long until it ships?")
    assert "three-week" in said
