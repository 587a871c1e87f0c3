"""Visitors writing in another language, through the real local brain, machine and replies."""

from __future__ import annotations

from itertools import pairwise

from shared.conversation.brain import _in_another_language
from shared.conversation.kinds import CustomerType
from shared.conversation.understanding import Understanding
from shared.understanding.gloss import gloss
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


async def test_mixed_message_after_another_language_is_glossed() -> None:
    """After a Spanish message, "sorry my english not so good. necesitamos máquina y molino"
    gives its equipment (stored in the visitor's words), though the message counts as English."""
    state, _ = await play(
        [
            "hola buenas tardes, voy a abrir una cafetería en salem con mi hermana, en junio",
            "sorry my english not so good. necesitamos máquina de espresso y molino",
        ]
    )
    assert "molino" in state.collected["equipment_needs"]
    assert "june" in state.collected["opening_timeline"].lower()


async def test_korean_gets_one_notice_and_a_korean_contact_hands_off() -> None:
    """A message in Hangul gets the notice in Korean once, then says in English that it answers
    in English (never a false "I don't know"); a contact then hands off, Korean noted."""
    state, replies = await play(
        [
            "안녕하세요, 디카페인 커피 있나요?",
            "한 봉지만 살 수 있나요?",
            "제 이메일은 jihoon.park@cafehaneul.com 입니다",
        ]
    )
    assert "영어" in replies[0]
    assert "영어" not in replies[1]
    assert "only answer in English" in replies[1]
    assert "don't know" not in " ".join(replies)
    assert state.handoff
    assert "Korean" in replies[2]


async def test_unreadable_messages_after_the_notice_are_not_answered_word_for_word_again() -> None:
    """Three more messages in a script the reader has no words for get the English line in
    other words each time (never the same reply twice in a row)."""
    _, replies = await play(
        [
            "안녕하세요, 디카페인 커피 있나요?",
            "집에서 마시려고요",
            "한 봉지만 살 수 있나요?",
            "감사합니다!",
        ]
    )
    later = replies[1:]
    assert all("English" in reply for reply in later)
    assert all(a != b for a, b in pairwise(later))


async def test_letter_signed_with_a_full_name_after_a_dash() -> None:
    """ "... — Aminata Diop" at the end of a French letter gives the full name; a business
    signed the same way ("— Rose Hill Bakery") gives none."""
    state, _ = await play(
        ["Bonjour, je prépare l'ouverture d'un café à Ottawa, quartier Vanier. — Aminata Diop"]
    )
    assert state.collected["name"] == "Aminata Diop"
    state, _ = await play(["we open in May — Rose Hill Bakery"])
    assert "name" not in state.collected


async def test_asking_for_another_language_is_answered_by_the_notice() -> None:
    """ "¿me puede atender en español?" gets the notice, not a false "I don't know"."""
    _, replies = await play(["Buenas tardes. ¿Me puede atender en español? Mi inglés no es bueno."])
    assert "inglés" in replies[0]
    assert "don't know" not in replies[0]


def test_a_glossed_support_verdict_is_left_to_the_desk() -> None:
    """A classifier verdict of "fault" on a German gloss becomes undecided (the support desk's
    own rules decide: "die Gäste beschweren sich" is no machine fault); Korean is not searched."""
    heard = Understanding(support_issue=True, retrieve=True)
    _in_another_language(heard, "de")
    assert heard.support_issue is None
    assert heard.retrieve
    _in_another_language(heard, "ko")
    assert not heard.retrieve
    assert heard.meta == "language"


async def test_free_text_from_a_gloss_is_stored_in_the_visitors_words() -> None:
    """A French owner's pain point is stored as typed, not as its word-for-word gloss."""
    state, _ = await play(
        [
            "Bonjour! Je suis propriétaire de 2 cafés à Montréal.",
            "Notre machine a 12 ans et elle brise au moins une fois par mois.",
        ]
    )
    assert "elle brise au moins une fois par mois" in state.collected["pain_points"]


def test_casual_visitors_words_gloss_into_the_english_the_typing_rule_reads() -> None:
    """A souvenir, a gift, one small bag, just looking: each language says it in the English
    phrasing the visitor-type rule reads (the rule itself is English only)."""
    assert "as a souvenir" in gloss("ein paar Päckchen als Souvenir kaufen", "de")
    assert "sell me a small bag" in gloss("¿Y me pueden vender una bolsita?", "es")
    assert "as a gift" in gloss("c'est pour offrir en cadeau", "fr")
    assert "just looking" in gloss("Estou só olhando, obrigada", "pt")


async def test_a_goodbye_in_french_after_an_english_chat_gets_no_notice() -> None:
    """ "Merci, bonne journée!" closing an English conversation is a goodbye, not a switch."""
    state, replies = await play(
        ["I have a small machine at home and I like light roast.", "Merci, bonne journée!"]
    )
    assert "anglais" not in replies[-1]
    assert state.language is None
    assert state.closed
