"""Regular expressions compiled by ``make build``, so a cold start does not compile them again.

Python compiles every ``re.compile`` pattern at import, in pure Python (parsing, then emitting
the matcher's program): about 270 compilations and 0.1 s of CPU in each chat cold start, the
same work every time. ``make build`` imports the function's modules once with
:func:`record` watching, and saves each pattern's compiled program (:func:`write`, to
``shared/precomputed/patterns.marshal``). At a cold start :func:`install` (run by
``shared/__init__``, before any module of the package compiles a pattern) hands Python's
compiler the saved program for a pattern it knows, which ``_sre.compile`` turns into the same
``re.Pattern`` (equal to a fresh compilation: flags, groups and program; a test checks every
saved one). Any other pattern is compiled as usual.

The programs depend on the Python build that compiled them: a table written by another
``sys.version`` is ignored (as bytecode would be recompiled). The build runs on the runtime's
Python, like the bytecode it writes.
"""

from __future__ import annotations

import marshal
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path
from typing import Any

FILE = Path(__file__).resolve().parent / "precomputed" / "patterns.marshal"
Key = tuple[str | bytes, int]
#: What ``_sre.compile`` takes after the pattern: flags, program, groups, names, their indexes.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def program(pattern: str | bytes, flags: int) -> Program:
    """The compiled program of ``pattern``, as ``re._compiler.compile`` computes it."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]  # the standard compiler
    parser: Any = import_module("re._parser")  # the standard parser (typeshed has no stub)
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    indexes: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexes[index] = name
    full = int(flags | parsed.state.flags)
    return full, [int(op) for op in code], parsed.state.groups - 1, names, tuple(indexes)


@contextmanager
def record() -> Iterator[dict[Key, Program]]:
    """Collect the program of every pattern compiled inside the block."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    original: Callable[..., re.Pattern[Any]] = compiler.compile
    seen: dict[Key, Program] = {}

    def recording(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if isinstance(pattern, str | bytes):
            seen[(pattern, int(flags))] = program(pattern, int(flags))
        return original(pattern, flags)

    compiler.compile = recording
    try:
        yield seen
    finally:
        compiler.compile = original


def write(modules: Iterable[str], path: Path = FILE, catalog: Path | None = None) -> int:
    """Import ``modules`` while recording and save their patterns' programs, with those the
    reader derives from ``catalog`` (a ``catalog.json``) when one is given; returns how many
    were saved."""
    with record() as seen:
        for module in modules:
            import_module(module)
        if catalog is not None and catalog.is_file():
            from shared.catalog import load_catalog
            from shared.understanding.entities.served import serve_catalog

            serve_catalog(load_catalog(catalog))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps((sys.version, seen)))
    return len(seen)


def load(path: Path = FILE) -> dict[Key, Program]:
    """The saved programs, or none when the file is missing or another Python wrote it."""
    try:
        version, table = marshal.loads(path.read_bytes())  # noqa: S302  # written by our build
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if version == sys.version and isinstance(table, dict) else {}


def install(path: Path = FILE) -> bool:
    """Compile the saved patterns from their saved programs from now on (no-op without a
    usable table); returns whether a table was installed."""
    table = load(path)
    if not table:
        return False
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    original: Callable[..., re.Pattern[Any]] = compiler.compile

    def compile_saved(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        saved = table.get((pattern, int(flags))) if isinstance(pattern, str | bytes) else None
        if saved is None:
            return original(pattern, flags)
        compiled: re.Pattern[Any] = compiler._sre.compile(pattern, *saved)
        return compiled

    compiler.compile = compile_saved
    return True
