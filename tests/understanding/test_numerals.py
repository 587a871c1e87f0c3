"""Numbers as people say them (words, digits read out, dictation homophones, a fortnight): one
reading in the reader, and the readers of fields and lead observations seeing it. Phrasings of
our own, each class with the cases the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.entities.emails import find_email
from shared.understanding.entities.timeline import parse_timeline
from shared.understanding.numerals import read_numbers, spoken_digits
from shared.understanding.observations import observe
from tests.understanding.playing import play

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("roughly a hundred and ninety covers", "roughly 190 covers"),
        ("three hundred and twelve lattes", "312 lattes"),
        ("we pour forty-five shots", "we pour 45 shots"),
        ("eighty odd regulars", "about 80 regulars"),
        ("sixty-ish people", "about 60 people"),
        ("Nineteen baristas", "19 baristas"),
        ("it set us back eight thousand dollars", "it set us back $8,000"),
        ("paid fifteen grand for it", "paid $15,000 for it"),
        ("two dozen pastries", "24 pastries"),
        ("half a dozen outlets", "6 outlets"),
        ("a dozen vans", "12 vans"),
        ("a thousand cups", "1000 cups"),
        ("in the year two thousand and nine", "in the year 2009"),
    ],
)
def test_numbers_of_several_words_or_from_thirteen_up_are_written_as_digits(
    said: str, read: str
) -> None:
    """Compounds, tens, teens, dozens and amounts of money become one number in digits."""
    assert read_numbers(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "I'll take the bigger one",
        "is that one any good",
        "it's one of those days",
        "a couple of quick questions",
        "we have two shops and a van",
        "an espresso and a tea",
        "eleven not ten",
        "on the twenty-second of May",
        "hundreds of customers",
        "a grand opening next week",
    ],
)
def test_pronouns_articles_idioms_and_small_counts_stay_as_said(said: str) -> None:
    """ "one" as a pronoun, "a"/"an", idioms, one to twelve alone, ordinals and a plural of a
    scale ("hundreds") are not rewritten."""
    assert read_numbers(said) == said


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("call me on four one five five five five zero one nine three", "call me on 4155550193"),
        ("it's oh two nine double four seven one two two", "it's 029447122"),
        ("try five oh three, five five five, zero one two two", "try 5035550122"),
        ("my number is triple five two one eight eight", "my number is 5552188"),
    ],
)
def test_a_number_read_out_digit_by_digit_is_one_digit_run(said: str, read: str) -> None:
    """Seven or more digits said one by one ("oh", "double", "triple" included) join up."""
    assert spoken_digits(said) == read


@pytest.mark.parametrize(
    "said",
    ["one two three four", "oh, five five five", "table for two, maybe three or four"],
)
def test_a_short_run_or_an_exclamation_is_no_phone_number(said: str) -> None:
    """Fewer than seven digits, or "oh," said as an exclamation, stay words."""
    assert spoken_digits(said) == said


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("we run for cafés downtown", "we run 4 cafés downtown"),
        ("they own for kiosks", "they own 4 kiosks"),
        ("i've got for sites", "i've got 4 sites"),
        ("we currently have for gyms", "we currently have 4 gyms"),
        ("quote me for for machines", "quote me for 4 machines"),
        ("put us down for for grinders", "put us down for 4 grinders"),
        ("send for of each", "send 4 of each"),
        ("what do the to grinders weigh", "what do the 2 grinders weigh"),
        ("add a grind her please", "add a grinder please"),
        ("compare the cheaper grind hers", "compare the cheaper grinders"),
    ],
)
def test_dictated_homophones_are_counts_where_the_structure_wants_a_number(
    said: str, read: str
) -> None:
    """ "for"/"to" after a verb of having, doubled, before "of each" or after an article, and
    "grind her" after a determiner, are the count and the grinder dictated."""
    assert read_numbers(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "is there a machine for cafés",
        "we're looking for gyms to partner with",
        "we want to open in spring",
        "we have to decide by friday",
        "a discount for schools",
        "we have for years now",
        "what do you have for gyms",
        "which grinders have you got for cafés",
        "I will grind her beans myself",
        "she wants to grind her own beans",
    ],
)
def test_for_and_to_as_prepositions_stay_words(said: str) -> None:
    """A preposition or infinitive "for"/"to" is left as typed."""
    assert read_numbers(said) == said


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("we open in a fortnight", "we open in 2 weeks"),
        ("a delivery every fortnight", "a delivery every 2 weeks"),
        ("fortnightly top-ups", "every 2 weeks top-ups"),
    ],
)
def test_a_fortnight_is_two_weeks(said: str, read: str) -> None:
    """A fortnight is read as 2 weeks, "every fortnight" and "fortnightly" as every 2 weeks."""
    assert read_numbers(said) == read


def test_lead_observations_read_volumes_said_in_words() -> None:
    """Lead analysis sees "a hundred and sixty" as 160 cups a day."""
    seen = observe("we'd do about a hundred and sixty cups a day", TODAY)
    assert seen.entities.volume is not None
    assert "160" in seen.entities.volume


async def test_the_chat_stores_counts_volumes_and_a_phone_said_in_words(brain: LocalBrain) -> None:
    """Sites dictated as "for", a volume in words and a phone read out are stored as numbers."""
    state = await play(
        brain,
        [
            "hi I'm opening coffee bars, we have for gyms in reno",
            "about ninety-five drinks a day at each",
            "you can reach me on seven seven five five five five zero one six two",
        ],
    )
    assert state.collected.get("locations") == 4
    assert "95" in str(state.collected.get("expected_volume"))
    assert str(state.collected.get("phone", "")).endswith("0162")


async def test_a_preposition_for_is_no_site_count(brain: LocalBrain) -> None:
    """ "looking for gyms" stores no count of sites."""
    heard = await brain.understand("we're looking for gyms to put coffee in", ConversationState())
    assert "locations" not in heard.fields


async def test_the_knowledge_base_is_searched_with_the_numbers_read(brain: LocalBrain) -> None:
    """A question with an amount in words is searched with the amount in digits."""
    heard = await brain.understand(
        "we paid eleven grand for our old machine, what would you credit us",
        ConversationState(),
    )
    assert heard.query is not None
    assert "$11,000" in heard.query


@pytest.mark.parametrize(
    ("said", "phrase", "when"),
    [
        ("we'd like to launch on Friday the 12th of next month", "12th", date(2027, 1, 12)),
        ("could we start the twentieth of this month", "twentieth", date(2026, 12, 20)),
        ("launch is 09/10, today's 21/11 for reference", "09/10", date(2027, 10, 9)),
        ("we open 04/05 and the second site 10/14", "04/05", date(2027, 4, 5)),
        ("we open 22/06", "22/06", date(2027, 6, 22)),
        ("we open 03/04", "03/04", date(2027, 3, 4)),
    ],
)
def test_a_day_of_a_month_and_a_date_written_day_first_are_read(
    said: str, phrase: str, when: date
) -> None:
    """ "the 12th of next month" is a day; another date of the message only readable day first
    (or month first) settles the order of an ambiguous one, month first without one; today's
    own date is no target."""
    found = parse_timeline(said, TODAY)
    assert found is not None
    assert phrase in found.phrase
    assert found.target == when


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("today's 15/07", None),
        ("opening 9/5 to 5", None),
        ("the coffee was 10/10, we open soon", "soon"),
        ("opening 05/06, I mean the fifth of June", "the fifth of June"),
    ],
)
def test_today_s_date_hours_and_scores_are_no_date(said: str, kept: str | None) -> None:
    """Today's own date, hours and a score are no date; a date read month first only by
    default yields to the same date said in words."""
    found = parse_timeline(said, TODAY)
    assert (found.phrase if found else None) == kept
    assert found is None or "/" not in found.phrase or found.target is None


async def test_school_sites_said_in_words_are_counted(brain: LocalBrain) -> None:
    """ "eight primary schools" is a count of sites for a school district."""
    heard = await brain.understand(
        "we're kitting out the staffrooms of eight primary schools", ConversationState()
    )
    assert heard.fields.get("locations") == 8


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("or mail rosa at tidewaterbakes dot com", "rosa@tidewaterbakes.com"),
        ("it's kim underscore lee at fern dot io", "kim_lee@fern.io"),
        ("ana dash ruiz at blue hyphen fern dot co dot uk", "ana-ruiz@blue-fern.co.uk"),
    ],
)
def test_a_dictated_email_is_read_with_its_joining_words(said: str, address: str) -> None:
    """ "at", "dot", "underscore" and "dash"/"hyphen" said aloud are the address's characters."""
    found = find_email(said)
    assert found is not None
    assert found.address == address


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("like two fifty a day during term", "like 250 a day during term"),
        ("we'll do around one twenty coffees a day", "we'll do around 120 coffees a day"),
        ("about two forty five cups", "about 245 cups"),
    ],
)
def test_hundreds_said_short_are_hundreds(said: str, read: str) -> None:
    """ "two fifty a day" is said for 250: a digit word, then a tens or teen word."""
    assert read_numbers(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "we open at six thirty",
        "call me after two fifteen",
        "two fifteen pm works",
        "two twenty pound bags please",
    ],
)
def test_times_and_measured_things_are_no_short_hundreds(said: str) -> None:
    """A clock time and a count of measured things ("two twenty pound bags") stay apart."""
    assert not any(n in read_numbers(said) for n in ("630", "215", "220"))
