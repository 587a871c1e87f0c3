"""One vocabulary for asking to be contacted (issue 22): the people of ours who may call and
the verbs of calling are written once in the lexicon, and the handoff pattern
(``signals.HUMAN_RE``), the call request cut from a support clause
(``call_requests.CALL_REQUEST``) and the one-word fragment (``quotes.FRAGMENT_ASK``) are built
from them, each in its own shape."""

from __future__ import annotations

import pytest

from shared.conversation.fields import pain_points
from shared.conversation.signals import asks_for_person
from shared.understanding.entities.call_requests import without_call_request
from shared.understanding.quotes import asks_quote, refers_sales_to_them


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        # an asker or a verb once known to one shape only, now to all of them
        ("could an actual person ring me this afternoon", True),
        ("is there some1 who can text me", True),
        ("can your sales team text us the details", True),
        ("would a salesperson follow up with us next week", True),
        # negatives: a place reached, our number given, a call declined
        ("can your tech reach us in boise", False),
        ("you can call us on 503 555 0101 if the pallet is late", False),
        ("no need for someone to call me, email is fine", False),
    ],
)
def test_a_person_asked_for_with_the_shared_askers_and_verbs(message: str, asks: bool) -> None:
    """Every asker ("an actual person", "some1", "a salesperson") and verb ("text", "follow up
    with") of the lexicon asks for a person in every shape of the handoff pattern."""
    assert asks_for_person(message) is asks


@pytest.mark.parametrize(
    ("message", "kept", "gone"),
    [
        ("please have your sales rep call me about the lease", "the lease", "sales rep"),
        ("could the sales team follow up with us regarding the grinder", "the grinder", "team"),
        # negative: a call told of, not asked for, keeps every word
        (
            "a sales rep called me last week about the lease",
            "a sales rep called me last week about the lease",
            "",
        ),
    ],
)
def test_a_call_request_loses_its_asker_from_the_shared_list(
    message: str, kept: str, gone: str
) -> None:
    """A support clause keeps what the call is about and loses the asker named in the lexicon
    ("your sales rep", "the sales team"), as it loses "someone"."""
    left = without_call_request(message)
    assert kept in left
    assert not gone or gone not in left


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Kim Ortega, 541-555-0100. call", True),
        ("Next step: call us back", True),
        # negatives: a lone channel word answers how to be reached
        ("phone", False),
        ("best way: phone", False),
        ("ring", False),
    ],
)
def test_only_call_is_a_fragment_asking_for_sales(message: str, asks: bool) -> None:
    """Of the call verbs only "call" is also the noun asked for in a fragment; "phone" or "ring"
    alone names a channel and asks for no one."""
    assert asks_quote(message) is asks


@pytest.mark.parametrize(
    ("message", "pain"),
    [
        ("please follow up with us about the leaking group head", None),
        ("deliveries keep arriving late, get back to us about the late bags", "arriving late"),
        # negative: the pain told before the request stays a pain
        ("our grinder keeps jamming. can you reach out to me about the hopper", "keeps jamming"),
    ],
)
def test_a_contact_asked_about_something_is_no_pain(message: str, pain: str | None) -> None:
    """The pain reader's "a call asked about something is a request" reads every contact verb
    of the lexicon ("follow up with us about ..."), as it read "call me about ..."."""
    found = pain_points(message, False)
    assert found == pain if pain is None else pain in (found or "")
    assert "about the" not in (found or "")


@pytest.mark.parametrize(
    ("message", "refers"),
    [
        ("could anyone email my manager? she decides, priya@chai.co", True),
        ("can a salesperson ring my business partner, Dev, 503-555-0199", True),
        # negative: the visitor asks to be written to themself
        ("my manager hates calls, can anyone email me instead", False),
    ],
)
def test_sales_asked_to_reach_the_person_spoken_for(message: str, refers: bool) -> None:
    """The asker of "sales, reach this person" is the lexicon's ("anyone", "a salesperson"),
    so the person the visitor speaks for becomes the lead's contact."""
    assert refers_sales_to_them(message) is refers
