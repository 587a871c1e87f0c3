"""One vocabulary of address endings: what a typo is mended to and what a dictated address
may end with come from the same list, so an ending the reader accepts typed it also accepts
said ("dot cafe"), and a said-only ending is never a typo target."""

from __future__ import annotations

import pytest

from shared.understanding.entities.dictated_emails import DICTATED_TLDS, written_dictation
from shared.understanding.entities.emails import suggest_tld
from shared.understanding.lexicon import COMMON_TLDS, SAID_ONLY_TLDS


def test_every_typed_ending_may_be_said() -> None:
    assert set(COMMON_TLDS) <= DICTATED_TLDS
    assert set(SAID_ONLY_TLDS) <= DICTATED_TLDS


@pytest.mark.parametrize("tld", COMMON_TLDS)
def test_a_said_common_ending_is_written(tld: str) -> None:
    assert written_dictation(f"write to ola at harbor roast dot {tld}") == (
        f"write to ola@harborroast.{tld}"
    )


def test_a_typo_is_mended_to_a_common_ending_only() -> None:
    assert suggest_tld("harborroast.con") == "harborroast.com"
    assert suggest_tld("harborroast.cafe") is None  # a real ending stays
    assert suggest_tld("harborroast.xqzv") is None  # too far from every common ending


def test_dot_without_an_address_is_not_an_email() -> None:
    said = "we are at the corner of main dot and pine"
    assert written_dictation(said) == said
