"""The understanding mechanisms on their own: typo normalisation, names, emails, languages,
refusals, meta-questions and the handoff channel."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.conversation import signals
from shared.conversation.fields import business_fields
from shared.conversation.handoff import handoff_channel
from shared.conversation.machine import Plan, advance
from shared.conversation.replies import privacy_line
from shared.conversation.state import ConversationState, CustomerType
from shared.conversation.understanding import Understanding
from shared.understanding.direct_answers import bare_number
from shared.understanding.entities.emails import find_email
from shared.understanding.entities.names import find_name
from shared.understanding.fuzzy import normalise
from shared.understanding.languages import language_of
from shared.understanding.meta import meta_question

NOW = datetime(2026, 5, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "means"),
    [
        ("we r plannin to open a cofee shop", "we are planning to open a coffee shop"),
        ("need a grindr n an espreso machne", "need a grinder and an espresso machine"),
        ("we alredy hav 2 caffes", "we already have 2 cafes"),
        ("in 6 weeks, raising prices", "in 6 weeks, raising prices"),
        # the -ing and -ed forms of English words stay: "tracking" is no misspelled "training"
        ("nothing on the tracking since monday", "nothing on the tracking since monday"),
        (
            "the shipping is late and we got charged twice",
            "the shipping is late and we got charged twice",
        ),
        ("hoping for an openning in octobr", "hoping for an opening in october"),
        # a plural of an English word is mistyped only as a plural: "cars" is no "cart"
        ("like 400 cars a day, 30 mugs", "like 400 cars a day, 30 mugs"),
    ],
)
def test_typos_and_text_speak_are_normalised(typed: str, means: str) -> None:
    """Misspelled cue words and text-speak map onto the words the rules read; inflections stay."""
    assert normalise(typed) == means


@pytest.mark.parametrize(
    ("text", "asked", "name"),
    [
        ("hey im nora from the daily grind", False, "Nora"),
        ("Felix here, we own a bakery", False, "Felix"),
        ("please send the brochure - Hana", False, "Hana"),
        ("Ivo.", True, "Ivo"),
        ("mm", True, None),
        ("harbor cold brew price", False, None),
        ("im in chicago", False, None),
        ("it's Dario, with one r", False, "Dario"),
    ],
)
def test_name_finder(text: str, asked: bool, name: str | None) -> None:
    """Introductions, sign-offs and bare names are found; product, place, filler words not."""
    products = frozenset({"harbor", "cold", "brew", "blend", "foundry", "lumen"})
    assert find_name(text, asked, products=products) == name


@pytest.mark.parametrize(
    ("typed", "valid", "suggestion"),
    [
        ("ed@roastery.con", False, "ed@roastery.com"),
        ("ed@gmail", False, "ed@gmail.com"),
        ("ed@outlok.com", True, "ed@outlook.com"),
        ("ed@beans.coffee", True, None),
    ],
)
def test_email_domains(typed: str, valid: bool, suggestion: str | None) -> None:
    """Unknown top-level domains and missing ones get a suggestion to confirm."""
    found = find_email(f"it's {typed}")
    assert found is not None
    assert (found.valid, found.suggestion) == (valid, suggestion)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("¿Tienen máquinas de espresso para una cafetería pequeña?", "es"),
        ("Wir suchen eine Kaffeemühle für unser Geschäft", "de"),
        ("I'm Lee Wong, call me at 416 555 0199", None),
        ("hii we r openin a cofee shop", None),
    ],
)
def test_language_detection(text: str, code: str | None) -> None:
    """Clearly foreign messages are detected; names, numbers and text-speak stay English."""
    assert language_of(text) == code


def test_several_fields_refused_at_once() -> None:
    """One refusal naming email and phone refuses both; no alternative channel is offered."""
    refused = signals.refused_fields("i won't give you my email or my number", "email")
    assert set(refused) == {"phone", "email"}
    state = ConversationState(customer_type=CustomerType.NEW_CAFE, asking="email")
    after, plan = advance(state, Understanding(refused=["email", "phone"]), NOW)
    assert set(after.refused) == {"email", "phone"}
    assert plan.offer_alternative is None
    assert plan.ask not in ("email", "phone")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("why do you need my phone?", "why"),
        ("what happens next", "next"),
        ("who's going to call me?", "who"),
        ("are you a real person", "bot"),
        ("can you speak french", "language"),
        ("how much is the lumen", None),
    ],
)
def test_meta_questions(text: str, topic: str | None) -> None:
    """Questions about the assistant are told apart from knowledge-base questions."""
    assert meta_question(text)[0] == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("pls send the sales phone # and email", "contact"),
        ("give me ur email", "contact"),
        ("have the sales team email me", None),
        ("get the number of grinders right", None),
    ],
)
def test_a_request_for_our_details(text: str, topic: str | None) -> None:
    """Asking us to send our phone or email is a contact question, asking us to call is not."""
    assert meta_question(text)[0] == topic


def test_handoff_channel_follows_the_request_and_the_contact() -> None:
    """'call me' with a phone on file -> phone; no contact at all -> None."""
    state = ConversationState(customer_type=CustomerType.EXISTING_CAFE)
    heard = Understanding(human=True, contact_by="phone")
    heard.add({"phone": "+15035550123", "email": "a@b.co"})
    after, _ = advance(state, heard, NOW)
    assert (after.handoff, handoff_channel(after)) == (True, "phone")
    nobody, plan = advance(state, Understanding(human=True, refused=["email", "phone"]), NOW)
    assert handoff_channel(nobody) is None
    assert plan.unreachable


def test_details_before_the_type_are_stored_at_once() -> None:
    """A timeline given before the visitor says what business it is is stored on that turn
    and kept once the type is known."""
    state = ConversationState()
    early = Understanding()
    early.add(business_fields("hoping for march", None, False))
    stored, plan = advance(state, early, NOW)
    assert stored.collected["opening_timeline"] == "march"
    assert "opening_timeline" in plan.collected_now
    after, _ = advance(stored, Understanding(customer_type=CustomerType.NEW_CAFE), NOW)
    assert after.collected["opening_timeline"] == "march"


def test_details_held_by_an_older_state_are_applied_once_typed() -> None:
    """A state stored when untyped visitors' details were held gets them once typed."""
    state = ConversationState(held={"opening_timeline": "march"})
    after, _ = advance(state, Understanding(customer_type=CustomerType.NEW_CAFE), NOW)
    assert after.collected["opening_timeline"] == "march"
    assert after.held == {}


