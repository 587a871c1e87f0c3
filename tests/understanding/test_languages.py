"""Visitors writing in another language, through the real local brain, machine and replies."""

from __future__ import annotations

from shared.conversation.kinds import CustomerType
from tests.understanding.test_behaviours import play


async def test_spanish_new_cafe_details_are_read_through_the_gloss() -> None:
    """A Spanish opening, date, volume and equipment are captured as an English visitor's are."""
    state, _ = await play(
        [
            "Buenas tardes. Vamos a abrir una panadería en Salem con una barra de café.",
            "Abrimos el 1 de marzo de 2026. Calculamos unos 8 kilos de café por semana.",
            "Nos interesa la Lumen de 2 grupos y un molino Atlas 75.",
        ]
    )
    assert state.customer_type == CustomerType.NEW_CAFE
    assert "2026" in state.collected["opening_timeline"]
    assert "8" in state.collected["expected_volume"]
    assert "lumen" in state.collected["equipment_needs"].lower()


async def test_notice_is_given_once_then_english_replies_follow() -> None:
    """The English-only notice comes on the first turn in that language, never again."""
    _, replies = await play(
        [
            "Bonjour, je prépare l'ouverture d'un café à Ottawa pour septembre 2026.",
            "Nous servirons des espressos et des lattes, environ 12 kg de café par semaine.",
        ]
    )
    assert "anglais" in replies[0]
    assert "anglais" not in replies[1]
    assert replies[1].strip()


async def test_existing_business_in_portuguese_is_an_existing_cafe() -> None:
    """ "Tenho uma cafeteria e padaria" is an existing business, read in Portuguese."""
    state, _ = await play(["Olá, bom dia! Tenho uma cafeteria e padaria brasileira em Newark."])
    assert state.customer_type == CustomerType.EXISTING_CAFE
    assert state.language == "pt"


async def test_refusal_in_another_language_is_honoured() -> None:
    """ "no doy mi teléfono" refuses the phone, so it is not asked for again."""
    state, _ = await play(
        [
            "Tengo una cafetería cubana en Miami, vendemos cafecito todo el día.",
            "Quiero hacer un pedido de prueba. Pero no doy mi teléfono por aquí.",
        ]
    )
    assert "phone" in state.refused
    assert state.asking != "phone"
