"""A message's reading: its spoken fillers left out, its spoken numbers written as digits,
and that normalised.

The reader leaves a dictated message's fillers out once ("um", "you know", the filler "like":
:mod:`shared.understanding.fillers`), writes a dictated address ("amy at fern cafe dot com"),
reads its numbers once ("two hundred cups" is 200 cups:
:func:`shared.understanding.numerals.read_numbers`), and the catalog names dictation split or
misheard as the names ("a tlas" is the Atlas:
:func:`shared.understanding.spoken_names.spoken_names`), and a value the message takes back in
line as the value meant ("the Foundry... no sorry, the decaf one" asks of the decaf:
:func:`shared.understanding.self_repairs.self_repaired`); every rule of the turn then reads the
:class:`Reading`, never the numbers again. A chat turn keeps its readings in its foresight
(:func:`shared.conversation.foresight.reading_of`), so the brain's foresee step, its
understanding and, in LLM mode, the early knowledge-base lookup share the one reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.understanding.entities.dictated_emails import written_dictation
from shared.understanding.fillers import without_filler_words, without_hesitations
from shared.understanding.fuzzy import normalise
from shared.understanding.numerals import read_numbers
from shared.understanding.self_repairs import self_repaired
from shared.understanding.spoken_names import spoken_names


@dataclass(frozen=True)
class Reading:
    """``said`` as the reader reads it."""

    said: str  # the message read: as typed, or its English gloss
    numbers: str  # fillers out, addresses written, numbers as digits, catalog names spelled,
    # values taken back in line replaced by the ones meant
    text: str  # ``numbers`` normalised: what the rules and the embedding read
    repaired: bool = False  # whether a value was taken back in line (a correction's cue said)


def read(said: str) -> Reading:
    """The reading of ``said`` (pure): a dictated address ("amy at fern cafe dot com") is
    written before the numbers are read, so its words are read as no count, place or
    business ("two bridges" stays in marcus@twobridgescoffee.com)."""
    numbers = without_filler_words(read_numbers(written_dictation(without_hesitations(said))))
    numbers = spoken_names(numbers)
    repaired = self_repaired(numbers)
    return Reading(said, repaired, normalise(repaired), repaired != numbers)
