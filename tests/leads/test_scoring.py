"""The scoring table, one test per row, and the classification boundaries."""

from __future__ import annotations

import pytest

from shared.conversation.state import CustomerType, Stage
from shared.leads.classification import classify, priority
from shared.leads.models import Classification, Priority, ScoreBreakdown
from shared.leads.scoring import score
from tests.leads.factories import NEW_CAFE_FIELDS, qualified_new_cafe, state, transcript


def points(breakdown: ScoreBreakdown, rule: str) -> int:
    return next(i.points for i in breakdown.items if i.rule == rule)


def test_name_gives_5_points() -> None:
    """A collected name is worth 5 points of contact quality."""
    assert points(score(state(collected={"name": "Ana"}), []), "name") == 5
    assert points(score(state(), []), "name") == 0


def test_valid_email_gives_10_points_and_an_invalid_one_none() -> None:
    """A valid email is worth 10 points; a malformed one is worth nothing."""
    assert points(score(state(collected={"email": "ana@example.com"}), []), "email") == 10
    assert points(score(state(collected={"email": "ana@@example"}), []), "email") == 0


def test_valid_phone_gives_10_points_and_an_invalid_one_none() -> None:
    """A valid phone number is worth 10 points; an impossible one is worth nothing."""
    assert points(score(state(collected={"phone": "+15035550187"}), []), "phone") == 10
    assert points(score(state(collected={"phone": "+1123"}), []), "phone") == 0


@pytest.mark.parametrize(
    ("customer_type", "expected"),
    [
        (CustomerType.NEW_CAFE, 10),
        (CustomerType.EXISTING_CAFE, 10),
        (CustomerType.CASUAL_BROWSER, 0),
        (None, 0),
    ],
)
def test_identified_business_type_gives_10_points(
    customer_type: CustomerType | None, expected: int
) -> None:
    """A new or existing café is worth 10 points; a browser or an unknown type nothing."""
    assert points(score(state(customer_type=customer_type), []), "customer_type") == expected


def test_near_timeline_gives_10_points() -> None:
    """A timeline within three months of the conversation is worth the full 10 points."""
    collected = state(collected={"opening_timeline": "in April"})  # conversation on 2 March
    assert points(score(collected, []), "timeline") == 10
    said = transcript("We hope to open in 6 weeks")
    assert points(score(state(), said), "timeline") == 10


def test_distant_timeline_gives_5_points() -> None:
    """A timeline beyond three months is worth 5 points."""
    assert points(score(state(collected={"opening_timeline": "next year"}), []), "timeline") == 5


def test_vague_timeline_gives_5_points() -> None:
    """A timeline without a date ("soon") is worth 5 points."""
    assert points(score(state(), transcript("we want to open soon")), "timeline") == 5
    assert points(score(state(), transcript("no idea")), "timeline") == 0


def test_budget_or_volume_gives_10_points() -> None:
    """A collected volume, or a budget or dollar amount in the transcript, is worth 10 points."""
    assert points(score(state(collected={"expected_volume": "200 cups"}), []), "budget_or_volume")
    said = transcript("our budget is about $15,000")
    assert points(score(state(), said), "budget_or_volume") == 10
    assert points(score(state(), transcript("hello there")), "budget_or_volume") == 0


def test_one_point_per_visitor_message_up_to_10() -> None:
    """Each visitor message is worth 1 point, at most 10."""
    assert points(score(state(), transcript("ok", "fine", "yes")), "messages") == 3
    assert points(score(state(), transcript(*["ok"] * 14)), "messages") == 10


def test_two_points_per_question_up_to_10() -> None:
    """A question mark or an interrogative opening counts as a question, 2 points, max 10."""
    said = transcript("Price of the Lumen?", "how long is delivery", "ok thanks")
    assert points(score(state(), said), "questions") == 4
    assert points(score(state(), transcript(*["what is it?"] * 7)), "questions") == 10


def test_five_points_when_average_message_is_longer_than_50_characters() -> None:
    """An average visitor message of 51 characters is worth 5 points, 50 is not."""
    assert points(score(state(), transcript("x" * 51)), "message_length") == 5
    assert points(score(state(), transcript("x" * 50)), "message_length") == 0


def test_qualified_gives_20_points() -> None:
    """A qualified conversation is worth 20 points of qualification status."""
    assert points(score(state(stage=Stage.QUALIFIED), []), "status") == 20


