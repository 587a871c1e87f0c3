"""A sentence with no content words of its own ("Yes.") never answers alone."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from shared.rag.embedding import Embedder
from shared.rag.meaning import choose, is_bare
from shared.rag.sentences import Sentence, SentenceIndex
from shared.rag.types import Chunk, ScoredChunk


def _sentence(text: str, heading: str) -> Sentence:
    return Sentence(text=text, source="faq.md", heading=heading, title="FAQ", category="faq")


def _hit(heading: str) -> ScoredChunk:
    chunk = Chunk(text="", title="FAQ", category="faq", source="faq.md", heading=heading)
    return ScoredChunk(chunk=chunk, score=1.0, dense_score=0.5)


def test_affirmations_alone_are_bare_and_sentences_with_content_are_not() -> None:
    """ "Yes.", "Yes, we do.", "No." are bare; "Yes, within limits." says something."""
    assert all(is_bare(t) for t in ["Yes.", "Yes, we do.", "No.", "Absolutely!", "yep"])
    assert not any(is_bare(t) for t in ["Yes, within limits.", "Samples are free."])


def test_a_bare_yes_in_another_section_does_not_outscore_the_answer(embedder: Embedder) -> None:
    """ "can we do that?" is nearer to "Yes." (0.33) than to any sentence with content: the
    "Yes." scores as the sentence it introduces, so it no longer brings its own section's
    answer; asked about that section, the "Yes." still leads its sentence."""
    sentences = [
        _sentence("Yes.", "Can we pause deliveries?"),
        _sentence(
            "Deliveries run weekly or biweekly and can be paused.", "Can we pause deliveries?"
        ),
        _sentence("Our technicians install the machine.", "Installation"),
    ]
    vectors = np.asarray(embedder.embed([s.text for s in sentences]), dtype=np.float32)
    index = SentenceIndex(sentences, vectors)
    hits = [_hit("Can we pause deliveries?"), _hit("Installation")]
    chosen = choose(index, _vector(embedder, "can we do that?"), hits)
    assert chosen is not None
    assert [s.text for s in chosen.sentences] == [sentences[2].text]
    again = choose(index, _vector(embedder, "can we pause deliveries?"), hits)
    assert again is not None
    assert [s.text for s in again.sentences][:2] == [sentences[0].text, sentences[1].text]


def _vector(embedder: Embedder, text: str) -> npt.NDArray[np.float32]:
    return np.asarray(embedder.embed([text])[0], dtype=np.float32)
