"""Contact details dictated to a phone (set AN): an address said as words ("nadia at copper
kettle roasters dot com"), corrected in the same breath ("... no sorry it's ... dot com"), and a
phone's last digits said again after a repair ("... three seven no sorry seven three").
Phrasings of our own, each class with what the rule must leave alone."""

from __future__ import annotations

import pytest

from shared.conversation import signals
from shared.conversation.brain import LocalBrain
from shared.conversation.fields import business_fields, pain_points
from shared.conversation.state import ConversationState
from shared.pii import mask_text
from shared.understanding.corrections import repaired_phone
from shared.understanding.entities.contact_names import name_beside_contact, name_in_address
from shared.understanding.entities.dictated_emails import written_dictation
from shared.understanding.entities.emails import find_email
from shared.understanding.numerals import spoken_digits
from shared.understanding.reading import read
from shared.understanding.redaction import ERASED_SPAN, without_details
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("you can email nadia at copper kettle roasters dot com", "nadia@copperkettleroasters.com"),
        ("its ben dot ortiz at field and fire dot net thanks", "ben.ortiz@fieldandfire.net"),
        ("reach lou at north shore beans dot c a", "lou@northshorebeans.ca"),
        ("mina at yahoo dot com", "mina@yahoo.com"),
        ("um hal at bright water labs dot io", "hal@brightwaterlabs.io"),
        ("this is kit at two rivers cafe dot com", "kit@tworiverscafe.com"),
        ("so my email ana dot maria dot luz at gmail dot com", "ana.maria.luz@gmail.com"),
    ],
)
def test_an_address_said_as_words_is_written(said: str, address: str) -> None:
    """'at' then one to four domain words then 'dot' and a known ending is an address, its
    domain words joined and the local part reaching back over '<word> dot' pairs."""
    found = find_email(said)
    assert found is not None
    assert found.valid
    assert found.address == address


@pytest.mark.parametrize(
    ("said", "address"),
    [
        (
            "sam at juniper hill cafe dot com no sorry its juniper hill coffee dot com",
            "sam@juniperhillcoffee.com",
        ),
        ("sam at juniper dot com wait sorry sam at juniper dot net", "sam@juniper.net"),
        (
            "jo at red door dot com no wait reddoor bakery dot com all one word",
            "jo@reddoorbakery.com",
        ),
    ],
)
def test_the_last_address_said_after_a_repair_wins(said: str, address: str) -> None:
    """A correction inside one message keeps the last version: a whole address said again, or
    a domain said again alone with the first mailbox."""
    found = find_email(said)
    assert found is not None
    assert found.address == address


@pytest.mark.parametrize(
    "said",
    [
        "meet me at the cafe dot",
        "meet me at the cafe dot com",
        "we're at harbor light cafe on main street",
        "i'm rosa at copper kettle in tacoma",
        "we're at 5 sites now",
        "we are at four sites dot no five",
        "sam at juniper hill cafe dot what's the price",
    ],
)
def test_no_address_without_a_said_ending(said: str) -> None:
    """Without 'dot' and a known top-level domain after 'at', or with a pronoun before it,
    nothing is an address and the text is left as said."""
    assert find_email(said) is None
    assert written_dictation(said) == said


def test_the_reading_keeps_an_addresss_number_words() -> None:
    """A dictated address is written before numbers are read: its words stay its domain
    ('two rivers', not 2 rivers) and the rest of the message is read as before."""
    reading = read("kit at two rivers cafe dot com we pour two hundred cups")
    assert "kit@tworiverscafe.com" in reading.numbers
    assert "200 cups" in reading.numbers


async def test_a_dictated_address_fills_the_email_and_nothing_else(brain: LocalBrain) -> None:
    """Played through the brain, the dictated address is the email, and its domain words
    (a 'cafe', 'coffee') give no coffee preference, venue or business detail."""
    state = await play(
        brain,
        [
            "we run two cafes in fresno",
            "i'm nadia and my email is nadia at copper kettle cafe dot com no sorry its "
            "copperkettle coffee dot com",
        ],
    )
    assert state.collected["email"] == "nadia@copperkettlecoffee.com"
    assert "coffee_preferences" not in state.collected


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("my cell is five four one five five five zero one three seven no sorry zero one seven "
         "three", "5415550137 no sorry 0173"),
        ("five oh three five five five zero one two one wait its two four",
         "5035550121 wait its 24"),
    ],
)  # fmt: skip
def test_last_digits_said_again_after_a_repair_are_digits(said: str, digits: str) -> None:
    """Two to four digits said one by one right after a number read out, behind a repair's
    cue, are written as digits for the phone's repair."""
    assert digits in spoken_digits(said)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "five oh three five five five zero one two one and we have two three shops",
            "5035550121 and we have two three shops",
        ),
        ("we open at nine and close at five no sorry six",
         "we open at nine and close at five no sorry six"),
        ("five oh three five five five zero one two one thanks one two",
         "5035550121 thanks one two"),
    ],
)  # fmt: skip
def test_short_runs_without_a_repair_stay_words(said: str, read: str) -> None:
    """A short run that follows no phone number, or follows one with no repair's cue between,
    stays as said."""
    assert spoken_digits(said) == read


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("my cell is 541 555 0137 no sorry 0173", "+15415550173"),
        ("call 503 555 0121 sorry no 0124", "+15035550124"),
    ],
)
def test_repair_cues_said_one_after_another_replace_the_ending(message: str, kept: str) -> None:
    """'no sorry' or 'sorry no' before the retyped ending repairs the phone like one cue."""
    typed = "+1" + "".join(c for c in message.split(" no")[0].split(" sorry")[0] if c.isdigit())
    assert repaired_phone(message, typed) == kept


