""" "What's the catch?" right after an answer: the rest of the section that answer quoted.

"Can we get our own house blend with our café's name on the bag? What's the catch?": the
first ask is answered by the custom blend's threshold; the second names no topic of its own,
only the conditions of the one just answered, which are the other sentences of that section
(the 4 weeks it takes). The reader says which part asks so
(:func:`shared.understanding.reference.asks_the_rest`). Pure: the sentence index and the parts
in.
"""

from __future__ import annotations

from shared.rag.parts import Part
from shared.rag.sentences import SentenceIndex, section_key


def rest_of_section(index: SentenceIndex, said: Part) -> Part | None:
    """The sentences of the section ``said`` quoted that it did not say, as a part (with no
    text when it said all of them); None when it quoted no one section."""
    keys = {
        section_key(s.source, s.heading) for s in index.sentences if s.text in said.evidence
    } or {section_key(s.source, s.heading) for s in index.sentences if s.text in said.text}
    if len(keys) != 1:
        return None
    rest = [index.sentences[n].text for n in index.in_sections(list(keys))]
    rest = [s for s in rest if s not in said.text and s not in said.evidence]
    return Part(" ".join(rest), True, said.entities, said.sources, rest)
