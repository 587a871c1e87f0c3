"""The calendar and number words live in one lexicon per language: a static check over the code.

A word list of a lexicon concept (the months, the weekdays, the seasons, the number words one
to twelve) is written once, in :mod:`shared.understanding.lexicon`; every other module builds
its patterns from it. A second copy elsewhere (a month list in a regex, a stop-word list naming
the days) is found here as several distinct words of one concept close together in a file.
"""

from __future__ import annotations

import re
from pathlib import Path

from shared.understanding.lexicon import (
    ENGLISH_MONTHS,
    FOREIGN_MONTHS,
    MONTHS,
    SEASONS,
    SMALL_NUMBERS,
    WEEKDAYS,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("shared", "functions", "index_builder", "training")
HOME = ROOT / "shared" / "understanding" / "lexicon.py"
WINDOW = 30  # words: a list is written together, prose mentions a month here and there
# Each concept: word -> the member it names, and how many distinct members make a list.
# "may", "fall" and "one" are left out: they stand in any prose.
CONCEPTS: dict[str, tuple[dict[str, object], int]] = {
    "months": ({w: n for w, n in {**MONTHS, **FOREIGN_MONTHS}.items() if w != "may"}, 4),
    "weekdays": ({d: d for d in WEEKDAYS}, 4),
    "seasons": ({s: SEASONS[s] for s in SEASONS if s != "fall"}, 3),
    "number words": ({w: n for w, n in SMALL_NUMBERS.items() if w != "one"}, 4),
}
_WORD = re.compile(r"[^\W\d_]+")


def lists_in(text: str) -> list[tuple[str, int]]:
    """Where ``text`` writes a list of a lexicon concept: (concept, line number) per list."""
    words = [(m.group(0).lower(), text.count("\n", 0, m.start()) + 1) for m in _WORD.finditer(text)]
    found = []
    for concept, (members, enough) in CONCEPTS.items():
        for start in range(len(words)):
            window = words[start : start + WINDOW]
            named = {members[w] for w, _ in window if w in members}
            if len(named) >= enough and words[start][0] in members:
                found.append((concept, words[start][1]))
                break
    return found


def test_the_detector_finds_a_month_list_written_as_a_regex() -> None:
    """A month alternation and a stop-word list of days are found, a date in prose is not."""
    assert lists_in('MONTH = r"(?:jan|feb|mar|apr|may|jun)[a-z]*"') == [("months", 1)]
    assert lists_in("stop words: monday tuesday wednesday thursday") == [("weekdays", 1)]
    assert lists_in("open in March, maybe April, call Monday") == []
    assert lists_in('_COUNT = r"(?:\\d+|two|three|four|five)"') == [("number words", 1)]


def test_no_lexicon_list_is_written_outside_the_lexicon() -> None:
    """No source file but the lexicon lists months, weekdays, seasons or number words."""
    copies = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == HOME:
                continue
            for concept, line in lists_in(path.read_text(encoding="utf-8")):
                copies.append(f"{path.relative_to(ROOT)}:{line} lists {concept}")
    assert copies == [], "import these words from shared.understanding.lexicon:\n" + "\n".join(
        copies
    )


def test_the_lexicon_lists_each_month_once() -> None:
    """The English months are twelve distinct names, January first, each known to MONTHS."""
    assert len(set(ENGLISH_MONTHS)) == 12
    assert [MONTHS[m] for m in ENGLISH_MONTHS] == list(range(1, 13))
