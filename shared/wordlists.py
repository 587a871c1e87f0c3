"""The word lists the reader checks words against, loaded once per process.

Each list comes from a package (GCIDE and Webster's second edition headwords from
``english-words``, first names from ``gender-guesser``'s name dictionary). Reading them from
the packages and building their sets costs about 0.4 s of a cold start (unpickling two large
dictionaries, parsing a fixed-width file, 400,000 strings), so ``make build`` writes each list
into the function's folder as a sorted array of UTF-8 words (:func:`write_all`, under
``shared/precomputed/wordlists/``), and a cold start maps that file into memory and looks words
up by binary search (:class:`SortedWords`): nothing is read until a word is looked up. Where
there is no copy (the repository, tests) the list is read from its package into a frozenset;
both answer the same (a test checks it). numpy is imported only to read or write such a copy.
Functions without the chat's packages have no numpy: ``make build`` writes them the GCIDE
headwords their reader looks names up in as a sorted text file, one word a line
(:func:`write_lines`), mapped and searched the same way (:class:`SortedLines`), so they neither
install ``english-words`` nor hold its 114,000 strings (about 18 MB); they read the first names
from gender-guesser.
"""

from __future__ import annotations

import mmap
from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: Where a built function keeps the lists, relative to ``shared/``.
RELATIVE = Path("precomputed", "wordlists")
FOLDER = Path(__file__).resolve().parent / RELATIVE


def _english_words(sources: list[str]) -> Iterable[str]:
    from english_words import get_english_words_set  # only the chat installs it

    words: set[str] = get_english_words_set(sources, lower=True, alpha=True)
    return words


def _gender_guesser_names() -> Iterable[str]:
    path = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    found: set[str] = set()
    with path.open("r", encoding="iso8859-1") as handle:
        for line in handle:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip().lower()
            if name and "+" not in name and " " not in name:
                found.add(name)
    return found


#: Each list's file name and how to read it from its package.
SOURCES: dict[str, Callable[[], Iterable[str]]] = {
    "english": lambda: _english_words(["gcide", "web2"]),
    "gcide": lambda: _english_words(["gcide"]),
    "first_names": _gender_guesser_names,
}


class SortedWords:
    """Membership in a sorted array of UTF-8 encoded words (a memory-mapped ``.npy`` file)."""

    def __init__(self, words: npt.NDArray[np.bytes_]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.encode("utf-8")
        if not key or len(key) > self._words.dtype.itemsize or key.endswith(b"\0"):
            return False
        at = int(self._words.searchsorted(key))
        return at < len(self._words) and bytes(self._words[at]) == key

    def __len__(self) -> int:
        return len(self._words)


class SortedLines:
    """Membership in a sorted file of UTF-8 encoded words, one a line (a memory-mapped ``.txt``
    file: the copy of a function without numpy)."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            self._lines = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.encode("utf-8")
        if not key or b"\n" in key:
            return False
        lines, low, high = self._lines, 0, len(self._lines)
        while low < high:  # both are the starts of lines (or the end)
            start = lines.rfind(b"\n", low, (low + high) // 2) + 1 or low
            end = lines.find(b"\n", start)
            line = lines[start:end]
            if line == key:
                return True
            low, high = (end + 1, high) if line < key else (low, start)
        return False

    def __len__(self) -> int:
        return self._lines[:].count(b"\n")


def load(name: str, folder: Path = FOLDER) -> Container[str]:
    """The list ``name`` (a key of :data:`SOURCES`): its precomputed copy in ``folder`` when
    there is one (an array, or a text file where there is no numpy), else read from its
    package."""
    array, text = folder / f"{name}.npy", folder / f"{name}.txt"
    if array.is_file():
        import numpy as np  # only the functions that ship arrays install it

        return SortedWords(np.load(array, mmap_mode="r", allow_pickle=False))
    if text.is_file():
        return SortedLines(text)
    return frozenset(SOURCES[name]())


def write_all(folder: Path = FOLDER, names: Iterable[str] = tuple(SOURCES)) -> None:
    """Write the lists ``names`` (all by default), read from their packages, into ``folder``
    (done by ``make build``)."""
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        words = sorted(word.encode("utf-8") for word in SOURCES[name]())
        np.save(folder / f"{name}.npy", np.array(words, dtype=np.bytes_), allow_pickle=False)


def write_lines(folder: Path, names: Iterable[str]) -> None:
    """Write the lists ``names``, read from their packages, into ``folder`` as sorted text
    files, one word a line (for a function without numpy; done by ``make build``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        words = sorted(word.encode("utf-8") for word in SOURCES[name]())
        (folder / f"{name}.txt").write_bytes(b"".join(word + b"\n" for word in words))


@lru_cache(maxsize=1)
def english() -> Container[str]:
    """English headwords (GCIDE and Webster's second edition), lower case, letters only."""
    return load("english")


@lru_cache(maxsize=1)
def gcide() -> Container[str]:
    """About 114,000 lower-case GCIDE headwords (letters only)."""
    return load("gcide")


@lru_cache(maxsize=1)
def first_names() -> Container[str]:
    """Known first names (about 37,000), lower case, from gender-guesser's name dictionary."""
    return load("first_names")
