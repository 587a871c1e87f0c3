"""The word lists precomputed at build time answer exactly as the lists read from their
packages do."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared import wordlists
from shared.wordlists import SortedLines, SortedWords


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wordlists")
    wordlists.write_all(folder)
    return folder


@pytest.fixture(scope="module")
def written_as_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wordlists-text")
    wordlists.write_lines(folder, wordlists.SOURCES)
    return folder


@pytest.mark.parametrize("as_text", [False, True], ids=["array", "text"])
@pytest.mark.parametrize("name", sorted(wordlists.SOURCES))
def test_precomputed_list_answers_as_the_package(
    name: str, as_text: bool, written: Path, written_as_text: Path
) -> None:
    """Every word of the package's list is found in the precomputed copy (an array, or the text
    file of a function without numpy), and words one letter away that the list lacks (or a word
    with a NUL or a line break, or empty) are not."""
    package = frozenset(wordlists.SOURCES[name]())
    copy = wordlists.load(name, written_as_text if as_text else written)
    assert isinstance(copy, SortedLines if as_text else SortedWords)
    assert len(copy) == len(package)
    assert all(word in copy for word in package)
    near = {w + suffix for w in sorted(package)[::25] for suffix in ("q", "zz")}
    near |= {w[:-1] for w in sorted(package)[::25] if len(w) > 1}
    near |= {"", "ana\0", "ana\n", "Anna", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}
    near |= {sorted(package)[0][:-1] or "a", sorted(package)[-1] + "z"}  # before and after all
    assert [w for w in near if (w in copy) != (w in package)] == []
    assert 42 not in copy


def test_without_a_copy_the_list_is_read_from_its_package(tmp_path: Path) -> None:
    """A folder holding no precomputed copy (the repository, tests) gives the package's set."""
    loaded = wordlists.load("first_names", tmp_path)
    assert isinstance(loaded, frozenset)
    assert "maria" in loaded
    assert "grinder" not in loaded
