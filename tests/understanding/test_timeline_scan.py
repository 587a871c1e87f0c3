"""The timeline reader's scan pre-filter: skipping the patterns whose words a text lacks
never changes what is found."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

import shared.understanding.entities.timeline as timeline
from shared.understanding.lexicon import HOLIDAYS, MONTHS, SEASONS

ROOT = Path(__file__).resolve().parents[2]
FILLERS = ["next", "in", "by", "early", "the", "of", "4th", "1st", "2027", "'27", "-", ".", ","]
FILLERS += ["mid-", "opening", "open", "maybe", "market", "decaf", "fallen", "winters", "x5"]


def corpus_texts() -> list[str]:
    """Every string in the repository's labelled corpora (tests/corpus, training)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.add(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in [*ROOT.glob("tests/corpus/**/*.yaml"), *ROOT.glob("training/**/*.yaml")]:
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            walk(document)
    return sorted(found)


def made_up_texts(count: int) -> list[str]:
    """Random runs of calendar words, leads and look-alikes ("market", "fallen", "x5may")."""
    rng = random.Random(7)
    words = [*MONTHS, *HOLIDAYS, *SEASONS, *FILLERS]
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 7))) for _ in range(count)]
    for word in words:
        texts += [f"{head}{word}{tail}" for head in ("", "x", "5") for tail in ("", "s", "'s", ".")]
    return texts


def full_scan(text: str) -> tuple[str, tuple[int, int]] | None:
    """What the reader finds when every pattern is scanned."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timeline, "_scanned", lambda _: timeline._COMPILED)
        found = timeline._first(text)
    return (found[0], found[1].span()) if found else None


def test_the_pre_filter_finds_what_the_full_scan_finds() -> None:
    """On the labelled corpora and on made-up calendar phrases, as typed, in capitals and in
    title case, the filtered scan finds the same phrase, of the same kind, at the same place as
    scanning every pattern (and some of them do hold timelines)."""
    texts = corpus_texts() + made_up_texts(3000)
    variants = [v for t in texts for v in (t, t.upper(), t.title())]
    with_timeline = 0
    for text in variants:
        expected = full_scan(text)
        found = timeline._first(text)
        assert ((found[0], found[1].span()) if found else None) == expected, text
        with_timeline += expected is not None
    assert with_timeline > len(variants) // 10


def test_text_without_the_words_skips_the_slow_patterns() -> None:
    """A message with no month, holiday or season word is not scanned for them; one in
    another script is scanned by every pattern."""
    kinds = [kind for kind, _ in timeline._scanned("we need a grinder asap")]
    assert not {"month", "leadmay", "holiday", "season"} & set(kinds)
    assert "asap" in kinds
    assert len(timeline._scanned("abrimos en marzo, ¿sí?")) == len(timeline._COMPILED)
    assert "leadmay" not in dict(timeline._scanned("maybe soon"))
