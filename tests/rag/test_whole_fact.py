"""Issue 23, set J's classes: the answer from the whole fact (a rule's other side, an item's
contents, the condition that excludes the visitor's case, the knowledge base's own option), the
attribute kept on a follow-up, no percentage under a rule's floor, and honest abstains."""

from __future__ import annotations

import pytest

from shared.rag.answering import Answerer
from shared.rag.bags import BagSize, bag_reply
from shared.rag.conditions import opposite_state, said_no
from shared.rag.retriever import Retriever
from shared.rag.rules import unmet_floor
from shared.understanding.asked import asked_bag_size, asked_secondhand
from shared.understanding.deals import unknown_certifications

TRADE_IN = "Trade in a working espresso machine and we credit 15% of its original price."
LEASING = [
    "Any equipment order over $5,000 can be leased over 36 months, subject to approved credit.",
    "Monthly payments start from about 3% of the equipment price.",
]


def _ask(retriever: Retriever, *turns: str) -> str:
    """The reply to the last of ``turns``, each earlier one asked first as the chat does."""
    answerer = Answerer(retriever)
    recent: list[str] = []
    attribute: str | None = None
    reply = ""
    for turn in turns:
        said = answerer.answer(turn, recent, attribute)
        recent, attribute = said.entities or recent, said.attribute or attribute
        reply = said.text
    return reply


def test_a_rule_is_quoted_with_what_happens_outside_its_condition(retriever: Retriever) -> None:
    """ "is delivery free for us?" hears the free threshold and the flat fee beside it."""
    reply = _ask(retriever, "is delivery free for us?")
    assert "$250" in reply
    assert "$18" in reply


def test_what_an_item_gives_comes_from_its_own_includes_sentence(retriever: Retriever) -> None:
    """ "what's in the pro plan for us" lists its visits and loaner, not only its price."""
    reply = _ask(retriever, "so what do we actually get on the pro plan?")
    assert "loaner grinder" in reply
    assert "two preventive visits" in reply


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("our grinder is busted, can we still trade it in", "busted"),
        ("it no longer works, could we trade it", "not working"),
        ("can we trade it in? it won't even switch on", "not working"),
    ],
)
def test_a_case_the_condition_excludes_is_read_as_its_opposite(question: str, word: str) -> None:
    """A broken, dead or non-starting machine is the opposite of the rule's "working" one."""
    assert opposite_state(question, TRADE_IN) == word
    assert (said_no(question, TRADE_IN) or "").startswith("No, not if it is")


def test_a_working_machine_meets_the_condition() -> None:
    """ "it still works fine" states the condition met: no "No"."""
    assert said_no("can we trade in our machine, it still works fine", TRADE_IN) is None


def test_a_yes_no_question_on_a_case_outside_the_rule_says_no(retriever: Retriever) -> None:
    """The trade-in's condition answers a question about a faulty machine, though another
    sentence of its document is nearer in meaning."""
    reply = _ask(retriever, "our espresso machine is faulty, will you still take it as a trade in?")
    assert reply.startswith("No")
    assert "working" in reply


def test_no_percentage_is_worked_on_an_amount_under_the_rule_floor() -> None:
    """A lease figure for $3,200 would be below the $5,000 floor: the floor sentence instead."""
    assert unmet_floor(LEASING, 3200.0) == LEASING[0]
    assert unmet_floor(LEASING, 9800.0) is None
    assert unmet_floor(["Payments are 3% of the price."], 100.0) is None


def test_no_lease_figure_for_an_item_under_the_leasing_minimum(retriever: Retriever) -> None:
    """A question about an owned grinder never gets a monthly figure of a lease it cannot get."""
    reply = _ask(retriever, "we got the atlas 75 about a year ago, are we still covered?")
    assert "a month" not in reply
    assert "2-year warranty" in reply


def test_a_follow_up_keeps_the_attribute_its_items_have_no_entry_for(
    retriever: Retriever,
) -> None:
    """After the 3-Group's lead time, "what about the pico then?" asks the Pico's: the general
    shipping sentence, not the Pico's description nor the 3-Group's three weeks."""
    reply = _ask(retriever, "how soon would a lumen 3 group ship?", "what about the pico then?")
    assert "5 business days" in reply
    assert "three-week" not in reply


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("is the sunrise available in 250 g bags", "250 g"),
        ("could we order harbor in 2-lb packs", "2 lb"),
        ("which size bags do your blends come in", ""),
        ("we want three 5 lb bags of foundry", None),
        ("40 bags of riverbend a month please", None),
    ],
)
def test_a_bag_size_asked_is_told_from_a_count_of_bags(question: str, size: str | None) -> None:
    """A size named or asked is a question about the pack; a count of bags is an order."""
    assert asked_bag_size(question) == size


def test_a_bag_size_is_answered_with_the_knowledge_base_own() -> None:
    """Another size gets ours set against it; ours gets a yes; no figure gets the sentence."""
    size = BagSize(5.0, "lb", "Every blend ships in 5 lb bags.")
    assert bag_reply(size, "250 g").startswith("Our coffees come in 5 lb bags, not 250 g")
    assert bag_reply(size, "5 lb").startswith("Yes")
    assert bag_reply(size, "") == size.sentence


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("is the training course accredited by the SCAA", ["scaa"]),
        ("are the blends certified halal", ["halal"]),
        ("is it certified organic", []),
        ("is the installer certified", []),
    ],
)
def test_a_certification_by_a_standard_never_written_is_found(
    question: str, found: list[str]
) -> None:
    """The standard or body a certification is asked of, when the knowledge base never uses it."""
    written = {"organic", "installer", "training", "course", "blends"}
    assert unknown_certifications(question, lambda w: w not in written) == found


def test_a_certification_the_knowledge_base_never_states_abstains(retriever: Retriever) -> None:
    """ "is your coffee rainforest alliance certified" is a don't-know, not our Fair Trade line."""
    reply = _ask(retriever, "is your coffee rainforest alliance certified?")
    assert "don't know" in reply
    assert "Fair Trade" not in reply


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("any reconditioned grinders for sale?", ("reconditioned", "grinders")),
        ("do you stock pre-owned espresso machines", ("pre owned", "espresso machines")),
        ("do you guys buy used machines", None),
        ("can i return a used grinder", None),
    ],
)
def test_not_new_goods_asked_for_sale_are_read(
    question: str, asked: tuple[str, str] | None
) -> None:
    """Buying not-new goods is asked; the company buying them, or a return, is not."""
    assert asked_secondhand(question) == asked


def test_not_new_goods_never_offered_for_sale_get_an_honest_abstain(
    retriever: Retriever,
) -> None:
    """The knowledge base refurbishes trade-ins but never says it sells them: we don't know."""
    reply = _ask(retriever, "any refurbished espresso machines for sale?")
    assert "don't know whether we sell refurbished" in reply
    assert "refurbished in our Portland workshop" in reply
