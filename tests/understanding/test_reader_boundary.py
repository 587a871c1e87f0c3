"""Only the reader reads the visitor's words for meaning: a static check over ``shared/``.

A module outside ``shared/understanding`` *reads text* when it uses the ``re`` module or tests a
word's membership in a text (``"x" in text``). Every such module must be listed below, either
as reading text that is not the visitor's message (knowledge-base documents, addresses,
request headers) or in :data:`STILL_READING`, the modules that still read visitor messages
and are to move into the reader. That list may only shrink: a new module reading text fails
the test, and so does an entry that no longer reads text (remove it).
"""

from __future__ import annotations

import ast
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
READER = SHARED / "understanding"

# Text that is not the visitor's message: documents, identifiers, formats, configuration.
NOT_VISITOR_TEXT = {
    "chat/subjects.py": "an item named in an answer's knowledge-base text, not in a plural",
    "rag/situation_facts.py": "the shape of a company fact's knowledge-base sentence",
    "rag/brew_suited.py": "the suitability phrase of a coffee's knowledge-base sentence",
    "catalog/extract.py": "knowledge-base markdown into the entity catalog",
    "catalog/terms.py": "the knowledge base's discount, site-minimum and emergency-line sentences",
    "catalog/model.py": "catalog aliases and mentions in knowledge-base text",
    "catalog/words.py": "normalising catalog words",
    "chat/knowledge.py": "company facts from knowledge-base chunks",
    "chat/models.py": "request field formats (session ids, locales)",
    "compiled_patterns.py": "compiling the modules' own patterns at build (no text read)",
    "crm/routes.py": "query parameter formats",
    "isodate.py": "ISO dates in query parameters",
    "leads/erasure.py": "an erased email address escaped for a transcript search",
    "leads/query.py": "search query escaping for the database",
    "logs.py": "trace and request-id header formats",
    "leads/service.py": "lead id formats",
    "llm/grounding.py": "numbers in generated replies checked against sources",
    "llm/claims.py": "claims in generated replies checked against sources",
    "llm/wording.py": "normalising generated replies for the provenance checks",
    "openapi.py": "route paths",
    "pii.py": "masking emails and phones in logs",
    "rag/bm25.py": "tokenising documents",
    "rag/bundle.py": "bundle file names",
    "rag/passages.py": "splitting knowledge-base documents",
    "rag/minimums.py": "the knowledge base's order-minimum sentence",
    "rag/advice.py": "the catalog's own sentences (a recommendation, a capacity, an outlet, a "
    "button, scale) that pick the items advised; the visitor's needs are read in the reader",
    "rag/phrasing.py": "wording answers from passages",
    "routing.py": "URL paths",
    "security/limiting.py": "rate-limit notation",
    "conversation/gazetteer.py": "product words from knowledge-base headings",
    "conversation/replies.py": "month names in the bot's own acknowledgements",
}
# Modules that still read the visitor's message for meaning (to move into the reader).
STILL_READING = {
    "conversation/fields.py": "soft free-text fields (preferences, pains, support)",
    "conversation/signals.py": "flow signals (the intent classifier's domain)",
    "rag/answering.py": "the question's numbers (issue 23's answerer)",
    "rag/conditions.py": "a yes/no question's condition against a policy (issue 23's answerer)",
    "rag/entity_answers.py": "parts about catalog entities (split from rag/answering.py)",
    "rag/members.py": "a member described by a quality, 'lightest roast' (issue 23's answerer)",
    "rag/message_parts.py": "alternatives, asides and anchors (split from rag/answering.py)",
    "rag/offers.py": "a free offer asked with its condition (issue 23's answerer)",
    "rag/policy_answers.py": "a policy asked of an item (split from rag/answering.py)",
    "rag/when.py": "founding-year and weekday questions (issue 23's answerer)",
    "rag/compare.py": "comparisons asked for (issue 23's answerer)",
    "rag/counting.py": "'how many' questions (split from rag/answering.py)",
    "rag/gaps.py": "the parts left unanswered (split from rag/answering.py)",
    "rag/echo.py": "whether a piece of the question is a clean noun phrase to echo in a gap",
    "rag/listed.py": "bare item lists in a price question (issue 23's answerer)",
    "rag/durations.py": "'how long does it last' questions (issue 23's answerer)",
    "rag/persons.py": "'who' questions (issue 23's answerer)",
    "rag/facts.py": "company-fact questions and knowledge-base sentences (issue 23's answerer)",
    "rag/parts.py": "the parts of a message (issue 23's answerer)",
    "rag/asked_value.py": "a value named for another item's attribute, 'a 110 plug' (answerer)",
    "rag/bags.py": "bags counted into weight, '25 bags a month' (issue 23's answerer)",
    "rag/extra_cost.py": "'do i pay extra for X' as 'is X included' (issue 23's answerer)",
    "rag/described.py": "a member described by a quality, 'the ethiopian one' (answerer)",
    "rag/headings.py": "a topic named by its heading (issue 23's answerer)",
    "rag/periods.py": "a monthly price asked over a year (issue 23's answerer)",
    "rag/place_answers.py": "a place the visitor states, 'we're in ohio' (answerer)",
    "rag/private_contact.py": "a person's own contact details asked for (issue 23's answerer)",
    "rag/value_words.py": "the attribute a named value belongs to, 'in white' (answerer)",
    "rag/which_member.py": "which member has a thing, 'which has a loaner' (answerer)",
    "rag/refunds.py": "a return asked of an item, 'box never opened' (issue 23's answerer)",
    "rag/told.py": "statements told beside the ask, 'we're on the pro plan' (issue 23's answerer)",
    "rag/weighed.py": "weighed lines and their period in a sum (issue 23's answerer)",
    "rag/passage_answers.py": "question parts against sentences (issue 23's answerer)",
    "rag/rules.py": "quantities in a pricing question (issue 23's answerer)",
    "rag/order.py": "the items and counts of an order in a pricing question (issue 23 item 6)",
    "rag/delivery.py": "a delivery question and the delivery sentences (issue 23 item 6)",
    "rag/rates.py": "a quantity per period in the question (issue 23 item 6)",
    "rag/included.py": "whether a service is asked as included (issue 23 item 6)",
    "rag/spelling.py": "typo normalisation against the knowledge base (issue 23)",
    "rag/matching.py": "the question's words against chunks (issue 23's answerer)",
    "rag/question.py": "parsing the question (issue 23's answerer)",
    "rag/resolve.py": "resolving the question's references (issue 23's answerer)",
    "rag/per_place.py": "one item in each place counted, '3 cafeterias, an atlas 64 in each'",
    "rag/unmentioned.py": "a payment, shipping or offered name the knowledge base never uses "
    "('paypal', 'a Probat or a Loring')",
    "rag/asked_object.py": "the object a question asks about, as a constraint on the answer",
    "rag/computed.py": "a percentage fee or amount computed on the item in context",
    "rag/features.py": "a feature phrase of the item just discussed ('the loaner grinder')",
    "rag/kinds_weighed.py": "two kinds of product weighed ('batch brewer or espresso?')",
    "rag/meaning.py": "a company topic matched by meaning must share a word with the question",
    "rag/picks.py": "a 'which one has X' pick among the items in context",
    "rag/summary.py": "'summarise what it would all cost' over the items chosen",
}


def reads_text(source: str) -> bool:
    """Uses ``re`` or tests ``"word" in text``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and any(a.name == "re" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "re":
            return True
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant):
            text_like = any(
                isinstance(c, ast.Name) and c.id in ("text", "message", "lowered")
                for c in node.comparators
            )
            if text_like and any(isinstance(op, ast.In) for op in node.ops):
                return True
    return False


def readers() -> set[str]:
    found = set()
    for path in SHARED.rglob("*.py"):
        if READER in path.parents:
            continue
        if reads_text(path.read_text(encoding="utf-8")):
            found.add(path.relative_to(SHARED).as_posix())
    return found


def test_no_new_module_reads_visitor_text() -> None:
    """Every module outside the reader that reads text is listed with its reason."""
    unlisted = readers() - set(NOT_VISITOR_TEXT) - set(STILL_READING)
    assert not unlisted, f"read the visitor's words in shared/understanding instead: {unlisted}"


def test_allow_list_only_shrinks() -> None:
    """An entry whose module no longer reads text must be removed from the lists."""
    stale = (set(NOT_VISITOR_TEXT) | set(STILL_READING)) - readers()
    assert not stale, f"no longer reads text, remove from the lists: {stale}"
