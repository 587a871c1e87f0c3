"""How the widget script is served: gzip-compressed, cached and revalidated (issue 16)."""

from __future__ import annotations

import gzip
import os

import httpx
import pytest

from infra.local.widget_asset import CACHE_CONTROL, accepts_gzip
from tests.conftest import ROOT

WIDGET_JS = ROOT / "web" / "widget" / "dist" / "widget.js"


@pytest.fixture(scope="module")
def gateway(request: pytest.FixtureRequest) -> str:
    """The running stack's base URL (``E2E_BASE_URL``) or a stack of this module's own."""
    if not WIDGET_JS.exists():
        pytest.skip("the widget is not built (make setup builds it)")
    given = os.environ.get("E2E_BASE_URL", "").rstrip("/")
    return given or str(request.getfixturevalue("live_stack"))


def test_the_gateway_serves_the_widget_gzipped_with_cache_headers(gateway: str) -> None:
    """Asked for gzip, the gateway sends the script compressed (under 12 KB) and cacheable."""
    headers = {"Accept-Encoding": "gzip, br"}
    with httpx.stream("GET", f"{gateway}/widget/widget.js", headers=headers) as answer:
        wire = b"".join(answer.iter_raw())
    assert answer.status_code == 200
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.headers["cache-control"] == CACHE_CONTROL
    assert answer.headers["vary"] == "Accept-Encoding"
    assert answer.headers["content-type"].startswith("text/javascript")
    assert len(wire) < 12 * 1024
    assert gzip.decompress(wire) == WIDGET_JS.read_bytes()


def test_the_widget_is_revalidated_with_its_etag_and_sent_plain_when_gzip_is_refused(
    gateway: str,
) -> None:
    """An unchanged script answers 304 to its ETag; a client refusing gzip gets plain bytes."""
    first = httpx.get(f"{gateway}/widget/widget.js")
    again = httpx.get(
        f"{gateway}/widget/widget.js", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""
    plain = httpx.get(f"{gateway}/widget/widget.js", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert plain.content == WIDGET_JS.read_bytes()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip, deflate, br", True),
        ("br;q=1.0, gzip;q=0.8", True),
        ("*", True),
        ("gzip;q=0", False),
        ("identity", False),
        ("", False),
        ("x-gzip-ish, deflate", False),
    ],
)
def test_accept_encoding_is_read_with_its_quality_values(header: str, expected: bool) -> None:
    """gzip is used only when the client accepts it (``q=0`` means refused)."""
    assert accepts_gzip(header) is expected
