"""Measures listed after a colon, closing the message, ask each of them (issue 23, set AO):
"specs on the grinder ahead of the inspection: weight and footprint" is a question even with
no question word; the same list followed by a verb is a remark."""

from __future__ import annotations

import pytest

from shared.understanding.questions import is_question


@pytest.mark.parametrize(
    "text",
    [
        "our electrician needs specs on the Atlas 75 before the 04/12 install: voltage and wattage",
        "the grinder for our landlord: weight, height and footprint",
        "pico for the food truck: tank capacity and power pls",
    ],
)
def test_a_list_of_measures_after_a_colon_asks(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "our new site: power and voltage are fine",
        "we ordered the Lumen 2-Group: love it and the staff too",
        "our priorities for the new site: taste and service",
    ],
)
def test_a_remark_or_a_list_of_other_things_does_not_ask(text: str) -> None:
    assert not is_question(text)
