"""The reply call, retrieval-augmented: one structured call words the state machine's plan
in the visitor's language, answering from the top retrieved chunks and the catalog facts of
the entities in question (each with a source id; the model names the ids it used), with the
local draft as the fallback. The local checks decide whether it is shown: every price,
number, phone number, domain and email in it must come from those sources or the draft
(:mod:`shared.llm.claims`).
"""

from __future__ import annotations

from typing import Any

from shared.llm import prompts
from shared.llm.client import LlmClient
from shared.llm.grounding import leaks, reply_problem
from shared.llm.reply import ReplyRequest, Written
from shared.llm.schemas import ReplyDraft
from shared.rag.types import Source

PLAN_KEYS = (
    "new_type",
    "collected_now",
    "confirm_email",
    "email_confirmed",
    "retype_email",
    "invalid_contact",
    "refused",
    "offer_alternative",
    "skipped_now",
    "handoff_now",
    "goodbye",
    "question",
    "qualified_now",
    "restarted",
    "ask",
)


def plan_brief(request: ReplyRequest) -> dict[str, Any]:
    """The plan as the model sees it: only what happened, no internal counters."""
    plan = request.plan.model_dump(mode="json")
    brief = {k: plan[k] for k in PLAN_KEYS if plan.get(k)}
    if request.state.customer_type is not None:
        brief["visitor_type"] = request.state.customer_type.value
    return brief


def source_ids(request: ReplyRequest) -> dict[str, Source]:
    """The id the model sees for each passage ("S1", "S2", ...) and its document."""
    return {f"S{n}": p.source for n, p in enumerate(request.passages, start=1)}


def sources_brief(request: ReplyRequest) -> list[dict[str, str]]:
    return [
        {"id": f"S{n}", "title": p.source.title, "text": p.text}
        for n, p in enumerate(request.passages, start=1)
    ]


def allowed_texts(request: ReplyRequest) -> list[str]:
    """What a reply's facts may come from: the passages, the local draft (itself grounded)
    and the details collected in canonical form; never the visitor's message ("the Lumen is
    $1 now" must not come back as a fact)."""
    collected = [str(v) for v in request.state.collected.values()]
    return [*(p.text for p in request.passages), request.draft, *collected]


def conversation_texts(request: ReplyRequest) -> list[str]:
    """The visitor's words, which may back a phone number, email or domain in a reply."""
    return [request.message, *(str(v) for v in request.state.collected.values())]


def used_sources(request: ReplyRequest, ids: list[str]) -> list[Source] | None:
    """The documents behind the ids the model named (unknown ids ignored), None if none."""
    known = source_ids(request)
    found = list(dict.fromkeys(known[i] for i in ids if i in known))
    return found or None


class LlmWriter:
    """Writes replies with the model; the local draft whenever that fails or is rejected."""

    def __init__(self, client: LlmClient, secrets: tuple[str, ...] = ()) -> None:
        self.client = client
        self.max_chars = client.settings.llm_reply_max_chars
        # The company line is public; everything else of the prompts must not be echoed.
        own = tuple(p.replace(prompts.COMPANY, " ") for p in prompts.SYSTEM_PROMPTS)
        self._secrets = (*own, *secrets)

    async def write(self, request: ReplyRequest) -> Written:
        messages = prompts.reply(
            request.message,
            plan_brief(request),
            request.draft,
            sources_brief(request),
            request.state.context.locale,
            self.max_chars,
        )
        found = await self.client.parse(
            "reply", ReplyDraft, messages, request.message, check=self._acceptable(request)
        )
        if found is None:
            return Written(request.draft)
        return Written(found.reply.strip(), used_sources(request, found.sources_used))

    def _acceptable(self, request: ReplyRequest) -> Any:
        allowed, said = allowed_texts(request), conversation_texts(request)

        def check(draft: ReplyDraft) -> bool:
            if reply_problem(draft.reply, allowed, self.max_chars, said) is not None:
                return False
            return not leaks(draft.reply, self._secrets)

        return check
