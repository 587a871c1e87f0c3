"""A request for advice under constraints, and the constraints themselves.

"what would you suggest", "the cheapest espresso setup that can cope with that", "nobody on
staff knows how to use an espresso machine, what would you recommend", "something push-button
would be ideal rather than a fancy espresso machine", "which machine for 150 cups a day", "what
do I need to open a small café". The ask is read here (:func:`asks_advice`), and so are the
constraints the visitor gave, in the message or in the details the chat already holds
(:func:`needs_of`): drinks a day, a tight budget, an ordinary power outlet, staff with no
barista skills, filter or espresso drinks, hard water, a cart or kiosk. The answerer picks the
items from the catalog (:mod:`shared.rag.advice`); nothing here knows a product.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from shared.understanding.entities.power import POWER_NEED_RE
from shared.understanding.entities.quantities import find_volume
from shared.understanding.sentences import sentences

_ASK = re.compile(
    r"\b(?:recommend\w*|suggest\w*|advi[cs]e)\b"
    r"|\bwhat\s+(?:would|do|should|will)\s+(?:you|u)\s+(?:put\s+in|go\s+(?:with|for)|get|use"
    r"|pick|choose|install)\b"
    r"|\bwhat\s+(?:do|would|will|should)\s+(?:i|we)\s+(?:need|get|buy|go\s+for|start\s+with)\b"
    r"|\b(?:cheapest|simplest|easiest|basic|cheap|simple|budget|starter|minimum)\s+(?:\w+\s+){0,2}"
    r"(?:set\s*-?\s*up|option|kit|package)s?\b"
    r"|\bis\s+there\s+(?:something|anything)\s+(?:for|to|that|which)\b"
    # a kind before the thing: "what espresso machine would you put in a busy site"
    r"|\b(?:which|what)\s+(?:espresso|coffee|batch|filter)\s+(?:machine|set\s*-?\s*up|brewer)"
    r"\s+(?:for|would|should)\b"
    r"|\b(?:which|what)\s+(?:machine|set\s*-?\s*up|equipment|gear|brewer)\s+(?:for|would|should"
    r"|suits?|fits?|works?|do|can|handles?|copes?)\b"
    r"|\b(?:something|anything|one)\s+(?:push[-\s]?button|simple|easy|foolproof)\b",
    re.I,
)
# a recommendation of what is not equipment: "a good pizza place", "recommended us to you"
_NOT_EQUIPMENT = re.compile(
    r"\brecommended\s+(?:us|me|you)\b"
    r"|\b(?:recommend|suggest)\w*\s+(?:me\s+|us\s+)?(?:a|an|any|some|the)\s+(?:\w+\s+)?"
    r"(?:place|restaurant|hotel|bar|book|person|someone|time|day|date)s?\b"
    # a coffee, a plan or a course asked for: "which coffee would you recommend"
    r"|\b(?:which|what|a|any)\s+(?:\w+\s+)?(?:coffees?|blends?|roasts?|beans?|plans?"
    r"|courses?|training)\b(?!\s+(?:set\s*-?\s*up|machines?|equipment|gear|brewers?|shops?|carts?|bars?"
    r"|kiosks?|stands?|business|trucks?|vans?|stations?|counters?))"
    # a time or a count of days recommended: "how many days off roast do you recommend for
    # espresso", "how long do you suggest resting it"
    r"|\bhow\s+(?:long|often|soon|many\s+(?:days|weeks|hours|minutes|seconds|grams|times"
    r"|months))\b[^.?!]{0,60}?\b(?:recommend|suggest|advi[cs]e)",
    re.I,
)
_BUDGET = re.compile(
    r"\b(?:cheap(?:est|er)?|budget|afford\w*|inexpensive|low[-\s]cost|tight\s+on\s+money"
    r"|(?:not|isn'?t)\s+(?:a\s+lot\s+of|much)\s+money|shoestring|volunteer[-\s]run)\b",
    re.I,
)
_OUTLET = re.compile(
    r"\b(?:normal|regular|standard|household|ordinary|wall)\s+(?:power|plugs?|outlets?|sockets?)"
    r"|\b1[12]0\s*v(?:olts?)?\b|\bno\s+(?:big|special|three[-\s]phase|220|240)\s+"
    r"(?:outlets?|power|plugs?|sockets?|v\b|volts?)",
    re.I,
)
_UNTRAINED = re.compile(
    r"\b(?:no|none\s+of\s+(?:us|our|the)\s+\w+|nobody|no\s*one|never)\b[^.?!]{0,40}"
    r"\b(?:baristas?|train\w*|know\w*\s+how|experience\w*|skill\w*"
    r"|(?:used?|made|make|pulled|pull|run|ran)\s+(?:an?\s+)?espresso)"
    r"(?:\s+(?:to\s+)?(?:use|run|work|operate|make|pull)\b[^.?!,]{0,30}?\bmachines?\b"
    r"|\s+machines?\b)?"
    r"|\bpush[-\s]?button\b|\bpress\s+(?:of\s+)?a\s+button\b|\bone\s+button\b"
    r"|\b(?:foolproof|idiot[-\s]proof|no\s+barista)\b",
    re.I,
)
_FILTER = re.compile(
    r"\b(?:filter\s+coffee|drip|batch\s+(?:coffee|brew\w*)|brewed\s+coffee|urn|pour[-\s]?over"
    r"|by\s+the\s+(?:pot|jug|litre|liter))\b",
    re.I,
)
# an espresso machine rejected: "rather than a fancy espresso machine", "not espresso"
_NO_ESPRESSO = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not|no|without|don'?t\s+want)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"espresso(?:\s+machines?)?",
    re.I,
)
_ESPRESSO = re.compile(r"\b(?:espresso|flat\s+whites?|lattes?|cappuccinos?|milk\s+drinks)\b", re.I)
_WATER = re.compile(
    r"\b(?:hard\s+water|limescale|scale|(?:for|about)\s+the\s+water|water\s+(?:here|is|in)\b"
    r"[^.?!]{0,40}\b(?:hard|bad|awful|terrible|wreck\w*|ruin\w*|kill\w*|chalky))",
    re.I,
)
_MACHINE = re.compile(
    r"\b(?:machines?|set\s*-?\s*up|equipment|gear|grinders?"
    r"|open(?:ing)?\s+(?:a|our|my)\s+(?:\w+\s+){0,2}(?:caf\w*|coffee\s+shop|shop)"
    r"|(?:new|first)\s+caf\w*)\b",
    re.I,
)
_OPENING = re.compile(
    r"\bopen(?:ing)?\s+(?:a|our|my)\s+(?:\w+\s+){0,2}(?:caf\w*|coffee\s+shop)|\b(?:new|first)\s+caf",
    re.I,
)
_ITEMS = re.compile(r"\s*(?:,|&|\+|\band\b|\bplus\b)\s*", re.I)
_SMALL = re.compile(
    r"\b(?:small|smaller|little|tiny)\s+(?:\w+\s+)?(?:caf\w*|shop|place|team)", re.I
)
_SMALL_SITE = re.compile(r"\b(?:carts?|kiosks?|pop[-\s]?ups?|stalls?|trucks?|vans?)\b", re.I)
_NUMBER = re.compile(r"\d[\d,]*")


class Needs(BaseModel):
    """What a recommendation must fit, as the visitor said it (each None/False when unsaid)."""

    model_config = ConfigDict(frozen=True)

    volume: int | None = None  # drinks on a (busy) day
    budget: bool = False  # a tight budget, the cheapest asked
    outlet: bool = False  # an ordinary power outlet only
    untrained: bool = False  # nobody trained to pull shots; push-button wanted
    filter: bool = False  # filter, drip or batch coffee
    espresso: bool = False  # espresso or milk drinks wanted
    no_espresso: bool = False  # an espresso machine ruled out
    water: bool = False  # hard water, scale, "something for the water"
    small_site: bool = False  # a cart, kiosk or pop-up
    small: bool = False  # a small café or shop
    machine: bool = False  # espresso equipment asked: a machine, a grinder, a setup, a café
    opening: bool = False  # a café being opened

    def any(self) -> bool:
        """Whether any constraint is known (equipment asked for is no constraint)."""
        found = self.model_dump(exclude={"machine"})
        return any(value not in (None, False) for value in found.values())


#: Whether one item fits: "is the X a good fit?", "would the X be sufficient for us?", "can the
#: X keep up?", "is it overkill for us", "would it suit a small place".
_FIT = re.compile(
    r"\b(?:good|right|best|better|sensible)\s+(?:fit|choice|option|match|pick)\b"
    r"|\b(?:sufficient|enough|adequate|overkill|suit|suits|suitable)\b"
    r"|\btoo\s+(?:big|small|much|little|large)\b"
    r"|\b(?:keep\s+up|cope|handle)\b"
    r"|\b(?:work|right)\s+for\s+(?:us|me|our)\b",
    re.I,
)
_YES_NO = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:is|would|will|can|could|does|do|should)\b", re.I)


def asks_fit(text: str) -> bool:
    """Whether ``text`` asks if one thing fits the visitor ("is the lumen 2 group a good fit?",
    "would the small one be sufficient for us?", "can it keep up?"): a yes/no question with a
    word of fit; "what would you suggest" is :func:`asks_advice`."""
    return any(_FIT.search(s) and _YES_NO.search(s) and "?" in s for s in sentences(text))


def asks_advice(text: str) -> bool:
    """Whether ``text`` asks what to get ("what would you suggest", "cheapest setup", "which
    machine for 150 cups a day", "something push-button would be ideal"); not a recommendation
    of a place or a person ("can you recommend a good pizza place?")."""
    return bool(_ASK.search(text)) and not _NOT_EQUIPMENT.search(text)


def without_constraints(text: str) -> str:
    """``text`` without the phrases stating a lack or a rejection ("with no training", "rather
    than a fancy espresso machine"): what remains names what is asked for."""
    return _NO_ESPRESSO.sub(" ", _UNTRAINED.sub(" ", text))


def asked_things(text: str) -> list[str]:
    """The things a message lists ("which espresso machine and grinder do you advise" ->
    "which espresso machine", "grinder do you advise"), its needs left out."""
    return [p for p in _ITEMS.split(without_constraints(text)) if p.strip()]


def _volume(text: str) -> int | None:
    """The drinks of a volume said in ``text`` ("200 cups a day" -> 200), if any."""
    said = find_volume(text, False)
    number = _NUMBER.search(said) if said else None
    return int(number.group(0).replace(",", "")) if number else None


def _stored(details: Mapping[str, object], field: str) -> str:
    value = details.get(field)
    return value if isinstance(value, str) else ""


def needs_of(text: str, details: Mapping[str, object] | None = None) -> Needs:
    """The constraints of ``text`` together with those of the visitor's collected
    ``details`` (the volume, the coffee preferences, the equipment needs and pains they
    gave earlier); what the message says wins over what was stored."""
    details = details or {}
    stored = " ".join(
        _stored(details, f) for f in ("coffee_preferences", "equipment_needs", "pain_points")
    )
    said = f"{text} {stored}"
    volume = _volume(text) or _volume(_stored(details, "expected_volume"))
    espresso = bool(_ESPRESSO.search(said)) and not _NO_ESPRESSO.search(text)
    return Needs(
        volume=volume,
        budget=bool(_BUDGET.search(text)),
        outlet=bool(_OUTLET.search(said) or POWER_NEED_RE.search(said)),
        untrained=bool(_UNTRAINED.search(said)),
        filter=bool(_FILTER.search(said)),
        espresso=espresso,
        no_espresso=bool(_NO_ESPRESSO.search(text)),
        water=bool(_WATER.search(said)),
        small_site=bool(_SMALL_SITE.search(said)),
        small=bool(_SMALL.search(said)),
        machine=bool(_MACHINE.search(text)),
        opening=bool(_OPENING.search(text)),
    )


_RANGE = re.compile(
    r"\bwhat\s+(?:else\s+|other\s+(?:stuff|things|products)\s+)?(?:do|can|else\s+do)\s+"
    r"(?:you|u|y'?all)\s+(?:guys\s+|all\s+|actually\s+|even\s+|really\s+){0,2}(?:do|sell|offer|carry"
    r"|stock|make|provide|supply)\b(?:\s+(?:then|exactly|actually|else))?"
    r"(?:\s*(?:[?.!,]|$)|\s+(?:apart\s+from|besides|other\s+than|except(?:\s+for)?"
    r"|aside\s+from|beyond|as\s+well\s+as)\s+(?P<other>[^?.!,]+))"
    r"|\bwhat\s+else\s+(?:have|has|you'?ve)\s+(?:you\s+)?got\b"
    r"|\bwhat(?:'s|\s+is)\s+(?:your|the)\s+(?:full\s+|whole\s+)?range\b",
    re.I,
)


def asks_range(text: str) -> str | None:
    """What a question about the whole range leaves out ("what DO you do apart from coffee
    beans" -> "coffee beans"), "" when it leaves out nothing ("what else do you sell?"), None
    when it is no such question ("what do you sell for cold brew")."""
    found = _RANGE.search(text)
    if found is None:
        return None
    other = found.group("other")
    return other.strip() if other else ""
