"""The core package shared by every function, vendored into each build folder.

Two things happen here, before any module of the package is imported, to spare cold starts
work that gives the same result every time:

- the regular expressions ``make build`` compiled are taken from its table
  (:mod:`shared.compiled_patterns`; a no-op where there is none, as in the repository);
- pymongo tries its pyOpenSSL TLS context before the standard library's and falls back when
  pyOpenSSL is missing (no function installs it), but only after importing
  ``cryptography.x509`` (40 ms of CPU). Without pyOpenSSL the import pymongo would fail is
  marked absent, so it takes the same fallback at once.
"""

import sys
from importlib.util import find_spec

from shared import compiled_patterns

compiled_patterns.install()
if find_spec("OpenSSL") is None:
    sys.modules.setdefault("pymongo.pyopenssl_context", None)  # type: ignore[arg-type]
