"""Dates, numbers and formats as operations people type them (set AA's classes): all-digit
dates in every order and their corrections, holidays of several cultures on their date of the
coming year, quarters of the calendar and of a fiscal year, ISO week numbers, volumes per hour
or in thousands, and a side remark about the visitor's other business."""

from __future__ import annotations

from datetime import date

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.entities.business import read_business
from shared.understanding.entities.holidays import holiday_on, next_holiday
from shared.understanding.entities.money import stated_budget
from shared.understanding.entities.quantities import find_volume
from shared.understanding.entities.timeline import read_timeline
from tests.understanding.playing import play

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Open date: 10/1", "on 10/1 (1 October 2027)"),
        ("go-live date is 4/6 if the permits clear", "on 4/6 (6 April 2027)"),
        ("we're launching 2027-05-03, a Monday", "on 2027-05-03 (3 May 2027)"),
        ("opening 15/03/27 all being well", "on 15/03/27 (15 March 2027)"),
        ("we open on 3-15", "on 3-15 (15 March 2027)"),
        ("opening 06.05.2027, our favourite time of year", "on 06.05.2027 (6 May 2027)"),
        ("launching 4/6, we weigh everything in kilos", "on 4/6 (4 June 2027)"),
        ("opening 11/1/2027", "on 11/1/2027 (1 November 2027)"),
    ],
)
def test_an_all_digit_date_is_read_month_first_unless_the_writer_shows_otherwise(
    text: str, stored: str
) -> None:
    """Month first by default (the US order), day first when a side cannot be a month or the
    writer's habits say so; a year may come first, last, in two digits, after dots."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("we're open 6-18 every day, opening soon", "soon"),
        ("3/4 of our regulars want oat milk, opening soon", "soon"),
        ("opening 9/5 to 5", None),
        ("the cortado was 10/10, we open soon", "soon"),
        ("we need 6-8 weeks to open", None),
        ("we opened 3/1/19 and want a second machine", None),
        ("opening hours 7-9 weekdays", None),
    ],
)
def test_numbers_that_only_look_like_a_date_are_no_date(text: str, stored: str | None) -> None:
    """Hours, shares, scores, ranges and a date in a year gone are not an opening date."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        (
            "Sorry, open date should read 11/1. October was the old plan.",
            "on 11/1 (1 November 2027)",
        ),
        ("launch moved to 2/20, March was the original date", "on 2/20 (20 February 2027)"),
        ("March is off, we're opening in June now", "in June"),
    ],
)
def test_a_corrected_date_wins_over_the_date_it_replaces(text: str, stored: str) -> None:
    """A date the visitor says was the old plan (or is off) is not the opening date."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("name", "year", "when"),
    [
        ("ramadan", 2027, date(2027, 2, 8)),
        ("ramadan", 2028, date(2028, 1, 28)),
        ("eid al-fitr", 2027, date(2027, 3, 9)),
        ("eid", 2027, date(2027, 3, 9)),
        ("eid al-adha", 2027, date(2027, 5, 16)),
        ("diwali", 2027, date(2027, 10, 29)),
        ("diwali", 2028, date(2028, 10, 17)),
        ("holi", 2027, date(2027, 3, 22)),
        ("navratri", 2027, date(2027, 9, 30)),
        ("passover", 2027, date(2027, 4, 22)),
        ("rosh hashanah", 2027, date(2027, 10, 2)),
        ("yom kippur", 2027, date(2027, 10, 11)),
        ("hanukkah", 2027, date(2027, 12, 25)),
        ("purim", 2027, date(2027, 3, 23)),
        ("lunar new year", 2027, date(2027, 2, 6)),
        ("mid-autumn festival", 2027, date(2027, 9, 15)),
        ("dragon boat festival", 2027, date(2027, 6, 9)),
        ("good friday", 2027, date(2027, 3, 26)),
        ("mardi gras", 2027, date(2027, 2, 9)),
        ("canada day", 2027, date(2027, 7, 1)),
        ("victoria day", 2027, date(2027, 5, 24)),
        ("canadian thanksgiving", 2027, date(2027, 10, 11)),
        ("labor day", 2027, date(2027, 9, 6)),
        ("juneteenth", 2027, date(2027, 6, 19)),
        ("presidents day", 2027, date(2027, 2, 15)),
        ("mlk day", 2027, date(2027, 1, 18)),
    ],
)
def test_each_holiday_falls_on_its_date_of_the_year(name: str, year: int, when: date) -> None:
    """Lunar and lunisolar feasts from their published dates, the others by their rule."""
    assert holiday_on(name, year) == when


def test_a_feast_twice_in_one_year_is_its_next_date() -> None:
    """Ramadan begins on 5 January and 26 December 2030: in February 2030 the next is December."""
    assert next_holiday("ramadan", date(2030, 2, 1)) == date(2030, 12, 26)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        (
            "aim is to be open before Ramadan so we catch the evening crowd",
            "before Ramadan (February 2027)",
        ),
        (
            "want to launch a proper espresso programme at the bigger one before Diwali.",
            "before Diwali (October 2027)",
        ),
        ("we hope to open right after Eid", "after Eid (March 2027)"),
        ("opening in time for Rosh Hashanah", "Rosh Hashanah (October 2027)"),
        ("we'd like to be open by Passover", "by Passover (April 2027)"),
        ("launching before Hanukkah next year", "before Hanukkah (December 2027)"),
        ("opening after the Mid-Autumn Festival", "after the Mid-Autumn Festival (September 2027)"),
        ("doors open by Canada Day", "by Canada Day (July 2027)"),
        ("open before Holi", "before Holi (March 2027)"),
    ],
)
def test_holidays_of_several_cultures_are_an_opening_date(text: str, stored: str) -> None:
    """Islamic, Hindu, Jewish, Chinese and national holidays time an opening, each with the
    month it falls in next."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("we'd open after Ramadan", "after Ramadan (March 2027)"),
        ("we'd open before Ramadan", "before Ramadan (February 2027)"),
        ("opening right after ramzan", "after ramzan (March 2027)"),
        ("doors open after Hanukkah next year", "after Hanukkah (January 2028)"),
        ("after Lunar New Year", "after Lunar New Year (February 2027)"),
        ("opening after Thanksgiving", "after Thanksgiving (November 2027)"),
    ],
)
def test_after_a_feast_of_several_days_is_the_day_it_ends(text: str, stored: str) -> None:
    """Ramadan 2027 begins on 8 February and ends when Eid al-Fitr begins on 9 March, so "after
    Ramadan" is March; Hanukkah 2027 begins on 25 December and lasts eight days; a one-day
    holiday is the day after it."""
    assert read_timeline(text, TODAY) == stored


