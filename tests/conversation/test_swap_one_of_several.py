"""An item ordered several times and then named "instead" for one place is not swapped for all
of them (set K's bakery chain: three Lumens leased, then "if we went Pico in the smallest store
instead?"): three Picos at $11,700 were assumed."""

from __future__ import annotations

from typing import Any

import httpx


async def test_one_of_several_pieces_is_not_swapped_for_all(chat_client: httpx.AsyncClient) -> None:
    sid: str | None = None
    reply: dict[str, Any] = {}
    for text in (
        "We're a 3-location bakery chain. Want to put a Lumen 2-Group in each store.",
        "What's that come to, and what would leasing all three look like monthly?",
        "hmm and if we went Pico in the smallest store instead?",
    ):
        payload: dict[str, Any] = {"message": text, **({"session_id": sid} if sid else {})}
        response = await chat_client.post("/messages", json=payload)
        assert response.status_code == 200
        reply = response.json()
        sid = reply["session_id"]
    assert "$11,700" not in reply["reply"]
    assert "3 x Pico" not in reply["reply"]
