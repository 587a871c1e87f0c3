"""Which sales team follows a lead up: new business for a prospect, account management for a
visitor who already buys from us (pure).

A customer's lead is still scored, classified and timed like any other (a customer ready to
buy more is as urgent as a prospect ready to buy), but it belongs to the account manager who
knows the account: the lead, its deal, its notifications and its lead events say so, and its
follow-up starts from the account's history rather than a first pitch.
"""

from __future__ import annotations

from shared.leads.models import FollowUp, Team

NEW_BUSINESS: Team = "new_business"
ACCOUNT_MANAGEMENT: Team = "account_management"
ACCOUNT_STEP = "review their account and order history"


def team_of(existing_customer: bool) -> Team:
    """Account management for an existing customer, new business for anyone else."""
    return ACCOUNT_MANAGEMENT if existing_customer else NEW_BUSINESS


def for_team(follow_up: FollowUp, team: Team) -> FollowUp:
    """The follow-up as the team does it: an account manager first reviews the account."""
    if team != ACCOUNT_MANAGEMENT or ACCOUNT_STEP in follow_up.steps:
        return follow_up
    return follow_up.model_copy(update={"steps": [ACCOUNT_STEP, *follow_up.steps]})
