"""One table of greetings in other languages (``lexicon.GREETINGS``) serves both its readers:
the courtesies taken off a question's start and the day-first writer of the timeline, which
counts only the greetings of languages that write the day before the month."""

from __future__ import annotations

import re
from datetime import date

import pytest

from shared.understanding.courtesies import without_courtesies
from shared.understanding.entities.timeline import read_timeline
from shared.understanding.lexicon import DAY_FIRST_LANGUAGES, GREETINGS, greetings

_TODAY = date(2026, 12, 7)


def test_the_day_first_alternation_leaves_out_year_first_languages() -> None:
    """The day-first writer's greetings are the table's less those of Korean, Japanese and
    Chinese, which write the year first."""
    day_first = re.compile(rf"^(?:{greetings(DAY_FIRST_LANGUAGES)})$", re.I)
    every = re.compile(rf"^(?:{greetings()})$", re.I)
    for word in ("hola", "bom dia", "dzień dobry", "goedemorgen"):
        assert day_first.match(word)
        assert every.match(word)
    for word in ("annyeonghaseyo", "konnichiwa", "ni hao"):
        assert every.match(word)
        assert not day_first.match(word)
    assert all(re.fullmatch(r"[a-z]{2}", language) for language in GREETINGS.values())


@pytest.mark.parametrize("greeting", ["Salut", "Servus", "Merhaba", "Konnichiwa", "Dobrý den"])
def test_a_greeting_of_any_language_opens_a_question_as_a_courtesy(greeting: str) -> None:
    """A greeting of the table before a comma is taken off the question, whatever its
    language's dates."""
    assert without_courtesies(f"{greeting}, what does the roaster weigh?") == (
        "what does the roaster weigh?"
    )


def test_a_greeting_inside_a_sentence_stays() -> None:
    """A greeting word that is not the question's opening is kept: only courtesies at the very
    start are taken off."""
    asked = "is the hola blend still sold?"
    assert without_courtesies(asked) == asked


@pytest.mark.parametrize(("greeting", "month"), [("Moin", "7 March"), ("Hej", "7 March")])
def test_a_day_first_language_s_greeting_reads_the_day_first(greeting: str, month: str) -> None:
    """An ambiguous all-digit date after a greeting of a day-first language is day first."""
    found = read_timeline(f"{greeting}! we plan to open on 07/03", _TODAY)
    assert found is not None
    assert month in found


@pytest.mark.parametrize("greeting", ["Annyeong", "Konnichiwa", "Ni hao"])
def test_a_year_first_language_s_greeting_leaves_the_us_order(greeting: str) -> None:
    """A greeting of a language that writes the year first says nothing of day and month:
    the date keeps the US order, month first."""
    found = read_timeline(f"{greeting}! we plan to open on 07/03", _TODAY)
    assert found is not None
    assert "3 July" in found
