"""Stage 2: split documents into chunks by heading, with a size limit and overlap.

Pure functions: a document's text goes in, :class:`~shared.rag.types.Chunk` objects come out.
Each section under a heading becomes one chunk; a section longer than ``max_chars`` is cut at
paragraph, line or sentence boundaries into windows that repeat about ``overlap`` characters of
the previous window, so a fact straddling a cut is whole in at least one chunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index_builder.load import Document
from shared.rag.types import Chunk

MAX_CHARS = 1000
OVERLAP = 150
MIN_INTRO = 300
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Section:
    """A heading and the body text under it."""

    heading: str
    body: str


def sections(text: str, title: str) -> list[Section]:
    """Markdown ``text`` split at headings; text before any sub-heading goes under the title."""
    found: list[Section] = []
    heading, fenced = title, False
    lines: list[str] = []
    for line in text.splitlines():
        fenced = fenced != line.lstrip().startswith("```")
        match = None if fenced else _HEADING.match(line)
        if match:
            found.append(Section(heading, "\n".join(lines).strip()))
            heading, lines = (title if len(match.group(1)) == 1 else match.group(2)), []
        else:
            lines.append(line)
    found.append(Section(heading, "\n".join(lines).strip()))
    return _merge_intro([section for section in found if section.body], title)


def _merge_intro(found: list[Section], title: str) -> list[Section]:
    """Fold a short introduction into the first section: alone it matches everything vaguely."""
    if len(found) < 2 or found[0].heading != title or len(found[0].body) > MIN_INTRO:
        return found
    first = Section(found[1].heading, f"{found[0].body}\n\n{found[1].body}")
    return [first, *found[2:]]


def pieces(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces no longer than ``limit``: paragraphs, lines, sentences, words."""
    if len(text) <= limit:
        return [text]
    for separator in ("\n\n", "\n", None):
        parts = _SENTENCE_END.split(text) if separator is None else text.split(separator)
        parts = [part.strip() for part in parts if part.strip()]
        if len(parts) > 1:
            return [piece for part in parts for piece in pieces(part, limit)]
    return [text[i : i + limit] for i in range(0, len(text), limit)]


def windows(text: str, max_chars: int = MAX_CHARS, overlap: int = OVERLAP) -> list[str]:
    """Pack the pieces of ``text`` into windows of at most ``max_chars``, overlapping."""
    result: list[str] = []
    current: list[str] = []
    for piece in pieces(text, max_chars):
        if current and len("\n".join([*current, piece])) > max_chars:
            result.append("\n".join(current))
            current = _tail(current, overlap, max_chars - len(piece) - 1)
        current.append(piece)
    if current:
        result.append("\n".join(current))
    return result


def _tail(previous: list[str], overlap: int, room: int) -> list[str]:
    """The last pieces of the previous window, up to ``overlap`` characters (and what fits)."""
    tail: list[str] = []
    for piece in reversed(previous):
        if len("\n".join([piece, *tail])) > min(overlap, room):
            break
        tail.insert(0, piece)
    return tail


def chunk_document(
    document: Document, max_chars: int = MAX_CHARS, overlap: int = OVERLAP
) -> list[Chunk]:
    """All chunks of one document, in reading order."""
    if document.markdown:
        parts = sections(document.text, document.title)
    else:
        parts = [Section(document.title, document.text.strip())]
    return [
        Chunk(
            text=window,
            title=document.title,
            category=document.category,
            source=document.source,
            heading=section.heading,
        )
        for section in parts
        for window in windows(section.body, max_chars, overlap)
    ]


def chunk_documents(
    documents: list[Document], max_chars: int = MAX_CHARS, overlap: int = OVERLAP
) -> list[Chunk]:
    """The chunks of every document, in document order."""
    return [chunk for doc in documents for chunk in chunk_document(doc, max_chars, overlap)]
