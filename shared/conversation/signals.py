"""Flow signals and visitor type from rules: question, refusal, restart, human, goodbye, ...

Rules come first because they are exact and take microseconds; :mod:`semantic` backs them up
with embedding similarity where phrasing varies too much for patterns.
"""

from __future__ import annotations

import re
from typing import Literal

from shared.conversation.state import CustomerType
from shared.conversation.text import words
from shared.understanding.entities.business import RUNNING_FOR
from shared.understanding.lexicon import CHAT_KEEPS, MONTH_STEMS, TEXT_SPEAK, number_words

_VENUE = (
    r"(?:[\w-]+\s+){0,3}(?:caf[eé]s?|coffee\s*shops?|coffee\s+(?:cart|truck|bar|kiosk"
    r"|stand)s?|cart|kiosk|espresso\s+bar|roastery|bakery|bistro|restaurant|coffeehouse|shop"
    r"|business|stand|drive[- ]?thru|coffee\s+bar|place|spot)\b"
)
NEW_CAFE_RE = re.compile(
    r"\b(?:open(?:ing)?|launch(?:ing)?|start(?:ing)?|set(?:ting)?\s+up|build(?:ing)?"
    r"|plan(?:ning)?\s+(?:to\s+open|on\s+opening))\s+(?:up\s+)?(?:a|an|my|our)\s+"
    + _VENUE
    + r"|\bnew\s+(?:caf[eé]|coffee\s+shop)\b|\b(?:about|getting\s+ready|going)\s+to\s+open\b"
    r"|\bplan(?:ning)?\s+to\s+open\b|\bwe\s+open\s+(?:in|next)\b|\bwant\s+to\s+open\b"
    r"|\bnew\s+(?:[\w-]+\s+)?(?:caf[eé]|coffee\s+shop|place|spot|espresso\s+bar|coffee\s+bar"
    r"|kiosk|cart|coffee\s+truck)\b|\bopening\s+(?:up\s+)?(?:in|next|this|by|around|early"
    r"|late|mid|on|soon|shortly)\b|\b(?:first|1st)\s+(?:caf[eé]|coffee\s+shop|shop)\b"
    r"|\bopen(?:ing)?\s+(?:soon|shortly)\b"
    r"|\b(?:plan(?:ning)?|hop(?:e|ing)|want(?:ing)?)\s+(?:on|to)\s+"
    r"(?:run(?:ning)?|start(?:ing)?|open(?:ing)?|launch(?:ing)?)\b"
    r"|\bpre[- ]?opening\b|\bhaven'?t\s+opened\b"
    r"|\b(?:opening|launching)\s+(?:in\s+)?"
    + MONTH_STEMS
    + r"[a-z]*\b(?!\s+(?:be|take|have|need|require|cost|not)\b)",
    re.I,
)
EXISTING_CAFE_RE = re.compile(
    r"\b(?:i|we)\s+(?:own|run|operate|manage|have)\s+(?:a|an|\d+|"
    + number_words(2, 5)
    + r"|several|multiple|a\s+few|our|my)?\s*(?:[\w-]+\s+){0,3}?(?:caf[eé]s?|coffee\s*shops?"
    r"|locations|shops?|stores|sites|kiosks?|carts?|restaurants?|bakery|roastery|espresso\s+bars?|stands?"
    r"|trucks?|coffee\s+bars?|drive[- ]?thrus?)\b"
    r"|\b(?:our|my)\s+(?:caf[eé]s?|coffee\s+shops?|shops?|restaurants?|bakery|bistro|hotel"
    r"|kiosks?|carts?|coffee\s+trucks?|stands?|stores?|locations?|current\s+(?:supplier|roaster|machines?"
    r"|espresso|grinders?|equipment|setup)|customers|baristas|locations|staff)\b"
    r"|\bswitch(?:ing)?\s+(?:coffee\s+)?(?:suppliers?|roasters?)\b"
    r"|\b(?:\d+|" + number_words(2, 10) + r")\s+(?:\w+\s+)?(?:caf[eé]s"
    r"|locations|shops|stores|branches|sites)\b|\balready\s+(?:have|run|own|operate)\b"
    r"|\b(?:caf[eé]|coffee\s+shop|shop)\s+owner\b|\bjust\s+opened\b|\bopened\s+(?:a|my|our)\b"
    r"|\bgot\s+(?:a|an|\d+|" + number_words(2, 5) + r"|\w+)\s+(?:\w+\s+)?(?:caf[eé]s?|shops?"
    r"|coffee\s+shops?|stores?|branch(?:es)?|locations)\b|\b(?:our|my)\s+\w+\s+year\b"
    r"|" + RUNNING_FOR + r"|\bsmall\s+chain\b"
    r"|\b(?:\d+|" + number_words(2, 6) + r")[\s-]+(?:location|site|store|shop)\s+(?:coffee|caf[eé]"
    r"|business|chain)|\bwe'?re\s+an?\s+(?:[\w-]+\s+){0,3}(?:caf[eé]|coffee\s+shop"
    r"|coffee\s+business|roastery|bakery|coffee\s+chain|chain|restaurant|bistro|hotel|deli"
    r"|diner|kiosk|coffee\s+cart|coffee\s+truck)\b"
    r"|\b(?:second|third|another|new)\s+(?:location|site|store|branch|outpost)\b"
    r"|\bexpansion\s+of\s+our\b|\b(?:running|operating|managing|owning)\s+(?:our|my|a|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:caf[eé]s?|coffee\s+shops?|shops?|business|kiosks?|carts?|restaurants?)\b|\b(?:our|my)\s+(?:espresso\s+)?(?:machines?|grinders?|equipment|baristas|staff|regulars)\b"
    r"|\b(?:1|one|a\s+single)\s+(?:caf[eé]|coffee\s+shop|shop|location|store)\b(?!\s+(?:in|next))"
    r"|\bcurrent\s+(?:espresso\s+)?(?:supplier|roaster|machines?|grinders?|equipment|setup"
    r"|beans|coffee)\b|\bexisting\s+(?:caf[eé]|coffee\s+shop|shop|business)\b"
    r"|\b(?:bought|took\s+over|inherited|acquired)\s+(?:a|an|the|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:caf[eé]|coffee\s+shop|shop|business)\b",
    re.I,
)
CASUAL_RE = re.compile(
    r"\b(?:at\s+home|home\s+(?:barista|brewer|espresso|setup|use)|for\s+fun|hobby|hobbyist"
    r"|just\s+(?:curious|browsing|looking)|for\s+myself|personal\s+use|my\s+kitchen"
    r"|as\s+a\s+gift|i'?m\s+a\s+student)\b",
    re.I,
)
BUSINESS_RE = re.compile(
    r"\b(?:caf[eé]s?|coffee\s*shops?|coffee\s+carts?|kiosks?|restaurants?|wholesale|bakery"
    r"|our\s+(?:shop|business|customers|office|menu)|my\s+(?:shop|business)|locations)\b",
    re.I,
)
# a quote *request* is read by :mod:`shared.understanding.quotes`; a price or "a quote from
# another dealer" said in passing commits to nothing
# not a property's lease ("negotiating the lease on the spaces") nor a budget question ("rough
# budget q: whats the total?"): asking for numbers is not intent
COMMITMENT_RE = re.compile(
    r"\b(?:proposal|budget(?!\s+(?:q|qs|question|questions)\b)|pricing\s+for\s+(?:our|my)"
    r"|ready\s+to\s+(?:order|buy)|place\s+an\s+order|sign\s+(?:me\s+|us\s+)?up|contract"
    r"|(?<!the\s)lease(?!\s+(?:on|for)\s+(?:the|a|our|this|that)\s+(?:[\w-]+\s+)?(?:space"
    r"|spaces|building|property|premises|unit|storefront|location|site)s?\b)|leasing"
    r"|(?:set\s+up|open)\s+(?:an\s+|a\s+wholesale\s+)?account)\b",
    re.I,
)
QUESTION_START = re.compile(
    r"^(?:(?:ok+|okay|so+|and|also|but|hi+|hiya|hey+|heya|yo|howdy|hello|thanks|before\s+that"
    r"|quick\s+question|oh|ah"
    r"|um|hmm|btw|wait|actually|lastly|last\s+thing|one\s+more\s+(?:thing|question))[,.!]?"
    r"\s+)*(?:what|what's|whats|how|do|does|did|is|are|can|could|would|will|which|where|when"
    r"|why|who|tell\s+me|any|should|explain)\b",
    re.I,
)
EMBEDDED_QUESTION = re.compile(
    r"\b(?:how\s+much|how\s+many|how\s+long|what\s+(?:is|are|does|do)|do\s+you\s+(?:have|offer"
    r"|sell|do|provide|ship|deliver)|can\s+you|is\s+there|are\s+there|i\s+(?:was\s+)?wonder"
    r"|tell\s+me\s+(?:about|more)|(?:price|prices|pricing|cost|costs)\s+(?:of|for|on)"
    r"|difference\s+between|(?:what|how)\s+about|what'?s\s+(?:your|the|that|this)|which\s+(?:one|of)"
    r"|how\s+(?:much|many|long|fast|soon)\b|(?:have|got)\s+a\s+question\s+(?:about|on|re)"
    r"|(?:info|information|details)\s+(?:on|about|regarding)|i'?d\s+like\s+to\s+know"
    r"|wondering\s+(?:about|if|whether)|(?:confirm|advise)\s+(?:whether|if|how"
    r"|what|when|which)|let\s+(?:me|us)\s+know\s+(?:whether|how|what|when|which)|(?:can|could|may)\s+(?:i|we)\s+(?:buy|get|order|purchase"
    r"|lease|rent|try|visit|pay|have)|what\s+\w+\s+(?:would|should|do|does|can)\s+(?:u|you|i|we)"
    r"|(?:would|do|can|could)\s+(?:u|you)\s+recommend|(?:need|want|give\s+me|send\s+me|get)"
    r"\s+(?:the\s+|your\s+|some\s+|a\s+)?(?:prices|pricing|price\s+list|costs))\b"
    r"|^\W*(?:[\w'-]+\s+){0,4}(?:price|prices|pricing|cost|costs|specs|availability)\s*[?.!]*$",
    re.I,
)
HUMAN_RE = re.compile(
    r"\b(?:(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|some\s*one\s+from\s+)?(?:real\s+"
    r"|actual\s+|live\s+)?(?:person|human|someone|somebody|sales(?:person)?|rep|representative"
    r"|agent|people|your\s+team|the\s+team|manager)|real\s+person|human\s+(?:please|being)"
    r"|(?:someone|somebody|sales(?:\s*(?:team|person|people|rep))?|salesperson|a\s+rep|a\s+person"
    r"|your\s+team|anyone)\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:call|contact|email|e-mail|reach|ring"
    r"|phone|text|get\s+in\s+touch\s+with)\s+me|call\s+me\s+back|contact\s+sales|sales\s+rep"
    r"|connect\s+me|(?:talk|speak)\s+(?:to|with)\s+sales|\bhuman\b|not\s+a\s+bot"
    r"|(?:get|have|send)\s+(?:someone|somebody|a\s+person|a\s+rep|sales|your\s+(?:sales\s+)?team"
    r"|your\s+sales\s+(?:guy|person|rep))\s+(?:to\s+)?(?:call|ring|phone|email|e-mail|contact"
    r"|reach\s+out|get\s+in\s+touch)"
    r"|(?:can|could|would|will)\s+you\s+(?:guys\s+|folks\s+|people\s+|all\s+)?(?:please\s+)?"
    r"(?:call|ring|phone|email|e-mail|contact|text)\s+me|give\s+me\s+a\s+(?:call|ring|shout)"
    r"|(?:please|pls)\s+(?:call|ring|email|contact)\s+me|(?<![\w']\s)(?:call|ring|text)\s+me\s+(?:on|at)"
    r"|(?:get|send)\s+(?:someone|somebody|a\s+tech(?:nician)?)\s+(?:out|over|here|down)"
    r"|(?:can|could|would|will|please|pls|need|want)\s+(?:you\s+)?(?:send\s+)?(?:someone|somebody"
    r"|a\s+tech(?:nician)?|your\s+tech(?:nician)?s?)\s+(?:\w+\s+){0,2}?(?:come\s+(?:out|over|by)"
    r"|stop\s+by|swing\s+by)"
    r"|\bhave\s+(?:the|your|an?)\s+(?:[\w-]+\s+){0,2}?(?:call|email|e-mail|ring|phone|contact"
    r"|reach\s+out\s+to)\s+(?:me|us)"
    r"|(?:can|could|would|will)\s+(?:your|one\s+of\s+your)\s+(?:[\w-]+\s+){1,3}?(?:call|contact"
    r"|email|e-mail|ring|phone|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:me|us)"
    r"|(?:someone|somebody|sales|your\s+(?:sales\s+)?team|you(?:\s+guys)?|a\s+person|a\s+rep"
    r"|anyone)\s+(?:\w+\s+){0,3}?(?:reach\s+out\s+to|get\s+back\s+to|follow\s+up\s+with"
    r"|get\s+in\s+touch\s+with|be\s+in\s+touch\s+with)\s+(?:me|us)"
    # a bare imperative "call me" ("sam ortiz 503 555 0117 call me", "Call me after 3pm"), not
    # "you can call me on ...", "call me Sam" or "don't call me"
    r"|(?:^|(?<=[.,;:!?\d]\s)|(?<=[.,;:!?]))(?:pls\s+|please\s+|just\s+)?(?:call|ring|text)\s+(?:me|us)"
    r"(?=\s*(?:$|[.,;!]|asap|back|today|tomorrow|tmrw|this\s+week|next\s+week|after|before"
    r"|any\s*time|whenever|please|pls|in\s+the\s+(?:morning|afternoon|evening))))\b",
    re.I,
)
PHONE_CUE = re.compile(r"\b(?:call|ring|phone|text)\b", re.I)
EMAIL_CUE = re.compile(r"\b(?:e-?mail|write)\b", re.I)
RESTART_RE = re.compile(
    r"\b(?:start\s+over|start\s+again|restart|reset|begin\s+again|from\s+scratch"
    r"|new\s+conversation|forget\s+everything)\b",
    re.I,
)
GOODBYE_RE = re.compile(
    r"\b(?:bye|goodbye|good\s+bye|see\s+you|see\s+ya|that'?s\s+all|that\s+is\s+all|talk\s+later"
    r"|have\s+a\s+(?:good|great|nice)\s+(?:day|one|evening)|(?:speak|talk|chat)\s+soon"
    r"|catch\s+you\s+later|until\s+next\s+time)\b",
    re.I,
)
REFUSAL_RE = re.compile(
    r"\b(?:rather\s+not|prefer\s+not|(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:want\s+to\s+)?"
    r"(?:give|share|provide|say|tell|leave|disclose)|not\s+(?:comfortable|giving|sharing)"
    r"|keep\s+(?:that|it)\s+(?:private|to\s+myself)|none\s+of\s+your\s+business|no\s+thanks"
    r"|no\s+phone|no\s+email|no\s+name|no\s+number|no\s+(?:sales\s+)?calls?|not\s+(?:going\s+to|gonna)\s+(?:give|share)"
    r"|not\s+(?:telling|giving|sharing|handing)|no\s+personal|(?:said|told\s+you)\s+no"
    r"|don'?t\s+want\s+to\s+(?:give|share|say)|not\s+interested\s+in\s+(?:giving|sharing|(?:a|any)\s+(?:calls?|emails?|phone))|don'?t\s+ask\s+(?:me\s+)?(?:for|about)"
    r"|(?:don'?t|do\s+not)\s+(?:have|use)\s+(?:an?\s+)?(?:e-?mail|phone|cell|mobile))\b",
    re.I,
)
FIELD_MENTION = {
    "phone": re.compile(r"\b(?:phone|telephone|number|cell|mobile|call)\b", re.I),
    "email": re.compile(r"\b(?:e-?mail|mail|address|contact\s+details)\b", re.I),
    "name": re.compile(r"\bname\b", re.I),
}
SKIP_WORDS = {"skip", "pass", "next", "move on", "next question", "skip it", "skip that"}
_DODGE_TEXT = """
    hmm hm hmmm um umm uh not sure unsure dunno idk know don't no idea clue maybe later ok
    okay k sure fine whatever yet i i'm im really haven't decided thought about it that
    please next question skip pass move on let's good question tbd n a nothing well told you
    said already still"""
