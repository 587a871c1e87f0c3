"""Cue words of the soft fields: what marks equipment wanted, a coffee preference, a pain, a
support need, a quote, and what marks gear as owned, satisfied, dropped or only priced.

Word patterns are the right tool here: each is a closed class of English words and idioms
(other languages reach them through the gloss, :mod:`shared.understanding.gloss`). The field
extractors in :mod:`shared.conversation.fields` decide what to keep with them.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import MONTHS, SEASONS, alternation, number_words
from shared.understanding.quotes import QUOTE_NOUNS

EQUIPMENT_RE = re.compile(
    r"\b(?:espresso\s+machines?|machines?|grinders?|brewers?|batch\s+brew(?:ers?)?|filtration"
    r"|water\s+filters?|equipment|lumen|pico|atlas|batchpro|clarity|\d\s*-?\s*groups?"
    rf"|(?:{number_words(1, 3)})[\s-]+groups?|kettles?"
    # drip gear described, not named: "the drip machine", "the big coffee urn", "for the drip"
    r"|drip\s+(?:machines?|makers?|brewers?)|(?<!\bby\sthe\s)(?:coffee\s+)?urns?|percolators?"
    r"|(?<=for\s)the\s+drip(?!\s+coffee))\b",
    re.I,
)
NEED_RE = re.compile(
    r"\b(?:need|needs|want|looking\s+(?:for|at)|require|get|buy|buying|lease|leasing|replace"
    r"|upgrade|quote|quotes|proposal|pricing|estimate|order|ordering|thinking|considering"
    r"|interested\s+in|go\s+with|we'?ll\s+(?:do|take)|shortlist|(?:would|i'?d|we'?d)\s+like"
    # sizing what to buy: "would 2 grinders be enough for our 3 sites?"
    r"|(?:be|is|are)\s+(?:\w+\s+)?enough)\b",
    re.I,
)
# A question sizing the gear to buy names the items wanted ("would 2 grinders be enough?").
SIZING_RE = re.compile(r"\b(?:be|is|are)\s+(?:\w+\s+)?enough\b", re.I)
# Buying words that make a question about a named product a statement of interest ("how much
# the lumen 2 group. can i lease it").
BUYING_RE = re.compile(r"\b(?:lease|leasing|financ\w+|buy|purchase|order)\b", re.I)
# Gear the visitor already has or that broke is not gear they need ("our atlas 75 broke",
# "Lumen won't build steam pressure").
OWNED_RE = re.compile(
    r"\b(?:our|my|we\s+have|i\s+have|we'?ve\s+got|already|bought|got|had|broke\w*|died|dead"
    r"|stopped|leak\w*|current|currently|existing|from\s+you|won'?t|doesn'?t|isn'?t|not\s+working"
    r"|keeps?\s+\w+ing|kept\s+\w+ing|sold\s+(?:us|me)|noise|noisy|jamm\w*|restart\w*)\b",
    re.I,
)
# What the visitor makes do with now is no need ("right now it's a sad kettle and instant",
# "at the moment we use a drip brewer", "we're still using pods", "nothing but a kettle").
CURRENT_GEAR_RE = re.compile(
    r"\b(?:right\s+now|at\s+the\s+moment|for\s+now|today|these\s+days|currently)\s*,?\s+"
    r"(?:it'?s|its|it\s+is|we\s+(?:have|use|run|got)|we'?re\s+using|there'?s)\b"
    r"|\bwe\s+(?:still\s+)?use\b|\bwe'?re\s+(?:still\s+)?using\b"
    # all there is now: "no coffee service at the moment beyond a kettle", "nothing but a kettle"
    r"|\b(?:no|nothing|none)\b[^.!?]{0,50}?\b(?:beyond|except|besides|but|other\s+than"
    r"|apart\s+from|aside\s+from|save\s+for)\s+(?:an?|the|our|my|some|one)\b",
    re.I,
)
# "our"/"my" before places or people owns no gear: "would 2 grinders be enough for our 3 sites"
_PLACE_POSSESSIVE = re.compile(
    r"\b(?:our|my)\s+(?=(?:\d+\s+|[\w-]+\s+)?(?:sites?|locations?|shops?|caf[eé]s?|stores?"
    r"|spaces?|members?|staff|customers?|guests?|team|menu|office|building|kitchen|clients?"
    r"|residents?|students?|employees|people|counter|lobby|lounge|water|tap\s+water)\b)",
    re.I,
)


def owns_gear(text: str) -> bool:
    """The text speaks of gear the visitor has (its own, broken, or made do with now), not of
    places or people of theirs."""
    return bool(OWNED_RE.search(_PLACE_POSSESSIVE.sub(" ", text)) or CURRENT_GEAR_RE.search(text))


# A product named with its price is a remark on the price ("$3900 for the pico is a lot").
PRICED_RE = re.compile(r"\$\s?\d|\b\d{1,3},\d{3}\b|\b(?:price|prices|cost|costs|pricey)\b", re.I)
# Gear that serves well is not gear needed ("the machine at the other shop is fine").
SATISFIED_RE = re.compile(
    r"\b(?:is|are|'s|works?|working|runs?|running)\s+(?:\w+\s+)?(?:fine|ok|okay|great|well"
    r"|good)\b|\bno\s+complaints\b",
    re.I,
)
# A sentence that points back to the one before ("... can't answer a question about it").
ANAPHOR_RE = re.compile(r"\b(?:about|with|on|for)\s+(?:it|that|this|them)\s*[.!]?$", re.I)
# An item the visitor drops ("forget the 3 group", "no espresso") is not wanted.
DROPPED_RE = re.compile(
    r"\b(?:forget|not|no|skip|drop|instead\s+of|rather\s+than|cancel|without|scratch|remove"
    r"|minus|said|scrap|ditch|bin)\s+(?:\w+\s+)?$"
    # ruled out by a wanting denied: "we dont want a pod machine", "do not need any grinder"
    r"|\b(?:don'?t|dont|do\s+not|doesn'?t|never)\s+(?:really\s+)?(?:want|need)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# gear swapped out for another named after it: "replace vending machine coffee with batch
# brew", "ditching the pod machines for batch brew", "switching from pods to a grinder"
_REPLACING = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|swap(?:s|ped|ping)?(?:\s+out)?"
    r"|trad(?:e|ing)\s+in|get(?:ting)?\s+rid\s+of|(?:switch|mov)(?:e|es|ed|ing)?\s+(?:away\s+)?from"
    r"|phas(?:e|ing)\s+out|retir(?:e|ing))\s+(?:(?:the|our|my|all|those|these|them|of)\s+)*"
    r"(?:(?!with\b|for\b|to\b|by\b|into\b)[\w-]+\s+){0,2}$",
    re.I,
)
_BY_ANOTHER = re.compile(r"^(?:\s+[\w-]+){0,2}\s+(?:with|for|to|by|into)\s+\S", re.I)


def replaced_item(before: str, after: str) -> bool:
    """The item between ``before`` and ``after`` is what the visitor swaps out for another
    ("replace vending machine coffee with batch brew": the machine is what they have, the
    batch brew what they need)."""
    return bool(_REPLACING.search(before) and _BY_ANOTHER.match(after))


# another item than the one ordered came: "we ordered 20 lb of riverbend and got harbor
# instead", "ordered foundry, you shipped us sunrise instead", "the bags you sent by mistake"
SWAPPED_DELIVERY = (
    r"\bordered\b[^.!?]{0,80}?\b(?:got|received|(?:were|was)\s+sent|came|arrived|delivered"
    r"|(?:you|they)\s+(?:sent|shipped|delivered))\b[^.!?]{0,60}?\binstead\b"
    r"|\b(?:sent|shipped|delivered)\s+(?:us\s+|me\s+)?(?:by\s+mistake|in\s+error|by\s+accident)"
)
# an order gone wrong: the coffees it names were sent, not liked (the order, then what came in
# its place, included: "we ordered riverbend and got harbor instead")
WRONG_DELIVERY = (
    r"instead\s+of\b[^,.;!?]{0,60}\b(?:we|i)\s+(?:got|received|were\s+sent|was\s+sent)"
    r"|wrong\s+(?:blend|beans|coffee|order|bags?|delivery|items?|grind|roast)"
    r"|(?:sent|delivered|shipped)\s+(?:us\s+|me\s+)?the\s+wrong|" + SWAPPED_DELIVERY
)
WRONG_DELIVERY_RE = re.compile(WRONG_DELIVERY, re.I)
# a symptom a running shop describes: gear that spits, sputters or is worn out ("burrs are
# shot", "the gasket's toast"), a bag or part that split, tore or cracked ("two bags arrived
# split open", "a crack down the side"), shots that taste sour or run thin ("shots running 12
# seconds"); "split" alone is no damage ("we split orders between sites"), only one that
# opened or that something arrived in
SYMPTOM_CUES = (
    r"|spit(?:s|ting)\b|sputter\w*"
    r"|(?:is|are|'s|'re|were|was|been|look|looks)\s+(?:totally\s+|completely\s+|pretty\s+"
    r"|basically\s+|just\s+)?(?:shot|toast|fried|knackered|done\s+for|worn\s+down)\b"
    r"|split\s+(?:open|apart|at\s+the\s+seams?)|(?:arrived|came|showed\s+up|got\s+here)\s+"
    r"(?:all\s+|completely\s+)?(?:split|torn|ripped|burst|crushed|smashed|dented|cracked"
    r"|damaged|punctured|busted)"
    r"|(?:bags?|box|boxes|servers?|carafes?|jugs?|lids?)\s+(?:\w+\s+){0,2}?(?:split|tore|torn"
    r"|ripped|burst|cracked)\b|(?:has|have|got)\s+(?:a\s+)?cracks?\b"
    r"|(?<!not\s)sour(?!\s+cream)|(?:tast(?:es?|ing)|running|pulling)\s+(?:really\s+|super\s+|way\s+)?"
    r"(?:thin|watery|sour|off)\b"
    r"|shots?\s+(?:are\s+|is\s+)?(?:running|pulling|coming\s+out)\s+(?:in\s+)?(?:like\s+)?"
    r"(?:[5-9]|1\d)\s*(?:s|secs?|seconds)\b"
    # a noise made ("making a grinding metal noise") and a price hiked ("they want 30% more",
    # "raising the contract by 20%")
    r"|(?:making|makes|made)\s+(?:a|an|this|that|some)\s+(?:[\w-]+\s+){0,2}?(?:noises?|sounds?)"
    r"|(?:want|wants|wanting|charging|charge|asking|ask)\s+(?:for\s+)?(?:\d+\s*%|\d+\s+percent)"
    r"\s+more(?=\s*(?:[,.;!?]|$|\s(?:for|from|than|now|this|next|at|on)\b))"
    r"|(?:rais\w+|hik\w+|upp(?:ed|ing)|increas\w+)\s+(?:\w+\s+){0,3}?by\s+\d+\s*%"
)
# a drink one has never made or learns to make is a skill, not a taste: "neither of us has
# ever made a latte", "teach us how to pull a shot of espresso"
MADE_DRINK_RE = re.compile(
    r"\b(?:ever|never|how\s+to|learn(?:ing)?\s+to|teach\s+\w+\s+(?:how\s+)?to|can'?t|cannot"
    r"|couldn'?t)\s+(?:\w+\s+)?(?:made|make|pulled|pull|poured|pour|steamed|steam)\s+(?:a|an"
    r"|one|any|the|our|my|good|great|decent|proper)\s+(?:[\w-]+\s+){0,2}?(?:lattes?|cappuccinos?"
    r"|espressos?|shots?|flat\s+whites?|cortados?|macchiatos?|americanos?|mochas?)\b"
    r"(?:\s+of\s+[\w-]+)?",
    re.I,
)
_TOO_MUCH = (
    r"(?:nothing|not|never)\s+too\s+(?:bitter|strong|dark|acidic|sour|harsh|heavy|intense"
    r"|punchy|fancy|fruity|light)"
)
PREFERENCE_RE = re.compile(
    r"\b(?:espresso(?:\s+drinks?|\s+blend)?|lattes?|cappuccinos?|milk\s+drinks|drip|pour[- ]over"
    r"|filter\s+coffee|cold\s+brew|decaf|single[- ]origin|blends?|organic|fair\s+trade"
    r"|(?:light(?:er)?|medium|dark(?:er)?|medium[- ]dark)(?:\s+roasts?)?|roasts?|chocolat\w*"
    r"|fruity|nutty"
    r"|caramel|bright|bold|smooth|acid\w*|strong|mild|sweet|floral|robusta|arabica"
    r"|full[- ]bodied|medium[- ]bodied|creamy|balanced|low[- ]acid\w*|fruit[- ]forward"
    r"|macchiatos?|cortados?|flat\s+whites?|americanos?|mochas?|iced\s+(?:coffee|lattes?)"
    r"|ethiopia\w*|yirgacheffe|sidamo|colombia\w*|kenya\w*|brazil\w*|guatemala\w*|sumatra\w*"
    r"|peru\w*|rwanda\w*|honduras|hondura\w*|costa\s+rica\w*|mexic\w*|java|yemen\w*"
    r"|foundry|riverbend|night\s+shift|sunrise|harbor"
    # a taste kept away from: "nothing too bitter", "not too strong"
    r"|" + _TOO_MUCH + r")\b",
    re.I,
)
# one style cue is enough in a frame that states a taste or what will be served ("I'd like
# something chocolatey", "of something medium", "adding nitro cold brew", "we just do drip")
PREFERENCE_FRAME = re.compile(
    r"\b(?:something|anything|prefer\w*|(?:i|we)(?:'d|\s+would)?\s+(?:like|love|want)"
    r"|looking\s+for|fans?\s+of|lean(?:ing)?\s+(?:towards?|to))\s+(?:[\w-]+\s+){0,3}?(?:"
    r"(?:light|medium|dark|medium[- ]dark)(?:\s+roasts?)?|chocolat\w*|fruity|nutty|caramel"
    r"|bright|bold|smooth|strong|mild|sweet|floral|creamy|balanced|low[- ]acid\w*|decaf"
    r"|organic|single[- ]origin)\b"
    r"|\b" + _TOO_MUCH + r"\b"
    # a quality hedged as the likely need: "probably decaf since it's late", "ideally organic"
    r"|\b(?:probably|likely|ideally|preferably|definitely|mostly|mainly)\s+(?:some\s+)?(?:decaf"
    r"|organic|fair\s+trade|single[- ]origin|low[- ]acid\w*|(?:light|medium|dark)\s+roasts?)\b"
    # a roast level named as one: "lighter roasts", "a medium-dark roast"
    r"|\b(?:light(?:er)?|medium|dark(?:er)?|medium[- ]dark)[- ]roast(?:s|ed)?\b"
    # a quality required or welcome: "organic is a plus", "must be organic", "fair trade only"
    r"|\b(?:organic|fair\s+trade|single[- ]origin|decaf|low[- ]acid\w*|chocolat\w*|fruity"
    r"|nutty|smooth|strong|mild|sweet|bold)\s+(?:is|would\s+be)\s+(?:a\s+)?(?:big\s+|huge\s+"
    r"|real\s+)?(?:plus|must|bonus|priority|requirement|preferred|important|essential)\b"
    # a quality wished for: "organic would be nice", "decaf would be great too"
    r"|\b(?:organic|fair\s+trade|single[- ]origin|decaf|low[- ]acid\w*|chocolat\w*|fruity"
    r"|nutty|smooth|strong|mild|sweet|bold)\s+(?:would|'d)\s+be\s+(?:really\s+|very\s+)?"
    r"(?:nice|great|good|ideal|lovely|awesome|perfect)\b"
    r"|\b(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+be\s+(?:[\w-]+\s+){0,2}?(?:organic"
    r"|fair\s+trade|single[- ]origin|decaf|low[- ]acid\w*|chocolat\w*|fruity|nutty|smooth|strong"
    r"|mild|sweet|bold|(?:light|medium|dark)(?:\s+roast)?)\b"
    # the way of making coffee wanted: "we want drip not espresso", "we'd prefer pour over"
    r"|\b(?:we|i)(?:'d|\s+would|\s+just|\s+mostly|\s+only|\s+really)?\s+(?:want|need|prefer"
    r"|like|love|go\s+for)\s+(?:\w+\s+){0,2}?(?:drip(?:\s+coffee)?|pour[- ]overs?|filter\s+coffee"
    r"|cold\s+brew|decaf|espresso(?:\s+drinks)?|lattes?|batch\s+brew)\b"
    # what the business pours, said as all or most of it: "summer is all cold brew for us",
    # "its mostly lattes", "our menu is basically all espresso"
    r"|\b(?:is|'s|its|it\s+is|are)\s+(?:all|mostly|mainly|almost\s+all|nearly\s+all|basically"
    r"(?:\s+all)?|pretty\s+much(?:\s+all)?)\s+(?:drip(?:\s+coffee)?|pour[- ]overs?|filter\s+coffee"
    r"|cold\s+brew|decaf|espresso(?:\s+drinks)?|lattes?|batch\s+brew|iced\s+coffee)\b"
    # a coffee asked for on top: "and decaf for the older folks please", "plus cold brew too"
    r"|\b(?:and|also|plus)\s+(?:some\s+|a\s+)?(?:decaf|cold\s+brew|drip(?:\s+coffee)?"
    r"|pour[- ]overs?|organic|single[- ]origin|oat\s+milk\s+lattes?|iced\s+coffee)"
    r"\s+(?:for|please|pls|plz|too|as\s+well)\b"
    # what will be served, or what the visitor's customers ask for ("clients keep asking for
    # cold brew on tap")
    r"|\b(?:serv(?:e|ing)|sell(?:ing)?|add(?:ing)?|offer(?:ing)?|do|doing|pour(?:ing)?"
    r"|ask(?:s|ing)?\s+(?:us\s+)?for)\s+"
    r"(?:\w+\s+){0,2}?(?:nitro\s+)?(?:cold\s+brew|drip(?:\s+coffee)?|pour[- ]overs?"
    r"|iced\s+coffee|espresso\s+drinks)\b",
    re.I,
)
# a coffee asked for a way of brewing states that way as wanted: "is there a coffee for cold
# brew?", "which blend is best for filter?", "what beans do you recommend for espresso?"
COFFEE_FOR_METHOD = re.compile(
    r"(?:\b(?:coffee|blend|beans|roast)\s+(?:(?:is|would\s+be|works)\s+)?(?:(?:best|good|made"
    r"|ideal|right)\s+)?(?:(?:do\s+you\s+)?(?:have|recommend|suggest)\s+)?"
    # "what do you have for cold brew?" (of espresso or drip it may ask for a machine)
    r"|\bwhat\s+(?:do\s+you\s+(?:have|recommend|suggest)|would\s+you\s+(?:recommend|suggest)"
    r"|have\s+you\s+got)\s+(?=for\s+(?:our\s+|a\s+)?(?:cold\s+brew|iced\s+coffee)))"
    r"for\s+(?:our\s+|a\s+)?"
    r"(?P<method>cold\s+brew|filter(?:\s+coffee)?|drip(?:\s+coffee)?|pour[- ]overs?|espresso"
    r"|batch\s+brew|iced\s+coffee)\b",
    re.I,
)
# a coffee asked for at the top of a taste states that taste as wanted: "what is your darkest
# espresso?", "which is your most chocolatey blend?", "got anything fruitier?" (not the price:
# "your priciest coffee" asks a fact; nor a comparison of two: "which is the lighter roast,
# riverbend or sunrise?" asks which)
COFFEE_BY_TASTE = re.compile(
    r"\b(?:your|anything|something)\s+(?P<taste>(?:most\s+(?:chocolat\w*|fruity|nutty"
    r"|floral|balanced|intense))|darkest|darker|strongest|stronger|boldest|bolder|lightest"
    r"|lighter|fruitiest|fruitier|smoothest|smoother|sweetest|sweeter|mildest|milder"
    r"|brightest|brighter|nuttiest)\s+(?:espresso|coffee|blend|roast|beans|one|decaf)?\b",
    re.I,
)
# the visitor's customers' taste told as theirs: "my customers want strong, Italian style",
# "our guests like it dark", "people here expect something smooth"
CUSTOMERS_WANT = re.compile(
    r"\b(?:customers|clients|guests|patrons|regulars|members|people|folks|diners|staff)\s+"
    r"(?:here\s+)?(?:want|like|love|prefer|expect|ask\s+for|drink)\s+(?:it\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:light|medium|dark|medium[- ]dark)(?:\s+roasts?)?|chocolat\w*|fruity|nutty|bright"
    r"|bold|smooth|strong|mild|sweet|creamy|balanced|low[- ]acid\w*|decaf|organic)\b",
    re.I,
)
# a brewer asked for by what it does: "something that brews a lot of decent drip at once",
# "a machine to make filter coffee by the urn"; or the setup for drip asked ("just really good
# drip. whats the setup"); the catalog's batch brewer is the need
BREWS_DRIP = re.compile(
    r"\b(?:something|anything|one|a\s+machine|a\s+unit|equipment|gear|a\s+set[- ]?up)\s+"
    r"(?:that|which|to|for|that\s+can|which\s+can)\s+(?:brews?|makes?|does|brewing|making)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:drip|filter\s+coffee|batch\s+brew|pots?\s+of\s+coffee"
    r"|coffee\s+(?:in\s+(?:bulk|volume)|by\s+the\s+(?:pot|urn|litre|liter|gallon)))\b"
    # drip wanted by the quantity a brewer makes: "dont need espresso, just good drip in volume"
    # ("filter coffee in big quantity", "drip in large volumes")
    r"|\b(?:drip|filter\s+coffee|batch\s+brew)(?:\s+coffee)?\s+in\s+(?:(?:big|large|high)\s+)?"
    r"(?:bulk|volumes?|quantity|quantities|amounts)\b",
    re.I,
)
DRIP_SETUP = re.compile(
    r"\b(?:what'?s|whats|what\s+is|what\s+would\s+be|what\s+do\s+(?:i|we)\s+need\s+for)\s+"
    r"(?:the|a|your)?\s*(?:set[- ]?up|equipment|gear|kit)\b",
    re.I,
)
DRIP_ONLY = re.compile(
    r"\b(?:just|only|mostly|really\s+good|good|decent)\s+(?:really\s+good\s+)?(?:drip|filter"
    r"\s+coffee|batch\s+brew)\b",
    re.I,
)
PAIN_RE = re.compile(
    # "since it's late": the hour, not a delay
    # (a meal or a room is no breakage: "the breakfast buffet", "our break room")
    r"\b(?:break(?!fast|\s*rooms?\b)\w*|broke|broken|repairs?|slow|(?<!never\s)(?<!never\sbeen\s)(?<!not\s)"
    r"(?<!it's\s)(?<!it’s\s)(?<!its\s)(?<!it\sis\s)late"
    # "late april", "late in the year": a date, not a delay
    r"(?!\s+(?:in\s+the\s+)?(?:"
    + alternation([*MONTHS, *SEASONS])
    + r"|next|this|night|morning|afternoon|evening|\d))"
    r"|delays?|delayed|inconsistent|expensive"
    r"|costly|price\s+increases?|stale|unreliable|downtime|lose|losing|lost|problems?|issues?"
    r"|struggl\w*|frustrat\w*|complain\w*|poor|bad|unhappy|not\s+happy|leak\w*|fail\w*"
    # pressure a machine loses: "steam wand pressure is dropping", "low pressure"
    r"|(?:no|low|losing|lost)\s+(?:\w+\s+)?pressure|pressure\s+(?:(?:is|'s|keeps)\s+)?(?:drop\w*"
    r"|falling)"
    # an understatement: "the staff are, let's say, not thrilled", "not exactly impressed"
    r"|not\s+(?:exactly\s+|really\s+|too\s+|very\s+|that\s+|overly\s+)?(?:thrilled|impressed"
    r"|pleased|amused|delighted)"
    r"|quality|(?<!not\s)(?<!nothing\s)(?<!never\s)(?:bitter|burnt)|waste|short[- ]staffed"
    r"|too\s+long"
    # the speaker's own habit of mind is no business problem ("I keep forgetting Lake Oswego")
    r"|keeps?\s+(?!(?:asking|coming|growing|buying|ordering|requesting|getting\s+busier"
    r"|thinking|wondering|meaning|saying|hoping|mixing|reading|hearing"
    r"|forgetting\s+(?:that\s+)?(?:[\w'-]+\s+){1,5}?(?:opened|is|was|are|were|has|have"
    r"|exists?)\b)\b)\w+ing"
    r"|died|dies|dead|over[- ]?dos\w*|under[- ]?dos\w*"
    # someone who does not come when due: "our tech keeps no-showing", "he never shows up"
    r"|no[- ]?show(?:s|ing|ed)?\b(?!\s+(?:fees?|polic\w*|rates?))"
    r"|(?:never|doesn'?t|didn'?t|does\s+not|did\s+not|won'?t)\s+(?:even\s+)?show(?:s|ed)?\s+up\b"
    # a grinder or a brewer that runs on: "it doesn't stop at the target weight anymore"
    r"|(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+stop\s+at\s+(?:the\s+)?(?:target|set|right)\b"
    # "flat" tastes, a flat white is a drink and a flat fee a price
    # an old building is where a site is, no complaint: "the one in the old mill building"
    r"|dying|jamm\w*|clog\w*|ancient|outdated|flat(?![\s-]+(?:whites?|burrs?|fees?|rates?))"
    r"|old(?!\s+(?:[\w-]+\s+)?(?:building|mill|bank|church|chapel|garage|warehouse|post\s+office"
    r"|school(?:house)?|firehouse|fire\s+station|station|depot|factory|barn|storefront|town"
    r"|neighbou?rhood|quarter|district|theat(?:er|re)|cinema|library|hotel|courthouse"
    # the first of the visitor's sites: "decaf at the old shop and a 75 for the new one"
    r"|shop|store|caf[eé]|site|location|branch"
    # where the gear or the person came from: "my partner's Mazzer from his old job"
    r"|job|employer|boss|company|firm|gig|workplace|work|days|school|team|colleague|friend)s?\b)"
    r"|rais\w+\s+(?:the\s+)?prices?|shorts?|garbage|junk|trash|useless|awful|terrible"
    r"|outgr(?:own|owing|ew)|stopped\s+(?:working|heating|grinding|brewing|steaming|pumping"
    r"|dispensing|turning\s+on|powering\s+on)|(?:not|isn'?t|won'?t|doesn'?t|does\s+not|will\s+not)"
    r"\s+(?:heat(?:ing)?(?:\s+up)?|turn(?:ing)?\s+on|power(?:ing)?\s+on)\b|(?<!\bme\s)(?<!\bus\s)down(?!\s+(?:as|for|the\s+(?:street|road)))"
    r"|headaches?|drift\w*|re-?dial\w*|hassle|nightmare|annoy\w*"
    # staff who keep leaving, and a judgement that hurts: "turnover is brutal", "high staff
    # turnover" (not a business's "annual turnover of $2m")
    r"|brutal|(?:staff|employee|barista|high|constant|crazy|insane)\s+turnover"
    r"|turnover\s+(?:is|'s|has\s+been|was)\s+(?:\w+\s+)?(?:brutal|high|insane|crazy|rough|bad"
    r"|terrible|awful|killing|a\s+(?:nightmare|problem|killer))"
    # scale the water leaves in the gear: "tech said scale in the boiler again", "limescale"
    # (not a business's scale nor a weighing scale)
    r"|limescale|scal(?:e|ing)\s+(?:build[- ]?up\s+)?(?:in|on|inside)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:\w+\s+)?(?:boilers?|machines?|pipes?|group\s*heads?|elements?|wands?)\b"
    r"|scale\s+build[- ]?up"
    # the same scale in other words: "the machine make calcium inside", "lime deposits"
    r"|(?:calcium|lime|mineral)\s+(?:deposits?|build[- ]?up|inside)\b|calcif(?:ied|ying|ication)"
    r"|(?:boilers?|machines?)\s+(?:is\s+|are\s+|keeps?\s+)?(?:getting\s+)?scal(?:ed|ing)\b"
    # a cost or a chore that hurts, said as an idiom: "its killing us", "killing our margins"
    r"|killing\s+(?:us|me|our\s+\w+)"
    # harm done to gear: "hard water kills machines", "it wrecked our boiler", "ruins grinders"
    r"|(?:kill|ruin|wreck|destroy|eat)(?:s|ed|ing)?\s+(?:the\s+|our\s+|my\s+)?(?:\w+\s+)?"
    r"(?:machines?|grinders?|brewers?|boilers?|equipment|gear)\b"
    # wear parts gone through: "we've replaced two boiler elements this year", "burnt out
    # another heating element", "went through three pumps"
    r"|(?:replac(?:ed|ing)|gone\s+through|went\s+through|burn(?:ed|t)\s+(?:out|through))\s+"
    r"(?:(?:a|an|the|two|three|four|\d+|another|several|multiple|our)\s+)?(?:[\w-]+\s+)?"
    r"(?:elements?|pumps?|gaskets?|solenoids?|heat(?:ing)?\s+exchangers?|thermostats?|heaters?)"
    r"|can'?t\s+keep\s+up|cannot\s+keep\s+up|not\s+consistent|too\s+slow"
    # what the gear cannot hold steady: "our grinder can't keep shots consistent", "we struggle
    # to get the grind dialed in" (not the general "you can't keep shots consistent without ...")
    r"|(?<!\byou\s)(?:can'?t|cannot|can\s+not|couldn'?t|unable\s+to|struggl\w*\s+to|(?<!not\s)(?<!never\s)hard\s+to"
    r"|impossible\s+to)\s+(?:seem\s+to\s+)?(?:keep|get|hold|make)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:consistent(?:ly)?|steady|stable|dial(?:l)?ed\s+in)"
    # gear the business has outgrown: "our machine works still but is too small", "the grinder
    # is way too small now" (a room too small for a machine is the room's size, no pain)
    r"|(?<!space\s)(?<!place\s)(?<!room\s)(?<!kitchen\s)(?<!counter\s)(?<!spot\s)(?<!kiosk\s)"
    r"\b(?:is|are|was|were|'s|'re|got|getting)\s+(?:way\s+|much\s+|far\s+|a\s+bit\s+"
    r"|a\s+little\s+)?too\s+(?:small|little)\b"
    r"|dinosaurs?|on\s+(?:its|their)\s+last\s+legs|past\s+(?:its|their)\s+prime|worn(?:\s+out)?"
    r"|falling\s+apart|all\s+over\s+the\s+place|hit[- ](?:or|and)[- ]miss|spotty|unpredictable"
    r"|(?:never|rarely|not)\s+on\s+time"
    # a fault on the display ("the display says weight error"), a setup that cannot cope ("its
    # not keeping up"), gear everyone dislikes ("a crappy pod machine, everyone hates it")
    r"|(?:says|shows|showing|displays?|flash(?:es|ing)?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:errors?|e\d{1,3})|error\s+(?:codes?|messages?)"
    r"|(?:not|isn'?t|aren'?t|wasn'?t)\s+keeping\s+up|crappy|(?<!\bi\s)hates?\s+(?:it|them)\b"
    r"|(?:can'?t|cannot|unable\s+to|won'?t|never)\s+(?:answer|tell|explain|deliver|fix|respond"
    r"|show\s+up)"
    r"|loud|leaks?|noisy|overpriced"
    # coffee kept hot for hours, and clients owed better: "a glass pot that sits on a burner
    # all day", "it's fine, clients deserve better"
    r"|sits?\s+on\s+(?:a|the)\s+(?:burner|hot\s*plate|warmer)|deserves?\s+better"
    # a fault seen, scale, an order gone wrong: "group head's been dripping", "shots running
    # way too fast", "the boiler has much limescale", "our delivery is wrong" (hard water alone
    # is a condition, not yet a pain; a wrong email is a correction, not a wrong order)
    r"|dripp\w*|(?:way\s+)?too\s+fast|limescale|scale\s*build[- ]?up"
    r"|(?:order|delivery|shipment|box|bags?|beans|blend|grind)\b[^.!?]{0,30}?\b(?:is|was|were"
    r"|came|arrived)\s+(?:all\s+)?wrong|" + WRONG_DELIVERY + r""
    # a provider judged: "the maintenance guy we use is flaky", "our tech is a no-show"
    r"|flak(?:y|ey)|hopeless|rude|sloppy|careless|no[- ]shows?|ghost(?:s|ed|ing)"
    r"|(?:never|rarely|doesn'?t|don'?t)\s+(?:shows?|turns?)\s+up"
    # a price or a wait judged in passing: "pricey + 2 weeks to get here"
    r"|pric(?:e)?y|\d+\s+(?:days?|weeks?)\s+to\s+(?:get\s+here|arrive|show\s+up|turn\s+up)"
    # a machine that quit: "just stopped mid rush", "motor hums but nothing grinds"
    r"|(?:just|suddenly|completely)\s+(?:stopped|quit|died)"
    r"|(?:nothing|won'?t|doesn'?t|isn'?t|(?:is|are|was)\s+not|no\s+longer)\s+(?:grind|brew|pull"
    r"|steam|heat"
    r"|pump|dispens|start)\w*"
    r"|(?:doesn'?t|won'?t|isn'?t|stopped|is\s+not)\s+work(?:ing|s)?\b(?!\s+(?:with|for|out|together))"
    r"|motor\s+hums|hums\s+but"
    # a price that hurts: "prices went up", "the pods cost a fortune"
    r"|prices?\s+(?:(?:have|has|just|keep|kept)\s+)?(?:went|gone|going|go|goes|jumped|doubled"
    r"|rose|risen|increased|climbed|creeping|crept)\b"
    r"|costs?\s+(?:us\s+)?(?:a\s+)?(?:fortune|ton|bomb|arm\s+and\s+a\s+leg|small\s+fortune)"
    # an order gone wrong: "instead of Foundry we got Harbor", "sent the wrong blend"
    r"|" + WRONG_DELIVERY + r"|no\s+(?:use|good)\s+to\s+(?:us|me)"
    # a taste compared to something no one drinks: "our decaf tastes like cardboard"
    r"|tast(?:es?|ing)\s+like\s+(?:cardboard|dirt|ash\w*|mud|dishwater|tar|rubber|paper"
    r"|nothing|garbage|trash|burnt\s+\w+|socks)"
    # a charge disputed: "got charged the $18 delivery fee", "we were double charged"
    r"|(?:got|been|were|was)\s+(?:double\s+|wrongly\s+|also\s+)?charged|overcharg\w*"
    r"|charged\s+twice|billed\s+twice"
    # a wait longer than promised: "take a full week", "we were told 3 days"
    r"|(?:take|takes|took|taking)\s+(?:a\s+)?(?:full|whole|over\s+a|more\s+than\s+a)\s+weeks?"
    r"|(?:we\s+were|i\s+was)\s+(?:told|promised)"
    # symptoms of gear worn or misbehaving, said in a running shop's words: "the steam wand
    # has been spitting water", "burrs are shot", "bags arrived split open", "sour shots"
     + SYMPTOM_CUES + r")\b",
    re.I,
)
# a need said as a wish: "we mostly need faster repair turnaround", "we'd want priority repairs"
WISH_RE = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+|-\s*)?(?:we|i)(?:'d|\s+would)?(?:\s+(?:mostly|really|just|also"
    r"|still|definitely))?\s+(?:need|want|like)\b",
    re.I,
)
SUPPORT_RE = re.compile(
    # "train" the verb, not the noun ("hissed like a train", "the train station")
    # a visit of the technicians, not the visitor's own trip ("I visit Portland next week") nor
    # one to the roastery or showroom (sales books that)
    r"\b(?:maintenance|service\s+plans?|(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)visits?"
    r"(?!\s+(?:to|of|at|in)?\s*(?:the|your|our)\s+(?:roastery|showroom))|emergenc\w*|training"
    r"|(?<!\ba\s)(?<!\bthe\s)train(?!\s+(?:station|stop|line|tracks?))|trained|technicians?"
    r"|support|repair\s+service|on[- ]call|installation|install|consult\w*"
    r"|equipment\s+service|servicing|check[- ]?ups?|tune[- ]?ups?|preventive"
    r"|(?:essential|pro|multi[- ]?site)"
    r"\s+plan|essential|multi[- ]?site|online\s+course|courses?|warranty|loaner"
    r"|sign\s+(?:me|us)\s+up|stopped\s+\w+ing"
    # repairs wanted sooner: "we'd want the priority repairs", "faster repair turnaround"
    r"|(?:priority|faster|quicker|same[- ]day)\s+(?:repairs?|callouts?|call-outs?)"
    # a custom blend is a service; so is an order's return or exchange ("the swap handled")
    r"|custom\s+(?:house\s+)?blends?|private[- ]label\w*|(?:own|signature)\s+(?:house\s+)?blend"
    r"|blend\s+with\s+our\s+(?:name|logo)|swaps?|exchanges?|refunds?|picked\s+up"
    # the account's billing is a service of the desk: "can we go on invoice", "net-30 terms"
    r"|(?:on|by|to)\s+invoic\w*|invoic(?:ing|ed)|net[- ]?30|payment\s+terms|billing"
    r"|(?<!\bin\s)returns?(?!\s+(?:customers?|guests?|visits?|visitors?|business|trips?)))\b",
    re.I,
)
# a support need about keeping the machines running, which the desk files under service: "our
# machines are out of warranty and the tech takes a week" (one naming the service, maintenance
# or training already says its kind)
SERVICE_MATTER = re.compile(
    r"\b(?:techs?|technicians?|repairs?|repairm[ae]n|warranty|break\s*downs?|loaners?"
    r"|call[- ]?outs?)\b",
    re.I,
)
# upkeep said in other words: "something with a yearly checkup", "an annual tune-up"
UPKEEP_MATTER = re.compile(
    r"\b(?:check[- ]?ups?|tune[- ]?ups?|preventive|once\s+a\s+year|yearly|annual(?:ly)?)\b", re.I
)
KIND_NAMED = re.compile(r"\b(?:servic\w*|maintenance|train\w*|course)\b", re.I)
# a provider the visitor uses now, named: "the maintenance guy we use", "our current roaster",
# "the repair company we have"; judged with a pain word it is a complaint, no service wanted
PROVIDER_RE = re.compile(
    r"\b(?:guys?|company|companies|techs?|technicians?|roasters?|suppliers?|providers?|vendors?"
    r"|firm|outfit|people|person|man|woman|contractor)\s+(?:(?:that|who)\s+)?(?:we|i)\s+"
    r"(?:use|have|had|got|pay|hired|work\s+with|deal\s+with)\b"
    r"|\b(?:our|my)\s+(?:current|existing|usual|local|old)\s+\w+",
    re.I,
)
ON_PLAN_RE = re.compile(
    r"\b(?:we'?re|we\s+are|i'?m|i\s+am|we'?ve\s+been|we\s+have\s+been)\s+(?:already\s+"
    r"|currently\s+|still\s+)?(?:not\s+)?on\s+(?:the|a|an|any|our|\w+\s+plan)\b"
    r"|\bon\s+\w+(?:\s+plan)?\s+already\b"
    # a clause that is only the plan a business is on: "Lumen 3-Group at Bald Ridge, on the
    # Pro plan."
    r"|^\W*(?:and\s+|but\s+)?(?:already\s+|currently\s+)?on\s+(?:the|our|a)\s+[\w-]+"
    r"(?:[\s-][\w-]+)?\s+plan\W*$",
    re.I,
)
QUOTE_RE = re.compile(
    rf"\b(?:{QUOTE_NOUNS}|quotes|pricing\s+for|price\s+(?:it|out)|invoice)\b",
    re.I,
)