def test_digits_after_a_phone_with_no_cue_repair_nothing() -> None:
    """A number after a phone that is no repair ('... 0137 and 12 cups') leaves it."""
    assert repaired_phone("my cell is 541 555 0137 and 12 cups a day", "+15415550137") is None


def test_a_dictated_address_is_masked_in_a_log_line() -> None:
    """A log line holding an address said as words shows only its last characters, never the
    mailbox or the domain's words; a line with no address keeps its words."""
    masked = mask_text("heard: nadia at copper kettle cafe dot com no sorry copperkettle dot com")
    assert "nadia" not in masked
    assert "kettle" not in masked
    assert mask_text("meet me at the cafe dot com") == "meet me at the cafe dot com"


def test_an_erased_email_said_as_words_leaves_the_transcript() -> None:
    """Erasing the email takes a dictated address (its correction included) out of a line and
    leaves the line's other words."""
    line = "i'm nadia, nadia at copper kettle cafe dot com no sorry its copperkettle dot com ok"
    erased = without_details(line, ["email"])
    assert "kettle" not in erased
    assert erased.endswith(f"{ERASED_SPAN} ok")


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("our repair guy keeps no-showing so what does a service plan cost", "no-showing"),
        ("the roaster rep never shows up on time", "never shows up"),
        ("our old tech no-showed twice in march", "no-showed"),
    ],
)
def test_someone_not_showing_up_is_a_pain(message: str, word: str) -> None:
    """A tech or rep who does not come when due is a pain, told before a question drawn with
    'so' as well."""
    found = pain_points(read(message).text, False)
    assert found is not None
    assert word in found


@pytest.mark.parametrize(
    "message",
    [
        "do you have a no-show fee for the barista course",
        "we show up early every morning",
        "we just opened so what does the pico cost",
    ],
)
def test_a_no_show_policy_or_a_plain_story_is_no_pain(message: str) -> None:
    """A no-show fee asked, showing up, or a story before 'so' that complains of nothing are
    no pain."""
    assert pain_points(read(message).text, False) is None


@pytest.mark.parametrize(
    ("message", "sites"),
    [
        ("we run a bakery in hood river only the one um what does the pico cost", 1),
        ("hi we own a cafe in medford just the one and we need a grinder", 1),
        ("we own a cafe and want just the one grinder and we need it soon", None),
        ("we have a cafe just the one machine though", None),
    ],
)
def test_just_the_one_dictated_ends_at_the_next_clause(message: str, sites: int | None) -> None:
    """'just the one' after the venue, with no mark before the next clause, is one site; one
    grinder or machine is none."""
    assert business_fields(read(message).text, None, False).get("locations") == sites


def test_a_first_name_no_list_knows_is_kept_when_introduced_and_spelled() -> None:
    """'i'm dev malhotra dev dot malhotra at ...': introduced and spelled by the address, the
    unknown first name is the name; without the introduction, or spelling a role, it is not."""
    said = "friday works i'm dev malhotra dev dot malhotra at proton mail dot com"
    assert name_beside_contact(said, "dev.malhotra@protonmail.com") == "Dev Malhotra"
    assert name_in_address("write dev malhotra at once", "dev.malhotra@protonmail.com") is None
    assert name_in_address("i'm sales team sales.team@x.com", "sales.team@x.com") is None


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("we are a law firm with forty staff and the coffee is awful um do you sell to offices",
         True),
        ("our two shops go thru a lot of beans is there a discount for that", True),
        ("we have two shops and we do about ninety cups a day", False),
    ],
)  # fmt: skip
def test_a_question_dictated_after_a_statement_asks(message: str, asks: bool) -> None:
    """A question run on after the visitor's statement with no mark between is a question (a
    hesitation before it is read as the mark: the fillers' reading); a statement alone asks
    nothing."""
    assert signals.flags(read(message).text)["question"] is asks


async def test_a_dictated_question_beside_told_fields_is_answered(brain: LocalBrain) -> None:
    """Told fields beside a dictated question keep the question: the reader marks it for a
    knowledge-base lookup, and its words are no pain."""
    heard = await brain.understand(
        "we are a law firm with forty staff and the coffee is awful um do you sell to offices",
        ConversationState(),
    )
    assert heard.question
    assert heard.retrieve
    assert "offices" not in str(heard.fields.get("pain_points", ""))


@pytest.mark.parametrize(
    ("message", "pain"),
    [
        ("we'd want the 64 for decaf at the old shop and a 75 for the new one", False),
        ("the original cafe is the old location on 5th", False),
        ("our old grinder at the old shop is dying", True),
    ],
)
def test_the_old_shop_is_a_site_not_a_pain(message: str, pain: bool) -> None:
    """'The old shop' or 'old location' is the visitor's first site, no complaint; old gear
    at it still is one."""
    assert (pain_points(message, False) is not None) is pain
