"""The reader's entity parsers on phrasings from classes the old rules missed."""

from __future__ import annotations

from datetime import date

import pytest

from shared.understanding.closings import closes
from shared.understanding.corrections import corrected_phone, is_correction
from shared.understanding.entities.business import read_business
from shared.understanding.entities.equipment import find_equipment
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.timeline import find_timeline, parse_timeline, read_timeline
from shared.understanding.observations import observe

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "phrase", "target"),
    [
        ("hoping to open before christmas", "before christmas", date(2026, 12, 25)),
        ("a coffee spot in boise in the spring", "in the spring", date(2027, 3, 1)),
        ("opening tmrw lol jk, in 3 weeks", "in 3 weeks", date(2026, 12, 25)),
        ("opening in six weeks", "in six weeks", date(2027, 1, 15)),
        ("Q3 next year", "Q3 next year", date(2027, 8, 15)),
        ("Install by 15 Oct", "by 15 Oct", date(2027, 10, 15)),
        ("abro mi café en marzo", "marzo", date(2027, 3, 15)),
        ("by thanksgiving", "by thanksgiving", date(2027, 11, 25)),
        ("coffee cart. opening may", "opening may", date(2027, 5, 15)),
        ("open a cafe in Vancouver early next year", "early next year", date(2027, 2, 15)),
        ("planning to open a café later this year", "later this year", date(2026, 12, 4)),
    ],
)
def test_timelines(text: str, phrase: str, target: date) -> None:
    """Holidays, seasons, text-speak and other languages' months give a phrase and a date."""
    found = parse_timeline(text, TODAY)
    assert found is not None
    assert (found.phrase, found.target) == (phrase, target)


@pytest.mark.parametrize(
    "text",
    [
        "we have been open 3 years",
        "Jan here",
        "may i ask",
        "opening may be delayed",
        "no idea yet",
        "10/10",
        "9/5",
    ],
)
def test_no_timeline(text: str) -> None:
    """Durations in business, a name, the verb "may", a score and hours are not timelines."""
    assert find_timeline(text) is None


def test_an_ambiguous_all_digit_date_is_read_month_first() -> None:
    """ "01/12" with nothing to order it is January 12th, the US order (set AA)."""
    found = parse_timeline("01/12", date(2026, 12, 5))
    assert found is not None
    assert (found.phrase, found.target) == ("01/12", date(2027, 1, 12))


@pytest.mark.parametrize(
    ("text", "asked", "stored"),
    [
        ("open in 2 months, mid september", False, "mid september"),
        ("Target is December, before Christmas", False, "December"),
        ("hoping to open before christmas", False, "before christmas (December 2026)"),
        ("We open the 15/10 of next year", False, "on the 15/10 of next year (15 October 2027)"),
        ("Opening date is 30/06 next year.", False, "on 30/06 next year (30 June 2027)"),
        ("Opening is 10/08, the tenth of August, 2026.", False, "on the tenth of August, 2026"),
        ("scheduled to open for winter term in January.", False, "in January"),
        ("actually we pushed it back, opening in May now", False, "in May"),
        ("opening a cafe in bend in 5 weeks!!!", False, "in 5 weeks (January 2027)"),
        ("about 250 drinks a day, basically nothing in summer", False, None),
        ("pls get someone to call asap", False, None),
        ("we're open 24/7", False, None),
        ("in the spring", True, "in the spring"),
        ("opening is planned for the 1st of June 2027", False, "on the 1st of June 2027"),
    ],
)  # fmt: skip
def test_stored_timelines(text: str, asked: bool, stored: str | None) -> None:
    """The stored timeline is the most specific phrase near the opening cue, with the month a
    holiday, a span or a day-month date means; unasked and uncued, only a calendar point."""
    assert read_timeline(text, TODAY, asked) == stored


