"""Writing the reply: acknowledge, answer, then ask, varying phrasing turn by turn.

Pure: the plan, the new state and the grounded answer (if any) in, text out. Facts come only
from the knowledge base (the answer and the sales-hours sentence); templates never state one.
A sentence of the previous reply is never used again in the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.conversation import phrases as p
from shared.conversation.handoff import handoff_channel
from shared.conversation.language_lines import after_answer, before_answer
from shared.conversation.machine import Plan
from shared.conversation.read_back import read_back_line, recap_line
from shared.conversation.registry import CHANNELS
from shared.conversation.state import ConversationState
from shared.understanding.entities.gazetteer import COFFEE_KINDS, EQUIPMENT_KINDS, names_any
from shared.understanding.entities.interest import catalog_name
from shared.understanding.lexicon import MONTH_WORD, MONTHS
from shared.understanding.sentences import sentences


@dataclass(frozen=True)
class Facts:
    """Knowledge-base facts the templates may quote (found at cold start)."""

    sales_hours: str | None = None
    sales_contact: str | None = None
    home_buyers: str | None = None  # where home buyers shop (the web shop sentence)
    delivered: str | None = None  # where the company delivers ("the United States and Canada")


def _sentence_set(text: str | None) -> set[str]:
    return {s.strip() for s in sentences(text or "")}


ACK_WORDS = ("noted", "got it", "thank")


class Writer:
    """Builds one reply; ``avoid`` holds the previous reply's sentences."""

    def __init__(self, state: ConversationState, previous: str | None) -> None:
        self.state = state
        self.turn = state.turns
        self.avoid = _sentence_set(previous)
        self.parts: list[str] = []

    def pick(self, options: tuple[str, ...], **values: str) -> str:
        """The turn's variant, skipping any sentence said in the previous reply and, where
        another variant allows, an acknowledgement word this reply already used ("Sounds
        delicious, noted. Noted: 120 cups" reads as a stutter)."""
        texts = [_opening_capital(o.format(**values)) for o in options]
        order = [texts[(self.turn + shift) % len(texts)] for shift in range(len(texts))]
        fresh = [t for t in order if not _sentence_set(t) & self.avoid]
        varied = [t for t in fresh if not self._echoes(t)]
        return (varied or fresh or [texts[self.turn % len(texts)]])[0]

    def _echoes(self, text: str) -> bool:
        said = " ".join(self.parts).lower()
        return any(word in said and word in text.lower() for word in ACK_WORDS)

    def say(self, options: tuple[str, ...], **values: str) -> None:
        self.parts.append(self.pick(options, **values))

    def text(self) -> str:
        return " ".join(part for part in self.parts if part)


def _opening_capital(text: str) -> str:
    """A sentence that opens with a value said back opens with a capital ("the Pico 1-Group:
    got it" -> "The Pico 1-Group: got it"); inside a sentence the value keeps its own case."""
    return text[:1].upper() + text[1:]


def first_name(state: ConversationState) -> str:
    """The name to greet with: the first name, or the whole name when it opens with an
    initial ("J. Okonkwo" is greeted as such, not "Hi J.") or a title ("Mr. Farrow")."""
    name = str(state.collected.get("name", ""))
    first = name.split(" ")[0]
    titled = first.rstrip(".").lower() in ("mr", "mrs", "ms", "miss", "mx", "dr")
    return name if len(first.rstrip(".")) == 1 or titled else first


TIME_WORDS = re.compile(
    r"^(?:in|by|next|this|coming|early|late|mid|around|before|after|within|soon|asap|right|end"
    r"|start|beginning|the\s+(?:end|start|beginning)"
    r"|as\s+soon|until|on|from|starting|sometime|eventually|someday|some\s+day|later|whenever"
    r"|once|when)\b",
    re.I,
)


# a day of a month takes "on" ("Aug 19", "1 September", "March 3rd")
_DAY_DATE = re.compile(
    rf"^(?:{MONTH_WORD.pattern}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{MONTH_WORD.pattern})",
    re.I,
)


def months_capitalised(text: str) -> str:
    """The month names in ``text`` capitalised ("june" -> "June"; "maybe" stays)."""
    return MONTH_WORD.sub(
        lambda m: m.group(0).capitalize() if m.group(0).lower() in MONTHS else m.group(0), text
    )


