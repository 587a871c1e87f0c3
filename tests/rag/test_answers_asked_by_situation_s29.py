"""Answers asked through the visitor's situation (issue 23, set AG): attributes listed after
their subject, sums over the sites told, an item's offer against another offer of it, and a
question's second half."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.question import split_parts


def test_two_attributes_listed_are_two_asks_of_one_subject() -> None:
    """ "shipping to regina, cost and timing?" asks the cost and the time, each of shipping."""
    assert split_parts("shipping to regina, cost and timing?") == [
        "shipping to regina, cost?",
        "shipping to regina, timing?",
    ]


def test_a_list_of_things_liked_is_not_split() -> None:
    """ "we like dark roasts, nutty and sweet" lists tastes, not attributes asked."""
    said = "we like dark roasts, nutty and sweet"
    assert split_parts(said) == [said]


def test_canadian_delivery_asked_by_time_and_cost_gets_both(answerer: Answerer) -> None:
    """A Canadian city's delivery asked as "time and cost" has the flat fee and the days."""
    said = answerer.answer("what would shipping up to Edmonton be like, time and cost?").text
    assert "$18" in said
    assert "5 to 7" in said


def test_a_time_listed_the_knowledge_base_lacks_is_not_filled(answerer: Answerer) -> None:
    """The sample kit's time is written nowhere: its price is said, no other item's time."""
    said = answerer.answer("the sample kit, price and time?").text
    assert "free sample kit" in said
    assert "business days" not in said
    assert "lead time" not in said


def test_one_item_for_each_lobby_of_the_sites_told_is_summed(answerer: Answerer) -> None:
    """ "we run three hotels. an atlas 75 per lobby": every hotel has one lobby, so three."""
    said = answerer.answer("we run three hotels. an atlas 75 per lobby, how much all in?").text
    assert "$2,450" in said
    assert "$7,350" in said


def test_the_lobbies_are_counted_by_the_sites_told_before(answerer: Answerer) -> None:
    """The visitor's four properties told earlier count "one for each lobby"."""
    said = answerer.answer("one atlas 75 for each lobby, total?", details={"locations": 4}).text
    assert "$9,800" in said


def test_a_floor_is_not_one_per_site(answerer: Answerer) -> None:
    """A hotel may have many floors: "one for each floor" of two hotels is no sum for two."""
    said = answerer.answer("we have two hotels. one atlas 75 for each floor, total?").text
    assert "$4,900" not in said


def test_a_trade_in_toward_an_item_gets_the_credit_not_its_other_offer(
    answerer: Answerer,
) -> None:
    """ "swap it in toward a lumen, what would we get": the trade-in credit, not the training
    a Lumen also "gets" a team."""
    said = answerer.answer("if we trade ours in toward a Lumen 3 group, what would we get?").text
    assert "15%" in said
    assert "training" not in said


def test_an_ask_of_everyday_words_alone_still_finds_the_item_sentence(answerer: Answerer) -> None:
    """A purchase stated and nothing else asked keeps the entity's own answer: its price."""
    said = answerer.answer("if we buy a Lumen 2 group, what do we get?").text
    assert "$9,800" in said


def test_the_time_to_a_zone_is_its_delivery_time(answerer: Answerer) -> None:
    """ "how long to the continental US for coffee" after an equipment question asks the
    coffee's delivery there: 3 business days, beside the equipment's 5."""
    said = answerer.answer(
        "how soon does in-stock gear ship out, and how long to the continental US for coffee?"
    ).text
    assert "5 business days" in said
    assert "3 business days" in said


def test_the_time_to_a_zone_alone_is_not_a_return_rule(answerer: Answerer) -> None:
    """ "how long to the continental US for an order of coffee" is the 3 days, not returns."""
    said = answerer.answer("how long to the continental US for an order of coffee?").text
    assert "3 business days" in said
    assert "returned" not in said


def test_a_time_to_do_something_is_no_delivery(answerer: Answerer) -> None:
    """ "how long to dial in the grinder" names no zone: no delivery time is given."""
    said = answerer.answer("how long to dial in the Atlas 75?").text
    assert "business days" not in said


def test_in_person_training_is_the_on_site_course(answerer: Answerer) -> None:
    """ "in-person" training is the course a trainer gives on site: $850, not the online $120."""
    said = answerer.answer("what would in-person training run us?").text
    assert "$850" in said
    assert "$120" not in said


def test_that_after_a_course_named_is_that_course(answerer: Answerer) -> None:
    """After the online course was discussed, "would you run in-person training for us too?
    what would that cost" asks the on-site course's price, not the online one's again."""
    said = answerer.answer(
        "would you run in-person training for us too? what would that cost",
        recent=["Online barista course"],
    ).text
    assert "$850" in said
    assert "$120" not in said


def test_a_second_item_beside_a_count_worked_is_still_priced(answerer: Answerer) -> None:
    """ "online course for 5 baristas plus the on site course for everyone else": the sum for
    the five and the on-site course's price both."""
    said = answerer.answer(
        "online course for 5 baristas plus the on site course for everyone else, total?"
    ).text
    assert "$600" in said
    assert "$850" in said


def test_a_total_with_no_subject_after_a_sum_is_not_answered_twice(answerer: Answerer) -> None:
    """ "the online course for 4 staff. whats the total?" names no item of its own: one sum."""
    said = answerer.answer("the online course for 4 staff. whats the total?").text
    assert said.count("$480") == 1


def test_an_item_named_covered_beside_its_age_asks_its_warranty(answerer: Answerer) -> None:
    """ "is the batchpro covered? we bought it 10 months ago": its warranty (1 year)."""
    said = answerer.answer("is the batchpro covered? we bought it 10 months ago").text
    assert "1-year warranty" in said


def test_covered_with_no_age_told_is_not_read_as_the_warranty(answerer: Answerer) -> None:
    """ "is the atlas 64 covered?" with no age told is left to the item's own reading."""
    from shared.rag.question import as_warranted

    assert as_warranted("is the atlas 64 covered?") == "is the atlas 64 covered?"
    assert as_warranted("it's 2 years old, is it covered by the plan?").endswith("by the plan?")


def test_it_after_a_purchase_named_is_the_thing_bought(answerer: Answerer) -> None:
    """After the launch consulting, "once we order an espresso machine from you, who puts it
    in?" asks the machine's installation, not the consulting's price again."""
    said = answerer.answer(
        "once we order the machine from you, who installs it?",
        recent=["Café Launch Consulting"],
    ).text
    assert "certified technician" in said
    assert "$2,500" not in said


def test_it_after_a_purchase_of_the_kind_discussed_stays_that_item(answerer: Answerer) -> None:
    """After the Lumen 2-Group, "if we buy the machine, what does it cost?" is still its price."""
    said = answerer.answer(
        "if we buy the machine, what does it cost?", recent=["Lumen 2-Group"]
    ).text
    assert "$9,800" in said
