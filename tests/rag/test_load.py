"""Loading source folders: categories, titles, PDFs, and files that must be skipped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from index_builder.load import load_documents

Tree = Callable[[dict[str, str | bytes]], Path]


def pdf_with_text(text: str) -> bytes:
    """A minimal one-page PDF showing ``text`` in Helvetica (offsets computed, valid xref)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_category_is_the_first_sub_folder(write_tree: Tree) -> None:
    """A file's category is its first folder, however deep it sits; titles come from the H1."""
    source = write_tree({"products/machines/lumen.md": "# Lumen\n\nText.", "faq/pay.txt": "Card."})
    docs = load_documents(source).documents
    assert [(d.source, d.category, d.title) for d in docs] == [
        ("faq/pay.txt", "faq", "Pay"),
        ("products/machines/lumen.md", "products", "Lumen"),
    ]


def test_pdf_text_is_extracted(write_tree: Tree) -> None:
    """PDF files are read as text documents."""
    source = write_tree({"company/brochure.pdf": pdf_with_text("Roasted in Portland since 2011")})
    [doc] = load_documents(source).documents
    assert "Roasted in Portland since 2011" in doc.text
    assert (doc.category, doc.title, doc.markdown) == ("company", "Brochure", False)


def test_non_utf8_and_broken_files_are_skipped_and_logged(
    write_tree: Tree, caplog: pytest.LogCaptureFixture
) -> None:
    """Undecodable files are skipped with a warning naming them; the good file still loads."""
    source = write_tree(
        {
            "faq/good.md": "# Good\n\nFine.",
            "faq/latin1.md": "# Caf\xe9\n".encode("latin-1"),
            "faq/broken.pdf": b"%PDF-1.4 this is not really a pdf",
            "loose.md": "# Not in a category",
            ".hidden/secret.md": "# Hidden",
        }
    )
    with caplog.at_level(logging.WARNING):
        result = load_documents(source)
    assert [d.source for d in result.documents] == ["faq/good.md"]
    assert set(result.skipped) == {"faq/latin1.md", "faq/broken.pdf", "loose.md"}
    assert "faq/latin1.md" in caplog.text


def test_empty_folder_loads_nothing(write_tree: Tree) -> None:
    """An empty source folder yields no documents (the builder then refuses to build)."""
    result = load_documents(write_tree({}))
    assert result.documents == []
    assert result.skipped == {}
