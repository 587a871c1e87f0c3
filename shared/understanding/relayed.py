"""A question asked for someone else, read as the visitor's own.

Assistants, co-owners, chefs and parents ask for the person who decides: "can the owner taste
your coffees before committing?", "our chef wants both grinder prices side by side". The person
is of the visitor's business, so the knowledge base is searched with the ask in the first person
("can we taste your coffees ...", "we want both grinder prices ..."), which its sentences and
questions are written for; a third person made the search land on other topics ("owner" on the
trade-in for owners of a machine). Only the subject of an asking verb or of a verb of wanting is
replaced, never a person named as a fact ("the owner is Maria") or asked about ("who is the
owner of Copperline?", "is the owner based in Portland?"), nor one beside the visitor ("can my
partner and I visit").
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import RELAYED_FOR

_PERSON = r"(?:the|my|our|his|her)\s+(?:" + "|".join(RELAYED_FOR) + r")"
_AUX = {"does": "do"}
# "can the owner taste", "does my boss get": the auxiliary before its subject
_ASKED_BY = re.compile(
    r"\b(?P<aux>can|could|may|might|would|will|should|does|do|did)\s+"
    + _PERSON
    + r"(?P<next>\s+(?!and\b|or\b|of\b)\w)",
    re.I,
)
# "our chef wants ...", "the owner is asking ...": a clause opened by the person who asks
_VERBS = {
    "wants": "want",
    "needs": "need",
    "asks": "ask",
    "wonders": "wonder",
    "would like": "would like",
    "asked": "asked",
    "wanted": "wanted",
    "is asking": "are asking",
    "is wondering": "are wondering",
    "is comparing": "are comparing",
    "is looking": "are looking",
}
_WANTED_BY = re.compile(
    r"(?:^|(?<=[.!?;,]\s)|(?<=\band\s))"
    + _PERSON
    + r"\s+(?P<verb>"
    + "|".join(v.replace(" ", r"\s+") for v in _VERBS)
    + r")\b",
    re.I,
)


def as_ours(question: str) -> str:
    """``question`` with a person asked for put as "we" ("can the owner taste X" -> "can we
    taste X", "our chef wants X" -> "we want X"); unchanged when no such subject asks."""

    def asked(found: re.Match[str]) -> str:
        aux = found["aux"]
        return f"{_AUX.get(aux.lower(), aux)} we{found['next']}"

    def wanted(found: re.Match[str]) -> str:
        verb = " ".join(found["verb"].lower().split())
        return f"we {_VERBS[verb]}"

    return _WANTED_BY.sub(wanted, _ASKED_BY.sub(asked, question.strip()))
