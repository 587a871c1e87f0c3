"""The field classes of a fifth author's held-out set (numbers in words and ranges, dates,
names, visitor type and changes of mind), each with phrasings of our own and a case the rule
must not take, through the real reader (and the real brain and machine where a turn matters)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import equipment
from shared.conversation.machine import advance
from shared.conversation.semantic import PrototypeClassifier
from shared.conversation.state import ConversationState
from shared.rag.embedding import Embedder
from shared.understanding.entities.catalog_items import canonical_item
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.intents import INTENTS_FILE, IntentModel, load_intents

NOW = datetime(2026, 12, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def brain(kb_bundle_dir: Path) -> LocalBrain:
    """The brain as the chat wires it: one embedder, the demo bundle's intent classifier."""
    intents: IntentModel = load_intents(kb_bundle_dir / INTENTS_FILE)
    return LocalBrain(PrototypeClassifier(Embedder()), lambda: intents)


async def play(brain: LocalBrain, messages: list[str]) -> ConversationState:
    """Every message through the brain and the machine; the final state."""
    state = ConversationState()
    for message in messages:
        heard = await brain.understand(message, state)
        state, _ = advance(state, heard, NOW)
    return state


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we've got half a dozen shops around the bay", 6),
        ("half-a-dozen locations in two states", 6),
        ("a dozen cafés now", 12),
        ("we run 2-3 cafés depending on the season", None),
        ("we have 2 or 3 coffee shops, one is seasonal", None),
        ("four to five locations by summer", None),
        ("we have 4 shops", 4),
    ],
)
def test_site_counts_in_words_and_ranges(text: str, count: int | None) -> None:
    """ "half a dozen" is 6 sites (not the dozen inside it); a range of sites is no count."""
    assert find_locations(text, False) == count


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("we'd do a couple hundred lattes a day", "about 200 lattes a day"),
        ("about three hundred cups a day on weekdays", "about 300 cups a day"),
        ("roughly a hundred pounds a month", "roughly 100 pounds a month"),
        ("a few hundred drinks a day", "a few hundred drinks a day"),
        ("hundreds of cups a day in summer", "hundreds of cups a day"),
    ],
)
def test_hundreds_in_words_are_stored_as_figures(text: str, volume: str) -> None:
    """A volume's hundreds in words are written as the figure; a vague amount stays as typed."""
    assert find_volume(text, False) == volume


async def test_a_restated_total_replaces_the_earlier_count(brain: LocalBrain) -> None:
    """ "that makes 4 shops" after "3 shops" replaces the count; a site named in passing does
    not."""
    state = await play(
        brain, ["we have 3 shops in boise", "with the one in meridian that makes 4 shops"]
    )
    assert state.collected["locations"] == 4
    state = await play(brain, ["we have 3 shops in boise", "the machine at one shop is fine"])
    assert state.collected["locations"] == 3


@pytest.mark.parametrize(
    ("item", "stored"),
    [
        ("the 2 group", "Lumen 2-Group"),
        ("a pico", "Pico 1-Group"),
        ("the clarity filter", "Clarity water filtration"),
        ("the lumen 3 group machine", "Lumen 3-Group"),
        ("2 atlas 75s", "2 atlas 75s"),
        ("a used 2 group", "a used 2 group"),
        ("a grinder", "a grinder"),
    ],
)
def test_an_item_naming_one_product_gets_its_catalog_name(item: str, stored: str) -> None:
    """One product named by an alias is stored by its catalog name; a count or words the name
    does not cover keep the item as typed."""
    assert canonical_item(item) == stored


def test_a_machine_chosen_with_go_with_is_an_item() -> None:
    """ "let's go with the 2 group" names the machine; "a machine with 2 groups" describes one."""
    assert equipment("ok let's go with the 2 group then", False) == "Lumen 2-Group"
    assert equipment("we need a machine with 2 groups", False) == "a machine"


async def test_a_change_of_mind_replaces_the_machine(brain: LocalBrain) -> None:
    """The later choice replaces the earlier one ("changed my mind", "forget the pico")."""
    state = await play(
        brain,
        [
            "opening a coffee cart in reno, is the pico any good?",
            "changed my mind, we'll go with the 2 group, the lines get long",
        ],
    )
    assert state.collected["equipment_needs"] == "Lumen 2-Group"