def test_seventy_percent_of_fields_gives_10_points() -> None:
    """5 of a new café's 7 fields (71%) is worth 10 points."""
    collected = dict(list(NEW_CAFE_FIELDS.items())[:5])
    kind = CustomerType.NEW_CAFE
    assert points(score(state(customer_type=kind, collected=collected), []), "status") == 10


def test_forty_percent_of_fields_gives_5_points() -> None:
    """3 of a new café's 7 fields (43%) is worth 5 points; 2 (29%) nothing."""
    fields = list(NEW_CAFE_FIELDS.items())
    kind = CustomerType.NEW_CAFE
    assert points(score(state(customer_type=kind, collected=dict(fields[:3])), []), "status") == 5
    assert points(score(state(customer_type=kind, collected=dict(fields[:2])), []), "status") == 0


def test_breakdown_explains_every_point() -> None:
    """The items add up to the category totals and the total, within each maximum."""
    breakdown = score(*qualified_new_cafe())
    assert sum(i.points for i in breakdown.items) == breakdown.total
    assert sum(breakdown.categories.values()) == breakdown.total
    assert all(0 <= i.points <= i.max_points for i in breakdown.items)
    assert breakdown.categories == {
        "contact_quality": 25,
        "business_intent": 30,
        "engagement": 8,
        "qualification_status": 20,
    }


def test_maximum_score_is_100() -> None:
    """A conversation that meets every rule scores exactly 100."""
    conversation_state, _ = qualified_new_cafe()
    long_question = "Could you tell me more about the Lumen two group machine and its price?"
    assert score(conversation_state, transcript(*[long_question] * 10)).total == 100


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, Classification.UNQUALIFIED),
        (39, Classification.UNQUALIFIED),
        (40, Classification.COLD),
        (59, Classification.COLD),
        (60, Classification.WARM),
        (79, Classification.WARM),
        (80, Classification.HOT),
        (100, Classification.HOT),
    ],
)
def test_classification_boundaries(value: int, expected: Classification) -> None:
    """hot 80-100, warm 60-79, cold 40-59, unqualified 0-39, at each boundary."""
    assert classify(value) is expected


CONTACT = {"name": "Ana", "email": "ana@example.com", "phone": "+15035550187"}


def test_conversations_scoring_39_and_40_fall_either_side_of_cold() -> None:
    """Contact 25 + budget 10 + 4 messages is 39 (unqualified); a fifth message makes 40 (cold)."""
    base = state(collected=CONTACT)
    below = score(base, transcript("budget $900", "ok", "ok", "ok"))
    at = score(base, transcript("budget $900", "ok", "ok", "ok", "ok"))
    assert (below.total, classify(below.total)) == (39, Classification.UNQUALIFIED)
    assert (at.total, classify(at.total)) == (40, Classification.COLD)


def test_conversations_scoring_59_and_60_fall_either_side_of_warm() -> None:
    """Contact, type, half the fields, budget and 9 messages is 59; a tenth message makes 60."""
    base = state(customer_type=CustomerType.EXISTING_CAFE, collected=CONTACT)
    below = score(base, transcript("budget $900", *["ok"] * 8))
    at = score(base, transcript("budget $900", *["ok"] * 9))
    assert (below.total, classify(below.total)) == (59, Classification.COLD)
    assert (at.total, classify(at.total)) == (60, Classification.WARM)


def test_conversations_scoring_79_and_80_fall_either_side_of_hot() -> None:
    """A qualified café with budget, a near timeline and 4 messages is 79; a fifth makes 80."""
    base = state(stage=Stage.QUALIFIED, customer_type=CustomerType.EXISTING_CAFE, collected=CONTACT)
    below = score(base, transcript("budget $900", "ok", "ok", "asap"))
    at = score(base, transcript("budget $900", "ok", "ok", "ok", "asap"))
    assert (below.total, classify(below.total)) == (79, Classification.WARM)
    assert (at.total, classify(at.total)) == (80, Classification.HOT)


@pytest.mark.parametrize(
    ("classification", "expected"),
    [
        (Classification.HOT, Priority.HIGH),
        (Classification.WARM, Priority.MEDIUM),
        (Classification.COLD, Priority.LOW),
        (Classification.UNQUALIFIED, Priority.LOW),
    ],
)
def test_crm_priority(classification: Classification, expected: Priority) -> None:
    """hot is High, warm Medium, cold and unqualified Low in the CRM."""
    assert priority(classification) is expected