def test_indirect_numbers() -> None:
    """'400+ coffees daily', '3 shops' and a lone number answer their fields."""
    assert business_fields("we'll pour 400+ coffees daily", None, False)["expected_volume"]
    assert business_fields("we have 3 shops", None, False)["locations"] == 3
    assert business_fields("we run 2 coffee carts in Denver", None, False)["locations"] == 2
    assert bare_number("4", "existing_cafe", "name") == {"locations": 4}
    assert bare_number("4", "existing_cafe", "locations") == {}


@pytest.mark.parametrize(
    ("text", "human", "channel"),
    [
        ("could your team reach out to me by email?", True, "email"),
        ("can u guys call me", True, "phone"),
        ("give me a ring tomorrow", True, "phone"),
        ("pls have a salesperson email me", True, "email"),
        ("call me Ishmael", False, None),
        ("we call it the morning rush", False, None),
    ],
)
def test_contact_requests(text: str, human: bool, channel: str | None) -> None:
    """Requests to be contacted are handoffs with the channel they name; other 'call's are not."""
    normalised = normalise(text)
    assert signals.flags(normalised)["human"] is human
    if human:
        assert signals.contact_channel(normalised) == channel


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("been running our little bakery cafe for years", CustomerType.EXISTING_CAFE),
        ("we're planning on running a coffee cart", CustomerType.NEW_CAFE),
        ("we r openin a cofee shop in jun", CustomerType.NEW_CAFE),
        ("we're a 30-seat bistro", CustomerType.EXISTING_CAFE),
        ("opening our second location in may", CustomerType.EXISTING_CAFE),
        ("just curious about coffee for home", CustomerType.CASUAL_BROWSER),
        ("what's the price of the atlas 64", None),
    ],
)
def test_visitor_type_phrasings(text: str, kind: CustomerType | None) -> None:
    """The visitor type is read from many phrasings, typos included."""
    assert signals.customer_type(normalise(text)) == kind


