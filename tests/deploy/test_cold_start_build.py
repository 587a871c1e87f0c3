"""What the chat's cold start depends on in the deployed folder: bytecode shipped for every
module (a read-only source folder would otherwise be compiled at every cold start) and kept by
`gcloud functions deploy`, and no package installed that the chat never imports."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from infra.build import GCLOUDIGNORE, vendor
from shared import wordlists
from shared.wordlists import SortedLines, SortedWords

ROOT = Path(__file__).resolve().parents[2]
# Packages FastEmbed brought along; the embedder runs the ONNX model itself (shared/rag).
NEVER_IMPORTED = ("fastembed", "pillow", "py-rust-stemmers", "loguru", "mmh3")
CHECKED_HASH = 0b11  # PEP 552 flags: hash-based, checked against the source


@pytest.fixture(scope="module")
def built_auth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return vendor("auth", tmp_path_factory.mktemp("build"))


def test_every_module_ships_hash_checked_bytecode(built_auth: Path) -> None:
    """Each .py of the vendored folder has a cpython-311 .pyc validated by the source's hash
    (so copying and uploading, which change times, keep it valid)."""
    sources = sorted(built_auth.rglob("*.py"))
    assert len(sources) > 20
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached.is_file(), source
        flags = int.from_bytes(cached.read_bytes()[4:8], "little")
        assert flags == CHECKED_HASH, source


def test_the_deploy_upload_keeps_the_bytecode(built_auth: Path) -> None:
    """The folder's own .gcloudignore replaces gcloud's default and excludes no bytecode."""
    text = (built_auth / ".gcloudignore").read_text()
    assert text == GCLOUDIGNORE
    rules = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert not any("pyc" in rule or "pycache" in rule for rule in rules)


def test_chat_requirements_exclude_packages_it_never_imports() -> None:
    """The chat's deployed lock (rag.txt) pins none of FastEmbed's stack, and no deployed code
    imports it."""
    pinned = set(
        re.findall(r"^([a-z0-9-]+)==", (ROOT / "requirements" / "rag.txt").read_text(), re.M)
    )
    assert pinned.isdisjoint(NEVER_IMPORTED)
    code = [
        p.read_text() for folder in ("shared", "functions") for p in (ROOT / folder).rglob("*.py")
    ]
    assert not any(re.search(r"^\s*(from|import) (fastembed|PIL)\b", c, re.M) for c in code)


def test_a_function_without_numpy_gets_its_headwords_as_text(built_auth: Path) -> None:
    """A function without the chat's packages (no numpy, no english-words) gets the GCIDE
    headwords as a sorted text file, read without either, and reads the first names from
    gender-guesser."""
    folder = built_auth / "shared" / wordlists.RELATIVE
    assert sorted(p.name for p in folder.iterdir()) == ["gcide.txt"]
    requirements = (built_auth / "requirements.txt").read_text().lower()
    assert "numpy" not in requirements
    assert "english-words" not in requirements
    headwords = wordlists.load("gcide", folder)
    assert isinstance(headwords, SortedLines)
    assert "grinder" in headwords
    assert "ruiz" not in headwords
    names = wordlists.load("first_names", folder)
    assert not isinstance(names, (SortedWords, SortedLines))
    assert "maria" in names
