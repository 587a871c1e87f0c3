"""Every sentence of the knowledge base with its embedding: answers ranked by meaning.

The index builder embeds each sentence once, with its section heading as context ("Can I send
something back?: Unopened coffee can be returned within 14 days."), into the bundle
(``sentences.jsonl`` and ``sentences.npy``). At question time ranking a passage's sentences is
one matrix product with the question's vector, which the retriever computed anyway: no
embedding per sentence per turn.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict

from shared.rag.errors import BundleCorrupt
from shared.rag.passages import sentences_of
from shared.rag.types import Chunk

SENTENCES_FILE = "sentences.jsonl"
VECTORS_FILE = "sentences.npy"


class Sentence(BaseModel):
    """One sentence (or list item) of a section, markdown removed."""

    model_config = ConfigDict(frozen=True)

    text: str
    source: str
    heading: str
    title: str
    category: str


def section_key(source: str, heading: str) -> str:
    """The key of one section: its document and heading."""
    return f"{source}#{heading}"


def split_chunks(chunks: Sequence[Chunk]) -> list[Sentence]:
    """The distinct sentences of the chunks, in reading order (overlapping chunks give each
    sentence once)."""
    seen: set[tuple[str, str]] = set()
    found: list[Sentence] = []
    for chunk in chunks:
        for text in sentences_of(chunk.text):
            if (chunk.source, text) in seen:
                continue
            seen.add((chunk.source, text))
            found.append(
                Sentence(
                    text=text,
                    source=chunk.source,
                    heading=chunk.heading,
                    title=chunk.title,
                    category=chunk.category,
                )
            )
    return found


def embedding_text(sentence: Sentence) -> str:
    """What is embedded for a sentence: its heading, then the sentence."""
    return f"{sentence.heading}: {sentence.text}"


class SentenceIndex:
    """Sentences with unit vectors, grouped by section."""

    def __init__(self, sentences: list[Sentence], vectors: npt.NDArray[np.float32]) -> None:
        if len(sentences) != len(vectors):
            raise BundleCorrupt("The sentence vectors and the sentences disagree in number.")
        self.sentences = sentences
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._sections: dict[str, list[int]] = {}
        for n, sentence in enumerate(sentences):
            self._sections.setdefault(section_key(sentence.source, sentence.heading), []).append(n)

    def save(self, folder: Path) -> list[str]:
        """Write the two files into a bundle folder; return their names."""
        lines = "".join(s.model_dump_json() + "\n" for s in self.sentences)
        (folder / SENTENCES_FILE).write_text(lines, encoding="utf-8")
        np.save(folder / VECTORS_FILE, self.vectors, allow_pickle=False)
        return [SENTENCES_FILE, VECTORS_FILE]

    @classmethod
    def open(cls, folder: Path) -> SentenceIndex:
        """Read the two files of a bundle folder."""
        try:
            lines = (folder / SENTENCES_FILE).read_text(encoding="utf-8").splitlines()
            sentences = [Sentence.model_validate(json.loads(ln)) for ln in lines if ln]
            vectors = np.load(folder / VECTORS_FILE, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise BundleCorrupt("The bundle's sentence index cannot be read.") from exc
        return cls(sentences, vectors)

    def section_ids(self) -> list[list[int]]:
        """Every section's sentence ids, in reading order."""
        return list(self._sections.values())

    def in_sections(self, keys: Sequence[str]) -> list[int]:
        """The ids of the sentences of these sections, section by section."""
        return [n for key in dict.fromkeys(keys) for n in self._sections.get(key, [])]

    def similarities(self, vector: npt.NDArray[np.float32], ids: Sequence[int]) -> list[float]:
        """Cosine similarity of a query vector to each of the sentences ``ids``."""
        if not ids:
            return []
        return [float(x) for x in self.vectors[list(ids)] @ vector.reshape(-1)]

    def best(self, vector: npt.NDArray[np.float32]) -> tuple[int, float] | None:
        """The sentence of the whole knowledge base nearest to a query vector."""
        if not self.sentences:
            return None
        scores = self.vectors @ vector.reshape(-1)
        n = int(np.argmax(scores))
        return n, float(scores[n])
