"""One conversation in, everything sales needs out: the pure core of lead processing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from shared.conversation.state import ConversationState, Message
from shared.leads.classification import classify, priority
from shared.leads.contact_request import contact_request
from shared.leads.enrichment import enrich
from shared.leads.estimate import estimate
from shared.leads.followup import plan, requested_contact
from shared.leads.models import LeadAnalysis, Priority
from shared.leads.scoring import score
from shared.leads.summary import summarize
from shared.leads.team import for_team, team_of


def reference_time(state: ConversationState, messages: Sequence[Message]) -> datetime:
    """The conversation's last activity: every time-dependent result is relative to it, so
    processing the same conversation twice gives the same answer."""
    return messages[-1].at if messages else state.updated_at


def analyse(state: ConversationState, messages: Sequence[Message]) -> LeadAnalysis:
    """Score, classify, plan the follow-up, summarise, estimate and enrich one conversation.

    A visitor who asked for a person (a contact request) is followed up as they asked, with
    High priority, whatever the score. A visitor who already buys from us is labelled so and
    routed to account management (:mod:`shared.leads.team`), scored and timed like any other."""
    now = reference_time(state, messages)
    breakdown = score(state, messages)
    classification = classify(breakdown.total)
    enrichment = enrich(state, messages, now)
    value = estimate(state, messages)
    request = contact_request(state, messages, value)
    timezone = enrichment.geography.timezone
    team = team_of(state.existing_customer)
    return LeadAnalysis(
        score=breakdown,
        classification=classification,
        priority=Priority.HIGH if request else priority(classification),
        follow_up=for_team(
            (
                requested_contact(request.channel, request.requested_at, timezone)
                if request
                else plan(classification, now, timezone)
            ),
            team,
        ),
        summary=summarize(state, messages, enrichment.signals),
        estimate=value,
        enrichment=enrichment,
        contact_request=request,
        existing_customer=state.existing_customer,
        team=team,
    )
