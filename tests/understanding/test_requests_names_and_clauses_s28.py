"""Set AE's conversation-state classes (issue 22): requests for a call, a quote or a visit in
other words than before, a capitalised full name anywhere beside a contact detail, a pain told
in a clause before its sentence's question, a running business's dates and type, and a
question beside a told detail in more shapes. Phrasings are our own; each class has a negative
beside it."""

from __future__ import annotations

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, pain_points
from shared.conversation.state import ConversationState, CustomerType
from shared.understanding.entities.contact_names import written_full_name
from shared.understanding.questions import asks_after_told, is_question
from shared.understanding.quotes import asks_quote, asks_visit
from shared.understanding.sentences import clauses
from shared.understanding.support_issues import detect


@pytest.mark.parametrize(
    "text",
    [
        "we both want a call before we sign anything",
        "could Maya get a call tomorrow at 541-555-0101?",
        "a quick call on Monday would really help us decide",
        "is 971 555 0123 good for a call after lunch?",
        "Could someone ring to walk us through the lease",
        "Jo Park 503 555 0140 — call me to go over the numbers",
    ],
)
def test_a_call_wanted_in_other_words_asks_for_a_person(text: str) -> None:
    """A call wanted, got or welcomed as a noun, someone asked to ring about something, and
    "call me to ..." after a dash are requests for a person."""
    assert signals.asks_for_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "we don't want a call, just the price list",
        "I'm not available for a call this week",
        "do we get a call when the order ships?",
        "we had a call with our landlord about the lease",
        "our old roaster used to get a call from us every week",
        "a call would not help, email is better",
    ],
)
def test_a_call_declined_described_or_asked_about_asks_for_no_one(text: str) -> None:
    """A call declined, a notification asked about, or a call with someone else is no request
    for a person."""
    assert not signals.asks_for_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "Great, quote please. Mina Cho, mina@bakehouse.com",
        "ok lets go, quote for the pico and 20 lb of foundry",
    ],
)
def test_a_bare_quote_is_a_request_to_proceed(text: str) -> None:
    """A quote asked in a clause of its own or before what it is for is a request sales acts
    on."""
    assert asks_quote(text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("could we come and see the grinders at your showroom on Friday?", True),
        ("we'd love to visit the roastery when we're in Portland", True),
        ("where is your showroom?", False),
        ("is the roastery open on saturdays?", False),
    ],
)
def test_a_visit_asked_for(text: str, asks: bool) -> None:
    """A visit to the showroom or roastery asked for is read; a question about them is not."""
    assert asks_visit(text) is asks


@pytest.mark.parametrize(
    "text",
    [
        "the quote for the pico was higher than we hoped",
        "where is your showroom?",
        "is the roastery open on saturdays?",
        "a quote for two machines takes how long?",
    ],
)
def test_a_quote_or_showroom_talked_about_is_no_request(text: str) -> None:
    """A quote described or asked about, and the showroom asked about, ask sales for nothing."""
    assert not asks_quote(text)


async def test_a_showroom_visit_with_a_contact_hands_off_and_is_answered(
    brain: LocalBrain,
) -> None:
    """A café's visit asked for beside a contact detail is a handoff, and its question is
    still answered from the knowledge base."""
    heard = await brain.understand(
        "can we come see the machines at your showroom? Noor Haddad, noor@tidecafe.com",
        ConversationState(customer_type=CustomerType.NEW_CAFE),
    )
    assert heard.human
    assert heard.question


async def test_a_student_s_roastery_visit_is_no_handoff(brain: LocalBrain) -> None:
    """A visit asked by someone with no business is answered (visits are by appointment) and
    hands nothing to sales."""
    heard = await brain.understand(
        "I'm a student and I love coffee, can I visit your roastery to watch you roast?",
        ConversationState(),
    )
    assert not heard.human


@pytest.mark.parametrize(
    ("text", "address", "name"),
    [
        ("Could Ines Moreau get a quote for two picos? 503-555-0188", None, "Ines Moreau"),
        ("ok Omar Haddad, just text me, 206-555-0199", None, "Omar Haddad"),
        (
            "Send the figures to Lucia Ferreira, lucia.f@northcup.ca",
            "lucia.f@northcup.ca",
            "Lucia Ferreira",
        ),
        (
            "the account is under Hugo Grant, hugo@grantcoffee.com",
            "hugo@grantcoffee.com",
            "Hugo Grant",
        ),
    ],
)
def test_a_capitalised_full_name_beside_a_contact_is_read(
    text: str, address: str | None, name: str
) -> None:
    """A known first name and a surname, both capitalised, in a message giving a phone or an
    email, name the visitor wherever the sentence puts them."""
    assert written_full_name(text, address=address) == name


@pytest.mark.parametrize(
    "text",
    [
        "we're based in Austin Texas, call 512 555 0100",
        "cc my manager Claire Dubois, 503 555 0100",
        "we met Sarah Connor and Tom Delgado at the show, 503 555 0100",
        "Could Tom Becker get a quote?",
    ],
)
def test_a_place_someone_else_or_two_people_name_no_one(text: str) -> None:
    """A place after "in", a person said to be someone else's, two candidate people, or no
    contact detail at all: no name is read."""
    assert written_full_name(text) is None


