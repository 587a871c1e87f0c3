"""A message's reading: its spoken numbers written as digits, and that normalised.

The reader reads a message's numbers once ("two hundred cups" is 200 cups:
:func:`shared.understanding.numerals.read_numbers`), and the catalog names dictation split or
misheard as the names ("a tlas" is the Atlas:
:func:`shared.understanding.spoken_names.spoken_names`); every rule of the turn then reads the
:class:`Reading`, never the numbers again. A chat turn keeps its readings in its foresight
(:func:`shared.conversation.foresight.reading_of`), so the brain's foresee step, its
understanding and, in LLM mode, the early knowledge-base lookup share the one reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.understanding.fuzzy import normalise
from shared.understanding.numerals import read_numbers
from shared.understanding.spoken_names import spoken_names


@dataclass(frozen=True)
class Reading:
    """``said`` as the reader reads it."""

    said: str  # the message read: as typed, or its English gloss
    numbers: str  # with its spoken numbers as digits and the catalog's names as spelled
    text: str  # ``numbers`` normalised: what the rules and the embedding read


def read(said: str) -> Reading:
    """The reading of ``said`` (pure)."""
    numbers = spoken_names(read_numbers(said))
    return Reading(said, numbers, normalise(numbers))
