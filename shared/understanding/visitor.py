"""The visitor type one message states: a new coffee programme, a running business, or none.

Two grammars name the business (the flow rules of :mod:`shared.conversation.signals` and the
venue grammar of :mod:`shared.understanding.entities.business`); this module weighs what they
find, a class of phrasings at a time:

- a running business expanding (a second site, espresso added to a bakery, a restaurant or a
  diner, which serve coffee already) stays an existing business: what sales needs is what an
  owner needs; a business that starts serving coffee (a bookstore's coffee counter, a juice
  bar whose "customers keep asking for coffee", a taproom "adding nitro cold brew") is a new
  coffee programme, unless it says it serves coffee already or presents itself by its tenure
  or its several sites ("2 boba tea shops since 2019"), where an owner's questions fit
  (``docs/decisions/new-coffee-programme.md``);
- tenure ("since 2015", "already 11 years", "owner of ...") is a running business; so is one
  closing, sold or cancelling its service with us (``commitment.leaves_business``);
- a visitor with no business: one who says so ("i dont have a cafe"), a someday dream, a
  student's project, a neighbour who wants to walk in, a tourist ("on vacation", "a souvenir"),
  coffee for home or a gift, a single bag ("can you sell me one bag?").
"""

from __future__ import annotations

import re

from shared.conversation import signals
from shared.conversation.kinds import CustomerType
from shared.understanding.coffee_service import no_coffee_yet, other_trade, serves_coffee_now
from shared.understanding.commitment import leaves_business
from shared.understanding.entities.business import (
    EXISTING_RE,
    NEW_RE,
    VENUES,
    read_business,
    tenure,
)
from shared.understanding.entities.business import HOME_RE as HOME_WORDS
from shared.understanding.entities.quantities import running_sites
from shared.understanding.lexicon import (
    COUNT_WORDS,
    KIN,
    LOCATION_NOUNS,
    NEXT_SITE_AFTER,
    alternation,
    number_words,
)
from shared.understanding.represented import represented_venue

