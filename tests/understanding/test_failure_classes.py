"""The failure classes of the held-out set of 2026-12-05 (type, stage, fields), each rule with a
case it records and one it must not, through the real reader, state machine and grammars."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, pain_points, preferences
from shared.conversation.machine import advance
from shared.conversation.replies import Facts, compose
from shared.conversation.signals import HUMAN_RE
from shared.conversation.state import ConversationState, Stage
from shared.understanding.commitment import defers
from shared.understanding.entities.names import find_name
from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.entities.timeline import find_timeline, read_timeline
from shared.understanding.privacy import asks_erasure
from shared.understanding.questions import asks_something, is_question
from shared.understanding.quotes import asks_quote
from shared.understanding.visitor import venue_of, visitor_type
from tests.understanding.playing import CASUAL, EXISTING, NEW

NOW = datetime(2026, 12, 4, tzinfo=UTC)


async def play(messages: list[str]) -> ConversationState:
    """Every message through the local brain and the state machine; the final state."""
    brain, state = LocalBrain(), ConversationState()
    for message in messages:
        heard = await brain.understand(message, state)
        state, _ = advance(state, heard, NOW)
    return state


def test_a_business_starting_to_serve_coffee_is_new() -> None:
    """A juice bar whose customers ask for coffee and a taproom adding cold brew are new."""
    assert visitor_type("we run a juice bar and customers keep asking for coffee") is NEW
    assert visitor_type("we're a taproom in boise adding nitro cold brew on one of our taps") is NEW


def test_a_business_that_serves_coffee_or_shows_tenure_stays_existing() -> None:
    """Coffee served already, a coffee venue, or tenure and several sites keep a business
    existing when it adds espresso or hears customers ask for coffee."""
    bakery = "we're a bakery, we already do drip coffee but ppl keep asking for lattes"
    boba = "we have 2 boba tea shops since 2019. customers keep asking for coffee"
    assert visitor_type(bakery) is EXISTING
    assert visitor_type(boba) is EXISTING
    assert visitor_type("we run a diner and want to add espresso") is EXISTING


def test_a_home_kitchen_or_remodel_is_a_home_visitor() -> None:
    """ "ok for a home kitchen?" and "our kitchen reno" are a casual browser; a restaurant's
    kitchen stays a business."""
    assert visitor_type("is the lumen 2 group ok for a home kitchen? remodeling") is CASUAL
    assert visitor_type("want a lumen for our kitchen reno") is CASUAL
    assert visitor_type("we run a restaurant and are remodeling the kitchen") is EXISTING


def test_sign_up_requests_are_requests_questions_about_them_are_not() -> None:
    """ "put me down" and "let's book the on-site" ask to proceed; asking how booking works
    does not."""
    assert asks_quote("k. put me down, Ryan Holt, ryan@x.com")
    assert asks_quote("ok let's book the on-site. leo, 971-555-0108")
    assert not asks_quote("how do we book the on-site course?")


def test_a_bare_call_me_is_a_handoff_a_given_number_is_not() -> None:
    """ "sam 503 555 0117 call me" asks for a call; "you can call me on ..." and "call me Sam"
    do not."""
    assert HUMAN_RE.search("sam ortiz 503 555 0117 call me")
    assert HUMAN_RE.search("Call me after 3pm please")
    assert not HUMAN_RE.search("you can call me on 503 555 0117")
    assert not HUMAN_RE.search("just call me Sam")


async def test_a_request_with_a_volunteered_need_qualifies() -> None:
    """An existing café that names the machine it wants and asks sales to reach out with an
    email is qualified; the same without the request waits for its pain points."""
    opening = ["we've got a 2-group machine from 2016 but we've outgrown it", "the lumen 3 then"]
    asked = await play([*opening, "have sales reach out, Tom Lind, tom@lindcoffee.com"])
    given = await play([*opening, "Tom Lind, tom@lindcoffee.com"])
    assert asked.stage is Stage.QUALIFIED
    assert given.stage is not Stage.QUALIFIED


async def test_an_existing_cafe_volume_answers_why_it_is_here() -> None:
    """Sites, a monthly volume and a contact qualify an existing café with no pain named; sites
    and a contact alone do not."""
    group = "we're a 3-location cafe group in LA doing about 200 lb of coffee a month"
    contact = "contact is me, Farah Siddiqui, farah@threeoaks.com"
    assert (await play([group, contact])).stage is Stage.QUALIFIED
    bare = await play(["we're a 3-location cafe group in LA", contact])
    assert bare.stage is not Stage.QUALIFIED


def test_ordinal_sites_count() -> None:
    """ "our second location" is 2 and "opening my first coffee shop" 1; "our first shop" in
    passing is no count."""
    assert find_locations("we hired 4 baristas for our second location", False) == 2
    assert find_locations("opening my first coffee shop in boise", False) == 1
    assert find_locations("our first shop has a leaky grinder", False) is None


async def test_a_new_cafe_keeps_the_site_count_it_volunteers() -> None:
    """A new café's "my first coffee shop" stores one location, which it is never asked."""
    state = await play(["hey, opening my first coffee shop in boise, signed the lease last week"])
    assert state.collected["locations"] == 1
    assert state.asking != "locations"


