"""Issue 23, set I: advice under constraints is picked from what the knowledge base says of
each item (its recommendation, its capacity, its power, its button, its protection from
scale), with the need that led to each, the prices and a total; the whole range is listed
when asked, without what the visitor leaves out."""

from __future__ import annotations

from shared.catalog.model import Catalog, Entity, Price
from shared.rag.advice import advised
from shared.rag.answering import Answerer


def _item(name: str, kind: str, price: float, *facts: str) -> Entity:
    """A catalog item sold once at ``price`` (a factory: only what advice reads)."""
    text = f"${price:,.0f}"
    return Entity(
        name=name,
        kind=kind,
        price=Price(text=text, amount=price),
        facts=list(facts),
        source="products/equipment.md",
        title="Equipment",
        heading=name,
    )


def _catalog() -> Catalog:
    """A made-up range whose names say nothing of what each item is for."""
    return Catalog(
        entities=[
            _item("Orbit", "espresso machine", 7000.0, "Orbit is the machine we recommend."),
            _item("Titan", "espresso machine", 12000.0, "Titan is for hundreds of drinks a day."),
            _item("Sprite", "espresso machine", 3000.0, "It runs on an ordinary 120 V outlet."),
            _item("Mill A", "espresso grinder", 2000.0, "It pairs with the Titan."),
            _item("Mill B", "espresso grinder", 1000.0, "Mill B is the smaller grinder."),
            _item(
                "Drip One",
                "batch brewer",
                1500.0,
                "It makes filter coffee by the litre.",
                "Anyone can run it at the press of a button.",
            ),
            _item("Guard", "water filtration", 500.0, "Guard protects the boiler from scale."),
            Entity(
                name="Dusk Roast",
                kind="coffee blend",
                price=Price(text="$12 per lb", amount=12.0, unit="per lb"),
                facts=["A dark roast for filter coffee."],
                source="products/coffee.md",
                title="Coffee",
                heading="Dusk Roast",
            ),
        ]
    )


def _picked(question: str, details: dict[str, object] | None = None) -> list[str]:
    found = advised(_catalog(), question, details)
    return [] if found is None else [e.name for e in found[1]]


def test_a_volume_of_hundreds_gets_the_machine_built_for_it_and_its_grinder() -> None:
    """400 drinks a day: the machine whose sentence says hundreds a day, the grinder naming
    it; "which machine" asks the machine alone."""
    assert _picked("what setup would you suggest for 400 drinks a day?") == ["Titan", "Mill A"]
    assert _picked("which machine would suit 400 drinks a day?") == ["Titan"]


def test_a_modest_volume_on_a_budget_gets_the_recommended_machine_and_cheaper_grinder() -> None:
    """A volume stored earlier and a tight budget: the recommended machine, the cheaper
    grinder, and the total of the two."""
    found = advised(_catalog(), "cheapest setup you'd suggest?", {"expected_volume": "90 cups"})
    assert found is not None
    ruled, picks = found
    assert [e.name for e in picks] == ["Orbit", "Mill B"]
    assert "$8,000" in ruled.text
    assert ruled.derived[0].result == "$8,000"
    assert "Our cheapest machine is the Sprite." in ruled.text


def test_an_ordinary_outlet_gets_the_machine_that_runs_on_one() -> None:
    """A wall socket picks the machine whose sentence names an ordinary outlet."""
    assert _picked("what do you suggest, it must run on a regular outlet")[0] == "Sprite"


def test_untrained_staff_and_hard_water_get_the_brewer_and_the_filter() -> None:
    """Nobody trained and hard water: the button-run brewer and the filtration against scale."""
    found = advised(
        _catalog(), "no one here is a barista and the water is hard, what would you recommend?"
    )
    assert found is not None
    assert [e.name for e in found[1]] == ["Drip One", "Guard"]
    assert "press of a button" in found[0].text
    assert "$2,000" in found[0].text


def test_advice_for_a_kind_the_picks_are_not_of_is_left_to_other_answers() -> None:
    """ "which coffee would you recommend" names a kind advice does not pick from; a question
    naming an item, or stating no need, gets no advice either."""
    assert _picked("which coffee would you recommend for 200 cups a day?") == []
    assert _picked("would you recommend the Titan for 400 drinks a day?") == []
    assert _picked("what would you recommend?") == []


def test_demo_advice_names_the_need_the_item_and_the_total(answerer: Answerer) -> None:
    """On the demo knowledge base, a school office with nobody trained and a scaly kettle
    gets the batch brewer and the water filtration with their sum."""
    reply = answerer.answer(
        "none of our teachers can use an espresso machine and the kettle is full of limescale,"
        " what would you suggest?"
    ).text
    assert "BatchPro 2" in reply
    assert "Clarity" in reply
    assert "$2,620" in reply


def test_demo_range_question_lists_the_rest_of_the_range(answerer: Answerer) -> None:
    """ "besides the beans, what else do you sell?" lists machines, grinders and services,
    not the blends, and says no "I don't know"."""
    reply = answerer.answer("so what else do you sell besides coffee beans?").text
    assert "espresso machines" in reply
    assert "maintenance plans" in reply
    assert reply.startswith("Apart from our coffee blends")
    assert "Foundry" not in reply
