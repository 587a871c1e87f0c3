"""The short line after an answer read through a glossary, in the visitor's language.

A question in Spanish, Portuguese, French, German or Italian that the glossed reading answers
from the knowledge base gets the facts (in English) first, then one line in the visitor's language:
replies are in English, and our sales team can follow up in theirs. A question the reading
cannot answer keeps the full notice of :data:`shared.understanding.languages.NOTICES`.
"""

from __future__ import annotations

from shared.understanding.languages import NOTICES

AFTER_ANSWER: dict[str, str] = {
    "es": "Le respondo en inglés; si lo prefiere, nuestro equipo de ventas puede seguir en "
    "español.",
    "pt": "Respondo em inglês; se preferir, nossa equipe de vendas pode continuar em português.",
    "fr": "Je réponds en anglais ; si vous le souhaitez, notre équipe commerciale peut "
    "poursuivre en français.",
    "de": "Ich antworte auf Englisch; gern kann unser Vertriebsteam auf Deutsch weitermachen.",
    "it": "Rispondo in inglese; se preferisce, il nostro team commerciale può continuare in "
    "italiano.",
}


def after_answer(language: str | None) -> str | None:
    """The short line for ``language`` after a grounded answer, or None when we have none
    (the full notice then comes first, as before)."""
    return AFTER_ANSWER.get(language or "")


def before_answer(language: str | None, fallback: str) -> str:
    """The full English-only notice in ``language`` (``fallback``: the English one)."""
    return NOTICES.get(language or "", fallback)
