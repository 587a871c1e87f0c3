"""What set T's conversations showed the reader missing, in other words (issue 22): a format
said to be what runs now, a business named as another kind than a café, a quality wished
for, an item chosen by pointing at the one just answered, gear listed after "and"."""

from __future__ import annotations

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment, preferences
from shared.conversation.state import ConversationState, CustomerType
from shared.understanding.coffee_service import serves_coffee_now
from shared.understanding.reference import chooses_by_pointing
from shared.understanding.visitor import visitor_type


def test_a_format_said_to_run_now_is_coffee_served() -> None:
    """ "at the moment it's those capsule machines" serves coffee now; "no pods" does not."""
    said = "at the moment it's those capsule machines and staff moan about them"
    assert visitor_type(said) is CustomerType.EXISTING_CAFE
    assert serves_coffee_now("for now it's all k-cups in the lobby") is True
    assert serves_coffee_now("right now no pods at all") is False
    assert serves_coffee_now("currently no capsule machines") is False


def test_a_business_of_another_kind_than_a_cafe_is_no_browser() -> None:
    """ "our office, not a café" names a business; "not a cafe, just me" is a browser."""
    assert visitor_type("its for our office not a café, still ok?") is not (
        CustomerType.CASUAL_BROWSER
    )
    assert visitor_type("not a cafe, just me being curious") is CustomerType.CASUAL_BROWSER


def test_a_quality_wished_for_is_a_taste() -> None:
    """ "fair trade would be great" is a coffee preference; "that would be great" is none."""
    assert "fair trade" in str(preferences("fair trade would be great", False))
    assert preferences("that would be great", False) is None


def test_gear_listed_after_and_is_wanted_beside_their_water() -> None:
    """ "and a grinder, our water is soft" wants a grinder: their water owns no gear."""
    assert "grinder" in str(equipment("and a grinder, our water is soft though", False))


def test_a_choice_by_pointing_is_read() -> None:
    """ "we'll take that one" chooses; a question pointing at the item chooses nothing."""
    assert chooses_by_pointing("alright we'll take that one. mia@example.com")
    assert chooses_by_pointing("yep that one please")
    assert not chooses_by_pointing("can we lease that one?")
    assert not chooses_by_pointing("that one is too loud")


async def test_the_item_chosen_by_pointing_replaces_the_one_asked_before() -> None:
    """After an answer about one machine, "we'll go with that one" stores it in place of the
    machine of its kind asked about before; after an answer about two, nothing is stored."""
    one = ConversationState(
        topics=["recent:1:Lumen 2-Group", "recent:2:Lumen 3-Group"],
        collected={"equipment_needs": "Lumen 2-Group"},
    )
    heard = await LocalBrain().understand("ok we'll go with that one", one)
    assert heard.fields.get("equipment_needs") == "Lumen 3-Group"
    assert heard.correction
    two = ConversationState(topics=["recent:1:Lumen 2-Group|Lumen 3-Group"])
    heard = await LocalBrain().understand("ok we'll go with that one", two)
    assert "equipment_needs" not in heard.fields
