"""A question dictated on after a statement, with no mark between them.

Owners typing between customers run a statement straight into their question: "2 cafes right
now, we go thru 6 of the 5lb bags a week is that enough for ur discount", "want a 2nd cart for
next season whats the pico run", "budget is tight is there anything under 5 grand". Read as one
part, the statement's words decide the answer (the bag size, not the discount). The question
is read as if a full stop stood before it: the statement is the visitor's story, the question
what is asked. Pure: a sentence in, its statement and question out.
"""

from __future__ import annotations

import re

from shared.understanding.questions import (
    FOLLOW_UP,
    TOPIC_QUESTION,
    TOPIC_WH,
    asks_on_condition,
    is_question,
)

#: Where a question dictated on starts: a question word in its asking form ("whats the",
#: "how much", "is that", "is there", "do you"), never a bare "what" or "how" that opens a
#: clause of the statement ("that's what we need", "how we work").
_ASK_START = re.compile(
    r"\b(?:what'?s|whats|what\s+(?:is|are|does|do|would|will|about)"
    r"|how\s+(?:much|many|long|soon|fast|often)"
    r"|is\s+(?:that|there|it|this)|are\s+there|do\s+(?:you|u|ya)|does\s+(?:it|that|this)"
    r"|can\s+(?:you|u)|could\s+(?:you|u))\b",
    re.I,
)

#: Words a question word after them belongs to: an embedded question ("not sure what's best",
#: "tell me how much"), a subordinate clause ("the thing is it leaks", "that's what's left"),
#: a joining word the question would share with the statement ("and", "or", "if").
_NOT_BEFORE = re.compile(
    r"\b(?:sure|know|knows|wonder|wondering|ask|asking|asked|tell|told|see|explain|decide|show"
    r"|about|of|on|in|for|to|from|with|at|by|is|was|are|were|be|that|thats|that's|if|whether"
    r"|and|or|but|so|because|cause|cuz|than|then|just|problem|issue|question|point|reason"
    # "the thing is it leaks" tells; "your repair thing is it 24/7" names a thing and asks
    r"|(?:the|one|only|main|other|funny|whole|first|last|big)\s+thing"
    r"|catch|fact|truth|worry|idea|plan|deal|only|me|us|which|who|where|when|why|what|how)\W*$",
    re.I,
)

#: Fewest words a statement has before the question it runs into ("hi is there" is no story).
MIN_STORY_WORDS = 3


def dictated_ask(sentence: str) -> tuple[str, str] | None:
    """``sentence`` as the statement it opens with and the question dictated on after it
    ("... 5lb bags is that enough for ur discount" -> "... 5lb bags", "is that enough for ur
    discount"), or None when it holds no such pair: the question must start a question of its
    own (:func:`is_question`), the words before it must not ask (a question running on,
    "how much is it is there a discount", stays whole) nor be a topic set before it with a
    colon ("the sample kit: is it included"), and must be a statement of at least
    :data:`MIN_STORY_WORDS` words not leading into the question word ("not sure what's best")."""
    if asks_on_condition(sentence):  # "if the machine breaks on a sunday, is there anybody"
        return None  # a case supposed belongs to its question, it is no story
    for match in _ASK_START.finditer(sentence):
        head, ask = sentence[: match.start()].rstrip(" ,"), sentence[match.start() :]
        if len(head.split()) < MIN_STORY_WORDS or _NOT_BEFORE.search(head):
            continue
        if ":" in head:  # "the sample kit: is it included ...": a topic set before its ask
            return None
        if FOLLOW_UP.match(head) or TOPIC_QUESTION.match(sentence) or TOPIC_WH.match(sentence):
            return None  # "and the in-person version, how many ...": a topic put first
        if is_question(head):
            return None  # a question before it: the message asks on, no story leads it
        if is_question(ask):
            return head, ask
    return None


#: "so" before a question dictated on: the question drawn from the story ("our tech keeps
#: no-showing on us so what does the plan cost").
_SO_ASK = re.compile(r"\s+so\s+(?=" + _ASK_START.pattern + r")", re.I)


def told_before_so(clause: str) -> str:
    """The story a clause tells before a question it draws with "so" ("... keeps no-showing
    on us so what does the plan cost" -> "... keeps no-showing on us"), or "" when none: the
    words after "so" must ask, those before must tell (:data:`MIN_STORY_WORDS` or more, no
    question of their own)."""
    for match in _SO_ASK.finditer(clause):
        head, ask = clause[: match.start()], clause[match.end() :]
        if len(head.split()) >= MIN_STORY_WORDS and not is_question(head) and is_question(ask):
            return head
    return ""
