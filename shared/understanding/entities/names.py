"""People's names: self-introductions (in English and the other languages the chat meets),
sign-offs and signature blocks, bare names beside a contact detail or when asked.

A candidate word is accepted when it looks like a name and is not an ordinary, product, blend
or place word. Lower-case candidates ("im dana") need to be a known first name: the first-name
list of the ``gender-guesser`` package (about 40,000 names) is the gazetteer. Product and blend
words come from the served bundle's headings: the caller passes them (``products``, lower
case; the chat's brain reads them from the bundle it serves at each turn).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from shared.understanding.accents import folded
from shared.understanding.entities.emails import LOOSE_EMAIL_RE, written_out
from shared.understanding.entities.phones import CANDIDATE_RE
from shared.understanding.entities.places import place_words
from shared.understanding.lexicon import (
    COMPLEMENT_LEADS,
    ENGLISH_MONTHS,
    FOREIGN_MONTHS,
    MONTHS,
    SEASONS,
    SMALL_NUMBERS,
    SURNAME_PARTICLES,
    WEEKDAYS,
)
from shared.wordlists import english, first_names, gcide

#: The letters a name is written in: Latin with its accents, Central European ones included
#: ("Łukasz", "Wiśniewski", "Dvořák") and Vietnamese ("Nguyễn").
NAME_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u1e00-\u1eff"
NAME_WORD = re.compile(rf"^[{NAME_LETTERS}][{NAME_LETTERS}'’\-]{{0,29}}$")
EXPLICIT = re.compile(
    r"\b(?:my name is|my name's|my names|my name|name's|names|name is|i am called|call me|"
    r"the name is|me llamo|mi nombre es|je m'appelle|je m’appelle|mon nom est|ich heiße"
    r"|ich heisse|mein name ist|meu nome é|meu nome e|me chamo|mi chiamo|il mio nome è"
    r"|tên tôi là|tôi tên là|tôi là|name\s*:|nom\s*:|nombre\s*:|nome\s*:|attn\.?:?|attention:?"
    r"|c/o|(?:account|order)\s+(?:is|was|'s)\s+(?:placed\s+|put\s+|booked\s+)?under"
    r"|under\s+the\s+name(?:\s+of)?|(?:(?:my|the|our|main|best|primary)\s+)?(?:point\s+of\s+)?contact"
    r"\s+(?:is|person\s+is|will\s+be|here\s+is)|(?:direct|address|send)\s+(?:it|this|the\s+quote"
    r"|the\s+proposal)\s+to:?)\s*(?=(.+))",
    re.I,
)
INTRO = re.compile(
    r"(?:^|[\s,.!;:(])(?:i'm|i’m|im|i am|this is|it's|it’s|its|it is|here's|heres|soy|sou"
    r"|je suis|ich bin|sono)\s+(?=(.+))",
    re.I,
)
SIGNATURE = re.compile(
    r"(?:^|[\s,.!;:])(?i:best(?:\s+regards)?|kind\s+regards|warm\s+regards|regards|thanks"
    r"|thank\s+you|thx|cheers|sincerely|warmly|respectfully|saludos|cordialement|gruß|grüße"
    r"|atenciosamente|abs|abraços|abraço|saluti|un\s+saluto)[,!.]?\s+"
    # the name on one line, no role in it: "Jolene Ng\nCo-founder, ..." arrives as "Jolene Ng
    # Co-founder, ..." (the chat keeps single spaces)
    r"((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?[ \t]+){0,1}[A-ZÀ-ÖØ-Þ][\w'’\-]+"
    r"(?:[ \t]+(?!(?i:co-?founder|founder|co-?owner|owner|manager|director|head|chef|buyer"
    r"|operations|procurement|purchasing|general)\b)[A-ZÀ-ÖØ-Þ][\w'’\-]+){0,3})\s*"
    r"(?:$|[/|,\-–—(\n]|\s+(?i:owner|co-owner|co-?founder|manager|purchasing|general"
    r"|director|founder|gm|ceo|head|chef|buyer|operations|procurement))",
)
TITLES = frozenset(t + d for t in ("dr", "mr", "mrs", "ms", "mx", "sr", "sra") for d in ("", "."))
HERE_RE = re.compile(
    r"(?:^|[\s,.!;:])([A-Za-zÀ-ÖØ-öø-ÿ'’\-]{2,30})\s+here\b(?!\s+(?:is|are))", re.I
)
SIGN_OFF = re.compile(r"(?:^|\s)[-–—~]\s*([A-Za-zÀ-ÖØ-öø-ÿ'’\-]{2,30})\s*[.!]?\s*$")
# a letter signed with a full name after a dash ("... dans le quartier Vanier. — Aminata Diop")
SIGNED_FULL = re.compile(
    r"(?:^|\s)[-–—~]\s*([A-ZÀ-Þ][\w'’-]{1,29}(?:\s+[A-ZÀ-Þ][\w'’-]{1,29}){1,2})\s*[.!]?\s*$"
)
# a greeting opening a message, with whom it greets: "hey mate,", "Hi there,", "Morning,",
# "G'day all -"
GREETING = (
    r"(?i:(?:hi+|hello|hey+|heya|hiya|howdy|g'?day|gday|kia\s+ora|good\s+(?:morning|afternoon"
    r"|evening|day)|morning|afternoon|evening)(?:\s+(?:there|mate|all|team|folks|guys|everyone"
    r"|y'?all))?)(?:[,!.]\s*|\s+)(?:[-–—]\s*)?"
)
FROM_BUSINESS = re.compile(
    rf"^(?:{GREETING})?([A-Z][a-zà-ÿ'’-]{{1,29}})\s+(?:from|at|of)\s+[A-Z0-9]"
)
# the same in lower case, for a known first name only, opening the message or a clause: "jenna
# from Ridgeline Coffee, 541-...", "acct CL-20417, priya from little fern cafe"
FROM_BUSINESS_LOWER = re.compile(
    rf"(?:^|[,;]\s*(?=[a-zà-ÿ'’-]{{2,29}}\s+from\b))(?:{GREETING}|(?:this\s+is|it'?s)\s+)?([a-zà-ÿ'’-]{{2,29}})\s+(?:from|at)\s+\w",
    re.I,
)
# a name then the visitor's role: "Hi, Owen Price, ops lead at Lantern Coffee", "Maria Lopez,
# owner of ...", "Sam Kim - GM at ..."
NAME_THEN_ROLE = re.compile(
    rf"^\W*(?:{GREETING})?"
    r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s*(?:,|\(|\s[-–—])\s*"
    r"(?i:(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:owner|co-?owner|manager|lead|director"
    r"|founder|co-?founder|gm|ceo|coo|head|chef|buyer|barista|partner|proprietor|operator"
    r"|president|vp|coordinator|supervisor)"
    # or the visitor's business told in the first person: "Kenji Mori, I run Oishii Ramen"
    r"|(?:i|we)\s+(?:run|own|co-?own|manage|operate)|(?:i'?m|we'?re)\s+(?:the|an?)\s+[\w-]+\s+"
    r"(?:at|of|for|in|from))\b"
)
THANKS_SIGN_OFF = re.compile(
    r"\b(?:thanks|thank you|cheers|regards|best),?\s+([A-Z][a-z'\-]{1,29})\s*[.!]?\s*$"
)
PREFIX = re.compile(r"^(?:hi|hello|hey|heya|ok|okay|sure|yes|yeah|thanks|so|um|uh)[,.!]?\s+", re.I)
# two people answering "your name?", with the surname they share or not: "ana and sofia ruiz"
COUPLE = re.compile(r"^(\w+)\s+(?:and|&)\s+(\w+)(?:\s+(\w+))?$", re.I)
_NOT_NAMES_TEXT = """
    a an the and or but i im me my we our you your it its is are was be been so just also
    here there hi hello hey heya thanks thank ok okay sure yes yeah yep no nope not hmm mm mmm
    dunno maybe fine good great cool nice sorry please interested looking opening planning
    thinking going trying ready curious new from at in on with for of to about around still
    really very happy owner manager running starting currently actually well what how why when
    where who coffee cafe café espresso shop cart kiosk today tomorrow next later bye goodbye
    skip pass idea none nothing busy glad excited considering buying searching after wondering
    the owner co-owner barista team we're us them they this that these those
    bot human person sales price prices pricing quote info blend blends roast beans bean
    machine grinder grinders brewer cold brew latte lattes decaf organic single origin order
    orders delivery asap soon open opened closing closed tired busy fine lost here okay all set
    done back again only also dozen hundred
    cheap expensive stale bitter broken late slow need want like love hate get got have had
    can could would should will shall must might do does did don't doesn't know email phone
    number cell mobile name names call text reach contact address website site location
    locations shop shops store stores place bakery restaurant truck bar roastery downtown
    portland seattle vancouver boise sacramento boston denver austin tacoma spokane reno salem
    eugene fresno ogden tucson leeds london berlin paris chicago oregon washington texas
    california idaho nevada utah arizona canada usa america england uk us english spanish
    german french italian portuguese damn whatever lol haha wow yo test testing asking
    free available personally tmrw tomorrow around off out back mi mon ma mein meu mio su el
    la le de es et und y e o im lucky glad honest serious pretty kinda super ready afraid
    worried confused stuck based located calling writing reaching hoping probably vp ceo cfo
    coo gm operations director procurement buyer chef head purchasing parfait perfecto
    perfeito genau claro vale bueno bien oui si sim
    ja gracias merci danke obrigado obrigada hola bonjour hallo ciao salamat
    btw idk tbh fyi thx pls plz omg rn imo ty np ttyl
    fair bet touche noted understood agreed gotcha alright right true exactly indeed
    ah ahh oh ohh eh uh um erm er ooh aw aww huh phew whoa
    lb lbs kg kgs oz yr yrs hr hrs wk wks ml pcs pkg qty