def test_an_account_under_an_organisation_is_no_name() -> None:
    """ "account is under Halcyon Bakehouse, I'm Nadia Petrov" names Nadia Petrov; an order under
    a person's name is still read."""
    text = "account is under Halcyon Bakehouse in Tacoma, I'm Nadia Petrov, 253-555-0149"
    assert find_name(text, False, True) == "Nadia Petrov"
    assert find_name("the order is under Maria Lopez", False, True) == "Maria Lopez"


def test_accented_first_names_are_known() -> None:
    """ "élodie gagnon, e@..." beside a contact is a name (its first name known without the
    accent); lower-case words that are no first name are not."""
    assert find_name("soumission svp : élodie gagnon, e@cafe.ca", False, True, False) == (
        "Élodie Gagnon"
    )
    assert find_name("soumission svp : plateau montréal, e@cafe.ca", False, True, False) is None


async def test_a_current_fault_is_the_support_need_a_habitual_one_is_not() -> None:
    """ "our lumen 3 is leaking water" stores the repair as the support need; "machines keep
    dying on weekends" stays a pain point only."""
    leak = await play(["our lumen 3 is leaking water under the drip tray"])
    assert "leak" in leak.collected["support_needs"]
    habitual = await play(["got 2 drive thru stands. machines keep dying on weekends"])
    assert "support_needs" not in habitual.collected
    assert "dying" in habitual.collected["pain_points"]


def test_one_style_cue_in_a_taste_frame_is_a_preference() -> None:
    """ "something chocolatey" and "adding nitro cold brew" are preferences; a lone cue word
    outside a frame ("the drip tray") is not."""
    assert preferences("I'd like something chocolatey but not bitter.", False)
    assert preferences("we're a taproom adding nitro cold brew on one of our taps", False)
    assert preferences("water under the drip tray", False) is None


def test_dates_requests_and_positive_habits_are_no_pain() -> None:
    """ "in late april", "never been late", "customers keep asking" and "put me down" are no
    pain; "deliveries are always late" is."""
    for text in (
        "ideally it's on bars by our anniversary in late april",
        "it's been 5 months and we've never been late",
        "customers keep asking",
        "k. put me down, Ryan Holt",
    ):
        assert pain_points(text, False) is None, text
    assert pain_points("deliveries are always late", False)


def test_a_staff_count_is_no_volume() -> None:
    """ "would someone train my staff? it's 3 people" states no volume; "do you deliver? we do
    about 200 cups" does."""
    staff = business_fields("would someone train my staff? it's 3 people", None, True)
    assert "expected_volume" not in staff
    cups = business_fields("do you deliver? we do about 200 cups", None, True)
    assert cups.get("expected_volume") == "about 200 cups"


def test_opening_may_is_stored_as_the_month() -> None:
    """ "opening may" stores "may" (read after "opening" in the reply); "may" alone is no
    timeline."""
    assert read_timeline("fine. both. opening may", NOW.date()) == "may"
    assert find_timeline("we may need a grinder") is None


