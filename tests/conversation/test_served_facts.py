"""Company facts the reader uses come from the bundle the chat serves, swapped with it."""

from __future__ import annotations

from pathlib import Path

from shared.chat.knowledge import Knowledge
from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.rag.embedding import Embedder
from shared.rag.retriever import Retriever


async def test_product_words_are_read_at_each_turn() -> None:
    """The brain asks for the served product words at every turn: a product word stops being
    taken for a name as soon as a bundle naming it is served, with no restart."""
    served: dict[str, frozenset[str]] = {"words": frozenset()}
    brain = LocalBrain(products=lambda: served["words"])
    message = "Marzano here, what does it cost?"
    before = await brain.understand(message, ConversationState())
    served["words"] = frozenset({"marzano"})
    after = await brain.understand(message, ConversationState())
    assert before.fields.get("name") == "Marzano"
    assert "name" not in after.fields


def test_knowledge_serves_the_bundles_product_words(kb_bundle_dir: Path) -> None:
    """The knowledge's product words are the served bundle's (lower case), replaced in the
    same swap as the answers when another bundle is served."""
    knowledge = Knowledge(None)
    assert knowledge.products() == frozenset()
    knowledge.use(Retriever.from_bundle_dir(kb_bundle_dir, Embedder()))
    words = knowledge.products()
    assert "foundry" in words
    assert all(word == word.lower() for word in words)
    assert words is knowledge.served.products
