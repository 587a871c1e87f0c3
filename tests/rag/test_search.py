"""Searching the demo bundle: exact names, meaning, the category filter and bad questions."""

from __future__ import annotations

import pytest

from shared.errors import ValidationFailed
from shared.rag.bm25 import BM25, tokenize
from shared.rag.retriever import Retriever, fuse


def test_exact_product_name_ranks_its_section_first(retriever: Retriever) -> None:
    """ "Atlas 64" finds the Atlas 64 section, not the similar Atlas 75."""
    [best, *_] = retriever.search("Atlas 64", k=3)
    assert best.chunk.heading == "Atlas 64"
    assert "$1,350" in best.chunk.text


def test_paraphrased_question_finds_the_answer(retriever: Retriever) -> None:
    """A question worded unlike the document still retrieves the right chunk."""
    hits = retriever.search("Can I pay for equipment monthly instead of all at once?", k=3)
    assert any("36 months" in hit.chunk.text for hit in hits)


def test_results_are_ordered_and_scored(retriever: Retriever) -> None:
    """Results come best first with fused and cosine scores, at most k of them."""
    hits = retriever.search("decaf coffee", k=4)
    assert 0 < len(hits) <= 4
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(-1.0 <= h.dense_score <= 1.0 for h in hits)


def test_category_filter_keeps_only_that_category(retriever: Retriever) -> None:
    """With a category, every result comes from it, even for a question about another one."""
    hits = retriever.search("How much is the Lumen 2-Group?", k=5, category="services")
    assert hits
    assert {hit.chunk.category for hit in hits} == {"services"}
    assert retriever.search("How much is the Lumen 2-Group?", k=1)[0].chunk.category == "products"


def test_unknown_category_is_a_validation_error(retriever: Retriever) -> None:
    """A category the bundle does not have is refused clearly."""
    with pytest.raises(ValidationFailed, match="Unknown category"):
        retriever.search("coffee", category="recipes")


def test_off_topic_question_finds_nothing(retriever: Retriever) -> None:
    """A question the knowledge base cannot answer returns no chunks at all."""
    assert retriever.search("Who won the football world cup in 1998?") == []


@pytest.mark.parametrize("question", ["", "   \n\t", "x" * 10_000, "\x00\ud83d"])
def test_odd_questions_do_not_crash(retriever: Retriever, question: str) -> None:
    """Empty, huge and garbled questions return a list, never an exception."""
    assert isinstance(retriever.search(question), list)


def test_very_long_question_is_still_answered(retriever: Retriever) -> None:
    """A 10,000-character question is truncated and searched rather than refused."""
    question = "What does the Atlas 64 cost? " + "please " * 1500
    assert len(question) >= 10_000
    assert retriever.search(question)[0].chunk.heading == "Atlas 64"


def test_embed_is_shared_with_other_callers(retriever: Retriever) -> None:
    """The retriever exposes its model for intent similarity."""
    assert retriever.embed(["hello", "world"]).shape == (2, 384)


def test_bm25_prefers_rare_exact_terms() -> None:
    """BM25 ranks the document with the query's rare terms first and ignores stopwords."""
    docs = ["the atlas 75 grinder", "the atlas 64 grinder", "the lumen machine"]
    bm25 = BM25.build(docs)
    assert bm25.top("atlas 64", k=3)[0][0] == 1
    assert bm25.top("the", k=3) == []
    assert bm25.top("atlas", k=3, allowed=__import__("numpy").array([2])) == []
    assert tokenize("Leasing leased lease") == ["leas", "leas", "leas"]


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    """An id ranked well by both rankings beats one ranked first by only one of them."""
    fused = fuse([(1.0, [1, 2, 3]), (1.0, [2, 3, 1])])
    assert max(fused, key=fused.__getitem__) == 2
