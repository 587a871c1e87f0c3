"""Chat interjections are one list, `lexicon.INTERJECTIONS` (issue 22, s31): a told clause is
stored without those at its edges ("omg", "welp", a stretched "ughhh"), except the ones that
change what it tells ("jk", "idk", Spanish "yo"), and none of them is ever a topic word."""

from __future__ import annotations

import pytest

from shared.conversation.fields import pain_points
from shared.understanding.asides import without_asides
from shared.understanding.lexicon import FUNCTION_WORDS, INTERJECTIONS, TELLING_INTERJECTIONS
from tests.understanding.playing import read_text


def _pain(message: str) -> str | None:
    return pain_points(read_text(message), False)


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("omg our grinder keeps jamming every morning", "our grinder keeps jamming every morning"),
        ("our current beans taste burnt welp", "our current beans taste burnt"),
        ("ughhh the espresso machine leaks every day", "the espresso machine leaks every day"),
        ("the delivery is always late honestly", "the delivery is always late"),
        # negative: a clause taken back keeps the "jk" that takes it back
        ("our grinder keeps jamming jk", "our grinder keeps jamming jk"),
    ],
)
def test_a_told_pain_loses_the_interjections_at_its_edges(message: str, stored: str) -> None:
    """Interjections of the one list opening or closing a pain clause are left out of it; a
    "jk" closing it stays, since it takes the clause back."""
    assert _pain(message) == stored


@pytest.mark.parametrize(
    "clause",
    [
        "Yo no tengo la máquina todavía",  # Spanish "I"
        "idk maybe 40 drinks a day",  # a guess says it is one
        "the omg blend is out of stock",  # inside the clause
        "ugh",  # an interjection alone is left as typed
    ],
)
def test_words_that_tell_stay_in_a_told_clause(clause: str) -> None:
    """Negative: a telling interjection at a clause's edge, an interjection inside the clause
    and a clause that is only an interjection are kept as typed."""
    assert without_asides(clause) == clause


def test_every_interjection_is_a_function_word() -> None:
    """The answerer's function words hold the whole list, the telling ones included: none of
    them names a topic the knowledge base could lack."""
    assert INTERJECTIONS <= FUNCTION_WORDS
    assert TELLING_INTERJECTIONS <= INTERJECTIONS
    assert {"ugh", "welp", "jk"} <= FUNCTION_WORDS