def test_a_word_that_names_a_church_season_is_no_holiday() -> None:
    """ "lent" is left out of the holidays: "they lent us a grinder" dates nothing."""
    assert read_timeline("they lent us a grinder, we open soon", TODAY) == "soon"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        (
            "Launch is our fiscal Q3, which for us is Jan-Mar 2027.",
            "fiscal Q3 (January-March 2027)",
        ),
        ("we open in our fiscal Q1 (Oct-Dec)", "fiscal Q1 (October-December 2027)"),
        (
            "our fiscal year starts in July and we open in fiscal Q3",
            "fiscal Q3 (January-March 2027)",
        ),
        ("opening in fiscal Q2", "fiscal Q2"),
        ("opening Q3", "Q3 (July-September 2027)"),
        ("opening q4 2027", "q4 2027 (October-December 2027)"),
        ("we open end of Q1 next year", "end of Q1 next year (March 2027)"),
    ],
)
def test_a_quarter_is_its_months_and_a_fiscal_one_the_months_the_visitor_gives(
    text: str, stored: str
) -> None:
    """A calendar quarter spans its three months; a fiscal quarter spans the months the visitor
    names or counts from the start of their fiscal year, and is not guessed otherwise."""
    assert read_timeline(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("go-live targeted for week 38.", "week 38 (week of 20 September 2027)"),
        ("we open in week 12", "week 12 (week of 22 March 2027)"),
        ("week 2 of opening will be busy", None),
        ("opening soon, deliveries twice a week 12 bags each", "soon"),
        ("launching in about 10 weeks", "in about 10 weeks (February 2027)"),
    ],
)
def test_a_week_number_is_its_iso_week(text: str, stored: str | None) -> None:
    """ "week 38" is the ISO week's Monday; a week of something else is no date."""
    assert read_timeline(text, TODAY) == stored


