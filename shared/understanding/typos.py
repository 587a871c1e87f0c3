"""The one typo matcher: which cue word a mistyped word stands for.

A typo is a few edits (Levenshtein distance: a letter added, dropped or changed) from the word
meant and keeps its first letter ("grindr" is a "grinder"; "raising" is no "training", "boise"
no "noise"). Both readers of typos ask this: the normaliser, which rewrites a message onto the
rules' cue words (:mod:`shared.understanding.fuzzy`), and the support desk's vocabularies
(:mod:`shared.understanding.support_issues`). Whether an English word may be a typo at all is
the caller's rule (the normaliser never corrects one; the desk takes a form of its stem).
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein


def mistyped(word: str, cues: Sequence[str], edits: int = 1) -> str | None:
    """The cue word nearest ``word`` within ``edits`` edits when it starts with the same letter,
    else None (the nearest cue is judged alone: a nearer one with another first letter wins
    and is refused)."""
    found = process.extractOne(word, cues, scorer=Levenshtein.distance, score_cutoff=edits)
    if found is None:
        return None
    candidate = str(found[0])
    return candidate if candidate[:1] == word[:1] else None
