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
    sentence = _GIVE_BACK.sub(r"return \1", sentence)
    sentence = _PAUSE.sub("pause", sentence)
    return _FOR_TO.sub("to ", sentence)
