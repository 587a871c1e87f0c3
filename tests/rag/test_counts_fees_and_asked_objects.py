"""Set G's answer classes: counts written as "x2", "a pair of" or "our N <premises>", a fee
stated as a share worked out on the item discussed, a price asked with a capacity, the thing a
"do you supply X" question asks as a constraint, a "which one" among the items discussed, and
a "when" that only opens a clause."""

from __future__ import annotations

from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.asked_object import asked_objects, asked_verb, unanswered_objects
from shared.rag.matching import stated_counts
from shared.rag.order import named_items
from shared.rag.refunds import fee_named
from shared.rag.rules import percent_applied
from shared.rag.told import told_apart
from shared.rag.when import asks_year
from shared.rag.which_member import phrase_holders
from shared.understanding.asked import amount_asked, asks_lease, states_measure

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")
RETURNS = (
    "Equipment can be returned within 30 days if it is unused and in its original packaging; "
    "equipment returns carry a 10% restocking fee."
)


def _ask(answerer: Answerer, *messages: str) -> str:
    """The reply to the last of ``messages``, each earlier one carrying its entities on."""
    recent: list[str] = []
    attribute: str | None = None
    order: list[str] = []
    text = ""
    for message in messages:
        said = answerer.answer(message, recent, attribute, order=order)
        recent, attribute = said.entities or recent, said.attribute or attribute
        order, text = said.order or order, said.text
    return text


def test_a_count_written_after_the_name_or_as_a_pair_is_read() -> None:
    """ "atlas 64 x2", "atlas 64 x 2" and "a pair of atlas 64s" order two; "x" alone is none."""
    for text in ("atlas 64 x2, how much all in?", "the atlas 64 x 2 please", "a pair of atlas 64s"):
        assert [(e.name, n) for e, n in named_items(CATALOG, text)] == [("Atlas 64", 2)], text
    assert [n for _, n in named_items(CATALOG, "one atlas 64 and the pico")] == [1, 1]


def test_premises_the_visitor_owns_count_locations_under_any_name() -> None:
    """ "our 5 gyms", "we run 4 hotels" count locations; "our 2 machines" and "our 6 staff" do
    not (a thing the catalog sells, another unit)."""
    things = frozenset({"machin", "grinder", "plan"})
    assert stated_counts("the multi site plan for our 5 gyms per month", things) == {"location": 5}
    assert stated_counts("we run 4 hotels, what would it cost", things) == {"location": 4}
    assert "location" not in stated_counts("our 2 machines need a plan", things)
    assert stated_counts("training for our 6 staff", things) == {"staff": 6}


def test_a_fee_is_found_by_the_words_that_name_it() -> None:
    """The restocking fee's sentence answers "the restocking fee"; a delivery fee, or no fee
    asked, finds none."""
    assert fee_named("how much would the restocking fee come to", [RETURNS]) == RETURNS
    assert fee_named("what's the delivery fee on it", [RETURNS]) is None
    assert fee_named("can i return it", [RETURNS]) is None


def test_a_monthly_share_of_a_price_says_a_month_once() -> None:
    """A monthly percentage applied to an item's price ends "... a month." once, not twice."""
    rule = "Monthly payments start from about 3% of the equipment price."
    lumen = CATALOG.get("Lumen 3-Group")
    assert lumen is not None
    said, _ = percent_applied(rule, "3%", lumen, "what would it be a month?")
    assert said.endswith("roughly $402 a month."), said
    assert said.count("a month") == 1


def test_paying_it_monthly_asks_for_leasing() -> None:
    """ "can i pay it monthly" asks leasing as "pay monthly" does; "monthly price" does not."""
    assert asks_lease("is the pico under warranty, and can i pay it monthly?")
    assert asks_lease("can we pay for it monthly")
    assert not asks_lease("what is the monthly price of the pro plan")


def test_a_count_in_a_unit_needs_a_number_in_that_unit() -> None:
    """ "how many mg of caffeine" is answered only by a number of mg, not by a price."""
    asked = amount_asked("how many mg of caffeine are left in a cup of night shift decaf")
    assert asked == "number of mg of caffeine"
    assert not states_measure("Night Shift is decaffeinated. Price: $13.25 per lb.", asked)
    assert states_measure("A cup holds about 3 mg of caffeine.", asked)


