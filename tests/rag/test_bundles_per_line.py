"""Alternatives laid out one per line (a pasted list of bundles to compare) are totalled one at
a time, and leasing judged for each; never one sum over them all. Phrasings are our own."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.grounding import unsupported_numbers
from shared.understanding.text import clean_message


def test_two_bundles_on_two_lines_are_totalled_apart(answerer: Answerer) -> None:
    """Lumen 2-Group + Atlas 75 ($12,250) and BatchPro 2 + Clarity ($2,620), leasing asked:
    each line its own total, the first over the leasing minimum, the second under it."""
    question = clean_message(
        "Two setups we're weighing, what's each one all in?\n"
        "1) Lumen 2-Group and Atlas 75\n2) BatchPro 2 with the Clarity filter\nLease possible?"
    )
    answer = answerer.answer(question)
    assert "$12,250" in answer.text
    assert "$2,620" in answer.text
    assert "$14,870" not in answer.text  # the four items summed together
    assert "under the $5,000 leasing minimum" in answer.text
    assert unsupported_numbers(answer, question) == set()


def test_a_list_of_one_item_a_line_is_still_one_order(answerer: Answerer) -> None:
    """A shopping list with one item on each line, a total asked, is summed as one order."""
    question = clean_message("Rough total please:\n- Lumen 2-Group\n- Atlas 75\n- Clarity filter")
    answer = answerer.answer(question)
    assert "$12,890" in answer.text
    assert "one at a time" not in answer.text
