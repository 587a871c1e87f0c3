"""A labelled form the visitor pastes: "Sites: 2", "Timeline: Q2", "Volume: 15 kg a week".

A line "Label: value" answers the field its label names as explicitly as a reply to the bot's
question would: the label is read through one table (:data:`LABELS`) mapping label words to
the field registry's fields, and the value through that field's own extractor
(:data:`shared.conversation.fields.EXTRACTORS`) read as an answer to it, never a second
extractor. So "Sites: 1" is one location and "Timeline: Jan" a January opening, which the
free-text reader leaves alone as a count or a month said by itself.

A label the table does not know ("Budget:", "Date:", "Serial:") is ignored, not guessed: its
line is read as ordinary text like the rest of the message, and nothing is taken from the label.
Contact labels ("Name:", "Email:", "Phone:") are not in the table: the contact readers read
those lines already, whatever precedes them.

Two labels state the visitor's type rather than a field: a tenure ("Open: 4 years", "Years
open: 7", "Open since: 2018"; not "Open: 7 days a week") says the business is running, and an
event named as a private celebration ("Event: wedding, ~120 guests") says the coffee is for the
visitor's own occasion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shared.conversation.fields import EXTRACTORS
from shared.conversation.kinds import CustomerType
from shared.understanding.visitor import CELEBRATIONS, NOT_OPEN_YET

_SITES = ("locations", "sites", "site count", "number of sites", "no. of sites", "# of sites")
_OPENING = ("opening", "opening date", "open date", "opening day", "launch", "launch date")
LABELS: dict[str, str] = {
    **dict.fromkeys(
        (*_SITES, "sites open now", "sites open", "number of locations", "cafes", "cafés", "shops"),
        "locations",
    ),
    **dict.fromkeys((*_OPENING, "target opening", "timeline", "timing"), "opening_timeline"),
    **dict.fromkeys(
        (
            "volume",
            "current volume",
            "expected volume",
            "weekly volume",
            "monthly volume",
            "coffee volume",
            "usage",
            "cups",
            "cups a day",
            "cups/day",
            "drinks",
            "drinks a day",
            "drinks/day",
        ),
        "expected_volume",
    ),
    **dict.fromkeys(
        ("equipment", "equipment needs", "equipment list", "equipment wanted", "gear"),
        "equipment_needs",
    ),
    **dict.fromkeys(
        ("coffee", "coffee preference", "coffee preferences", "beans", "blend", "roast"),
        "coffee_preferences",
    ),
}
"""Label words (lower case, spaces single) -> the field registry's field they name."""

# a timeline label names the opening only of a business not running yet: a running café's
# "Timeline: next month" dates its purchase, not an opening
PURCHASE_OR_OPENING = frozenset({"timeline", "timing"})
TENURE_LABELS = frozenset(
    {"open", "open since", "in business", "established", "est", "founded", "running since"}
)
YEARS_LABELS = frozenset({"years open", "years in business", "years running", "years trading"})
EVENT_LABELS = frozenset({"event", "occasion"})

# "Label: value" on a line of its own, the label plain, bulleted or in markdown bold ("- **Sites:**
# 2", "## Timeline: Q2"); the label is at most four words and holds no digit
LINE = re.compile(
    r"^[ \t]*(?:[-*•>#]+[ \t]*)?(?:\*\*|__)?(?P<label>[^\W\d][\w./#'’ -]{0,30}?)[ \t]*(?:\*\*|__)?"
    r"[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(?P<value>\S[^\n]*?)[ \t]*$",
    re.M,
)
# a tenure as its value: "4 years", "2018", "since 2019", "over 10 yrs" (not "7 days a week");
# under a label counting years, the number alone ("Years open: 7")
_ABOUT = r"^(?:since\s+|in\s+|about\s+|over\s+|almost\s+|nearly\s+|~\s*)?"
TENURE = re.compile(rf"{_ABOUT}(?:\d{{1,2}}\+?\s*(?:years?|yrs?|months?)|(?:19|20)\d\d)\b", re.I)
YEARS = re.compile(rf"{_ABOUT}\d{{1,2}}\+?\s*(?:years?|yrs?)?(?:\s|$|[.,;(])", re.I)
# the celebration itself, not a trade around it ("Event: wedding catering")
CELEBRATION = re.compile(
    rf"^(?:a\s+|an\s+|our\s+|my\s+)?(?:{CELEBRATIONS})\b(?!\s+(?:catering|clients?|season"
    r"|packages?|business|venues?|bookings?|fairs?|expos?|shows?))",
    re.I,
)


@dataclass(frozen=True)
class LabelledForm:
    """What a message's labelled lines state: field values and the visitor's type."""

    fields: dict[str, object] = field(default_factory=dict)
    customer_type: CustomerType | None = None
    purchase_dates: tuple[object, ...] = ()  # a running café's "Timeline:" values, as read


def labelled_lines(text: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of ``text``'s labelled lines, the label lower case."""
    return [
        (" ".join(m.group("label").lower().split()), m.group("value"))
        for m in LINE.finditer(text)
        if len(m.group("label").split()) <= 4
    ]


def read_form(text: str, running: bool = False) -> LabelledForm:
    """The fields and type ``text``'s labelled lines state (pure); ``running``: the visitor is
    a running café, whose timeline label is no opening date (its values, read as dates, are
    ``purchase_dates``, for the free text's reading of them to be dropped). The first line
    giving a field wins."""
    found: dict[str, object] = {}
    typed: CustomerType | None = None
    pairs = labelled_lines(text)
    for label, value in pairs:
        typed = typed or _type_of(label, value)
    running = running or typed is CustomerType.EXISTING_CAFE
    purchases = [v for label, v in pairs if running and label in PURCHASE_OR_OPENING]
    for label, value in pairs:
        name = LABELS.get(label)
        if name is None or name in found or value in purchases:
            continue
        read = EXTRACTORS[name](value, True)
        if read is not None:
            found[name] = read
    dates = tuple(EXTRACTORS["opening_timeline"](value, True) for value in purchases)
    return LabelledForm(found, typed, dates)


def _type_of(label: str, value: str) -> CustomerType | None:
    """The type one labelled line states, if any."""
    tenure = (label in TENURE_LABELS and TENURE.search(value)) or (
        label in YEARS_LABELS and YEARS.search(value)
    )
    if tenure and not NOT_OPEN_YET.search(value):
        return CustomerType.EXISTING_CAFE
    if label in EVENT_LABELS and CELEBRATION.search(value):
        return CustomerType.CASUAL_BROWSER
    return None
