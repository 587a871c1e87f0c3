"""The reader's word lists, once per language: months, seasons, holidays, number words, units.

Every module that needs to know a month name or a number word reads it from here (the reader's
entity parsers, lead analysis). English is complete; the other languages the chat recognises
(Spanish, French, German, Portuguese, Italian) have their months and small numbers so a
timeline or a count given in them is still read.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, escaped ("a couple of" before "a")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_TEXT = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
    "novembro dezembro",
}
_MONTH_NAMES = {
    "en": (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    **{lang: tuple((m,) for m in text.split()) for lang, text in _MONTH_TEXT.items()},
}
MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_MONTH_NAMES["en"], start=1) for name in names
}
"""English month names and abbreviations -> month number ("sept" -> 9)."""

FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for language, table in _MONTH_NAMES.items()
    if language != "en"
    for number, names in enumerate(table, start=1)
    for name in names
    if name not in MONTHS
}
"""Month names of the other languages -> month number ("marzo" -> 3)."""

ENGLISH_MONTHS: tuple[str, ...] = tuple(names[0] for names in _MONTH_NAMES["en"])
"""The English month names in full, January first."""

MONTH_STEMS = "(?:" + alternation(min(names, key=len) for names in _MONTH_NAMES["en"]) + ")"
"""A regex group of the English months' shortest forms ("jan" ... "dec"): followed by
``[a-z]*`` it matches a month however it is abbreviated ("sept", "Septembre")."""

MONTH_WORD = re.compile(rf"\b{MONTH_STEMS}[a-z]*\b", re.I)
"""An English month word, whole or abbreviated ("aug", "August")."""


def month_names(language: str) -> dict[str, str]:
    """A language's month names -> the English month ("marzo" -> "march"); empty for English
    and for a language without a month list."""
    if language == "en":
        return {}
    english = [names[0] for names in _MONTH_NAMES["en"]]
    table = _MONTH_NAMES.get(language, ())
    return {name: english[number] for number, names in enumerate(table) for name in names}


GREETINGS: dict[str, str] = {
    r"buon\s*giorno": "it",
    r"buona\s*sera": "it",
    r"bonjour": "fr",
    r"bonsoir": "fr",
    r"salut": "fr",
    r"hola": "es",
    r"buen[oa]s\s+(?:d[ií]as|tardes|noches)": "es",
    r"ol[áa]": "pt",
    r"oi": "pt",
    r"bom\s+dia": "pt",
    r"boa\s+(?:tarde|noite)": "pt",
    r"guten\s+(?:tag|morgen|abend)": "de",
    r"gr[üu](?:ß|ss)\s+gott": "de",
    r"servus": "de",
    r"moin": "de",
    r"ciao": "it",
    r"namaste": "hi",
    r"annyeong(?:haseyo)?": "ko",
    r"xin\s+ch[àa]o": "vi",
    r"konnichiwa": "ja",
    r"ni\s*hao": "zh",
    r"merhaba": "tr",
    r"dzie[ńn]\s+dobry": "pl",
    r"hallo": "de",
    r"hej": "sv",
    r"hoi": "nl",
    r"goedendag": "nl",
    r"goedemorgen": "nl",
    r"sawasdee": "th",
    r"salam": "fa",
    r"salve": "it",
    r"dobr[yý]\s+den": "cs",
    r"marhaba": "ar",
}
"""Greetings in the languages visitors write besides English (a regex, accents optional) -> the
language (ISO 639-1). A greeting opening a question asks nothing
(:mod:`shared.understanding.courtesies`), and one of a :data:`DAY_FIRST_LANGUAGES` language
tells how the visitor writes dates ("Hola! ... the 01/03" is the 1st of March)."""

DAY_FIRST_LANGUAGES = frozenset(
    {"it", "fr", "es", "pt", "de", "hi", "vi", "tr", "pl", "sv", "nl", "th", "cs", "ar"}
)
"""Languages whose writers put the day before the month. Korean, Japanese and Chinese write
the year first (as do Hungarian and Iran's Persian), so their greetings say nothing of it."""


def greetings(languages: Collection[str] | None = None) -> str:
    """A regex alternation of the :data:`GREETINGS` of ``languages`` (every one when None), in
    the table's order."""
    return "|".join(
        pattern
        for pattern, language in GREETINGS.items()
        if languages is None or language in languages
    )


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days of the week, Monday first."""

SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
"""Season -> the month it starts in (northern hemisphere, where Copperline sells)."""

_TIME_NOUN_TEXT = """
    season seasons offseason off-season summers winters springs holidays holiday week weeks
    weekend weekends month months year years quarter morning mornings evening evenings night
    nights meantime period periods
"""
TIME_NOUNS = frozenset(
    [*_TIME_NOUN_TEXT.split(), *SEASONS, *WEEKDAYS, *(m.lower() for m in ENGLISH_MONTHS)]
)
"""Nouns of a time, not a place: "in the slow season", "over the summer", "in march"."""

HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year": (1, 1),
    "new years": (1, 1),
    "new year's": (1, 1),
    "valentine's": (2, 14),
    "valentines": (2, 14),
    "easter": (4, 5),
    "memorial day": (5, 25),
    "mother's day": (5, 10),
    "fourth of july": (7, 4),
    "4th of july": (7, 4),
    "july 4th": (7, 4),
    "labor day": (9, 7),
    "labour day": (9, 7),
    "halloween": (10, 31),
    "thanksgiving": (11, 26),
    "black friday": (11, 27),
    "the holidays": (12, 15),
    "holiday season": (12, 1),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "new year's eve": (12, 31),
    "tet": (1, 29),
    "tết": (1, 29),
    "lunar new year": (2, 1),
    "chinese new year": (2, 1),
    "seollal": (2, 1),
    "spring festival": (2, 1),
    "mid-autumn festival": (9, 20),
    "mid autumn festival": (9, 20),
    "moon festival": (9, 20),
    "dragon boat festival": (6, 10),
    # Islamic feasts
    "ramadan": (2, 15),
    "ramadhan": (2, 15),
    "ramzan": (2, 15),
    "eid": (3, 15),
    "eid al-fitr": (3, 15),
    "eid al fitr": (3, 15),
    "eid ul-fitr": (3, 15),
    "eid ul fitr": (3, 15),
    "eid-ul-fitr": (3, 15),
    "eid al-adha": (5, 20),
    "eid al adha": (5, 20),
    "eid ul-adha": (5, 20),
    "eid ul adha": (5, 20),
    "eid-ul-adha": (5, 20),
    "bakrid": (5, 20),
    # Hindu feasts
    "diwali": (10, 30),
    "deepavali": (10, 30),
    "divali": (10, 30),
    "holi": (3, 15),
    "navratri": (10, 1),
    # Jewish feasts
    "passover": (4, 10),
    "pesach": (4, 10),
    "rosh hashanah": (9, 20),
    "rosh hashana": (9, 20),
    "the high holidays": (9, 20),
    "the high holy days": (9, 20),
    "yom kippur": (9, 30),
    "hanukkah": (12, 10),
    "chanukah": (12, 10),
    "hanukah": (12, 10),
    "purim": (3, 10),
    # Christian feasts beside Easter and Christmas
    "good friday": (4, 3),
    "mardi gras": (2, 17),
    "ash wednesday": (2, 18),
    "christmas eve": (12, 24),
    # national days
    "independence day": (7, 4),
    "juneteenth": (6, 19),
    "mlk day": (1, 19),
    "martin luther king day": (1, 19),
    "presidents day": (2, 16),
    "presidents' day": (2, 16),
    "veterans day": (11, 11),
    "cinco de mayo": (5, 5),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "st. paddy's day": (3, 17),
    "st paddy's day": (3, 17),
    "canada day": (7, 1),
    "victoria day": (5, 18),
    "canadian thanksgiving": (10, 12),
    "boxing day": (12, 26),
    "remembrance day": (11, 11),
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "bastille day": (7, 14),
    "day of the dead": (11, 2),
    "dia de los muertos": (11, 2),
    "día de los muertos": (11, 2),
}
"""Holidays people open by -> (month, day), of the cultures the visitors come from; moving
feasts carry a typical date (their date in a given year is
:func:`shared.understanding.entities.holidays.holiday_on`). Ordinary words that also name a
season of the church ("lent", "advent") are left out: "they lent us a grinder"."""

SEASONAL_EVENTS: dict[str, int] = {
    "apple season": 9,
    "apple harvest": 9,
    "apple picking": 9,
    "the apples come in": 9,
    "the honeycrisps come in": 9,
    "pumpkin season": 10,
    "the county fair": 8,
    "the state fair": 8,
}
"""Events of the farm and school year a visitor may time an opening by -> the month they fall
in (read only where an opening is spoken of, and only when no date more specific is said)."""

SMALL_NUMBERS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ],
        start=1,
    )
}
"""One to twelve in words."""


SPOKEN_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "null": "0", "eins": "1", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "sept": "7", "huit": "8", "neuf": "9",
}  # fmt: skip
"""Digits as spoken in English, German, Spanish and French ("five oh three" -> 5 0 3): a phone
number or an amount said in words, read digit by digit."""


TEENS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
        start=13,
    )
}
"""Thirteen to nineteen in words."""

TENS: dict[str, int] = {
    word: value
    for value, word in zip(
        range(20, 100, 10),
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        strict=True,
    )
}
"""The tens in words ("forty" -> 40; "fourty", a common slip, is read too)."""
TENS["fourty"] = 40

SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
"""Multipliers of a spoken number ("two hundred and fifty", "twelve thousand")."""

MONEY_SCALES: dict[str, int] = {"grand": 1000, "k": 1000}
"""Multipliers that make a spoken number an amount of money ("ten grand" -> $10,000)."""

DOZEN_WORDS: dict[str, int] = {"dozen": 12, "score": 20}
"""Counted groups ("a dozen", "half a dozen", "two dozen")."""

APPROXIMATE_SUFFIXES = frozenset({"odd", "ish", "plus"})
"""What follows a round number to make it approximate ("seventy-odd", "forty-ish")."""

DIGIT_REPEATS: dict[str, int] = {"double": 2, "triple": 3}
"""Spoken repeats inside a phone number ("double five" -> 55)."""

ENGLISH_DIGITS: dict[str, str] = {
    **{word: str(value) for word, value in SMALL_NUMBERS.items() if value < 10},
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
}
"""Digits as said in English when a number is read out digit by digit ("oh" is 0)."""

HOMOPHONE_NOUNS = (
    r"caf[eé]s|locations|shops|stores|sites|branches|outlets|kiosks|venues|carts|trucks"
    r"|stands|restaurants|bakeries|hotels|properties|offices|campuses|gyms|units|buildings"
    r"|studios|schools|machines|grinders|brewers|baristas"
)
"""Plural things counted after a voice-dictation homophone ("we have for gyms" is four gyms,
"the to grinders" two): sites and equipment, never a pronoun or an activity."""

HAVING_VERBS = r"have|has|had|run|runs|own|owns|operate|operates|manage|manages|got"
"""Verbs that take a count of sites or machines ("we run for sites" -> 4 sites)."""

HOMOPHONE_COUNTS: dict[str, int] = {"to": 2, "too": 2, "for": 4}
"""Dictated words that stand for a count where the structure wants a number."""


def number_words(low: int, high: int) -> str:
    """A regex alternation of the English number words from ``low`` to ``high`` in words
    (``number_words(2, 4)`` -> "three|four|two")."""
    return alternation(word for word, value in SMALL_NUMBERS.items() if low <= value <= high)


NUMBER_WORDS: dict[str, int] = {
    **SMALL_NUMBERS,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "half a dozen": 6,
    "half-a-dozen": 6,
    "half dozen": 6,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple": 2,
    "a pair of": 2,
    "a few": 3,
    "few": 3,
    "a single": 1,
    "single": 1,
    "just one": 1,
    "only one": 1,
    "the one": 1,
    "a": 1,
    "an": 1,
    # other languages' small counts (a count given in them is still a count)
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "dois": 2,
    "duas": 2,
    "três": 3,
}
"""Number words (and "a", "a couple of") -> value."""

COUNT_WORDS = {
    k: v for k, v in NUMBER_WORDS.items() if k not in ("a", "an", "single", "few", "a few")
}
"""Number words that state a count on their own ("two"): not articles, and not "a few" (a
guess of 3 would store a value the visitor did not say)."""

_ORDINAL_TEXT = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
    " twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth"
    " twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
)
ORDINAL_DAYS: dict[str, int] = {
    word: day for day, word in enumerate(_ORDINAL_TEXT.split(), start=1)
}
"""Days of the month in words ("the tenth of August") -> day number."""

TIME_UNITS = {
    "day": 1,
    "days": 1,
    "d": 1,
    "week": 7,
    "weeks": 7,
    "wk": 7,
    "wks": 7,
    "month": 30,
    "months": 30,
    "mo": 30,
    "mos": 30,
    "mth": 30,
    "mths": 30,
    "year": 365,
    "years": 365,
    "yr": 365,
    "yrs": 365,
}
"""Time units as typed -> days."""

VOLUME_UNITS = (
    "cups?",
    "drinks?",
    "coffees?",
    "lattes?",
    "espressos?",
    "macchiatos?",
    "cappuccinos?",
    "americanos?",
    "mochas?",
    r"flat\s+whites?",
    r"long\s+blacks?",
    r"short\s+blacks?",
    "cuppas?",
    r"takeaways?(?:\s+(?:coffees?|cups?|drinks?))?",
    "beverages?",
    "servings?",
    "shots?",
    "lbs?",
    "pounds?",
    "kg",
    "kgs",
    "kilos?",
    "kilograms?",
    "bags?",
    "customers?",
    "orders?",
    "people",
    "ppl",
    "guests?",
    "covers?",
    "tickets?",
    "transactions?",
    "students?",
    "patients?",
    "visitors?",
)
"""Units of a volume ("300 cups a day", "20 lb every 2 weeks", "150 covers a night"), with the
drinks named in Australia and New Zealand ("150 flat whites a day", "80 takeaways a day")."""

SHARES = {
    "half": 0.5,
    "about half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "a fifth": 0.2,
    "two thirds": 2 / 3,
    "three quarters": 0.75,
}
"""Shares of the people a business sees that drink a coffee ("maybe half want one")."""

APPROXIMATORS = (
    *("about", "around", "roughly", "approximately", "approx", "probably", "maybe", "some"),
    *("like", "up to", "over", "closer to"),
)
"""Words that hedge the figure after them and stay with it in a stored volume ("about 200 cups
a day", "up to 300 on weekends")."""

RESTATING = ("call it", "say", "let's say", "lets say", "i'd say", "id say", "so", "more like")
"""Words that restate an amount just given as one figure ("a few hundred lb a month, call it
200", "150-200 a day, say 180"): the figure is the amount sales works with."""

HEDGES = (
    *APPROXIMATORS,
    *("perhaps", "only", "just", "easily", "tops", "under", "at least", "at most", "more than"),
    *("no more than", "not more than", "fewer than", "less than"),
)
"""Every word that hedges or bounds the figure after them ("no more than 3 want one",
"weekends easily 300"), read where only the figure counts. A stored volume keeps just the
:data:`APPROXIMATORS`: "under 100 lb" and "just 1 bag" store their figure alone, as before."""


def phrases(words: Iterable[str]) -> str:
    """An alternation of the words (:func:`alternation`) whose spaces match any whitespace."""
    return alternation(words).replace(r"\ ", r"\s+")


NEXT_SITE_AFTER = (
    r"(?=\s*(?:$|[.,;!?)]|\s(?:one|in|this|next|soon|later|downtown|on|at|near|across|off)\b))"
)
"""What follows the ordinal of the next site being opened ("opening a third in march", "and
launching our fourth."), and not a date ("we open the 3rd week of march")."""

HEAD_UNITS = ("people", "ppl", "customers?", "guests?", "students?", "patients?", "visitors?")
"""Volume units that count people, not drinks: "50 patients a day" is footfall, of which the
drinkers may be a share."""

RATE_ONLY_UNITS = ("cars",)
"""Units of a volume only with a period: a drive-thru's "400 cars a day" is its volume,
"parking for 10 cars" none."""

MEASURE_UNITS = frozenset(
    {"v", "volt", "volts", "w", "watt", "watts", "amp", "amps", "hz", "lb", "lbs", "kg", "g"}
    | {"oz", "l", "ml", "mm", "cm", "inch", "inches"}
)
"""Units typed after a number that make it a measure of an item, not a model of its family
("the pico 110 v" is the Pico's voltage, "the lumen 4 group" a model the catalog may lack)."""

PERIODS = (
    r"day|days|morning|mornings|shift|night|nights|weekend|weekends|hour|week|weeks|wk|month"
    r"|months|mo|year|sunday|sundays|saturday|saturdays|service|afternoon|afternoons|evening"
    r"|evenings|lunch|lunchtime|weekday|weekdays|weeknight|weeknights|fortnight|fortnights|arvo"
    r"|arvos"
)
"""Periods a volume is given per ("a day", "every 2 weeks", "on sundays", and the British and
Australian "a fortnight", "an arvo": an afternoon)."""

DAY_KINDS = (
    r"week\s?days?|week\s?nights?|week\s?ends?|"
    + "|".join(f"{day}s?" for day in WEEKDAYS)
    + r"|(?:festival|market|event|match|game|race|show|busy|slow|quiet|peak|off-peak|school"
    r"|term|class|holiday|concert|wedding)\s+(?:days|nights)"
)
"""Kinds of day a volume is told for ("weeknights maybe 80 drinks, weekends up to 200",
"festival days we do 300+")."""

DELIVERY_NOUNS = r"deliver(?:y|ies)|orders?|shipments?|drops?|drop-offs?"
"""What a volume arrives in ("2 deliveries a month, 20 lb each")."""

VENUES_BEYOND_CAFES = (
    r"cinemas?|movie\s+theat(?:er|re)s?|theat(?:er|re)s|multiplex(?:es)?"
    r"|co-?working\s+spaces?|coworking\s+spaces?|event\s+spaces?|gyms?|fitness\s+(?:clubs?"
    r"|cent(?:er|re)s?|studios?)|climbing\s+gyms?|yoga\s+studios?|hospitals?|clinics?"
    r"|church(?:es)?|church\s+halls?|librar(?:y|ies)|bookstores?|bookshops?|museums?"
    r"|ski\s+lodges?|lodges|campus(?:es)?|dining\s+halls?|food\s+halls?|cafeterias?|canteens?"
)
"""Venues beyond cafés that buy coffee for their guests, as a site counted ("5 cinemas", "two
coworking spaces") and as the venue named ("our church hall"): institutions and hospitality."""

OTHER_PEOPLE = (
    r"sisters?|brothers?|friends?|cousins?|aunts?|uncles?|neighbou?rs?|buddy|buddies|mates?"
    r"|boss|colleagues?|in-laws?|parents"
)
"""People other than the visitor whose venue the visitor may name ("my sister's old cafe is
closing and she's giving us her grinder"): their business is not the visitor's."""

KIN = (
    r"(?:dad|father|mum|mom|mother|parents|grandparents|grandma|grandpa|grandfather|grandmother"
    r"|grand(?:son|daughter|child(?:ren)?|kids?)"
    r"|wife|husband|partner|fianc[eé]e?|brother|sister|son|daughter|kids?|aunt|uncle|cousin"
    r"|niece|nephew|best\s+friend|friend)"
)
"""The visitor's family and friends, as a regex group ("my mum", "our daughter"), with no
possessive: the person a gift is for or whose celebration the coffee is for. Narrower than
:data:`OTHER_PEOPLE` (no boss, neighbours or colleagues: their venue may be a trade)."""

ONE_SITE_VENUES = (
    r"diner|inn|caf[eé]|coffee\s+(?:shop|house)|bakery|tea\s*room|tea\s+shop|supper\s+club"
    r"|restaurant|bistro|deli|motel|hotel|lodge|grill|tavern|luncheonette|bookshop|bookstore"
)
"""A single establishment, named in the singular after its own name ("the Bluebird Diner",
"the Loon Lake Inn"): one site when the visitor runs it."""

SITE_NOUNS = (
    "location",
    "site",
    "cafe",
    "café",
    "shop",
    "store",
    "branch",
    "outlet",
    "venue",
    "restaurant",
    "cafeteria",
    "kiosk",
)
"""What a business's sites are most often called ("3 locations", "each shop", "per site"):
the head of :data:`LOCATION_NOUNS`, and the words a price per location is counted in."""


def _plurals(nouns: Iterable[str]) -> str:
    """A regex alternation of nouns with their plurals ("shops?", "branch(?:es)?"), longest
    first."""
    ordered = sorted(nouns, key=len, reverse=True)
    return "|".join(re.escape(n) + ("(?:es)?" if n.endswith("ch") else "s?") for n in ordered)


LOCATION_NOUNS = (
    VENUES_BEYOND_CAFES
    + "|"
    + _plurals(SITE_NOUNS)
    + r"|spots?|carts?|trucks?|stands?|drive[- ]?thrus?|bakeries|bakery|hotels?"
    r"|propert(?:y|ies)|offices?|units?|storefronts?"
    r"|(?:espresso|coffee|juice|tea|boba|smoothie|snack|wine|salad)\s+bars?"
    r"|coffee\s+shops?|buildings?|schools"
    # a caterer's sites are its kitchens: "an event caterer w 4 kitchens" (one restaurant's
    # "kitchen" is no site: only kitchens counted, or a commissary)
    r"|kitchens|commissar(?:y|ies)(?:\s+kitchens?)?"
    # businesses beyond cafés that run sites: "3 car dealerships", "two hostels", "4 clinics"
    r"|hostels?|motels?|inns|dealerships?|showrooms?|salons?|laundromats?"
    # a gym group's sites are its clubs: "two clubs in Fresno", "been open 3 years, one club"
    r"|clubs?"
    r"|pubs|taprooms?|breweries|wineries|pizzerias?|diners|delis|bistros|franchises"
    # shops named in the plural of their own language: "two gelaterie", "3 panaderías"
    r"|gelateri(?:a|e|as)|pizzerie|trattori(?:e|as)|pasticceri(?:e|as)|panader[ií]as|padarias"
    # eateries named by what they serve: "three brunch places", "2 taco joints"
    r"|(?:brunch|breakfast|lunch|burger|taco|pizza|noodle|ramen|sandwich|dessert|coffee"
    r"|bagel|donut)\s+(?:places|joints)"
)
"""Nouns that count a business's sites ("3 shops", "two drive-thrus")."""


def number_value(token: str) -> int | None:
    """A count written in digits or words ("3", "three", "a couple of") -> 3; None otherwise."""
    token = token.lower().strip()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


#: Text-speak a visitor types, written out: the one table for every reader of visitor text.
TEXT_SPEAK = {
    "u": "you", "ur": "your", "r": "are", "n": "and", "pls": "please", "plz": "please",
    "thx": "thanks", "ty": "thanks", "wat": "what", "wht": "what", "hw": "how", "wen": "when",
    "whn": "when", "abt": "about", "hav": "have", "hv": "have", "cud": "could", "wud": "would",
    "shd": "should", "b4": "before", "ppl": "people", "bc": "because", "cuz": "because",
    "coz": "because", "yr": "year", "yrs": "years", "mo": "month", "mos": "months", "wk": "week",
    "wks": "weeks", "whats": "what's", "wats": "what's", "dont": "don't", "cant": "can't",
    "wont": "won't", "im": "i'm", "ive": "i've", "theres": "there's", "hows": "how's",
    "w/": "with", "w": "with", "wanna": "want to", "gonna": "going to", "biz": "business",
    "2day": "today", "rn": "right now", "tho": "though", "lil": "little", "prolly": "probably",
    "approx": "about", "~": "about", "k": "ok", "caffe": "cafe", "cafés": "cafes", "grp": "group",
    "grps": "groups", "hrs": "hours", "hr": "hour",
    # a question word misspelt into a rare English headword ("wich": the wych elm), which the
    # speller keeps as English
    "wich": "which",
    # chat abbreviations (s30): words of the message, never unknown topic words
    "thru": "through", "nxt": "next", "tmrw": "tomorrow", "lmk": "let me know",
    "smth": "something", "bout": "about", "rly": "really", "esp": "especially",
    "b/c": "because", "w/o": "without", "bcuz": "because", "btw": "by the way",
    # a contraction typed without its apostrophe; "didnt", "isnt" are GCIDE headwords, so the
    # speller would keep them as English, and "didnt open" would ask about an unknown "didnt"
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "youre": "you're",
    "theyre": "they're", "thats": "that's", "whos": "who's",
    # a common word misspelt into a rare English headword ("teh", "prise": to lever open)
    "teh": "the", "hte": "the", "prise": "price",
}  # fmt: skip
#: Chat abbreviations and interjections that say nothing of the ask: never a topic word of a
#: question (:data:`FUNCTION_WORDS`), and left out at the edges of a told clause
#: (:mod:`shared.understanding.asides`) unless they are :data:`TELLING_INTERJECTIONS`.
INTERJECTIONS = frozenset(
    {"lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "ngl", "tbh", "tbf", "fr", "imo"}
    | {"imho", "omg", "ikr", "smh", "jk", "xd", "af", "yo", "idk", "welp", "ugh", "honestly"}
    | {"literally"}
)
#: Interjections a told clause keeps at its edges: "jk" takes the clause back, "idk" says it is
#: a guess, and "yo" is also Spanish for "I" ("Yo no soy muy buena con la computadora").
TELLING_INTERJECTIONS = frozenset({"jk", "idk", "yo"})
#: Interjections typed stretched ("hahaa", "heheee", "ughhh"): their last letter repeats.
STRETCHED_INTERJECTIONS = frozenset({"haha", "hehe", "ugh"})
#: One emoji character: pictographs, symbols, dingbats and flags, with the joiner and the
#: selector that build one emoji of several. An emoji says how the visitor feels, not what
#: they ask or tell.
EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F]"
#: Entries the chat's cue-word normaliser (:mod:`shared.understanding.fuzzy`) leaves as typed:
#: the intent classifier is trained on that normalisation, so widening it means retraining.
CHAT_KEEPS = frozenset(
    {"wat", "wht", "hw", "wen", "whn", "whats", "wats", "theres", "hows", "wich"}
    | {"hrs", "hr"}
    # the s30 chat abbreviations, contractions and misspelt headwords, read by the answerer
    # only until the classifier's set is replayed with them
    | {"thru", "nxt", "tmrw", "lmk", "smth", "bout", "rly", "esp", "b/c", "w/o", "bcuz", "btw"}
    | {"didnt", "doesnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "wouldnt"}
    | {"couldnt", "shouldnt", "youre", "theyre", "thats", "whos", "teh", "hte", "prise"}
)
#: Entries of :data:`CHAT_KEEPS` that are units, not question words: spelled out for the
#: knowledge-base question ("sales hrs" asks the sales team's hours), never by the flow's
#: question test, where "12 hrs" stays the figure it answers with.
UNIT_SPEAK = frozenset({"hrs", "hr"})
#: Entries a knowledge-base question keeps as typed ("5k" is not "5ok", "w 3rd st" has no
#: "with"); the speller reads letters only, so "w/", "~" and "2day" never reach it anyway.
QUESTION_KEEPS = frozenset(
    {"ty", "shd", "coz", "mos", "wont", "ive", "w", "wanna", "gonna", "biz", "rn", "tho", "lil"}
    | {"prolly", "approx", "k", "caffe", "cafés", "~"}
)
#: Text-speak with a digit or a slash ("b4", "w/", "w/o", "2day"), which the speller's
#: letter-only words never hold: written out before it reads the words.
GLUED_SPEAK = frozenset(t for t in TEXT_SPEAK if not t.isalpha() and t not in ("~",))


def text_speak(keeps: frozenset[str]) -> dict[str, str]:
    """:data:`TEXT_SPEAK` without the entries one reader ``keeps`` as typed."""
    return {typed: full for typed, full in TEXT_SPEAK.items() if typed not in keeps}


#: Question vocabulary a correction may land on besides the knowledge base's own words.
_QUESTION_TEXT = """
    what when where which who why how much many price pricing prices pricey cost costs discount bulk
    order orders warranty delivery shipping deliver install installation lease leasing finance
    financing return returns refund payment pay hours open phone email contact address owner
    owns founded started roast roaster packaging compostable customers sell minimum available
"""
QUESTION_WORDS = frozenset(_QUESTION_TEXT.split())

#: The words a question opens with: a question word, or an auxiliary put before its subject
#: ("what's the lead time", "does it come with a grinder", "is that extra").
QUESTION_OPENERS = ("what", "what's", "whats", "how", "which", "who", "when", "where", "why")
ASKING_AUXILIARIES = ("is", "are", "do", "does", "did", "can", "could", "will", "would", "should")
#: Every other word of a question that is not part of what is asked: the rest of the question
#: words, the auxiliaries and their negations ("whose", "might", "doesnt").
_OTHER_QUESTION_WORDS = """
    hows how's whom whose was were am be been shall may might must isnt arent doesnt dont
"""
QUESTION_FUNCTION_WORDS = frozenset(
    (*QUESTION_OPENERS, *ASKING_AUXILIARIES, *_OTHER_QUESTION_WORDS.split())
)

#: Top-level domains of contact addresses, the commonest first: a mistyped ending is mended to
#: the nearest of these ("brewhaus.con"), and a dictated address may end with any of them
#: said as a word ("dot com") or with one of :data:`SAID_ONLY_TLDS`.
COMMON_TLDS = ("com", "net", "org", "co", "io", "ca", "us", "uk", "coffee", "cafe")
SAID_ONLY_TLDS = ("edu", "app", "biz", "info", "me", "au", "nz")

#: Words that join a question to what came before it, passed over where its first word or its
#: topic is looked for ("and does it need special power", "so is that extra", "ok the pico
#: does it come with a warranty").
JOINING_WORDS = ("and", "so", "also", "but", "ok", "okay", "oh", "plus")

#: The people of ours a visitor asks to contact them, as a regex group ("someone", "a rep",
#: "your sales team"): the asker of a contact request (``signals.HUMAN_RE``,
#: ``call_requests.CALL_REQUEST``, ``quotes.CONTACT_THEM``).
CONTACT_ASKERS = (
    r"(?:some(?:one|body)|some1|anyone|a\s+(?:rep|person|human|real\s+person|salesperson)"
    r"|an\s+actual\s+person|sales(?:\s*(?:team|person|people|rep))?|salesperson"
    r"|your\s+(?:sales\s+)?team)"
)
#: The verbs of a call in a regex group ("call", "ring", "phone"): a request to be called, as
#: opposed to written to.
CALL_VERBS = r"(?:call|ring|phone)"
#: The phrasal verbs of being contacted, each with its preposition ("get back to", "reach out
#: to", "follow up with").
CONTACT_PHRASES = (
    r"(?:reach\s+out\s+to|get\s+back\s+to|follow\s+up\s+with|get\s+in\s+touch\s+with"
    r"|be\s+in\s+touch\s+with)"
)
#: Every verb of a request to be contacted, before its object ("call", "text", "email",
#: "contact", "get in touch with"). Not a bare "reach": "can your tech reach us in boise" asks
#: whether a place is served.
CONTACT_VERBS = rf"(?:{CONTACT_PHRASES}|{CALL_VERBS}|text|e-?mail|contact)"

#: English function words (a closed class: pronouns, determiners, prepositions, conjunctions,
#: auxiliaries and discourse adverbs). They carry no topic, so a knowledge base never "lacks"
#: one: "with whatever discount applies" asks about the discount, not about "whatever".
_FUNCTION_TEXT = """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves oneself
    someone somebody something anyone anybody anything everyone everybody everything nobody
    nothing none whoever whomever whatever whichever whenever wherever however whose whom
    a an the this that these those some any no every each either neither both all half several
    few fewer many much more most less least little lots plenty enough such own other another
    about above across after against along among amongst around as at before behind below
    beneath beside besides between beyond by despite down during except for from in inside
    into like near of off on onto out outside over past per plus since than through throughout
    till to toward towards under underneath unlike until up upon versus via with within without
    and but or nor so yet because although though unless whereas while whether if then else
    otherwise also too am is are was were be been being have has had having do does did doing
    become became becomes becoming seem seems seemed
    can could may might must shall should will would ought not never always sometimes usually
    often maybe perhaps probably possibly definitely certainly really very quite rather pretty
    fairly just only even still already anyway anyhow basically literally honestly seriously
    apparently obviously hopefully ideally actually exactly roughly approximately almost nearly
    here there where when why how what which who now today tonight tomorrow yesterday ever
    again once twice please thanks okay ok yes yeah yep nope well oh hmm um uh lol
"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split()) | INTERJECTIONS

#: Words that make a short fragment a remark, not a topic typed alone: a person, a greeting, a
#: thanks, an acknowledgement, a yes or no, a hedge ("ok sounds good", "hi there", "for my
#: sister" name no topic; "shipping to toronto" does).
_REMARK_TEXT = """
    i i'm im we we're were my our me us you u your ur it that this
    hi hello hey morning afternoon evening thanks thank thx cheers bye
    ok okay cool great good nice sounds perfect awesome sure yes yeah yep no nope
    please pls just not maybe lol
"""
REMARK_WORDS = frozenset(_REMARK_TEXT.split())

#: Words after which the next word is a complement, never a speaker naming themselves: an
#: article, possessive, preposition, comparison or copula ("hard as rock here", "the best
#: here", "is ours here" name no one; "greg here", "Ivy Chen here" do).
_COMPLEMENT_LEAD_TEXT = """
    a an the this that these those some any no every each my our your their his her its
    as at by for from in into like near of on than to with without under over about
    is are was were be been being am very too really quite
"""
COMPLEMENT_LEADS = frozenset(_COMPLEMENT_LEAD_TEXT.split())

#: A condition a rule states of a thing ("a working espresso machine") -> the words a visitor
#: uses for its opposite ("my old machine is broken", "it's dead, won't turn on").
_BROKEN_TEXT = "broken dead faulty defective damaged busted kaput malfunctioning dying"
STATE_OPPOSITES: dict[str, frozenset[str]] = {"working": frozenset(_BROKEN_TEXT.split())}
#: Adjectives after which "dead" is a degree, not a state (British and Irish English: "our
#: water is dead hard", "dead easy", "dead busy"): nothing died.
_DEAD_DEGREE_TEXT = "hard soft easy simple busy quiet keen cheap handy good chuffed slow"
DEAD_DEGREES = frozenset(_DEAD_DEGREE_TEXT.split())
#: The verb forms a visitor negates when a state is missing ("not working", "doesn't work",
#: "won't turn on" reads as not working).
STATE_VERBS: dict[str, frozenset[str]] = {"working": frozenset({"work", "works", "working"})}
#: Lower-case particles inside a surname ("Johan van der Merwe", "Pieter de Villiers", "Ana da
#: Silva"): part of the name, never counted as one of its words.
SURNAME_PARTICLES = frozenset(
    {"van", "der", "den", "de", "du", "des", "von", "da", "di", "del", "della", "dos", "le", "la"}
)
#: Particles that make a state's verb another verb ("if it doesn't work out for us": a deal
#: that does not suit, not a machine that fails).
STATE_PARTICLES = frozenset({"out"})
#: Words for goods that are not new ("do you sell refurbished machines?").
_SECONDHAND_TEXT = (
    "refurbished reconditioned used second-hand secondhand pre-owned preowned ex-demo"
)
SECONDHAND = frozenset(_SECONDHAND_TEXT.split())

#: The equipment a symptom is of: a machine, its parts, our product lines ("drip tray" is two
#: words); :data:`EQUIPMENT_PART_STEMS` are read with any ending ("grinding", "grinds").
_EQUIPMENT_PART_TEXT = """
    machine espresso grinder atlas pico batchpro clarity boiler pump group portafilter steam
    wand brewer kettle lumen equipment gasket heater shot shots display motor burr burrs
"""
EQUIPMENT_PART_WORDS: tuple[str, ...] = (*_EQUIPMENT_PART_TEXT.split(), "drip tray")
EQUIPMENT_PART_STEMS: tuple[str, ...] = ("grind",)
#: Words that make a fault a habit, not an event ("keeps stopping", "twice a week").
HABIT_WORDS: tuple[str, ...] = (
    "keeps",
    "keep",
    "always",
    "every",
    "often",
    "constantly",
    "usually",
    "regularly",
    "again and again",
    "all the time",
    "once a",
    "twice a",
    "times a",
)
#: A fault dated now: said alone ("right now", "today") or after "since", "started" or "began"
#: ("since yesterday", "started this morning"); a digit after them is an hour ("since 6am").
NOW_WORDS: tuple[str, ...] = ("this morning", "right now", "today", "tonight")
SINCE_WORDS: tuple[str, ...] = ("morning", "today", "yesterday", "last night", "opening")


# the people a visitor asks for ("can the owner taste...", "does my boss get..."): an assistant,
# a co-owner or a parent typing for them; the business is the same, so the ask is the visitor's
RELAYED_FOR = (
    "owners?",
    "co-owners?",
    "boss",
    "chefs?",
    "head\\s+chef",
    "managers?",
    "gm",
    "general\\s+manager",
    "partners?",
    "business\\s+partner",
    "husband",
    "wife",
    "dad",
    "father",
    "mum",
    "mom",
    "mother",
    "daughter",
    "son",
    "director",
    "ceo",
    "cfo",
)
