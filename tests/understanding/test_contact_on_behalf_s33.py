"""Set AQ (issue 22): letters written on someone's behalf. The lead's name is the person the
contact details belong to, never the writer who signs; a name given while a data-protection
request is open identifies, it is not recorded. Phrasings of our own, through the real reader
and machine."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.understanding.entities.principals import contact_is_theirs, principal_name
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Okonjo would like a call next week. Please ring her on 503 555 0100.\n"
            "Best regards,\nTamsin Weller",
            "Dr. Okonjo",
        ),
        (
            "Many thanks. Oliver would like the quotation; send it to him at oliver@kiln.com.\n"
            "With kind regards,\nEdith Pardoe",
            "Oliver",
        ),
        (
            "Mrs. Achterberg wishes to proceed. She can be reached at 541 555 0199.",
            "Mrs. Achterberg",
        ),
        (
            "Thanks. Our director, Mr. Tobias Lindgren, would like a proposal; he may also be "
            "telephoned on 206 555 0150.\nKind regards,\nMarta Sousa",
            "Mr. Tobias Lindgren",
        ),
        (
            "Mr. Pemberton intends to order two grinders. He would be glad of a call on "
            "503 555 0123.\nYours faithfully,\nAgatha Rowe",
            "Mr. Pemberton",
        ),
        (
            "Please email the proposal to fin@gallagherco.com.\nRegards,\nJune Park\n"
            "PA to Mr. H. Gallagher",
            "Mr. H. Gallagher",
        ),
    ],
)
def test_the_person_the_details_belong_to_is_named(text: str, name: str) -> None:
    """A named person who wants something, with the details pointed at him or her, or the one
    the signer assists, is the person to contact."""
    assert principal_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "I would like a quote, call me on 503 555 0100.\nKind regards,\nTamsin Weller",
        "Oliver would like the Pico for his cart.",
        "Her coffee is lovely; we stock her beans already.",
    ],
)
def test_the_writers_own_details_name_no_one_else(text: str) -> None:
    """The writer's own details, a named wish with no details, or "her" that is no contact
    name no third person."""
    assert principal_name(text) is None


def test_contact_pointed_at_someone_unnamed() -> None:
    """ "ring him on ..." points the details at someone else even when unnamed."""
    assert contact_is_theirs("Do ring him on 971 555 0100, he explains it better than I do.")
    assert not contact_is_theirs("Do ring me on 971 555 0100.")


async def test_the_consultants_signature_is_not_the_leads_name(brain: LocalBrain) -> None:
    """A consultant writes for a café owner and signs: the owner is recorded, with the owner's
    details; the consultant's name is not."""
    state = await play(
        brain,
        [
            "Dear Copperline, I advise Mr. Halvorsen, who runs a bakery café in Eugene.",
            "Mr. Halvorsen would like a quotation for a Lumen 2-Group. He may be reached on "
            "541 555 0177 or at halvorsen@ovenhouse.com.\nYours faithfully,\nOctavia Brennan",
        ],
    )
    assert state.collected.get("name") == "Mr. Halvorsen"
    assert state.collected.get("email") == "halvorsen@ovenhouse.com"


async def test_details_for_someone_unnamed_store_no_name(brain: LocalBrain) -> None:
    """Details pointed at someone the message does not name, signed by the writer: no name
    (never the writer's)."""
    state = await play(
        brain,
        [
            "Hello, my nephew is opening a coffee cart in Bend this summer.",
            "Please send him a quote for the Pico at his email, ned@bendcart.com, and do ring "
            "him on 541 555 0131.\nWarm regards,\nRosalind Pryce",
        ],
    )
    assert "name" not in state.collected
    assert state.collected.get("email") == "ned@bendcart.com"


async def test_a_writer_giving_their_own_details_is_named(brain: LocalBrain) -> None:
    """Negative: a letter signed by the writer with the writer's own details keeps the
    signature as the name."""
    state = await play(
        brain,
        [
            "Dear Copperline, I run a tea room in Salem and would like a Lumen 2-Group quote. "
            "Please call me on 503 555 0166.\nKind regards,\nCressida Vale",
        ],
    )
    assert str(state.collected.get("name")).startswith("Cressida")


async def test_a_name_signed_under_an_erasure_request_is_not_recorded(brain: LocalBrain) -> None:
    """A name signed while an erasure request waits for its yes or no identifies the
    requester; it is not recorded as a lead's name."""
    state = await play(
        brain,
        [
            "I request the erasure of all personal data you hold about me.",
            "Please confirm in writing when it is done.\nYours faithfully,\nP. Ashcombe",
        ],
    )
    assert "name" not in state.collected


async def test_the_writer_is_not_greeted_by_the_principals_name(brain: LocalBrain) -> None:
    """The consultant writes; the owner is noted as the contact, never greeted as the writer
    ("Hi Mr. Halvorsen, good to meet you" would go to his consultant). Without a principal the
    writer's own name is greeted as before."""
    from shared.conversation.machine import advance
    from shared.conversation.replies import compose
    from shared.conversation.state import ConversationState
    from tests.understanding.playing import NOW

    async def last_reply(messages: list[str]) -> str:
        state, reply = ConversationState(), ""
        for message in messages:
            heard = await brain.understand(message, state)
            state, plan = advance(state, heard, NOW)
            reply = compose(plan, state, state.last_reply)
        return reply

    behalf = await last_reply(
        [
            "Dear Copperline, I advise Mr. Halvorsen, who runs a bakery café in Eugene.",
            "Mr. Halvorsen would like a quotation for a Lumen 2-Group. He may be reached on "
            "541 555 0177.\nYours faithfully,\nOctavia Brennan",
        ]
    )
    assert "Mr. Halvorsen" in behalf
    assert "meet you, Mr. Halvorsen" not in behalf
    assert "Hi Mr. Halvorsen" not in behalf
    own = await last_reply(["We run a café in Eugene.", "I'm Octavia Brennan, 541 555 0177."])
    assert "Octavia" in own
    assert "contact" not in own


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own address; the call wished for him points no detail at him
        "I'm Nora Keane, nora@harbourcups.com. Declan would like someone to ring him next week.",
        # a pronoun opening the sentence is no one's name
        "He wants to talk to a person first. Can someone call him? Ray Dunleavy, 541-555-0129.",
    ],
)
def test_no_principal_without_a_detail_pointed_at_them(text: str) -> None:
    assert principal_name(text) is None


async def test_a_pronoun_is_never_the_leads_name(brain: LocalBrain) -> None:
    state = await play(
        brain,
        [
            "I'm the chef at a bistro in Eugene; the owner asked me to look at espresso machines.",
            "He wants to talk to a person. Can someone call him? Ray Dunleavy, 541-555-0129.",
        ],
    )
    assert state.collected.get("name") == "Ray Dunleavy"
