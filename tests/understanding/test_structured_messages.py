"""Classes of a twenty-first author's set (visitors who write like an email: pasted lists,
signature blocks, several facts in one message): a line break is structure the reader keeps, a
list marker is no quantity, a tenure after an indefinite article is a running business, and a
refusal for now refuses only what its own sentence names; phrasings of our own."""

from __future__ import annotations

import pytest

from shared.conversation.fields import business_fields, pain_points
from shared.conversation.fields import volume as volume_said
from shared.understanding.commitment import brings_agenda
from shared.understanding.entities.business import read_business
from shared.understanding.refusals import refused_fields
from shared.understanding.text import clauses, clean_message


def test_a_pasted_list_keeps_its_lines_and_loses_its_markers() -> None:
    """Each list item stays on its own line, without the "-", "2)", "(c)" before it, and a
    forwarded note's "> " goes too."""
    text = "Our setup:\r\n-  two shops\n\n2) a 2-group  machine\n(c) 40 lb a week\n> 1. net-30?"
    assert clean_message(text) == (
        "Our setup:\ntwo shops.\na 2-group machine.\n40 lb a week.\nnet-30?"
    )


@pytest.mark.parametrize("line", ["2.5 L servers", "10 lb a month", "a 3-group machine"])
def test_a_line_that_starts_with_a_number_keeps_it(line: str) -> None:
    """A quantity or a word at the start of a line is no marker: only "N) ", "N. " and the like."""
    assert clean_message(f"hello\n{line}") == f"hello\n{line}"


def test_a_line_break_ends_a_clause() -> None:
    """Two list items are two clauses even with no punctuation between them."""
    assert clauses("switching suppliers\nbeans arrive stale") == [
        "switching suppliers",
        "beans arrive stale",
    ]


def test_a_pain_in_a_list_before_a_question_is_read() -> None:
    """A complaint listed above the question it leads to is a pain, the question is not."""
    text = clean_message(
        "Where we are:\n- two kiosks in Eugene\n- the roaster we use ships beans that taste stale"
        "\n\nHow fresh is yours and how fast do you ship?"
    )
    assert pain_points(text, asked=False) == "the roaster we use ships beans that taste stale"


@pytest.mark.parametrize(
    "text",
    [
        "We've run a coffee cart for 5 years and want a second grinder.",
        "I have owned a bakery since 2011.",
        "we have been running an espresso bar for a few years",
    ],
)
def test_a_tenure_after_an_indefinite_article_is_a_running_business(text: str) -> None:
    """ "have run a X for N years" names a business that runs now."""
    assert read_business(text).phase == "existing"


def test_a_venue_had_once_with_no_tenure_is_no_running_business() -> None:
    """ "I've had a cafe before" may be a past one: no tenure, no type."""
    assert read_business("I've had a cafe before, now I just want beans").phase != "existing"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("I'm Ada Kowal. Not ready to share my email yet.", ["email"]),
        ("Name is Bo Lind. Not yet ready to give a phone number.", ["phone"]),
        ("not ready to hand over my number", ["phone"]),
    ],
)
def test_a_refusal_for_now_refuses_only_what_its_sentence_names(
    text: str, refused: list[str]
) -> None:
    """A name given in one sentence is not refused by the refusal in the next."""
    assert refused_fields(text, "email") == refused


def test_a_message_of_three_lines_or_more_brings_an_agenda() -> None:
    """A pasted list or a letter is an agenda; a one-line or two-line message is not."""
    assert brings_agenda(clean_message("Hi,\nsome questions:\n- price\n- lead time"))
    assert not brings_agenda(clean_message("Hi there\nwhat does the pico cost?"))


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        (
            "we buy ~80 lb/month and want a machine for ~250 drinks a day",
            "~80 lb/month; ~250 drinks a day",
        ),
        (
            "around 300 cups a day, so roughly 90 lb a month",
            "around 300 cups a day; roughly 90 lb a month",
        ),
        ("about 40 lb a month", "about 40 lb a month"),
    ],
)
def test_volume_in_both_measures_keeps_both(text: str, volume: str) -> None:
    """Coffee by weight and drinks a day are both the volume: neither is dropped."""
    assert volume_said(text, asked=False) == volume


def test_drinks_a_day_in_a_question_join_the_weight_stated() -> None:
    """A weight stated and drinks a day named in the question both stay ("for ~300 drinks")."""
    text = "We take 70 lb a month from you.\nWhich grinder suits ~300 drinks a day?"
    assert (
        business_fields(text, None, True)["expected_volume"] == "70 lb a month; ~300 drinks a day"
    )