DODGE_WORDS = frozenset(_DODGE_TEXT.split())
AFFIRM_RE = re.compile(
    r"^(?:yes|yeah|yep|yup|y|correct|right|exactly|sure|indeed|that'?s\s+(?:it|right|correct)"
    r"|oops|sorry|my\s+bad|affirmative|ok|okay)\b",
    re.I,
)
DENY_RE = re.compile(r"^(?:no|nope|nah|wrong|not\s+quite|incorrect)\b", re.I)
KEEP_TYPED_RE = re.compile(r"\b(?:is\s+(?:correct|right|fine)|as\s+(?:i\s+)?typed|really)\b", re.I)


def customer_type(text: str) -> CustomerType | None:
    """The visitor type the message states, if any (new café wins over existing café)."""
    if NEW_CAFE_RE.search(text):
        return CustomerType.NEW_CAFE
    if EXISTING_CAFE_RE.search(text):
        return CustomerType.EXISTING_CAFE
    if CASUAL_RE.search(text):
        return CustomerType.CASUAL_BROWSER
    return None


def asks_something(text: str) -> bool:
    """Worded as a question (not merely ending in "?": "maybe 250 cups a day?" answers), in
    any of its clauses ("I manage an office of 60, do you supply offices?")."""
    if _embeds_question(text):
        return True
    return any(QUESTION_START.search(part.strip()) for part in re.split(r"[.!?;,]+", text))


