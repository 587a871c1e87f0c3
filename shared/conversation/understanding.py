"""What one visitor message says, as the engine needs it, and the brain interface producing it.

Every brain (the local rules-and-embeddings brain, an LLM brain) returns the same
:class:`Understanding`, so the state machine never depends on how a message was read. The brain
is the only reader of the message: it also decides whether the knowledge base is searched
(``retrieve``), so a different brain controls retrieval too.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from shared.conversation.details import Details
from shared.conversation.kinds import CustomerType
from shared.conversation.state import ConversationState, PendingEmail
from shared.understanding.meta import MetaTopic

Channel = Literal["email", "phone"]


class Understanding(BaseModel):
    """The signals and details found in one message.

    - ``details``: every field value the message gives, whatever was asked.
    - ``refused``: fields the visitor declines to give (several at once: "no email or phone").
    - ``retrieve``: search the knowledge base and answer (a product or policy question).
    - ``topic_only``: the lookup stands only if the knowledge base answers it (a first message
      that is a topic typed alone, "sales number"); else the turn is read as an opening
      ("greetings", "questions"), never answered with "I don't know".
    - ``asked_back``: the answer asks which item the visitor means ("Which one do you mean:
      the Pico 1-Group or the Lumen 2-Group?"), so the reply asks no field besides it.
    - ``human`` / ``contact_by``: the visitor wants a person; by which channel, if said.
    - ``correction``: the message corrects an earlier value (replace, never append).
    - ``privacy``: the visitor asks us to erase their details (or what we hold about them);
      ``privacy_fields``: the one contact field it names ("delete my phone number"), if so;
      ``privacy_clear``: the request names the visitor's own data in words ("please delete my
      info", "erase everything"), not a pronoun or the classifier's reading alone.
    - ``taken_back``: contact fields taken back with no erasure asked ("actually scratch the
      phone number", "don't use my email"): dropped and refused, the turn goes on.
    - ``dropped_items``: items of the stored equipment list the message takes out ("scratch
      the grinder", "just the Lumen then"): removed before its own items are merged.
    - ``call_time``: the time a correction gives a call already asked for ("earlier I said
      Tuesday, I meant Thursday. after 2pm" -> "Thursday after 2pm"), said back as noted.
    - ``language``: ISO 639-1 code when the message is not in English.
    - ``query``: what the knowledge base is searched with when it is not the message itself
      (the English gloss of a message in another language, or the ask of a message that
      states the visitor's situation beside it).
    - ``situation``: what such a message says about the visitor around its ask ("we're a café
      in calgary", "acct 20417"): kept apart, the ask searched from the place it names
      (:mod:`shared.understanding.asked_context`).
    - ``meta`` / ``meta_field``: a question about the bot itself ("why do you need my email?").
    - ``pressed``: the question presses for its exact answer ("what's in the kit exactly?"): an
      answer the previous reply gave is said again plainly, not "As I mentioned".
    - ``small_talk``: chit-chat that asks and gives nothing ("lol ur fast").
    - ``buy``: the visitor asks whether or where they can buy ("can i buy one bag?").
    - ``venue``: the kind of venue the message names ("office", "food truck"), for the reply.
    - ``self_contact``: the visitor will contact sales themselves ("I'll call your sales
      tomorrow"): no channel is asked any more.
    - ``declined_contact``: the visitor declines sales or a call for now ("not ready to talk to
      a sales person yet"): never a handoff; the reply acknowledges it and goes on.
    - ``withholds_contact``: a contact detail refused while saying they only want information
      ("not giving my email, I just want prices", "only collecting figures", "no mailing
      list"): contact declined in general, no contact detail is asked until they offer one or
      ask for a next step.
    - ``tentative``: the message hedges its plan ("thinking about ... next spring"): a date
      said that way shows interest, not commitment.
    - ``unsure_plans``: the plan itself is undecided or the visitor is only looking ("not sure
      yet", "if the money works out", "just looking"): no contact detail is asked until they
      ask for a next step (``docs/decisions/when-contact-is-asked.md``).
    - ``agenda``: the message is a pasted list or a letter of three lines or more: the visitor
      sets the pace, and no contact detail is asked until they ask for a next step.
    - ``leaving``: the business closes, is sold, or cancels its service with us: no sales
      questions and no contact asked unless they ask for a person.
    - ``whereabouts``: the places the visitor says they are at or want goods sent to, by their
      gazetteer names ("we're in boise", "ship to australia"); ``unserved`` is set from them by
      the chat, which knows where the company delivers: True when every one lies outside that
      area (nothing can be sold there: no sales questions, no contact asked unless they ask
      for a person), False when one lies inside, None when none was said.
    - ``support_issue``: True for a current fault on owned equipment or an order problem,
      False when the classifier is confident it is not one (a hypothetical), None undecided.
    - ``existing_customer``: the message says the visitor already buys from us (an order, a
      plan, equipment bought from us, an account), not merely that they own a machine.
    - ``typed_by_ticket``: the type (an existing café) comes from the ticket this message
      opens alone, not from anything it says of the business.
    - ``name_from_address``: the name is the first name the email's local part spells
      ("aisha.bello@..."), not one the visitor typed: the reply says it back to be corrected.
    - ``name_of_principal``: the name is of the person the writer writes for ("on behalf of
      Mr. Farrow ... ring him on ..."), not the writer's: the reply notes them as the contact
      and greets nobody by it.
    - ``interest``: catalog items the visitor asks or talks about, by the need they belong to
      ("how much is the multi site plan?" -> support_needs "Multi-site plan"); not details the
      message states: a business visitor's needs record them, as interest, never commitment.
    - ``topic``: the field of the visitor's own the message asks about without giving it ("how
      many drinks? whats normal" -> expected_volume): a bare number next answers it.
    - ``supposed_volume``: a volume the message supposes without stating it ("if we bumped to
      160 lb/month, would that qualify?"): a later "we'll go to 160" takes it up.
    - ``phone_start``: the digits of a phone the message breaks off at its end ("my cell is
      306 555"): the next message may finish it ("0155 sorry").
    """

    customer_type: CustomerType | None = None
    venue: str | None = None
    details: Details = Field(default_factory=Details)
    email_typo: PendingEmail | None = None
    phone_start: str | None = None
    invalid_contact: str | None = None
    refused: list[str] = Field(default_factory=list)
    question: bool = False
    retrieve: bool = False
    topic_only: bool = False
    asked_back: bool = False
    restart: bool = False
    human: bool = False
    contact_by: Channel | None = None
    goodbye: bool = False
    business_context: bool = False
    commitment: bool = False
    affirm: bool = False
    deny: bool = False
    keep_typed: bool = False
    skip: bool = False
    dodge: bool = False
    unreadable: bool = False
    correction: bool = False
    privacy: bool = False
    privacy_fields: list[str] = Field(default_factory=list)
    privacy_clear: bool = False
    taken_back: list[str] = Field(default_factory=list)
    dropped_items: list[str] = Field(default_factory=list)
    call_time: str | None = None
    language: str | None = None
    query: str | None = None
    situation: str | None = None
    meta: MetaTopic | None = None
    meta_field: str | None = None
    pressed: bool = False
    small_talk: bool = False
    buy: bool = False
    tentative: bool = False
    unsure_plans: bool = False
    agenda: bool = False
    leaving: bool = False
    whereabouts: list[str] = Field(default_factory=list)
    unserved: bool | None = None
    self_contact: bool = False
    declined_contact: bool = False
    withholds_contact: bool = False
    support_issue: bool | None = None
    existing_customer: bool = False
    typed_by_ticket: bool = False
    name_from_address: bool = False
    name_of_principal: bool = False
    interest: dict[str, str] = Field(default_factory=dict)
    topic: str | None = None
    supposed_volume: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        """The details given, as ``{field: value}`` (read-only view of ``details``)."""
        return self.details.filled()

    def add(self, values: dict[str, Any]) -> None:
        """Record more details (later values win)."""
        self.details = self.details.with_values(values)

    def drop(self, field: str) -> None:
        self.details = Details.model_validate({k: v for k, v in self.fields.items() if k != field})

    @property
    def gave_details(self) -> bool:
        """The message carried at least one field value or contact detail."""
        return bool(self.fields or self.email_typo)


class Brain(Protocol):
    """Reads a message in the context of the conversation so far (the only reader of it)."""

    async def understand(self, message: str, state: ConversationState) -> Understanding: ...

    def foresee(self, message: str, locale: str | None) -> None:
        """Before the state is read, start what reading ``message`` will need (may do nothing)."""
