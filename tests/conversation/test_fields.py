"""Business fields read from free text: equipment named by product, blends, volumes, pains."""

from __future__ import annotations

import pytest

from shared.conversation.fields import business_fields
from shared.conversation.signals import is_question
from shared.understanding.direct_answers import free_text_answer
from shared.understanding.entities.clauses import unseen_items
from shared.understanding.entities.equipment import corrected_list, find_equipment


def read(text: str, asking: str | None = None) -> dict[str, object]:
    return business_fields(text, asking, is_question(text))


@pytest.mark.parametrize(
    ("text", "equipment"),
    [
        ("Probably a Lumen 2-Group and an Atlas 75. Foundry for espresso.",
         "a Lumen 2-Group, an Atlas 75"),
        ("Equipment-wise I'm thinking a Lumen 2-Group and an Atlas 64.",
         "a Lumen 2-Group, an Atlas 64"),
        ("ok forget the 3 group, we'll do the atlas 75", "the atlas 75"),
        ("how much the lumen 2 group. can i lease it", "the lumen 2 group"),
        ("we bought a lumen 2 group from you last year", None),
        ("our atlas 75 broke last week", None),
        ("we need 2 grinders. the machine at the other shop is fine", "2 grinders"),
    ],
)  # fmt: skip
def test_equipment_named_by_product(text: str, equipment: str | None) -> None:
    """A catalog product named without owning it is wanted gear; gear owned, broken or
    dropped ("forget the 3 group") is not."""
    assert read(text).get("equipment_needs") == equipment


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Coffee would be Foundry, probably 200 lb a month.", "Foundry"),
        ("We'd go through maybe 60 lb of Harbor a month.", "Harbor"),
        ("thinking pour over + a batch brewer, no espresso at first", "pour over, no espresso"),
    ],
)
def test_preferences_from_a_blend_name(text: str, cue: str) -> None:
    """One catalog blend is a coffee preference even capitalised; gear is cut out of it."""
    found = read(text).get("coffee_preferences")
    assert isinstance(found, str)
    assert cue in found
    assert "brewer" not in found


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("prob 100ish drinks a day on weekdays", "100ish drinks a day"),
        ("good for 120 macchiatos and coffees per day?", "120 macchiatos and coffees per day"),
        ("the online course for 14 people", None),
    ],
)  # fmt: skip
def test_volumes_in_free_text(text: str, volume: str | None) -> None:
    """ "100ish", two drink nouns and a period are a volume; a course's head count is not."""
    assert read(text).get("expected_volume") == volume


def test_pains_and_plans_are_captured() -> None:
    """A pain in other words ("grinders drifting", "can't keep up") and a plan signed up for
    ("sign me up for essential") land in their fields."""
    assert "drifting" in str(
        read("Biggest headache is grinders drifting all day").get("pain_points")
    )
    assert "rush" in str(read("the Astoria can't keep up with the morning rush").get("pain_points"))
    assert "essential" in str(read("ok sign me up for essential").get("support_needs"))


def test_timeline_in_a_question_needs_an_opening_cue() -> None:
    """A date in a question about something else is no opening date; one about opening is."""
    assert "opening_timeline" not in read("If we sign mid-July, does that put 1 September at risk?")
    assert read("we're opening in May, can you ship by then?")["opening_timeline"] == "in May"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Our order for 60 lb of Foundry was supposed to arrive Tuesday", "coffee_preferences"),
        ("I don't want a maintenance plan and I don't want to hear about the Pro tier",
         "support_needs"),
        ("We are reviewing coffee and equipment suppliers for Halcyon Hotels", "equipment_needs"),
    ],
)  # fmt: skip
def test_no_value_from_what_is_not_wanted(text: str, field: str) -> None:
    """A blend in an order, a plan the visitor does not want and the bare word "equipment"
    store nothing."""
    assert field not in read(text)


def test_a_pain_pointing_back_keeps_what_it_points_to() -> None:
    """ "... can't answer a single question about it" keeps the sentence saying what "it" is."""
    found = read(
        "Customers ask us about sourcing constantly. Our roaster can't answer a single "
        "question about it."
    )
    assert "sourcing" in str(found.get("pain_points"))


