"""Dictated numbers and catalog names (set AN's visitors talking to their phone): a year said in
two pairs, "twenty four seven", names dictation split or misheard. Phrasings of our own, each
class with the cases the rule must leave alone."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.dictated import dictated_ask
from shared.understanding.numerals import read_numbers
from shared.understanding.questions import asks_something
from shared.understanding.reading import read
from shared.understanding.spoken_names import sound, spoken_names
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("said", "year"),
    [
        ("we're launching in june twenty twenty eight", "june 2028"),
        ("doors open early twenty twenty-seven", "early 2027"),
        ("we've roasted since twenty fifteen", "since 2015"),
        ("the lease ends by twenty thirty", "by 2030"),
        ("sometime in the spring, twenty twenty six", "spring, 2026"),
    ],
)
def test_a_year_said_in_two_pairs_is_the_year(said: str, year: str) -> None:
    """ "twenty twenty eight" after a month, a season or a preposition of time is 2028."""
    assert year in read_numbers(said)


@pytest.mark.parametrize(
    ("said", "read_as"),
    [
        ("order twenty twenty pound bags", "20 20 pound bags"),
        ("we march twenty baristas over", "we march 20 baristas"),
        ("in april twenty cups a day", "april 20 cups"),
        ("one of the baristas", "one of the baristas"),
        ("a couple of questions first", "a couple of questions first"),
    ],
)
def test_counts_and_days_are_no_year(said: str, read_as: str) -> None:
    """Two counts in a row, "march" as a verb, a day of a month and idioms stay as they were."""
    assert read_as in read_numbers(said)


@pytest.mark.parametrize(
    "said", ["is support twenty four seven", "are you open 24 7", "open twenty-four/seven?"]
)
def test_twenty_four_seven_is_all_hours(said: str) -> None:
    """ "twenty four seven" reads 24/7, not a count of 24 and of 7."""
    assert "24/7" in read_numbers(said)


def test_twenty_four_then_seven_days_stays_counts() -> None:
    """ "twenty four seven day weeks" is no round-the-clock service."""
    assert "24/7" not in read_numbers("twenty four seven days")


def test_sound_makes_spelling_variants_of_one_sound_one() -> None:
    """ "tch" and "sh" sound alike; the vowels do not count; a vowel opening is kept."""
    assert sound("BatchPro") == sound("bashpro")
    assert sound("pico") == sound("peekoh")
    assert sound("atlas") != sound("tlas")


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("price of the at las seventy five?", "Atlas 75"),
        ("is the river bend roasted dark", "Riverbend"),
        ("the batch pro two, how big", "BatchPro 2"),
        ("what about the bash pro", "BatchPro"),
        ("we'd take a peek oh one group", "Pico 1"),
        ("a lumen too group for the bar", "lumen 2 group"),
        ("the lumen for group?", "lumen for group"),
        ("the lumen three group", "lumen 3 group"),
    ],
)
def test_catalog_names_dictation_split_or_misheard_are_read_as_the_names(
    said: str, named: str
) -> None:
    """Two words spelling or sounding like a catalog name, and a model number said as a
    homophone, read as the name (no "Lumen 4" exists: "lumen for group" stays)."""
    assert named in read(said).numbers


@pytest.mark.parametrize(
    "said",
    [
        "we want her bar open late",
        "make it clear it works",
        "lemon notes are nice",
        "pick a one group machine",
        "i want the lumen too",
        "talk to group leaders",
        "we'll peek in on monday",
        "We're in Salem, Oregon. One shop.",
        "we are in oregon one shop",
    ],
)
def test_english_words_are_no_catalog_name(said: str) -> None:
    """Function words, a single word that sounds like a name, a homophone not before "group",
    words of two clauses and a count ("Oregon. One" is no "Origin") stay as said."""
    assert spoken_names(said) == said


async def test_the_chat_stores_a_dictated_year_and_a_dictated_machine(brain: LocalBrain) -> None:
    """A year dictated in two pairs is no day of the month in the stored timeline, and a
    machine dictated as "lumen too group" is stored as the Lumen."""
    state = await play(
        brain, ["we're opening a cafe in may twenty twenty seven, looking at the lumen too group"]
    )
    timeline = str(state.collected.get("opening_timeline", ""))
    assert "2027" in timeline or "may" in timeline.lower()
    assert "20" not in timeline.replace("2027", "")
    assert "lumen" in str(state.collected.get("equipment_needs", "")).lower()


@pytest.mark.parametrize(
    "said",
    [
        "we'd take about 90 pounds so we'd qualify for the discount right",
        "and at that volume i'd get free delivery too right",
        "the two day course sounds better i think um it's for a whole team right",
    ],
)
def test_a_dictated_confirming_tag_asks(said: str) -> None:
    """ "right" closing a clause about what the visitor would get, after a contraction, a
    filler or an amount referred back to, asks to be confirmed, with no question mark."""
    assert asks_something(said)


@pytest.mark.parametrize(
    "said",
    [
        "we'd get it right",
        "i think um its broken right now",
        "i think the grinder is on the right",
        "so we'd get this right eventually",
        "i'd pay right away",
    ],
)
def test_right_as_an_adverb_or_an_idiom_is_no_tag(said: str) -> None:
    """ "get it right", "right now", "on the right" and "right away" do not ask."""
    assert not asks_something(said)


@pytest.mark.parametrize(
    ("said", "share"),
    [("so that's fifteen percent off", "15%"), ("a 3 per cent fee", "3%"), ("ten percent", "10%")],
)
def test_a_share_said_as_percent_is_written_with_its_sign(said: str, share: str) -> None:
    """ "fifteen percent" reads 15%, as the knowledge base writes a share."""
    assert share in read_numbers(said)


def test_percent_inside_a_word_stays() -> None:
    """ "percentages" is no share."""
    assert read_numbers("what percentages") == "what percentages"


def test_a_question_dictated_after_a_named_thing_is_split_off() -> None:
    """ "your repair thing is it 24/7" asks "is it 24/7"; "the thing is it leaks" tells."""
    assert dictated_ask("we want your delivery thing is it free") == (
        "we want your delivery thing",
        "is it free",
    )
    assert dictated_ask("the thing is it leaks every single day") is None


def test_round_the_clock_asked_of_a_thing_asks() -> None:
    """ "the repair line is it twenty four seven" asks; "we work twenty four seven" tells."""
    assert asks_something(read("and your repair line is it twenty four seven").numbers)
    assert not asks_something(read("we work twenty four seven").numbers)


@pytest.mark.parametrize(
    ("said", "read_as"),
    [
        ("so forty two hundred plus eleven hundred", "4200 plus 1100"),
        ("two thousand plus a hundred for delivery", "2000 plus 100"),
        ("sixty plus 15 is it enough", "60 plus 15"),
    ],
)
def test_plus_between_two_numbers_adds(said: str, read_as: str) -> None:
    """ "plus" before another number is a sum said, not "about" the first one."""
    assert read_as in read_numbers(said)
    assert "about" not in read_numbers(said)


@pytest.mark.parametrize(
    ("said", "read_as"),
    [("forty plus regulars", "about 40 regulars"), ("three hundred plus a week", "about 300")],
)
def test_plus_after_a_number_alone_is_about(said: str, read_as: str) -> None:
    """ "forty plus regulars" is still about forty."""
    assert read_as in read_numbers(said)


def test_a_sum_asked_over_a_threshold_in_statement_order_asks() -> None:
    """ "4200 plus 900 is that over the minimum for financing" asks; "it is under the counter"
    tells."""
    assert asks_something("so 4200 plus 900 is that over the minimum for financing")
    assert not asks_something("the old grinder it is under the counter")
