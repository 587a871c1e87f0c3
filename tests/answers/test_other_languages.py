"""Questions in Spanish, Portuguese, French, German or Italian answered through the glossary."""

from __future__ import annotations

import httpx
import pytest

from ..conversation.test_chat_api import say


@pytest.mark.parametrize(
    ("message", "line"),
    [
        (
            "Bonjour, combien coûte la formation barista sur place, et c'est pour combien de "
            "personnes ?",
            "Je réponds en anglais",
        ),
        ("hola, cuánto cuesta la formación de baristas en el local?", "Le respondo en inglés"),
        ("Olá, quanto custa o treinamento de barista no local?", "Respondo em inglês"),
        ("Hallo, was kostet die Barista-Schulung vor Ort?", "Ich antworte auf Englisch"),
        ("Buongiorno, quanto costa la formazione barista in sede?", "Rispondo in inglese"),
    ],
)
async def test_a_glossed_question_gets_the_facts_then_one_line_in_its_language(
    chat_client: httpx.AsyncClient, message: str, line: str
) -> None:
    """The on-site course's $850 comes first, then the short line in the visitor's language
    (not the full English-only notice before it)."""
    reply = (await say(chat_client, message))["reply"]
    assert "$850" in reply
    assert reply.index("$850") < reply.index(line)


async def test_a_question_the_gloss_cannot_answer_keeps_the_full_notice(
    chat_client: httpx.AsyncClient,
) -> None:
    """A French question the knowledge base does not answer gets today's notice first."""
    reply = (await say(chat_client, "Bonjour, quel est le nom de votre chien ?"))["reply"]
    assert reply.startswith("Désolé, cet assistant répond uniquement en anglais.")


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Quanto costano i macinini Atlas 75? Hanno la garanzia?", ["$2,450"]),
        ("Ciao, quanto costa la macchina per espresso Lumen a 2 gruppi?", ["$"]),
        ("Salve, qual è l'ordine minimo di caffè?", ["20 lb"]),
    ],
)
async def test_an_italian_question_is_read_through_its_glossary(
    chat_client: httpx.AsyncClient, message: str, facts: list[str]
) -> None:
    """Italian is read like the other glossed languages: facts first, then the Italian line."""
    reply = (await say(chat_client, message))["reply"]
    assert all(fact in reply for fact in facts), reply
    assert "Rispondo in inglese" in reply