def test_a_long_clause_is_cut_to_its_coffee_words() -> None:
    """A sentence about the business keeps only the span naming the coffee."""
    found = read("opening a cold brew + espresso kiosk in a Sacramento food hall in about 6 weeks")
    assert found["coffee_preferences"] == "opening a cold brew + espresso kiosk"


def test_a_tag_question_is_no_free_text_answer() -> None:
    """ "so thats the 10% off then right" asks; it is not the pain point asked for."""
    assert free_text_answer("so thats the 10% off then right", "pain_points") == {}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("also is it 10% off at 200 lbs or do i gotta ask for that", "expected_volume", None),
        ("Is a Lumen 2-Group enough for about 200 drinks a day?", "expected_volume",
         "about 200 drinks a day"),
        ("hi, I manage an office of about 60 people, do you supply offices?", "expected_volume",
         None),
        ("$3900 for the pico is more than i was hoping. do u do payment plans?",
         "equipment_needs", None),
        ("Our service company takes a week when a machine goes down. Interested in the plan.",
         "equipment_needs", None),
    ],
)  # fmt: skip
def test_supposed_amounts_and_remarks_store_nothing(
    text: str, field: str, value: str | None
) -> None:
    """An amount supposed in a question, a head count, a price remark and a broken machine
    are no volume or equipment need; a rate asked about is the visitor's volume."""
    assert read(text).get(field) == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("we get beans from a roaster. honestly their deliveries have been all over the place, "
         "2 of the last 4 came late", "pain_points",
         "their deliveries have been all over the place, 2 of the last 4 came late"),
        ("hi we have 1 cafe in spokane and our grinder is a dinosaur", "pain_points",
         "our grinder is a dinosaur"),
        ("machines keep dying on weekends and my repair guy takes 4-5 days to show up",
         "pain_points",
         "machines keep dying on weekends and my repair guy takes 4-5 days to show up"),
        ("yes sign us up for pro. its pearl st cafe", "support_needs", "sign us up for pro"),
    ],
)  # fmt: skip
def test_free_text_is_the_clause_with_its_subject(text: str, field: str, value: str) -> None:
    """A need is stored as the clause that says it, with the subject a bare "2 of the last 4"
    depends on, without an opening "yes" or "honestly" and without a remark joined by "and"."""
    assert read(text).get(field) == value


@pytest.mark.parametrize(
    ("text", "equipment"),
    [
        ("looking at the atlas 64 or 75", "the atlas 64, Atlas 75"),
        ("I would like a quotation for the Lumen 2-Group with the Atlas 75 grinder. "
         "My email is dr@example.com.", "the Lumen 2-Group, the Atlas 75 grinder"),
        ("people drink filter coffee, so we need a batch brewer", "a batch brewer"),
        ("atlas 64 or 99", "atlas 64"),
    ],
)  # fmt: skip
def test_equipment_by_family_and_sentence(text: str, equipment: str) -> None:
    """A model given by its number after its family is an item; "my email" in another sentence
    does not make a product owned; "filter coffee" is no filter; a model not in the catalog is
    not invented."""
    assert read(text).get("equipment_needs") == equipment


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("we need a batch brewer for maybe 15 litres in the afternoon",
         "maybe 15 litres in the afternoon"),
        ("around 80 covers at lunch", "around 80 covers at lunch"),
        ("an office of about 60 people", None),
    ],
)  # fmt: skip
def test_volumes_with_litres_and_meal_periods(text: str, volume: str | None) -> None:
    """Litres after "for" and a meal period are a volume; a head count after "of" is not."""
    assert read(text).get("expected_volume") == volume


def test_coffee_described_by_body() -> None:
    """Two coffee descriptors ("chocolate, full-bodied") are a preference without being asked."""
    assert (
        read("Like a coffee of the cerrado, chocolate, full-bodied.").get("coffee_preferences")
        == "chocolate, full-bodied"
    )


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Our old machine is working fine, but the grinder is dying.", "pain_points",
         "the grinder is dying"),
        ("We're on the Pro plan. The grinder died this morning.", "support_needs", None),
        ("we're not on any maintenance plan. ok sign me up for essential", "support_needs",
         "sign me up for essential"),
    ],
)  # fmt: skip
def test_status_is_no_need(text: str, field: str, value: str | None) -> None:
    """Gear said to work fine is no pain; the plan a visitor is (not) on is no support need."""
    assert read(text).get(field) == value


