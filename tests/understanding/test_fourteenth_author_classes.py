"""Classes of a fourteenth author's set (English as a second language and other Englishes):
ranges said with "or" or a comma, a statement whose subject is dropped, a demonym before
"here", and faults, scale and wrong orders as pains, in phrasings of our own."""

from __future__ import annotations

import pytest

from shared.conversation.fields import pain_points, preferences, timeline, volume
from shared.understanding.entities.names import explicit_name
from shared.understanding.questions import asks_something, is_question


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("probably 80 or 90 cups a day on weekdays", "80"),
        ("Maybe 250, 300 coffees a day in summer", "250"),
        ("we use 4 or 5 kg a week", "4"),
    ],
)
def test_a_range_keeps_both_ends(text: str, low: str) -> None:
    """A range said with "or", or with a comma after "maybe", is stored whole, not its top."""
    found = volume(text, False)
    assert found is not None
    assert low in found


def test_a_year_before_a_rate_is_no_range() -> None:
    """A comma between a year and a rate makes no range: only "maybe" opens one."""
    assert volume("since 2019, 300 cups a day", False) == "300 cups a day"


@pytest.mark.parametrize(
    "text",
    [
        "Is more the middle of June, not May. Sorry",
        "ok the builder called. Is probably like September now",
        "is rather in October, the fit-out is slow",
    ],
)
def test_a_dropped_subject_is_no_question(text: str) -> None:
    """A date told with its subject dropped ("Is more the end of ...") asks nothing."""
    assert not is_question(text)
    assert not asks_something(text)
    assert timeline(text, False)


@pytest.mark.parametrize(
    "text", ["is the grinder in stock", "Is more milk needed for the 2 group?", "is maybe late ok?"]
)
def test_real_questions_still_ask(text: str) -> None:
    """A question opening with "is" is still a question."""
    assert is_question(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Canuck here, looking at a cart for the summer", None),
        ("Yank here opening a diner", None),
        ("Dana here, opening a cafe", "Dana"),
        ("Ivy Chen here", "Ivy Chen"),
    ],
)
def test_a_demonym_before_here_is_no_name(text: str, name: str | None) -> None:
    """A dictionary word before "here" ("Canuck here") says who they are, not their name."""
    assert explicit_name(text) == name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the steam wand keeps dripping all night and the shots pull way too fast", "dripping"),
        ("our water is really hard, the tech found limescale in the boiler", "limescale"),
        ("the order that came today was wrong, we got medium instead of dark", "wrong"),
    ],
)
def test_faults_scale_and_wrong_orders_are_pains(text: str, word: str) -> None:
    """A fault seen, hard water's scale and an order gone wrong are the pain, not a bare mood."""
    found = pain_points(text, False)
    assert found is not None
    assert word in found


@pytest.mark.parametrize(
    "text",
    [
        "sorry my email is wrong - it's sam@bluefern.co",
        "oops the number was wrong, it ends 4410",
        "our water is really hard at the second shop",
    ],
)
def test_a_wrong_contact_or_hard_water_alone_is_no_pain(text: str) -> None:
    """A contact detail corrected is no order gone wrong, and hard water alone is a condition
    (it would replace the pain told before when the message also corrects something)."""
    assert pain_points(text, False) is None


def test_scaling_up_is_no_pain() -> None:
    """Growing ("scale up to 3 shops") is no scale in a boiler."""
    assert pain_points("we want to scale up to 3 shops next year", False) is None


def test_a_bare_wrong_is_told_by_the_next_sentence() -> None:
    """A bare "the order was wrong." keeps the next sentence, which says what came."""
    found = pain_points("the order that came was wrong. We got the medium roast, not dark", False)
    assert found is not None
    assert "medium roast" in found


def test_a_sweet_of_thanks_is_no_taste() -> None:
    """A "Sweet." before the contact details thanks; asked for a taste, it is still none."""
    assert preferences("Sweet as! Jo Park, jo@parkcafe.com", True) is None
    assert preferences("sweet and chocolatey", True) == "sweet and chocolatey"
