"""Whether a business serves coffee now, in any format, or has none yet: what types a visitor.

The type follows what the business does with coffee (``docs/decisions/new-coffee-programme.md``):

- coffee served now, whatever its format, is a running coffee business: pod machines in a
  customer lounge ("the lounges all have keurigs", "the pods cost a fortune"), an urn after the
  service, a drip machine in the break room, a supplier's beans; and so is anything being
  replaced or switched from ("replacing the keurigs", "switching away from our roaster",
  "proper coffee instead of the pod machine"): what is replaced is served now;
- a business with no coffee at all yet ("zero coffee right now", "never sold coffee before")
  starts a coffee programme, however many sites it has;
- a business of another trade (a bike shop, a laundromat, a dealership, a gym) is not a coffee
  business by being a business: what it runs says nothing of its coffee.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import LOCATION_NOUNS, alternation

# formats of coffee a business serves without an espresso programme: pods and capsules, urns,
# drip and filter machines, bean-to-cup and super-automatic machines, instant
POD_FORMATS = (
    "keurig",
    "keurigs",
    "k-cup",
    "k-cups",
    "kcups",
    "k cups",
    "nespresso",
    "nespressos",
    "pods",
    "coffee pods",
    "pod machine",
    "pod machines",
    "pod brewer",
    "pod brewers",
    "capsules",
    "capsule machine",
    "capsule machines",
)
OTHER_FORMATS = (
    "urn",
    "urns",
    "coffee urn",
    "coffee urns",
    "airpots",
    "drip machine",
    "drip machines",
    "drip brewer",
    "drip maker",
    "filter machine",
    "filter machines",
    "filter coffee machine",
    "coffee maker",
    "coffee makers",
    "coffee machine",
    "coffee machines",
    "bean-to-cup",
    "bean to cup",
    "bean-to-cup machine",
    "super-automatic",
    "superautomatic",
    "instant coffee",
    "percolator",
    "mr coffee",
    "batch brewer",
    "batch brewers",
    "coffee pot",
    "coffee pots",
    "glass pot",
    "drip pot",
)
_POD = r"(?:" + alternation(POD_FORMATS) + r")\b"
_FORMATS = r"(?:" + alternation(POD_FORMATS + OTHER_FORMATS) + r")"
_FORMAT = _FORMATS + r"\b"
# a format in use: "the lounges all have keurigs", "we use a nespresso", "currently on pods",
# "our urn", "the pods cost a fortune" (pods, capsules and urns are never our products, so
# "the pods" are the visitor's)
FORMAT_IN_USE = re.compile(
    r"\b(?:have|has|had|got|use|uses|using|used|run|runs|on|rely\s+on|stuck\s+with"
    r"|(?<!can\s)(?<!could\s)(?<!would\s)(?<!should\s)(?<!do\s)(?<!if\s)(?<!may\s)"
    r"we\s+(?:currently\s+)?(?:rent|lease)|we'?re\s+(?:renting|leasing)|we\s+are\s+(?:renting|leasing)"
    r"|currently|still|right\s+now|at\s+the\s+moment|for\s+now)\s+(?:all\s+)?"
    # "right now it's those pod machines": the format said to be what runs now
    r"(?:(?:it'?s|its|it\s+is|there'?s|there\s+are)\s+)?"
    r"(?:a\s+|an\s+|the\s+|our\s+|their\s+|some\s+|just\s+"
    r"|only\s+|cheap\s+|old\s+|basic\s+|those\s+|these\s+|all\s+)*(?:(?!(?:no|not|never)\s)[\w-]+\s+)?"
    + _FORMAT
    + r"|\b(?:our|their)\s+(?:[\w-]+\s+)?"
    + _FORMAT
    + r"|\bthe\s+(?:"
    + alternation((*POD_FORMATS, "urn", "urns"))
    + r")\b(?!\s+(?:you|u)\b)"
    + r"|\b"
    + _POD
    + r"\s+(?:now|currently|right\s+now|at\s+the\s+moment|today)\b",
    re.I,
)
_GEAR = r"(?:machines?|brewers?|grinders?|coffee|beans|suppliers?|roasters?|setup|set-up)\b"
# what is replaced or switched from is served now: "replacing the keurigs", "switch from our
# roaster", "instead of the pod machine", "get rid of the old brewer", "upgrade from drip"
REPLACED = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|swap(?:ping)?\s+out|get(?:ting)?\s+rid\s+of|ditch(?:ing)?"
    r"|phas(?:e|ing)\s+out|instead\s+of|upgrad(?:e|ing)\s+from|switch(?:ing)?\s+(?:away\s+)?from"
    r"|mov(?:e|ing)\s+(?:away\s+)?from|tired\s+of|sick\s+of)\s+"
    r"(?:(?:the|our|their|all|those|these|them|its|my|current|existing|old|cheap|\d+|all\s+the)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:" + _FORMATS + r"|" + _GEAR + r")"
    r"|(?:[\w-]+\s+)?" + _FORMAT + r")",
    re.I,
)
# no coffee at all yet, however many sites: "zero coffee right now", "never sold coffee before",
# "no coffee on site", "we don't serve coffee currently"
NO_COFFEE_YET = re.compile(
    r"\b(?:zero|no)\s+coffee\s+(?:right\s+now|now|currently|at\s+the\s+moment|yet|at\s+all"
    r"|on\s+site|today|offer(?:ing)?|service)\b|\bzero\s+coffee\b"
    r"|\bnever\s+(?:sold|served|offered|had|done|made|poured)\s+(?:any\s+)?(?:real\s+|proper\s+)?"
    r"coffee\b"
    # coffee sold for the first time: "first time we'll sell coffee", "our first time serving
    # coffee" (coffee, not espresso: a café serving drip may pour its first espresso)
    r"|\bfirst\s+time\s+(?:(?:that\s+)?(?:we|i)(?:'ll|\s+will|'re|\s+are|'d|\s+would)?\s+"
    r"(?:be\s+|have\s+|ever\s+)?|ever\s+)?(?:sell|serv|offer|pour|brew)\w*\s+(?:any\s+)?"
    r"(?:real\s+|proper\s+|hot\s+)?coffee\b"
    # the coffee named first, then "it": "sell coffee, we've never served it"
    r"|\b(?:coffee|espresso)\b[^.!?]{0,60}?\b(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+never\s+"
    r"(?:sold|served|offered|done|made|poured)\s+(?:it|any)\b"
    r"|\b(?:don'?t|do\s+not|doesn'?t)\s+(?:serve|offer|sell|have|do)\s+(?:any\s+)?coffee\s+"
    r"(?:right\s+now|now|currently|at\s+the\s+moment|today)\b"
    # coffee said not to exist yet, in any words for it: "nothing coffee-wise exists yet", "no
    # coffee setup exists yet", "there's nothing coffee related yet"
    # (not a bare "no coffee yet": "10am and no coffee yet, the machine died" runs one)
    r"|\bnothing\s+(?:coffee|espresso)(?:[- ]?(?:wise|related|side))?\s+(?:[\w-]+\s+)?"
    r"(?:exists?|yet|so\s+far)\b"
    r"|\bno\s+(?:coffee|espresso)(?:[- ]?(?:wise|related|side))?\s+"
    r"(?:(?!(?:machines?|grinders?|brewers?|deliver\w*|orders?|shipments?|beans|bags?)\b)"
    r"[\w-]+\s+)?exists?\b",
    re.I,
)
# trades that do not serve coffee as a matter of course: a business of one is no coffee
# business by running it ("i own a bike shop"); offices, hotels and churches are left to the
# workplace rule (their staff and guests drink coffee already)
OTHER_TRADE = re.compile(
    r"\b(?:bike|bicycle|cycle|surf|ski|skate|hardware|thrift|vintage|record|flower|pet|toy"
    r"|furniture|tire|tyre|repair|auto|print|nail|tattoo|barber|phone|vape)\s+(?:shops?|stores?)\b"
    r"|\b(?:laundromats?|laundr(?:y|ies)|lavander[ií]as?|dry\s+cleaners?|car\s+washe?s?"
    r"|(?:car\s+|auto\s+)?dealerships?|showrooms?|gyms?|fitness\s+(?:centers?|centres?|clubs?"
    r"|studios?)|yoga\s+studios?|pilates\s+studios?|salons?|barbershops?|spas?|florists?"
    r"|bookstores?|bookshops?|co-?working(?:\s+spaces?)?|garages?|boutiques?|pharmac(?:y|ies)"
    r"|clinics?|dentists?|vets?|veterinar(?:y|ians?)|galler(?:y|ies)|garden\s+cent(?:er|re)s?"
    # a practice's waiting room: "a dental office", "my chiropractic practice"
    r"|(?:dental|dentist'?s?|doctor'?s?|medical|chiropract\w*|physio\w*|optometr\w*|orthodont\w*"
    r"|vet'?s?|veterinary|pediatric|paediatric)\s+(?:offices?|practices?|clinics?)"
    r"|nurser(?:y|ies)|climbing\s+gyms?|bowling\s+alleys?|arcades?)\b",
    re.I,
)


#: A part of a business where its guests or staff wait or take a break ("waiting room").
_ROOMS = (
    r"waiting\s+(?:rooms?|areas?)|lobb(?:y|ies)|reception|front\s+desk|break\s+rooms?"
    r"|staff\s+rooms?"
)
#: The visitor's own place an ask is for ("for a car dealership waiting room", "in my salon",
#: "at our bike shop", "for the lobby"): a preposition and a determiner, at most two describing
#: words, then a trade or a venue (and the room of it) or a room alone.
OWN_PLACE = re.compile(
    r"\b(?:for|in|at)\s+(?:a|an|my|our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:" + OTHER_TRADE.pattern + "|" + LOCATION_NOUNS + r")(?:\s+(?:" + _ROOMS + r"))?"
    r"|(?:" + _ROOMS + r"))\b",
    re.I,
)


# "no keurig", "without pods", "do you have a coffee machine", "have you got pods"; a wish is
# no format in use either ("we'd love to have a batch brewer")
DENIED_OR_ASKED = re.compile(
    r"\b(?:no|not|without|never|don'?t|doesn'?t|you|u)\s*(?:\w+\s*)?$"
    r"|\b(?:(?:want|wants|like|love|need|needs|plan|planning|hope|hoping|going)\s+to|wanna"
    r"|gonna)\s*$",
    re.I,
)


# coffee running out where it is served: "about 2 days of espresso left", "running low on beans"
RUNNING_LOW = re.compile(
    r"\b(?:\d+|a|one|two|three|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?)\s+(?:worth\s+)?of"
    r"\s+(?:coffee|espresso|beans|stock)\s+left\b"
    r"|\brun(?:ning)?\s+(?:low\s+on|out\s+of)\s+(?:coffee|espresso|beans)\b",
    re.I,
)
# the coffee wanted framed as the first worth the name, whatever is poured now: "boss wants
# proper coffee" (over instant), "real coffee instead of pods", "never had real coffee before"
FIRST_REAL = re.compile(
    r"\b(?:want|need|like|ask|asking|get|have|offer|serve|start)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:real|proper|decent|actual)\s+(?:espresso|coffee)\b(?!\s+(?:beans|suppliers?|roasters?))"
    r"|\bnever\s+had\s+(?:any\s+)?(?:real|proper|decent|good)\s+coffee\b",
    re.I,
)


# coffee poured now from a format or bought in from a shop: "we give clients coffee from a pod
# machine", "our lobby coffee is a glass pot", "we're buying supermarket beans"
POURED_FROM = re.compile(
    r"\b(?:give|gives|giving|serve|serves|serving|offer|offers|offering|make|makes|making|pour"
    r"|pours|pouring)\s+(?:\w+\s+){0,2}?coffee\s+(?:out\s+of|from)\s+(?:a|an|the|our|some)\s+"
    r"(?:[\w-]+\s+)?"
    + _FORMAT
    + r"|\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?coffee\s+(?:is|comes\s+from)"
    r"\s+(?:a|an|the|from\s+an?)\s+(?:[\w-]+\s+)?"
    + _FORMAT
    + r"|\bwe(?:'re|\s+are)?\s+(?:currently\s+|still\s+|just\s+)?"
    r"(?:buy|buying|use|using|get|getting)\s+(?:\w+\s+)?(?:supermarket|grocery"
    r"(?:[- ]store)?|store[- ]bought|costco|walmart|amazon)\s+(?:beans|coffee)\b",
    re.I,
)


# espresso brought in for every event: "renting espresso machines every event is killing our
# margins", "we hire a coffee cart for each wedding": a coffee service run now, on hired gear
# (not asked or supposed: "can we rent an espresso machine for every event?")
RENTED_PER_EVENT = re.compile(
    r"\b(?:rent|rents|renting|rented|hire|hires|hiring|hired)\s+"
    r"(?:an?\s+|the\s+)?(?:espresso|coffee)\s+(?:machines?|carts?|bars?|setups?|set-ups?|gear"
    r"|equipment)\s+(?:for\s+|at\s+)?(?:every|each|all\s+(?:our|the))\s+(?:[\w-]+\s+)?"
    r"(?:events?|weddings?|gigs?|jobs?|shows?|bookings?|festivals?|functions?)\b",
    re.I,
)
_ASKED_OR_SUPPOSED = re.compile(
    r"\b(?:can|could|would|might|should|if|do|does|to)\s+(?:(?:we|i|you|u)\s+)?$", re.I
)


def _rents_per_event(text: str) -> bool:
    """Gear hired for every event now, not asked about or supposed."""
    return any(
        not _ASKED_OR_SUPPOSED.search(text[: m.start()]) for m in RENTED_PER_EVENT.finditer(text)
    )


def serves_coffee_now(text: str) -> bool:
    """The message says coffee is served now in some format, or is being replaced, and does not
    frame what it wants as its first real coffee."""
    if FIRST_REAL.search(text):
        return False
    found = _in_use(text) or REPLACED.search(text) or RUNNING_LOW.search(text)
    return bool(found or POURED_FROM.search(text) or _rents_per_event(text))


def _in_use(text: str) -> bool:
    """A coffee format in use, not one denied ("no keurig", "without pods")."""
    for found in FORMAT_IN_USE.finditer(text):
        before = text[max(0, found.start() - 16) : found.start()].lower()
        if not DENIED_OR_ASKED.search(before):
            return True
    return False


def no_coffee_yet(text: str) -> bool:
    """The business says it has no coffee at all yet."""
    return NO_COFFEE_YET.search(text) is not None


def other_trade(text: str) -> bool:
    """The words name a trade that does not serve coffee as a matter of course."""
    return OTHER_TRADE.search(text) is not None
