"""The reply call: one structured call words the state machine's plan, grounded in the
retrieved passages, in the visitor's language; the local checks decide whether it is shown.
"""

from __future__ import annotations

from typing import Any

from shared.llm import prompts
from shared.llm.client import LlmClient
from shared.llm.grounding import leaks, reply_problem
from shared.llm.reply import ReplyRequest
from shared.llm.schemas import ReplyDraft

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


def allowed_texts(request: ReplyRequest) -> list[str]:
    """What a reply's numbers may come from: the retrieved passages, the local draft (itself
    grounded) and the details collected in canonical form; never the visitor's message
    ("the Lumen is $1 now" must not come back as a fact)."""
    collected = [str(v) for v in request.state.collected.values()]
    return [*request.passages, request.draft, *collected]


class LlmWriter:
    """Writes replies with the model; the local draft whenever that fails or is rejected."""

    def __init__(self, client: LlmClient, secrets: tuple[str, ...] = ()) -> None:
        self.client = client
        self.max_chars = client.settings.llm_reply_max_chars
        # The company line is public; everything else of the prompts must not be echoed.
        own = tuple(p.replace(prompts.COMPANY, " ") for p in prompts.SYSTEM_PROMPTS)
        self._secrets = (*own, *secrets)

    async def write(self, request: ReplyRequest) -> str:
        messages = prompts.reply(
            request.message,
            plan_brief(request),
            request.draft,
            request.passages,
            request.state.context.locale,
            self.max_chars,
        )
        found = await self.client.parse(
            "reply", ReplyDraft, messages, request.message, check=self._acceptable(request)
        )
        return found.reply.strip() if found is not None else request.draft

    def _acceptable(self, request: ReplyRequest) -> Any:
        allowed = allowed_texts(request)

        def check(draft: ReplyDraft) -> bool:
            if reply_problem(draft.reply, allowed, self.max_chars) is not None:
                return False
            return not leaks(draft.reply, self._secrets)

        return check