def test_repeated_items_are_not_appended_twice() -> None:
    """An item given again with or without its article adds nothing to the stored list."""
    assert unseen_items("Pico, the Atlas 64", "Pico, Atlas 64") == ""
    assert unseen_items("espresso machine, grinder", "the Lumen 2-Group, a grinder") == (
        "the Lumen 2-Group"
    )


@pytest.mark.parametrize(
    ("text", "equipment"),
    [
        ("Scratch the Atlas 64 — we want two Atlas 75s instead.", "two Atlas 75s"),
        ("Sorry, I said Lumen 2-Group but I mean the 3-Group, we are very busy.", "Lumen 3-Group"),
        ("Lumen 2-Group, one Atlas 75, and an Atlas 64 as a second grinder.",
         "Lumen 2-Group, one Atlas 75, an Atlas 64"),
        ("Under $6k all-in — it's a cart, so a Pico and one grinder.", "a Pico, one grinder"),
        ("Restarted the grinder three times, still jammed.", None),
        ("we're switching suppliers bc their machines kept breaking", None),
    ],
)  # fmt: skip
def test_items_dropped_owned_or_described(text: str, equipment: str | None) -> None:
    """Items scratched or said by mistake are dropped, a role ("as a second grinder") is no
    item, a budget in another clause does not hide the product, broken gear is no need."""
    assert read(text).get("equipment_needs") == equipment


@pytest.mark.parametrize(
    ("text", "asking", "field", "value"),
    [
        ("pro", "support_needs", "support_needs", "pro"),
        ("the multi site one", "support_needs", "support_needs", "the multi site one"),
        ("we're on pro already", "support_needs", "support_needs", None),
        ("pro", "pain_points", "support_needs", None),
        ("80ish", "expected_volume", "expected_volume", "80ish cups a day"),
    ],
)
def test_bare_answers_to_the_field_asked(
    text: str, asking: str, field: str, value: str | None
) -> None:
    """A plan's first word answers the support question, "80ish" the volume one; a plan the
    visitor is on, or a bare word not asked for, is no value."""
    assert read(text, asking).get(field) == value


def test_plan_status_is_no_free_text_answer() -> None:
    """Asked what support would help, "we're on pro already" states a status, not a need."""
    assert free_text_answer("we're on pro already", "support_needs") == {}
    assert free_text_answer("mostly someone to fix stuff fast", "support_needs") == {
        "support_needs": "mostly someone to fix stuff fast"
    }


def test_a_price_with_a_thousands_comma_stays_in_its_clause() -> None:
    """ "the 3 group is 13,400" remarks on a price: the comma inside the number splits nothing."""
    assert "equipment_needs" not in read("and the 3 group is 13,400 w a 3 week wait. install?")


@pytest.mark.parametrize(
    ("old", "new", "stored"),
    [
        ("a Lumen 2-Group, 1 grinder", "2 grinders", "a Lumen 2-Group, 2 grinders"),
        ("a Lumen 2-Group, the Atlas 64", "two Atlas 75s", "a Lumen 2-Group, two Atlas 75s"),
        ("the big lumen, the 3 group", "the 2 group lumen, the atlas 75",
         "the 2 group lumen, the atlas 75"),
    ],
)  # fmt: skip
def test_a_corrected_item_replaces_only_its_kind(old: str, new: str, stored: str) -> None:
    """A correction of one item ("2 grinders not 1") keeps the machine already stored."""
    assert corrected_list(old, new) == stored


def test_an_item_right_after_another_names_the_same_one() -> None:
    """ "the 2 group lumen" is one machine; "2 grinders 2 brewers" and gear of other kinds are
    separate items."""
    assert find_equipment("we'll do the 2 group lumen + the atlas 75") == [
        "the 2 group lumen",
        "the atlas 75",
    ]
    assert find_equipment("2 grinders 2 brewers") == ["2 grinders", "2 brewers"]
    assert find_equipment("need machine grinder water filter") == [
        "machine",
        "grinder",
        "water filter",
    ]
