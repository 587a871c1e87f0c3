"""Numbers as people say them, written as digits: the one reading of a message's numbers.

Every consumer (the fields of the conversation, lead analysis, the knowledge base's answers,
the contact readers) reads the message through :func:`read_numbers`, so "a hundred and
fifty", "seventy-odd", "forty thousand dollars", "half a dozen", a phone number read out digit
by digit and "a fortnight" mean one thing everywhere:

- a spoken number of several words, or of one word from thirteen up, becomes its digits
  ("two hundred and fifty" -> 250, "forty" -> 40, "twenty-five" -> 25, "a dozen" -> 12);
  "grand" and "dollars" after it make it money ("forty grand" -> $40,000). Small counts
  alone stay words (the readers know them, and "one" is often a pronoun: "the smaller
  one"), as do "a"/"an" alone and idioms ("a couple of questions", "one of those");
- seven or more digits read out one by one ("oh" for zero, "double" before a digit) become a
  digit run a phone reader can parse;
- voice-dictation homophones become counts only where the structure wants a number: "we have
  for gyms" (after a verb of having), "for for sites", "for of each", "the to grinders";
  "grind her(s)" after a determiner is "grinder(s)". "a machine for cafés", "looking for
  gyms" and "to open" stay as said;
- a count of group heads is a machine's size in digits ("a two-group" -> "a 2-group");
- "a fortnight" is "2 weeks", "fortnightly" and "every fortnight" "every 2 weeks";
- a year said in two pairs after a month, a season or a preposition of time is that year
  ("march twenty twenty seven" -> "march 2027", "since twenty nineteen" -> "since 2019"),
  never a day of the month followed by a count; "twenty four seven" is "24/7" (all hours);
- a share said as "percent" is written with its sign ("ten percent" -> "10%").

Pure and cached: the brain, lead analysis and the answers may read the same message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.understanding.lexicon import (
    APPROXIMATE_SUFFIXES,
    DIGIT_REPEATS,
    DOZEN_WORDS,
    ENGLISH_DIGITS,
    HAVING_VERBS,
    HOMOPHONE_COUNTS,
    HOMOPHONE_NOUNS,
    MONEY_SCALES,
    MONTHS,
    ORDINAL_DAYS,
    SCALES,
    SEASONS,
    SMALL_NUMBERS,
    TEENS,
    TENS,
    alternation,
)

_WORD = re.compile(r"[A-Za-z]+")
_JOINER = re.compile(r"\s*-\s*|\s+")  # what may stand between the words of one number
_MONEY_WORDS = frozenset({"dollars", "dollar", "bucks"})
_PHONE_DIGITS = 7  # fewer digits read out one by one are a count said twice, not a number

# "grind her" is a grinder after a determiner, a count or an adjective ("a grind her", not
# "to grind her own beans"); "grind hers" after a count too ("the to grind hers")
_DETERMINERS = (
    r"a|an|the|one|each|per|that|this|our|my|your|cheaper|smaller|bigger|big|small|better|new"
    r"|second|and|\d+|" + alternation(SMALL_NUMBERS)
)
_GRINDER_RE = re.compile(
    r"\b(?P<before>(?:" + _DETERMINERS + r")\s+)grind\s+her\b(?!s)"
    r"|\b(?P<before_many>(?:" + _DETERMINERS + r"|to|for)\s+)grind\s+hers\b",
    re.I,
)
_HOMOPHONE = alternation(HOMOPHONE_COUNTS)
_NOUN_AHEAD = r"(?=(?:[a-z]+\s+)?(?:" + HOMOPHONE_NOUNS + r")\b)"
# "we have for gyms", "I currently run for sites": a count after the visitor's verb of having
# ("what do you have for gyms?" asks what suits them)
_HAVING_RE = re.compile(
    r"\b(?P<verb>(?:we|i|they)(?:'ve|ve)?\s+(?:[a-z]+\s+)?(?:"
    + HAVING_VERBS
    + r"))\s+for\s+"
    + _NOUN_AHEAD,
    re.I,
)
# "the smaller grinder for for sites": the second "for" is the count
_DOUBLED_RE = re.compile(r"\b(?P<lead>for|to)\s+(?P<count>for|to)\s+" + _NOUN_AHEAD, re.I)
# "for of each", "to of them": no preposition takes "of"
_OF_EACH_RE = re.compile(r"\b(?P<count>for|to)\s+of\s+(?=each\b|them\b|those\b|these\b)", re.I)
# "the to grinders": no article takes a preposition
_ARTICLE_RE = re.compile(r"\b(?P<lead>the|those|these)\s+(?P<count>" + _HOMOPHONE + r")\s+"
                         + _NOUN_AHEAD, re.I)  # fmt: skip

# a machine's size: "the three group", "a two-group machine" (group heads are counted)
_GROUPS_RE = re.compile(r"\b(" + alternation(SMALL_NUMBERS) + r")(\s*-\s*|\s+)(?=groups?\b)", re.I)

_FORTNIGHT_RE = (
    (re.compile(r"\bfortnightly\b", re.I), "every 2 weeks"),
    (re.compile(r"\b(?:a|one|1)\s+fortnight\b", re.I), "2 weeks"),
    (re.compile(r"\b(?:every|each|per)\s+fortnight\b", re.I), "every 2 weeks"),
    (re.compile(r"\b(?:two|2)\s+fortnights\b", re.I), "4 weeks"),
)


# a year said as two pairs ("twenty twenty seven", "twenty nineteen") where a year is wanted:
# after a month, a season or a preposition of time; "twenty" and "thirty" as the second pair
# (this decade and the next), a teen or "ten" ... "twelve" for the past ones
_YEAR_BEFORE = alternation(
    [*MONTHS, *SEASONS, "in", "by", "since", "of", "until", "till", "from", "early", "late",
     "mid", "before", "after", "around"]
)  # fmt: skip
_UNITS = alternation(w for w, v in SMALL_NUMBERS.items() if v < 10)
_YEAR_RE = re.compile(
    r"\b(?P<before>(?:" + _YEAR_BEFORE + r")[\s,]+)twenty[\s-]+"
    r"(?P<pair>(?:twenty|thirty)(?:[\s-]+(?:" + _UNITS + r"))?"
    r"|"
    + alternation([*(w for w, v in SMALL_NUMBERS.items() if v >= 10), *TEENS])
    + r")\b(?![\s-]+(?:"
    + _UNITS
    + "|"
    + alternation(SCALES)
    + r")\b)",
    re.I,
)
# "twenty four seven", "round the clock": every hour of every day, not 24 then a count of 7
_ALL_HOURS_RE = re.compile(
    r"\b(?:twenty[\s-]+four|24)[\s/-]+(?:seven|7)\b(?![\s-]*(?:days?|am|pm)\b)"
    r"|\b(?:a)?round[\s-]+the[\s-]+clock\b",  # "round the clock": every hour too
    re.I,
)

# a share said: "ten percent", "15 per cent" (after the numbers are digits; a small count too)
_PERCENT_RE = re.compile(
    r"\b(?P<count>\d+(?:\.\d+)?|" + alternation(SMALL_NUMBERS) + r")\s*(?:percent|per\s+cent)\b",
    re.I,
)


@lru_cache(maxsize=2048)
def read_numbers(text: str) -> str:
    """``text`` with the numbers said in words written as digits (see the module's rules);
    everything else as typed."""
    text = spoken_digits(text)
    text = _YEAR_RE.sub(_year, text)
    text = _ALL_HOURS_RE.sub("24/7", text)
    text = _GRINDER_RE.sub(_grinder, text)
    text = _homophones(text)
    text = _compounds(text)
    text = _GROUPS_RE.sub(lambda m: f"{SMALL_NUMBERS[m.group(1).lower()]}{m.group(2)}", text)
    for pattern, written in _FORTNIGHT_RE:
        text = pattern.sub(written, text)
    return _PERCENT_RE.sub(_percent, text)


def _percent(match: re.Match[str]) -> str:
    count = match.group("count")
    return f"{SMALL_NUMBERS.get(count.lower(), count)}%"


def _year(match: re.Match[str]) -> str:
    words = match.group("pair").lower().replace("-", " ").split()
    pair = {**SMALL_NUMBERS, **TEENS, **TENS}[words[0]] + sum(SMALL_NUMBERS[w] for w in words[1:])
    return f"{match.group('before')}{2000 + pair}"


def _grinder(match: re.Match[str]) -> str:
    if match.group("before") is not None:
        return f"{match.group('before')}grinder"
    return f"{match.group('before_many')}grinders"


def _count(word: str) -> str:
    return str(HOMOPHONE_COUNTS[word.lower()])


def _homophones(text: str) -> str:
    """Dictated "for"/"to" as a count, only where a number is the one reading."""
    text = _HAVING_RE.sub(lambda m: f"{m.group('verb')} 4 ", text)
    text = _DOUBLED_RE.sub(lambda m: f"{m.group('lead')} {_count(m.group('count'))} ", text)
    text = _OF_EACH_RE.sub(lambda m: f"{_count(m.group('count'))} of ", text)
    return _ARTICLE_RE.sub(lambda m: f"{m.group('lead')} {_count(m.group('count'))} ", text)


#: What stands between a number read out and its last digits said again: a repair's cue
#: ("... three seven no sorry zero one seven three", "... wait it's one four").
_REPAIR_BETWEEN = re.compile(
    r"\W*(?:(?:wait|sorry|oops|no|nope|actually|correction|i\s+meant?|make\s+(?:that|it)"
    r"|it'?s|its|it\s+is|ends?(?:\s+(?:in|with))?|should\s+be|um+|uh+)\b\W*){1,5}",
    re.I,
)
_REPAIRED_DIGITS = (2, 4)  # how many last digits a repair says again


def spoken_digits(text: str) -> str:
    """Runs of at least seven digits said one by one (a phone number read out, "oh" for zero,
    "double" before a digit) as a digit string, and the two to four digits said again right
    after one behind a repair's cue (a number ending 0137 read out, then "no sorry" and 0173
    read out: the number's corrected ending); other shorter runs stay as said."""
    words = list(_WORD.finditer(text))
    pieces: list[str] = []
    cursor = index = 0
    phone_end = -1
    while index < len(words):
        digits, end = _digit_run(text, words, index)
        repair = phone_end >= 0 and _REPAIR_BETWEEN.fullmatch(
            text[phone_end : words[index].start()]
        )
        low, high = _REPAIRED_DIGITS
        if len(digits) >= _PHONE_DIGITS or (repair and low <= len(digits) <= high):
            pieces += [text[cursor : words[index].start()], digits]
            cursor, index = words[end - 1].end(), end
            phone_end = cursor if len(digits) >= _PHONE_DIGITS else -1
        else:
            index += 1
    return "".join([*pieces, text[cursor:]])


def _digit_run(text: str, words: list[re.Match[str]], start: int) -> tuple[str, int]:
    """The digits said from word ``start`` on, and the index after the run's last word."""
    digits, index = "", start
    while index < len(words):
        if index > start and not _separated(text, words[index - 1], words[index], ",.-"):
            break
        word = words[index].group(0).lower()
        repeat = DIGIT_REPEATS.get(word)
        following = words[index + 1].group(0).lower() if index + 1 < len(words) else ""
        if repeat and following in ENGLISH_DIGITS:
            digits, index = digits + ENGLISH_DIGITS[following] * repeat, index + 2
        elif word in ENGLISH_DIGITS and (
            word not in ("o", "oh") or digits or _leads(text, words, index)
        ):
            digits, index = digits + ENGLISH_DIGITS[word], index + 1
        else:
            break
    return digits, index


def _leads(text: str, words: list[re.Match[str]], index: int) -> bool:
    """ "oh" opens a number read out only when a digit follows it after a space, not as an
    exclamation ("oh, ..." with a comma)."""
    after = words[index + 1] if index + 1 < len(words) else None
    return (
        after is not None
        and after.group(0).lower() in ENGLISH_DIGITS
        and (_separated(text, words[index], after, ""))
    )


def _separated(text: str, left: re.Match[str], right: re.Match[str], marks: str) -> bool:
    """Only spaces (and the ``marks``) stand between two words."""
    return all(c.isspace() or c in marks for c in text[left.end() : right.start()])


#: Words after which a number is a clock time: "at two thirty", "until six fifteen".
_TIME_BEFORE = re.compile(r"\b(?:at|by|till|til|until|from|after|before|since)\s+$", re.I)
#: Words after which it is no count: a clock time ("two fifteen pm") or a price, which may be
#: dollars and cents ("three fifty dollars" may be $3.50).
_NOT_COUNTS = frozenset({"am", "pm", "oclock", "o", "cents"}) | _MONEY_WORDS
#: A measured thing counted ("two twenty pound bags", "three fifteen minute breaks").
_MEASURED_AFTER = re.compile(
    r"[\s-]*(?:pound|lb|kg|kilo|ounce|oz|minute|min|hour|litre|liter|gallon)s?[\s-]+"
    r"(?:bag|box|sack|break|shift|bottle|jug|tub|can|bucket)s?\b",
    re.I,
)


class _Spoken:
    """A number said in words, parsed from one word on (``value`` 0: none there)."""

    def __init__(self, text: str, words: list[re.Match[str]], start: int) -> None:
        self.text, self.words, self.start = text, words, start
        self.end = start  # index after the last word taken
        self.value, self.money, self.written, self.about = 0, False, False, False
        self._parse()

    def _word(self, index: int) -> str:
        if index >= len(self.words):
            return ""
        if index > self.start and not _separated(self.text, self.words[index - 1],
                                                 self.words[index], "-"):  # fmt: skip
            return ""
        return self.words[index].group(0).lower()

    def _parse(self) -> None:
        first, second, third = (self._word(self.start + k) for k in range(3))
        if self._short_hundreds(first, second):
            return
        if first == "half" and second in ("a", "an") and third in DOZEN_WORDS:
            self.value, self.end, self.written = DOZEN_WORDS[third] // 2, self.start + 3, True
            return
        total, group, last, index = 0, 0, "", self.start
        if first in ("a", "an"):
            if second not in SCALES and second not in DOZEN_WORDS:
                return  # "a grand opening" is no amount
            group, last, index = 1, "small", index + 1
        while word := self._word(index):
            kind = _step(word, last, group)
            if kind is None or (kind == "and" and not _step(self._word(index + 1), kind, 0)):
                break
            group, total = _apply(word, kind, group, total)
            index, last = index + 1, kind
            self.written = self.written or kind != "small"
            if kind in ("grand", "dozen"):
                break
        value = total + group
        if last in ("", "and") or value == 0 or self._word(index) in ORDINAL_DAYS:
            return  # "twenty-first" is a day of the month, read by the timeline
        if last in ("tens", "hundred", "thousand") and self._approximate(index):
            index, self.about = index + 1, True  # "seventy-odd": about seventy
        self.money = last == "grand"
        if self.written and self._word(index) in _MONEY_WORDS:
            self.money, index = True, index + 1
        self.value, self.end = value, index

    def _approximate(self, index: int) -> bool:
        """ "odd", "ish" or "plus" after the number makes it approximate ("forty plus"), but
        not a "plus" adding another number ("thirty nine hundred plus thirteen fifty")."""
        if self._word(index) not in APPROXIMATE_SUFFIXES:
            return False
        after, then = (self._after(index + k) for k in (1, 2))
        added = after in SMALL_NUMBERS or after in TEENS or after in TENS
        added = added or (after in ("a", "an") and (then in SCALES or then in DOZEN_WORDS))
        following = self.text[self.words[index].end() :].lstrip()
        return not (added or following[:1].isdigit() or following[:1] == "$")

    def _after(self, index: int) -> str:
        return self.words[index].group(0).lower() if index < len(self.words) else ""

    def _short_hundreds(self, first: str, second: str) -> bool:
        """Hundreds said without "hundred": "two fifty a day" is 250, "one twenty coffees" 120
        (a digit word, then a tens or teen word), never a clock time ("at two thirty", "two
        fifteen pm") nor a count of measured things ("two twenty pound bags")."""
        head = SMALL_NUMBERS.get(first)
        if head is None or head > 9 or not (second in TENS or second in TEENS):
            return False
        rest, index = {**TEENS, **TENS}[second], self.start + 2
        unit = SMALL_NUMBERS.get(self._word(index))
        if second in TENS and unit is not None and unit < 10:  # "two forty five"
            rest, index = rest + unit, index + 1
        after = self._word(index)
        if after in SCALES or after in MONEY_SCALES or after in DOZEN_WORDS or after in _NOT_COUNTS:
            return False
        before = self.text[: self.words[self.start].start()]
        if _TIME_BEFORE.search(before) or _MEASURED_AFTER.match(
            self.text[self.words[index - 1].end() :]
        ):
            return False
        self.value, self.end, self.written = head * 100 + rest, index, True
        return True

    def digits(self) -> str:
        said = f"${self.value:,}" if self.money else str(self.value)
        return f"about {said}" if self.about else said


def _step(word: str, last: str, group: int) -> str | None:
    """The kind of ``word`` when it may follow a number word of kind ``last``; else None."""
    opening = last in ("", "hundred", "thousand", "and")
    value = SMALL_NUMBERS.get(word)
    if value is not None and (opening or (last == "tens" and value < 10)):
        return "small"
    if (word in TEENS or word in TENS) and opening:
        return "teen" if word in TEENS else "tens"
    if word == "hundred" and last in ("small", "teen", "tens") and 0 < group < 100:
        return "hundred"
    if word in SCALES and word != "hundred" and last not in ("", "and") and group > 0:
        return "thousand"
    if word == "and" and last in ("hundred", "thousand"):
        return "and"
    if word in MONEY_SCALES and last not in ("", "and") and group > 0:
        return "grand"
    if word in DOZEN_WORDS and last == "small" and group <= 12:
        return "dozen"
    return None


def _apply(word: str, kind: str, group: int, total: int) -> tuple[int, int]:
    """(group, total) after one more word of a number."""
    if kind in ("small", "teen", "tens"):
        return group + {**SMALL_NUMBERS, **TEENS, **TENS}[word], total
    if kind == "hundred":
        return group * 100, total
    if kind == "thousand":
        return 0, (total + group) * SCALES[word]
    if kind == "grand":
        return 0, (total + group) * MONEY_SCALES[word]
    if kind == "dozen":
        return 0, (total + group) * DOZEN_WORDS[word]
    return group, total  # "and"


def _compounds(text: str) -> str:
    """Every number said in several words, or from thirteen up, as digits."""
    words = list(_WORD.finditer(text))
    pieces: list[str] = []
    cursor = index = 0
    while index < len(words):
        spoken = _Spoken(text, words, index)
        if spoken.value and spoken.written:
            pieces += [text[cursor : words[index].start()], spoken.digits()]
            cursor, index = words[spoken.end - 1].end(), spoken.end
        else:
            index += 1
    return "".join([*pieces, text[cursor:]])
