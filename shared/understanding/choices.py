"""A visitor picking from the choice the bot's last reply asked for.

The bot sometimes ends with a question of its own that offers a choice ("Our prices at a
glance: ... Which would you like to know more about?"). The next message naming only an item
or a kind ("the grinders", "maintenance plans") is the pick: a question about that thing, not a
statement of what the visitor needs. Pure: the bot's last reply, the message and the catalog's
product words in.
"""

from __future__ import annotations

import re

from shared.understanding.item_only import names_only_an_item
from shared.understanding.lexicon import FUNCTION_WORDS
from shared.understanding.text import words

#: the bot's last sentence asks the visitor to choose ("Which would you like ...?", "Which one?")
_CHOICE_ASKED = re.compile(r"(?:^|[.!?]\s+)which\b[^.!?]*\?\s*$", re.I)


def picks_from_choice(message: str, last_reply: str | None, products: frozenset[str]) -> bool:
    """Whether ``message`` names only a thing the catalog sells ("the grinders") right after
    a reply that asked the visitor to choose."""
    if not last_reply or _CHOICE_ASKED.search(last_reply.strip()) is None:
        return False
    if not names_only_an_item(message):
        return False
    said = [w for w in words(message) if w not in FUNCTION_WORDS]
    return any(w in products or w.removesuffix("s") in products for w in said)