"""
_COUNTS = (word for word, value in SMALL_NUMBERS.items() if value <= 10)
_CALENDAR_AND_COUNTS = (*ENGLISH_MONTHS, *SEASONS, *WEEKDAYS, *_COUNTS)
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split()).union(_CALENDAR_AND_COUNTS)
#: No product words (a reader without a knowledge base).
NO_PRODUCTS: frozenset[str] = frozenset()


#: First names the gender-guesser dictionary lacks ("Kwame", "Jarrah"), one a line.
MORE_FIRST_NAMES = Path(__file__).with_name("first_names.txt")


@lru_cache(maxsize=1)
def more_first_names() -> frozenset[str]:
    """The names of :data:`MORE_FIRST_NAMES`, lower case."""
    lines = MORE_FIRST_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(n.strip().lower() for n in lines if n.strip() and not n.startswith("#"))


def known_first(word: str) -> bool:
    """A known first name, with or without its accents ("Élodie", "Zoë", "Inés"): in the
    gender-guesser dictionary or in the list of those it lacks."""
    lower = word.lower()
    if lower in first_names() or lower in more_first_names():
        return True
    bare = folded(lower)
    return bare != lower and (bare in first_names() or bare in more_first_names())


def _blocked(word: str, products: frozenset[str]) -> bool:
    """An ordinary, calendar or product word (``products``: the knowledge base's product and
    blend words, lower case), never taken for a name."""
    lower = word.lower().strip("'’")
    calendar = lower in MONTHS or lower in FOREIGN_MONTHS
    return lower in NOT_NAMES or lower in products or len(lower) < 2 or calendar


def month_name(word: str) -> bool:
    """A capitalised month that is also a first name ("June", "April", "May"): a name only
    where the shape of the message puts a name (after "my name is", in a sign-off)."""
    return word[:1].isupper() and word.lower() in ENGLISH_MONTHS and known_first(word)


def _month_then_surname(text: str, products: frozenset[str]) -> bool:
    """The words open on a month that is also a first name and a capitalised surname no
    dictionary lists ("June Okonkwo, june@..." after "I'm"): a name, not a date."""
    words = [w.strip(',.!?;:()"') for w in text.split()[:2]]
    if len(words) < 2 or not month_name(words[0]):
        return False
    surname = words[1]
    plain = surname.lower() in gcide() or _blocked(surname, products)
    return bool(NAME_WORD.match(surname)) and surname[:1].isupper() and not plain


def _title(word: str) -> str:
    return word if any(c.isupper() for c in word) else word.capitalize()


def _acceptable(word: str, capital_ok: bool, products: frozenset[str]) -> bool:
    """A word that can be (part of) a name here."""
    if not NAME_WORD.match(word) or _blocked(word, products):
        return False
    known = known_first(word)
    return known or (capital_ok and word[0].isupper())


def _leading_name(
    text: str,
    capital_ok: bool,
    products: frozenset[str],
    limit: int = 3,
    lower_ok: bool = False,
    explicit: bool = False,
) -> str | None:
    """The run of name-like words at the start of ``text`` (first word known or capitalised,
    or any name-like word after "my name is"; later words capitalised, or any case when the
    name was asked)."""
    taken: list[str] = []
    for token in re.split(r"\s+", text.strip()):
        word = token.strip(',.!?;:()"')
        first_ok = _acceptable(word, capital_ok, products) or (
            explicit
            and bool(NAME_WORD.match(word))
            and (not _blocked(word, products) or month_name(word))
        )
        if not taken and not first_ok:
            return None
        # later words: surnames need a capital (or the name was asked, or after an explicit
        # cue a word no dictionary lists: "order was under raj patel") and no blocked word
        cased = lower_ok or word[:1].isupper() or (explicit and word.lower() not in gcide())
        if taken and (not NAME_WORD.match(word) or _blocked(word, products) or not cased):
            break
        taken.append(_title(word))
        if len(taken) == limit or token[-1:] in ",.!?;:":
            break
    return " ".join(taken) if taken else None


BUSINESS_LEAD = re.compile(r"\b(?:from|at|of|with|for)\s+(?:\S+\s+){0,3}$", re.I)


def _in_business_name(text: str, start: int) -> bool:
    """The word is part of a business name ("from Slow Pour here")."""
    return bool(BUSINESS_LEAD.search(text[:start]))


def signature_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """The name in a signature block: "Best, Maria Okafor / Owner, ..." (titles dropped)."""
    for match in SIGNATURE.finditer(text):
        words = [w for w in match.group(1).split() if w.lower() not in TITLES]
        initialled = _initialled(words, products)
        if initialled:
            return initialled
        kept: list[str] = []
        for word in words:
            if _blocked(word, products) or not NAME_WORD.match(word.rstrip(".")):
                break
            kept.append(word)
        enough = len(kept) >= 2 or len(kept) >= len(words) - 1  # a role may follow
        if kept and _acceptable(kept[0], True, products) and enough:
            return " ".join(kept)
    return None


INITIAL = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]\.?")


def _initialled(words: list[str], products: frozenset[str]) -> str | None:
    """An initial and a capitalised surname signing a message ("Regards, M. Okonkwo" ->
    "M. Okonkwo"), or None."""
    if len(words) < 2 or not INITIAL.fullmatch(words[0]):
        return None
    surname = words[1].rstrip(".,")
    if not NAME_WORD.match(surname) or _blocked(surname, products) or not surname[0].isupper():
        return None
    return f"{words[0][0].upper()}. {surname}"


BUSINESS_AFTER = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:st|street|ave|avenue|rd|road|caf[eé]|coffee|shop|bakery|roasters?"
    r"|roastery|espresso|kitchen|co|company|llc|inc|bistro|diner|deli|brew\w*|beanery|grind)\b",
    re.I,
)
OF_BUSINESS = re.compile(
    r"\b(?:company|business|shop|caf[eé]|store|bakery|restaurant|brand|legal)'?s?\s*$", re.I
)
NAMING_CUE = re.compile(r"name|nombre|nome|nom|llamo|heiße|heisse|appelle|chiamo|tên", re.I)
INVERTED = re.compile(
    r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?),\s*([A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?)\b"
)
_TITLE_RE = re.compile(r"^(?:dr|dra|mr|mrs|ms|mx|sr|sra|lic|ing|prof)\.?\s+", re.I)


# an account or order is held by a business more often than by a person: the name after it
# counts only when its first word is a known first name ("order is under Maria Lopez")
ACCOUNT_CUE = re.compile(r"(?:account|order)\s+(?:is|was|'s)\s+(?:\w+\s+)?under", re.I)


def _person_first(text: str) -> bool:
    first = re.match(r"\s*([^\W\d_][\w'’-]*)", _untitled(text))
    return first is not None and known_first(first.group(1))


def _untitled(text: str) -> str:
    """Text without a leading courtesy title ("Dr. Farah Mansour" -> "Farah Mansour")."""
    return _TITLE_RE.sub("", text.strip())


# "it's" / "its" / "it is" as an introduction ("its maria lopez", "hi it's tom")
_IT_IS = re.compile(r"\bit(?:'s|’s|s|\s+is)\s*$", re.I)
# words that follow a name introduced so ("its dana from harbor cafe", "it's tom here")
_AFTER_A_NAME = frozenset(
    [
        "from",
        "here",
        "at",
        "with",
        "and",
        "of",
        "speaking",
        "again",
        "btw",
        "by",
        "in",
        "for",
        "on",
        "over",
        "the",
        "owner",
        "manager",
    ]
)
_GREETING_ONLY = re.compile(r"^(?:hi|hey|hello|hiya|ok|okay|yes|yeah|sure|morning|evening)?$", re.I)


def _it_is_phrase(text: str, intro: re.Match[str]) -> bool:
    """Whether an "it's X" inside a sentence describes rather than introduces: mid-message
    (not after a greeting), the word in lower case and followed by a lower-case dictionary word
    ("opening a kiosk this winter, its brand new" is no "Brand")."""
    if not _IT_IS.search(intro.group(0)):
        return False
    before = text[: intro.start()].strip(" ,.!;:(")
    if _GREETING_ONLY.match(before):
        return False
    following = intro.group(1).split()
    if len(following) < 2 or not following[0].islower():
        return False
    second = following[1].strip(",.!;:")
    return second.islower() and second in gcide() and second not in _AFTER_A_NAME


def explicit_name(
    text: str, english: bool = True, products: frozenset[str] = NO_PRODUCTS
) -> str | None:
    """A name introduced explicitly: "my name is ...", "I'm ...", "Dana here", "- Dana"."""
    signed = signature_name(text, products)
    if signed:
        return signed
    for match in EXPLICIT.finditer(text):
        if BUSINESS_AFTER.match(match.group(1)) or OF_BUSINESS.search(text[: match.start()]):
            continue  # "company name: Blue Door Cafe"
        if ACCOUNT_CUE.match(match.group(0)) and not _person_first(match.group(1)):
            continue  # "the account is under Halcyon Bakehouse": an organisation, not a person
        named = NAMING_CUE.search(match.group(0)) is not None or bool(
            ACCOUNT_CUE.match(match.group(0))
        )
        listed = named and ":" in match.group(0)  # "Name: Reyes Bautista, Jocelyn"
        inverted = INVERTED.match(match.group(1)) if listed else None
        if inverted and known_first(inverted.group(2).split("-")[0]):
            return f"{inverted.group(2)} {inverted.group(1)}"  # "Reyes Bautista, Jocelyn"
        name = _leading_name(_untitled(match.group(1)), True, products, limit=4, explicit=named)
        if name:
            return name
    for intro in INTRO.finditer(text):
        if BUSINESS_AFTER.match(intro.group(1)):
            continue  # "its pearl st cafe" names the business
        if _it_is_phrase(text, intro):
            continue  # "... this winter, its brand new, ...": a description, not a name
        # in another language an introduction counts before a known first name only
        # ("soy Graciela Ruiz"; "sono contento" is no name)
        if not english and not _person_first(intro.group(1)):
            continue
        said = _untitled(intro.group(1))
        name = _leading_name(said, True, products, explicit=_month_then_surname(said, products))
        if name:
            return name
    signed_full = _signed_full_name(text, products) or _name_then_role(text, products)
    if signed_full:
        return signed_full
    for pattern in (FROM_BUSINESS, HERE_RE, SIGN_OFF, THANKS_SIGN_OFF):
        found = pattern.search(text)
        if found and _in_business_name(text, found.start(1)):
            continue
        if found and pattern is HERE_RE and _place_or_abbreviation(text, found.group(1)):
            continue  # "winery cafe in kelowna BC here": a place says where, not who
        if found and pattern is HERE_RE and _complement(text, found.start(1)):
            continue  # "water is hard as rock here": the word completes a phrase
        if found and pattern in (FROM_BUSINESS, HERE_RE) and _ordinary(found.group(1)):
            continue  # "Honestly at 500 guests ...", "Aussie here": a word, not a name
        if found and _acceptable(found.group(1), True, products):
            if pattern is HERE_RE:
                here = _name_before_here(text, found.start(1), products)
                return here or _title(found.group(1))
            return _title(found.group(1))
    lower = FROM_BUSINESS_LOWER.search(text)
    if lower and known_first(lower.group(1)) and _acceptable(lower.group(1), True, products):
        return _title(lower.group(1))
    return None


def _complement(text: str, start: int) -> bool:
    """The word at ``start`` follows, in lower case, an article, preposition, comparison or
    copula ("hard as rock here", "the best here"): it completes that phrase, not a name."""
    before = re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+", text[:start])
    word = text[start:].split(maxsplit=1)[0] if text[start:].strip() else ""
    if not before or word[:1].isupper():
        return False
    return before[-1].lower() in COMPLEMENT_LEADS and not re.search(r"[,.;:!?]\s*$", text[:start])


def _ordinary(word: str) -> bool:
    """A dictionary word that is no known first name ("Honestly", "Currently")."""
    return word.lower() in gcide() and not known_first(word)


def _place_or_abbreviation(text: str, word: str) -> bool:
    """The word before "here" is a place ("Kelowna here") or an abbreviation in capitals in a
    message not typed in capitals ("... in kelowna BC here", "PDX here"): never a name."""
    shouted = text.upper() == text
    abbreviation = word.isupper() and len(word) <= 4 and not shouted
    return abbreviation or word.lower() in place_words(text)


def _signed_full_name(text: str, products: frozenset[str]) -> str | None:
    """A full name signed after a dash, its first word a known first name ("— Aminata Diop";
    "— Blue Door Cafe" signs a business, not a person)."""
    found = SIGNED_FULL.search(text)
    if found is None or not known_first(found.group(1).split()[0]):
        return None
    if BUSINESS_AFTER.match(found.group(1)):
        return None  # "— Rose Hill Bakery"
    return _leading_name(found.group(1), True, products)


def _name_then_role(text: str, products: frozenset[str]) -> str | None:
    """A name opening the message before the visitor's role ("Hi, Owen Price, ops lead at
    ..."), its first word a known first name (not "Hi, Lantern Coffee, ...")."""
    found = NAME_THEN_ROLE.match(text)
    first = found.group(1).split()[0] if found else ""
    if found is None or _blocked(first, products) or not known_first(first):
        return None  # "Hi — ops manager for ...": a greeting, not a name
    if BUSINESS_AFTER.match(found.group(1)):
        return None
    kept: list[str] = []
    for word in found.group(1).split():  # capitalised before a role: "Price" is a surname
        lower = word.lower()
        if lower in products or lower in MONTHS or (kept and lower in _PLAIN_AFTER_NAME):
            break
        kept.append(word)
    return " ".join(kept)


