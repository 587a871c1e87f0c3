"""Whether a message asks something: worded as a question, in any clause, in text-speak.

A question is answered from the knowledge base; a message that only ends in "?" ("maybe 250
cups a day?") answers. An elliptical "and the X" after an answer asks the same about X.
"""

from __future__ import annotations

import re

from shared.understanding.asides import EMOJI_SPLIT, without_emoji
from shared.understanding.fragment_asks import (
    asks_as_fragment,
    asks_between,
    asks_by_rank,
    asks_times,
)
from shared.understanding.lexicon import (
    ASKING_AUXILIARIES,
    CHAT_KEEPS,
    JOINING_WORDS,
    QUESTION_OPENERS,
    TEXT_SPEAK,
    UNIT_SPEAK,
    alternation,
    number_words,
)
from shared.understanding.sentences import clauses, sentences
from shared.understanding.statement_asks import asks_in_statement_order

# the joining words before a question ("ok", "so" stretched as typed: "okk", "sooo"; not "plus")
_JOINED = "|".join(
    {"ok": "ok+", "so": "so+"}.get(word, word) for word in JOINING_WORDS if word != "plus"
)
QUESTION_START = re.compile(
    rf"^(?:(?:{_JOINED}|hi+|hiya|hey+|heya|yo|howdy|hello|thanks|before\s+that"
    r"|quick\s+question|ah"
    r"|um|hmm|btw|wait|actually|lastly|last\s+thing|one\s+more\s+(?:thing|question)"
    # a hedge before the question word: "roughly what would a lease cost", "honestly how long"
    r"|roughly|approximately|approx|ballpark|honestly|seriously|curious|real\s+quick)[,.!]?"
    r"\s+)*(?:"
    + alternation(w for w in QUESTION_OPENERS + ASKING_AUXILIARIES if w != "when")
    # a clause telling when, its subject right after: "When the group rides roll back in it's
    # 60 drinks an hour" (as QUESTION_CLAUSE reads a clause; "when do you ship" asks)
    + r"|when(?!\s+(?:a|an|the|we|i|they|it|our|my|he|she|its|their|there)\b)"
    r"|tell\s+me|any|explain)\b"
    r"(?!['’]t\s+wait\b)"  # "can't wait to open" cheers, it asks nothing
    # a statement with its subject dropped, as in Italian or Spanish: "Is more the end of April"
    r"(?!(?<=\bis)\s+(?:more|rather|maybe|probably)\s+(?:the|like|in|on|at|around|about)\b)",
    re.I,
)
EMBEDDED_QUESTION = re.compile(
    r"\b(?:how\s+much|how\s+many|how\s+long|what\s+(?:is|are|does|do)|do\s+you\s+(?:have|offer"
    r"|sell|do|provide|ship|deliver)|can\s+you|is\s+there|are\s+there|i\s+(?:was\s+)?wonder"
    # a question relayed for someone else: "Alma also wants to know what the warranty is"
    r"|(?:wants?|wanted|needs?|needed)\s+to\s+know\s+(?:what|how|if|whether|when|which|where|who"
    r"|why|about)"
    r"|tell\s+me\s+(?:about|more)|(?:price|prices|pricing|cost|costs)"
    r"(?:\s+(?:per|a|an)\s+(?:pound|lb|bag|kg|month|unit|person|head))?\s+(?:of|for|on)"
    r"|difference\s+between|(?:what|how)\s+about|what'?s\s+(?:your|the|that|this)|which\s+(?:one|of)"
    r"|how\s+(?:much|many|long|fast|soon)\b|(?:have|got)\s+a\s+question\s+(?:about|on|re)"
    r"|(?:info|information|details)\s+(?:on|about|regarding)|i'?d\s+like\s+to\s+know"
    # not the visitor's guess at ours: "if you were wondering about volume, about 150 drinks"
    r"|(?<!\byou\swere\s)(?<!\byou're\s)(?<!\byou\sare\s)(?<!\byoure\s)"
    r"wondering\s+(?:about|if|whether)|(?:confirm|advise)\s+(?:whether|if|how"
    r"|what|when|which)|let\s+(?:me|us)\s+know\s+(?:whether|how|what|when|which)|(?:can|could|may)\s+(?:i|we)\s+(?:buy|get|order|purchase"
    r"|lease|rent|try|visit|pay|have)|what\s+\w+\s+(?:would|should|do|does|can)\s+(?:u|you|i|we)"
    r"|(?:would|do|can|could)\s+(?:u|you)\s+recommend"
    # prices wanted, for the visitor or relayed for someone else ("our chef wants both grinder
    # prices side by side"); never better prices wanted ("the owner wants lower costs")
    r"|(?:needs?|wants?|would\s+like|give\s+me|send\s+me|get)\s+(?:the\s+|your\s+|some\s+|a\s+"
    r"|both\s+|all\s+|each\s+|the\s+two\s+|both\s+of\s+the\s+)?"
    r"(?!(?:better|lower|cheaper|good|fair|decent|competitive|reasonable)\b)(?:[\w'-]+\s+){0,2}?"
    r"(?:prices|pricing|price\s+list|costs))\b"
    r"|^\W*(?:[\w'-]+\s+){0,4}(?:price|prices|pricing|cost|costs|specs|availability)\s*[?.!]*$"
    # a terse query, the attribute first: "price 3 group", "lead time", "warranty"; not a remark
    # on it ("price is fine", "cost too high")
    r"|^\W*(?:price|prices|pricing|cost|costs|specs|lead\s+times?|warranty)(?:\s+(?:of|for|on))?"
    r"\s+(?!(?:is|was|are|seems|looks|isn'?t|doesn'?t|matters|ok|okay|fine|too|not)\b)"
    r"[\w'-]+(?:\s+[\w'-]+){0,2}\s*[?.!]*$"
    r"|^\W*(?:lead\s+times?|warranty|delivery\s+times?|shipping\s+times?)\s*[?.!]*$"
    # an equipment attribute asked of an item: "boiler size on the 3 group", "burrs on the
    # atlas 64", "voltage for the pico"; never a remark on it ("power for the shop is fine")
    r"|^\W*(?:boiler|burrs?|power|voltage|group\s+heads?|dosing|temperature|cartridge\s+life"
    r"|decaf\s+process|tasting\s+notes|roast)(?:\s+(?:size|type|capacity|level|life))?"
    r"\s+(?:of|for|on)\s+(?:the\s+|your\s+|ur\s+|a\s+)"
    r"(?!(?:[\w'-]+\s+){0,2}(?:is|was|are|seems|looks|isn'?t|doesn'?t|matters)\b)"
    r"[\w'-]+(?:\s+[\w'-]+){0,2}\s*[?.!]*$",
    re.I,
)


