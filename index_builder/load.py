"""Stage 1: read markdown, text and PDF files from a folder into documents.

The category of a document is the first sub-folder it lives in (``products/grinders.md`` is in
``products``). Files that cannot be read (not UTF-8, a broken PDF, directly in the root folder)
are skipped with a logged warning and listed in :attr:`LoadResult.skipped`.
"""

from __future__ import annotations

import hashlib
import logging
import warnings
from pathlib import Path

from pydantic import BaseModel

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
PDF_SUFFIXES = {".pdf"}


class Document(BaseModel):
    """One source file, decoded to text."""

    source: str  # path relative to the source folder, with forward slashes
    category: str
    title: str
    text: str
    markdown: bool
    sha256: str
    mtime: float


class LoadResult(BaseModel):
    """The documents that were read and the files that were skipped, with the reason."""

    documents: list[Document]
    skipped: dict[str, str]


def candidate_files(source: Path) -> list[Path]:
    """Readable-looking files under ``source``, in a stable order; hidden paths are ignored."""
    suffixes = TEXT_SUFFIXES | PDF_SUFFIXES
    files = [
        path
        for path in source.rglob("*")
        if path.is_file()
        and path.suffix.lower() in suffixes
        and not any(part.startswith(".") for part in path.relative_to(source).parts)
    ]
    return sorted(files, key=lambda path: path.relative_to(source).as_posix())


def markdown_title(text: str) -> str | None:
    """The text of the first level-1 heading, if any."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or None
    return None


def title_from_name(path: Path) -> str:
    """A readable title from a file name: ``coffee-blends.md`` -> ``Coffee blends``."""
    words = path.stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else path.name


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader  # only the builder reads PDFs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf warns about cosmetic problems in many PDFs
        reader = PdfReader(path)
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)


def _decode(path: Path, raw: bytes) -> str:
    if path.suffix.lower() in PDF_SUFFIXES:
        return _pdf_text(path)
    return raw.decode("utf-8-sig")


def read_document(path: Path, source: Path) -> Document:
    """Read one file; raises ``ValueError`` (or a pypdf error) when it cannot be decoded."""
    relative = path.relative_to(source)
    if len(relative.parts) < 2:
        raise ValueError("not inside a category folder")
    raw = path.read_bytes()
    text = _decode(path, raw).replace("\r\n", "\n")
    markdown = path.suffix.lower() in {".md", ".markdown"}
    return Document(
        source=relative.as_posix(),
        category=relative.parts[0],
        title=(markdown_title(text) if markdown else None) or title_from_name(path),
        text=text,
        markdown=markdown,
        sha256=hashlib.sha256(raw).hexdigest(),
        mtime=path.stat().st_mtime,
    )


def load_documents(source: Path) -> LoadResult:
    """Read every supported file under ``source``; unreadable ones are logged and skipped."""
    documents: list[Document] = []
    skipped: dict[str, str] = {}
    for path in candidate_files(source):
        name = path.relative_to(source).as_posix()
        try:
            document = read_document(path, source)
        except Exception as exc:  # any unreadable file is skipped, never fatal
            skipped[name] = f"{type(exc).__name__}: {exc}"[:200]
            log.warning("skipped %s: %s", name, skipped[name])
            continue
        if document.text.strip():
            documents.append(document)
        else:
            skipped[name] = "no text"
            log.warning("skipped %s: no text", name)
    return LoadResult(documents=documents, skipped=skipped)
