"""The LLM brain: the brief's parallel detection, checked and merged by the local side.

Before qualification (no visitor type yet) customer type and contact extraction run in
parallel; during qualification, flow signals and field extraction. The local brain runs beside
them, so its reading is ready the moment a call fails: every proposal of the model is merged
into the local :class:`Understanding` only after local validation (email-validator,
phonenumbers, the field registry, the typed :class:`Details`) and provenance
(:mod:`shared.llm.provenance`: a value is kept only when the visitor said it, a visitor type or
flow signal only when the model quotes the visitor's words showing it), and any fault leaves
the local reading as it is. The pure state machine then decides, as in local mode.
"""

from __future__ import annotations

import asyncio
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from shared.conversation.kinds import CustomerType
from shared.conversation.registry import CONTACT_FIELDS, business_fields, fields_for
from shared.conversation.state import ConversationState
from shared.conversation.understanding import Brain, Understanding
from shared.llm import prompts
from shared.llm.client import LlmClient
from shared.llm.grounding import valid_email, valid_name, valid_phone
from shared.llm.provenance import justified, kept
from shared.llm.schemas import ContactDetails, FieldValues, FlowSignals, TypeDetection

M = TypeVar("M", bound=BaseModel)
FLOW_FLAGS = ("skip", "human", "restart", "goodbye")  # each must be justified to count


class LlmBrain:
    """Understands with the model where it can, with the local brain as the floor."""

    def __init__(self, local: Brain, client: LlmClient) -> None:
        self.local = local
        self.client = client

    def foresee(self, message: str, locale: str | None) -> None:
        self.local.foresee(message, locale)

    async def understand(self, message: str, state: ConversationState) -> Understanding:
        _, heard = await self.understand_split(message, state)
        return await heard

    async def understand_split(
        self, message: str, state: ConversationState
    ) -> tuple[Understanding, asyncio.Task[Understanding]]:
        """The local reading as soon as it is ready, and the model-checked reading to come
        (the model's calls start at once; the chat may start the reply call on the local
        reading meanwhile, and keep it when the model's reading plans the same turn)."""
        calls = asyncio.ensure_future(self._model_calls(message, state))
        try:
            local = await self.local.understand(message, state)
        except BaseException:
            calls.cancel()
            raise
        return local, asyncio.create_task(self._merged(message, state, local, calls))

    async def _model_calls(
        self, message: str, state: ConversationState
    ) -> tuple[BaseModel | None, BaseModel | None]:
        if state.customer_type is None:
            return await asyncio.gather(self._detect_type(message), self._extract_contact(message))
        return await asyncio.gather(self._flow(message, state), self._fields(message, state))

    async def _merged(
        self,
        message: str,
        state: ConversationState,
        local: Understanding,
        calls: asyncio.Future[tuple[BaseModel | None, BaseModel | None]],
    ) -> Understanding:
        first, second = await calls
        heard = local.model_copy(deep=True)
        if heard.unreadable:
            return heard
        if state.customer_type is None:
            kind, contact = _as(first, TypeDetection), _as(second, ContactDetails)
            heard = merge_type(merge_contact(heard, contact, state, message), kind, message)
            return _read_by_model(heard, _found(kind) or _found(contact))
        signals, values = _as(first, FlowSignals), _as(second, FieldValues)
        flowed = merge_flow(heard, signals, state, message)
        heard = merge_fields(flowed, values, state, message)
        return _read_by_model(heard, _found(signals) or _found(values))

    async def _detect_type(self, message: str) -> TypeDetection | None:
        return await self.client.parse(
            "detect_type", TypeDetection, prompts.detect_type(message), message
        )

    async def _extract_contact(self, message: str) -> ContactDetails | None:
        return await self.client.parse(
            "extract_contact", ContactDetails, prompts.extract_contact(message), message
        )

    async def _flow(self, message: str, state: ConversationState) -> FlowSignals | None:
        messages = prompts.flow(message, state.asking, state.last_reply)
        return await self.client.parse("flow", FlowSignals, messages, message)

    async def _fields(self, message: str, state: ConversationState) -> FieldValues | None:
        kind = state.customer_type.value if state.customer_type else ""
        wanted = list(fields_for(state.customer_type))
        messages = prompts.fields(message, kind, wanted, state.asking)
        return await self.client.parse("fields", FieldValues, messages, message)


def _as(answer: BaseModel | None, schema: type[M]) -> M | None:
    return answer if isinstance(answer, schema) else None


def _found(answer: BaseModel | None) -> bool:
    """The model read something in the message (a value, a type or a raised flag)."""
    if answer is None:
        return False
    return any(v not in (None, False, "", []) for v in answer.model_dump().values())