# a topic put first, then the question: "on the coffee subscription can i skip a week", "for
# the pico, is there a warranty"; the auxiliary before its subject ("for the cafe we would" is
# no question)
TOPIC_QUESTION = re.compile(
    r"^\W*(?:on|for|about|re|regarding|with|as\s+for)\s+(?:the\s+|your\s+|ur\s+|a\s+|an\s+|my\s+"
    r"|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?,?\s+(?:can|could|do|does|did|is|are|will|would|should)"
    r"\s+(?:i|we|you|u|it|they|there|ur|your)\b",
    re.I,
)


# a topic put first, then a question word: "so toward the lumen 3 group what would i actually
# pay", "for the essential plan, how much is it a year"
TOPIC_WH = re.compile(
    r"^\W*(?:(?:and|so|but|also|ok|okay)\W+)?(?:on|for|about|re|regarding|as\s+for|toward|towards"
    r"|against)\s+(?:the\s+|your\s+|ur\s+|a\s+|an\s+|my\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?,?"
    r"\s+(?:what\s+(?:would|will|is|does|do|are|can)|what'?s|how\s+(?:much|many|long|soon))\b",
    re.I,
)


# a count of what was just discussed, as an order ("k we'd need 2 of those for the front and
# back counter", "we'll take three of them"): asked as what that many come to
COUNT_OF_THOSE = re.compile(
    r"\b(?:need|want|take|get|order|buy|grab)\w*\s+(?:\d+|"
    + number_words(2, 12)
    + r")\s+of\s+(?:those|them|these|that\s+one|'?em)\b",
    re.I,
)
# a terse request with no question word, as typed on a phone: the attribute last ("the pico
# price pls", "emergency repair line hours"), items summed ("lumen 2 + the atlas 75 total"), an
# imperative ("kindly advise the minimum quantity", "let me know the lead time"), "got something
# light for pour over", a time to a place ("delivery times to canada"); never a remark about
# the attribute ("price is fine", "hours are long") or the visitor's own ("our hours ...")
_REMARK = r"(?!.*\b(?:is|are|was|were|depends|matters?|fine|ok|okay|too|high|low|good|bad)\b)"
# a return asked in a word, the item after it: "return an unused grinder", "send back 2 bags of
# foundry", "exchange the atlas 64 pls" (how it is done, and what it costs)
_RETURN_IN_A_WORD = (
    r"^\W*" + _REMARK + r"(?P<verb>return(?:ing)?|send(?:ing)?\s+back|exchang(?:e|ing)"
    r"|refund(?:ing)?)\s+(?:an?|the|one|some|our|my|\d+)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"\s*(?:pls|please|plz)?\s*[?.!]*\s*$"
)
RETURN_ASKED = re.compile(_RETURN_IN_A_WORD, re.I)
#: what a machine is measured by ("boiler capacity", "voltage", "burr size", "weight")
_MEASURED = (
    r"(?:boiler|tank|hopper|reservoir|capacity|volume|voltage|power|wattage|amperage|burrs?"
    r"|size|weight|dimensions|height|width|depth|footprint|pressure|temperature)"
)
#: one measure in a list of them ("boiler size", "voltage", "weight per unit")
_LISTED_MEASURE = r"(?:[a-z]+\s+)?" + _MEASURED + r"(?:\s+(?:size|capacity|per\s+[a-z]+))?"
#: the units such a figure is asked in ("in litres", "in mm", "in volts")
_UNIT = (
    r"(?:l|litres?|liters?|ml|gallons?|oz|ounces?|mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?"
    r"|inch(?:es)?|in|ft|feet|kg|kilos?|kilograms?|lbs?|pounds|grams?|g|volts?|v|watts?|w|amps?"
    r"|bar|degrees|celsius|fahrenheit)"
)
TERSE_QUERY = re.compile(
    r"^\W*" + _REMARK + r"(?!(?:we|i|our|my|us|me|it|its|it'?s|that|this)\b)(?:[\w'&-]+\s+){1,6}"
    r"(?:price|prices|pricing|cost|costs|hours|monthly|fees?)\s*(?:pls|please|plz)?\s*[?.!]*\s*$"
    r"|^\W*" + _REMARK + r"[^+&]{2,60}\s[+&]\s[^+&]{2,60}\btotal\s*(?:pls|please|plz)?\s*[?.!]*\s*$"
    r"|^\W*(?:kindly\s+|please\s+|pls\s+)?(?:advise|confirm|let\s+(?:me|us)\s+know|send\s+(?:me|us)"
    r"|tell\s+(?:me|us))\s+(?:the|your|of|about|on|what|when|how)\b"
    # a listing or description asked in the imperative: "list your maintenance plans", "show
    # me the grinders", "describe the pro plan", "walk me through your blends"
    r"|^\W*(?:kindly\s+|please\s+|pls\s+|can\s+you\s+)?(?:list|describe|outline|compare"
    r"|show\s+(?:me|us)|(?:walk|run|take)\s+(?:me|us)\s+through|break\s+down)"
    r"\s+(?:all\s+)?(?:the|your|ur|yr|all|each|both|what|which|how)\b"
    r"|^\W*(?:got|have\s+(?:u|you)\s+got)\s+(?:something|anything)\b"
    # a total for a count: "multi site plan for 5 cafes per month total"
    r"|^\W*" + _REMARK + r"(?!(?:we|i|our|my|us|me|it|its|it'?s|that|this)\b)(?:[\w'-]+\s+){1,4}"
    r"for\s+(?:our\s+|my\s+|the\s+|all\s+)?\d+\s+[\w'-]+(?:\s+[\w'-]+){0,3}\s+total\s*"
    r"(?:pls|please|plz)?\s*[?.!]*\s*$"
    r"|^\W*(?:delivery|shipping|lead)\s+times?\s+(?:to|for)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s*[?.!]*$"
    # a price asked by its unit, no figure given: "and coffee: Foundry vs Riverbend per lb",
    # "the house blend by the pound" (not "about $12 per lb", nor "we pay a lot per lb")
    r"|^\W*"
    + _REMARK
    + r"(?!(?:we|i|our|my|us|me|it|its|it'?s|that|this)\b)(?:[^\W\d][\w'&-]*[\s:,]+){1,6}?"
    r"(?:per|by\s+the)\s+(?:lb|lbs|pound|bag|kg|kilo)\s*(?:pls|please|plz)?\s*[?.!]*\s*$"
    r"|"
    + _RETURN_IN_A_WORD
    # an attribute asked in the unit it is wanted in, with no verb ("boiler capacity on the
    # Lumen 2-Group, in litres", "pico voltage in volts pls"); the unit asks for the figure
    + r"|^\W*"
    + _REMARK
    + r"(?!(?:we|i|our|my|us|me|it|its|it'?s|that|this)\b)"
    r"(?:[\w'-]+[\s,]+){0,6}?"
    + _MEASURED
    + r"\b[\w\s,'-]{0,40}?\bin\s+"
    + _UNIT
    + r"\s*(?:pls|please|plz)?\s*[?.!]*\s*$"
    # measures listed after a colon, closing the sentence: "specs on the Lumen 2-Group before
    # the walkthrough: boiler size and voltage" asks each of them (not "power and voltage are
    # fine": a verb after the list makes it a remark)
    + r"|:\s*"
    + _LISTED_MEASURE
    + r"(?:\s*,\s*"
    + _LISTED_MEASURE
    + r"){0,2}\s*,?\s+(?:and|&|\+|/)\s+"
    + _LISTED_MEASURE
    + r"\s*(?:pls|please|plz)?\s*[?.!]*\s*$",
    re.I,
)
# a total asked for without a question word ("total please", "give me the total")
TOTAL_REQUEST = re.compile(
    r"\b(?:(?:the\s+|a\s+)?total\s+(?:please|pls|plz|cost\s+please)"
    r"|(?:give|send|get)\s+(?:me|us)\s+(?:a|the)\s+(?:total|sum)"
    # a sum asked in the imperative: "please total this list: ...", "add it all up", "tally
    # these", "price this up for me", "work out the total"
    r"|(?:total|tally|sum|price|cost)\s+(?:up\s+)?(?:this|these|those|them|it\s+all|everything"
    r"|the\s+lot|my\s+list|our\s+list|the\s+list)\b(?!\s+(?:is|are|was|were|seems?|looks?)\b)"
    r"|add\s+(?:(?:this|these|those|them|it|it\s+all|everything|the\s+lot)\s+)?up"
    # an imperative opening the message or a sentence: "price out two Lumen 2 groups", "can u
    # price up a Pico for me" (not "we'll price out the build with our contractor")
    r"|(?:^|(?<=[.!?;,]\s)|(?<=[.!?;,]))\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?"
    r"(?:please\s+|pls\s+)?(?:price|cost)\s+(?:out|up)\s+(?:a|an|the|"
    + number_words(1, 12)
    + r"|\d+|our|my|both)\s"
    r"|work\s+out\s+the\s+(?:total|sum))\b",
    re.I,
)