def _embeds_question(text: str) -> bool:
    """A question asked inside the message or one of its sentences ("cart. pico price")."""
    parts = (text, *re.split(r"(?<=[.!;])\s+", text))
    return any(EMBEDDED_QUESTION.search(part) for part in parts)


# a question after a comma ("last one i promise, is the roastery solar powered"): stricter than
# a sentence start, so "sure, do it" stays an answer
QUESTION_CLAUSE = re.compile(
    r"^(?:(?:is|are|does|can|could|would|will|should)\s+(?:the|you|u|your|ur|it|there|they|i"
    r"|we|this|that|a|an)|do\s+(?:you|u|y'all|ya|i|we|they)|(?:what|how|where|when|why|which"
    r"|who)\s+\w+)\b",
    re.I,
)


# question words in text-speak ("hw much", "wat time", "wen do u"), spelled out for
# :func:`is_question` only: the intent classifier's features read them as typed
_QUESTION_SPEAK = {typed: TEXT_SPEAK[typed] for typed in CHAT_KEEPS}
_SPOKEN_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_QUESTION_SPEAK, key=len, reverse=True)) + r")\b", re.I
)


def _spelled_out(text: str) -> str:
    """The text with its text-speak question words written out ("hw much" -> "how much")."""
    return _SPOKEN_WORD.sub(lambda m: _QUESTION_SPEAK[m.group(0).lower()], text)