@pytest.mark.parametrize(
    ("text", "asked", "name"),
    [
        ("Best, Maria Okafor / Owner, Sunflower Café", False, "Maria Okafor"),
        ("Regards, Thomas Brandt, Meridian Hotel Group", False, "Thomas Brandt"),
        ("ugh ok. tom", True, "Tom"),
        ("me llamo Inés", False, "Inés"),
        ("ich bin Jürgen, wir haben ein Café", False, "Jürgen"),
        ("Zoë here", False, "Zoë"),
        ("Ivy Chen here, ivy@bendbeans.com, 541-555-0164", False, "Ivy Chen"),
        ("Best, Alan Whitcombe VP Operations, Acme Coffee", False, "Alan Whitcombe"),
        ("Send it to purchasing@goldleafcoffee.com, attn Ken Adeyemi.", False, "Ken Adeyemi"),
        ("The account is under Devi Shah, that's me.", False, "Devi Shah"),
        ("its maria lopez, maria@lopezbakes.com, cell 915-555-0120", False, "Maria Lopez"),
        ("jake. jake@hopcoffee.co", False, "Jake"),
        ("call me 425-555-0163, my name tuan", False, "Tuan"),
        ("Name: Reyes Bautista, Jocelyn. Phone 206 555 0133", False, "Jocelyn Reyes Bautista"),
        ("Good morning, I am Lic. Roberto Salinas Treviño.", False, "Roberto Salinas Treviño"),
        ("actually my name is Katherine, Kat is just a nickname", False, "Katherine"),
    ],
)
def test_names(text: str, asked: bool, name: str) -> None:
    """Signature blocks, a name after a sigh, other languages and diacritics are read."""
    assert find_name(text, asked) == name


@pytest.mark.parametrize(
    ("text", "asked", "name"),
    [
        ("I'm just gonna say Alex", True, "Alex"),
        ("I'm just gonna say Alex", False, "Alex"),
        ("opening a cafe in Tucson in October. Ellie. I want a lumen 2 group", False, "Ellie"),
        ("We are in Austin. Great city.", False, None),
        ("Opening in May. Sure.", False, None),
        ("I'll go with the pico", True, None),
    ],
)
def test_names_while_missing(text: str, asked: bool, name: str | None) -> None:
    """While the name is missing, a name handed over ("gonna say Alex") or a known first name
    standing as a sentence ("Ellie.") is read; places, fillers and products are not."""
    assert find_name(text, asked, missing=True) == name


@pytest.mark.parametrize(
    "text",
    [
        "phone me asap",
        "Phone me ASAP",
        "call me maybe",
        "Best, The Daily Grind",
        "ok. june",
        "Parfait. Mon courriel est jf@x.ca",
        "Company name: Blue Door Cafe",
        "its pearl st cafe, just the one location",
        "maybe 100-150 drinks on a saturday if im lucky",
    ],
)
def test_not_names(text: str) -> None:
    """Urgency, fillers, a business in a sign-off and a month are never taken for a name."""
    assert find_name(text, asked=False) is None


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("opening drive thru stand in everett", "new"),
        ("launching a food truck in albuquerque", "new"),
        ("i own a used bookstore and im putting a little coffee counter in the back", "new"),
        ("open in 2 months, mid september", "new"),
        ("we run a hotel in bend", "existing"),
        ("we serve about 150 ppl on sundays, its a church coffee bar", "existing"),
        ("we are a 40 person office", "existing"),
        ("whats your opening hours", None),
        ("how much is the pico", None),
        ("What if I just say I'm a café?", None),
        ("Halcyon Hotels, which operates lobby cafés at 9 properties", "existing"),
        ("Can I buy a 5 lb bag just for me?", "home"),
        ("my brother and I ran the Corner Bakery on Oak for thirty years", "existing"),
        ("these days I keep the old Harbor Motel with my son", "existing"),
        ("we've had the little tea shop since 1987", "existing"),
        ("my nephews who own the two Maple Leaf cafes up the road", "existing"),
        ("we have been open 12 years this june, 30 seats", "existing"),
        ("I keep the grinder on the counter", None),
        ("we ran the numbers on opening a bakery in march", "new"),
    ],
)
def test_business_phase(text: str, phase: str | None) -> None:
    """Venues beyond cafés map to new or existing by the verbs around them."""
    assert read_business(text).phase == phase


