"""The client IP: X-Forwarded-For is trusted only as far as the configured proxies reach."""

from __future__ import annotations

import pytest

from shared.security.client_ip import forwarded_client


@pytest.mark.parametrize(
    ("header", "count", "expected"),
    [
        ("198.51.100.1", 0, None),
        ("198.51.100.1", 1, "198.51.100.1"),
        ("6.6.6.6, 198.51.100.1", 1, "198.51.100.1"),
        ("6.6.6.6, 198.51.100.1, 10.0.0.2", 2, "198.51.100.1"),
        ("198.51.100.1", 2, None),
        ("not-an-ip", 1, None),
        (" 2001:db8::1 ", 1, "2001:db8::1"),
        ("", 1, None),
    ],
)
def test_forwarded_client(header: str, count: int, expected: str | None) -> None:
    """The n-th address from the right with n trusted proxies; nothing otherwise or if invalid."""
    assert forwarded_client(header, count) == expected