# venues that serve coffee as a matter of course: espresso added there grows a coffee business.
# A bakery or a restaurant is not one ("a bakery adding an espresso bar", "ein Restaurant ...
# möchten Espresso anbieten" start serving coffee): it stays existing only when it says it
# serves coffee already or presents its tenure or its sites.
COFFEE_VENUE = re.compile(
    r"caf[eé]|coffee|espresso|bistro|diner|deli\b|donut"
    r"|cafeteria|canteen|roaster|truck|cart|kiosk|drive",
    re.I,
)
_DRINK = r"(?:coffee|espresso|lattes?|cappuccinos?|cold\s+brew|drip)"
# a coffee service run already: "we run coffee at festivals", "we do the coffee for events"
COFFEE_SERVICE = re.compile(
    r"\bwe\s+(?:run|do|handle|cater|serve)\s+(?:the\s+)?coffee\s+(?:at|for|service|bars?|carts?)\b",
    re.I,
)
EXPANSION = re.compile(
    r"\b(?:second|2nd|third|3rd|another|one\s+more)\s+(?:[\w'-]+\s+)?(?:location|spot|shop"
    r"|site|store|branch|caf[eé]|place|outpost|unit|one|cart|truck|kiosk|stand|van|trailer"
    r"|stall)\b"
    r"|\badd(?:ing)?\s+(?:an?\s+)?(?:nitro\s+|iced\s+)?(?:" + _DRINK + r"|machine|grinder)"
    # the ordinal alone after an opening: "got two cafes, opening a third in march"
    # (not a date: "we open the 3rd week of march")
    r"|\bopen(?:ing)?\s+(?:a|our|the)\s+(?:second|2nd|third|3rd|fourth|4th|fifth|5th)"
    + NEXT_SITE_AFTER
    # the ordinal opening: "two bakeries in LA and a third opening in August"
    + r"|\b(?:a|our|the)\s+(?:second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:one\s+)?"
    r"(?:opening|opens|launching|coming)\b",
    re.I,
)
# a further way to sell from a running business: "we're adding a drive-thru window"
ADDS_OUTLET = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?:an?\s+|a\s+second\s+)?(?:drive[- ]?thr(?:u|ough)|walk[- ]?up"
    r"|pick[- ]?up|takeaway|take[- ]?out)(?:\s+(?:window|lane|counter))?\b",
    re.I,
)
# a venue being made: "turning part of the lobby into a café", "planning 2 cafes in reno",
# "a coffee bar that opens june 1st" (the venue grammar reads "opening a café", not these)
MAKES_VENUE = re.compile(
    r"\b(?:turn|convert|transform|mak)(?:s|ed|ing|e)?\s+(?:[\w'-]+\s+){1,9}?into\s+(?:a|an)\s+"
    r"(?:[\w-]+\s*(?:[+&/]|and)?\s*){0,3}?(?:" + VENUES + r")\b"
    r"|\bplan(?:s|ned|ning)?\s+(?:a|an|\d|" + alternation(COUNT_WORDS) + r")\s+(?:new\s+)?"
    r"(?:[\w-]+\s+)?(?:" + VENUES + r")\b"
    r"|\b(?:" + VENUES + r")\s+(?:that|which)\s+(?:opens|will\s+open|is\s+opening)\b",
    re.I,
)
# the hour a running business opens its doors, not an opening: "we open in 40 min"
DAILY_OPENING = re.compile(
    r"\bopen(?:s|ing)?\s+(?:in|within)\s+(?:\d+|an?|half\s+an|a\s+few|\w+)\s+"
    r"(?:min(?:ute)?s?|hours?|hrs?)\b|\bopen(?:s)?\s+at\s+\d",
    re.I,
)
# a customer of ours by a past order: "we ordered 40 lb of riverbend", "we bought 2 grinders"
PAST_ORDER = re.compile(
    r"\bwe\s+(?:just\s+|recently\s+)?(?:ordered|bought|purchased|received)\s+(?:\d+|"
    + alternation(COUNT_WORDS)
    + r")\s*(?:lbs?|pounds?|kg|kilos?|bags|cases|boxes|grinders|machines)\b"
    # gear bought from us: "we bought a Lumen 2 group and Atlas 75 from you last year"
    r"|\b(?:we|i)\s+(?:bought|purchased|got|ordered|leased)\s+(?:[\w-]+\s+){0,5}?(?:machines?"
    r"|grinders?|brewers?|\d[\s-]*groups?|equipment)\b(?:\s+[\w-]+){0,4}?\s+from\s+"
    r"(?:you|u|y'?all|your\s+(?:company|team|shop))\b",
    re.I,
)
# a business that serves no coffee yet starting to: "customers keep asking for coffee", "never
# done espresso before", "adding nitro cold brew on one of our taps", "start selling coffee"
STARTS_COFFEE = re.compile(
    r"\b(?:customers?|people|ppl|guests|folks|regulars|clients|members|patrons|visitors|staff"
    r"|students|attendees|parents|riders|employees)\s+(?:\w+\s+)?(?:keep\s+|are\s+"
    r"|always\s+|(?:have|has|had)\s+been\s+)?ask(?:s|ing)?\s+(?:us\s+)?(?:for|about)\s+(?:[\w-]+\s+){0,2}?(?:coffee|espresso)\b"
    r"|\bnever\s+(?:done|sold|served|made|offered|had)\s+(?:any\s+)?" + _DRINK + r"\b"
    # the drink named first, then a pronoun: "sell coffee, we've never served it"
    r"|\b(?:serv|sell|offer|do|mak)\w*\s+(?:\w+\s+)?" + _DRINK + r"\b[^.?!]{0,30}\bnever\s+"
    r"(?:done|sold|served|made|offered|had)\s+(?:it|that|any)\b"
    # "adding a little coffee window for summer" (a surf shop)
    r"|\badd(?:ing)?\s+(?:a\s+|an\s+|some\s+)?(?:lil\s+|little\s+|small\s+|tiny\s+|mini\s+)?"
    r"(?:nitro\s+|iced\s+|hot\s+)?" + _DRINK + r"\b"
    r"|\b(?:start|begin)(?:ning|ing)?\s+(?:to\s+)?(?:serv|sell|offer|mak)\w*\s+" + _DRINK + r"\b"
    # "we'd like to offer espresso", "want to start serving coffee"
    # a word-for-word gloss drops the "to": "quiero ofrecer café" -> "I want offer coffee"
    r"|\b(?:want|like|plan(?:ning)?|hop(?:e|ing)|looking|should|ought\s+to)\s+(?:to\s+)?"
    r"(?:start\s+(?:to\s+)?)?"
    r"(?:serv|sell|offer)\w*\s+(?:\w+\s+)?" + _DRINK + r"\b"
    # the same with the verb last, as a German gloss reads: "would like to espresso offer"
    r"|\b(?:want|like)\s+to\s+(?:\w+\s+)?" + _DRINK + r"\s+(?:serv|sell|offer)\w*"
    # a machine put into a space of a business that has none: "want to put an espresso machine
    # in the breakfast room", "an espresso machine for the customer lounge"
    r"|\b(?:put|get|install|add|want|need|looking\s+for)\w*\s+(?:in\s+)?(?:an?\s+)?(?:espresso|coffee)"
    r"\s+(?:machine|bar|counter|station)\s+(?:in|into|for|at)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lounge|lobby|room|front\s+desk|reception|hall|foyer|atrium|showroom|waiting\s+area)\b"
    # a coffee point of its own wanted: "I've wanted a little coffee bar in the front window",
    # "thinking of a small espresso counter by the register"
    r"|\b(?:want(?:s|ed)?|dream\w*\s+of|thinking\s+(?:of|about)|plan\w*|hop(?:e|ing)|like)\s+"
    r"(?:to\s+(?:open|add|start|do|have|set\s+up|put\s+in|run|try)\s+|(?:doing|adding|opening"
    r"|starting|setting\s+up|putting\s+in)\s+)?(?:a|an)\s+(?:lil\s+|little\s+|small\s+|real\s+"
    r"|proper\s+|tiny\s+|mini\s+)?(?:coffee|espresso)\s+(?:bar|counter|corner|nook|station|cart"
    r"|stand|kiosk|booth)\b"
    # real coffee where there is none worth the name: "want real espresso at each site"
    r"|\b(?:want|need|like)\w*\s+(?:to\s+(?:have|offer|serve|get)\s+)?(?:some\s+)?(?:real|proper"
    r"|decent|actual)\s+(?:espresso|coffee)\b(?!\s+(?:beans|suppliers?|roasters?))"
    # the first machine: "buying our first espresso machine", "our first proper grinder"
    r"|\b(?:our|my|a|the)\s+(?:very\s+)?first\s+(?:[\w-]+\s+){0,2}?(?:machine|espresso|grinder"
    r"|coffee\s+(?:bar|counter|program|service))\b",
    re.I,
)
# a venue won or leased, not yet open: "we got the lease for a kiosk at the airport", "signed
# a lease on a spot downtown", "won the bid for the stadium coffee stand"
LEASED_VENUE = re.compile(
    r"\b(?:got|signed|secured|landed|won|getting|signing)\s+(?:the|a|our)\s+(?:lease|contract|bid"
    r"|concession|permit|spot|space)\s+(?:for|on|at|to\s+run)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + VENUES + r"|spot|space|unit|counter|stand|booth)\b",
    re.I,
)
# the business serves coffee already: "we already do drip coffee", "we just do drip coffee"
SERVES_COFFEE = re.compile(
    r"\b(?:already|just|currently|mostly|only|also)\s+(?:do|serve|sell|make|offer|pour|brew)(?:e?s)?\s+"
    r"(?:\w+\s+){0,2}?" + _DRINK + r"\b|\bcurrent\s+(?:supplier|roaster|coffee|beans)\b"
    # the same said after the drink: "all serving espresso already", "we do drip already"
    r"|\b(?:serv|sell|pour|brew|offer|do|mak)(?:e|es|ing)?\s+(?:\w+\s+){0,2}?"
    + _DRINK
    + r"\s+already\b"
    r"|\bwe\s+(?:serve|sell|pour|brew)\s+(?:[\w-]+\s+){0,3}?" + _DRINK + r"\b"
    # served for a while now: "for the last few summers i have served a little coffee"
    r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:always\s+)?(?:been\s+)?(?:served|serving|sold|selling|poured"
    r"|pouring)\s+(?:[\w-]+\s+){0,3}?" + _DRINK + r"\b"
    # the same as a thing the business does, its drink right after the verb: "we've been doing
    # coffee mornings at both taprooms for two years", "we've been running espresso since 2019"
    r"|\b(?:i|we)(?:'ve|\s+have)\s+(?:always\s+)?been\s+(?:doing|running|offering|making|brewing"
    r"|pulling)\s+(?:(?:the|our|a|some)\s+)?" + _DRINK + r"\b"
    # a coffee point the business has run a while: "a lobby espresso bar we've run for years"
    r"|\b(?:caf[eé]|coffee\s+(?:bar|shop|counter|corner|cart|stand|kiosk)|espresso\s+(?:bar"
    r"|counter|cart|stand))s?\s+(?:that\s+|which\s+)?(?:we|i)(?:'ve|\s+have)\s+(?:run|had|operated"
    r"|owned|kept)\b(?!\s+in\s+mind)"
    r"|"
    + COFFEE_SERVICE.pattern
    + r"|\b(?:existing|current)\s+(?:espresso|coffee)\s+(?:service|bars?|program|machines?)\b"
    # coffee made now on a pod machine: "Right now it's a pod thing, embarrassing"
    r"|\b(?:right\s+now|currently|at\s+the\s+moment|for\s+now)\s+(?:it'?s|its|we\s+(?:use|have"
    r"|do|run))\s+(?:an?\s+)?(?:pods?|capsules?|nespresso|keurig)\b"
    # a group whose every site has its café: "each one has a lobby café running a mix of machines"
    # (or "with" one: "three properties, each with a lobby espresso bar")
    r"|\b(?:each|every)\s+(?:(?:one|property|hotel|site|location|store|branch|club|campus)\s+)?"
    r"(?:has|with)\s+(?:an?|its\s+own)\s+(?:[\w-]+\s+)?(?:caf[eé]|coffee\s+(?:bar|shop|counter"
    r"|corner)|espresso\s+(?:bar|counter))\b"
    # the business's own coffee told by what it does now, whatever the trade: "our espresso
    # mostly ends up poured over gelato", "our espresso counter does 40 drinks a day", "our
    # coffee is just drip from a pot" (not "our coffee will be", "our coffee has to be organic")
    r"|\bour\s+(?:espresso|coffee|drip)(?:\s+(?:counter|bar|side))?\s+(?:(?:mostly|usually"
    r"|always|currently|now|already)\s+(?:[\w-]+\s+)?(?:is|are|ends|goes|gets|sells|does|comes"
    r"|runs)|ends\s+up|goes\s+(?:into|over|out)|sells|does\s+(?:\d+|about|maybe|around)|tastes"
    r"|runs\s+out|is\s+just|is\s+only)\b",
    re.I,
)


