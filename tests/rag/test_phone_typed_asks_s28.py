"""Phone-typed asks answered as asked: the visitor's own lease is no leasing question, a list's
"the small one" is the kind just named, a topic put first is what is asked about."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.question import one_of_alternative
from shared.rag.told import asked_only, tells


def test_the_visitors_own_lease_is_told_not_asked() -> None:
    """'got the keys and signed our lease.' tells the visitor's premises beside an ask."""
    parts = ["ok so we finally signed the lease.", "pico or lumen 2 group for a kiosk"]
    assert tells(parts[0])
    assert asked_only(parts) == parts[1]


def test_leasing_asked_beside_the_visitors_lease_is_still_asked() -> None:
    """Negative: a leasing question is asked whatever the visitor said of their premises."""
    assert not tells("can we lease the grinder too?")
    assert not tells("does the lease include install")


def test_a_lease_told_beside_a_machine_question_answers_the_machines(answerer: Answerer) -> None:
    """The machines' difference is answered, not equipment leasing."""
    reply = answerer.answer(
        "opening in 2 months, just signed our lease. how do the 2 group and 3 group differ"
    ).text
    assert "17" in reply
    assert "11" in reply
    assert "36 months" not in reply


def test_a_lists_small_one_is_the_kind_just_named() -> None:
    """'the big grinder plus the small one' names two grinders; a bare 'one' stays."""
    nouns = {"grinder", "atlas", "lumen"}
    said = one_of_alternative("the big grinder plus the small one for decaf", nouns)
    assert said == "the big grinder plus the small grinder for decaf"
    assert one_of_alternative("the pico and the big one", nouns) == "the pico and the big one"


def test_the_small_one_of_a_list_is_in_the_total(answerer: Answerer) -> None:
    """Both grinders are summed: the Atlas 64 is not dropped from the total."""
    reply = answerer.answer(
        "we want the 3 group, the big grinder and the small one for decaf. total?"
    ).text
    assert "$1,350" in reply
    assert "$2,450" in reply
    assert "$17,200" in reply


def test_a_topic_put_first_is_asked_about(answerer: Answerer) -> None:
    """'training for the new hires is it extra w the machine': the training's inclusion is
    answered, as its question-order form is."""
    reply = answerer.answer("training for the new hires is it extra w the machine").text
    assert "included free" in reply or "no charge" in reply


def test_a_machine_supposed_not_bought_leaves_the_training_asked(answerer: Answerer) -> None:
    """'the on site course if we never bought a machine from you': the course's own price."""
    reply = answerer.answer(
        "whats the on site barista course cost if we never bought a machine"
    ).text
    assert "$850" in reply


def test_a_machine_asked_about_stays_the_subject(answerer: Answerer) -> None:
    """Negative: 'does the machine come with training' still answers the machines' offer."""
    reply = answerer.answer("does the machine come with training").text
    assert "included free" in reply or "no charge" in reply


def test_a_speed_asked_with_no_time_in_the_knowledge_base_is_not_answered(
    answerer: Answerer,
) -> None:
    """'how quick do ur partner techs reach a shop in texas': no time is written, so no
    unrelated sentence stands in for one."""
    reply = answerer.answer("how quickly do ur partner techs reach a shop in texas").text
    assert "don't know" in reply


def test_a_speed_asked_is_still_answered_with_the_time_written(answerer: Answerer) -> None:
    """Negative: a lead time written in the knowledge base answers how soon a machine ships."""
    reply = answerer.answer("how soon can a lumen 3 group ship").text
    assert "three-week" in reply


def test_a_bare_figure_per_period_is_read_in_the_unit_said_beside_it() -> None:
    """'pounds a week yes. so 300 a month' is 300 lb a month; a figure with its own unit, a
    money figure or one with no sum asked and no unit said stays as typed."""
    from shared.understanding.bare_figures import with_unit

    assert with_unit("pounds a week yes. so 300 a month", None) == (
        "pounds a week yes. so 300 lb a month"
    )
    assert with_unit("so 300 a month whats the total", "per lb") == (
        "so 300 lb a month whats the total"
    )
    assert with_unit("so 300 a month whats the total", "per month") == (
        "so 300 a month whats the total"
    )
    assert with_unit("we budget $300 a month, whats the total", "per lb") == (
        "we budget $300 a month, whats the total"
    )
    assert with_unit("we do 300 a month", "per lb") == "we do 300 a month"
    assert (
        with_unit("60 lbs yes. so over 200 a month", None) == "60 lbs yes. so over 200 lb a month"
    )
    assert with_unit("6 a week of the 5lb bags", None) == "6 a week of the 5lb bags"


def test_the_discounted_sum_of_a_bare_monthly_figure_is_answered(answerer: Answerer) -> None:
    """After the foundry, 'so 150 a month with the discount what does that come to' sums 150
    lb at its price less the volume discount."""
    reply = answerer.answer(
        "so 150 a month with the discount what does that come to", recent=["Foundry Espresso"]
    ).text
    assert "$1,725" in reply
    assert "10%" in reply
