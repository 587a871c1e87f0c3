"""A visit said with a phrasal verb ("swing by", "drop in", "stop by") is answered as a visit."""

from __future__ import annotations

import httpx
import pytest

from ..conversation.test_chat_api import say


@pytest.mark.parametrize(
    "message",
    [
        "could we drop in at the showroom on a saturday?",
        "could i stop by the roastery sunday?",
        "ok to pop over to the showroom on the weekend?",
    ],
)
async def test_a_phrasal_visit_gets_the_showroom_visiting_rule(
    chat_client: httpx.AsyncClient, message: str
) -> None:
    """The showroom's visits by appointment on weekdays answer, not "I don't know"."""
    reply = (await say(chat_client, message))["reply"]
    assert "appointment" in reply, reply


async def test_a_price_that_drops_by_an_amount_is_no_visit(chat_client: httpx.AsyncClient) -> None:
    """ "drop by 5%" keeps its meaning: the visiting rule is not given."""
    reply = (await say(chat_client, "does the riverbend price drop by 5% at 100 lb?"))["reply"]
    assert "appointment" not in reply, reply
