"""The client's IP address, trusting ``X-Forwarded-For`` only behind configured proxies.

With ``TRUSTED_PROXY_COUNT=n`` the n trusted proxies in front of the function each appended
the address they saw, so the client is the n-th entry from the right; anything further left
was written by the client and is ignored. With 0 (the default) the header is ignored.
"""

from __future__ import annotations

import ipaddress

from starlette.requests import Request

UNKNOWN = "unknown"


def _valid(candidate: str) -> str | None:
    try:
        return str(ipaddress.ip_address(candidate.strip()))
    except ValueError:
        return None


def forwarded_client(header: str, trusted_proxy_count: int) -> str | None:
    """The client address in an ``X-Forwarded-For`` value, or None (pure)."""
    hops = [h for h in (part.strip() for part in header.split(",")) if h]
    if trusted_proxy_count < 1 or len(hops) < trusted_proxy_count:
        return None
    return _valid(hops[-trusted_proxy_count])


def client_ip(request: Request, trusted_proxy_count: int) -> str:
    """The address rate limits are keyed by."""
    header = request.headers.get("x-forwarded-for", "")
    forwarded = forwarded_client(header, trusted_proxy_count) if header else None
    if forwarded:
        return forwarded
    return request.client.host if request.client else UNKNOWN