async def test_terse_details_before_the_type_accumulate() -> None:
    """ "pico price" then "grinder for it" holds both items until the type is known."""
    state = await play(["cart. pico price", "grinder for it", "fine. both. opening may"])
    assert state.customer_type is NEW
    assert "Pico" in state.collected["equipment_needs"]
    assert "grinder" in state.collected["equipment_needs"]


async def test_a_fault_reply_has_no_cheerful_greeting_or_second_sorry() -> None:
    """The turn reporting a leak says no "Great to hear" nor "Sorry to hear that" (the support
    note says sorry); an existing café's first message without a fault still gets its greeting."""
    brain, state = LocalBrain(), ConversationState()
    heard = await brain.understand("our lumen 3 is leaking water under the drip tray", state)
    state, plan = advance(state, heard, NOW)
    reply = compose(plan, state, None)
    assert "Great to hear" not in reply
    assert "Sorry to hear" not in reply
    heard = await brain.understand("we run a cafe in tacoma", ConversationState())
    state, plan = advance(ConversationState(), heard, NOW)
    greeted = compose(plan, state, None)
    assert "your café" in greeted


def test_a_business_starting_coffee_opens_a_coffee_program() -> None:
    """A taproom adding cold brew is greeted for a "coffee program", a new coffee cart for a
    cart."""
    taproom = "we're a taproom adding nitro cold brew on one of our taps"
    assert venue_of(taproom, NEW) == "coffee program"
    assert venue_of("we're opening a coffee cart in may", NEW) == "coffee cart"


def test_talking_it_over_defers() -> None:
    """ "gonna talk it over with my partner and come back" leaves to think; "we talked to our
    partner" does not."""
    assert defers("ok cool, gonna talk it over with my partner and come back")
    assert not defers("we talked to our partner already, send the quote")


def test_a_period_in_words_keeps_the_volume_whole() -> None:
    """ "20 lb every two weeks" is stored whole; "20 lb" alone stays an amount."""
    assert find_volume("we'd start at 20 lb every two weeks", False) == "20 lb every two weeks"
    assert find_volume("we'd start at 20 lb", False) == "20 lb"


def test_outgrowing_and_training_needs_are_read_negated_tastes_are_not_pain() -> None:
    """ "we've outgrown it" is a pain, "need them trained" a support need; "not bitter" is a
    taste, no pain."""
    assert pain_points("still runs fine but we've outgrown it", False) == "we've outgrown it"
    trained = business_fields("4 new baristas, need them trained", None, False)
    assert trained.get("support_needs") == "need them trained"
    assert pain_points("I'd like something chocolatey but not bitter", False) is None


def test_an_amount_is_cut_from_a_preference_unless_it_holds_the_coffee() -> None:
    """ "25 lb a week of something medium" prefers "something medium"; "60 lb of Harbor a
    month" keeps the blend."""
    assert preferences("maybe 25 lb a week of something medium, nothing sour", False) == (
        "something medium"
    )
    assert "Harbor" in str(preferences("We'd go through maybe 60 lb of Harbor a month.", False))


def test_a_site_placed_by_its_ordinal_is_no_count() -> None:
    """ "our second location is in Richmond" says where a site is (no count); "for our second
    location" counts two."""
    assert find_locations("Not Burnaby — our second location is in Richmond.", False) is None
    assert find_locations("4 new baristas for our second location", False) == 2


async def test_a_korean_home_drinker_is_a_casual_browser_still_answered_with_the_notice() -> None:
    """ "집에서 마시려고요" (to drink at home) types a casual browser through the Korean gloss;
    the question before it still gets the English-only notice, not a search."""
    state = await play(["안녕하세요, 디카페인 커피 있나요?", "집에서 마시려고요. 핸드드립으로요"])
    assert state.customer_type is CASUAL
    heard = await LocalBrain().understand("한 봉지만 살 수 있나요?", state)
    assert not heard.retrieve