def test_phone_suffix_correction() -> None:
    """ "ends 0172 not 0127" fixes the stored number's last digits, and only when they match."""
    assert corrected_phone("typo, it ends 0172 not 0127", "+15035550127") == "+15035550172"
    assert corrected_phone("typo, it ends 0172 not 0127", "+15035559999") is None
    assert is_correction("make that september")


@pytest.mark.parametrize(
    ("text", "closing"),
    [("cool thx", True), ("great, thank you so much", True), ("thanks, we need 2 grinders", False),
     ("no thanks", False), ("thank you?", False)],
)  # fmt: skip
def test_closings(text: str, closing: bool) -> None:
    """Only a message that is nothing but thanks or a farewell closes the conversation."""
    assert closes(text) is closing


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("probably 20 lb every 2 weeks to start", "probably 20 lb every 2 weeks"),
        ("we serve about 150 ppl on sundays", "about 150 ppl on sundays"),
        ("~180 drinks/day, need a Lumen", "~180 drinks/day"),
        ("Sorry, not 20 kg per week, I mean 20 kg per month.", "20 kg per month"),
        ("how much is shipping on a 20 lb order", None),
        ("long day, 3 espressos deep lol", None),
        ("Equipment I need: 1 espresso machine 2 group, 2 grinder", None),
    ],
)
def test_volumes(text: str, volume: str | None) -> None:
    """A volume needs a unit and a period unless asked; a negated one gives way to the next."""
    assert find_volume(text, asked=False) == volume


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("been doing this 3 years, 2 locations, both in el paso", 2),
        ("we've been open 3 yrs, just the 1 shop on main st", 1),
        ("I told you 2 cafés, but we sold one, so now only 1 café, in Boise.", 1),
        ("opening drive thru stand, 2 windows", None),
        ("we need a 3 group", None),
        ("which operates lobby cafés at 9 properties across Oregon", 9),
        ("when a machine goes down at one shop we lose the morning", None),
        ("own a cafe. 3 actually", 3),
        ("we're a 3-location cafe group in LA", 3),
        ("we have a 2-group machine", None),
    ],
)
def test_locations(text: str, count: int | None) -> None:
    """Sites are counted before a site noun (hyphenated too) or as its revision; years, windows
    and group heads are not sites."""
    assert find_locations(text, asked=False) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [("about 4", 4), ("around 14:00 Toronto time", None), ("$49 a month", None), ("2.5", None)],
)
def test_lone_counts_when_asked(text: str, count: int | None) -> None:
    """Asked for the sites, a lone number counts; a clock time, a price or a decimal does not."""
    assert find_locations(text, asked=True) == count


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("espresso machine, two grinders and a brewer",
         ["espresso machine", "two grinders", "a brewer"]),
        ("need 2 grinders and a 3 group, maybe a batch brewer too",
         ["2 grinders", "a 3 group", "a batch brewer"]),
        ("3x Lumen 2-Group, 3x Atlas 75", ["3x Lumen 2-Group", "3x Atlas 75"]),
        ("one espresso machine with 2 groups, two grinders",
         ["one espresso machine", "two grinders"]),
    ],
)  # fmt: skip
def test_equipment_lists(text: str, items: list[str]) -> None:
    """Lists of equipment keep each item's quantity; a machine's group count is not an item."""
    assert find_equipment(text) == items


def test_observations_record() -> None:
    """One message read once into a typed record: question, lead terms, amounts and entities."""
    seen = observe(
        "we need 2 grinders and a 3 group asap, opening in 6 weeks, our current supplier is "
        "too expensive. how much is the pico?",
        TODAY,
    )
    assert seen.question
    assert seen.terms["urgency"] == ["asap"]
    assert "current supplier" in seen.terms["competitors"]
    assert seen.entities.equipment == ["2 grinders", "a 3 group", "the pico"]
    assert seen.entities.timeline_date == date(2027, 1, 15)
    assert seen.entities.venue == "new"
