"""A topic asked with the "-wise" suffix put as the knowledge base would say it.

"what else do u do sustainability wise", "how are you warranty-wise on the pico": the noun
before "wise" is the topic asked ("for sustainability", "for warranty"); written with the
suffix it carries a word no sentence has, and the meaning search drifts off it. Adverbs made
with "-wise" that name no topic ("otherwise", "likewise", "clockwise") are no topic. Pure.
"""

from __future__ import annotations

import re

#: "sustainability wise", "price-wise": a noun, then "wise" as its own word or after a hyphen.
_TOPIC_WISE = re.compile(
    r"\b(?!(?:other|like|clock|counter|street|penny|pound|that|this|the|a|an|and|or|be|so)\b)"
    r"(?P<noun>[a-z]{3,})[- ]wise\b",
    re.I,
)


def as_topic(question: str) -> str:
    """``question`` with each "<noun> wise" as "for <noun>" ("what do you do sustainability
    wise?" -> "what do you do for sustainability?"); any other text unchanged."""
    return _TOPIC_WISE.sub(lambda m: f"for {m['noun']}", question)