def _sites(before: str, counts: str) -> re.Pattern[str]:
    """Two or more sites of a venue after ``before``: a count (``counts`` or a count word of
    two or more), up to two words, the venue ("3 coffee shops", "two small bakeries")."""
    several = alternation(w for w, n in COUNT_WORDS.items() if n >= 2)
    return re.compile(
        before + r"(?:" + counts + "|" + several + r")\s+(?:[\w-]+\s+){0,2}?(?:" + VENUES + r")\b",
        re.I,
    )


SEVERAL_SITES = _sites(r"\b", r"[2-9]|\d{2,}|several|multiple")
# sites of a venue the visitor has now: "got two cafes", "we run 3 coffee shops", "with two
# bakeries already"
HAS_SITES = _sites(r"\b(?:have|got|run|own|operate|with)\s+", r"[2-9]")


# a coffee venue run now: "i do a coffee stall at the farmers market", "we run an espresso cart",
# "she runs the Bluebird coffee cart", or typed on a phone without its subject: "do u ship to
# canada? run a coffee van around whistler"
RUNS_COFFEE_VENUE = re.compile(
    # or a department of theirs: "our dining services runs two campus coffee counters"
    r"(?:\b(?:i|we|he|she|they|services|department|team)\s+|(?:^|(?<=[.!?;,])|(?<=[.!?;,]\s))\s*)"
    r"(?:do|run|runs|have|has|operate"
    r"|operates|work|works)\s+(?:a|an|our|my|the|his|her|their|[2-9]|"
    + number_words(2, 9)
    + r")\s+"
    r"(?:[\w-]+\s+)?(?:coffee|espresso)\s+(?:stall|stand|cart|truck|booth|bar|kiosk|trailer|van"
    r"|counter)s?\b",
    re.I,
)
NO_BUSINESS = re.compile(
    r"\b(?:don'?t|do\s+not|doesn'?t)\s+(?:have|own|run)\s+(?:a|an|any)\s+(?:caf[eé]|coffee"
    r"\s+shop|shop|business|restaurant|store)\b|\bnot\s+(?:a|an)\s+(?:business|caf[eé]"
    r"|company)\b|\bno\s+business\b|\bnot\s+opening\s+(?:a|an|another|any)\b"
    r"|\bnot\s+(?:for\s+)?(?:a|my)\s+business\b",
    re.I,
)
# the business named as another kind than a café, which it still is: "office not a cafe",
# "we're a hotel, not a café", "a deli really, not a cafe"
# the room a workplace serves its staff coffee in: "a school staff room", "our break room"
STAFF_ROOMS = (
    r"staff\s*rooms?|break\s*rooms?|staff\s+(?:kitchens?|lounges?)|teachers'?\s+(?:lounges?|rooms?)"
    r"|lunch\s*rooms?"
)
OTHER_KIND_NOT_CAFE = re.compile(
    r"\b(?:" + LOCATION_NOUNS + "|" + STAFF_ROOMS + r")\b[\s,]+(?:[\w'-]+\s+){0,2}?not\s+(?:a|an)"
    r"\s+caf[eé]\b",
    re.I,
)
DREAM = re.compile(
    r"\b(?:some\s*day|one\s+day|(?:years?|yrs?)\s+from\s+now|daydream\w*|pipe\s+dream"
    r"|no\s+real\s+plans?|no\s+plans?\s+(?:yet|right\s+now))\b",
    re.I,
)
# coursework: "writing a paper for my supply chain class", "an essay for a marketing course",
# "a case study for my operations class",
# "a business plan for my entrepreneurship class", "its just for class lol"
COURSEWORK = re.compile(
    r"\b(?:paper|essay|report|assignment|project|thesis|presentation|plan|case\s+study)\s+"
    r"(?:for|in)\s+"
    r"(?:my|a|our)\s+(?:[\w-]+\s+){0,3}?(?:class|course|seminar|module|professor|degree)\b"
    r"|\b(?:just|only)\s+for\s+(?:(?:my|a)\s+)?(?:class|course|coursework|homework|assignment)\b",
    re.I,
)
# a private celebration the coffee is for, the visitor's own or their family's: "getting
# married in august", "our backyard reception", "my daughter's wedding", "a family reunion"
# (not a caterer's trade: "our wedding clients", "our wedding season", "we have a wedding sunday")
_KIN = KIN + r"(?:'|’)?s?"  # "my daughter's", "my kids", "my fiancée’s"
CELEBRATIONS = (
    r"wedding|birthday|bday|engagement\s+party|graduation\s+party|grad\s+party|baby\s+shower"
    r"|bridal\s+shower|bachelorette|hen\s+(?:do|party)|christening|baptism|bar\s+mitzvah"
    r"|bat\s+mitzvah|quincea\w+|housewarming"
)
"""A private celebration, as a regex alternation ("wedding", "baby shower")."""
PRIVATE_EVENT = re.compile(
    r"\bgetting\s+married\b|\bour\s+big\s+day\b"
    r"|\b(?:my|our)\s+(?:own\s+|" + _KIN + r"\s+)?(?:" + CELEBRATIONS + r")\b"
    r"(?!\s+(?:clients?|customers?|business|season|packages?|gigs?|venues?|barn|hall|company"
    r"|events|bookings?|work|jobs?|catering|menu|trade|industry))"
    r"|\bbackyard\s+(?:wedding|reception|party|bbq|barbecue)\b|\bfamily\s+reunion\b",
    re.I,
)
# a machine bought for a relative's home or birthday: "I want to get him a real espresso machine
# for his kitchen", "a birthday present for my mom" (not "for his café")
HOME_GIFT = re.compile(
    r"\b(?:get|buy|gift|surprise)\s+(?:him|her|my\s+" + KIN + r")\s+(?:[\w-]+\s+){0,5}?"
    r"for\s+(?:his|her|their)\s+(?:kitchen|house|home|apartment|flat|birthday|retirement)\b"
    r"|\b(?:birthday|christmas|retirement|anniversary)\s+(?:gift|present)\s+for\s+(?:my|our)\s+"
    + KIN
    + r"\b",
    re.I,
)
COMMUNITY_EVENT = re.compile(
    # a community's one gathering, organised by one of its members: "organising our parish
    # harvest supper", "the school's bake sale", "our club's fundraiser night"
    r"\b(?:our|the|a)\s+(?:parish|church|school|club|community|village|neighbou?rhood|street"
    r"|block|charity|pta|scouts?|congregation|chapel|temple|synagogue|mosque)(?:'?s)?\s+"
    r"(?:[\w-]+\s+)?(?:supper|dinner|fundraiser|f[eê]te|bazaar|potluck|bake\s+sale|picnic|social"
    r"|fair|gala|party|luncheon|raffle|auction|jumble\s+sale|festival|quiz\s+night)\b"
    # the gathering a committee or club holds: "each July the committee holds a summer fête"
    r"|\b(?:committee|club|society|association|guild|parish|congregation|institute)\s+"
    r"(?:holds|is\s+holding|will\s+hold|organi[sz]es|hosts|puts\s+on|runs)\s+(?:a|an|its|our"
    r"|their|the)\s+(?:[\w-]+\s+){0,2}?(?:supper|dinner|fundraiser|f[eê]te|fete|bazaar|potluck"
    r"|bake\s+sale|picnic|social|fair|gala|luncheon|jumble\s+sale|festival|quiz\s+night)\b",
    re.I,
)
# a trade that works such gatherings: "we cater the school fundraiser every year"
WORKS_EVENTS = re.compile(
    r"\b(?:we|i)\s+(?:cater|catered|supply|supplied|do\s+the\s+(?:catering|coffee|food))\b"
    r"|\bcaterers?\b|\bcatering\s+(?:company|business)\b",
    re.I,
)


