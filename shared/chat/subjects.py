"""The subject of an answer that named no catalog item, kept for the follow-up that points at it.

"can i get a free sample?" is answered from the "Free sample kit for new cafés" section and
names no product, so no "recent:" entry records what "it" means next ("how much coffee is in
it?"). The section's heading is that subject: the chat keeps it as an "about:N:heading" topic
entry, and passes the latest one to the answerer while it is newer than the latest entities.
Pure over the topic list and the bundle's chunks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from shared.catalog import Catalog
from shared.conversation.topics import RECENT, next_entry
from shared.rag.passage_answers import asks_which
from shared.rag.question import is_question_like
from shared.rag.types import Answer, Chunk, Source
from shared.understanding.reference import carrying_sentence, names_a_topic

ABOUT = "about:"  # topic entries "about:N:Free sample kit for new cafés"


def section_of(answer: Answer, chunks: Sequence[Chunk], catalog: Catalog) -> str | None:
    """The heading of the section an answer quoted when the answer names none of the catalog's
    items and the section is no item's own; None otherwise. Items named only in a plural in
    passing ("Customers on the Pro and Multi-site plans can call our emergency repair line")
    leave the section the subject."""
    if not answer.grounded or not answer.evidence:
        return None
    if any(names_as_such(answer.text, e.name) for e in catalog.entities):
        return None
    quoted = answer.evidence[0]
    chunk = next((c for c in chunks if quoted in " ".join(c.text.split())), None)
    if chunk is None or not chunk.heading:
        return None
    owned = any(e.source == chunk.source and e.heading == chunk.heading for e in catalog.entities)
    return None if owned else chunk.heading


def names_as_such(text: str, name: str) -> bool:
    """Whether ``text`` names the item ``name`` as such, not only as a modifier of a plural
    that names several ("the Pro and Multi-site plans")."""
    return re.search(rf"{re.escape(name)}(?!s\b)", text) is not None


def subject_topic(topics: list[str], heading: str) -> str:
    """A new, uniquely numbered "about:" entry for ``heading``."""
    return next_entry(topics, ABOUT, heading)


def recent_subject(topics: list[str]) -> str | None:
    """The heading of the latest "about:" entry when it is newer than the latest entities."""
    about = [n for n, t in enumerate(topics) if t.startswith(ABOUT)]
    if not about:
        return None
    entities = [n for n, t in enumerate(topics) if t.startswith(RECENT)]
    if entities and entities[-1] > about[-1]:
        return None
    return topics[about[-1]].split(":", 2)[2] or None


def asks_for_something(message: str) -> bool:
    """Whether a message the chat does not look up still asks for a thing ("need something
    for cold brew", "can i get a free sample?") or names a topic alone ("shipping to toronto"),
    so its answer's subject is worth keeping."""
    return asks_which(message) or is_question_like(message) or names_a_topic(message)


def said_again(question: str, said: str | None, chunks: Sequence[Chunk]) -> Answer | None:
    """The sentence of the reply just given (``said``) that an attribute-only fragment asks
    about ("what hours" after the emergency repair line's answer: its hours, not the sales
    team's), when the knowledge base says it word for word; None otherwise. The reply's own
    words (a question of the chat's) are never such a sentence."""
    sentence = carrying_sentence(question, said or "")
    if sentence is None:
        return None
    chunk = next((c for c in chunks if sentence in " ".join(c.text.split())), None)
    if chunk is None:
        return None
    source = Source(title=chunk.title, category=chunk.category, source=chunk.source)
    return Answer(text=sentence, sources=[source], grounded=True, evidence=[sentence])