def test_a_pain_told_before_the_question_of_its_sentence_is_stored() -> None:
    """A fault told in a clause before the question ("..., is that covered?") is the pain; a
    supposed one ("if it breaks, ...") is not."""
    told = "the grinder on our Lumen stopped grinding today, we got it last May - is that covered?"
    assert "stopped grinding" in str(business_fields(told, None, True).get("pain_points"))
    assert (
        business_fields("if the grinder breaks, do you loan one?", None, True).get("pain_points")
        is None
    )


def test_staff_turnover_is_a_pain_a_revenue_turnover_is_not() -> None:
    """Staff who keep leaving is a pain; a business's annual turnover is a figure."""
    assert pain_points("barista turnover has been rough this year", False)
    assert pain_points("our annual turnover is about 2 million", False) is None


def test_one_clause_splitter_keeps_figures_whole() -> None:
    """The reader's one clause splitter breaks at a spaced dash, a comma, a colon or "but",
    never inside "1,000" or "8:30"."""
    assert clauses("we pour 1,000 cups by 8:30, but the grinder - it jams") == [
        "we pour 1,000 cups by 8:30",
        "the grinder",
        "it jams",
    ]
    assert asks_after_told("our shop does 200 a day but how big is the hopper?") == [
        "how big is the hopper?"
    ]


def test_the_support_desk_still_reads_a_fault_told_before_a_hypothetical() -> None:
    """The desk's told-fault reading, now on the shared splitter, still opens a ticket for a
    fault told before a question about cover, and none for a supposed fault."""
    assert detect("our lumen is leaking, is that under warranty?", True) is not None
    assert detect("what if our lumen breaks, is that under warranty?", True) is None


async def test_a_running_business_s_date_without_an_opening_is_none(brain: LocalBrain) -> None:
    """A running truck's seasonal change ("from August we're mostly iced drinks") stores no
    opening date; a new site's opening and a date something is needed by still do."""
    running = ConversationState(customer_type=CustomerType.EXISTING_CAFE)
    changed = await brain.understand("from August we're pretty much an iced drinks truck", running)
    assert "opening_timeline" not in changed.fields
    opening = await brain.understand("we're opening our second truck in August", running)
    assert "opening_timeline" in opening.fields
    needed = await brain.understand("we need the cold brew beans by early August", running)
    assert "opening_timeline" in needed.fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we've run a coffee cart at the farmers market for three years", "existing_cafe"),
        ("I've run a cafe before, now I want to open a bakery", "new_cafe"),
        ("I've run a cafe before, years ago", None),
    ],
)
def test_a_venue_run_for_a_span_is_a_running_business(text: str, expected: str | None) -> None:
    """A venue run up to now for a span is a running business; a venue run "before" is
    experience, not a business of now."""
    found = signals.customer_type(text)
    assert (found.value if found else None) == expected


async def test_a_question_first_and_its_detail_after_is_asked(brain: LocalBrain) -> None:
    """A "?" sentence naming only the item it asks about, the detail told in the next
    sentence, asks; the detail is stored."""
    heard = await brain.understand(
        "and the Foundry by the pound? we'd go through maybe 80 lb a month", ConversationState()
    )
    assert heard.question
    assert "80" in str(heard.fields.get("expected_volume"))


async def test_an_item_offered_unsure_when_asked_is_an_answer(brain: LocalBrain) -> None:
    """When the coffee was what we asked, "Foundry? we do about 50 lb a month" answers."""
    heard = await brain.understand(
        "Foundry? we do about 50 lb a month", ConversationState(asking="coffee_preferences")
    )
    assert not heard.question


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("and beans: Foundry vs Riverbend per lb", True),
        ("the night shift by the pound", True),
        ("about $12 per lb", False),
        ("we pay way too much per lb", False),
    ],
)
def test_a_price_asked_by_its_unit(text: str, asks: bool) -> None:
    """A price asked by its unit with no figure is a question; a price or complaint told is
    not."""
    assert is_question(text) is asks


async def test_a_question_after_contact_is_withheld_is_answered(brain: LocalBrain) -> None:
    """Contact refused for prices only, then a question without a "?": the question is still
    looked up."""
    heard = await brain.understand(
        "only after prices, no phone and no email. what's the Pico and the Atlas 64",
        ConversationState(),
    )
    assert heard.retrieve
    assert heard.withholds_contact


async def test_a_pain_in_a_question_sentence_leaves_the_question_asked(brain: LocalBrain) -> None:
    """A fault told before a bare "still covered?" is stored as the pain, and the cover is
    still asked."""
    heard = await brain.understand(
        "our pico is 2 years old and stopped steaming, still covered?",
        ConversationState(customer_type=CustomerType.EXISTING_CAFE),
    )
    assert heard.question
    assert "stopped steaming" in str(heard.fields.get("pain_points"))
