"""Two company facts asked in one message ("phone # and hours for sales?") are both given."""

from __future__ import annotations

import httpx
import pytest

from shared.rag.question import coordinated

from ..conversation.test_chat_api import say


def test_coordinated_pieces_are_split_only_when_joined() -> None:
    """ "X and Y", "X + Y" and "X, Y" give their pieces; a single ask gives none."""
    assert coordinated("phone # and hours for sales?") == ["phone #", "hours for sales?"]
    assert coordinated("number to call + opening days") == ["number to call", "opening days"]
    assert coordinated("what are your sales hours?") == []


@pytest.mark.parametrize(
    "message",
    [
        "phone number and hours for the sales team?",
        "number to call sales + what days r u open?",
        "sales hours & phone #?",
    ],
)
async def test_both_company_facts_of_a_two_part_ask_are_given(
    chat_client: httpx.AsyncClient, message: str
) -> None:
    """The sales phone number and the sales hours both answer a message asking both."""
    reply = (await say(chat_client, message))["reply"]
    assert "0142" in reply, reply
    assert "Monday to Friday" in reply, reply