def when(timeline: str) -> str:
    """'April' -> 'in April', 'the spring' -> 'in the spring', 'Aug 19' -> 'on Aug 19'; 'next
    month' and 'eventually' stay."""
    text = months_capitalised(timeline)
    if TIME_WORDS.match(text):
        return text
    return f"on {text}" if _DAY_DATE.match(text) else f"in {text}"


def corrected_value(field: str, value: str) -> str:
    """A corrected value as said back ("september" -> "September", 4 -> "4 locations"); an
    email or phone number exactly as stored."""
    if field == "locations":
        return f"{value} location" + ("" if value == "1" else "s")
    if field in ("email", "phone"):
        return value
    if field == "equipment_needs":
        return said_items(value)
    text = months_capitalised(value)  # "mid June", "it's closer to half decaf": as said
    first = text.split()[0] if text.split() else ""
    named = names_any(first, (*COFFEE_KINDS, *EQUIPMENT_KINDS))  # "Foundry, sunrise later"
    return text[:1].upper() + text[1:] if named else text


def said_items(value: str) -> str:
    """A list of items as a person says it back inside a sentence: catalog items by name with
    "the", joined with "and" ("A pico, Atlas 75" -> "the Pico 1-Group and the Atlas 75");
    others as typed ("Updated to the Lumen 3-Group", not "to The Lumen 3-Group")."""
    items = [i.strip() for i in re.split(r"[,;]|\s+and\s+", value) if i.strip()]
    named = [f"the {name}" if (name := catalog_name(i)) else i for i in items]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


def spoken(value: str) -> str:
    """A value as said back inside a sentence: without the visitor's closing punctuation
    ("June." -> "June")."""
    return value.strip().rstrip(".,;:!")


# the support desk's note already says sorry for a fault and what happens next
FAULT_FIELDS = ("pain_points", "support_needs")


# a list is said back only when it is short enough to repeat; a need only when it is a name
SAY_BACK_WORDS = 8
SAY_BACK_NEED_WORDS = 4


def opener(w: Writer, plan: Plan, fields: list[str]) -> str | None:
    """The reply's one social opener: a first name read from the email address said back to be
    corrected, else sympathy for what is wrong (with the name when just given), else the name
    greeting, else the greeting of the visitor's type, else a blanket thanks when many details
    came at once; never two of them."""
    first = first_name(w.state) if "name" in fields and "name" not in plan.corrected else ""
    if first and plan.name_from_address:  # said back first: a guess the visitor may correct
        return w.pick(p.ACK_NAME_FROM_ADDRESS, first=first)
    if first and plan.name_of_principal:  # the writer writes for them: no "Hi Mr. Farrow"
        return w.pick(p.ACK_PRINCIPAL, first=first)
    if "pain_points" in fields and "pain_points" not in plan.corrected:
        if w.state.existing_customer and not first:
            return w.pick(p.ACK_CUSTOMER["pain_points"])
        return w.pick(p.SYMPATHY_NAMED, first=first) if first else w.pick(p.ACK["pain_points"])
    if first:
        return w.pick(p.ACK_NAME, first=first)
    if plan.support_now or (w.state.support and w.state.existing_customer):
        return None  # the support desk's note comes first
    if plan.customer_now:
        return w.pick(p.GREET_CUSTOMER)
    if plan.new_type is not None and plan.venue:
        return w.pick(p.GREET_TYPE[plan.new_type.value], venue=plan.venue)
    if plan.new_type is not None:  # no venue named: no "café" said to a co-working space
        return w.pick(p.GREET_TYPE_UNNAMED[plan.new_type.value])
    return w.pick(p.MANY_ACKS) if len(fields) > 2 else None


def acknowledge(w: Writer, plan: Plan) -> None:
    """One opener, then each value said back (a corrected one as updated); more than two
    values at once get the opener alone."""
    fields = [f for f in plan.collected_now if f != "name" or first_name(w.state)]
    if plan.support_now:
        fields = [f for f in fields if f not in FAULT_FIELDS]
    said = opener(w, plan, fields)
    if said:
        w.parts.append(said)
    fields = [f for f in fields if f in plan.corrected or f not in ("name", "pain_points")]
    if len(fields) > 2:
        return
    for field in fields:
        ack_value(w, plan, field)