async def test_sales_hours_are_said_once_in_a_handoff_after_an_answer_giving_them() -> None:
    """A handoff right after an answer that gave the sales hours does not repeat them; without
    that answer the handoff says them."""
    hours = "Monday to Friday, 8:00 to 18:00 Pacific Time"
    answer = f"You can reach our sales team at +1 503 555 0142. They're available {hours}."
    brain, state = LocalBrain(), ConversationState(customer_type=EXISTING)
    heard = await brain.understand("who do i talk to to set that up", state)
    state, plan = advance(state, heard, NOW)
    plan.handoff_now = True
    facts = Facts(sales_hours=hours)
    assert compose(plan, state, None, answer, facts).count(hours) == 1
    assert compose(plan, state, None, None, facts).count(hours) == 1


async def test_asking_that_the_erasure_be_done_confirms_it() -> None:
    """ "just confirm it's gone please" after the erasure question erases; "confirm the
    delivery date" is no privacy request."""
    state = await play(
        [
            "we run a cafe in olympia, jenna@olympiaroast.net",
            "please delete my phone number and email from your system",
            "just confirm it's gone please, no follow-up calls",
        ]
    )
    assert state.collected == {}
    assert "email" in state.refused
    assert not asks_erasure("can you confirm the delivery date is still the 5th?")


async def test_a_pain_question_answered_by_another_need_is_not_asked_again() -> None:
    """An existing café that wants a maintenance plan is asked what prompts it once, not again
    after its next answer; one that stated no need is asked again."""
    state = await play(
        [
            "hi, we own 2 coffee shops in portland and want a maintenance plan for both",
            "the pro one sounds good, a loaner grinder would be huge for us",
            "oh wait, so 3 shops actually",
        ]
    )
    assert state.ask_counts.get("pain_points") == 1
    bare = await play(["we own 2 coffee shops in portland", "hmm", "ok"])
    assert bare.ask_counts.get("pain_points", 0) >= 2


def test_coffee_shops_are_sites_not_coffees() -> None:
    """ "we own 2 coffee shops" states no volume; "about 200 coffees" does."""
    assert find_volume("we own 2 coffee shops in portland", False) is None
    assert find_volume("about 200 coffees", False) == "about 200 coffees"


async def test_delete_all_of_that_beside_no_contact_erases() -> None:
    """ "please wipe all of that, i don't want anyone to call me" erases what was given; a
    read-back ("what have you got on me so far?"), a cart edit or a bare "delete it" is none."""
    assert not asks_erasure("hang on, what have you got on me at this point?")
    assert not asks_erasure("please delete that item from my cart")
    assert not asks_erasure("delete it")
    state = await play(
        [
            "im rosa, we're putting a coffee counter in our record store in bend",
            "rosa@spinningbend.com",
            "hmm please wipe all of that, i don't want anyone to call me yet",
            "yes",
        ]
    )
    assert "email" not in state.collected
    assert "name" not in state.collected


def test_a_topic_put_before_the_question_still_asks() -> None:
    """ "on the sample kit, can we order two" and "with 4 cafes do we get the multi-site rate"
    ask; a statement after a topic ("for our bakery we can do 40 lb a month") does not."""
    for asked in (
        "on the sample kit can we order two",
        "with 4 cafes do we get the multi-site rate",
        "regarding delivery, is there a cutoff day",
    ):
        assert is_question(asked)
        assert asks_something(asked)
    for said in ("for our bakery we can do 40 lb a month", "on weekends we do about 300 cups"):
        assert not is_question(said)


async def test_a_lone_first_name_answering_the_email_question_is_the_name() -> None:
    """ "zainab" answering "which email?" is the visitor's name, and the email still follows;
    "sure" or "june" answering it stores no name."""
    state = await play(["we're opening a cafe in bend in march, can i get a quote on a pico?"])
    assert state.asking == "email"
    named = await play(
        ["we're opening a cafe in bend in march, can i get a quote on a pico?", "zainab"]
    )
    assert named.collected.get("name") == "Zainab"
    for filler in ("sure", "june"):
        unnamed = await play(
            ["we're opening a cafe in bend in march, can i get a quote on a pico?", filler]
        )
        assert "name" not in unnamed.collected
