"""Issue 22 item 3, issue 23 item 7: a question or a choice pointing at one of several items
just discussed without naming it is asked back ("Which one do you mean: the Pico 1-Group or
the Lumen 2-Group?"), the reply naming one resumes it, and a reference with one clear
candidate (the last item named) is answered as before."""

from __future__ import annotations

from typing import Any

import httpx

from shared.catalog import catalog_from_folder
from shared.rag.candidates import asked_of, chosen, ranked_picks
from shared.understanding.choices import chooses_by_rank, picks_from_choice, position_picked

from ..conversation.test_chat_api import say
from .test_answers import ROOT

CATALOG = catalog_from_folder(ROOT / "knowledge_base")
COMPARED = "whats the difference between the pico and the lumen 2 group?"
BOTH_KINDS = "how much are the atlas 64, the atlas 75, the pico and the lumen 2 group?"
ASKED_BACK = "Which one do you mean: the Pico 1-Group or the Lumen 2-Group?"


async def _talk(client: httpx.AsyncClient, *messages: str) -> list[Any]:
    """Every reply body of one conversation."""
    bodies: list[Any] = []
    for message in messages:
        session = bodies[-1]["session_id"] if bodies else None
        bodies.append(await say(client, message, session))
    return bodies


def _pick(message: str, offered: list[str]) -> str | None:
    picked = chosen(message, offered, CATALOG)
    return picked.name if picked else None


def test_a_pick_is_read_by_place_rank_name_or_kind() -> None:
    """ "the first", "the smaller one", "the less expensive one", "lumen" and "the grinder"
    each pick one of the items offered; a message saying more picks nothing."""
    machines = ["Pico 1-Group", "Lumen 2-Group"]
    assert _pick("the first", machines) == "Pico 1-Group"
    assert _pick("the latter", machines) == "Lumen 2-Group"
    assert _pick("i mean the bigger one", machines) == "Lumen 2-Group"
    assert _pick("lumen", machines) == "Lumen 2-Group"
    grinders = ["Atlas 64", "Atlas 75"]
    assert _pick("the less expensive one", grinders) == "Atlas 64"
    mixed = ["Atlas 75", "Lumen 2-Group"]
    assert _pick("the grinder", mixed) == "Atlas 75"
    assert _pick("what does the first one cost", machines) is None
    assert _pick("the third", machines) is None
    assert position_picked("the first two") is None


def test_a_place_picks_only_after_items_offered_as_x_or_y() -> None:
    """ "the first" after "Which one do you mean: X or Y?" is a pick (a question for the
    knowledge base); after "Which would you like to know more about?" it names nothing."""
    products = frozenset({"grinder", "pico"})
    assert picks_from_choice("the first", ASKED_BACK, products)
    assert picks_from_choice("the smaller one", ASKED_BACK, products)
    assert not picks_from_choice("the first", "Which would you like to know more about?", products)
    assert picks_from_choice("the grinders", "Which would you like to know more about?", products)


def test_a_rank_over_two_kinds_does_not_say_which() -> None:
    """ "we'll take the bigger one" is a choice by rank; after two grinders and two machines it
    points at the bigger of each, after two grinders at the Atlas 75 alone."""
    assert chooses_by_rank("ok we'll take the bigger one") is not None
    assert chooses_by_rank("which is the bigger one?") is None
    four = ["Atlas 64", "Atlas 75", "Pico 1-Group", "Lumen 2-Group"]
    picked = [e.name for e in ranked_picks("we'll take the bigger one", four, CATALOG)]
    assert picked == ["Atlas 75", "Lumen 2-Group"]
    two = [e.name for e in ranked_picks("we'll take the bigger one", four[:2], CATALOG)]
    assert two == ["Atlas 75"]


def test_the_pending_question_is_asked_of_the_item_picked() -> None:
    """The pointer of the question asked back ("it", "that one", "the bigger one") becomes the
    item picked; "that's all" points at nothing."""
    pico = CATALOG.get("Pico 1-Group")
    assert pico is not None
    assert asked_of("how many groups does it have?", pico) == (
        "how many groups does the Pico 1-Group have?"
    )
    assert asked_of("can i lease that one?", pico) == "can i lease the Pico 1-Group?"
    assert asked_of("we'll take the bigger one", pico) == "we'll take the Pico 1-Group"


