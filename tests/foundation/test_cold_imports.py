"""What a chat cold start does not import: packages its first answer never uses."""

from __future__ import annotations

import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHAT_MODULES = "shared.chat.routes, shared.chat.wiring, shared.db, shared.security, shared.worker"


def imported_after(statement: str) -> set[str]:
    """The top-level packages a fresh interpreter has imported after running ``statement``."""
    listing = "print(' '.join({m.split('.')[0] for m in sys.modules}))"
    code = f"{statement}\nimport sys\n{listing}"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_chat_modules_import_neither_faiss_nor_cryptography() -> None:
    """The modules the chat's entry point imports leave FAISS (a small bundle is searched with
    numpy) and cryptography (pymongo's pyOpenSSL probe) unimported."""
    if find_spec("OpenSSL") is not None:
        pytest.skip("pyOpenSSL is installed here, so pymongo rightly imports cryptography")
    loaded = imported_after(f"import {CHAT_MODULES}")
    assert {"pymongo", "numpy"} <= loaded  # the statement did import the chat
    assert "faiss" not in loaded
    assert "cryptography" not in loaded


def test_pymongo_uses_the_standard_tls_context() -> None:
    """Without pyOpenSSL the database client's TLS support is the standard library's, as it
    would be after pymongo's own failed probe."""
    if find_spec("OpenSSL") is not None:
        pytest.skip("pyOpenSSL is installed here: pymongo uses it")
    loaded = imported_after(
        "import shared.db\nimport pymongo.ssl_support as s\nassert s.HAVE_SSL and not s.HAVE_PYSSL"
    )
    assert "pymongo" in loaded
