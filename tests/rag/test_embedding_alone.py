"""A text's vector does not depend on the batch it is embedded in: the answerer remembers the
vectors of context sentences embedded alone where it once embedded them beside the question."""

from __future__ import annotations

import numpy as np

from shared.rag.embedding import Embedder


def test_a_text_alone_has_its_vector_in_a_batch(embedder: Embedder) -> None:
    """Each text's vector embedded alone equals, bit for bit, its row in a padded batch."""
    texts = [
        "when were you founded",
        "About us: Who we are. We were founded in 2011 in Portland by two roasters.",
        "Showroom: Hours. Open Tuesday through Saturday, 9am-5pm.",
    ]
    batch = embedder.embed(texts)
    alone = np.vstack([embedder.embed([text]) for text in texts])
    assert np.array_equal(batch, alone)
