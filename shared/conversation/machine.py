"""The conversation state machine: pure functions from (state, understanding) to a new state.

No I/O here. :func:`advance` applies one message: visitor type, collected details (email typos
wait for confirmation), refusals, skips, stage changes (never backwards except on "start over"),
lead events into the outbox, and which field the reply asks for. The reply itself is written
by :mod:`shared.conversation.replies` from the returned :class:`Plan`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from shared.conversation.asking import contact_to_ask, is_open, next_field
from shared.conversation.lead_outbox import reached_sales, record_erasure, record_events
from shared.conversation.prospect import (
    BUSINESS_TYPES,
    HELD_UNTIL_TYPED,
    a_need_stored,
    commitment_order,
    dropped_on_browsing,
    has_contact,
    is_business,
    is_prospect,
    kept_fields,
    leaves_browsing,
    needs_closed,
    states_needs,
)
from shared.conversation.registry import (
    APPENDED_FIELDS,
    CHANNELS,
    COMMITMENT_FIELDS,
    CONTACT_FIELDS,
    closes,
)
from shared.conversation.state import (
    MAX_ASKS,
    ConversationState,
    CustomerType,
    Stage,
)
from shared.conversation.understanding import Understanding
from shared.understanding.entities.catalog_items import same_items
from shared.understanding.entities.clauses import unseen_items
from shared.understanding.entities.emails import canonical
from shared.understanding.entities.equipment import corrected_list
from shared.understanding.entities.interest import kept_specific, merge_items
from shared.understanding.entities.order_total import corrected_part, with_part_replaced
from shared.understanding.entities.orders import is_order_problem
from shared.understanding.entities.timeline import precision
from shared.understanding.entities.volume_parts import merged_volume
from shared.understanding.gear_revisions import without_items

MAX_TEXT = 300
REDIRECT_AFTER = 3
MAX_WELCOMES = 1
MAX_REDIRECTS = 2


class Plan(BaseModel):
    """What happened in this turn, for the reply writer."""

    restarted: bool = False
    new_type: CustomerType | None = None
    customer_now: bool = False
    venue: str | None = None
    collected_now: list[str] = Field(default_factory=list)
    corrected: list[str] = Field(default_factory=list)
    call_time: str | None = None
    confirm_email: str | None = None
    email_confirmed: bool = False
    retype_email: bool = False
    invalid_contact: str | None = None
    refused: list[str] = Field(default_factory=list)
    offer_alternative: str | None = None
    skipped_now: list[str] = Field(default_factory=list)
    skip_asked: bool = False
    declined_contact: bool = False
    handoff_now: bool = False
    unreachable: bool = False
    language: str | None = None
    language_notice: bool = False
    language_handoff: bool = False
    privacy_confirm: bool = False
    removed: list[str] = Field(default_factory=list)
    support_now: bool = False
    home_purchase: bool = False
    unserved_now: bool = False  # the visitor just said they are outside the area we deliver to
    erased: bool = False
    erased_shared: bool = False
    erased_ticket: bool = False  # the erasure reaches the support tickets the conversation filed
    # contact details given this turn that the state will not hold (erased earlier on request):
    # the stored transcript line leaves them out too
    withheld: dict[str, str] = Field(default_factory=dict)
    privacy_kept: bool = False
    read_back: bool = False
    meta: str | None = None
    meta_field: str | None = None
    pressed: bool = False  # the question pressed for its exact answer ("... exactly?")
    wrap_up: bool = False
    goodbye: bool = False
    question: bool = False
    dodge: bool = False
    unreadable: bool = False
    qualified_now: bool = False
    returning: bool = False
    redirect: bool = False
    name_from_address: bool = False
    name_of_principal: bool = False
    ask: str | None = None
    ask_count: int = 0
    welcome: bool = False


def advance(
    state: ConversationState, heard: Understanding, now: datetime
) -> tuple[ConversationState, Plan]:
    """Apply one understood message to the state; returns the new state and the turn plan."""
    s = state.copied()
    s.turns += 1
    s.updated_at = now
    plan = Plan(
        question=heard.question,
        pressed=heard.pressed,
        dodge=heard.dodge,
        unreadable=heard.unreadable,
        invalid_contact=heard.invalid_contact,
    )
    if heard.restart:
        return restarted(s, now), Plan(restarted=True)
    s.closed = False
    s.visitor_topic = heard.topic  # a bare number next answers it ("how many drinks?" .. "150")
    s.supposed_volume = heard.supposed_volume or s.supposed_volume  # "we'll go to 160" takes it
    s.phone_start = heard.phone_start  # "my cell is 306 555" waits one turn for its end
    pending = state.asking
    if heard.language:
        plan.language_notice = s.language != heard.language
        s.language = plan.language = heard.language
    plan.meta, plan.meta_field = heard.meta, heard.meta_field or pending
    apply_customer_type(s, heard, plan)  # the kind of business is no personal detail
    plan.customer_now = heard.existing_customer and not s.existing_customer
    s.existing_customer = s.existing_customer or heard.existing_customer
    s.unsure_plans = s.unsure_plans or heard.unsure_plans
    s.agenda = s.agenda or heard.agenda
    s.leaving = s.leaving or heard.leaving
    plan.unserved_now = bool(heard.unserved) and not s.unserved
    s.unserved = s.unserved if heard.unserved is None else heard.unserved
    if apply_privacy(s, heard, plan):
        return s, plan
    take_back(s, heard)
    drop_items(s, heard, plan)
    plan.call_time = heard.call_time if s.handoff else None
    plan.support_now = heard.support_issue is True
    s.support = s.support or plan.support_now
    collect(s, offered(heard, plan), plan, heard.correction)
    plan.name_from_address = heard.name_from_address and "name" in plan.collected_now
    plan.name_of_principal = heard.name_of_principal and "name" in plan.collected_now
    if not plan.removed:
        record_interest(s, heard.interest)
    confirm_email(s, heard, plan)
    apply_refusal(s, heard, plan)
    apply_self_contact(s, heard, plan)
    hold_contact(s, heard)
    skip_pending(s, heard, pending, plan)
    track_progress(s, heard, plan)
    s.answered = heard.retrieve
    apply_handoff(s, heard, plan)
    hand_off_in_language(s, plan)
    s.business_context = s.business_context or heard.business_context or is_business(s)
    s.business_context = s.business_context or states_needs(plan.collected_now)
    s.commitment = s.commitment or commits(s, heard, plan)
    plan.qualified_now = move_stage(s) and state.stage is not Stage.QUALIFIED
    record_events(s, now)
    plan.goodbye = heard.goodbye and not heard.question
    s.closed = plan.goodbye
    if plan.goodbye and leaves_browsing(s):
        s.customer_type = CustomerType.CASUAL_BROWSER
        dropped_on_browsing(s)
    choose_ask(s, heard, plan, pending)
    plan.unreachable = s.handoff and not has_contact(s) and plan.ask is None
    # an erased lead keeps its stage but leaves sales no way to reach it: no "in touch soon"
    qualified = s.stage is Stage.QUALIFIED and has_contact(s)
    plan.wrap_up = qualified and plan.ask is None and not s.wrapped_up
    plan.wrap_up = plan.wrap_up and not s.handoff and not plan.goodbye
    s.wrapped_up = s.wrapped_up or plan.wrap_up
    browsing = s.customer_type is CustomerType.CASUAL_BROWSER
    plan.home_purchase = heard.buy and browsing and not plan.goodbye
    count_welcome(s, heard, plan)
    return s, plan


def count_welcome(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """With nothing else to say to an unknown visitor, the reply asks what brings them here
    (twice at most); the ask is counted here so the reply writer stays pure."""
    quiet = not (
        heard.retrieve
        or heard.unreadable
        or plan.collected_now
        or plan.refused
        or plan.skipped_now
        or plan.meta
        or plan.goodbye
        or plan.ask
        or plan.new_type
        or plan.invalid_contact
        or plan.confirm_email
        or plan.language_notice
    )
    erased = set(CONTACT_FIELDS) <= set(s.refused)
    idle = not (s.handoff or s.wrapped_up or s.support or erased) and s.customer_type is None
    if quiet and idle and s.welcome_asks < MAX_WELCOMES:
        s.welcome_asks += 1
        plan.welcome = True


def apply_handoff(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """A request for a person: flag the conversation and remember the channel asked for."""
    if heard.human:
        plan.handoff_now = not s.handoff or heard.contact_by is not None
        s.handoff = True
        s.contact_by = heard.contact_by or s.contact_by


def apply_privacy(s: ConversationState, heard: Understanding, plan: Plan) -> bool:
    """A request naming one contact field removes it at once ("delete my phone number"), and so
    does a request that names the visitor's own data in words ("please delete my info", "erase
    everything you have on me"): the reply confirms what was erased. A request read only from a
    pronoun or by the classifier ("can you get rid of it all") is confirmed first: a yes (or the
    request made again) erases the details this conversation holds, a no keeps them; anything
    else asks once more, then the conversation goes on with nothing erased. A read-back
    question ("what have you saved about me?") lists what is held and offers the erasure (see
    :func:`read_back`). True when the turn is only that: a partial erasure that also gives
    another contact detail ("delete my phone, email only: kim@...") goes on to store it (the
    removed field is refused, so it is not stored again)."""
    offered, s.privacy_offered = s.privacy_offered, False
    if offered and takes_offer(heard):
        erase_all(s, plan)
    elif heard.privacy_fields:
        remove_fields(s, heard.privacy_fields, plan)
        if set(heard.fields) & set(CONTACT_FIELDS) - set(heard.privacy_fields):
            return False
    elif heard.privacy_clear or (s.privacy_pending and (heard.privacy or heard.affirm)):
        erase_all(s, plan)
    elif heard.meta == "held" and not heard.privacy:
        read_back(s, plan)  # the details given beside it are stored before they are listed
        return False
    elif heard.privacy or (s.privacy_pending and not heard.deny and s.privacy_asks < CONFIRM_ASKS):
        s.privacy_pending = True
        s.privacy_asks += 1
        plan.privacy_confirm = True
    elif s.privacy_pending:
        s.privacy_pending, s.privacy_asks = False, 0
        plan.privacy_kept = heard.deny
        return False
    else:
        plan.privacy_kept = offered and heard.deny and not heard.fields
        return False
    s.asking = None
    return True


def erase_all(s: ConversationState, plan: Plan) -> None:
    """Erase every detail this conversation holds (the service redacts its transcript); when
    the lead had reached sales or a support ticket was filed, ``lead.erased`` is recorded so they
    are erased too."""
    s.privacy_pending = False
    plan.erased = True
    erase(s)
    plan.erased_ticket = s.tickets is True
    plan.erased_shared = reached_sales(s)
    record_erasure(s, s.updated_at, everything=True)


def takes_offer(heard: Understanding) -> bool:
    """The answer to the read-back's offer to delete accepts it: an erasure request, or a bare
    yes ("right, and we open in may" goes on with the conversation, it accepts nothing)."""
    return heard.privacy or (heard.affirm and not heard.fields and not heard.question)


#: times "Shall I erase ...?" is asked before the conversation goes on with nothing erased
CONFIRM_ASKS = 2


def read_back(s: ConversationState, plan: Plan) -> None:
    """ "What have you saved about me?": the reply lists what is held and, when something is,
    offers to delete it. The offer holds for the next message only: an erasure request or a
    bare yes erases, anything else goes on with nothing erased (the question alone erases
    nothing)."""
    plan.read_back = True
    s.privacy_offered = True


def offered(heard: Understanding, plan: Plan) -> dict[str, Any]:
    """The details to store from this message: after a partial erasure only the contact
    details given instead ("delete my phone, email only: kim@..."); the rest of that message
    is about the erasure ("my husband will lose it if sales people call" is no pain point)."""
    if not plan.removed:
        return heard.fields
    return {k: v for k, v in heard.fields.items() if k in CONTACT_FIELDS}


def remove_fields(s: ConversationState, fields: list[str], plan: Plan) -> None:
    """Remove the named contact details and never ask for them again; a lead at sales that
    held one of them is computed again without them (``lead.updated``)."""
    held = any(field in s.collected for field in fields)
    for field in fields:
        s.collected.pop(field, None)
        s.refused = list(dict.fromkeys([*s.refused, field]))
        s.erased = list(dict.fromkeys([*s.erased, field]))
    if "email" in fields:
        s.pending_email = None
    plan.removed = fields
    plan.erased_shared = held and record_erasure(s, s.updated_at, everything=False)


def erase(s: ConversationState) -> None:
    """Forget every detail given; contact details are not asked for again."""
    s.collected, s.held, s.pending_email, s.phone_start = {}, {}, None, None
    s.refused = list(dict.fromkeys([*s.refused, *CONTACT_FIELDS]))
    s.erased = list(dict.fromkeys([*s.erased, *CONTACT_FIELDS]))
    s.closed = True


def take_back(s: ConversationState, heard: Understanding) -> None:
    """A contact detail taken back ("actually scratch the phone number, email me the quote
    instead") leaves the collected fields at once; the refusal read with it keeps it from being
    asked again, and the rest of the message goes on as usual (no erasure reply). A lead at
    sales that held it is computed again without it (``lead.updated``)."""
    dropped = [f for f in heard.taken_back if f in s.collected and f not in heard.fields]
    for field in dropped:
        s.collected.pop(field)
    if "email" in heard.taken_back and "email" not in heard.fields:
        s.pending_email = None
    if dropped:
        record_erasure(s, s.updated_at, everything=False)


def drop_items(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """Gear taken out of the stored needs ("scratch the grinder", "just the Lumen then")
    leaves the list before the message's own items join it; what is left is said back as
    updated (the field goes when nothing is left)."""
    stored = s.collected.get("equipment_needs")
    if not heard.dropped_items or not isinstance(stored, str):
        return
    left = without_items(stored, heard.dropped_items)
    if left == stored:
        return
    if left:
        s.collected["equipment_needs"] = left
        plan.collected_now.append("equipment_needs")
        plan.corrected.append("equipment_needs")
    else:
        s.collected.pop("equipment_needs")


def hand_off_in_language(s: ConversationState, plan: Plan) -> None:
    """In another language, a contact given is a request for a person who can answer in it:
    hand off (the language is kept in the state) instead of repeating the English-only notice.
    The handoff is announced on the turn it happens or a contact arrives; later turns in that
    language get the ordinary reply (their questions are still answered)."""
    if plan.language and has_contact(s):
        plan.handoff_now = plan.handoff_now or not s.handoff
        contact_now = any(f in CHANNELS for f in plan.collected_now)
        plan.language_handoff = plan.handoff_now or contact_now
        s.handoff = True


def restarted(s: ConversationState, now: datetime) -> ConversationState:
    """A fresh conversation that keeps its history: context, outbox, timestamps, turn count."""
    keep = {"context", "outbox", "created_at", "turns", "last_reply"}
    data = {k: v for k, v in s.model_dump().items() if k in keep}
    return ConversationState.model_validate({**data, "updated_at": now})


def apply_customer_type(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """Set the type; a business is never downgraded to a casual browser, and a new café and a
    running one swap only on a correction (an owner's second site or new machine is not a new
    café; "my customers" said of a café being opened is not a running one)."""
    found = heard.customer_type
    if found is None or found == s.customer_type:
        return
    if found is CustomerType.CASUAL_BROWSER and is_business(s):
        return
    if found in BUSINESS_TYPES and is_business(s) and not heard.correction:
        return
    s.customer_type = found
    plan.new_type, plan.venue = found, heard.venue
    if found is CustomerType.CASUAL_BROWSER:
        dropped_on_browsing(s)


def merged(field: str, old: Any, new: Any, correction: bool = False) -> Any:
    """Free-text details accumulate (unless corrected), a catalog product in place of a generic
    item of its kind; a volume in another measure joins the one held; everything else is
    replaced. A corrected equipment list keeps the items
    of other kinds than the corrected ones."""
    if correction and field == "equipment_needs" and isinstance(old, str) and old:
        return corrected_list(old, kept_specific(old, str(new)))[:MAX_TEXT]
    fix = corrected_part(new) if field == "expected_volume" and isinstance(new, str) else None
    if fix:  # "140 lb not 120" replaces that part of an order told in parts
        whole = with_part_replaced(old, *fix) if isinstance(old, str) else None
        return whole or str(new).split(",")[0]
    if correction:
        return new
    if field == "expected_volume" and isinstance(old, str) and isinstance(new, str):
        return merged_volume(old, new)  # "60 cups each Sunday" and "10 lb a month" are both kept
    if field in APPENDED_FIELDS and isinstance(old, str) and isinstance(new, str):
        old, new = merge_items(old, new)  # "espresso machine" then "Lumen 2-Group"
        fresh = unseen_items(old, new) if new else ""
        return f"{old}; {fresh}"[:MAX_TEXT] if fresh else old
    return new


STABLE_FIELDS = ("locations",)


def may_replace(s: ConversationState, field: str, correction: bool, new: Any = None) -> bool:
    """A count of sites already given changes only on a correction or when it is asked again:
    one mentioned in passing never overwrites it ("5 shops", then "when a machine goes down at
    one shop"). A timeline changes on those or for one at least as precise ("next spring",
    then "we want to open in April"), never for a vaguer one said in passing ("not before
    november", then "400 drinks a day once term starts"). Other fields are replaced or
    accumulate as before."""
    if correction or s.asking == field:
        return True
    if field == "opening_timeline":
        old = s.collected.get(field)
        return not isinstance(old, str) or precision(str(new)) <= precision(old)
    return field not in STABLE_FIELDS


def collect(
    s: ConversationState, found: dict[str, Any], plan: Plan, correction: bool = False
) -> None:
    """Store every detail the visitor gave that this visitor type keeps: every field before
    the type is known (:mod:`shared.conversation.prospect`).

    Details held by a state stored before untyped visitors' details were kept are applied
    once the type is known; a free-text one given again on that turn is added to the held one,
    other fields take the new value.
    """
    allowed = kept_fields(s)
    if s.customer_type is None:  # a pain of someone not known to run a business waits
        hold(s, {k: v for k, v in found.items() if k in HELD_UNTIL_TYPED})
    elif s.held and is_business(s):
        given = {k: merged(k, v, found.get(k, v)) for k, v in s.held.items()}
        found, s.held = {**found, **given}, {}
    for field, value in found.items():
        if field in s.erased:  # erased on request: given again, held nowhere
            plan.withheld[field] = str(value)
            continue
        if field in s.refused and field in CONTACT_FIELDS:  # "no phone" .. "ok, 208-555-0174"
            s.refused.remove(field)
        if field not in allowed or field in s.refused:
            continue
        old = s.collected.get(field)
        if old is not None and not may_replace(s, field, correction, value):
            continue
        value = merged(field, old, value, correction)
        if field == "equipment_needs" and same_items(old, value):
            s.collected[field] = value  # said again by another name: no news to acknowledge
        elif old != value:
            s.collected[field] = value
            plan.collected_now.append(field)
            if correction and old is not None:
                plan.corrected.append(field)
        if field in s.skipped:
            s.skipped.remove(field)
    if "email" in found:
        s.pending_email = None


def hold(s: ConversationState, found: dict[str, Any]) -> None:
    """Keep a detail until the type is known (free text accumulates)."""
    for field, value in found.items():
        old = s.held.get(field)
        s.held[field] = merged(field, old, value) if old is not None else value


def record_interest(s: ConversationState, interest: dict[str, str]) -> None:
    """Catalog items the visitor asked or talked about join the needs their type stores, as a
    careful sales person notes them: not as details given this turn (no acknowledgement, no
    commitment, no progress). Before the type is known they are stored like other details, but
    a service (a commitment field) only counts once asked for; a casual browser's are dropped.
    A service a new café asks for ("how much is the consulting?") is kept though it is never
    asked one: only the interest reader's catalog services, not a clause about service."""
    if s.customer_type is None:
        interest = {k: v for k, v in interest.items() if k not in COMMITMENT_FIELDS}
    allowed = (*kept_fields(s), *(("support_needs",) if is_business(s) else ()))
    for field, value in interest.items():
        if field in allowed and field not in s.refused:
            old = s.collected.get(field)
            s.collected[field] = merged(field, old, value) if old is not None else value


def confirm_email(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """Typo'd emails wait for a yes (store the suggestion) or a no (store as typed, or retype)."""
    if "email" in heard.fields:
        return
    if heard.email_typo is not None and "email" not in s.refused:
        s.pending_email = heard.email_typo
        plan.confirm_email = heard.email_typo.suggested
        return
    pending = s.pending_email
    if pending is None:
        return
    if heard.deny:
        s.pending_email = None
        if heard.keep_typed and canonical(pending.typed):
            store_email(s, pending.typed, plan)
        else:
            plan.retype_email = True
    elif heard.affirm:
        store_email(s, pending.suggested, plan)
    else:
        plan.confirm_email = pending.suggested


def store_email(s: ConversationState, address: str, plan: Plan) -> None:
    s.collected["email"] = address
    s.pending_email = None
    plan.email_confirmed = True
    plan.collected_now.append("email")


def apply_refusal(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """Refused fields are never asked again; the other channel is offered once, if open."""
    fields = [f for f in heard.refused if f not in s.collected and f not in heard.fields]
    for field in fields:
        if field not in s.refused:
            s.refused.append(field)
        if field == "email":
            s.pending_email = None
    plan.refused = fields
    if len(fields) != 1 or fields[0] in s.alternative_offered:
        return
    field = fields[0]
    s.alternative_offered.append(field)
    other = {"email": "phone", "phone": "email"}.get(field)
    if (
        other is None
        or (other not in s.refused and other not in s.collected)
        or other in s.collected
    ):
        plan.offer_alternative = field


def apply_self_contact(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    """ "I'll call your sales myself", "ill reach out if i want it": no contact detail is asked
    or offered any more (skipped, not refused; one given later is still taken)."""
    plan.declined_contact = heard.declined_contact and not heard.human
    if heard.self_contact:
        open_fields = [f for f in CONTACT_FIELDS if f not in s.collected and f not in s.skipped]
        s.skipped.extend(open_fields)
        plan.offer_alternative = None


def hold_contact(s: ConversationState, heard: Understanding) -> None:
    """ "Not giving my email, I just want prices": contact is declined in general, and no
    contact detail is asked until the visitor offers one or asks for a next step (a person, a
    quote, "email me"); the refused detail stays refused."""
    offered = any(field in CONTACT_FIELDS for field in heard.fields)
    if heard.human or offered:
        s.contact_declined = False
    elif heard.withholds_contact:
        s.contact_declined = True


def skip_pending(
    s: ConversationState, heard: Understanding, pending: str | None, plan: Plan
) -> None:
    """Skip the asked field when the visitor asks to, or after its third unanswered ask, or
    its second when the visitor gives no answer or says goodbye ("great, thanks, talk soon"
    after two asks of the volume: sales has what it will get from this chat)."""
    if pending is None or pending not in s.missing() or pending in heard.fields:
        return
    if s.pending_email is not None and pending == "email":
        return
    asked = s.ask_counts.get(pending, 0)
    gave_up = heard.dodge and asked >= 2
    left = heard.goodbye and asked >= 2
    if heard.skip or gave_up or left or asked >= MAX_ASKS:
        s.skipped.append(pending)
        plan.skipped_now.append(pending)
        plan.skip_asked = heard.skip or gave_up


def track_progress(s: ConversationState, heard: Understanding, plan: Plan) -> None:
    progress = bool(plan.collected_now)
    if heard.question:
        s.rag_questions += 1
    if progress:
        s.questions_since_progress = 0
    elif heard.question:
        s.questions_since_progress += 1


def commits(s: ConversationState, heard: Understanding, plan: Plan) -> bool:
    """Commitment: a request to proceed (a person, a quote, samples, an order, "I'll call your
    sales tomorrow"), a concrete step (a budget, a lease, an account), or a commitment field of
    this type given in a message that does not hedge it ("opening in April", not "thinking
    about a cart next spring"). Gear or a volume describes a need and commits to nothing; so
    does a field of another type mentioned in passing, and the repair of a fault reported."""
    if not (is_business(s) or s.business_context):
        return False
    asked = commitment_order(s)
    given = [f for f in plan.collected_now if f in COMMITMENT_FIELDS and f in asked]
    problem = heard.support_issue or is_order_problem(heard.fields.get("support_needs"))
    if problem:  # a repair needed for a fault or an order gone wrong is no intent to buy
        given = [f for f in given if f != "support_needs"]
    return heard.commitment or heard.human or (bool(given) and not heard.tentative)


def is_qualified(s: ConversationState) -> bool:
    """A way to reach them and every required business field collected, skipped or answered by
    another (an existing café's volume or wanted service answers why it is here; see
    :func:`~shared.conversation.prospect.needs_closed`, which also qualifies an untyped business
    on either type's fields); or, for a
    visitor who asked for sales (a person, a quote, samples, an order), a way to reach them and
    at least one need of their business stored (a required field, or one they volunteered: an
    existing café asking for a quote on a BatchPro has told sales what it needs), or its type
    stated (a co-working space with "zero coffee right now" has said what it needs: a coffee
    programme; a support case is no sale): after that request only a channel is asked, and the
    rest is what the sales call is for.

    The name and optional fields are asked but never hold a lead back (see the registry).
    """
    if not is_prospect(s) or not has_contact(s):
        return False
    typed = is_business(s) and not s.support
    return needs_closed(s) or (s.handoff and (a_need_stored(s) or typed))


def move_stage(s: ConversationState) -> bool:
    """Advance the stage as far as the evidence allows; returns True when qualified."""
    target = Stage.EXPLORING
    browsing = s.customer_type is CustomerType.CASUAL_BROWSER
    if (is_business(s) or (s.business_context and not browsing)) and not s.unserved:
        target = Stage.INTEREST_DETECTED  # nothing is sold where the company does not deliver
    if target is Stage.INTEREST_DETECTED and s.commitment:
        target = Stage.INTENT_CONFIRMED
    if is_qualified(s):
        target = Stage.QUALIFIED
    if target.rank > s.stage.rank:
        s.stage = target
    return s.stage is Stage.QUALIFIED


def choose_ask(s: ConversationState, heard: Understanding, plan: Plan, pending: str | None) -> None:
    """Pick the field the reply asks for and count the ask."""
    field = None if plan.read_back else pick_field(s, heard, plan, pending)
    if field in CONTACT_FIELDS and set(plan.refused) & set(CHANNELS) and not s.handoff:
        field = None  # a channel just refused: the reply offers the other, and asks no more
    if plan.read_back:
        s.asking = None  # the read-back's offer ends the reply
    elif field is not None:
        s.ask_counts[field] = s.ask_counts.get(field, 0) + 1
        plan.ask, plan.ask_count = field, s.ask_counts[field]
        s.asking = field
    elif not (heard.question and pending and is_open(s, pending)):
        s.asking = None


def pick_field(
    s: ConversationState, heard: Understanding, plan: Plan, pending: str | None
) -> str | None:
    if s.closed or plan.language_notice or heard.asked_back:
        return None  # the answer's question back ("Which one do you mean: ...?") is the one
    if s.pending_email is not None or plan.retype_email:
        return "email" if is_open(s, "email") else None
    if heard.support_issue and (s.customer_type is None or heard.typed_by_ticket):
        return None  # the support note asks how to reach them; no welcome question
    if s.handoff:
        return next_field(s)
    if s.support:  # a support visitor gets the ticket and help, not a sales questionnaire
        return support_ask(s)
    if heard.meta == "why" and pending and is_open(s, pending):
        return pending
    if heard.question and not plan.collected_now and not plan.refused:
        return after_question(s, pending, plan)
    if s.customer_type is CustomerType.CASUAL_BROWSER and not s.handoff:
        return None
    moved_on = plan.collected_now and pending not in plan.collected_now
    return next_field(s, rest=pending if moved_on else None, opening=opening_reply(s, heard))


def opening_reply(s: ConversationState, heard: Understanding) -> bool:
    """The reply to the visitor's first message, which asked for no next step (a person, a
    quote, samples): "opening a café in the spring" is answered with a question about the
    business, not "May I ask your name?" (``docs/decisions/when-contact-is-asked.md``)."""
    return s.turns == 1 and not (heard.commitment or heard.human)


def support_ask(s: ConversationState) -> str | None:
    """Who they are and how to reach them, until a channel is given; nothing else."""
    if has_contact(s):
        return None
    if s.customer_type is not None and is_open(s, "name"):
        return "name"
    return contact_to_ask(s)


def after_question(s: ConversationState, pending: str | None, plan: Plan) -> str | None:
    """Answer questions; return to the pending field once, redirect gently after several."""
    if s.handoff and not has_contact(s):
        return next_field(s)
    asks = s.questions_since_progress
    if asks >= REDIRECT_AFTER and s.business_context and s.redirects < MAX_REDIRECTS:
        field = next_field(s)
        if field is not None:
            s.redirects += 1
            s.questions_since_progress = 0
            plan.redirect = True
        return field
    # a field another need answered is not returned to ("need them trained" said why)
    if asks == 1 and pending and is_open(s, pending) and not closes(pending, s.collected):
        plan.returning = True
        return pending
    return None
