"""Gear taken out of the needs told on an earlier turn: "scratch the grinder, we already have
one", "drop the Clarity", "we don't need the brewer anymore" take the stored item of that name
or kind out; "so just the Lumen then", "a quote for just the Lumen 2-Group" keep only the item
named (``docs/decisions/revisions-across-turns-s33.md``).

Only items already stored can be taken out, so a drop said of gear never asked about changes
nothing. A drop supposed ("if we drop the grinder, what's the total?") or denied ("don't forget
the grinder") takes nothing out, and "just the grinder for now" defers the rest, it drops none.
"""

from __future__ import annotations

import re

from shared.understanding.entities.equipment import find_equipment, kind_of
from shared.understanding.entities.interest import catalog_name
from shared.understanding.sentences import sentences

#: a cue taking an item out, right before it: "scratch the grinder", "forget about the pico",
#: "we don't need the brewer", "no longer need a filter"
_DROP = re.compile(
    r"\b(?:scratch|scrap|drop|forget(?:\s+about)?|ditch|skip|remove|nix|cancel|cut|lose"
    r"|take\s+out|leave\s+out|leave\s+off|take\s+off|(?:don'?t|do\s+not|no\s+longer)\s+need)"
    r"\s+(?=\S)",
    re.I,
)
#: "just the Lumen", "only the 2-group", "just one Atlas 64": the only item wanted
_ONLY = re.compile(r"\b(?:just|only)\s+(?=(?:the|a|an|one|1)\s)", re.I)
#: a clause that supposes or asks the drop rather than makes it, or denies it
_NOT_MADE = re.compile(
    r"\b(?:if|what\s+if|would|could|can|should|do|does|did|whether)\b[^,.;!?]*$"
    r"|\b(?:don'?t|do\s+not|never|not)\s+$",
    re.I,
)
#: the item said alone, its clause ending after it ("so just the Lumen then.", "a quote for
#: just the 2-group please"): not "only the 3-group has a bigger boiler", nor "just the grinder
#: for now" (the rest deferred, not dropped)
_ALONE = re.compile(
    r"^\s*(?:(?:then|please|pls|plz|thanks|thx|thank\s+you|instead)\b\W*?)*(?:[,.;!?)]|$)", re.I
)


def _item_at(text: str, at: int) -> tuple[str, int] | None:
    """The equipment item ``text`` names starting at ``at`` (an article may open it), with
    where it ends in ``text``; None when another word comes first."""
    rest = text[at:]
    items = find_equipment(rest)
    if not items:
        return None
    start = rest.lower().find(items[0].lower())
    if start < 0 or rest[:start].strip():
        return None
    return items[0], at + start + len(items[0])


def _same(stored: str, said: str) -> bool:
    """The stored item is the one said: by catalog name, its family ("the Lumen" for the Lumen
    2-Group) or, said generically ("the grinder"), by its kind."""
    named, have = catalog_name(said), catalog_name(stored)
    if named is None:
        kind = kind_of(said)
        return kind is not None and kind_of(stored) == kind
    if have is None:
        return False
    return have == named or have.startswith(f"{named} ") or named.startswith(f"{have} ")


def _stored_items(stored: object) -> list[str]:
    if not isinstance(stored, str):
        return []
    return [i.strip() for i in re.split(r"[,;]", stored) if i.strip()]


def dropped_items(text: str, stored: object) -> list[str]:
    """The items of the stored equipment list (``stored``, as the state holds it) that the
    message takes out, in stored order: those a drop names, and with "just/only <item>" every
    stored item other than that one. None when nothing stored is named."""
    items = _stored_items(stored)
    if not items:
        return []
    dropped: set[str] = set()
    for sentence in sentences(text, lines=True):
        for cue in _DROP.finditer(sentence):
            said = _item_at(sentence, cue.end())
            clause = re.split(r"[,.;!?]", sentence[: cue.start()])[-1]
            if said is None or _NOT_MADE.search(clause):
                continue
            dropped.update(i for i in items if _same(i, said[0]))
        if "?" in sentence:
            continue
        for only in _ONLY.finditer(sentence):
            said = _item_at(sentence, only.end())
            if said is None or not _ALONE.match(sentence[said[1] :]):
                continue
            if any(_same(i, said[0]) for i in items) or catalog_name(said[0]) is not None:
                dropped.update(i for i in items if not _same(i, said[0]))
    return [i for i in items if i in dropped]


def without_items(stored: str, dropped: list[str]) -> str:
    """The stored list less the items taken out ("" when none is left)."""
    return ", ".join(i for i in _stored_items(stored) if i not in dropped)