async def test_a_pronoun_after_two_machines_is_asked_back_then_answered(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "how many groups does it have?" after the Pico and the Lumen 2-Group were compared is
    asked back (the Lumen 3-Group was answered before: a guess), with no other question and
    nothing stored; "the first" answers it for the Pico."""
    bodies = await _talk(chat_client, COMPARED, "how many groups does it have?", "the first")
    assert bodies[1]["reply"] == ASKED_BACK
    assert bodies[1]["collected"] == bodies[0]["collected"]
    assert "Pico 1-Group" in bodies[2]["reply"]
    assert "1 group" in bodies[2]["reply"]
    assert "3-Group" not in bodies[2]["reply"]


async def test_that_one_after_two_grinders_resumes_on_the_rank_picked(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "can i lease that one?" after both Atlas grinders is asked back; "the smaller one"
    answers the lease for the Atlas 64 (below the leasing minimum)."""
    first = "tell me about the atlas 64 and the atlas 75 grinders"
    bodies = await _talk(chat_client, first, "can i lease that one?", "the smaller one")
    assert bodies[1]["reply"] == "Which one do you mean: the Atlas 64 or the Atlas 75?"
    assert "Atlas 64" in bodies[2]["reply"]
    assert "$5,000" in bodies[2]["reply"]


async def test_an_attribute_of_each_is_answered_and_one_clear_item_is_not_asked_back(
    chat_client: httpx.AsyncClient,
) -> None:
    """A price asked of both machines just compared is given for each (the rule of
    docs/decisions/clarifying-which-item.md); after "and the lumen 2 group?" the Lumen is the
    one item "that one" means: no question back."""
    both = await _talk(chat_client, COMPARED, "how much is it?")
    assert "$3,900" in both[1]["reply"]
    assert "$9,800" in both[1]["reply"]
    assert "Which one" not in both[1]["reply"]
    one = await _talk(
        chat_client, "how much is the pico?", "and the lumen 2 group?", "warranty on that one?"
    )
    assert "Lumen 2-Group" in one[2]["reply"]
    assert "Which one" not in one[2]["reply"]


async def test_a_choice_by_rank_over_two_kinds_stores_nothing_and_asks_which(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "ok we'll take the bigger one" after two grinders and two machines stores nothing and
    asks which, asking no field beside it; "the grinder" then stores the Atlas 75 in place of
    the Atlas 64."""
    bodies = await _talk(
        chat_client,
        "we're opening a cafe in march",
        BOTH_KINDS,
        "ok we'll take the bigger one",
        "the grinder",
    )
    assert bodies[2]["reply"] == "Which one do you mean: the Atlas 75 or the Lumen 2-Group?"
    assert bodies[2]["collected"] == bodies[1]["collected"]
    assert bodies[2]["asking"] is None
    stored = bodies[3]["collected"]["equipment_needs"]
    assert "Atlas 75" in stored
    assert "Atlas 64" not in stored


async def test_a_choice_by_rank_over_one_kind_is_stored(chat_client: httpx.AsyncClient) -> None:
    """ "ok we'll take the bigger one" after the two grinders alone is the Atlas 75."""
    bodies = await _talk(
        chat_client,
        "we're opening a cafe in march",
        "how much are the atlas 64 and the atlas 75?",
        "ok we'll take the bigger one",
    )
    assert bodies[2]["collected"]["equipment_needs"] == "Atlas 75"
    assert "Which one" not in bodies[2]["reply"]


async def test_asking_which_one_suits_us_is_answered_not_asked_back(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "which one is meant for us and what does it cost?" after the plans asks us to choose:
    the plan for three cafés and its price, not "Which one do you mean"."""
    bodies = await _talk(
        chat_client,
        "what maintenance plans do you have?",
        "we've got 3 cafés, which one is meant for us and what does it cost?",
    )
    assert "Which one do you mean" not in bodies[1]["reply"]
    assert "$79" in bodies[1]["reply"]