def test_a_span_of_weeks_out_answers_when() -> None:
    """ "6-8 weeks out" counts to its far end when the timeline was asked."""
    assert read_timeline("more like 6-8 weeks out", TODAY, asked=True) == (
        "6-8 weeks out (February 2027)"
    )


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("we're guessing ~25 an hour at peak, maybe 3-4 peak hours a day", "~25 an hour at peak"),
        ("we pour 40 per hour during the lunch rush", "40 per hour"),
        ("~2k cups a week once the semester's rolling", "~2,000 cups a week"),
        ("about 1.5k drinks a month", "about 1,500 drinks a month"),
        ("we sell 2k-3k cups a month", "2,000-3,000 cups a month"),
        ("Expected volume two hundred cups a day, give or take.", "200 cups a day"),
        ("about 30 kilos a month", "about 30 kilos a month"),
        (
            "We run two shifts: ~70 drinks on the morning shift, ~40 on the afternoon.",
            "~70 drinks on the morning shift",
        ),
        ("maybe 90 lattes on the late shift", "maybe 90 lattes on the late shift"),
        ("we pay baristas 18 an hour", None),
    ],
)
def test_a_volume_keeps_its_period_and_writes_thousands_as_figures(
    text: str, volume: str | None
) -> None:
    """A count per hour is a volume (pay per hour is not); "2k" is 2,000, never money when a
    unit of coffee follows; words and kilos keep the period said."""
    assert find_volume(text, False) == volume


def test_thousands_with_k_are_still_a_budget() -> None:
    """ "20k" alone is still money: only a unit of coffee after it makes it a volume."""
    assert stated_budget("our budget is 20k for everything") == 20000


@pytest.mark.parametrize(
    "text",
    [
        "The 416 number is the landline at our other business.",
        "call me at our other shop in the mornings",
        "my former bakery closed in 2019",
    ],
)
def test_another_business_of_the_visitor_says_nothing_of_this_one(text: str) -> None:
    """A side remark about another business (or a former one) is no business phase."""
    assert read_business(text).phase is None


async def test_a_new_cafe_stays_new_after_a_remark_about_the_other_business(
    brain: LocalBrain,
) -> None:
    """A new café's phone swapped for a cell, the old number being "the landline at our other
    business", keeps the visitor a new café."""
    state = await play(
        brain,
        [
            "Hi there, opening a café in Toronto (Leslieville). Launch is our fiscal Q3, which"
            " for us is Jan-Mar 2027.",
            "Name's Tomás Ferreira, tomas@leslievillecoffee.ca, phone 416-555-0175.",
            "Actually use my cell instead: 647-555-0190. The 416 number is the landline at our"
            " other business.",
        ],
    )
    assert state.customer_type == "new_cafe"
    assert "2027" in str(state.collected.get("opening_timeline"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we are planning to open after Ramadan, by God's grace mid-April", "mid-April"),
        ("opening after eid, inshallah early may", "early may"),
        ("before Diwali, fingers crossed late october", "late october"),
    ],
)
def test_a_month_after_a_hope_refines_the_holiday(text: str, expected: str) -> None:
    """A month said after the holiday with a hope between ("by God's grace", "inshallah",
    "fingers crossed") is the date said more closely (set N's Houston café-lounge)."""
    assert read_timeline(text, date(2026, 12, 7)) == expected
