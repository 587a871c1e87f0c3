"""Fields read right or not stored (issue 22, a twelfth author's classes): negation scope for
preferences and needs, vague answers, a judged provider, a quantity carried from the visitor's
own question, names from sign-offs and titles, and "delete it" for the one detail given. The
phrasings are our own."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, equipment, preferences
from shared.understanding.corrections import corrected_count
from shared.understanding.direct_answers import free_text_answer
from shared.understanding.entities.cues import PREFERENCE_RE
from shared.understanding.entities.names import find_name
from shared.understanding.entities.negation import negated_at, only_negated
from shared.understanding.entities.quantities import find_locations
from shared.understanding.entities.signed_names import leading_name, signed_off_name, titled_name
from shared.understanding.entities.topic import is_number_only, quantity_topic
from shared.understanding.fuzzy import normalise
from shared.understanding.meta import meta_question
from shared.understanding.privacy import erased_by_pronoun
from tests.understanding.playing import play


@pytest.mark.parametrize(
    "text",
    [
        "honestly we don't want any espresso, the volunteers would hate it",
        "NOT dark roast please, nobody drinks it",
        "something that isnt too acidic... actually no, nothing acidic",
        "we never do lattes here",
    ],
)
def test_a_style_ruled_out_is_no_preference(text: str) -> None:
    """Every coffee cue said under a negator is a constraint: no preference, asked or not."""
    assert preferences(text, asked=False) is None
    assert preferences(text, asked=True) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we'd prefer pour over, not espresso", "pour over"),
        ("no dark roasts, something chocolatey", "chocolatey"),
        ("we want cold brew but no decaf", "cold brew"),
    ],
)
def test_a_style_wanted_beside_one_ruled_out_is_kept(text: str, kept: str) -> None:
    """The negator reaches to the clause's end only: the wanted style is stored."""
    found = preferences(text, asked=False)
    assert found is not None
    assert kept in found


def test_negation_scope_ends_at_a_contrast() -> None:
    """ "not X but Y": Y is outside the scope; "not too bitter" stays a taste of its own."""
    text = "not espresso but drip"
    assert negated_at(text, text.index("espresso"))
    assert not negated_at(text, text.index("drip"))
    assert not only_negated("nothing too bitter", PREFERENCE_RE)


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("we really do not want espresso, too fiddly", "pain_points"),
        ("no capsules", "equipment_needs"),
        ("nothing fruity", "coffee_preferences"),
    ],
)
def test_a_direct_answer_ruling_out_is_no_value(text: str, asking: str) -> None:
    """A reply that only rules something out stores nothing, neither the field asked nor a
    preference it names."""
    assert free_text_answer(text, asking) == {}


def test_a_denied_want_drops_the_item() -> None:
    """ "we dont want a pod machine, need a grinder" wants the grinder only."""
    assert equipment("we dont want a pod machine, need a grinder", asked=False) == "a grinder"


@pytest.mark.parametrize(
    "text", ["a couple of branches", "several locations", "soonish", "it depends", "not sure yet"]
)
def test_a_vague_answer_stores_nothing(text: str) -> None:
    """A vague amount or time is no value of the field asked nor of another one."""
    for asking in ("pain_points", "equipment_needs", "coffee_preferences"):
        assert free_text_answer(text, asking) == {}


@pytest.mark.parametrize(
    "text",
    [
        "we run 2 shops and the repair company we use is hopeless",
        "our current roaster is unreliable",
    ],
)
def test_a_provider_judged_is_a_pain_not_a_support_need(text: str) -> None:
    """A complaint about a provider the visitor uses now is a pain point; no service is asked."""
    found = business_fields(text, None, question=False)
    assert "pain_points" in found
    assert "support_needs" not in found


def test_a_service_asked_beside_the_complaint_is_still_a_need() -> None:
    """ "the tech we have is flaky, we need a maintenance plan" asks for the plan."""
    found = business_fields(
        "the tech we have is flaky. we need a maintenance plan", None, question=False
    )
    assert "maintenance plan" in str(found.get("support_needs"))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("how many cups? no clue what a normal shop does", "expected_volume"),
        ("how much coffee do cafes like mine go through", "expected_volume"),
        ("how many sites counts as multi site", "locations"),
        ("how many locations do you deliver to", None),
        ("how many cups is 200", None),
    ],
)
def test_a_question_about_the_visitors_own_quantity(text: str, topic: str | None) -> None:
    """The visitor's question names a quantity of theirs; one about us or with a number does
    not."""
    assert quantity_topic(text) == topic


@pytest.mark.parametrize(
    ("text", "alone"),
    [("ok put me down for 200", True), ("eh 90 i guess", True), ("90 for the pico?", False)],
)
def test_a_number_alone(text: str, alone: bool) -> None:
    """A number with fillers only is a bare number; one with other words is not."""
    assert is_number_only(text) is alone


