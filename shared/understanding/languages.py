"""The visitor's language, and the wording the local brain uses for each language it knows.

A message written mostly in a script other than Latin (Hangul, Chinese, Cyrillic, Arabic,
Ethiopic, ...) is in that script's language, whatever its length. Latin-script messages go to
lingua (``lingua-language-detector``, models shipped in the package) restricted to the
languages we have wording for. Short or mixed messages are treated as English unless the
detector is confident and the message has few English words, so "im dana" or "Tessa." never
switch languages. A second language is one entry in ``NOTICES`` (a language without one gets
the English notice); its words for the reader are a lexicon file read by
:mod:`shared.understanding.gloss`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from shared.understanding.sentences import sentences
from shared.understanding.text import words

# In the visitor's language: the assistant answers in English, a person can help.
NOTICES: dict[str, str] = {
    "es": "Lo siento, este asistente solo responde en inglés. Si lo prefiere, puedo pedir que "
    "una persona de nuestro equipo de ventas le contacte: déjenos un correo electrónico o un "
    "teléfono.",
    "de": "Entschuldigung, dieser Assistent antwortet nur auf Englisch. Gern bitte ich eine "
    "Person aus unserem Vertriebsteam, Sie zu kontaktieren: Hinterlassen Sie dazu eine "
    "E-Mail-Adresse oder Telefonnummer.",
    "fr": "Désolé, cet assistant répond uniquement en anglais. Si vous le souhaitez, une "
    "personne de notre équipe commerciale peut vous contacter : laissez-nous un e-mail ou un "
    "numéro de téléphone.",
    "it": "Mi dispiace, questo assistente risponde solo in inglese. Se preferisce, una persona "
    "del nostro team commerciale può contattarla: ci lasci un'email o un numero di telefono.",
    "pt": "Desculpe, este assistente responde apenas em inglês. Se preferir, uma pessoa da "
    "nossa equipe de vendas pode entrar em contato: deixe um e-mail ou telefone.",
    "nl": "Sorry, deze assistent antwoordt alleen in het Engels. Als u wilt, kan iemand van ons "
    "verkoopteam contact met u opnemen: laat een e-mailadres of telefoonnummer achter.",
    "vi": "Xin lỗi, trợ lý này chỉ trả lời bằng tiếng Anh. Nếu quý khách muốn, nhân viên bán "
    "hàng của chúng tôi có thể liên hệ: vui lòng để lại email hoặc số điện thoại.",
    "ko": "죄송합니다. 이 도우미는 영어로만 답변합니다. 원하시면 영업팀 직원이 연락드리겠습니다: "
    "이메일 주소나 전화번호를 남겨 주세요.",
    "zh": "抱歉，本助手只能用英文回答。如您需要，我们的销售团队可以与您联系："
    "请留下电子邮箱或电话号码。",
    "ja": "申し訳ありませんが、このアシスタントは英語でのみお答えします。"
    "ご希望でしたら営業担当者からご連絡いたします。メールアドレスか電話番号をお知らせください。",
    "ru": "Извините, этот помощник отвечает только на английском. Если хотите, сотрудник нашего "
    "отдела продаж свяжется с вами: оставьте адрес электронной почты или номер телефона.",
}
# Scripts that are one language here (Unicode name prefix -> ISO 639-1); kana marks Japanese.
SCRIPTS: dict[str, str] = {
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "CYRILLIC": "ru",
    "ARABIC": "ar",
    "ETHIOPIC": "am",
    "HEBREW": "he",
    "THAI": "th",
    "DEVANAGARI": "hi",
    "GREEK": "el",
}
SCRIPT_SHARE = 0.5
# Common function words of each language: a detection counts only when the message has one.
MARKERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "que",
            "y",
            "en",
            "un",
            "una",
            "por",
            "para",
            "con",
            "es",
            "son",
            "hola",
            "gracias",
            "quiero",
            "necesito",
            "tienen",
            "cuánto",
            "cuesta",
            "cuanto",
            "somos",
            "tenemos",
            "mi",
            "nuestro",
            "nuestra",
            "buenos",
            "buenas",
            "usted",
            "ustedes",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "wir",
            "ich",
            "sie",
            "ein",
            "eine",
            "für",
            "mit",
            "haben",
            "brauchen",
            "hallo",
            "guten",
            "danke",
            "wie",
            "viel",
            "kostet",
            "unser",
            "unsere",
            "nicht",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "et",
            "est",
            "nous",
            "je",
            "vous",
            "un",
            "une",
            "pour",
            "avec",
            "bonjour",
            "merci",
            "combien",
            "coûte",
            "notre",
            "avez",
            "est-ce",
            "que",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "e",
            "è",
            "noi",
            "io",
            "un",
            "una",
            "per",
            "con",
            "buongiorno",
            "ciao",
            "grazie",
            "quanto",
            "costa",
            "avete",
            "abbiamo",
            "nostro",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "e",
            "é",
            "nós",
            "eu",
            "um",
            "uma",
            "para",
            "com",
            "olá",
            "obrigado",
            "obrigada",
            "quanto",
            "custa",
            "vocês",
            "temos",
            "nosso",
            "nossa",
        ]
    ),
    "vi": frozenset(
        [
            *("tôi", "chúng", "là", "và", "có", "không", "của", "cho", "với", "được", "một"),
            *("những", "này", "quán", "cà", "phê", "muốn", "bao", "nhiêu", "chào", "xin", "cảm"),
            *("ơn", "anh", "chị", "em", "ở", "vào", "tháng", "năm"),
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "is",
            "wij",
            "ik",
            "u",
            "voor",
            "met",
            "hallo",
            "bedankt",
            "hoeveel",
            "kost",
            "hebben",
            "onze",
            "niet",
        ]
    ),
}
LANGUAGES = {
    Language.ENGLISH: "en",
    Language.SPANISH: "es",
    Language.GERMAN: "de",
    Language.FRENCH: "fr",
    Language.ITALIAN: "it",
    Language.PORTUGUESE: "pt",
    Language.DUTCH: "nl",
    Language.VIETNAMESE: "vi",
}
_ENGLISH_TEXT = """
    i im i'm we we're you a an the is are and or to of in on for with my our your it this
    that have has need want looking opening open cafe coffee shop how much what do does can
    please thanks hi hello hey yes no ok not just about from at be will would could get me us
    call email phone number name so but if all any some there their they them was were been
    by as up out new one two three day week month year next soon like also too very really
    sure know think go going run running own cups drinks machine grinder beans price"""
ENGLISH_WORDS = frozenset(_ENGLISH_TEXT.split())
_NOT_WORDS = re.compile(r"\S+@\S+|\S*\d\S*")
MIN_WORDS = 3
MIN_CONFIDENCE = 0.75
HINTED_CONFIDENCE = 0.5
SPEAK_RE = re.compile(
    r"\b(?:(?:do|can|could|does)\s+)?(?:you|anyone|someone|somebody)\s+"
    r"(?:speak|talk|understand|write|help\s+me|answer|reply)\s+"
    r"(?:in\s+)?(spanish|german|french|italian|portuguese|dutch|chinese|japanese|korean"
    r"|arabic|hindi|polish|russian|vietnamese|español|deutsch|français)\b"
    r"|\b(?:in|en)\s+(spanish|german|french|italian|portuguese|español|deutsch|français)\s*\??$",
    re.I,
)


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The detector, built once (its models load on first use, about 0.4 s)."""
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()