def asks_something(text: str, terse: bool = True) -> bool:
    """Worded as a question (not merely ending in "?": "maybe 250 cups a day?" answers), in
    any of its clauses ("I manage an office of 60, do you supply offices?"). ``terse``: a
    terse request counts ("the pico price pls"), and so does a question dictated on after a
    statement (:data:`RUN_ON_QUESTION`); the intent classifier's cue leaves both out, as the
    classifier was calibrated on the cue without them."""
    text = in_chat(text)
    if _OBJECT_IT_ASKS.search(text):
        return True  # "and if we hate it can we send it back lol"
    if _embeds_question(text) or COUNT_OF_THOSE.search(text) or TOTAL_REQUEST.search(text):
        return True  # "... total please", "we'd need 2 of those"
    if terse and (_terse(text) or asks_as_fragment(text) or asks_between(text)):
        return True  # "the pico price pls", "kindly advise the minimum quantity", "sales hrs"
    if terse and asks_by_rank(text):
        return True  # "and grinder. cheaper one": the cheaper grinder asked for
    if terse and asks_times(text):
        return True  # "online course x5 staff": the sum asked
    if terse and asks_in_statement_order(text):
        return True  # "training for our staff is that extra", "the riverbend is organic right"
    if terse and any(RUN_ON_QUESTION.search(part) for part in text.split(",")):
        return True  # "120 lb a month do we get a discount" (left out of the cue as terse is)
    if any(CONDITIONAL_QUESTION.search(part) for part in re.split(r"[.!?;]+", text)):
        return True  # "if we take 80 lbs a month do we get the discount"
    if any(TOPIC_QUESTION.search(part) for part in re.split(r"[.!?;]+", text)):
        return True  # "on the coffee subscription can i skip a week"
    return any(QUESTION_START.search(part.strip()) for part in re.split(r"[.!?;,]+", text))


