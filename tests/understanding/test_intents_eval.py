"""Leave-one-author-out: the gated intents stay precise on every outside author held out."""

from __future__ import annotations

from index_builder.intents_eval import GATED, PRECISION_TARGET, below_target, evaluate, markdown


def test_gated_intents_keep_their_precision_on_each_held_out_author() -> None:
    """Trained on the team and two outside authors, the classifier's handoff, correction,
    refusal, support-issue and privacy decisions on the third are >= 90 % precise, each way."""
    table = evaluate()
    print(markdown(table))
    assert set(table) == {"outside-a", "outside-b", "outside-c"}
    assert all(name in table["outside-a"] for name in GATED)
    assert below_target(table) == [], f"precision below {PRECISION_TARGET}"
