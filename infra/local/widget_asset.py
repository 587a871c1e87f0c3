"""The widget script as a CDN would serve it: gzip-compressed, with cache and validation headers.

The local URL (``/widget/widget.js``) is not versioned, so browsers keep it five minutes and then
revalidate with its ETag (a 304 costs a few bytes); production hosting does the same or serves a
file name carrying a hash with a long ``max-age`` (see the README).
"""

from __future__ import annotations

import gzip
import hashlib
from functools import lru_cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400"


@lru_cache(maxsize=4)
def _encoded(path: Path, mtime_ns: int, size: int) -> tuple[bytes, bytes, str]:
    """Raw bytes, gzip bytes and ETag of one version of the file (mtime and size key the cache)."""
    raw = path.read_bytes()
    etag = '"' + hashlib.sha256(raw).hexdigest()[:20] + '"'
    return raw, gzip.compress(raw, compresslevel=9, mtime=0), etag


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an ``Accept-Encoding`` value allows gzip (``gzip;q=0`` refuses it)."""
    for item in accept_encoding.lower().split(","):
        name, _, params = item.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def script_response(path: Path, request: Request) -> Response:
    """``path`` as JavaScript, compressed when the client accepts it; 304 when it is unchanged."""
    stat = path.stat()
    raw, packed, etag = _encoded(path, stat.st_mtime_ns, stat.st_size)
    headers = {"Cache-Control": CACHE_CONTROL, "ETag": etag, "Vary": "Accept-Encoding"}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    body = raw
    if accepts_gzip(request.headers.get("accept-encoding", "")):
        headers["Content-Encoding"] = "gzip"
        body = packed
    return Response(body, media_type="text/javascript", headers=headers)
