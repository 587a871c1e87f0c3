"""A free offer asked of an order in the trade's words (issue 23, set AD): "does that come with
training for my crew" asks whether it is included, and an order holding a Lumen earns the
Lumen's training though a grinder rides along; an order with no Lumen still does not."""

from __future__ import annotations

from shared.rag.answering import Answerer

ORDER = ["Lumen 3-Group", "Atlas 64"]


def test_comes_with_after_an_order_holding_a_lumen_is_included(answerer: Answerer) -> None:
    """The Lumen earns the on-site course; the grinder beside it takes nothing away."""
    said = answerer.answer(
        "would that come with training for my crew of 4?", recent=ORDER, order=ORDER
    ).text
    assert said.startswith("It's included")
    assert "not included" not in said


def test_an_order_without_a_lumen_still_pays_for_the_course(answerer: Answerer) -> None:
    """A Pico and a grinder earn no free course: its own price is said."""
    order = ["Pico 1-Group", "Atlas 64"]
    said = answerer.answer("does that come with training?", recent=order, order=order).text
    assert said.startswith("Not with the Pico 1-Group")
    assert "$850" in said


def test_comes_with_of_a_plan_feature_is_still_the_plans_sentence(answerer: Answerer) -> None:
    """A plan's own feature asked with "come with" is answered by the plan, no offer."""
    said = answerer.answer("does the Pro plan come with a loaner grinder?").text
    assert "loaner grinder" in said
    assert "barista training" not in said