# words that end a capitalised run rather than continue a name ("Owen Here, ...")
_PLAIN_AFTER_NAME = frozenset({"here", "from", "at", "of", "the", "and", "im", "i'm"})


def _name_before_here(text: str, end_start: int, products: frozenset[str]) -> str | None:
    """The whole name before "here" ("Ivy Chen here"): capitalised name words back to the
    first known or capitalised one, at most three."""
    before = re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+", text[:end_start])[-2:]
    last = re.match(r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+", text[end_start:])
    if last is None:
        return None
    words = [last.group(0)]
    for word in reversed(before):
        if not word[:1].isupper() or _blocked(word, products) or not NAME_WORD.match(word):
            break
        words.insert(0, word)
    while len(words) > 1 and not _acceptable(words[0], True, products):
        words.pop(0)
    return " ".join(_title(w) for w in words)


def bare_name(
    text: str, asked: bool, missing: bool = False, products: frozenset[str] = NO_PRODUCTS
) -> str | None:
    """A message that is only a name ("Alex Kim", "Sam Rivera, sam@x.com" without the email).

    Unasked, a single word counts only beside a contact detail; when the name was asked, a
    known first name in lower case counts too ("omar"). While the name is still ``missing``, a
    lone capitalised known first name counts whatever was asked ("Kelly").
    """
    with_contact = bool(LOOSE_EMAIL_RE.search(text) or CANDIDATE_RE.search(text))
    rest = CANDIDATE_RE.sub(" ", LOOSE_EMAIL_RE.sub(" ", text))
    rest = PREFIX.sub("", rest.strip(" ,.;:-!")).strip(" ,.;:-!")
    pair = COUPLE.match(rest)
    couple = _couple(pair, products) if pair and asked else None
    if couple:
        return couple
    tokens = rest.split()
    if not 1 <= len(tokens) <= 3 or not _looks_like_name(tokens, text):
        return None
    lone_known = missing and tokens[0][:1].isupper() and known_first(tokens[0])
    if len(tokens) == 1 and not (asked or with_contact or lone_known):
        return None
    if not asked and not all(t[:1].isupper() for t in tokens):
        return None
    name = _leading_name(rest, True, products, limit=3, lower_ok=asked)
    return name if name and len(name.split()) == len(tokens) else None


def _looks_like_name(tokens: list[str], text: str) -> bool:
    """The words can be a name given on its own: not a question ("Roughly per month?") and not
    a phrase opening on an ordinary word that is no first name ("Roughly per month", "Pretty
    much everything"); a lone surname the dictionary lists ("Baker") still counts."""
    if text.rstrip().endswith("?"):
        return False
    return len(tokens) == 1 or not _ordinary(tokens[0].strip(",.!;:"))


def _couple(pair: re.Match[str], products: frozenset[str]) -> str | None:
    """Two first names, and the surname after them when both are known first names ("Ana and
    Sofia Ruiz"), or None."""
    first, second, surname = pair.groups()
    if not all(_acceptable(w, True, products) for w in (first, second)):
        return None
    both = f"{_title(first)} and {_title(second)}"
    if surname is None:
        return both
    family = _plain_word(surname, products) and surname.lower() not in gcide()  # "ruiz"
    sure = known_first(first) and known_first(second) and family
    return f"{both} {_title(surname)}" if sure else None


# a piece of an address typed apart ("not .co", "sunnyside.com"): never a name
DOMAIN_BIT = re.compile(r"(?<![\w.])\.[a-z]{2,10}\b|\b[\w-]+\.[a-z]{2,10}\b", re.I)
SEGMENT = re.compile(r"[,.;:!?\n/|()]+|\s+[-–—]\s+")
INTRO_WORDS = re.compile(r"^(?:(?:it's|its|it’s|im|i'm|i’m|this is|name's|names|me)\s+)+", re.I)
SIGH = re.compile(
    r"^(?:(?:ugh|ok|okay|fine|alright|sigh|lol|haha|well|um|uh|hmm|sure|yes|yeah|yep|sorry"
    r"|oh|oops|and|it's|its|it’s|me|name|the owner|owner|owner here|i'm|im)\s*)+$",
    re.I,
)


def segment_name(text: str, asked: bool, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """A name standing alone in a clause beside a contact detail, or after other words when
    the name was asked: "jake. jake@x.co", "marisol vega, marisol@...", "ugh ok. tom".

    The first word must be a known first name; later words a capital, or any case beside a
    contact detail or when asked."""
    with_contact = bool(LOOSE_EMAIL_RE.search(text) or CANDIDATE_RE.search(text))
    if not (asked or with_contact):
        return None
    rest = DOMAIN_BIT.sub(" , ", CANDIDATE_RE.sub(" , ", LOOSE_EMAIL_RE.sub(" , ", text)))
    segments = [seg.strip() for seg in SEGMENT.split(rest) if seg.strip()]
    for seg in segments:
        seg = INTRO_WORDS.sub("", seg)
        particles = _surname_particles(seg.split())
        tokens = [t for i, t in enumerate(seg.split()) if i not in particles]
        if not 1 <= len(tokens) <= 3 or SIGH.match(seg):
            continue
        initial = len(tokens) == 2 and len(tokens[1]) == 1 and tokens[1].isalpha()
        if initial:  # "priya s": a first name and the initial of the surname
            tokens = [tokens[0], tokens[1].upper() + "."]
        plain = _plain_word(tokens[0], products) and all(
            _plain_word(t, products) or _capitalised_surname(t, tokens[0])
            for t in tokens[1 : 1 if initial else 3]
        )
        if not known_first(tokens[0]) or not plain:
            continue
        if len(segments) > 1 and not _others_are_noise(segments, seg, with_contact):
            continue
        if particles:
            return " ".join(t if i in particles else _title(t) for i, t in enumerate(seg.split()))
        return " ".join(_title(t) for t in tokens)
    return None


def _surname_particles(tokens: list[str]) -> set[int]:
    """The places of the lower-case surname particles between a first name and a surname
    ("Johan van der Merwe": 1 and 2), none unless the particles are followed by a capitalised
    surname."""
    places = {i for i, t in enumerate(tokens[1:-1], start=1) if t in SURNAME_PARTICLES}
    return places if places and tokens[-1][:1].isupper() else set()


def _plain_word(token: str, products: frozenset[str]) -> bool:
    return bool(NAME_WORD.match(token)) and not _blocked(token, products)


# ordinary words that are also common surnames: capitalised after a capitalised first name
# beside a contact detail they are the surname ("Devon Price, 704-555-0176"); lower case, or
# after a word that is no first name, they stay ordinary words ("sarah, price is fine")
SURNAME_HOMOGRAPHS = frozenset(
    {"price", "love", "brewer", "french", "english", "washington", "austin", "bean", "best"}
)


def _capitalised_surname(token: str, first: str) -> bool:
    """A capitalised ordinary word that is a common surname, after a capitalised first name
    ("Devon Price"): the surname, even where the knowledge base's headings use the word
    ("Prices and leasing" puts "price" among the product words)."""
    return (
        first[:1].isupper()
        and token[:1].isupper()
        and token[1:].islower()
        and token.lower() in SURNAME_HOMOGRAPHS
    )


def _others_are_noise(segments: list[str], chosen: str, with_contact: bool) -> bool:
    """Beside a contact detail any other clause may follow; otherwise the others must be
    sighs and fillers ("ugh ok. tom")."""
    return with_contact or all(SIGH.match(seg) for seg in segments if seg != chosen)


# How a name asked for is handed over ("I'm just gonna say Alex", "put me down as Sam").
ANSWER_LEAD = re.compile(
    r"^\s*(?:(?:i'?m|i’m)\s+(?:just\s+)?(?:gonna|going\s+to)\s+(?:say|go\s+with)"
    r"|i'?ll\s+(?:just\s+)?(?:say|go\s+with)|(?:just\s+)?(?:put|write)\s+(?:me\s+down\s+as|down)"
    r"|you\s+can\s+(?:call\s+me|put))\s+",
    re.I,
)
# A known first name standing as a sentence of its own ("... in October. Ellie. I want ...").
LONE_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-zà-ÿ'’\-]{1,29})\s*[.!](?=\s|$)")


def lone_sentence_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """A capitalised known first name that is a sentence by itself, or None."""
    for match in LONE_SENTENCE.finditer(text):
        word = match.group(1)
        if known_first(word) and not _blocked(word, products):
            return word
    return None


# an initial and a surname as the answer to "your name?": "ok. j. okonkwo", "J Okonkwo"
INITIAL_NAME = re.compile(r"^([A-Za-z])\.?\s+([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]{1,29})$")
_LEADING_SIGHS = re.compile(
    r"^(?:(?:ok|okay|fine|sure|yes|yeah|yep|alright|um|uh|hmm|sorry|it'?s|its|i'?m|im|me"
    r"|name'?s|names)\W+)+",
    re.I,
)


def initial_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """An initial and a surname making up the message (or its clause before a contact detail)
    when the name was asked ("ok. j. okonkwo" -> "J. Okonkwo"); the surname no ordinary word
    ("j. smith" counts, "k. thanks" does not)."""
    rest = CANDIDATE_RE.sub(" , ", LOOSE_EMAIL_RE.sub(" , ", text)).strip()
    rest = _LEADING_SIGHS.sub("", rest).split(",")[0].strip(" .!;:")
    found = INITIAL_NAME.match(rest)
    if found is None:
        return None
    surname = found.group(2)
    if _blocked(surname, products) or (surname.lower() in english() and not surname[0].isupper()):
        return None
    return f"{found.group(1).upper()}. {_title(surname)}"


def lone_first_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> bool:
    """The message is one known first name and nothing else ("ines", "Kai."): given as the
    name even when a contact detail was asked (no filler, month or ordinary word: "ok",
    "sure", "june" are none)."""
    tokens = text.strip(" .,!;:-").split()
    return len(tokens) == 1 and known_first(tokens[0]) and _acceptable(tokens[0], True, products)


def lone_full_name(text: str, products: frozenset[str] = NO_PRODUCTS) -> bool:
    """The message is a known first name and a surname and nothing else ("priya nair", "Tom
    Okafor"): a name whatever was asked. A surname in lower case is no word the dictionary
    lists ("honey oat", "grace period" are none), and no word is an ordinary, calendar or
    product word."""
    tokens = text.strip(" .,!;:-").split()
    if len(tokens) > 2 and SIGH.match(tokens[0].rstrip(".,!")):
        tokens = tokens[1:]  # "ok. j. okonkwo": the acknowledgement before the name
    if len(tokens) in (3, 4) and tokens[1].lower() in ("and", "&") and known_first(tokens[2]):
        # two people, one of them the contact: "ana and sofia ruiz", "tom & jen"
        if len(tokens) == 3:
            pair = (tokens[0], tokens[2])
            return all(known_first(t) and _plain_word(t, products) for t in pair)
        tokens = [tokens[0], tokens[3]]
    initial = bool(tokens) and _INITIAL.match(tokens[0]) is not None
    if not 2 <= len(tokens) <= 3 or not (initial or known_first(tokens[0])):
        return False

    def name_like(token: str) -> bool:
        cased = token[:1].isupper() or token.lower() not in gcide()
        return _plain_word(token, products) and cased

    first = initial or _plain_word(tokens[0], products)
    return first and all(name_like(t) for t in tokens[1:])


# an initial for the first name: "j. okonkwo"
_INITIAL = re.compile(r"^[a-z]\.$", re.I)


def respelled(stored: str | None, given: str) -> str:
    """A first name given again as a spelling fix keeps the stored surname ("Jon Whitaker"
    then "it's John with an h" -> "John Whitaker"); any other name replaces the stored one."""
    if not stored or len(given.split()) != 1 or len(stored.split()) < 2:
        return given
    first, *rest = stored.split()
    close = SequenceMatcher(None, given.lower(), first.lower()).ratio() >= 0.6  # Caitlyn/Katelyn
    return " ".join([given, *rest]) if close and given.lower() != first.lower() else given


# a role after a signed name is no surname ("Jolene Ng Co-founder, Kopi Corner")
_ROLE_WORD = re.compile(
    r"\b(?:co-?founder|founder|co-?owner|owner|manager|director|chef|buyer|ceo|coo|gm|vp)\b", re.I
)


def find_name(
    text: str,
    asked: bool,
    missing: bool = False,
    english: bool = True,
    products: frozenset[str] = NO_PRODUCTS,
) -> str | None:
    """The visitor's name in this message, if they gave it; while it is ``missing``, a known
    first name standing as a sentence counts too ("Ellie."). ``products``: the knowledge
    base's product and blend words (lower case), never taken for a name. A dictated address
    is read as written ("jules park, jules at cart dot com" is a name beside an email)."""
    text = written_out(text)
    handed = ANSWER_LEAD.sub("", text) if asked or missing else text
    found = explicit_name(text, english, products) or bare_name(handed, asked, missing, products)
    if found is None and missing and english:
        found = lone_sentence_name(text, products)
    if found is None and asked:
        found = initial_name(text, products)
    alone = segment_name(text, asked, products)
    longer = found and alone and alone.lower().startswith(found.lower() + " ")
    if longer and not _ROLE_WORD.search(str(alone)[len(str(found)) :]):
        return alone  # "its maria lopez, maria@..." keeps the lower-case surname
    name = found or alone
    return fuller_form(text, name) if name else None


def fuller_form(text: str, name: str) -> str:
    """The name with its first name in the fuller form the message gives further on ("im Dev
    btw. well, Devendra officially" -> "Devendra"): a capitalised word, not opening a sentence,
    that starts with the first name and is longer; the name as found otherwise."""
    first, *rest = name.split()
    fuller = re.compile(
        r"(?<![.!?]\s)(?<!^)\b" + re.escape(first[:1].upper() + first[1:].lower()) + r"[a-z]{2,}\b"
    )
    match = fuller.search(text, text.find(first) + len(first) if first in text else 0)
    return " ".join([match.group(0), *rest]) if match else name


def extends(stored: object, given: str) -> bool:
    """The name given is the fuller form of the stored one ("Dev", then "Devendra")."""
    old = str(stored or "").split()
    new = given.split()
    if not old or not new or len(new[0]) <= len(old[0]):
        return False
    return new[0].lower().startswith(old[0].lower())


_NAME_SAID = re.compile(r"\bname\b", re.I)


def says_name(text: str) -> bool:
    """The message says the word "name" ("my name is ...", "the name's wrong"): a name typed
    with it is given on purpose, and may replace the one stored."""
    return _NAME_SAID.search(text) is not None
