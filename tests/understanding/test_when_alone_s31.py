"""A bare "when" after an answer asks the time that answer set (session 31): the one sentence
of the reply that sets a time ("after 3 months of ..."); with no such sentence, or several,
nothing is said again."""

from __future__ import annotations

from shared.understanding.reference import carrying_sentence

_SAID = "Returns are accepted. Within 14 days of delivery, you can send an unused grinder back."


def test_when_alone_is_the_sentence_setting_a_time() -> None:
    """ "and when?" after a reply with one timed sentence is that sentence."""
    assert carrying_sentence("and when?", _SAID) == (
        "Within 14 days of delivery, you can send an unused grinder back."
    )


def test_when_with_no_or_several_times_is_nothing() -> None:
    """Negative: no timed sentence, or two, leave "when" to the search; "when do you open"
    asks its own thing."""
    assert carrying_sentence("when", "New accounts pay by card.") is None
    two = "Delivery takes 3 business days. After 2 months you may switch."
    assert carrying_sentence("when", two + " In 5 days it ships.") is None
    assert carrying_sentence("when do you open", _SAID) is None
