"""A question relayed as someone's wish to know (issue 23, set AM): "my partner also wants to
know what ..." asks, a wish to know someone or something told plainly does not."""

from __future__ import annotations

from shared.understanding.questions import asks_something


def test_a_partner_wanting_to_know_what_asks() -> None:
    """ "Sam also wants to know how long ..." is a question, with no question mark."""
    assert asks_something("Fine. Sam also wants to know how long the beans stay fresh")
    assert asks_something("our barista needed to know whether the course has a certificate")


def test_wanting_to_know_people_asks_nothing() -> None:
    """ "we want to know our regulars by name" tells, it asks no question."""
    assert not asks_something("we want to know our regulars by name")
    assert not asks_something("Sam wants to know the roaster personally someday")
