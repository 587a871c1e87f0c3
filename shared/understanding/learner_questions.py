"""Questions in learner English put in the order and words a native speaker types.

Visitors writing English as a second language keep their first language's question shapes:
the statement's word order with a question mark ("and there is a fee?", "we can give it
back?", "to stop it during holidays is possible?"), "which" where English says "what" of one
thing ("which is the phone number of sales?"), "for" or "for to" before a verb ("how many
days for deliver", "for to have a blend"), "give it back" for returning a purchase and "stop it
during holidays" for a pause. The retriever and the knowledge base's matching rules read the
native shapes, so each is rewritten into it. Only a sentence that ends in "?" is read (a
statement stays a statement: "we can wait a month." asks nothing), and each rule needs its
learner shape whole. Pure.
"""

from __future__ import annotations

import re

#: Where a clause of a sentence starts: the sentence start, after a comma, semicolon or "and".
_CLAUSE = r"(?P<lead>^\W*|[,;:]\s*|\b(?:and|but|so|also)\s+)"
#: "and there is a fee?", "there are discounts for cafés?": "is there ...?".
_THERE = re.compile(_CLAUSE + r"there\s+(?P<be>is|are)\s+(?=\w)", re.I)
#: "we can give it back?", "you can come until Idaho?": the modal before its subject.
_MODAL = re.compile(
    _CLAUSE + r"(?P<subject>we|you|i)\s+(?P<modal>can|could|must|should)\s+(?=[a-z])", re.I
)
#: "it is possible to pay in parts?", "is possible for us ...?": "is it possible ...".
_POSSIBLE = re.compile(_CLAUSE + r"(?:it\s+)?(?:is|it's|its)\s+possible\b", re.I)
#: "to stop it during holidays is possible?": the infinitive put first, then "is possible".
_POSSIBLE_AFTER = re.compile(
    _CLAUSE + r"(?P<doing>to\s+[^,;?]+?)\s+(?:it\s+)?is\s+possible\s*(?=\?|$)", re.I
)
#: "which is the phone number", "which are your opening hours": "what" of one thing asked, not
#: a choice among several ("which is the best", "which is cheaper, X or Y", "which one is").
_WHICH_IS = re.compile(
    r"\bwhich\s+(?P<be>is|are|was|were)\s+(?P<det>the|your|ur)\s+"
    r"(?!(?:best|better|most|least|more|less|one|ones|right|same|difference|\w+est|cheaper"
    r"|bigger|smaller|larger|faster|stronger|lighter|darker|quieter|newer|older|easier)\b)",
    re.I,
)
#: "for deliver", "for to have": "for" before a bare verb is the learner's "to" (only verbs that
#: are seldom nouns after "for": "for delivery", "for use", "for sale" are left alone).
_BARE_VERBS = (
    "deliver|write|try|make|get|buy|have|know|see|ask|send|receive|arrive|install|become|bring"
    "|come|go|take|give|keep|learn|reach|pay|find|speak|talk|prepare|open|start|serve|brew"
)
_FOR_TO = re.compile(rf"\bfor\s+(?:to\s+(?=[a-z])|(?=(?:{_BARE_VERBS})\b))", re.I)
#: "we can give it back?": handing a purchase back to the seller is returning it.
_GIVE_BACK = re.compile(r"\bgiv(?:e|ing)\s+(it|them|(?:the|our|my)\s+\w+)\s+back\b", re.I)
#: "to stop it during holidays", "interrupt the deliveries for two weeks": a stop for a while
#: is a pause (a stop for good, "stop the subscription", stays a stop).
_PAUSE = re.compile(
    r"\b(?:stop|suspend|interrupt|freeze|hold)(?=\s+(?:it|them|the\s+\w+|our\s+\w+)\s+"
    r"(?:during|for|over|while)\b[^?.]{0,30}?\b(?:holidays?|vacations?|breaks?|weeks?|months?"
    r"|closed|summer|winter|christmas)\b)",
    re.I,
)
#: "how many litre it makes?", "how many pound per month we need?": a question of quantity or
#: time in the statement's order, with no "do": "how many litres does it make?". Not after an
#: auxiliary already there ("how much would it cost") nor before one ("how long it is"), nor
#: before an "-ing" ("how much we talking").
_NO_DO = re.compile(
    _CLAUSE + r"(?P<wh>how\s+(?:many|much|long|often|soon)(?:\s+[^\s,;:?]+){0,4}?)\s+"
    r"(?P<subject>we|i|you|they|it)\s+(?P<verb>[a-z]+)\b(?=[^?]*\?)",
    re.I,
)
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "am",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "must",
        "shall",
        "may",
        "might",
        "have",
        "has",
        "had",
        "dare",
    ]
)
#: The "-s" of "it makes", "-es" of "it fixes", "it goes": off for "does it make".
_THIRD_PERSON = re.compile(r"(?:(?<=sh)|(?<=ch)|(?<=ss)|(?<=x)|(?<=z)|(?<=o))es$|(?<!s)s$")
#: "the coffee is roasted how many time before the shipping?": the question word left where
#: the answer goes, after a passive verb: "how many time before the shipping is the coffee
#: roasted?".
_IN_SITU = re.compile(
    _CLAUSE + r"(?P<subject>(?:the|your|our|my)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+"
    r"(?P<be>is|are)\s+(?P<done>[a-z]+(?:ed|en)|made|sent|built|brought)\s+"
    r"(?P<wh>(?:how\s+(?:many|much|long|often|soon)|when|where)\b[^?,;]*?)\s*(?=\?)",
    re.I,
)
#: "how many pound", "how many litre": a unit counted in the singular, as languages without a
#: plural after a number say it; the knowledge base's matching reads "pounds", "litres".
_UNIT_COUNTED = re.compile(
    r"\bhow\s+many\s+(?P<unit>pound|litre|liter|kilo|gram|ounce|cup|bag|day|week|month"
    r"|hour|minute|year)\b",
    re.I,
)
#: "how much do I become for it": the German "bekommen" (to get), said with the English word
#: of the same sound.
_BECOME = re.compile(
    r"\b(?P<ask>how\s+much\s+(?:do|does|will|would|can|could)?\s*(?:i|we)\s+)become\b"
    r"(?=[^?]*\bfor\b)",
    re.I,
)
#: "if the grinder arrives and we don't like (it)": its arrival is only the time of the
#: condition, which is the dislike ("if we don't like the grinder"), the condition of a return.
_ARRIVES_DISLIKED = re.compile(
    r"\bif\s+(?P<thing>it|they|(?:the|our|my)\s+[^\W\d_]+)\s+(?:arrives?|comes?|gets?\s+here"
    r"|is\s+delivered)\s+and\s+(?P<who>we|i)\s+(?P<neg>don't|do\s+not|dont)\s+like"
    r"(?:\s+(?:it|them))?\b",
    re.I,
)
#: "is it possible to pay in parts?": paid in instalments (the Spanish "a plazos", the German
#: "in Raten", said with the English word for a piece).
_IN_PARTS = re.compile(
    r"\b(?P<pay>pay(?:ing)?\s+(?:it\s+|them\s+|this\s+|that\s+)?)in\s+(?:several\s+|monthly\s+)?"
    r"(?:parts|portions|pieces)\b",
    re.I,
)
#: "you have a filter for this?", "and you deliver also to Mexico?": the statement's order of a
#: yes/no question with no "do", a clause of its own opening with "you" and a verb of trade.
_YOU_NO_DO = re.compile(
    _CLAUSE + r"(?P<verb>you\s+(?:also\s+)?(?:have|sell|deliver|ship|offer|make|roast|provide|carry"
    r"|stock|accept|take|send|install|repair|service|rent|lease|need|know|give))\b(?=[^?]*\?)",
    re.I,
)
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def as_native(question: str) -> str:
    """``question`` with every learner shape of its "?" sentences put the native way (see the
    module docstring); other sentences and any text without a shape unchanged."""
    return "".join(_native(s) if s.rstrip().endswith("?") else s for s in _sentences(question))