def test_the_objects_of_a_supply_question_are_read() -> None:
    """The head nouns after a verb of supplying, up to a closing word; none for other asks."""
    assert asked_objects("do you supply compostable cups and lids too?") == ["cups", "lids"]
    assert asked_objects("do you guys sell oat milk?") == ["milk"]
    assert asked_objects("do you sell to home users?") == []
    assert asked_objects("how much is the pico?") == []
    assert asked_verb("do you rent out a machine for one weekend?") == "rent"
    assert asked_verb("a grinder for decaf, which one do you suggest?") is None


def test_an_answer_naming_none_of_the_asked_objects_does_not_answer() -> None:
    """The bags do not answer cups and lids; "decaffeinated" answers "decaf"; a verdict
    ("No. ...") answers the question itself."""
    bags = "Our coffee bags are compostable, and the roastery runs on 100% renewable electricity."
    assert unanswered_objects("do you supply compostable cups and lids too?", bags) == [
        "cups",
        "lids",
    ]
    decaf = "Night Shift is a medium roast decaffeinated by the Swiss Water process."
    assert unanswered_objects("do you sell decaf?", decaf) == []
    verdict = "No. We only install grid-tied systems."
    assert unanswered_objects("can you do an off-grid cabin?", verdict) == []


def test_a_phrase_some_members_say_is_about_them() -> None:
    """ "the loaner grinder" is a thing the Pro plan comes with, not a grinder; a phrase with
    no other kind's word is not taken."""
    held = phrase_holders(
        "do we lose the loaner grinder if we switch?", "maintenance plan", CATALOG
    )
    assert held is not None
    assert held[0] == "loaner grinder"
    assert [e.name for e, _ in held[1]] == ["Pro plan"]
    assert phrase_holders("how many preventive visits", "maintenance plan", CATALOG) is None


def test_what_an_item_is_for_is_told_not_asked() -> None:
    """ "want it for my kitchen" beside a price question is the visitor's purpose: only the
    question is answered; "want pricing on the pico" is still a request."""
    parts = [("how much is the lumen 2 group?", ""), ("want it for my kitchen", "")]
    assert told_apart(parts) == parts[:1]
    request = [("how much is the lumen 2 group?", ""), ("want pricing on the pico too", "")]
    assert told_apart(request) == request


def test_when_opening_a_clause_asks_no_year() -> None:
    """ "... pause it when the office shuts" asks no year; "and when" and "when did you"
    do."""
    assert not asks_year("if we set up a subscription can we pause it when the office shuts?")
    assert asks_year("who started copperline and when")
    assert asks_year("when did you set up the roastery?")
    assert asks_year("Two questions: when was Copperline founded and who roasts the coffee?")


def test_a_time_question_with_no_subject_takes_the_discussed_items_sentence(
    answerer: Answerer,
) -> None:
    """After the Pro plan, "is anyone there at the weekend?" is its emergency line's days;
    with nothing discussed it stays unanswered."""
    said = _ask(answerer, "we're on the pro plan", "is anybody around at the weekend?")
    assert "7 days a week" in said
    assert "7 days a week" not in _ask(answerer, "is anybody around at the weekend?")


def test_set_g_answer_classes_on_the_demo_bundle(answerer: Answerer) -> None:
    """Each class answered from the knowledge base, in phrasings of our own."""
    assert "$2,700" in _ask(answerer, "atlas 64 x2 for the new site, what's that all in?")
    assert "$316" in _ask(answerer, "we run 4 hotels, what would the multi-site plan cost us")
    returned = _ask(
        answerer, "we'd send back the atlas 75, unopened", "so what's the restocking fee?"
    )
    assert "$245" in returned
    priced = _ask(answerer, "on-site course for 5 baristas, how much?")
    assert "$850" in priced
    plans = _ask(answerer, "what maintenance plans are there", "which of them has a loaner grinder")
    assert "Pro plan" in plans
    assert "$99" in plans
    assert "leas" not in plans
    cups = _ask(answerer, "can you also sell compostable lids and cups?")
    assert cups.startswith("I don't have information on lids or cups"), cups
    assert "don't know" in _ask(answerer, "do you rent out espresso machines for events?")
    paused = _ask(answerer, "can we pause our subscription when we close for the holidays?")
    assert "2 days" in paused
