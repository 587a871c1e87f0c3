"""Which of the items just discussed a question means, when it names none of them.

After an answer about two or three items ("the pico vs the lumen 2 group"), a question that
points at one without naming it ("can i lease that one?", "how many groups does it have?") may
mean either. The one decision (see docs/decisions/clarifying-which-item.md):

- "that one" / "this one" singles out one: always asked back;
- a pronoun ("it", "that") is left to the answer: an answer about every candidate (each
  price, "both have a 2-year warranty") or about none of them (a policy) is given; an answer
  that settles on one item of their kind (a guess) is replaced by the question back;
- the reply naming one candidate (by name, "the first", "the smaller one") is asked the
  question that was pending.

Pure over the catalog, the question and the candidates.
"""

from __future__ import annotations

from shared.catalog import Catalog
from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.order import names_by_rank
from shared.rag.phrasing import the
from shared.rag.resolve import pick
from shared.rag.types import Answer
from shared.understanding.choices import Position, position_picked, rank_pointed
from shared.understanding.item_only import names_only_an_item
from shared.understanding.reference import (
    asks_to_choose,
    pointer_replaced,
    points_at_one,
    singles_out_one,
)

#: at most this many items are offered back ("the Pico 1-Group or the Lumen 2-Group?")
MOST_CANDIDATES = 3


def which_one(names: list[str]) -> Answer:
    """The question back naming the items a question may mean (asked rather than guessed);
    the items stay the conversation's subject and ``choices``, so the reply to it resolves."""
    listed = [the(n) for n in names]
    options = f"{', '.join(listed[:-1])} or {listed[-1]}"
    text = f"Which one do you mean: {options}?"
    return Answer(text=text, sources=[], grounded=True, entities=names, choices=names)


def singles_out(question: str, context: list[str], catalog: Catalog) -> bool:
    """Whether ``question`` singles out one of several items discussed by pointing ("can i
    lease that one?") and names none of them: asked back before anything is answered."""
    return len(context) > 1 and singles_out_one(question) and not catalog.mentioned(question)


def guessed(
    question: str, context: list[str], found: Answer, catalog: Catalog, ranked: list[Entity]
) -> bool:
    """Whether ``found`` settled on one item, named in its text, of a kind of which several
    were discussed (``context``), for a question that points at one of them with a pronoun and
    names, ranks or counts none ("how many groups does it have?" after the Pico and the Lumen
    2-Group answered by the Lumen 3-Group); ``ranked`` are the items its rank word picks among
    them (:func:`ranked_picks`, worked out once by the answerer)."""
    if not 1 < len(context) <= MOST_CANDIDATES or not found.grounded or not found.entities:
        return False
    if not points_at_one(question) or asks_to_choose(question):
        return False
    if catalog.mentioned(question) or catalog.family_named(question):
        return False
    if names_by_rank(question, catalog) or position_picked(question) is not None:
        return False
    if len(ranked) == 1:  # "the largest one, ... has it got?"
        return False
    offered = [e for n in context if (e := catalog.get(n)) is not None]
    about = [e for n in found.entities if (e := catalog.get(n)) is not None]
    if len(about) != 1 or about[0].name not in found.text:
        return False  # every candidate answered ("both have ..."), a policy, or no one named
    # the answer's kind is one of several discussed ("the pico" after two grinders and it is
    # the one machine: no guess)
    rivals = [e for e in offered if e.kind == about[0].kind and e.name != about[0].name]
    return bool(rivals) and not _described(question, about[0], rivals)


def _described(question: str, entity: Entity, rivals: list[Entity]) -> bool:
    """Whether ``question`` describes ``entity`` by a word of its own facts that no rival's
    facts have ("the loaner grinder, do we keep it ...?" after the Essential and Pro plans:
    only the Pro plan has a loaner), so "it" is that thing, not a guess among them."""
    asked = set(tokenize(question))
    theirs = {word for rival in rivals for word in tokenize(" ".join(rival.facts))}
    return bool(asked & set(tokenize(" ".join(entity.facts))) - theirs)


def chosen(message: str, candidates: list[str], catalog: Catalog) -> Entity | None:
    """The one candidate a reply to the question back picks: by a name or a family word
    ("the pico", "lumen"), its kind ("the grinder i mean"), a place in the list ("the
    first") or a rank ("the smaller one"); None when it says more than a pick, or picks none
    or several."""
    offered = [e for n in candidates if (e := catalog.get(n)) is not None]
    if len(offered) < 2 or not names_only_an_item(message):
        return None
    position = position_picked(message)
    if position is not None and position.place is not None:
        inside = -len(offered) <= position.place < len(offered)
        return offered[position.place] if inside else None
    if position is not None:
        return _ranked_among(position, offered)
    named = [e for e in offered if _names(message, e, catalog)]
    named = named or [e for e in offered if _kind_named(message, e)]
    return named[0] if len(named) == 1 else None


def ranked_picks(text: str, context: list[str], catalog: Catalog) -> list[Entity]:
    """The item "the bigger one" (any rank word) points at in each kind of which several were
    discussed (``context``): more than one when the rank does not say which kind ("we'll take
    the bigger one" after two grinders and two machines)."""
    position = rank_pointed(text)
    offered = [e for n in context if (e := catalog.get(n)) is not None]
    if position is None or catalog.mentioned(text):
        return []
    kinds = [k for k in dict.fromkeys(e.kind for e in offered)]
    groups = [[e for e in offered if e.kind == k] for k in kinds]
    return [_ranked_among(position, group) for group in groups if len(group) > 1]


def _ranked_among(position: Position, offered: list[Entity]) -> Entity:
    """The item a rank picks among ``offered``: by price, else by size (model number, else
    price)."""
    direction = position.rank or "min"
    priced = [e for e in offered if e.price is not None]
    if not position.by_price or not priced:
        return pick(offered, direction)
    chooser = min if direction == "min" else max
    return chooser(priced, key=lambda e: e.price.amount if e.price else 0.0)


def _kind_named(message: str, entity: Entity) -> bool:
    """Whether ``message`` names the kind of ``entity`` by its head word ("the grinder")."""
    head = normalise(entity.kind).split()[-1]
    return head in {w.removesuffix("s") for w in normalise(message).split()}


def asked_of(question: str, entity: Entity) -> str:
    """The pending ``question`` asked of the item picked: its pointer ("it", "that one")
    replaced by the item's name ("how many groups does the Pico 1-Group have?"), or the
    question as asked when it points with none."""
    return pointer_replaced(question, the(entity.name))


def _names(message: str, entity: Entity, catalog: Catalog) -> bool:
    """Whether ``message`` names ``entity``: by name or alias, or by a word of its name no
    kind shares ("lumen", "pico", "64")."""
    if any(e.name == entity.name for e in catalog.mentioned(message)):
        return True
    said = set(normalise(message).split())
    kind_words = {w for k in catalog.kinds() for w in normalise(k).split()}
    own = {w for w in normalise(entity.name).replace("-", " ").split() if w not in kind_words}
    return bool(said & (own - {"group"}))
