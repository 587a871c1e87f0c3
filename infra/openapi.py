"""``python -m infra.openapi``: write openapi.yaml from the functions' routers and models.

Each function's ``main.py`` is loaded as it is at a cold start and its ``router`` read, except
where the router is built in the serving worker (the chat: importing its ``main.py`` starts
building the model, the bundle and the service): there the routes module's
``described_router()`` describes it without building anything. The document is built by
:func:`shared.openapi.document`. A test fails when the committed file differs from what this
generates.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

import yaml

from shared.openapi import document
from shared.routing import Router

ROOT = Path(__file__).resolve().parents[1]
HTTP_FUNCTIONS = ("chat", "auth", "leads", "crm")
#: Functions described from their routes module (``described_router()``) instead of main.py.
DESCRIBED = {"chat": "shared.chat.routes"}
TITLE = "Copperline lead bot"
VERSION = "1.0.0"


def load_router(name: str) -> Router:
    """The ``router`` of ``functions/<name>/main.py``, loaded under a private module name, or
    the described router of the function's routes module (:data:`DESCRIBED`)."""
    if name in DESCRIBED:
        described: Router = importlib.import_module(DESCRIBED[name]).described_router()
        return described
    path = ROOT / "functions" / name / "main.py"
    spec = importlib.util.spec_from_file_location(f"_openapi_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    router: Router = module.router
    return router


def generate() -> str:
    """The YAML text of the whole suite's OpenAPI description."""
    spec: dict[str, Any] = document(
        {name: load_router(name) for name in HTTP_FUNCTIONS}, TITLE, VERSION
    )
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.openapi", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "openapi.yaml")
    args = parser.parse_args(argv)
    args.out.write_text(generate())
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