def is_question(text: str) -> bool:
    """A question to answer from the knowledge base (any of its sentences may ask it), its
    question words possibly in text-speak ("hw much is the atlas 75")."""
    text = _spelled_out(text)
    if "?" in text or _embeds_question(text):
        return True
    if any(QUESTION_START.search(part.strip()) for part in re.split(r"[.!;:]+", text)):
        return True
    return any(QUESTION_CLAUSE.search(part.strip()) for part in text.split(","))


FOLLOW_UP = re.compile(
    r"^\W*(?:and|also|plus|or|&)\s+(?:for\s+|with\s+|on\s+)?(?:the\s+|your\s+|a\s+|an\s+)?"
    r"(?!\d|one\b|two\b|three\b|four\b)[\w'-]+(?:\s+[\w'-]+){0,5}\W*$",
    re.I,
)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'd|we|we're|we'd|my|our|me|us)\b", re.I)


def is_follow_up(text: str) -> bool:
    """An elliptical "and the X" / "also the Y" that asks no verb: taken after an answer, it
    asks the same about X. A first-person fragment ("and my email is ...") is not one."""
    return bool(FOLLOW_UP.match(text)) and FIRST_PERSON.search(text) is None


def asks_beyond_handoff(text: str) -> bool:
    """True when a message asking for a person also asks something else."""
    parts = re.split(r"(?<=[.!?])\s+", text)
    return any(is_question(part) and not HUMAN_RE.search(part) for part in parts)


