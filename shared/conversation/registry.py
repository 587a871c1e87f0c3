"""The field registry: one spec per field that everything else reads.

A spec says which visitor types need the field, where it comes in the asking order, whether
sales needs it to act on the lead (``required``), whether free-text values accumulate, whether
a value shows commitment (an opening date stated firmly, a support service wanted; gear or a
volume describes a need and commits to nothing), and the English wording (ask, why,
acknowledge) from :mod:`shared.conversation.phrases`. Adding a field is one spec here, one
attribute in :class:`~shared.conversation.details.Details` and its wording.

What sales needs (documented in the README, "Conversation quality"):
- every lead: a way to reach them (email or phone); the name is asked but never required;
- new café: opening timeline, equipment needs, expected volume (coffee preferences optional);
  with the timeline known, gear or a volume is enough to qualify (``prospect.needs_closed``);
- existing café: pain points and number of locations (support needs optional); a café that
  says what it is after instead of what hurts (a service, gear, its volume, its coffee) has
  answered the "why" sales asks pain points for (``answered_by``); a stated volume or being a
  customer of ours closes the sites for qualifying, and a volume stops the sites being asked
  again once asked;
- a visitor who asked for sales (a person, a quote, samples, an order) and left a channel is
  qualified once one of those needs is known: after the request only a channel is asked, and
  the rest is what the sales call is for (``machine.is_qualified``).

A field may also be ``volunteered`` by a type that is never asked it: an existing café that
names the grinders it wants, its weekly volume or its blend has that stored for sales, but is
not asked for it; so does a new café that says how many sites it opens ("my first shop").
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from shared.conversation import phrases as p
from shared.conversation.kinds import CustomerType

NEW, EXISTING = CustomerType.NEW_CAFE, CustomerType.EXISTING_CAFE


@dataclass(frozen=True)
class FieldSpec:
    """Everything the engine knows about one field."""

    name: str
    order: dict[CustomerType, int]
    required: frozenset[CustomerType]
    contact: bool = False
    appended: bool = False
    commitment: bool = False
    volunteered: frozenset[CustomerType] = frozenset()
    answered_by: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[CustomerType, ...]:
        return tuple(self.order)

    @property
    def ask(self) -> tuple[str, ...]:
        return p.ASK[self.name]

    @property
    def why(self) -> str:
        return p.WHY[self.name]

    @property
    def ack(self) -> tuple[str, ...]:
        return p.ACK.get(self.name, ())


BOTH: frozenset[CustomerType] = frozenset()
ONLY_EXISTING = frozenset({EXISTING})
SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("name", {NEW: 2, EXISTING: 2}, BOTH, contact=True),
    FieldSpec("email", {NEW: 4, EXISTING: 4}, BOTH, contact=True),
    FieldSpec("phone", {NEW: 7, EXISTING: 6}, BOTH, contact=True),
    FieldSpec(
        "opening_timeline", {NEW: 1}, frozenset({NEW}), commitment=True, volunteered=ONLY_EXISTING
    ),
    FieldSpec("coffee_preferences", {NEW: 3}, BOTH, appended=True, volunteered=ONLY_EXISTING),
    FieldSpec(
        "equipment_needs",
        {NEW: 5},
        frozenset({NEW}),
        appended=True,
        volunteered=ONLY_EXISTING,
    ),
    FieldSpec("expected_volume", {NEW: 6}, frozenset({NEW}), volunteered=ONLY_EXISTING),
    FieldSpec(
        "pain_points",
        {EXISTING: 1},
        frozenset({EXISTING}),
        appended=True,
        answered_by=("support_needs", "equipment_needs", "expected_volume", "coffee_preferences"),
    ),
    # a volume stated sizes the account: the sites are asked once, not again after it is
    # passed over ("How many sites?" three times to an office that gave its 60 drinkers)
    FieldSpec(
        "locations",
        {EXISTING: 3},
        frozenset({EXISTING}),
        volunteered=frozenset({NEW}),
        answered_by=("expected_volume",),
    ),
    FieldSpec("support_needs", {EXISTING: 5}, BOTH, appended=True, commitment=True),
)
BY_NAME = {spec.name: spec for spec in SPECS}
CONTACT_FIELDS = tuple(s.name for s in SPECS if s.contact)
CHANNELS = ("email", "phone")
APPENDED_FIELDS = tuple(s.name for s in SPECS if s.appended)
COMMITMENT_FIELDS = tuple(s.name for s in SPECS if s.commitment)


def spec(field: str) -> FieldSpec:
    return BY_NAME[field]


def order_for(customer_type: CustomerType | None) -> tuple[str, ...]:
    """The asking order for a visitor type (empty for unknown visitors and casual browsers)."""
    if customer_type is None:
        return ()
    ranked = [(s.order[customer_type], s.name) for s in SPECS if customer_type in s.order]
    return tuple(name for _, name in sorted(ranked))


def fields_for(customer_type: CustomerType | None) -> tuple[str, ...]:
    """Every field asked of this type of visitor, contact details first."""
    order = order_for(customer_type)
    return tuple(f for f in CONTACT_FIELDS if f in order) + tuple(
        f for f in order if f not in CONTACT_FIELDS
    )


def stored_for(customer_type: CustomerType | None) -> tuple[str, ...]:
    """Every field kept from this type of visitor: the fields asked, then those volunteered."""
    asked = fields_for(customer_type)
    extra = tuple(s.name for s in SPECS if customer_type in s.volunteered and s.name not in asked)
    return asked + extra


def business_fields(customer_type: CustomerType | None) -> tuple[str, ...]:
    return tuple(f for f in fields_for(customer_type) if f not in CONTACT_FIELDS)


def closes(field: str, collected: Container[str]) -> bool:
    """The field is answered: collected, or another field it is ``answered_by`` is."""
    return field in collected or any(f in collected for f in BY_NAME[field].answered_by)


def required_for(customer_type: CustomerType | None) -> tuple[str, ...]:
    """The business fields sales needs before a lead is qualified (a channel is needed too)."""
    return tuple(f for f in business_fields(customer_type) if customer_type in BY_NAME[f].required)


ALL_FIELDS = tuple(s.name for s in SPECS)
