"""Regular expressions compiled at build: the saved programs are the ones Python compiles."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

from shared import compiled_patterns
from shared.catalog import catalog_from_folder, save_catalog

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["shared.conversation.signals", "shared.understanding.entities.names"]


def run(code: str) -> str:
    """Run ``code`` in a fresh interpreter at the repository's root; its output."""
    done = subprocess.run(
        [sys.executable, "-B", "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout


def saved_table(folder: Path) -> Path:
    """A table written as ``make build`` writes it, from modules a fresh interpreter imports."""
    path = folder / "patterns.marshal"
    run(
        "from pathlib import Path\nfrom shared import compiled_patterns\n"
        f"compiled_patterns.write({MODULES!r}, Path({str(path)!r}))"
    )
    return path


def test_saved_programs_equal_fresh_compilations(tmp_path: Path) -> None:
    """Every saved program gives a pattern equal to Python's own compilation of it (same
    pattern, flags and matcher program), for the many patterns two reader modules compile."""
    table = compiled_patterns.load(saved_table(tmp_path))
    assert len(table) > 20
    compiler = re._compiler  # type: ignore[attr-defined]
    for (pattern, flags), program in table.items():
        assert compiler._sre.compile(pattern, *program) == compiler.compile(pattern, flags)


def test_installed_table_skips_parsing_known_patterns(tmp_path: Path) -> None:
    """Once installed, a saved pattern is built without parsing and matches as Python's own
    compilation does; an unknown pattern is parsed and compiled as usual."""
    path = saved_table(tmp_path)
    known, flags = next((p, f) for p, f in compiled_patterns.load(path) if isinstance(p, str))
    sample = "hi, my name is Dana Lee and we run 2 cafés - Dana"
    code = f"""
import re
from pathlib import Path
from re import _parser
from shared import compiled_patterns
from shared.catalog import catalog_from_folder, save_catalog
assert compiled_patterns.install(Path({str(path)!r}))
parsed = []
original = _parser.parse
_parser.parse = lambda *a, **k: parsed.append(a[0]) or original(*a, **k)
re.purge()
found = re.compile({known!r}, {flags}).findall({sample!r})
fresh = re.compile("unknown (pattern)+").match("unknown patternpattern")
print(repr((len(parsed), found, fresh is not None)))
"""
    expected = (1, re.compile(known, flags).findall(sample), True)
    assert run(code).strip() == repr(expected)


def test_table_of_another_python_is_ignored(tmp_path: Path) -> None:
    """A table written by another Python build (or unreadable) is not used."""
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps(("2.7.18 (other)", {("a", 0): (0, [], 0, {}, ())})))
    assert compiled_patterns.load(other) == {}
    assert compiled_patterns.install(other) is False
    broken = tmp_path / "broken.marshal"
    broken.write_bytes(b"not marshal")
    assert compiled_patterns.load(broken) == {}
    assert compiled_patterns.load(tmp_path / "missing.marshal") == {}


def test_the_catalogs_patterns_are_saved_with_a_catalog(tmp_path: Path) -> None:
    """Given the bundle's catalog, the table also holds the patterns the reader derives from
    it (the gazetteer's names), which a cold start would otherwise compile in its first turn."""
    catalog = tmp_path / "catalog.json"
    save_catalog(catalog_from_folder(ROOT / "knowledge_base"), catalog)
    path = tmp_path / "patterns.marshal"
    run(
        "from pathlib import Path\nfrom shared import compiled_patterns\n"
        f"compiled_patterns.write([], Path({str(path)!r}), catalog=Path({str(catalog)!r}))"
    )
    names = run(
        "from shared.understanding.entities.gazetteer import EQUIPMENT_KINDS, names_re\n"
        "print(names_re(EQUIPMENT_KINDS).pattern)"
    ).strip()
    assert (names, re.IGNORECASE) in compiled_patterns.load(path)
