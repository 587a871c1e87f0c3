"""The core package shared by every function, vendored into each build folder.

pymongo tries its pyOpenSSL TLS context before the standard library's and falls back when
pyOpenSSL is missing (no function installs it), but only after importing
``cryptography.x509``: 40 ms of CPU at every cold start for nothing. Without pyOpenSSL, the
import pymongo would fail is marked absent here, before any module of this package imports
pymongo, so it takes the same fallback at once.
"""

import sys
from importlib.util import find_spec

if find_spec("OpenSSL") is None:
    sys.modules.setdefault("pymongo.pyopenssl_context", None)  # type: ignore[arg-type]