def support_ack(w: Writer, plan: Plan, value: str) -> None:
    """A short need said back ("Multi-site plan, noted."); a long one (the visitor's sentence)
    gets a plain nod, and none beside another acknowledgement or a question the answer
    addresses."""
    if len(value.split()) <= SAY_BACK_NEED_WORDS:
        w.say(p.ACK["support_needs"], value=value[:1].upper() + value[1:])
    elif not w.parts and not plan.question:
        w.say(p.ACK_NEED_HEARD)


def ack_value(w: Writer, plan: Plan, field: str) -> None:
    """Say one value back; none for a volume read from the visitor's own question (the answer
    addresses it) or a list too long to repeat."""
    value = spoken(str(w.state.collected.get(field, "")))
    if field in plan.corrected:
        w.say(p.ACK_CORRECTED, value=corrected_value(field, value))
    elif field == "expected_volume" and plan.question:
        return
    elif field == "locations" and value == "1":
        w.say(p.ACK_ONE_LOCATION)
    elif field == "opening_timeline":
        w.say(p.ACK[field], value=when(value))
    elif field == "coffee_preferences" and "pain_points" in plan.collected_now:
        w.say(p.ACK_TASTE_BESIDE_PAIN)
    elif w.state.existing_customer and field in p.ACK_CUSTOMER:
        w.say(p.ACK_CUSTOMER[field])
    elif field == "equipment_needs":
        if len(value.split()) <= SAY_BACK_WORDS:
            w.say(p.ACK[field], value=said_items(value))
    elif field == "support_needs":
        support_ack(w, plan, value)
    else:
        w.say(p.ACK[field], value=value, email=value, phone=value)


def respond_to_refusal(w: Writer, plan: Plan) -> None:
    field = plan.offer_alternative
    if len(plan.refused) > 1 or field is None:
        w.say(p.UNDERSTOOD)
    elif field == "phone" and "email" in w.state.collected:
        w.say(p.ALTERNATIVE["phone_with_email"])
    elif field == "email" and "phone" in w.state.collected:
        w.say(p.ALTERNATIVE["email_with_phone"])
    else:
        w.say(p.ALTERNATIVE.get(field, p.ALTERNATIVE["other"]))


def said_once(w: Writer, sentence: str) -> None:
    """Drop ``sentence`` as a part of its own when another part says it too (the handoff's
    sales hours after an answer that gave them)."""
    if sentence and sentence in w.parts:
        others = " ".join(part for part in w.parts if part != sentence)
        if sentence in others:
            w.parts.remove(sentence)


def hand_off(w: Writer, facts: Facts, plan: Plan) -> None:
    """Say who follows up, when (sales hours from the knowledge base) and how."""
    if plan.handoff_now:
        w.say(p.HANDOFF_CUSTOMER if w.state.existing_customer else p.HANDOFF)
        hours = facts.sales_hours
        w.parts.append(p.HANDOFF_HOURS.format(hours=hours) if hours else p.HANDOFF_NO_HOURS)
    channel = handoff_channel(w.state)
    if plan.ask in CHANNELS:
        return  # the channel they asked for is asked next
    if channel and (plan.handoff_now or channel in plan.collected_now):
        contact = str(w.state.collected[channel])
        w.parts.append(p.HANDOFF_REACH[channel].format(contact=contact))
    elif plan.unreachable:
        how = f" at {facts.sales_contact}" if facts.sales_contact else ""
        w.parts.append(p.HANDOFF_UNREACHABLE.format(how=how))


def _with_answer(line: str, answer: str | None, grounded: bool, plan: Plan) -> str:
    """The privacy line with the knowledge base's answer to a question asked beside it ("thanks.
    can i still ask how much the pico is?"): after an erasure, the answer follows; before the
    confirmation question, it comes first so the question ends the reply."""
    if not (answer and grounded):
        return line
    return f"{answer} {line}" if plan.privacy_confirm else f"{line} {answer}"


def privacy_line(plan: Plan) -> str:
    """Confirm an erasure request, or say what was erased, here and (when the lead had reached
    sales, or a support ticket was filed) there, where its removal was requested automatically."""
    if plan.privacy_confirm:
        return p.PRIVACY_CONFIRM
    if not plan.removed:
        records = p.RECORDS.get((plan.erased_shared, plan.erased_ticket))
        return f"{p.ERASED} {p.ERASED_SHARED.format(records=records)}" if records else p.ERASED
    what = " and ".join(p.FIELD_NAMES[f] for f in plan.removed)
    it = "them" if len(plan.removed) > 1 else "it"
    done = p.REMOVED.format(what=what, it=it)
    return f"{done} {p.REMOVED_SHARED.format(it=it)}" if plan.erased_shared else done


