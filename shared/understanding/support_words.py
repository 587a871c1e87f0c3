"""The words of a support report, by stem: the thing (equipment, an order), the problem with
it (a fault, lateness or loss), the signs that it is the visitor's own (a possessive, a
purchase) and the signs that it is not a report (a hypothetical, another supplier).

Matched by :mod:`shared.understanding.support_issues` by stem and, for longer words, with one
typo allowed; the phrases are matched as written, apostrophes optional.
"""

from __future__ import annotations

from shared.understanding.lexicon import DEAD_DEGREES

EQUIPMENT = (
    "machine",
    "espresso",
    "grinder",
    "grind",
    "atlas",
    "pico",
    "batchpro",
    "clarity",
    "boiler",
    "pump",
    "group",
    "portafilter",
    "steam",
    "wand",
    "brewer",
    "kettle",
    "lumen",
    "equipment",
    "gasket",
    "heater",
)
ORDER = (
    "order",
    "delivery",
    "deliver",
    "shipment",
    "ship",
    "package",
    "parcel",
    "beans",
    "coffee",
    "bags",
    "pallet",
    "courier",
    "tracking",
    "box",
)
FAULT = (
    "broke",
    "broken",
    "break",
    "fault",
    "faulty",
    "fail",
    "failing",
    "fails",
    "failed",
    "leak",
    "dead",
    "error",
    "stopped",
    "overdos",
    "underdos",
    "malfunction",
    "problem",
    "issue",
    "trouble",
    "noise",
    "overheat",
    "smoke",
    "spark",
    "burn",
    "flood",
    "tripping",
    "trips",
    "cold",
    "lukewarm",
    "clog",
    "jammed",
    "jam",
    "stuck",
    "crack",
    "repair",
    "fix",
    "spit",
    "flashing",
    "blinking",
    "tripped",
    "died",
    "dying",
    "busted",
    "kaput",
    "weird",
    "strange",
    "rattl",
)
# a charge gone wrong on the visitor's own bill (a ticket for the billing team, never a pitch)
BILLING_PHRASES = (
    "charged twice",
    "charged us twice",
    "charged me twice",
    "double charged",
    "double-charged",
    "double charge",
    "duplicate charge",
    "billed twice",
    "billed us twice",
    "invoiced twice",
    "overcharged",
    "over charged",
    "over-charged",
    "charged the wrong amount",
    "wrong amount",
    "charged too much",
)
# an arrival expected and past: "it was supposed to be here yesterday", "should have arrived by
# now", "still no sign of it", "nothing on the tracking since tuesday"
NOT_ARRIVED_EXPECTED = (
    r"\b(?:(?:was|were|been)\s+(?:supposed|meant|due|expected|promised)\s+to\s+"
    r"(?:be\s+(?:here|delivered|in|with\s+us)|arrive|come|land|get\s+here|ship)"
    r"|should\s+(?:have|'ve)\s+(?:arrived|come|landed|shipped|been\s+(?:here|delivered))"
    r"|still\s+(?:nothing|no\s+sign|not\s+here|isn'?t\s+here|hasn'?t\s+(?:come|shipped|moved))"
    r"|no\s+sign\s+of\s+(?:it|them|the|our|my)\b"
    r"|nothing\s+on\s+the\s+tracking|tracking\s+(?:hasn'?t|has\s+not|still)\s+"
    r"(?:moved|changed|updated|shows?)|(?:not|never)\s+(?:been\s+)?shipped)"
)
# a fault word inside the name of a drink or blend: "Harbor Cold Brew - 40 lb" reports nothing
NOT_FAULT_PHRASES = (
    "cold brew",
    "cold-brew",
    "cold drip",
    *(f"dead {word}" for word in sorted(DEAD_DEGREES)),  # "our water is dead hard"
)
DOWN_PHRASES = (
    "not working",
    "doesn't work",
    "does not work",
    "won't turn on",
    "wont turn on",
    "won't start",
    "wont start",
    "not turning on",
    "not heating",
    "won't heat",
    "stopped working",
    "isn't working",
    "is not working",
    "no pressure",
    "no steam",
    "keeps tripping",
    "out of order",
    "went down",
    "is down",
    "acting up",
    "playing up",
    "low pressure",
    "no hot water",
    "broke down",
    "not grinding",
)
# a machine losing its pressure still runs: a fault, not one that stops the service
DEGRADED_PHRASES = (
    "losing pressure",
    "lost pressure",
    "pressure is dropping",
    "pressure dropping",
    "pressure keeps dropping",
    "pressure drops",
    # gear said to have slowed, a fault told even beside "it's not broken"
    "just slow",
    "takes forever",
    "running slow",
    "grinding slow",
)
LATE = (
    "late",
    "delay",
    "delayed",
    "missing",
    "lost",
    "wrong",
    "damaged",
    "crushed",
    "overdue",
    "short",
    "stale",
    "expired",
)
NOT_ARRIVED = (
    "not arrived",
    "hasn't arrived",
    "has not arrived",
    "haven't arrived",
    "didn't arrive",
    "did not arrive",
    "not come",
    "hasn't come",
    "never came",
    "never arrived",
    "never showed",
    "never turned up",
    "still waiting",
    "not delivered",
    "wasn't delivered",
    "not received",
    "haven't received",
    "didn't get",
    "never got",
    "hasn't shown up",
)
POSSESSIVE = ("my", "our", "ours", "mine")
OWNERSHIP = (*POSSESSIVE, "we", "i", "us")
HYPOTHETICAL = ("if", "ever", "whether", "happens", "would", "warranty", "case")
# A problem with someone else's product or service is a sales conversation, not a ticket
# ("our current supplier always delivers late"), unless it names us ("the grinder from you").
OTHER_SUPPLIER = (
    "supplier",
    "roaster",
    "vendor",
    "competitor",
    "current",
    "currently",
    "switch",
    "switching",
    "replace",
    "replacing",
    "old",
)
OURS = ("you", "your", "yours", "copperline")
# bought or delivered: "arrived yesterday" and "unpacked it" say the goods are theirs
PURCHASE = (
    "bought",
    "ordered",
    "purchased",
    "leased",
    "installed",
    "delivered",
    "received",
    "arrived",
    "unpacked",
)
URGENT = ("leak", "flood", "smoke", "spark", "burn", "dead", "tripping", "trips", "overheat")
# trouble told in general words, beyond the fault and lateness stems: what a report of a problem
# the rules cannot name still carries ("it came with the house blend instead", "nobody has
# called us back"); a statement of an order alone ("the order was 20 lb riverbend") has none
TROUBLE = (
    "incorrect",
    "mistake",
    "instead",
    "complain",
    "disappoint",
    "unhappy",
    "upset",
    "help",
    "still",
    "again",
    "only",
    "nobody",
    "refund",
    "return",
    "replace",
    "awful",
    "terrible",
    "bad",
    "worse",
    "sour",
    "bitter",
    "mold",
    "leaking",
    "dripping",
)
# a negation, apostrophes dropped: most trouble is told as something that did not happen
NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "without",
        "cannot",
        "cant",
        "wont",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "hasnt",
        "havent",
        "hadnt",
        "couldnt",
        "wouldnt",
        "aint",
    }
)
