"""Answers inside conversations (issue 23, set AP): a wait asked as a comparison ("is one
slower to get?") is the lead time of the items discussed, and every part of the message is
answered; a rule's own ask does not carry the attribute asked the turn before."""

from __future__ import annotations

from collections.abc import Callable

from shared.understanding.asked import asks_reached, stated_purchase


def test_a_wait_compared_among_the_items_discussed_is_their_lead_time(
    follow: Callable[..., str],
) -> None:
    """ "does one take longer to ship?" after both Lumens is the 3-Group's three weeks."""
    said = follow("lumen 2 group or lumen 3 group?", "does one take longer to ship?")
    assert "three-week" in said
    said = follow("the 3 group or the 2 group", "which one arrives sooner")
    assert "three-week" in said


def test_the_wait_compared_is_answered_beside_a_price_difference(
    follow: Callable[..., str],
) -> None:
    """Both parts: "how much more is the bigger one? and does one ship slower?" gives the
    difference and the lead time."""
    said = follow(
        "lumen 2 group or lumen 3 group?", "how much dearer is the 3? and does one ship slower?"
    )
    assert "$3,600" in said
    assert "three-week" in said


def test_a_speed_word_about_the_visitor_is_no_lead_time(follow: Callable[..., str]) -> None:
    """ "is it slower to get used to?" after a machine asks how hard it is to learn, no wait
    (while "is it slower to get?" asks the wait)."""
    assert "three-week" in follow("how much is the lumen 3 group", "is it slower to get?")
    said = follow("how much is the lumen 3 group", "is it slower to get used to?")
    assert "three-week" not in said


def test_a_credit_asked_after_a_wait_does_not_repeat_the_wait(
    follow: Callable[..., str],
) -> None:
    """ "and can we trade in our old machine? ... we paid 10,000" after the 3-group's wait:
    the credit, worked on $10,000, and no lead time said again."""
    said = follow(
        "what's the wait on a lumen 3 group?",
        "and can we trade in our old machine? it's fine, we paid 10,000 for it",
    )
    assert "$1,500" in said
    assert "three-week" not in said


def test_another_ask_beside_a_rule_is_still_answered(follow: Callable[..., str]) -> None:
    """ "can we lease it? and how long is the warranty" after the wait: the lease and the
    warranty (the part asking its own attribute is kept)."""
    said = follow("what's the wait on a lumen 3 group?", "can we lease it? and the warranty?")
    assert "36 months" in said
    assert "2-year" in said


def test_training_beside_a_stated_lumen_purchase_is_free(follow: Callable[..., str]) -> None:
    """ "we're going with the lumen 2 group. got 4 people to train, what would that run us?"
    is the free training, not the machine's price."""
    said = follow(
        "we're going with the lumen 2 group. got 4 people to train, what would that run us?"
    )
    assert "no charge" in said
    assert "$9,800" not in said


def test_training_beside_another_purchase_is_priced(follow: Callable[..., str]) -> None:
    """With a Pico stated, the training is not free: its own price is said."""
    said = follow("we're getting a pico. need 2 staff trained, what's that cost?")
    assert "Not with the Pico 1-Group" in said
    assert "$850" in said


def test_a_purchase_asked_or_priced_alone_is_no_offer(follow: Callable[..., str]) -> None:
    """ "we're buying the lumen 2 group. how much is it?" is the machine's price; "can we buy
    the lumen 2" states no purchase."""
    assert "$9,800" in follow("we're buying the lumen 2 group. how much is it?")
    assert stated_purchase("can we buy the lumen 2 group?") is None
    assert stated_purchase("we're upgrading to a lumen 3 group at our cafe") == "a lumen 3 group"


def test_a_threshold_asked_again_with_an_added_item_judges_the_new_order(
    follow: Callable[..., str],
) -> None:
    """After the Pico alone is below the leasing minimum, "and if we throw in the atlas 64,
    are we over the minimum?" sums both ($5,250) and judges that."""
    said = follow(
        "can we lease a pico?", "and if we throw in the atlas 64, are we over the minimum?"
    )
    assert "$5,250" in said
    assert "can be leased" in said


def test_an_item_added_by_its_rank_is_judged_with_the_order(follow: Callable[..., str]) -> None:
    """ "what if we add the smaller grinder? would that qualify?" adds the Atlas 64."""
    said = follow("can we lease a pico?", "what if we add the smaller grinder? would that qualify?")
    assert "$3,900" in said
    assert "$5,250" in said


def test_an_item_added_with_no_threshold_asked_is_no_lease(follow: Callable[..., str]) -> None:
    """ "what if we add the smaller grinder?" alone, and "is that enough for 200 drinks a
    day?", ask no leasing again."""
    said = follow("can we lease a pico?", "what if we add the smaller grinder?")
    assert "$5,250" not in said
    assert not asks_reached("is that enough for 200 drinks a day?")
    assert asks_reached("plus the clarity, is that enough now?")


def test_the_comparison_asked_is_of_its_alternatives_not_the_settled_item(
    follow: Callable[..., str],
) -> None:
    """ "the lumen 3 group is decided. atlas 75 or 64 for a quiet shop?" weighs the two
    grinders (the Atlas 64 for a smaller café among them), not the grinder that pairs with the
    machine alone."""
    said = follow("the lumen 3 group is decided. atlas 75 or 64 for a quiet shop?")
    assert "Atlas 64" in said
    assert "Atlas 75" in said


def test_items_of_two_kinds_asked_together_are_still_totalled(follow: Callable[..., str]) -> None:
    """ "lumen 2 group and an atlas 75, total?" is no comparison: the sum."""
    assert "$12,250" in follow("lumen 2 group and an atlas 75, total?")
