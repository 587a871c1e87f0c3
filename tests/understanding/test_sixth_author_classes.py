"""The classes of a sixth author's held-out set (a name before an email, an order short of a
part, a billing question from a customer), each with phrasings of our own and a case the rule
must not take, through the real reader."""

from __future__ import annotations

import pytest

from shared.understanding.entities.contact_names import name_before_contact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it's hye-jin park, accounts@crumbandkettle.com", "Hye-jin Park"),
        ("this is mei-ling young, 503 555 0100", "Mei-ling Young"),
        ("priya baker, priya@x.com", "Priya Baker"),
        ("it's great, foo@x.com", None),
        ("hye-jin here, a@x.com", None),
        ("order arrived today, 503 555 0100", None),
    ],
)
def test_name_before_contact_after_intro_with_ordinary_surname(text: str, name: str | None) -> None:
    """A lower-case name after "it's" before an email is read, its surname may be an ordinary
    word after a sure first name; ordinary words alone are no name."""
    assert name_before_contact(text) == name