@lru_cache(maxsize=1024)
def language_of(text: str, locale: str | None = None) -> str | None:
    """The ISO 639-1 code of a message clearly not in English, else None.

    The browser's ``locale`` ("es-MX") is a hint: a message the detector gives to the same
    language needs less confidence (people with a Spanish browser often still write English,
    so the hint alone never switches). Remembered (a pure function of its arguments): a turn
    asks it of the message and again of each of its sentences (:func:`mixed_language`).
    """
    script = script_language(text)
    if script is not None:
        return script
    tokens = words(_NOT_WORDS.sub(" ", text))
    if len(tokens) < MIN_WORDS:
        return None
    english = sum(t in ENGLISH_WORDS for t in tokens) / len(tokens)
    if english >= 0.25:
        return None
    ranked = detector().compute_language_confidence_values(text)
    best = ranked[0] if ranked else None
    hinted = (locale or "")[:2].lower()
    code = LANGUAGES.get(best.language) if best else None
    needed = HINTED_CONFIDENCE if code and code == hinted else MIN_CONFIDENCE
    if best is None or best.value < needed:
        return None
    if code in (None, "en") or not set(tokens) & MARKERS.get(code or "", frozenset()):
        return None
    return code


def mixed_language(text: str) -> str | None:
    """The language of the first sentence clearly in another language inside a message mostly
    in English ("Hallo! Ich eröffne eine kleine Kaffeebar in Seattle. sorry my english is ok"),
    or None: such a message is read glossed, its English words kept. A clause counts as a
    sentence when no sentence does ("tenho um food truck em Newark, quero começar a vender
    café": English place and loan words can outweigh the Portuguese of the whole)."""
    said = sentences(text, ends=".!?;")
    clauses = [c for s in said for c in re.split(r"(?<=,)\s+", s)]
    for part in (*said, *(clauses if len(clauses) > len(said) else ())):
        code = language_of(part)
        if code is not None:
            return code
    return None


def script_language(text: str) -> str | None:
    """The language of a message written mostly (at least half its letters) in a script of
    one language here ("안녕하세요, 디카페인 커피 있나요?" -> "ko"); None for Latin script."""
    if text.isascii():  # every ASCII letter is Latin: the per-letter look-up is skipped
        return None
    counts: dict[str, int] = {}
    letters = 0
    for char in _NOT_WORDS.sub(" ", text):
        if not char.isalpha():
            continue
        letters += 1
        code = SCRIPTS.get(unicodedata.name(char, "").split(" ", 1)[0])
        if code:
            counts[code] = counts.get(code, 0) + 1
    if "ja" in counts:  # Japanese mixes kana with Chinese characters
        counts = {"ja": sum(counts.values())}
    code, count = max(counts.items(), key=lambda item: item[1], default=("", 0))
    return code if code and count >= SCRIPT_SHARE * letters else None


def asks_about_language(text: str) -> bool:
    """An English question about another language ("do you speak German?")."""
    return bool(SPEAK_RE.search(text))
