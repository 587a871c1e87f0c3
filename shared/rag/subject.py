"""A follow-up about the subject of an answer that named no catalog item.

"how much coffee is in it?" after the free sample kit points at that section, not at a
product: the question is read with the section's heading before it ("Free sample kit for new
cafés: how much coffee is in it?"), so retrieval finds the section again. Only a question that
points back with a pronoun, asks only an attribute ("since when" after the B Corp answer) or
asks it again of another thing ("for beans" after the minimum order) or asks only the least to
order ("how much do we need to order" after the custom blend), asks only a day ("Saturday
possible?" after the showroom) or names only another place ("what about Arizona?" after the
technicians' area), and names no subject of its own is read so. Pure.
"""

from __future__ import annotations

from collections.abc import Callable

from shared.understanding.place_follow_ups import about_places, names_only_place
from shared.understanding.reference import (
    asks_again_for,
    asks_attribute_only,
    asks_minimum_only,
    day_asked,
    points_back,
)


def on_subject(
    question: str,
    subject: str | None,
    names_subject: Callable[[str], bool],
    states_days: Callable[[str], bool] = lambda _: False,
    place: str | None = None,
) -> str:
    """``question`` read against ``subject`` (a section heading) when it points back and
    or asks only an attribute ("since when", "what hours") or only a day of a section that
    states days, or names only ``place`` (the place the question names, normalised), and names
    no item or kind of its own (``names_subject``); else unchanged."""
    leans = points_back(question) or asks_attribute_only(question) or asks_again_for(question)
    placed = place is not None and subject is not None and about_places(subject)
    leans = leans or (placed and names_only_place(question, place or ""))
    leans = leans or asks_minimum_only(question)  # "how much do we need to order"
    # "only free weekends. Saturday possible?": that sentence alone, of a subject whose section
    # ``states_days`` (the showroom's visits), not of one that says none (the sample kit)
    day = day_asked(question) if subject and states_days(subject) else None
    if not subject or not (leans or day) or names_subject(question):
        return question
    if asks_attribute_only(question):
        subject = _other_attribute(subject, question)
    return f"{subject}: {question if leans else day}"


#: The attributes a heading may close on ("Delivery fees", "Delivery times"): what that
#: section states of its topic.
_HEADING_ATTRIBUTES = frozenset(
    {"fee", "fees", "cost", "costs", "price", "prices", "time", "times"}
)


def _other_attribute(subject: str, question: str) -> str:
    """The heading's topic alone when the fragment asks another attribute of it ("how long"
    after "Delivery fees": "Delivery"), so the section stating that attribute is found; the
    heading whole when the fragment asks what it says ("any fee?" after "Delivery fees")."""
    *topic, said = subject.split() or [""]
    if not topic or said.lower() not in _HEADING_ATTRIBUTES:
        return subject
    return subject if said.lower().rstrip("s") in question.lower() else " ".join(topic)