def _read_by_model(heard: Understanding, understood: bool) -> Understanding:
    """The model reads any language: when it understood the message, no "English only"
    notice is due (the reply call answers in the visitor's language)."""
    if understood:
        heard.language = None
    return heard


def _add(heard: Understanding, field: str, value: Any) -> None:
    """Add one value if the typed Details accepts it (length, range); else leave it out."""
    try:
        heard.add({field: value})
    except ValidationError:
        return


def _asks_knowledge(heard: Understanding, question: bool) -> bool:
    """Search the knowledge base for a question (not one about the bot itself)."""
    return question and not heard.meta and not heard.restart


def merge_type(heard: Understanding, found: TypeDetection | None, message: str) -> Understanding:
    """The model's visitor type and question flag; the local reading when it said nothing.
    The type and business context count only with a quote of this message showing them."""
    if found is None:
        return heard
    kind = found.customer_type
    if kind is not None and justified(kind, found.evidence, message):
        heard.customer_type = CustomerType(kind)
    if found.business_context and justified("business", found.evidence, message):
        heard.business_context = True
    heard.question = heard.question or found.question
    heard.retrieve = heard.retrieve or _asks_knowledge(heard, found.question)
    return heard


def _contact_values(
    proposed: dict[str, Any], state: ConversationState, message: str
) -> dict[str, str]:
    """Proposed contact details that pass the local validators, in canonical form, and that
    the visitor wrote in this message."""
    country = state.context.country
    checked = {
        "name": valid_name(proposed.get("name")),
        "email": valid_email(proposed.get("email")),
        "phone": valid_phone(proposed.get("phone"), country),
    }
    return {k: v for k, v in checked.items() if v is not None and kept(k, v, [message], country)}


def _fuller_name(field: str, local: Any, proposed: str) -> bool:
    """The model's "Ana Costa" completes the rules' "Ana"."""
    return field == "name" and len(proposed) > len(str(local)) and str(local) in proposed


def merge_contact(
    heard: Understanding, found: ContactDetails | None, state: ConversationState, message: str
) -> Understanding:
    """Validated contact details the local rules missed (local findings win: they are exact,
    and a local email typo keeps its confirmation question)."""
    if found is None:
        return heard
    for field, value in _contact_values(found.model_dump(), state, message).items():
        if field in heard.fields and not _fuller_name(field, heard.fields[field], value):
            continue
        if field == "email" and (heard.email_typo or heard.invalid_contact == "email"):
            continue
        if field == "name" and "name" in state.collected and not heard.correction:
            continue  # a known name is replaced only when the visitor corrects it
        _add(heard, field, value)
        if heard.invalid_contact == field:
            heard.invalid_contact = None
    return heard


def merge_flow(
    heard: Understanding, found: FlowSignals | None, state: ConversationState, message: str
) -> Understanding:
    """The model's flow signals add to the rules' (it reads free phrasing and any language; the
    rules keep what they catch exactly, so a model that misses a signal costs nothing). Skip,
    handoff, restart, goodbye and refusals count only with a quote of this message showing
    them; a refusal only for fields this visitor is asked for."""
    if found is None:
        return heard
    heard.question = heard.question or found.question
    if state.pending_email is None and not (heard.affirm or heard.deny):
        heard.affirm, heard.deny = found.affirm, found.deny  # a typed email's yes/no: rules
    for flag in FLOW_FLAGS:
        if getattr(found, flag) and justified(flag, found.evidence, message):
            setattr(heard, flag, True)
    if found.refused_fields and justified("refused", found.evidence, message):
        wanted = fields_for(state.customer_type)
        refused = [*heard.refused, *(f for f in found.refused_fields if f in wanted)]
        heard.refused = list(dict.fromkeys(refused))
    heard.retrieve = heard.retrieve or _asks_knowledge(heard, found.question)
    return heard


def _business_value(field: str, value: Any) -> Any:
    if field == "locations":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def merge_fields(
    heard: Understanding, found: FieldValues | None, state: ConversationState, message: str
) -> Understanding:
    """Validated details for this visitor's fields, each kept only when the visitor said it;
    local contact findings win, the model's business details win (the rules only catch fixed
    phrasings)."""
    if found is None:
        return heard
    proposed = found.model_dump()
    contact = ContactDetails(**{k: proposed.get(k) for k in CONTACT_FIELDS})
    merge_contact(heard, contact, state, message)
    for field in business_fields(state.customer_type):
        value = _business_value(field, proposed.get(field))
        if value is not None and kept(field, value, [message], state.context.country):
            _add(heard, field, value)
    heard.refused = [f for f in heard.refused if f not in heard.fields]
    return heard