#: A terse request closed by its "pls" before a comma ("decaf price pls, half my regulars ..."):
#: the politeness word ends the request as a stop would.
# a request for information in a letter's frame, asking what it frames: "I should be grateful to
# know whether ...", "has asked me to establish how ...", "I should like to know what ...", "my
# director would like to know the name ...", "could you let me have the telephone number", "if
# you could set out what ...", "I would be most obliged for an answer", "I would be grateful for
# the total cost"; never a favour or a plan ("grateful if you could call me", "we would like to
# open in June")
_INFORMATION = (
    r"(?:the|a|an|your)\s+(?:(?:full|total|exact|brief|short|written|detailed|current)\s+)?"
    r"(?:answer|total|cost|costs|price|prices|pricing|figure|figures|comparison|breakdown"
    r"|details|confirmation|explanation|summary|outline|name|names|number|numbers|address"
    r"|list|quote|quotation|specification|specifications)\b"
)
REQUEST_FRAME = re.compile(
    r"\b(?:grateful|obliged|pleased|glad|delighted|interested)\s+to\s+(?:know|learn|hear|find\s+out)"
    r"\s+(?:what|how|if|whether|when|which|where|who|why|in\s+which|about|the|your)\b"
    r"|\b(?:grateful|obliged|thankful)\s+for\s+(?:an\s+answer|" + _INFORMATION + r")"
    r"|\b(?:asked|asks|tasked|instructed)\s+(?:me|us)\s+to\s+(?:find\s+out|establish|ascertain"
    r"|enquire|inquire|learn|check|confirm|discover)\s+(?:what|how|if|whether|when|which|where|who"
    r"|why|in\s+which|the|your)\b"
    r"|\b(?:should|would|'d)\s+(?:very\s+much\s+|much\s+|also\s+)?like\s+to\s+(?:know|learn"
    r"|find\s+out|establish)\s+(?:what|how|if|whether|when|which|where|who|why|in\s+which|about"
    r"|the|your)\b"
    r"|\b(?:could|would|can|will)\s+you\s+(?:kindly\s+|please\s+)?(?:let\s+(?:me|us)\s+have"
    r"|set\s+out|advise|confirm|explain|outline|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)\b"
    r"|\bif\s+you\s+(?:could|would|can)\s+(?:kindly\s+|please\s+)?(?:let\s+(?:me|us)\s+have"
    r"|set\s+out|advise|confirm|explain|outline|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)\b",
    re.I,
)
_CLOSED_BY_PLEASE = re.compile(r"(?<=\bpls),|(?<=\bplz),|(?<=\bplease),", re.I)


def _terse(text: str) -> bool:
    """A terse request in one of the message's sentences (see :data:`TERSE_QUERY`), a
    sentence also ending at a comma right after "pls" or "please"."""
    return any(
        TERSE_QUERY.search(clause.strip())
        for part in sentences(text, ends=".!;", lines=True)
        for clause in _CLOSED_BY_PLEASE.split(part)
    )


def _embeds_question(text: str) -> bool:
    """A question asked inside the message or one of its sentences ("cart. pico price")."""
    parts = (text, *sentences(text, ends=".!;"))
    return any(EMBEDDED_QUESTION.search(part) or REQUEST_FRAME.search(part) for part in parts)


# a question after a comma ("last one i promise, is the roastery solar powered"): stricter than
# a sentence start, so "sure, do it" stays an answer
QUESTION_CLAUSE = re.compile(
    # "till what time is the line open", "by when do we pay": a preposition may lead the ask
    r"^(?:(?:till|until|til|up\s+to|by)\s+(?=(?:what|when|which)\b))?"
    r"(?:(?:is|are|does|can|could|would|will|should)\s+(?:the|you|u|your|ur|it|there|they|i"
    r"|we|this|that|a|an|he|she|my|his|her|our)|do\s+(?:you|u|y'all|ya|i|we|they|ur|your)"
    r"|(?:what|how|why)\s+\w+|what'?s\s+(?:the\s+)?(?:monthly|price|cost|total|lead\s+time"
    r"|warranty|minimum|min)\b"
    # a clause telling, not asking: "when a machine goes down we lose a fortune", "where we
    # park", "which is no use to us", "oldies who find strong coffee hard going"
    r"|(?:where|when)\s+(?!(?:a|an|the|we|i|they|it|our|my|he|she|its|their|there)\b)\w+"
    r"|which\s+(?!(?:is|was)\s+(?:no|not|useless|why|a\s+(?:shame|pain|problem|nightmare))\b)\w+"
    r"|who\s+(?:do|does|did|is|are|can|could|would|will|should|handles|deals|answers|takes"
    r"|picks|looks|to|else)\b"
    # "we're in calgary, is delivery free if ...": a state asked of a noun (of one or two words)
    r"|(?:is|are)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:free|included|extra|available|possible|covered"
    r"|taxed|charged|refundable|guaranteed)"
    r")\b",
    re.I,
)