async def test_the_number_after_the_visitors_quantity_question_is_that_quantity(
    brain: LocalBrain,
) -> None:
    """A bare number answers the quantity the visitor asked about, whatever the bot asked."""
    state = await play(
        brain,
        [
            "we're opening a little espresso bar in tacoma",
            "how many cups a day? no idea what is typical honestly",
            "ok put me down for 120",
        ],
    )
    assert "120" in str(state.collected.get("expected_volume"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks a lot for the help. cheers, marcus", "Marcus"),
        ("send it over whenever - ines", "Ines"),
        ("ok thanks guys", None),
        ("cheers mate", None),
    ],
)
def test_a_sign_off_name(text: str, name: str | None) -> None:
    """A known first name closing the message after a closing word or a dash is the name."""
    assert signed_off_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mrs hannah okafor, 971-555-0100", "Hannah Okafor"),
        ("this is dr. lee here", "Lee"),
        ("the dr said no caffeine", None),
    ],
)
def test_a_titled_name(text: str, name: str | None) -> None:
    """The words after a title at a clause's start are a name."""
    assert titled_name(text) == name


def test_a_name_put_first() -> None:
    """A known first name alone in the first clause, more after it, is the name."""
    assert leading_name("daniel, the shop on main") == "Daniel"
    assert leading_name("espresso, drip and decaf") is None


@pytest.mark.parametrize(
    ("text", "held", "fields"),
    [
        ("hmm actually remove that please", ["phone"], ["phone"]),
        ("can you delete it", ["email"], ["email"]),
        ("delete it", ["email", "phone"], []),
        ("remove it from the quote", ["email"], []),
    ],
)
def test_an_erasure_by_pronoun(text: str, held: list[str], fields: list[str]) -> None:
    """ "delete it" is the one contact detail held; with two held, it is not guessed."""
    assert erased_by_pronoun(text, held) == fields


async def test_delete_it_removes_the_email_at_once(brain: LocalBrain) -> None:
    """A visitor who gave an email, asked who sees it, then asks to delete it: it goes now."""
    state = await play(
        brain,
        [
            "hey, sam here, sam.ortiz@example.com, curious about your blends",
            "hold on who gets my email",
            "ugh actually delete it please, changed my mind",
        ],
    )
    assert "email" not in state.collected
    assert not state.privacy_pending


def test_who_sees_the_details_is_a_question_about_us() -> None:
    """ "who sees my email" is answered from the assistant's own copy."""
    assert meta_question("quick q, who can see my number?")[0] == "seen"
    assert meta_question("who sees the roastery")[0] is None


def test_a_piece_of_an_address_is_no_name() -> None:
    """ "not .net" in an email's correction names no one."""
    assert find_name("oops, it's dana@bluebarn.com not .net", asked=False, missing=True) is None


def test_a_first_name_is_not_spell_corrected_into_a_cue_word() -> None:
    """A known first name close to a month ("marco", "junie") stays as typed."""
    assert normalise("marco bellini here") == "marco bellini here"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we supply all 3 of our cafes ourselves", 3),
        ("both of our shops", 2),
        ("2 of our shops", None),
    ],
)
def test_every_site_counted(text: str, count: int | None) -> None:
    """ "all N of our shops" counts every site; "2 of our shops" may be some of them."""
    assert find_locations(text, asked=False) == count


def test_a_count_revised_as_a_comparison() -> None:
    """ "actually no ... it'll be closer to 60" revises the stored volume."""
    text = "actually no, once the patio opens it'll be closer to 60. is that ok"
    assert corrected_count(text, {"expected_volume": "about 40 lb a month"}) == {
        "expected_volume": "about 60 lb a month"
    }


def test_a_question_without_its_mark_answers_nothing() -> None:
    """ "and if we finance it how much monthly" asks; it is no pain point."""
    assert free_text_answer("and if we finance it how much monthly", "pain_points") == {}


def test_a_name_from_its_business_mid_message() -> None:
    """ "order #5512, maya from birch & bean" gives the name; "at the desk" does not."""
    assert find_name("order 5512, maya from birch and bean", asked=False, missing=True) == "Maya"
    assert find_name("ok, maya at the desk said so", asked=False, missing=True) is None


def test_a_provider_that_never_turns_up_is_a_pain() -> None:
    """ "the tech never turns up" is a pain point."""
    found = business_fields("the tech we use never turns up when it breaks", None, question=False)
    assert "pain_points" in found


def test_an_account_name_names_no_gear() -> None:
    """ "acct is the grinder room" names the account, not a grinder wanted."""
    assert "equipment_needs" not in business_fields(
        "acct is the grinder room, im sal", "email", question=False
    )
    assert (
        business_fields("account name is Kettle House, we need a grinder", None, False)[
            "equipment_needs"
        ]
        == "a grinder"
    )
