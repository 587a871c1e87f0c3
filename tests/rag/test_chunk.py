"""Chunking: sections by heading, the size limit, the overlap, and plain-text documents."""

from __future__ import annotations

import itertools

from index_builder.chunk import chunk_document, sections, windows
from index_builder.load import Document


def make_document(text: str, *, markdown: bool = True, title: str = "Guide") -> Document:
    return Document(
        source="products/guide.md",
        category="products",
        title=title,
        text=text,
        markdown=markdown,
        sha256="0" * 64,
        mtime=0.0,
    )


def test_each_heading_starts_a_section() -> None:
    """Every sub-heading opens a new section that carries the heading's text."""
    text = (
        "# Guide\n\n## Grinders\n\nAtlas grinders.\n\n"
        "### Atlas 64\n\nSmall one.\n\n## Water\n\nClarity."
    )
    found = sections(text, "Guide")
    assert [(s.heading, s.body) for s in found] == [
        ("Grinders", "Atlas grinders."),
        ("Atlas 64", "Small one."),
        ("Water", "Clarity."),
    ]


def test_short_introduction_is_folded_into_the_first_section() -> None:
    """A one-line introduction under the title is kept, but inside the first section's chunk."""
    found = sections("# Guide\n\nWelcome.\n\n## First\n\nBody.", "Guide")
    assert [(s.heading, s.body) for s in found] == [("First", "Welcome.\n\nBody.")]


def test_headings_inside_code_fences_are_not_headings() -> None:
    """A ``#`` line inside a fenced code block stays part of the section's text."""
    found = sections("## Setup\n\n```\n# not a heading\n```\nDone.", "Guide")
    assert len(found) == 1
    assert "# not a heading" in found[0].body


def test_long_sections_are_cut_within_the_limit_with_overlap() -> None:
    """A long section becomes several windows under the limit that repeat the previous tail."""
    sentences = [f"Sentence number {i} talks about espresso." for i in range(60)]
    parts = windows(" ".join(sentences), max_chars=300, overlap=80)
    assert len(parts) > 5
    assert all(len(part) <= 300 for part in parts)
    for previous, current in itertools.pairwise(parts):
        assert current.split("\n")[0] in previous  # the first piece repeats the previous tail
    assert all(any(sentence in part for part in parts) for sentence in sentences)


def test_an_unbreakable_run_of_text_is_still_cut_to_size() -> None:
    """Text without any boundary is cut hard rather than producing an oversized chunk."""
    assert all(len(part) <= 100 for part in windows("x" * 450, max_chars=100, overlap=20))


def test_chunks_carry_document_metadata() -> None:
    """Chunks know their title, category, source path and heading."""
    chunks = chunk_document(make_document("# Guide\n\n## Atlas 64\n\nPrice: $1,350."))
    assert [c.model_dump() for c in chunks] == [
        {
            "text": "Price: $1,350.",
            "title": "Guide",
            "category": "products",
            "source": "products/guide.md",
            "heading": "Atlas 64",
        }
    ]


def test_plain_text_is_one_section_under_the_title() -> None:
    """A text or PDF document has no headings: its sections are windows under the title."""
    chunks = chunk_document(make_document("## not markdown\n\nbody", markdown=False, title="Notes"))
    assert [(c.heading, c.text) for c in chunks] == [("Notes", "## not markdown\n\nbody")]
