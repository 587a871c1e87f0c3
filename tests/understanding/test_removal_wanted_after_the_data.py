"""An erasure asked with the data named first and the removal after it ("I want my details
deleted", set AB's trade-show visitor, whose name typed in the same message was stored)."""

from __future__ import annotations

import pytest

from shared.understanding.privacy import PRIVACY_RE, asks_erasure, erasure_fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("I'm Gail Hendricks. I want my details deleted, and no more emails.", []),
        ("please have my info removed", []),
        ("I'd like my name and email erased", []),
        ("i need my phone number deleted", ["phone"]),
        ("we want our data to be removed", []),
        ("I want all of my data deleted.", []),
    ],
)
def test_the_removal_wanted_after_the_data_is_an_erasure(text: str, fields: list[str]) -> None:
    assert PRIVACY_RE.search(text)
    assert erasure_fields(text) == fields


@pytest.mark.parametrize(
    "text",
    [
        "I want my order removed from the list",
        "the details I want deleted are on the invoice",
        "can you get the old grinder removed when you install the new one",
    ],
)
def test_other_things_removed_are_no_erasure(text: str) -> None:
    assert not PRIVACY_RE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "actually, could you delete whatever you have on me? rather not be on any list",
        "erase what you've got about us please",
        "please take me off your mailing list",
    ],
)
def test_what_you_hold_on_me_named_by_its_relation_is_an_erasure(text: str) -> None:
    """ "what you have on me" names the visitor's data by what it is to us (set AE's cart in
    Victoria asked it and was only asked to confirm): an erasure at once."""
    assert asks_erasure(text)


@pytest.mark.parametrize(
    "text",
    ["remove what you have on file about the lumen?", "delete what you sent me yesterday"],
)
def test_what_was_sent_or_filed_about_a_product_is_no_erasure(text: str) -> None:
    assert not asks_erasure(text)