# a relative's birthday and a thing given for it, said over sentences: "My grandson ... His
# birthday is on the 9th and I should like to give him something he will use"
RELATIVE = re.compile(r"\b(?:my|our)\s+" + KIN + r"\b", re.I)
RELATIVE_OCCASION = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:birthday|christmas|graduation|retirement)\b",
    re.I,
)
GIVEN_TO = re.compile(r"\b(?:give|buy|get|gift)\s+(?:it\s+(?:to|for)\s+)?(?:him|her|them)\b", re.I)


def _relative_gift(text: str) -> bool:
    """A present for a relative's occasion: the relative, the occasion and the giving named."""
    return all(p.search(text) for p in (RELATIVE, RELATIVE_OCCASION, GIVEN_TO))


def _private_event(text: str) -> bool:
    """Coffee for a private celebration, or for a community's one gathering that the visitor
    organises (not a trade that caters such gatherings)."""
    community = COMMUNITY_EVENT.search(text) is not None and WORKS_EVENTS.search(text) is None
    return community or PRIVATE_EVENT.search(text) is not None


PRIVATE = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?student\b"
    r"|\b(?:my|a)\s+(?:thesis|dissertation|school\s+project|class\s+project|research\s+project)\b"
    # coursework named by its school: "a uni project on ...", "my college paper about ..."
    r"|\b(?:uni|university|college|school|class|course|homework|undergrad|grad|student)\s+"
    r"(?:project|paper|essay|assignment|report|presentation|research)\b"
    # writing about the trade, not buying in it: "writing a paper on fair trade", "doing an
    # essay about roasting"
    r"|\b(?:writing|doing|researching|working\s+on)\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:paper|essay|thesis|dissertation|article|assignment|coursework|case\s+study)\s+"
    r"(?:on|about|into)\b"
    # a degree being studied for: "doing my master's at uni", "studying for a PhD", "I'm at uni"
    r"|\b(?:doing|studying\s+for|working\s+towards?)\s+(?:my|a)\s+(?:master'?s|masters|phd"
    r"|doctorate|degree|bachelor'?s)\b|\b(?:i'?m|i\s+am)\s+(?:still\s+)?at\s+uni\b"
    r"|\bi\s+live\s+(?:near|nearby|close|around|a\s+few\s+blocks|down\s+the\s+(?:street|road))\b"
    r"|\bon\s+(?:vacation|holiday|holidays)\b|\bvacationing\b|\bsouvenirs?\b|\btourists?\b"
    # a fan of someone else's café ("my friend works at a café that uses your coffee") or one
    # who drops by to look around ("can i pop by the roastery to look around?")
    r"|\bmy\s+(?:buddy|roommate|" + _KIN + r")\s+(?:works|worked|is\s+a\s+barista)\s+"
    r"(?:at|in|for)\b"
    r"|\b(?:pop|stop|drop|swing|come)\s+(?:by|in|over|round)\b[^.?!]{0,50}?\bto\s+(?:just\s+)?"
    r"(?:look|poke|wander|nose)\s+around\b"
    # a volunteer gathering facts for a committee that decides: "I volunteer at St. Anne's"
    r"|\bi\s+(?:volunteer|am\s+a\s+volunteer|'m\s+a\s+volunteer)\s+(?:at|for|with)\b"
    r"|\b(?:sell|buy|get|order)\s+(?:me\s+|us\s+)?(?:just\s+|only\s+)?(?:a|one|1|a\s+single)\s+"
    r"(?:little\s+|small\s+|single\s+)?(?:bag|pound|lb|packet|package)\b",
    re.I,
)


VENUE_NOUN = re.compile(
    r"\b(coffee\s+(?:shop|cart|truck|trailer|bar|kiosk|stand|counter|spot)|espresso\s+bar"
    r"|food\s+truck|drive[- ]?thr(?:u|ough)|(?:boba|bubble)\s+tea\s+shop|tea\s+shop"
    r"|donut\s+shop|juice\s+bar|taproom|brewery"
    r"|caf[eé]|cafeteria|bakery|restaurant|bistro|diner|deli|hotel|office|church|library"
    r"|bookstore|roastery|kiosk|cart|truck|trailer|stand)s?\b",
    re.I,
)


def venue_of(text: str, customer_type: CustomerType | None = None) -> str | None:
    """The kind of venue the message names, singular ("2 cafes" -> "café"), or None. For a new
    café, only the venue being opened counts ("adding a lobby coffee bar" at a hotel), and a
    business starting to serve coffee opens a "coffee program"."""
    if customer_type is CustomerType.NEW_CAFE:
        openings: tuple[re.Match[str] | None, ...] = (
            signals.NEW_CAFE_RE.search(text),
            NEW_RE.search(text),
            MAKES_VENUE.search(text),
        )
        if not any(openings) and _starts_coffee(text):
            return "coffee program"  # a taproom adding cold brew opens no café
        if not any(openings) and _equips_mobile_venue(text):
            openings = (VENUE_NOUN.search(text),)  # "running a coffee cart, need a machine"
        # "turning our juice bar into a juice + coffee spot" opens what follows "into"
        text = " ".join(text[_made_from(m) : m.end() + 30] for m in openings if m)
    found = VENUE_NOUN.search(text)
    if found is None:
        return None
    noun = re.sub(r"\s+", " ", found.group(1).lower())
    return "café" if noun in ("cafe", "café") else noun


def _made_from(match: re.Match[str]) -> int:
    """Where the venue opened is named in an opening's words: after "into" when a business is
    turned into another, else the opening's start."""
    into = re.search(r"\binto\b", match.group(0), re.I)
    return match.start() + into.end() if into else match.start()