CONTACT_MENTION = re.compile(r"\bcontact\s+(?:info|information|details)\b", re.I)
PERSONAL_MENTION = re.compile(
    r"\b(?:personal\s+(?:info|information|details|data)|nothing\s+personal|any\s+(?:details|info)"
    r"|my\s+(?:details|info))\b",
    re.I,
)
NOT_AN_ANSWER = re.compile(
    r"^(?:nah|nope|no)\b|\bthat'?s\s+(?:it|all)\b|\b(?:nothing|all\s+good|we'?re\s+good"
    r"|not\s+really|no\s+idea|no\s+clue|not\s+sure|don'?t\s+know|dunno|idk|think\s+about\s+it"
    r"|not\s+now|maybe\s+later)\b",
    re.I,
)


def refused_fields(text: str, asking: str | None) -> list[str]:
    """The fields the visitor refuses to give: every one named, else the one asked."""
    if REFUSAL_RE.search(text) and PERSONAL_MENTION.search(text):
        return ["name", "email", "phone"]
    if REFUSAL_RE.search(text) and CONTACT_MENTION.search(text):
        return ["email", "phone"]
    if not REFUSAL_RE.search(text):
        if asking in ("phone", "email") and words(text) in (["no"], ["nope"], ["no", "thanks"]):
            return [asking]
        return []
    named = [field for field, pattern in FIELD_MENTION.items() if pattern.search(text)]
    if named:
        return named
    return [asking] if asking and len(text.split()) <= 8 else []


