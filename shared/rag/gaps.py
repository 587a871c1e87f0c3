"""What the catalog does not have: a model it lacks, a product it does not carry, a part of an
entity it says nothing about, a part priced only through its system.

:class:`CatalogGaps` is the layer of the answerer between the passages
(:class:`~shared.rag.passage_answers.PassageAnswerer`, through the asked attributes of
:class:`~shared.rag.attribute_gaps.AttributeGaps`) and the catalog answers
(:class:`~shared.rag.answering.Answerer`): each method says honestly what the knowledge base
lacks ("We don't make an Atlas 100; the largest is ...", "We don't carry tea.", "Our information
doesn't give a separate price for the cartridge; ...") or tells the caller to give the
don't-know.
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.abstain import UNSUPPORTED_SHARE
from shared.rag.attribute_gaps import AttributeGaps, used_in
from shared.rag.bm25 import tokenize
from shared.rag.echo import NO_ECHO, clean_echo
from shared.rag.matching import article, at_price, evidence_of, like_member, model_words
from shared.rag.parts import Part, entity_source, gap, source_of
from shared.rag.phrasing import price_sentence, range_of, the
from shared.rag.question import GENERIC, STAND_IN, SYNONYMS, product_object
from shared.rag.resolve import Resolved
from shared.rag.sentences import Sentence
from shared.understanding.asked import PRICE_WORDS, asks_price, price_idioms
from shared.understanding.entities.places import place_words

#: An object that is only a code (letters then digits: "w 9", "coi 2", "1099") names a form or
#: a model number, not a kind of product the catalog could lack.
_CODE = re.compile(r"(?:[a-z]{1,3}\s*)?\d+")
PRICE_STEMS = frozenset(tokenize(" ".join(PRICE_WORDS))) | {"tell"}
#: The word before "on/of/for/in the <entity>": a part of the entity ("the bean hopper on the X").
_OWNED = re.compile(r"(\w+)\s+(?:on|of|for|in)\s+(?:the\s+|your\s+|an?\s+)?$")


#: The thing a price question prices: "what does a third repair visit cost", "how much is
#: a replacement burr set".
_PRICED = re.compile(
    r"\b(?:what (?:does|do|would|will|did)|how much (?:is|are|does|do|would|will)) "
    r"(?P<thing>(?:a|an|the|one|each|every)? ?(?:[a-z0-9-]+ ){0,3}?[a-z0-9-]+) "
    r"(?:cost|costs|be|run|come to)\b"
)
#: Words that point back at the item itself ("what does it cost", "how much is that one").
_POINTING = frozenset({"it", "that", "this", "these", "those", "they", "them", "one", "ones"})


class CatalogGaps(AttributeGaps):
    """Answers for what the catalog lacks (see the module docstring)."""

    def _unknown_model(self, resolved: Resolved) -> Part:
        members = sorted(resolved.family, key=lambda e: e.price.amount if e.price else 0.0)
        asked = resolved.unknown_model or ""
        number = float(re.findall(r"\d+(?:\.\d+)?", asked)[0])
        numbers = [float(re.findall(r"\d+(?:\.\d+)?", e.name)[0]) for e in members]
        largest, smallest = (
            members[numbers.index(max(numbers))],
            members[numbers.index(min(numbers))],
        )
        if number > max(numbers):
            tail = f"the largest is {the(largest.name)}" + at_price(largest)
        elif number < min(numbers):
            tail = f"the smallest is {the(smallest.name)}" + at_price(smallest)
        else:
            tail = "we have " + " and ".join(the(e.name) + at_price(e) for e in members)
        asked = like_member(asked, members)
        text = f"We don't make {article(asked)} {asked}; {tail}."
        other = self._same_model_elsewhere(asked, members)
        if other is not None:
            need = model_words(asked)
            text += f" If it's the {need} you need, there is {the(other.name)}{at_price(other)}."
        shown = [*members, *([other] if other else [])]
        return Part(text, True, shown, [entity_source(e) for e in shown], evidence_of(shown))

    def _same_model_elsewhere(self, asked: str, members: list[Entity]) -> Entity | None:
        words = normalise(asked).split()[1:]
        if len(words) < 2:
            return None
        other = self.catalog.get(" ".join(words))
        return other if other is not None and other not in members else None

    def _priced(self, text: str, entity: Entity) -> str:
        """The entity's price sentence, or, when the question prices a part of it ("the price
        of the cartridge for the Clarity": the system's price is not the cartridge's), the
        honest gap for that part, which starts "I don't have" (see :meth:`price_gap`)."""
        return self.price_gap(text, entity) or price_sentence(entity)

    def price_gap(self, text: str, entity: Entity) -> str | None:
        """ "I don't have a separate price for the cartridge; the $640 is the Clarity water
        filtration itself." when the question prices a part of ``entity`` (the word before
        "of/for/on the <entity>" that its own name and kind do not hold, or a part its own
        attributes name right after its name: "a replacement clarity cartridge"), else None."""
        flat = normalise(text)
        for mention in self.catalog.mentions(text):
            owner = _OWNED.search(flat[: mention.start])
            word = owner.group(1) if owner else _part_after(flat[mention.end :], entity)
            stem = tokenize(word)
            own = set(tokenize(f"{entity.name} {entity.kind}")) | PRICE_STEMS | GENERIC
            own |= set(tokenize(" ".join(price_idioms(text))))  # "the damage on the Lumen"
            named = mention.entity == entity.name and entity.price is not None
            if named and stem and stem[0] not in own and entity.price is not None:
                return (
                    f"I don't have a separate price for the {word}; "
                    f"the {entity.price.text} is the price of {the(entity.name)} itself."
                )
        return self.other_priced(text, entity)

    def other_priced(self, text: str, entity: Entity) -> str | None:
        """ "I don't have a separate price for a third repair visit; ..." when the question
        prices a thing that is not ``entity`` (see :meth:`_priced_thing`), else None."""
        thing = self._priced_thing(normalise(text), entity)
        if not thing or entity.price is None:
            return None
        return (
            f"I don't have a separate price for {thing}; "
            f"the {entity.price.text} is the price of {the(entity.name)} itself."
        )

    def _priced_thing(self, flat: str, entity: Entity) -> str | None:
        """What "what does X cost" / "how much is X" prices when X is not ``entity`` (no
        catalog item, no word of the entity's name, kind or aliases, no pronoun): "a third
        repair visit" on the Pro plan."""
        match = _PRICED.search(flat)
        if match is None or self.catalog.mentioned(match.group("thing")):
            return None
        thing = match.group("thing")
        words = set(thing.split())
        if words & _POINTING or STAND_IN.search(thing):  # "it", "the system": the item itself
            return None
        own = set(tokenize(f"{entity.name} {entity.kind} {' '.join(entity.aliases)}"))
        rest = set(tokenize(thing)) - own - PRICE_STEMS - GENERIC
        return thing if rest else None

    def _unknown_ask(self, text: str, entities: list[Entity]) -> bool:
        """Whether the question asks about an entity mostly in English words the knowledge base
        never uses (its names aside; the share of :mod:`shared.rag.abstain`'s unsupported-ask
        gate: "is the Pico noisy?"), or asks a part of it named by such a word ("the bean
        hopper on the Atlas 75", "how much is the drip tray on the Lumen": its price is not the
        part's): no sentence of it can say what is asked."""
        named = {w for e in entities for w in normalise(f"{e.name} {' '.join(e.aliases)}").split()}
        # "for 5 locations in kansas city": where the visitor is says who asks, not what
        named |= place_words(text)
        rest = " ".join(w for w in normalise(text).split() if w not in named)
        if not asks_price(text) and self.unknown_share(rest) >= UNSUPPORTED_SHARE:
            return True
        flat = normalise(text)  # "the bean hopper on the atlas 75": the part asked is unknown
        idioms = price_idioms(text)  # "the damage on the Lumen" asks its price
        for mention in self.catalog.mentions(text):
            owner = _OWNED.search(flat[: mention.start])
            if owner and owner.group(1) not in idioms and self.unknown_terms(owner.group(1)):
                return True
        return False

    def _lacking(self, label: str, entities: list[Entity]) -> Part:
        """An attribute the entities have no entry for ("the lead time on the Atlas 75"): the
        general statements of the section the attribute heads ("Lead times": "Equipment that
        is in stock ships within 5 business days"), said as such; the honest gap without one."""
        names = " and ".join(the(e.name) for e in entities)
        general = self._general_statements(label)
        if not general:
            missing = gap(f"I don't have information on the {label} of {names}.", entities)
            missing.attribute = label  # "and the X?" asks it of X too
            return missing
        said = f"Our information gives no separate {label} for {names}. In general: " + " ".join(
            t.text for t in general
        )
        sources = [source_of(general[0].source, general[0].title)]
        sources += [entity_source(e) for e in entities]
        part = Part(said, True, entities, sources, [t.text for t in general])
        part.attribute = label
        return part

    def _general_statements(self, label: str) -> list[Sentence]:
        """The sentences of the one section headed by ``label`` that name no catalog entity."""
        if self._sentences is None:
            return []
        index = self._sentences
        topic = set(tokenize(label)) - GENERIC
        own = {normalise(e.heading) for e in self.catalog.entities if e.heading}
        sections = [
            ids
            for ids in index.section_ids()
            if topic
            and topic <= set(tokenize(index.sentences[ids[0]].heading))
            and normalise(index.sentences[ids[0]].heading) not in own  # "Sunrise Single Origin"
        ]
        if len(sections) != 1:  # headed by the attribute alone, not by a document's title
            return []
        said = [index.sentences[n] for n in sections[0]]
        return [t for t in said if not self.catalog.mentions(t.text) and not t.text.endswith("?")]

    def _unknown_modifier(self, obj: str) -> bool:
        """Whether a word before the product's head is an English word the knowledge base
        never uses ("oat" of "oat milk"): the thing asked is not the knowledge base's own."""
        return any(
            self._speller.known(w) and not used_in(tokenize(w)[0], self._vocabulary)
            for w in _modifiers(obj)
            if w not in self._name_words
        )

    def _missing_product(self, text: str, obj: str | None = None) -> Part | None:
        """ "I don't have X in our range." for the product ``text`` asks about (``obj``, or
        the one :func:`product_object` finds) when the catalog and the knowledge base's words
        hold none of it; else None."""
        obj = obj or product_object(text)
        if obj is None:
            return None
        head = tokenize(obj)[-1:] if tokenize(obj) else []
        if not head or head[0] in GENERIC:
            return None
        if head[0] in self._vocabulary and not self._unknown_modifier(obj):
            return None  # "oat milk" is no "milk" of the knowledge base's milk drinks
        if not clean_echo(obj, text):  # "whats the monthly": no product named to echo
            return gap(NO_ECHO)
        if _CODE.fullmatch(obj):  # "a W-9", "a 1099": a form's code names no product
            return None
        if len(obj.split()) < 2 and not re.search(r"\b(?:sell|carry|stock|make)\b", text, re.I):
            return None  # "how much is parking ...": a bare word priced is no product asked
        if any(not self.unknown_terms(word) for word in obj.split() if word in SYNONYMS):
            return None
        if any(head[0] in tokenize(f"{e.name} {e.kind}") for e in self.catalog.entities):
            return None
        related = [
            e
            for e in self.catalog.entities
            if set(tokenize(obj)) - set(head) & set(tokenize(f"{e.name} {e.kind}"))
        ][:2]
        # the visitor's own determiner: "a milk frother" keeps its article, "tea" has none
        flat = normalise(text)
        said = (
            f"{article(obj)} {obj}" if re.search(rf"\b(?:a|an)\s+{re.escape(obj)}", flat) else obj
        )
        sentence = f"I don't have {said} in our range."
        if related:
            sentence += (
                " What we do have: " + "; ".join(the(e.name) + at_price(e) for e in related) + "."
            )
        else:
            sentence += f" What we do sell: {range_of(self.catalog)}."
        return gap(sentence, related)


def _modifiers(obj: str) -> list[str]:
    """The words before a product's head noun ("oat" of "oat milk")."""
    return [w for w in obj.split()[:-1] if tokenize(w) and w not in GENERIC]


def _part_after(rest: str, entity: Entity) -> str:
    """The word right after an entity's name when it names a part of it that one of the
    entity's own attribute labels names ("clarity cartridge": its "cartridge life"), else ""."""
    after = rest.split()[:1]
    labels = set(tokenize(" ".join(entity.attributes)))
    stem = tokenize(after[0]) if after else []
    return after[0] if stem and stem[0] in labels else ""