# a business with no coffee at all yet: "starting from zero", "until now we have no coffee
# offer at all", "we don't serve any coffee yet"; a coffee programme from nothing, whatever
# else the business is or how many sites it has
FROM_NOTHING = re.compile(
    r"\bstart(?:ing)?\s+from\s+(?:zero|scratch|nothing)\b"
    r"|\b(?:have|had|offer|serve|and|with)\s+no\s+(?:coffee|espresso)(?:\s+(?:offer|service|program))?"
    r"(?:\s+at\s+all|\s+yet)?\b(?!\s+(?:machine|grinder))"
    r"|\b(?:don'?t|do\s+not)\s+(?:serve|offer|sell|have)\s+(?:any\s+)?coffee\s+(?:at\s+all|yet)\b",
    re.I,
)
FIRST_TIMER = re.compile(
    # a first-timer: "I've never opened a café before", "we have never run a coffee shop" (not a
    # further site: "never opened a second café")
    r"\b(?:never|not\s+ever|haven'?t\s+ever|have\s+not\s+ever)\s+(?:opened|run|ran|owned|operated"
    r"|managed|started)\s+(?:a|an|my\s+own|our\s+own)\s+(?!(?:second|2nd|third|3rd|another|new)\b)"
    r"(?:[\w-]+\s+)?(?:caf[eé]|coffee\s+(?:shop|bar|business|cart|truck)|espresso\s+bar)\b",
    re.I,
)


# a venue's opening supposed, not decided, to the end of its clause: "not counting the one we
# might open in april", "if we ever open a second", "thinking of opening another one" (coffee
# added, even supposed, is still a business starting coffee: "a juice bar thinking of adding
# coffee" is new)
SUPPOSED_OPENING = re.compile(
    r"\b(?:(?:might|may|could|would|possibly|maybe|perhaps)\s+(?:\w+\s+)?"
    r"|if\s+(?:we|i)\s+(?:\w+\s+)?|thinking\s+(?:of|about)\s+|toying\s+with\s+)"
    r"(?:open|launch)\w*\b[^.!?;,]*",
    re.I,
)
# a business's present evidence said in a clause about something else, negated or supposed:
# "we're not on any plan" (a service plan is for gear a business runs), "does our old machine
# count for anything", "we paid 9k for our current machine"
RUNS_NOW = re.compile(
    r"\bwe(?:'re|\s+are|\s+aren'?t)\s+(?:not\s+)?(?:yet\s+)?on\s+(?:a|any|your|the)\s+"
    r"(?:[\w-]+\s+)?(?:service\s+|maintenance\s+)?plan\b"
    r"|\bour\s+(?:old|current|existing|present)\s+(?:espresso\s+|coffee\s+)?(?:machines?"
    r"|grinders?|brewers?)\b",
    re.I,
)
# no hot drinks served at all, so no coffee yet: "we don't do hot drinks. at all."
NO_HOT_DRINKS = re.compile(
    r"\b(?:don'?t|do\s+not|never)\s+(?:do|serve|sell|offer|have|make)\s+(?:any\s+)?hot\s+"
    r"(?:drinks|beverages|bevs)\b",
    re.I,
)


# a venue noun joined to the word before it: "a roaster-café", "a bakery-café" (read as two words)
JOINED_VENUE = re.compile(
    r"(?<=[a-z])-(?=(?:caf[eé]|coffee\s+shop|espresso\s+bar|bakery|bistro)\b)", re.I
)
# a coffee business the visitor no longer runs, said in the past: "I sold my café last year
# (ran it 8 years)", "I used to own a coffee shop", "former café owner", "we closed the cafe
# in 2019"; the clause is no running business (``docs/decisions/pains-told-and-combined.md``)
FORMER_VENUE = re.compile(
    # sold or closed for good ("closed the shop at 6" is the hour; "sold our first café" leaves
    # others running)
    r"\b(?:(?:i|we)\s+)?(?:(?:sold|gave\s+up|retired\s+from|walked\s+away\s+from)\s+(?:my|our|the)"
    r"|(?:closed|shut)\s+(?:down\s+)?(?:my|our|the))\s+(?!(?:first|oldest|original|other)\b)"
    r"(?:[\w'-]+\s+){0,2}?(?:caf[eé]|coffee\s+(?:shop|cart|truck|bar)|espresso\s+bar|shop"
    r"|bakery|roastery|business)\b(?!\s+for\s+(?!good\b))"
    r"(?=\s+(?:last|in\s+(?:19|20)\d\d|a\s+while|(?:[\w-]+\s+){0,3}?(?:years?|months?)\b"
    r"|for\s+good|permanently|back\s+in)\b|\s*\((?:ran|had|owned)\s+it\b)"
    r"(?:\s+(?:last|in|a|\d|two|three|few|years?|ago|back|while|for|good|permanently)\b[^.!?;,(]*)?"
    r"(?:\s*\((?:ran|had|owned)\s+it\s+[^)]*\))?"
    r"|\b(?:i|we)\s+used\s+to\s+(?:own|run|have)\s+(?:a|an|my|our)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:caf[eé]|coffee\s+(?:shop|cart|truck|bar)|espresso\s+bar|shop|bakery|roastery)\b"
    r"|\b(?:former|ex-?|retired)\s+(?:caf[eé]|coffee\s+shop|shop|bakery|roastery)\s+owner\b",
    re.I,
)
# a closed café taken over by new owners, to open again (not trading yet): "took over the
# lease on a closed-down café, reopening under a new name in 6 weeks", "we bought a shuttered
# coffee shop and relaunch it in spring"
TAKEN_OVER = re.compile(
    r"\b(?:took|taken|taking|take)\s+over\b|\b(?:bought|buying|acquired|leased|got\s+the\s+keys"
    r"\s+to)\s+(?:a|an|the|this)\s+(?:[\w'-]+\s+){0,2}?(?:closed|shuttered|empty|vacant|former|old)\b"
    r"|\bclosed[- ]down\b|\bshuttered\b",
    re.I,
)
# (a running café closed a while opens again "after the renovation": no takeover)
REOPENS = re.compile(
    r"\bre-?(?:open|opens|opening|launch|launching|launches)\b"
    r"(?!\s+(?:after|once|when|following))",
    re.I,
)


def _runs_sites_now(text: str) -> bool:
    """Whether the message counts sites the visitor trades at now beside the ones it names
    ("... the kiosk that opens next month. Two running right now"): a running business."""
    return running_sites(text) is not None


# the speaker revising what they just said of the business: "We're opening a café... well,
# technically we've been open since March", "we're a new café, or rather we reopen ..."
TYPE_REPAIR = re.compile(
    r"(?:\.\.+|…|[,;:]|\s[-–—])\s*(?:well|actually|wait|sorry|or\s+rather|i\s+mean|correction)"
    r"\b[\s,:]*(?:(?:technically|really|to\s+be\s+(?:fair|honest|exact))\b[\s,:]*)?"
    r"(?!(?:and|but|so|plus|also)\b)",
    re.I,
)


# a further venue opened beside the one run: "another one", "a second café", "a new cafe across
# town", "#3"
FURTHER_VENUE = re.compile(
    r"\b(?:another|second|2nd|third|3rd|fourth|4th|next|new|one\s+more)\s+(?:[\w-]+\s+)?"
    r"(?:one|" + VENUES + r"|sites?|spots?|locations?|places?|branch(?:es)?|outlets?|units?)\b"
    r"|#\d",
    re.I,
)


