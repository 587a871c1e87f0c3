"""Answers that pick among the catalog's members: a free offer read with its condition, and
the members a described quality picks (see :mod:`shared.rag.offers` and
:mod:`shared.rag.members`). The layer of the answerer between the gaps
(:class:`~shared.rag.gaps.CatalogGaps`) and :class:`~shared.rag.answering.Answerer`.
"""

from __future__ import annotations

from shared.catalog.model import Entity
from shared.rag.gaps import CatalogGaps
from shared.rag.matching import evidence_of
from shared.rag.offers import asks_free, covered, find_offer, offered_kinds
from shared.rag.parts import Part, entity_source
from shared.rag.phrasing import attribute_sentence, price_sentence, the
from shared.rag.question import refers_back
from shared.rag.resolve import Resolved, resolve
from shared.understanding.asked import (
    asks_more,
    asks_price,
    purchase_condition,
    stated_purchase,
)


class ChosenAnswers(CatalogGaps):
    """Offers with their conditions and members picked by a described quality."""

    def _offer(self, text: str, resolved: Resolved, context: list[str]) -> Part | None:
        """A free offer asked of the items bought (:mod:`shared.rag.offers`; named, or the
        entities discussed when the question points back: "free with it?"): yes when its
        condition names them, else no with the offered item's own price."""
        # "if i buy the lumen, how much more for the training?" asks the offer as much as
        # "is the training free with it?"
        # a purchase the visitor states ("we're upgrading to a lumen 3 group. need 3 staff
        # trained, what's that cost?") conditions the offer asked beside it as "if we buy" does
        condition = purchase_condition(text) or stated_purchase(text)
        if not (asks_free(text) or condition) or self._sentences is None:
            return None
        kinds = offered_kinds(text, self.catalog)
        bought = [e for e in resolved.entities if e.kind not in kinds]
        if condition and not bought:  # "a lumen": a family names its members
            bought = resolve(self.catalog, condition, context).entities
        if not bought and refers_back(text):
            earlier = [e for n in context if (e := self.catalog.get(n)) is not None]
            bought = [e for e in earlier if e.kind not in kinds]
        if not kinds or not bought:
            return None
        offer = find_offer((s.text for s in self._sentences.sentences), self.catalog, kinds)
        if offer is None:
            return None
        shown = [offer.offered, *bought]
        if covered(offer, bought) and condition and asks_price(text):  # "how much more?"
            # "what's that cost?" beside a purchase stated asks no "more"
            lead = "Nothing more: it" if asks_more(text) else "It"
            said = f"{lead} comes at no charge. {offer.sentence}"
        elif covered(offer, bought):
            said = f"It's included: {offer.sentence}"  # "is it free?" and "do we still pay?" alike
        else:
            names = " and ".join(the(e.name) for e in bought)
            said = f"Not with {names}: {offer.sentence} {price_sentence(offer.offered)}"
        sources = [entity_source(e) for e in shown]
        return Part(said, True, shown, sources, [offer.sentence, *evidence_of(shown)])

    def _offer_asked(self, question: str, context: list[str]) -> Part | None:
        """A free offer asked of the whole message under a purchase it states ("If I buy the
        Lumen 2-Group, how much more do I pay for the barista training?"), before the message
        is split into the purchase and the ask."""
        if purchase_condition(question) is None and stated_purchase(question) is None:
            return None
        return self._offer(question, resolve(self.catalog, question, context), context)

    def _described(self, found: list[tuple[Entity, str]]) -> Part:
        """The members a described quality picked, each with the attribute that holds it and
        the sentence of its section that describes it ("Sunrise ... roasted light to keep its
        floral character"), then its price."""
        entities = list({e.name: e for e, _ in found}.values())
        said = []
        for entity in entities:
            labels = [label for e, label in found if e.name == entity.name]
            said.append(attribute_sentence(entity, labels))
            said.append(price_sentence(entity))
        sources = [entity_source(e) for e in entities]
        return Part(" ".join(said), True, entities, sources, evidence_of(entities))