ALSO_REFUSED = re.compile(
    r"^\W*(?:(?:and|or|nor)\s+(?:my\s+|the\s+|your\s+)?\w+(?:\s+\w+)?|(?:my\s+)?\w+(?:\s+\w+)?\s+"
    r"(?:either|too|as\s+well|neither))\W*$",
    re.I,
)


def also_refused(text: str) -> list[str]:
    """Fields named in a short follow-up to a refusal ("or phone", "name either")."""
    if not ALSO_REFUSED.match(text):
        return []
    return [field for field, pattern in FIELD_MENTION.items() if pattern.search(text)]


NOT_BY = re.compile(
    r"\b(?:no|not|don'?t|do\s+not|never|without|rather\s+not)\s+(?:\w+\s+){0,2}?(?:calls?"
    r"|calling|ring|phone|texts?|e-?mails?)\b",
    re.I,
)


def contact_channel(text: str) -> Literal["email", "phone"] | None:
    """The channel a visitor asks to be reached by ("call me" -> phone, "email me" -> email);
    a channel declined ("email me. No call needed.") is not the one asked for."""
    text = NOT_BY.sub(" ", text)
    if PHONE_CUE.search(text):
        return "phone"
    if EMAIL_CUE.search(text):
        return "email"
    return None


STOP_ASKING = re.compile(
    r"\b(?:stop|quit|enough\s+with|no\s+more)\s+(?:asking|the\s+questions|questions)\b"
    r"|\btoo\s+many\s+questions\b|\benough\s+questions\b",
    re.I,
)