def _repaired_type(text: str) -> CustomerType | None:
    """The type stated after the message's last repair of itself, when it states one and the
    words before it state another: the revision wins (``docs/decisions/
    revisions-across-turns-s33.md``); None when nothing is revised."""
    repairs = list(TYPE_REPAIR.finditer(text))
    if not repairs:
        return None
    last = repairs[-1]
    tail = text[last.end() :]
    if FURTHER_VENUE.search(re.split(r"[.!?;]", tail)[0]):
        return None  # "open 3 years, actually we're opening a second café": the business grows
    after, before = visitor_type(tail), visitor_type(text[: last.start()])
    return after if after is not None and before not in (None, after) else None


def visitor_type(text: str) -> CustomerType | None:
    """The type the (normalised) message states, or None when it states none. An opening only
    supposed ("the one we might open in april") does not outweigh a running business stated
    beside it ("we have 4 shops"); a business run in the past is none now; a closed café
    taken over to open again is a café being opened; a type the visitor revises in the same
    message is the revised one."""
    text = JOINED_VENUE.sub(" ", text)
    revised = _repaired_type(text)
    if revised is not None:
        return revised
    if TAKEN_OVER.search(text) and REOPENS.search(text):
        return CustomerType.NEW_CAFE
    if FORMER_VENUE.search(text):  # what the rest says; buying for home, a private buyer
        now = visitor_type(FORMER_VENUE.sub(" ", text))
        home = HOME_WORDS.search(text) is not None
        return CustomerType.CASUAL_BROWSER if home and now is not CustomerType.NEW_CAFE else now
    if _runs_sites_now(text) and not HOME_WORDS.search(text):
        return CustomerType.EXISTING_CAFE  # "... opens next month. Two running right now"
    decided = SUPPOSED_OPENING.sub(" ", text)
    if decided != text and _stated_type(decided) is CustomerType.EXISTING_CAFE:
        return CustomerType.EXISTING_CAFE
    return _stated_type(text)


def _stated_type(text: str) -> CustomerType | None:
    """The type the message states, read as it is."""
    no_business = NO_BUSINESS.search(OTHER_KIND_NOT_CAFE.sub(" ", text))
    if DREAM.search(text) or no_business or COURSEWORK.search(text):
        return CustomerType.CASUAL_BROWSER
    home = HOME_WORDS.search(text) is not None
    if leaves_business(text) and not home:
        return CustomerType.EXISTING_CAFE  # a business closing or cancelling runs one now
    if (FROM_NOTHING.search(text) or no_coffee_yet(text)) and not home:
        return CustomerType.NEW_CAFE
    if (
        FIRST_TIMER.search(text)
        and not home
        and not signals.EXISTING_CAFE_RE.search(FIRST_TIMER.sub(" ", text))
    ):
        return CustomerType.NEW_CAFE  # "I've never opened a café before": no running one
    text = DAILY_OPENING.sub(" ", text)
    flow = signals.customer_type(text)
    if flow is None and (HOME_GIFT.search(text) or _relative_gift(text)):
        flow = CustomerType.CASUAL_BROWSER  # a gift for a relative's kitchen: bought for a home
    business = read_business(text).phase
    if flow is CustomerType.EXISTING_CAFE and business == "home":
        flow = None  # "my espresso machine ... at home": a home's gear, no business's
    if _private_event(text) and flow is None and business is None:
        return CustomerType.CASUAL_BROWSER  # "an espresso bar at our backyard reception"
    opens = flow is CustomerType.NEW_CAFE or business == "new" or _makes_venue(text)
    served = serves_coffee_now(text) or SERVES_COFFEE.search(text) is not None
    if served and not home and not _opens_coffee_venue(text, opens):
        return CustomerType.EXISTING_CAFE  # keurigs in the lounges, an urn, a roaster replaced
    if NO_HOT_DRINKS.search(text) and not home:
        return CustomerType.NEW_CAFE  # "we don't do hot drinks. at all." serves no coffee yet
    new = opens or _starts_coffee(text) or _coffee_site_beside_other_trade(text)
    # "we run a diner and want to add espresso": the opening read first, the running business too
    running = business == "existing" or (business == "new" and EXISTING_RE.search(text) is not None)
    existing = flow is CustomerType.EXISTING_CAFE or running or _tenure(text) or _old_gear(text)
    if existing and _other_trade_only(text):
        existing = False  # "i own a bike shop": a business, not a coffee business
        new = new or OFFER_WISH.search(text) is not None  # "... and want to offer something"
    if ADDS_OUTLET.search(text) and not _starts_coffee(text):
        return CustomerType.EXISTING_CAFE  # a drive-thru window added opens no new café
    if new and (existing or HAS_SITES.search(text)) and _expands(text):
        return CustomerType.EXISTING_CAFE
    if opens and existing and _opens_beside_running(text):
        return CustomerType.EXISTING_CAFE  # "i manage 3 cafés ... opening #4 after new year"
    if _equips_mobile_venue(text):  # a cart buying its first machine, running or not yet
        return CustomerType.NEW_CAFE
    if new:
        return CustomerType.NEW_CAFE
    if existing:
        return CustomerType.EXISTING_CAFE
    if flow is CustomerType.CASUAL_BROWSER or business == "home" or PRIVATE.search(text):
        return CustomerType.CASUAL_BROWSER
    if PAST_ORDER.search(text) or WORKPLACE.search(text) or SERVES_COFFEE.search(text):
        return CustomerType.EXISTING_CAFE
    if RUNS_COFFEE_VENUE.search(text):
        return CustomerType.EXISTING_CAFE
    if _runs_equipment(text) or (RUNS_NOW.search(text) and not home):
        return CustomerType.EXISTING_CAFE
    if represented_venue(text) and not home:
        return CustomerType.EXISTING_CAFE  # "on behalf of the proprietor of the X, a café"
    return None