# question words in text-speak ("hw much", "wat time", "wen do u"), spelled out for
# :func:`is_question` only: the intent classifier's features read them as typed
_QUESTION_SPEAK = {typed: TEXT_SPEAK[typed] for typed in CHAT_KEEPS - UNIT_SPEAK}
_SPOKEN_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_QUESTION_SPEAK, key=len, reverse=True)) + r")\b", re.I
)


# "r u", "r we": the text-speak "are" only before the pronoun it asks about ("r" alone may be
# anything: "the r in my name")
_ARE_ASKED = re.compile(r"\br(?=\s+(?:u|you|ya|y'all|yall|we|they)\b)", re.I)


def _spelled_out(text: str) -> str:
    """The text with its text-speak question words written out ("hw much" -> "how much", "r u"
    -> "are you")."""
    text = _ARE_ASKED.sub("are", text)
    return _SPOKEN_WORD.sub(lambda m: _QUESTION_SPEAK[m.group(0).lower()], text)


# an object "it" (after a verb, not after a word that opens a clause) before an auxiliary and
# its subject: "if we hate it can we send it back", "we love it do you ship it"; never a
# subject "it" ("if it can we would", "so it can you know")
_OBJECT_IT_ASKS = re.compile(
    r"\b(?!(?:if|when|once|and|but|so|because|cause|cuz|coz|that|as|though|although|since"
    r"|until|unless|where|whether|maybe|then|or|what|how)\b)[a-z']{2,}\s+it\s+"
    r"(?:do|can|could|would|should)\s+(?:we|i|you|u)\s+"
    r"(?!(?:know|mean|guess|think|suppose|see|say|would|will|wish|hope)\b)[a-z]+",
    re.I,
)


def asked_after_emoji(text: str) -> str:
    """``text`` with an emoji that sits right before a question ended as a sentence ("... for
    my class 📚 r u guys a b corp" -> "... for my class. are u guys ..."), so the question is
    asked apart from what was told before it; an emoji between two statements is only
    dropped from the question's words, which read the statements together as before."""
    pieces = EMOJI_SPLIT.split(text)
    joined = pieces[0]
    for piece in pieces[1:]:
        asks = QUESTION_START.search(_spelled_out(piece).strip()) is not None
        joined = f"{joined.rstrip()}{'. ' if asks else ' '}{piece.lstrip()}"
    return joined.strip()


def in_chat(text: str) -> str:
    """The text as a chat reads it: an emoji between two statements ends the first ("... on
    the bag 🥹 is that a thing"), and text-speak question words are written out."""
    return _spelled_out(without_emoji(text))


# a question asked after a condition, with or without a comma ("if we take 80 lbs a month do we
# get the discount"): the auxiliary before its subject, never after one or after another verb
# ("if you can we would", "if the price is right we would do it")
CONDITIONAL_QUESTION = re.compile(
    # "and if I bumped it up to 100 lb does that get cheaper": a joiner may lead
    r"^\W*(?:(?:and|so|but|also|ok|okay|oh|right)\W+)?(?:if|when|once|say|suppose)\b[^?.!]{3,120}?"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)"
    r"(?<!\bu\s)(?<!\bthey\s)(?<!\bit\s)(?<!\bto\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bcan\s)"
    r"(?<!\bcould\s)(?<!\bshould\s)\b(?:do|does|can|could|would|will|is|are|should)"
    r"\s+(?:we|i|you|u|they|it|there|ur|your|that|this|someone|somebody|anyone|anybody)\b"
    # what the visitor's people get, asked after any condition: "if I buy it do my baristas
    # get training", "once we sign will our staff need a course"
    r"|^\W*(?:(?:and|so|but|also|ok|okay|oh|right)\W+)?(?:if|when|once)\b[^?.!]{3,120}?"
    r"\b(?:do|does|will|would|can)\s+(?:my|our)\s+[\w-]+\s+(?:get|need|have|receive|come"
    r"|qualify)\b",
    re.I,
)


# a question word asked after a condition ("and if we lease the lot what's monthly roughly", "if
# we go to 100 lb how much is that"): an asking form of "what" or "how", not "what we taste"
CONDITIONAL_WH = re.compile(
    r"^\W*(?:(?:and|so|but|also|ok|okay|oh|right)\W+)?(?:if|say|suppose)\b[^?.!]{3,120}?"
    r"\b(?:what'?s|what\s+(?:would|will|is|does|do|are)|how\s+(?:much|many|long|soon))\b",
    re.I,
)


BARE_WHY = re.compile(r"(?:why|how\s+come)\W*", re.I)
# a bare "since when" / "till when" asks the date of what was just said ("b corp?" "since when")
BARE_WHEN = re.compile(r"\W*(?:since|till|until|from)\s+when\W*", re.I)
# a bare preposition and "what"/"which" asks the threshold of the topic just named ("volume
# discount. at what", "free delivery. over what amount", "from which size"): the whole sentence
BARE_WHAT = re.compile(
    r"\W*(?:at|from|over|above|past|after|for|on)\s+(?:what|which)(?:\s+[\w-]+){0,2}\W*", re.I
)
# "whether" opening a clause with its own subject and verb asks it, as a list's last part does
# ("foundry price, your minimum, and whether delivery is free"); never a choice the visitor is
# weighing ("not sure whether to", "whether or not") nor their own state ("whether we are ready")
WHETHER_ASKED = re.compile(
    r"\bwhether\s+(?!(?:to|or|we|i|our|my|me|us)\b)[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:is|are|do|does|can|will|would|comes?|includes?|ships?|gets?)\b",
    re.I,
)


