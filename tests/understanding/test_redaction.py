"""Transcript lines without the details erased in chat: each kind found however it was written,
and nothing else in the line touched."""

from __future__ import annotations

from shared.understanding.redaction import ERASED_SPAN, without_details


def test_a_phone_is_erased_in_any_format_and_the_rest_of_the_line_kept() -> None:
    """A number typed with brackets, dots or spaces, and the bot's E.164 echo, all go."""
    held = ["+12065550148"]
    for line in (
        "ring me at (206) 555-0148 after lunch",
        "it's 206.555.0148",
        "I'll have someone call you at +12065550148.",
    ):
        out = without_details(line, ["phone"], held)
        assert "0148" not in out
        assert ERASED_SPAN in out
    assert without_details("ring me at (206) 555-0148", ["phone"], held).startswith("ring me at")


def test_the_read_back_of_a_phone_ending_is_erased() -> None:
    """ "a number ending in 0148" no longer gives the ending away."""
    out = without_details("I have a number ending in 0148.", ["phone"], ["+12065550148"])
    assert out == f"I have a number ending in {ERASED_SPAN}."


def test_erasing_the_phone_keeps_the_email_and_other_numbers() -> None:
    """Only the erased kind goes: the address and a quantity stay."""
    line = "email lou@kettlecorner.cafe, phone 206 555 0148, we pour 180 cups"
    out = without_details(line, ["phone"], ["+12065550148"])
    assert "lou@kettlecorner.cafe" in out
    assert "180 cups" in out
    assert "555" not in out


def test_an_email_is_erased_written_or_spelled_out() -> None:
    """An address, and one spelled out to dodge spam filters, both go."""
    held = ["lou@kettlecorner.cafe"]
    assert "kettlecorner" not in without_details("it's lou@kettlecorner.cafe", ["email"], held)
    spelled = without_details("lou at kettlecorner dot cafe", ["email"], held)
    assert "kettlecorner" not in spelled


def test_a_name_is_erased_whole_and_by_its_first_word() -> None:
    """ "Thanks, Lou!" echoes the first name of "Lou Ferreira": both forms go, any case."""
    held = ["Lou Ferreira"]
    assert "Ferreira" not in without_details("I'm lou ferreira from Tacoma", ["name"], held)
    assert without_details("Thanks, Lou!", ["name"], held) == f"Thanks, {ERASED_SPAN}!"
    assert without_details("Louisville is far", ["name"], held) == "Louisville is far"
