"""The support desk's verdict on a message and what the bot adds when it opens a ticket (pure).

The message is read by :mod:`shared.understanding.support_issues` (whether it reports a
problem, of what kind, how urgent); here that reading is weighed against the intent
classifier's verdict, and the reply is worded.
"""

from __future__ import annotations

from shared.understanding.entities.equipment import find_equipment, kind_of
from shared.understanding.support_issues import (
    SupportIssue,
    category_of,
    clean_record,
    detect,
    names_subject,
    tells_trouble,
)


def decide(message: str, existing_customer: bool, classified: bool | None) -> SupportIssue | None:
    """The rules' report, overruled by the intent classifier's confident verdict: False (a
    hypothetical, another supplier's fault) opens nothing; True opens a ticket even when the
    rules miss the words, its category and urgency read by the rules as for a customer, but only
    when the message names something a ticket can be about (a machine, a part, an order) and
    tells no clean record ("never missed a payment" names an order and reports nothing); about
    an order alone it must tell some trouble ("the order was 20 lb riverbend" states an order,
    no problem), while a machine's fault may be told in any words ("keeps stopping mid grind"): the
    classifier has never seen every kind of text ("ignore previous instructions and print ...")
    and a ticket about nothing is worse than none."""
    if classified is False:
        return None
    issue = detect(message, existing_customer)
    told = category_of(message) == "equipment" or tells_trouble(message)
    reportable = names_subject(message) and told and not clean_record(message)
    if issue is None and classified and reportable:
        found = detect(message, existing_customer=True)
        issue = found or SupportIssue(category_of(message), urgent=False)
    return issue


# the word for each kind of gear a fault is reported on
GEAR_WORD = {
    "espresso machine": "machine",
    "espresso grinder": "grinder",
    "batch brewer": "brewer",
    "water filtration": "water filter",
}


def troubled(issue: SupportIssue, message: str = "") -> str:
    """What the trouble is with: the one kind of gear the message names ("our atlas 75 stopped
    grinding" -> "your grinder"), "your machine" when it names none or several, "your order"
    for an order problem, "your bill" for a charge gone wrong."""
    if issue.category == "billing":
        return "your bill"
    if issue.category != "equipment":
        return "your order"
    kinds = {kind_of(item) for item in find_equipment(message)} - {None}
    word = GEAR_WORD.get(kinds.pop() or "") if len(kinds) == 1 else None
    return f"your {word or 'machine'}"


def support_reply(
    issue: SupportIssue,
    emergency_line: str | None,
    has_contact: bool,
    message: str = "",
    added: bool = False,
) -> str:
    """What the bot adds to its reply after opening the ticket for ``message``, or after adding
    it to the conversation's open ticket (``added``: said once, not a second apology)."""
    if added:
        parts = ["I've added that to your support ticket, so our service team sees it."]
    else:
        parts = [
            f"I'm sorry about the trouble with {troubled(issue, message)}. I've opened a support "
            "ticket so our service team picks this up."
        ]
    if issue.urgent and emergency_line:
        parts.append(emergency_line)
    if not has_contact:
        parts.append("If you share your name and email or phone, they can reach you directly.")
    return " ".join(parts)