# coffee equipment a business runs now: "all with espresso machines", "the brewer we have"
OWNED_EQUIPMENT = re.compile(
    r"\b(?:all|both|each)\s+(?:\w+\s+)?with\s+(?:an?\s+|their\s+own\s+)?(?:espresso\s+)?"
    r"(?:machines?|grinders?|brewers?)\b"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?(?:machines?|grinders?|brewers?)\s+(?:we|i)\s+(?:have|own|use"
    r"|got|run)\b(?!\s+(?:ordered|picked|chosen|in\s+mind|to|for))",
    re.I,
)
# the business it runs in: a venue named, or its places ("three brunch places")
PLACES = re.compile(
    r"\b(?:places|locations|spots|sites|rooms?|studios|shops|stores|branches)\b", re.I
)


def _runs_equipment(text: str) -> bool:
    """Coffee equipment in use now at a business the message names (a venue or its places),
    not at home: a running business, whatever it is."""
    if not OWNED_EQUIPMENT.search(text) or re.search(r"\bat\s+home\b|\bmy\s+kitchen\b", text, re.I):
        return False
    return VENUE_NOUN.search(text) is not None or PLACES.search(text) is not None


# a workplace buying for its staff, a running business as sales treats it (as "i manage the
# office" already is): "office manager here", "about 60 people in the office", "for our staff"
WORKPLACE = re.compile(
    r"\b(?:office|facilities|workplace|community)\s+(?:manager|coordinator|admin\w*)\b"
    # a shared workspace run for its members: "Loom Cowork", "a coworking space"
    r"|\b(?:our|my|a|the|at)\s+co-?work(?:ing)?\s+(?:space|spot|office|hub)\b"
    r"|\bat\s+(?-i:[A-Z]\w+\s+Co-?work)\b"
    r"|\b(?:\d+|" + alternation(COUNT_WORDS) + r")[- ](?:people|persons?|employees|staff)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:in\s+(?:the|our)\s+office|company|firm|agency|office)\b"
    r"|\bfor\s+(?:our|the)\s+(?:office|staff|employees|break\s*room|staff\s+kitchen)\b"
    # the staff's own room at a workplace: "it's a school staff room", "our break room"
    r"|\b(?:a|an|our|the|my)\s+(?:[\w-]+\s+)?(?:" + STAFF_ROOMS + r")\b"
    # "I manage facilities for a law firm", "we're a 40-person design firm"
    r"|\bmanag\w*\s+(?:the\s+)?facilities\b|\b(?:law|accounting|architecture|design|tech"
    r"|software|consulting|insurance|engineering|marketing)\s+(?:firm|company|agency)\b"
    # hotels run as a group, whose guests take breakfast coffee: "a hotel group with 3
    # properties", "we manage four hotels"
    r"|\bhotel\s+(?:group|chain|company|management\s+company)\b"
    r"|\b(?:\d+|" + alternation(COUNT_WORDS) + r")\s+(?:[\w-]+\s+)?hotels\b",
    re.I,
)


# a mobile venue being equipped: "running a coffee cart at farmers markets, need a machine
# that runs off a normal plug" asks for the machine the cart starts with; one that names its
# own gear or a replacement ("our cart's machine died", "upgrading the truck's grinder") runs
# on gear it has (``docs/decisions/new-coffee-programme.md``)
MOBILE_VENUE = re.compile(r"\b(?:carts?|trucks?|trailers?|kiosks?|stands?|pop[- ]?ups?)\b", re.I)
NEEDS_MACHINE = re.compile(
    r"\b(?:need|needs|want|looking\s+for|after|any)\s+(?:an?\s+)?(?:(?:small|little|compact|basic"
    r"|simple|good|decent|reliable)\s+)?(?:espresso\s+|coffee\s+)?(?:machine|setup|set-up|rig)\b",
    re.I,
)
# gear of its own named ("our cart's machine", "my old grinder") or a replacement; "my coffee
# cart" names the venue, not gear it has
REPLACING = re.compile(
    r"\b(?:our|my|current|currently|old|existing)\s+(?:[\w'-]+\s+){0,2}?(?:machines?|grinders?"
    r"|gear|setup|set-up|rig|brewers?)\b"
    r"|\b(?:replace\w*|upgrad\w*|new\s+machine|another|second|died|broke\w*|dead)\b",
    re.I,
)


# an opening of the visitor's own, apart from the business they work in: "i manage 3 cafes
# for a chain, now opening my own"
OWN_OPENING = re.compile(r"\b(?:my|our)\s+own\b|\bfor\s+myself\b", re.I)


def _opens_beside_running(text: str) -> bool:
    """A coffee business running now (by its tenure or its several sites: "running a coffee
    truck for 2 yrs", "i manage 3 cafés") that opens a further venue, not one of the
    visitor's own apart from it: the running business grows, its owner's questions fit."""
    run = EXISTING_RE.search(text)  # a venue run, by its verb ("planning 2 cafes" runs none)
    said = run.group(0) if run else ""
    if not (_tenure(text) or _several_coffee_sites(said)) or OWN_OPENING.search(text):
        return False
    return _coffee_venue(said)


def _equips_mobile_venue(text: str) -> bool:
    """A cart, truck, kiosk or stand asking for the machine it starts with, naming no gear of
    its own and no replacement."""
    if SERVES_COFFEE.search(text) or _tenure(text):
        return False  # "we already pour drip from the cart, need a machine": running
    return bool(
        MOBILE_VENUE.search(text) and NEEDS_MACHINE.search(text) and not REPLACING.search(text)
    )


# a market venue being started: "doing a popup at the night market", "getting a stall in the
# food hall", "setting up a booth at the fair" (one run for years says so: "our stall ... since")
STARTS_STALL = re.compile(
    r"\b(?:getting|got|doing|starting|opening|setting\s+up|launching|taking|renting|trying)\s+"
    r"(?:a|an|our\s+first|my\s+first)\s+(?:[\w-]+\s+){0,2}?(?:pop[- ]?up|stall|booth)s?\b",
    re.I,
)


def _makes_venue(text: str) -> bool:
    """A venue being made (or leased, or a stall started) that the venue grammar does not read."""
    made = MAKES_VENUE.search(text) or LEASED_VENUE.search(text)
    return made is not None or (STARTS_STALL.search(text) is not None and not _tenure(text))


def _opens_coffee_venue(text: str, opens: bool) -> bool:
    """A coffee venue being opened (a café, a cart, a second site), which may name gear it
    replaces; a coffee corner or station added to another trade opens none."""
    if not opens:
        return False
    found = VENUE_NOUN.search(text)
    return found is not None and COFFEE_VENUE.search(found.group(0)) is not None


# a business of another trade wishing to offer its clients something, coffee the subject of the
# chat: "I run a yoga studio and want to offer something warm after class" (not "better coffee":
# what is bettered is poured now)
OFFER_WISH = re.compile(
    r"\b(?:want|wants|like|plan|planning|hope|hoping|looking|thinking\s+(?:of|about))\s+(?:to\s+)?"
    r"(?:start\s+)?(?:offer|offering|serv|serving|provid|providing|giv|giving)\w*\s+"
    r"(?![^.!?]{0,40}\b(?:better|nicer|improv\w*|upgrad\w*)\b)",
    re.I,
)


def _other_trade_only(text: str) -> bool:
    """The running business named is of a trade that serves no coffee as a matter of course
    (a bike shop, a laundromat, a gym), and nothing says it serves coffee now."""
    said = _venue_said(text)
    return bool(said) and other_trade(said) and not SERVES_COFFEE.search(text)


def _tenure(text: str) -> bool:
    return tenure(text) is not None


# gear the business has run for years: "we've had the same 2 group machine for 9 yrs"
OLD_GEAR = re.compile(
    r"\bwe(?:'ve|\s+have)\s+had\s+(?:the|our|this|that|an?)\s+(?:[\w-]+\s+){0,4}?(?:machines?"
    r"|grinders?|brewers?)\s+(?:for\s+)?(?:about\s+|almost\s+|over\s+|like\s+)?(?:\d+|a\s+few|many|"
    + alternation(COUNT_WORDS)
    + r")\s+(?:years?|yrs?)\b",
    re.I,
)


def _old_gear(text: str) -> bool:
    """Gear a business has run for years (a home's old machine is no business)."""
    return OLD_GEAR.search(text) is not None and HOME_WORDS.search(text) is None


def _established(text: str) -> bool:
    """The business presents itself as a running one: by its tenure or its several sites of a
    kind that might serve drinks (five gyms adding espresso establish no coffee business)."""
    return _tenure(text) or _several_coffee_sites(text)


def _starts_coffee(text: str) -> bool:
    """A business that serves no coffee yet starts to (and does not present itself as an
    operation of several sites): its years in another trade say nothing of its coffee (a
    caterer "for six years" whose clients ask for espresso starts a coffee programme)."""
    if not STARTS_COFFEE.search(text) or SERVES_COFFEE.search(text) or HOME_WORDS.search(text):
        return False  # "my first proper espresso machine for my kitchen" is a home's
    return not _several_coffee_sites(text) and not _coffee_venue(_venue_said(text))


# a truck, cart or stand named by the food it sells: "an açaí truck", "a taco cart", "a food
# truck" is no coffee venue
FOOD_MOBILE = re.compile(
    r"\b(?:food|taco|a[cç]a[ií]|hot\s*dog|ice\s*cream|gelato|juice|smoothie|crepe|burger|pizza"
    r"|noodle|bbq|barbecue|lemonade|shaved\s+ice|popcorn|pretzel|waffle|donut|kebab)\s+"
    r"(?:trucks?|carts?|stands?|trailers?|kiosks?|vans?)\b",
    re.I,
)


def _coffee_venue(said: str) -> bool:
    """The words naming the visitor's business name a coffee venue (a café, a coffee cart, a
    truck), not a truck or cart named by another food."""
    return bool(COFFEE_VENUE.search(FOOD_MOBILE.sub(" ", said)))


def _several_coffee_sites(text: str) -> bool:
    """Several sites of a business that might serve drinks (two boba shops, three bakeries):
    not three co-working spaces or four gyms, which start coffee however many they are."""
    return any(NON_FOOD.search(m.group(0)) is None for m in SEVERAL_SITES.finditer(text))


def _expands(text: str) -> bool:
    """A running business growing: a further site, or espresso added to a business that
    serves coffee already (a bakery, a restaurant, one that says so) or presents itself by its
    tenure or sites; not to a juice bar, a bookstore or a church starting to serve it."""
    grows = EXPANSION.search(text)
    if grows is None:
        return False
    if not grows.group(0).lower().startswith("add"):
        return not _coffee_site_beside_other_trade(text)
    if SERVES_COFFEE.search(text) or _established(text):
        return True
    return _coffee_venue(_venue_said(text)) and NON_FOOD.search(text) is None


# a further site that is for coffee: "fitting out a second trailer just for coffee", "another
# unit only for espresso", "a second coffee cart"
COFFEE_SITE = re.compile(
    r"\b(?:second|2nd|third|3rd|another|one\s+more)\s+(?:[\w-]+\s+)?(?:location|spot|shop|site"
    r"|store|branch|place|unit|cart|truck|kiosk|stand|van|trailer|stall)\s+(?:just\s+|only\s+"
    r"|purely\s+|mainly\s+|mostly\s+)?for\s+(?:coffee|espresso)\b"
    r"|\b(?:second|2nd|another|one\s+more)\s+(?:coffee|espresso)\s+(?:cart|truck|kiosk|stand"
    r"|van|trailer|stall|bar|counter|window)\b",
    re.I,
)


def _coffee_site_beside_other_trade(text: str) -> bool:
    """A further site for coffee beside a running business of another food or trade that
    serves none ("I've got a taco truck ... a second trailer just for coffee"): the coffee
    starts there, a new coffee programme, not a coffee business growing."""
    if COFFEE_SITE.search(text) is None or SERVES_COFFEE.search(text):
        return False
    said = _venue_said(text)
    return bool(said) and not _coffee_venue(said)


def _venue_said(text: str) -> str:
    """The words naming the business the visitor runs ("we have a cafe"), or ""."""
    found = (signals.EXISTING_CAFE_RE.search(text), EXISTING_RE.search(text))
    return " ".join(match.group(0) for match in found if match)


NON_FOOD = re.compile(
    r"\b(?:bookstore|book\s+shop|church|library|office|gym|salon|hotel|clinic|hospital"
    r"|co-?working|studio|dealership|showroom|florist|barbershop)s?\b",
    re.I,
)


# sites counted or ordered: "two locations", "the second one in Katy", "after the first one"
SITES_SAID = re.compile(
    r"\b(?:\d+|second|2nd|third|3rd|another|first|"
    + alternation(COUNT_WORDS)
    + r")\s+(?:[\w-]+\s+)?(?:"
    + VENUES
    + r"|sites?|branch(?:es)?|outlets?|ones?)\b",
    re.I,
)


def type_after(text: str, held: CustomerType | None) -> CustomerType | None:
    """The type a message states given the one held: a café being opened stays one when the
    message only counts its sites ("two locations actually, the second one six months after"),
    since a site count does not make an opening business a running one."""
    found = visitor_type(text)
    swapped = held is CustomerType.NEW_CAFE and found is CustomerType.EXISTING_CAFE
    if swapped and visitor_type(SITES_SAID.sub(" ", text)) is None:
        return None
    if swapped and OWNS_GEAR.search(text) and visitor_type(OWNS_GEAR.sub(" ", text)) is None:
        return None  # "scratch the grinder, we already have one": a new café may own gear
    if held is CustomerType.EXISTING_CAFE and found is CustomerType.NEW_CAFE and _grows(text):
        return None  # "if we bumped to 160 lb (adding cold brew)": the running business grows
    return found


def _grows(text: str) -> bool:
    """A running business's new drink, machine or site, with no opening of a venue of its own
    and no word that it has not opened yet: it stays a running business."""
    opens = signals.NEW_CAFE_RE.search(text) or NEW_RE.search(text) or _makes_venue(text)
    if opens and not (EXPANSION.search(text) or ADDS_GEAR.search(text)):
        return False
    grows = EXPANSION.search(text) or STARTS_COFFEE.search(text) or ADDS_GEAR.search(text)
    return bool(grows) and not NOT_OPEN_YET.search(text)


# gear the visitor has already, said of an item just named: "we already have one", "we already
# own a grinder" (a café being opened may bring gear of its own)
OWNS_GEAR = re.compile(
    r"\b(?:we|i)\s+already\s+(?:have|own|got|bought)\s+(?:one|it|them|that|those|(?:a|an|the|one"
    r"|two|\d+|our|my)\s+(?:[\w'-]+\s+){0,2}?(?:machines?|grinders?|brewers?|filters?"
    r"|kettles?))\b",
    re.I,
)


# gear added beside what runs: "add a second grinder for decaf", "adding another brewer"
ADDS_GEAR = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?:a\s+|an\s+|another\s+|a\s+second\s+|more\s+)(?:[\w-]+\s+)?"
    r"(?:machines?|grinders?|brewers?|groups?)\b",
    re.I,
)


# an opening still ahead, said by a visitor typed as running one: "we haven't opened yet"
NOT_OPEN_YET = re.compile(
    r"\b(?:haven'?t|have\s+not|not|never|didn'?t)\s+(?:(?:yet|even|actually)\s+)?(?:opened|open"
    r"|launched|started)\b(?!\s+(?:a|an|the|our|my)\b)|\bnot\s+open\s+yet\b|\bpre-?opening\b",
    re.I,
)