def language_handoff(w: Writer, plan: Plan, facts: Facts) -> str:
    """A visitor writing in another language left a contact: the handoff, language noted."""
    language = p.LANGUAGE_NAMES.get(plan.language or "", "your language")
    if not plan.handoff_now and not plan.collected_now:
        return p.LANGUAGE_HANDED_OFF.format(language=language)
    w.parts.append(p.LANGUAGE_HANDOFF.format(language=language))
    hand_off(w, facts, plan.model_copy(update={"handoff_now": False}))
    return w.text()


def meta_answer(w: Writer, plan: Plan, facts: Facts, state: ConversationState) -> None:
    """Questions about the assistant, from its own copy (our contact from the company facts;
    what happens next, by the channel the visitor left when there is one)."""
    reached = next_channel(state) if plan.meta == "next" else None
    if reached:
        w.parts.append(p.META["next_reached"].format(channel=reached))
    elif plan.meta == "contact":
        contact = facts.sales_contact
        w.parts.append(p.CONTACT_US.format(contact=contact) if contact else p.META["who"])
        if facts.sales_hours:
            w.parts.append(p.HANDOFF_HOURS.format(hours=facts.sales_hours))
    elif plan.meta == "why":
        field = plan.meta_field
        w.parts.append(p.META["why"].format(why=p.WHY.get(field or "", p.WHY_GENERIC)))
    elif plan.meta == "language" and plan.language_notice:
        return  # the notice in the visitor's language says it already
    elif plan.meta == "language":  # said again in other words, not word for word
        w.say((p.META["language"], p.LANGUAGE_AGAIN))
    elif plan.meta == "recap":  # after the acknowledgement: details given with it are listed
        w.parts.append(recap_line(state))
    elif plan.meta in p.META:  # "held" is the read-back's, worded by its own reply
        w.parts.append(p.META[plan.meta])


def next_channel(state: ConversationState) -> str | None:
    """How sales will reach the visitor ("by email at dee@..."): the channels held, or None."""
    held = tuple(f for f in ("email", "phone") if state.collected.get(f))
    if not held:
        return None
    return p.NEXT_CHANNEL[held].format(**{f: state.collected[f] for f in held})


def answer_line(
    w: Writer, answer: str, repeated: bool, grounded: bool = True, pressed: bool = False
) -> str:
    """The answer; a grounded one said again (its words, or its topic with a sentence of the
    previous reply) is flagged as such, unless the visitor pressed for the exact answer ("what's
    in the kit exactly?": they read it and want it spelled out); a second "I don't know" in a
    row is worded as one."""
    said = _sentence_set(answer)
    again = bool(said) and said <= w.avoid
    if not grounded:
        return p.NOT_KNOWN_EITHER if again else answer
    if again and not pressed:  # "As I mentioned" only before what the previous reply said
        return p.REPEATED_ANSWER.format(answer=answer)
    return answer


def ask_line(w: Writer, plan: Plan, email_to_confirm: str | None) -> None:
    field = plan.ask
    if field is None:
        return
    if email_to_confirm:
        w.say(p.CONFIRM_EMAIL, email=email_to_confirm)
        return
    if plan.retype_email and field == "email":
        w.say(p.RETYPE_EMAIL)
        return
    ask = w.pick(wording(w.state, field))
    if plan.redirect:
        w.say(p.REDIRECT, ask=ask)
    elif plan.returning:
        w.say(p.RETURN, ask=ask)
    elif plan.ask_count == 2 and plan.dodge and plan.meta != "why":
        # why we ask, only to a visitor who hesitated at the question ("hmm, not sure"): to
        # one who talked of something else it answers a question nobody asked
        w.say(p.WHY_TEMPLATES, why=p.WHY[field], ask=ask)
    elif plan.ask_count >= 3:
        w.say(p.LAST_TRY, ask=ask)
    else:
        w.parts.append(ask)


