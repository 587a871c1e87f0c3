"""Contact details: an address the visitor writes to is not the visitor's own."""

from __future__ import annotations

import pytest

from shared.understanding.entities.emails import find_email


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Telephone I do not give. I will write to sales@copperline.coffee myself.", None),
        ("I'll send it to bob@example.com", None),
        ("I will write to sales@copperline.coffee, my own is jane@cafe.com", "jane@cafe.com"),
        ("I will email you from jane@cafe.com", "jane@cafe.com"),
        ("you can write to me at jane@cafe.com", "jane@cafe.com"),
        ("email: jane@cafe.com", "jane@cafe.com"),
    ],
)
def test_address_written_to_is_not_the_visitors(text: str, address: str | None) -> None:
    """ "I will write to X" names a recipient; "from X", "write to me at X" give the visitor's."""
    found = find_email(text)
    assert (found.address if found else None) == address