def _sentences(text: str) -> list[str]:
    found = _SENTENCE.findall(text)
    return found if "".join(found) == text else [text]


def _native(sentence: str) -> str:
    sentence = _POSSIBLE_AFTER.sub(r"\g<lead>is it possible \g<doing>", sentence)
    sentence = _POSSIBLE.sub(r"\g<lead>is it possible", sentence)
    sentence = _THERE.sub(lambda m: f"{m['lead']}{m['be']} there ", sentence)
    sentence = _MODAL.sub(lambda m: f"{m['lead']}{m['modal']} {m['subject']} ", sentence)
    if not re.search(r"\bor\b", sentence, re.I):  # "which is the one, X or Y?": a choice
        sentence = _WHICH_IS.sub(lambda m: f"what {m['be']} {m['det']} ", sentence)
    sentence = _ARRIVES_DISLIKED.sub(r"if \g<who> \g<neg> like \g<thing>", sentence)
    sentence = _GIVE_BACK.sub(r"return \1", sentence)
    sentence = _PAUSE.sub("pause", sentence)
    sentence = _UNIT_COUNTED.sub(lambda m: f"{m.group(0)}s", sentence)
    sentence = _IN_PARTS.sub(r"\g<pay>in installments", sentence)
    sentence = _NO_DO.sub(_with_do, sentence)
    sentence = _YOU_NO_DO.sub(r"\g<lead>do \g<verb>", sentence)
    sentence = _BECOME.sub(r"\g<ask>get", sentence)
    sentence = _IN_SITU.sub(
        lambda m: f"{m['lead']}{m['wh']} {m['be']} {m['subject']} {m['done']}", sentence
    )
    return _FOR_TO.sub("to ", sentence)


def _with_do(found: re.Match[str]) -> str:
    """The question of :data:`_NO_DO` with its "do" ("does" and the bare verb after "it")."""
    verb = found["verb"]
    words = {w.lower() for w in found["wh"].split()[2:]} | {verb.lower()}
    if words & _AUXILIARIES or verb.lower().endswith("ing"):
        return found.group(0)
    subject = found["subject"]
    if subject.lower() != "it":
        return f"{found['lead']}{found['wh']} do {subject} {verb}"
    bare = _THIRD_PERSON.sub("", verb)
    return f"{found['lead']}{found['wh']} does it {bare}"
