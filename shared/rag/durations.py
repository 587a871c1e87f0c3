""" "How long does it last" questions: answered by a sentence that states a span of time.

"how long do the beans stay good after roasting?" asks how long something remains usable; the
sentence that answers it states a span ("between 7 and 30 days after its roast date", "lasts
about 6 months"), not a deadline before something happens ("we roast within 48 hours of
shipping"), which a company fact about roasting would otherwise give. Pure: text in, verdicts
out; :func:`shared.rag.meaning.choose_span` picks among the candidate sentences.
"""

from __future__ import annotations

import re

_LASTING = re.compile(
    r"\bhow long\b.*\b(?:stay|stays|last|lasts|keep|keeps|good|fresh|usable|fine)\b"
    r"|\bshelf[- ]?life\b|\bbest before\b|\bhow soon\b.*\b(?:use|drink|brew)\b"
    # "how many days after the roast date should we start using it", "when is it best after
    # roasting": the span it is best in
    r"|\bhow many (?:days|weeks|months)\b.*\b(?:after|from|since)\b"
    r"|\bwhen (?:should|can|do|is)\b.*\b(?:use|using|drink|brew|best)\b.*\b(?:after|from)\b",
    re.I,
)
_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
_SPAN = re.compile(
    rf"\b(?:between\s+\d+\s+and\s+\d+\s+{_UNIT}|\d+\s*(?:to|-|–)\s*\d+\s+{_UNIT}"
    rf"|lasts?\s+(?:about\s+|around\s+|up to\s+)?\d+\s+{_UNIT})",
    re.I,
)


def asks_lasting(question: str) -> bool:
    """Whether the question asks how long something stays usable or lasts."""
    return bool(_LASTING.search(question))


def states_span(sentence: str) -> bool:
    """Whether the sentence states a span of time ("between 7 and 30 days", "lasts about 6
    months"), not only a deadline ("within 48 hours")."""
    return bool(_SPAN.search(sentence))
