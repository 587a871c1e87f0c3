"""A suspicion wrapped around a factual question is the factual question (fine print, a catch
like paying extra, actually or just marketing, a real company), and a list announced by its
count ("three things: X, Y, and whether Z") asks every item."""

from __future__ import annotations

from collections.abc import Callable

from shared.rag.answering import Answerer
from shared.rag.question import split_parts
from shared.understanding.meta import meta_question
from shared.understanding.place_follow_ups import names_only_place
from shared.understanding.suspicion import without_suspicion


def test_doubt_words_are_taken_out_of_the_question() -> None:
    """The fine print, 'or only hype', a doubting adverb and 'a catch such as having to pay
    extra' leave the fact asked."""
    assert without_suspicion("any small print on the brewer warranty?") == "the brewer warranty?"
    assert without_suspicion("is the decaf genuinely swiss water or only hype?") == (
        "is the decaf swiss water?"
    )
    assert (
        without_suspicion(
            "is the Pico as your site shows, or any catch such as pay extra for delivery?"
        )
        == "how much is the Pico, and is delivery extra?"
    )


def test_a_real_business_asks_the_company_facts() -> None:
    """'is this a legit business?' asks the founding facts; beside a founding question the
    doubt is only taken out."""
    assert without_suspicion("is this a legit business?") == "when and where were you founded?"
    assert without_suspicion("are u a real supplier? since when have you been around?") == (
        "since when have you been around?"
    )


def test_questions_without_doubt_are_unchanged() -> None:
    """Negative: a plain question, a doubt with no fact under it, and 'really' outside a
    question's verb stay as written; 'are you a real person' stays the bot question."""
    for text in (
        "what's the warranty on the grinder?",
        "is there a catch?",
        "we really like the Foundry, how much is it?",
        "is the organic blend certified?",
    ):
        assert without_suspicion(text) == text
    assert meta_question("are you a real person?")[0] == "bot"
    assert meta_question("are you a real business?")[0] is None


def test_suspicious_asks_get_their_facts(answerer: Answerer) -> None:
    """The warranty under its small print, the certification under 'or just a label', the
    included install under a catch and the founding under 'legit company' are answered."""
    warranty = answerer.answer("whats the small print on the grinders warranty?").text
    assert "2-year" in warranty
    assert "parts and labour" in warranty
    organic = answerer.answer("is the Riverbend truly certified or just a label?").text
    assert "USDA Organic" in organic
    catch = answerer.answer(
        "is the Pico 1 group price what your site says, or is there a catch like paying extra "
        "for installation?"
    ).text
    assert "$3,900" in catch
    assert "included" in catch
    founded = answerer.answer("are you guys a legit company? where are you based?").text
    assert "2011" in founded or "Portland" in founded


def test_a_plain_catch_stays_unknown(answerer: Answerer) -> None:
    """Negative: 'is there a catch?' names no fact, so nothing is answered for it."""
    assert "don't know" in answerer.answer("so is there a catch?").text


def test_an_announced_list_asks_every_item() -> None:
    """'two questions: X, and whether Y' and 'quick qs - X, Y' are one ask per item."""
    assert split_parts("two questions: the Lumen 3 price, and whether training is free") == [
        "what is the Lumen 3 price?",
        "is training free?",
    ]
    assert split_parts("quick qs - whether you ship to Texas, the sample kit") == [
        "do you ship to Texas?",
        "what is the sample kit?",
    ]


def test_a_list_word_without_items_is_unchanged() -> None:
    """Negative: one item after the colon, or no count word, is not split."""
    assert split_parts("two things: the Pico") == ["two things: the Pico"]
    assert split_parts("the Pico price, the Lumen price") == ["the Pico price, the Lumen price"]


def test_every_listed_item_is_answered(answerer: Answerer) -> None:
    """'three things: blend price per lb, the minimum, and whether delivery is free' gets the
    price, the 20 lb minimum and the free-delivery threshold."""
    text = answerer.answer(
        "3 things: Riverbend price per lb, the minimum order, and whether delivery is free"
    ).text
    assert "$12.75" in text
    assert "20 lb" in text
    assert "$250" in text


def test_whether_it_applies_after_an_item_is_its_condition(follow: Callable[..., str]) -> None:
    """'we have just two shops. does it apply to us?' after the Multi-site plan's price is its
    '3 or more locations' condition, though that plan's section was just quoted (not the
    business-only passage a search of the words alone finds)."""
    reply = follow(
        "what is your multi-site maintenance plan?", "we have just two shops. does it apply to us?"
    )
    assert "3 or more" in reply
    assert "home" not in reply


def test_asking_to_have_it_without_a_count_is_no_eligibility(follow: Callable[..., str]) -> None:
    """Negative: 'can we get it?' after the Pro plan states no count, so no condition is read
    into it (the plan is answered as before)."""
    reply = follow("what's the pro maintenance plan?", "can we sign up for it?")
    assert "3 or more" not in reply


def test_another_place_alone_asks_the_area_again(follow: Callable[..., str]) -> None:
    """'and Nevada?' after the technicians' area and 'how about Ohio then?' after delivery
    are the same question of the new place."""
    techs = follow("are your technicians in Montana?", "and Nevada?")
    assert "partner technicians" in techs
    delivery = follow("do you ship to Utah?", "how about Ohio then?")
    assert "Ohio is within the United States" in delivery


def test_a_place_alone_after_a_placeless_section_is_not_read_against_it(
    follow: Callable[..., str],
) -> None:
    """Negative: 'and Nevada?' after the sample kit (a section about no area) does not get
    the kit again, and a place with words of its own is no bare follow-up."""
    assert "sample kit" not in follow("tell me about the free sample kit", "and Nevada?")
    assert not names_only_place("do you deliver to Ohio?", "ohio")
    assert names_only_place("what about Ohio?", "ohio")