# a question dictated on after a statement with no mark between ("we go through about 120 lb a
# month do we get a discount", "it cost 8000 new and still works can i trade it in"): an
# auxiliary before its subject, then a verb; never after a subject or another auxiliary ("if
# you can we would", "what we can do"), nor before a filler ("the prices are you know high")
RUN_ON_QUESTION = re.compile(
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bu\s)(?<!\bthey\s)(?<!\bit\s)(?<!\bto\s)"
    r"(?<!\bwould\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bso\s)"
    r"(?<!\bas\s)(?<!\bnor\s)(?<!\bonly\s)(?<!\bthat\s)(?<!\bwhat\s)"
    r"\b(?:do|can|could|would|should)\s+(?:we|i|you|u)\s+"
    r"(?!(?:know|mean|guess|think|suppose|see|say|would|will|wish|hope)\b)"
    r"(?:get|have|qualify|trade|return|send|buy|order|lease|pay|use|try|pause|skip|change"
    r"|switch|cancel|add|book|rent|finance|swap|exchange|keep|visit|pick|still|also|even|need)\b",
    re.I,
)


# a condition opening the message ("if my machine breaks on a saturday, ...", "what if", "in
# case", "say"): what follows it supposes, it reports nothing
_CONDITION = re.compile(
    r"^\W*(?:(?:and|so|but|also|ok|okay|oh|right)\W+)?(?:what\s+)?(?:if|in\s+case|say|suppose)\b",
    re.I,
)


def asks_on_condition(text: str) -> bool:
    """Whether ``text`` opens with a condition and asks after it ("if my machine breaks on a
    saturday night, till what time is the emergency line open"): a question about a case
    supposed, not a report of one."""
    if not _CONDITION.search(text):
        return False
    clauses = [c.strip() for c in text.split(",")[1:]]
    return bool(
        CONDITIONAL_QUESTION.search(text)
        or CONDITIONAL_WH.search(text)
        or any(QUESTION_CLAUSE.search(c) for c in clauses)
    )


# the question word left in place, closing its clause ("so 4 of them is what, per month", "and
# 3 of those would be what per year"): never before a clause of its own ("this is what we need")
IN_PLACE_WH = re.compile(
    r"\b(?:is|are|be|comes?\s+to|works?\s+out\s+(?:to|at))\s+what"
    r"(?=\s*(?:$|[,?.!]|(?:per|a|an|each|every|then|roughly|exactly|total|monthly|yearly)\b))",
    re.I,
)


#: "same for the pico", "and same w 3": the ask just made, of another thing (not "same for
#: us", which tells); a short fragment and nothing else.
SAME_ASKED = re.compile(
    r"^\s*(?:and\s+)?(?:the\s+)?same\s+(?:for|with|w|on)\s+"
    r"(?!(?:me|us|we|our|my|you|u|here|now)\b)[\w-]+(?:\s+[\w-]+){0,2}\s*[?.!]*\s*$",
    re.I,
)


def is_question(text: str) -> bool:
    """A question to answer from the knowledge base (any of its sentences may ask it), its
    question words possibly in text-speak ("hw much is the atlas 75")."""
    text = in_chat(text)
    if "?" in text or _embeds_question(text) or _OBJECT_IT_ASKS.search(text):
        return True
    if COUNT_OF_THOSE.search(text) or TOTAL_REQUEST.search(text) or _terse(text):
        return True  # "we'd need 2 of those", "total please", "the pico price pls"
    if asks_as_fragment(text) or asks_between(text) or asks_times(text) or asks_by_rank(text):
        return True  # "lumen 3 boiler size", "sales hrs", "foundry or riverbend for drip"
    if SAME_ASKED.match(text):
        return True  # "same for the 3 group": the ask just made, of another item
    if asks_in_statement_order(text):
        return True  # "lumen 3 group price real quick pls", "is that extra w the machine"
    parts = re.split(r"[.!;:]+", text)
    if any(
        QUESTION_START.search(part.strip())
        or CONDITIONAL_QUESTION.search(part)
        or CONDITIONAL_WH.search(part)
        or TOPIC_QUESTION.search(part)
        or TOPIC_WH.search(part)
        or IN_PLACE_WH.search(part)
        or BARE_WHAT.fullmatch(part.strip())
        for part in parts
    ):
        return True
    # a clause may ask too: "also while i have you, if we bump up to 100 lb do we get it", and
    # a statement may end in a bare "why" ("the charge was $18 more than expected, why")
    clauses = [c for part in text.split(",") for c in AND_ASKING.split(part)]
    if ANY_FOR_THAT.fullmatch(clauses[-1].strip()):
        return True  # "in july we burn thru 120 lb a month, any discount for that"
    return any(
        QUESTION_CLAUSE.search(part.strip())
        or CONDITIONAL_QUESTION.search(part)
        or BARE_WHY.fullmatch(part.strip())
        or BARE_WHEN.fullmatch(part.strip())
        or WHETHER_ASKED.search(part)
        or RUN_ON_QUESTION.search(part)
        for part in clauses
    )