def test_refusal_follow_up_and_non_answers() -> None:
    """'or phone' after a refusal refuses it too; 'nah that's it' and deferrals store nothing."""
    assert signals.also_refused("or my phone") == ["phone"]
    assert signals.also_refused("or next week") == []
    assert signals.is_dodge("nah that's it for now")
    assert business_fields("no clue about equipment yet", "equipment_needs", False) == {}


def test_welcome_question_is_not_repeated_forever() -> None:
    """An unknown visitor is asked what brings them once, never again."""
    from shared.conversation.replies import compose

    state = ConversationState()
    replies = []
    for _ in range(4):
        state, plan = advance(state, Understanding(), NOW)
        replies.append(compose(plan, state, state.last_reply))
        state.last_reply = replies[-1]
    asked = [r for r in replies if "café" in r and "?" in r]
    assert len(asked) == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("안녕하세요, 디카페인 커피 있나요?", "ko"),
        ("你们的咖啡豆可以寄到温哥华吗？", "zh"),
        ("у нас две кофейни в сиэтле", "ru"),
        ("Xin chào, tôi tên là Nguyễn Thị Lan, chủ quán phở ở Houston.", "vi"),
        ("Pico is 3,900?? 너무 비싸요 ㅠㅠ too expensive for student", None),
        ("Menu will be Vietnamese style: cà phê sữa đá, and cold brew because it is hot.", None),
    ],
)
def test_language_from_script_and_vietnamese(text: str, code: str | None) -> None:
    """A message mostly in another script is in its language; a few such words in English
    are not."""
    assert language_of(text) == code


def test_normalise_keeps_words_of_any_alphabet_whole() -> None:
    """ "cảm ơn nhiều" is not split into "cảm ơ" + "n" (text-speak "and"); "u" still expands."""
    assert normalise("Thank you, cảm ơn nhiều. u there?") == "Thank you, cảm ơn nhiều. you there?"


def test_erasure_after_the_lead_reached_sales_says_its_removal_there_was_requested() -> None:
    """Details already sent to sales are removed there automatically (lead.erased, or the lead
    computed again without a removed field): the reply says so and sends the visitor to no one;
    without a lead at sales it does not speak of sales."""
    everything = privacy_line(Plan(erased=True, erased_shared=True))
    assert "asked for them to be removed from our sales records" in everything
    phone = privacy_line(Plan(removed=["phone"], erased_shared=True))
    assert phone.startswith("Done: I've removed the phone number")
    assert "asked for it to be removed from our sales records" in phone
    for line in (everything, phone):
        assert "contact" not in line
        assert "administrator" not in line
    assert "sales" not in privacy_line(Plan(erased=True))


def test_an_ascii_message_has_no_script_language_and_other_scripts_still_do() -> None:
    """The ASCII fast path of ``script_language`` answers what the per-letter look-up would
    (every ASCII letter is Latin), and text in another script is still recognised."""
    from shared.understanding.languages import SCRIPTS, script_language

    assert "LATIN" not in SCRIPTS
    for text in ("Hi! I'm opening a cafe", "maya.chen@brightcup.co", "250 cups/day?", ""):
        assert script_language(text) is None
    assert script_language("안녕하세요, 디카페인 커피 있나요?") == "ko"
    assert script_language("Здравствуйте, есть ли у вас кофе без кофеина?") == "ru"