def is_skip(text: str) -> bool:
    """The visitor asks to move past the current question (or to stop being asked)."""
    phrase = " ".join(words(text)).replace(" please", "")
    if STOP_ASKING.search(text):
        return True
    return phrase in SKIP_WORDS or phrase.startswith(("next question", "skip", "move on"))


def is_dodge(text: str) -> bool:
    """A non-answer: every word is hesitation ("hmm not sure", "dunno", "ok"), or a short
    "nah, that's it" / "no idea yet" that answers nothing."""
    tokens = words(text)
    if tokens and len(tokens) <= 8 and all(t in DODGE_WORDS for t in tokens):
        return True
    return (
        0 < len(tokens) <= 6
        and bool(NOT_AN_ANSWER.search(text))
        and not any(c.isdigit() for c in text)
    )


# a person declined before the words that would ask for one: "not ready to talk to sales yet",
# "don't need anyone to call me", "no need to contact me"
DECLINED_BEFORE = re.compile(
    r"\b(?:not\s+(?:ready|yet|now|looking)|(?:don'?t|do\s+not|doesn'?t)\s+(?:want|need)"
    r"|no\s+need|rather\s+not|no\s+(?:one|body)\s+(?:needs?\s+)?to)\b[^.!?;,]{0,20}$",
    re.I,
)


def asks_for_person(text: str) -> bool:
    """The message asks for a person (a call, a rep, sales) and does not decline one."""
    return any(
        DECLINED_BEFORE.search(text[: found.start()]) is None for found in HUMAN_RE.finditer(text)
    )


def stated(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern is said in a sentence that asks nothing: "do you sell wholesale?" or "can I
    lease it?" asks about the offer; "we need wholesale pricing" says something of the visitor."""
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text)
    return any(pattern.search(part) and not _asks(part) for part in parts)


def _asks(part: str) -> bool:
    return "?" in part or bool(QUESTION_START.search(part.strip()))


BUY_RE = re.compile(
    r"\b(?:can|could|may|do|does|where|how|will)\b[^.?!]{0,40}?\b(?:buy|purchase|order|sell)\b"
    r"|\bsell\s+(?:\w+\s+){0,2}to\s+(?:me|individuals|consumers|home|regular\s+people)\b",
    re.I,
)
# the company's own buying, not the visitor's: "do you buy from farms directly?"
SOURCING_RE = re.compile(
    r"\b(?:do|does|did)\s+(?:you|u|y'?all|copperline|they)\s+(?:\w+\s+)?(?:buy|purchase)\s+"
    r"(?:(?:your|their|the|green)\s+(?:\w+\s+)?)?(?:from|directly|direct|through|at)\b",
    re.I,
)


def flags(text: str) -> dict[str, bool]:
    """Every rule-based flow signal of the message."""
    return {
        "question": is_question(text),
        "restart": bool(RESTART_RE.search(text)),
        "human": asks_for_person(text),
        "goodbye": bool(GOODBYE_RE.search(text)),
        "business_context": stated(BUSINESS_RE, text),
        "commitment": stated(COMMITMENT_RE, text),
        "affirm": bool(AFFIRM_RE.search(text.strip())),
        "deny": bool(DENY_RE.search(text.strip())),
        "keep_typed": bool(KEEP_TYPED_RE.search(text)),
        "skip": is_skip(text),
        "buy": bool(BUY_RE.search(text)) and not SOURCING_RE.search(text),
        "dodge": is_dodge(text),
    }


def wants_answer(text: str) -> bool:
    """A question worth a knowledge-base lookup (not just "can I talk to a person?")."""
    if not is_question(text) or RESTART_RE.search(text):
        return False
    return asks_beyond_handoff(text) if HUMAN_RE.search(text) else True