def told_before_ask(sentence: str) -> str:
    """The statement a question sentence opens with, before the comma its ask starts at
    ("summer is all cold brew for us, what do u have for that" -> "summer is all cold brew for
    us"), or "" when no such statement leads it."""
    commas = [i for i, c in enumerate(sentence) if c == ","]
    for i in reversed(commas):
        head, ask = sentence[:i], sentence[i + 1 :]
        # the ask must start a question of its own: "riverbend or the sunrise?" only ends one
        # ("for a pour over bar which is the lighter roast, riverbend or the sunrise?")
        if QUESTION_CLAUSE.search(ask.strip()) and is_question(ask) and not is_question(head):
            return head
    return ""


def asks_after_told(sentence: str) -> list[str]:
    """The clauses after the first (``sentences.clauses``: split at a dash, comma, semicolon,
    colon or "but") that open with a question word: "our Reno cafe does 250 drinks a day -
    what size burrs are on the Atlas 75?" -> ["what size burrs are on the Atlas 75?"]."""
    return [c for c in clauses(sentence)[1:] if QUESTION_START.search(c)]


# "and" before a question word starts a clause that asks ("batch brewer price and how big are
# the pots on it")
AND_ASKING = re.compile(
    r"\s+and\s+(?=(?:how\s+(?:big|much|many|long|often|fast|soon|do|does|is|are|can)"
    r"|(?:what|whats|what's)\s+(?:is|are|does|do|about|kind|size|sort|type|the)"
    r"|(?:when|where|which|who)\s+(?:is|are|does|do|can|will|would)"
    r"|(?:is|are|does|do|can|could|would|will)\s+(?:the|you|u|it|there|they|we|i))\b)",
    re.I,
)
# a terse ask closing a statement: "..., any discount for that", "..., any fee on it"
ANY_FOR_THAT = re.compile(
    r"(?:any|is\s+there\s+(?:a|an|any))\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:for|on|with)"
    r"\s+(?:that|this|it|those|them)\W*",
    re.I,
)


# a follow-up that adds its item to what is being priced: "and the lumen 2 on top of that",
# "plus a grinder as well"
ADDED_RE = re.compile(
    r"\b(?:on\s+top\s+of\s+(?:that|those|it|them)|as\s+well|in\s+addition|added\s+on|too)\W*$",
    re.I,
)


def adds_item(text: str) -> bool:
    """A follow-up adding its item to the ones being priced (then it is wanted too)."""
    return bool(ADDED_RE.search(text))


FOLLOW_UP = re.compile(
    r"^\W*(?:and|also|plus|or|&)\s+(?:for\s+|with\s+|on\s+)?(?:the\s+|your\s+|a\s+|an\s+)?"
    r"(?!\d|one\b|two\b|three\b|four\b)[\w'-]+(?:\s+[\w'-]+){0,5}\W*$",
    re.I,
)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|we|we're|we'd|my|our|me|us)\b", re.I)


# a clarification of the question just answered, naming its subject: "sales i mean", "i meant
# the grinder", "the 3 group, i mean"; the fragment beside "i mean" is a short noun phrase
CLARIFIED = re.compile(
    r"^\W*(?:i\s+mean[t]?\s+(?P<after>[^.!?,]{2,40})|(?P<before>[^.!?,]{2,40}?),?\s+i\s+mean[t]?)"
    r"\W*$",
    re.I,
)
_NOUN_PHRASE = re.compile(
    r"^(?:the\s+|your\s+|ur\s+)?(?!\d|(?:yes|yeah|yep|no|nope|nah|sure|ok|okay|maybe|not|never"
    r"|nothing|both|either|neither|all|later|now|soon|well|like|it|that|this|so)\b)[\w'-]+(?:\s+[\w'-]+){0,3}$",
    re.I,
)


def is_follow_up(text: str) -> bool:
    """An elliptical "and the X" / "also the Y" that asks no verb, or a clarification naming
    the subject ("sales i mean"): taken after an answer, it asks the same about X. A
    first-person fragment ("and my email is ...", "i mean we're small") is not one."""
    if FOLLOW_UP.match(text):
        return FIRST_PERSON.search(text) is None
    clarified = CLARIFIED.match(text)
    if clarified is None:
        return False
    fragment = (clarified.group("after") or clarified.group("before")).strip()
    return bool(_NOUN_PHRASE.match(fragment)) and FIRST_PERSON.search(fragment) is None


# a follow-up that asks for its item rather than about it: "and decaf for the older folks please"
_REQUEST_TAIL = re.compile(r"\b(?:please|pls|plz|too|as\s+well)\W*$", re.I)


def requests_more(text: str) -> bool:
    """A follow-up fragment ending in a request ("and decaf for the older folks please", "plus
    cold brew too"): what it names is wanted, not only asked about."""
    return is_follow_up(text) and "?" not in text and bool(_REQUEST_TAIL.search(text))