def wording(state: ConversationState, field: str) -> tuple[str, ...]:
    """How to ask ``field``: a channel after a request for a person or a fault (the phone is
    optional, "as well", only beside an email already given); a customer of ours is asked
    what they need, never what would make them switch."""
    only_channel = field == "phone" and "email" not in state.collected
    if (state.handoff or state.support or only_channel) and field in p.HANDOFF_ASK:
        return p.HANDOFF_ASK[field]
    if state.existing_customer and field in p.ASK_CUSTOMER:
        return p.ASK_CUSTOMER[field]
    return p.ASK[field]


def fallback_line(state: ConversationState, plan: Plan) -> tuple[str, ...]:
    """Nothing else to say: ask what brings them here (when the machine counted it; greeted
    on the first turn only, later a greeting restarts the conversation), else a short nod."""
    if plan.welcome:
        return p.WELCOME if state.turns <= 1 else p.WELCOME_AGAIN
    if state.wrapped_up or state.handoff:
        return p.AFTER_WRAP_UP
    return p.NOTED if state.customer_type is None else p.OKAY


def unserved_line(w: Writer, plan: Plan, facts: Facts) -> None:
    """Where the company delivers, told once to a visitor who said they are outside it, unless
    the answer already says so ("We deliver to ... only, so not to Melbourne.")."""
    area = facts.delivered
    if plan.unserved_now and area and f"deliver to {area}" not in w.text():
        w.say(p.UNSERVED, area=area)


def compose(
    plan: Plan,
    state: ConversationState,
    previous: str | None,
    answer: str | None = None,
    facts: Facts | None = None,
    repeated: bool = False,
    grounded: bool = True,
) -> str:
    """The reply to this turn (``grounded``: whether ``answer`` comes from the knowledge base
    or says it does not know)."""
    w = Writer(state, previous)
    if plan.restarted:
        w.say(p.RESTART)
        return w.text()
    if plan.read_back:
        return read_back_line(state)
    if plan.privacy_confirm or plan.erased or (plan.removed and not plan.collected_now):
        return _with_answer(privacy_line(plan), answer, grounded, plan)
    if plan.removed:  # a partial erasure that also gave other details: then the usual reply
        w.parts.append(privacy_line(plan))
    if plan.privacy_kept:
        w.parts.append(p.PRIVACY_KEPT)
    if plan.language_handoff:
        return language_handoff(w, plan, facts or Facts())
    # once per language: an answer the glossed question found comes first, then a short line
    short = after_answer(plan.language) if plan.language_notice and answer and grounded else None
    if plan.language_notice and short is None:  # the English reply follows the full notice
        w.parts.append(before_answer(plan.language, p.META["language"]))
    acknowledge(w, plan)
    if plan.call_time:  # "earlier I said Tuesday, I meant Thursday": the request's new time
        w.say(p.ACK_CALL_TIME, value=plan.call_time[:1].upper() + plan.call_time[1:])
    if plan.invalid_contact and plan.invalid_contact not in plan.collected_now:
        w.say(p.INVALID[plan.invalid_contact])
    if plan.declined_contact:
        w.say(p.DECLINED_CONTACT)
    elif plan.refused:
        respond_to_refusal(w, plan)
    if plan.skipped_now and plan.skip_asked and not plan.collected_now and not plan.refused:
        w.say(p.SKIPPED)
    meta_answer(w, plan, facts or Facts(), state)
    if answer:
        w.parts.append(answer_line(w, answer, repeated, grounded, plan.pressed))
    if short:
        w.parts.append(short)
    home = (facts or Facts()).home_buyers
    if plan.home_purchase and home and home not in w.text() and home not in w.avoid:
        w.parts.append(home)
    unserved_line(w, plan, facts or Facts())
    if state.handoff:
        hand_off(w, facts or Facts(), plan)
    if plan.wrap_up:
        w.say(p.QUALIFIED_CUSTOMER if state.existing_customer else p.QUALIFIED)
    if plan.goodbye:
        name = first_name(state)
        w.say(p.GOODBYE_LEAD, first=name) if name else w.say(p.GOODBYE)
    ask_line(w, plan, plan.confirm_email)
    if facts and facts.sales_hours:
        said_once(w, p.HANDOFF_HOURS.format(hours=facts.sales_hours))
    if not w.parts and plan.support_now:
        return ""  # the support desk's note is the whole reply
    if not w.parts:
        w.say(p.UNCLEAR if plan.unreadable else fallback_line(state, plan))
    elif plan.unreadable:
        w.parts.insert(0, w.pick(p.UNCLEAR))
    return w.text()
