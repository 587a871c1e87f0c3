"""``make build``: vendor each function into ``build/<function>/``, ready to deploy alone.

Each folder holds the function's ``main.py``, a copy of ``shared/``, a pinned
``requirements.txt`` with only what that function needs, and the knowledge base's markdown
(``knowledge_base/``: the entity catalog that prices estimates is read from it, see
``shared.catalog.served``; the chat function answers and reads entities from its bundle's
instead, which a publish can replace without a redeploy, while prices in estimates change with
a deploy). The chat function also gets the
assembled embedding model (``model/``, with its graph saved optimised and the vectors of the
visitor-type prototype sentences) and the demo
knowledge-base bundle (``index/``), so it answers without the repository and without Cloud
Storage. The word lists the reader checks words against are written into ``shared/``
(:mod:`shared.wordlists`): reading them from their packages is slower at a cold start and, for
the functions without the chat's packages, would need ``english-words`` installed.
The chat's folder also gets the compiled programs of the regular expressions its modules
compile at import and of those the reader derives from the baked bundle's catalog
(:mod:`shared.compiled_patterns`), for the same reason.

Every module is compiled to bytecode here (checked by the source's hash, not its time, so
copying and uploading do not invalidate it): the deployed folder is read-only at run time, and
without bytecode each cold start compiles ``shared/`` from source (a fifth of the chat's
import time). The folder's ``.gcloudignore`` keeps ``gcloud functions deploy`` from leaving
the bytecode out. The build must run on the runtime's Python (3.11).
"""

from __future__ import annotations

import argparse
import ast
import compileall
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

from shared import wordlists

ROOT = Path(__file__).resolve().parents[1]
RAG_FUNCTIONS = {"chat"}
REQUIREMENTS = {"chat": "rag.txt"}
DEFAULT_REQUIREMENTS = "base.txt"
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")
RUNTIME_PYTHON = (3, 11)
#: The word lists copied into a function without the chat's packages, as sorted text (it has no
#: numpy to read an array with): the GCIDE headwords its name reader looks words up in, so it
#: installs no ``english-words``; it reads the first names from gender-guesser.
OTHER_FUNCTIONS_WORDLISTS: tuple[str, ...] = ("gcide",)
GCLOUDIGNORE = "# Deploy this whole folder, bytecode (__pycache__) included.\n.gcloudignore\n"


def vendor(name: str, out: Path) -> Path:
    """Write ``out/<name>/`` and return it."""
    target = out / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(ROOT / "functions" / name / "main.py", target / "main.py")
    ignore = (
        IGNORE if name in RAG_FUNCTIONS else shutil.ignore_patterns("__pycache__", "*.pyc", "rag")
    )
    shutil.copytree(ROOT / "shared", target / "shared", ignore=ignore)
    requirements = ROOT / "requirements" / REQUIREMENTS.get(name, DEFAULT_REQUIREMENTS)
    shutil.copy2(requirements, target / "requirements.txt")
    shutil.copytree(ROOT / "knowledge_base", target / "knowledge_base", ignore=IGNORE)
    lists = target / "shared" / wordlists.RELATIVE
    if name in RAG_FUNCTIONS:
        wordlists.write_all(lists)
    else:
        wordlists.write_lines(lists, OTHER_FUNCTIONS_WORDLISTS)
    if name in RAG_FUNCTIONS:
        bake_rag_assets(target)
        save_patterns(target)
    precompile(target)
    return target


def save_patterns(target: Path) -> None:
    """Save the compiled programs of the regular expressions ``target``'s modules compile at
    import (:mod:`shared.compiled_patterns`), recorded by importing the ``shared`` modules its
    ``main.py`` imports, in a fresh interpreter inside the folder, and of those the reader
    derives from the catalog of the folder's bundle (what the chat serves at a cold start
    while that bundle is the published one; another catalog's are compiled as usual)."""
    tree = ast.parse((target / "main.py").read_text(encoding="utf-8"))
    named = (n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module)
    modules = sorted({module for module in named if module.startswith("shared")})
    code = (
        "import sys; sys.path.insert(0, '.')\n"
        "from pathlib import Path\n"
        "from shared import compiled_patterns\n"
        f"compiled_patterns.write({modules!r}, catalog=Path('index/catalog.json'))"
    )
    # -B: no bytecode here; precompile() writes the hash-checked kind the folder ships
    subprocess.run([sys.executable, "-I", "-B", "-c", code], cwd=target, check=True)


def precompile(target: Path) -> None:
    """Bytecode for every module of ``target``, valid wherever the folder is copied."""
    if sys.version_info[:2] != RUNTIME_PYTHON:
        raise SystemExit(f"build with Python {RUNTIME_PYTHON}: its bytecode is what runs")
    ok = compileall.compile_dir(
        target, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH
    )
    if not ok:
        raise SystemExit(f"a module of {target} does not compile")
    (target / ".gcloudignore").write_text(GCLOUDIGNORE)


def bake_rag_assets(target: Path) -> None:
    """Copy the offline embedding model and the demo bundle into the chat function's folder."""
    from infra.local.stack import build_index
    from shared.conversation.semantic import prototype_sentences
    from shared.rag.embedding import model_dir, write_known, write_optimized

    shutil.copytree(model_dir(), target / "model")
    write_optimized(target / "model")
    write_known(target / "model", prototype_sentences())
    build_index(target / "index")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    parser.add_argument("functions", nargs="+")
    args = parser.parse_args(argv)
    for name in args.functions:
        if not (ROOT / "functions" / name / "main.py").exists():
            parser.error(f"no function named {name!r}")
        print(f"built {vendor(name, args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