# the visitor asking themselves about their own opening, thinking aloud before a date ("when do
# we open? how long does it take you guys to ship a machine?"): nothing for us to answer
OWN_PLAN_QUESTION = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|um|hmm|well|like)[,.]?\s+)*(?:when|how\s+soon|what\s+(?:date"
    r"|month|day))\s+(?:do|will|would|should|are|can|shall|could)\s+(?:we|i)\s+(?:even\s+)?"
    r"(?:open|launch|start|go\s+live|be\s+(?:open|opening|ready))(?:\s+(?:up|(?:our|the)\s+"
    r"(?:doors|caf[eé]|shop|place|bar|cart|truck|kiosk)))?\s*\?+\W*$",
    re.I,
)


def asked_of_us(parts: list[str]) -> list[str]:
    """The sentences that ask us or tell us something: all but the visitor's questions to
    themselves about their own opening date."""
    return [part for part in parts if not OWN_PLAN_QUESTION.match(part)]


HEDGE = re.compile(r"\b(?:maybe|probably|prob|perhaps|possibly|around|about|like|or\s+so)\b", re.I)


def unsure_answer(sentence: str) -> bool:
    """A short hedged value with a "?" and no question in its words ("fall maybe?", "maybe
    40?"): an answer given unsure. A longer "?" sentence without a question word ("Pico is
    3,900??", "a house blend with our name is possible?") still asks."""
    words = re.findall(r"[\w'-]+", sentence)
    short = 0 < len(words) <= 4 and bool(HEDGE.search(sentence))
    return short and "?" in sentence and not is_question(sentence.replace("?", " "))


# a yes/no question asked negated or hedged ("you probably don't do X, right?", "I assume you
# don't deliver to X?", "I guess there's no X?") asks whether X is so: answered as the
# positive question is (yes and the item, or no). The opener supposes, the verb is negated.
_SUPPOSING = (
    r"(?:i\s+(?:assume|guess|suppose|take\s+it|imagine|bet|figure|reckon)\s+(?:that\s+)?"
    r"|(?:so\s+)?)"
)
_YOU_NOT = re.compile(
    rf"^\W*{_SUPPOSING}(?:you(?:\s+guys|\s+all)?|y'?all)\s+"
    r"(?:(?:probably|likely|prolly|prob|still|even|really)\s+)?"
    r"(?P<aux>don'?t|do\s+not|can'?t|cannot|can\s+not|won'?t|will\s+not)\s+(?P<rest>\w.*)$",
    re.I | re.S,
)
_THERE_NO = re.compile(
    rf"^\W*{_SUPPOSING}there(?:(?:'s|\s+is)\s+(?:(?:probably|likely|prolly|prob)\s+)?(?:no|not)"
    r"|\s+(?:isn'?t|aren'?t))\s+(?P<rest>\w.*)$",
    re.I | re.S,
)
# the tag asking to be confirmed: "..., right?", "..., do you?", "..., huh?"
_CONFIRM_TAG = re.compile(
    r"\s*,?\s*(?:right|correct|huh|yeah|eh|is\s+there|do\s+you|can\s+you|will\s+you)\s*\?*\s*$",
    re.I,
)


def as_asked(question: str) -> str:
    """A return asked in a word as the question it is ("return an unused grinder" -> "can we
    return an unused grinder?"): read as a statement, its item's own section answers another
    thing (the grinders' shipping time); any other message unchanged."""
    found = RETURN_ASKED.match(question.strip())
    if found is None:
        return question
    return f"can we {question.strip().rstrip(' ?.!')}?"


def as_positive(question: str) -> str:
    """The positive question a negated or hedged yes/no question asks ("you probably don't do
    decaf, right?" -> "do you do decaf?"; "I guess there's no X?" -> "is there X?"); any other
    message unchanged. Only a question ("?" or a confirming tag) about "you" or "there" is
    turned: "we don't do decaf" states the visitor's own case."""
    text = question.strip()
    one = not re.search(r"[.!?;\n]\s*\w", text)  # one sentence: "..., what about X?" is two
    if not one or not (text.endswith("?") or _CONFIRM_TAG.search(text)):
        return question
    you = _YOU_NOT.match(text)
    if you is not None:
        said = you.group("aux").lower()
        aux = "can" if said.startswith("can") else "will" if said[:2] in ("wo", "wi") else "do"
        rest = _CONFIRM_TAG.sub("", you.group("rest")).rstrip(" ?")
        return f"{aux} you {rest}?"
    there = _THERE_NO.match(text)
    if there is not None:
        rest = _CONFIRM_TAG.sub("", there.group("rest")).rstrip(" ?")
        return f"is there {rest}?"
    return question


_CHOICE_ASKED = re.compile(r"\b(?:or|vs|versus)\b", re.I)
_ANOTHER_ITEM = re.compile(r"^\W*(?:and|what about|how about)\s+(?:the|your)\s", re.I)


def asks_choice(sentence: str) -> bool:
    """Whether a sentence weighs items against each other ("Foundry or Riverbend for ...")."""
    return _CHOICE_ASKED.search(sentence) is not None


def asks_of_another_item(sentence: str) -> bool:
    """Whether a sentence opens as the same question of another item ("and the Lumen 2, ...")."""
    return _ANOTHER_ITEM.match(sentence) is not None


# a comparison asked for in a letter's frame: "I should be grateful for a comparison of A and B",
# "we would appreciate a comparison between A and B" asks what "compare A and B" asks
_COMPARISON_FRAMED = re.compile(
    r"^(?P<lead>.*?)\b(?:i|we)\s+(?:should|would|'d)\s+(?:be\s+(?:most\s+|very\s+)?(?:grateful|obliged"
    r"|thankful)\s+for|(?:very\s+much\s+)?(?:like|appreciate|welcome|value))\s+(?:a|an)\s+"
    r"(?:(?:brief|short|quick|side[\s-]by[\s-]side|written)\s+)?comparison\s+(?:of|between)\s+",
    re.I,
)


def as_compared(question: str) -> str:
    """A comparison asked for in a letter's frame as the imperative it stands for ("I should be
    grateful for a comparison of the Pico and the Atlas" -> "compare the Pico and the Atlas");
    any other text unchanged."""
    found = _COMPARISON_FRAMED.match(question)
    if found is None:
        return question
    return f"{found['lead']}compare {question[found.end() :]}"
