"""Set X (issue 23): "dead" before an adjective is a degree in British and Irish English ("our
water is dead hard"), not a machine that died: no support issue; "our machine is dead" still is."""

from __future__ import annotations

import pytest

from shared.understanding.support_issues import detect


@pytest.mark.parametrize(
    "message",
    [
        "Our water is dead hard here in London, Ontario. Do you sell anything to protect it?",
        "the grinder on our machine is dead easy to clean",
    ],
)
def test_dead_as_a_degree_reports_no_fault(message: str) -> None:
    """An advice question that says "dead hard" opens no support ticket."""
    assert detect(message, existing_customer=True) is None


def test_a_dead_machine_is_still_a_fault() -> None:
    """ "our espresso machine is dead" still reports an urgent equipment issue."""
    issue = detect("our espresso machine is dead", existing_customer=True)
    assert issue is not None
    assert issue.category == "equipment"
