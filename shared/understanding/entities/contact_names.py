"""Names read from their place beside a contact detail, in lower case and outside the
first-name gazetteer: "dez okonkwo 916 555 0139" (a name written right before the number it
belongs to) and "tessa moreau btw" when the email given is tessa.moreau@... (the address spells
the name).

Both need evidence beyond the words' look: a lower-case word that is no known first name is a
name only where a contact line puts it or the visitor's own address repeats it.
"""

from __future__ import annotations

import itertools
import re

from shared.understanding.accents import folded
from shared.understanding.entities.emails import LOOSE_EMAIL_RE, SPELLED_OUT, written_out
from shared.understanding.entities.names import (
    INITIAL,
    INTRO_WORDS,
    NAME_WORD,
    NO_PRODUCTS,
    PREFIX,
    _blocked,
    _title,
    known_first,
)
from shared.understanding.entities.phones import CANDIDATE_RE
from shared.understanding.entities.places import place_words
from shared.understanding.quotes import refers_sales_to_them
from shared.wordlists import english, gcide

_LOCAL_SPLIT = re.compile(r"[._\-+]+")
_EDGES = ",.;:!?()\"'"


def name_beside_contact(
    text: str, address: str | None, products: frozenset[str] = NO_PRODUCTS
) -> str | None:
    """The name a contact line or the visitor's own ``address`` vouches for, or None; a
    dictated address is read as written ("ivy chen ivy at rogue dot com")."""
    text = written_out(text)
    return (
        name_before_contact(text, products, address)
        or name_in_address(text, address)
        or contact_person(text, products)
        or referred_contact(text, products, address)
        or written_full_name(text, products, address)
    )


# a capitalised first name and surname: "Could Tom Becker get a quote", "ok Ben Oduya, just call
# me", "under Felix Grant, felix@..."
_FULL_NAME = re.compile(r"(?<![\w@.])(?=([A-Z][a-z'’-]{1,29})\s+([A-Z][a-z'’-]{1,29})(?![\w@]))")
# the pair a place, not a person: "in Austin Texas", "near Jackson Hole"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|around|outside|of|to)\s+$", re.I)


def written_full_name(
    text: str, products: frozenset[str] = NO_PRODUCTS, address: str | None = None
) -> str | None:
    """The one capitalised first name and surname of a message that gives a phone or an email,
    wherever the sentence puts it ("Could Tom Becker get a quote ...? tom@...", "Send the
    numbers to Priya Natarajan, priya.n@..."): the first a known first name, the surname no
    ordinary word (unless the visitor's address spells one of the two: "Felix Grant,
    felix@..."), neither a product nor a place, and no other such pair in the message. A
    pair after "in"/"at"/"near" is a place ("in Austin Texas"), and a person the message says
    is someone else's ("cc my manager Claire Dubois") is not the visitor."""
    if _first_contact(text) is None:
        return None
    spelled = _address_parts(address)
    found = [m for m in _FULL_NAME.finditer(text) if _full_name(m, text, products, spelled)]
    if len(found) != 1:
        return None
    before = text[: found[0].start()]
    if _PLACE_BEFORE.search(before) and not _SENT_TO.search(before):
        return None
    if _SOMEONE_ELSES.search(before) and not refers_sales_to_them(text):
        return None
    return f"{found[0].group(1)} {found[0].group(2)}"


_SENT_TO = re.compile(
    r"\b(?:send|email|e-mail|mail|forward|write)\s+(?:[\w'-]+\s+){0,3}?to\s+$", re.I
)


def _full_name(
    pair: re.Match[str], text: str, products: frozenset[str], spelled: frozenset[str]
) -> bool:
    first, last = pair.group(1), pair.group(2)
    if not known_first(first) or _blocked(first, products) or _blocked(last, products):
        return False
    if place_words(f"{first} {last}") or place_words(last):
        return False
    vouched = first.lower() in spelled or last.lower() in spelled
    return vouched or last.lower() not in english()


def referred_contact(
    text: str, products: frozenset[str] = NO_PRODUCTS, address: str | None = None
) -> str | None:
    """The name set off by a comma right before the contact detail of the person the visitor
    asks sales to reach ("please have someone email my manager, Okonkwo Reid, okonkwo@..."),
    read as a contact line; None when the message asks sales to reach no one."""
    contact = _first_contact(text)
    if contact is None or not refers_sales_to_them(text):
        return None
    segment = text[:contact].rstrip(" ,:-–—").rsplit(",", 1)[-1]
    return name_before_contact(f"{segment} {text[contact:]}", products, address)


# the person sales should ask for, in a message that gives the way to reach them: "email
# hello@lowtide.com, ask for Rosa", "call the shop, 503-..., and ask for Mo"; "Jen at Foothill
# Roast, 208-..." opens a sentence with the name and the business
_ASK_FOR = re.compile(
    r"\b(?:ask\s+for|speak\s+(?:to|with)|talk\s+to|attn\.?:?|attention:?|for\s+the\s+attention\s+of)"
    r"\s+([A-Za-zÀ-ÖØ-öø-ÿ'’-]{2,30}(?:\s+[A-ZÀ-Þ][\w'’-]{1,29})?)\s*(?:[.!,;)]|$)",
    re.I,
)
_NAME_AT = re.compile(
    r"(?:^|[.!?]\s+|,\s+)([A-ZÀ-Þ][a-zà-ÿ'’-]{1,29})\s+(?:from|at|with)\s+(?:the\s+)?[A-Z0-9]"
)


def contact_person(text: str, products: frozenset[str] = NO_PRODUCTS) -> str | None:
    """The person a message with a phone or an email names to reach: after "ask for" or
    "attn", or opening a sentence before "at"/"from" and a business; a known first name (or a
    capitalised word that is no ordinary English word), never a product."""
    if _first_contact(text) is None:
        return None
    for pattern in (_ASK_FOR, _NAME_AT):
        for found in pattern.finditer(text):
            words = found.group(1).split()
            if _person_word(words[0], products):
                return " ".join(_title(w) for w in words)
    return None


def name_before_contact(
    text: str, products: frozenset[str] = NO_PRODUCTS, address: str | None = None
) -> str | None:
    """Two or three words opening the message right before its phone or email ("dez okonkwo
    916 555 0139, text is better"), after a self-introduction or not ("it's hye-jin park,
    accounts@..."), each a name word: a known first name, no ordinary English word, or a word
    the visitor's own ``address`` spells ("Ama Boateng, ama@..."). After a sure first name (a
    known one, or a hyphenated compound such as "hye-jin") the surname may be an ordinary word
    that is no common word of the chat ("park", "baker", "young"), or an initial ("priya n.
    - 412 555 0187" -> "Priya N."). Only the sentence the contact detail ends counts ("great.
    priya n. - 412...")."""
    contact = _first_contact(text)
    if contact is None:
        return None
    head = _LAST_SENTENCE.split(text[:contact].strip())[-1]
    head = INTRO_WORDS.sub("", PREFIX.sub("", head)).strip(" ,:-–—")
    tokens = head.split()
    spelled = _address_parts(address)
    if not 2 <= len(tokens) <= 3:
        return None
    if _family_name_first(tokens, products, spelled):
        return " ".join(tokens)  # "Park Ji-woo, jiwoo@...": as written, family name first
    if not _name_like(tokens[0], products, spelled):
        return None
    sure = _sure_first(tokens[0], products) or _spelled_first(tokens, products, spelled)
    if sure and len(tokens) == 2 and INITIAL.fullmatch(tokens[1]):
        return f"{_title(tokens[0])} {tokens[1][0].upper()}."  # "priya n. - 412..."
    if any(not _surname_like(t, products, spelled, sure) for t in tokens[1:]):
        return None
    return " ".join(_title(t) for t in tokens)


# the sentence a contact line opens: "great. priya n. - 412..." (an initial's dot ends none)
_LAST_SENTENCE = re.compile(r"(?<=\w\w[.!?])\s+")


def _sure_first(token: str, products: frozenset[str]) -> bool:
    """A first name beyond doubt: a known one, or a hyphenated compound of name words."""
    parts = token.split("-")
    compound = len(parts) == 2 and all(len(p) >= 2 and p.isalpha() for p in parts)
    return (known_first(token) or compound) and not _blocked(token, products)


def _family_name_first(
    tokens: list[str], products: frozenset[str], spelled: frozenset[str]
) -> bool:
    """A name written family name first ("Park Ji-woo", "Nguyen Thi Lan" with lan@...): every
    word capitalised, none an ordinary word of the chat, and a given name after the first word
    that is sure (a hyphenated compound) or that the visitor's own address spells; the family
    name may be an ordinary English word ("Park", "Long")."""
    if not all(t[:1].isupper() and NAME_WORD.match(t) for t in tokens):
        return False
    if any(_blocked(t, products) for t in tokens):
        return False
    given = [t for t in tokens[1:] if _compound(t) or _spelled(t, spelled)]
    return bool(given) and not _spelled(tokens[0], spelled) and not known_first(tokens[0])


def _compound(token: str) -> bool:
    """A hyphenated compound of two name words ("Ji-woo", "Hye-jin")."""
    parts = token.split("-")
    return len(parts) == 2 and all(len(p) >= 2 and p.isalpha() for p in parts)


def _spelled(token: str, spelled: frozenset[str]) -> bool:
    """The visitor's address spells the word, without its accents or hyphen ("João" in
    joao@..., "Ji-woo" in jiwoo@...)."""
    bare = folded(token)
    return bare in spelled or bare.replace("-", "") in spelled


def _spelled_first(tokens: list[str], products: frozenset[str], spelled: frozenset[str]) -> bool:
    """A first word the visitor's own address spells, before a surname no dictionary lists
    ("dev patel, dev@..."; "accounts payable, accounts@..." names a desk, not a person)."""
    first, second = tokens[0].lower(), tokens[1].lower()
    if not _spelled(first, spelled) or _blocked(first, products) or not NAME_WORD.match(second):
        return False
    return second not in gcide() and not _blocked(second, products)


def _surname_like(
    token: str, products: frozenset[str], spelled: frozenset[str], sure: bool
) -> bool:
    """A name word; after a sure first name, also an ordinary word no list blocks."""
    if _name_like(token, products, spelled):
        return True
    return sure and bool(NAME_WORD.match(token)) and not _blocked(token, products)


def name_in_address(text: str, address: str | None) -> str | None:
    """The words of ``text`` that the email's local part spells, two or three of them in order
    ("tessa moreau btw" with tessa.moreau@gmail.com), or None. The first part must be a known
    first name and none an ordinary word of the chat ("sales.team@" spells no one)."""
    if not address or "@" not in address:
        return None
    parts = [p for p in _LOCAL_SPLIT.split(address.split("@", 1)[0].lower()) if p]
    if not 2 <= len(parts) <= 3 or not all(
        p.isalpha() and not _blocked(p, NO_PRODUCTS) for p in parts
    ):
        return None
    if not known_first(parts[0]):  # "i'm dev malhotra dev.malhotra@": introduced and spelled
        return _introduced(text, parts)
    # whole words only: "kim.minjung at naver dot com" writes the address, not a name
    words = [w.strip(_EDGES).lower() for w in LOOSE_EMAIL_RE.sub(" ", text).split()]
    for start in range(len(words) - len(parts) + 1):
        if words[start : start + len(parts)] == parts:
            return " ".join(p.capitalize() for p in parts)
    return None


# a self-introduction right before the words an address spells: "i'm", "my name is", "this is"
_INTRODUCTION = r"\b(?:i'?m|i\s+am|my\s+name\s+is|name'?s|this\s+is)\s+"


def _introduced(text: str, parts: list[str]) -> str | None:
    """The words of an address's local part ("dev.malhotra@") said right after the visitor
    introduces themself ("i'm dev malhotra"), as a name; None otherwise: a first name no list
    knows is a name only when both the introduction and the address say it."""
    said = _INTRODUCTION + r"\s+".join(re.escape(p) for p in parts) + r"(?![\w@.])"
    return " ".join(p.capitalize() for p in parts) if re.search(said, text, re.I) else None


_NAMED_ADDRESS = re.compile(r"^([^\W\d_]{2,30})[._]([^\W\d_]{2,30})$")
_BARE_ADDRESS = re.compile(r"^([^\W\d_]{3,30})$")  # "priya@", "lena@"
# an address said to be someone else's: "cc my manager claire.dubois@...", "my partner's is ..."
_SOMEONE_ELSES = re.compile(
    r"\b(?:cc|copy|forward\w*|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:manager|boss|partner|colleague"
    r"|co-?worker|accountant|bookkeeper|assistant|wife|husband|owner|director|chef|buyer|gm"
    r"|sister|brother|mom|mum|dad|son|daughter|friend)(?:'s)?|his|her|their)\b[^.!?]{0,40}$",
    re.I,
)


def first_name_of_address(text: str, address: str | None) -> str | None:
    """The first name an email's local part spells as ``first.last``, ``first_last`` or the
    first name alone ("aisha.bello@..." -> "Aisha", "priya@..." -> "Priya"), its first part a
    known first name and no part an ordinary word of the chat ("sales.team@", "info@" spell no
    one), a bare name not the domain's own word ("luna@lunacafe.com" is the shop's inbox); None
    for any other address or one the message gives as someone else's ("cc my manager
    claire.dubois@...") unless it asks sales to write to that person.
    ``docs/decisions/name-from-an-email-address.md``: the name is said back so the visitor can
    correct it."""
    if not address or "@" not in address:
        return None
    local, domain = (part.lower() for part in address.split("@", 1))
    found = _NAMED_ADDRESS.match(local) or _BARE_ADDRESS.match(local)
    if found is None:
        return None
    parts = [part for part in found.groups() if part]
    first = parts[0]
    if not known_first(first) or any(_blocked(part, NO_PRODUCTS) for part in parts):
        return None
    if len(parts) == 1 and (first in domain or _other_first_name(text, first)):
        return None  # "luna@lunacafe.com" is the shop's inbox; "beatrice cole, bee@..." a nickname
    at = text.lower().find(address.lower())
    if at >= 0 and _SOMEONE_ELSES.search(text[:at]) and not refers_sales_to_them(text):
        return None  # "cc my manager claire@...", but "her email is x@..., write to her" names her
    return first.capitalize()


def _other_first_name(text: str, local: str) -> bool:
    """Whether the message holds a first name other than the bare local part ``local``: then
    the address may spell a nickname or an inbox, and the name is the reader's to find."""
    said = LOOSE_EMAIL_RE.sub(" ", SPELLED_OUT.sub(" ", text))  # "dot" of "... dot com" is no Dot
    words = re.findall(r"[^\W\d_]{3,}", said.lower())
    # the word after the local part itself is its surname ("jules park, jules at ..."), no one else
    surnames = {after for before, after in itertools.pairwise(words) if before == local}
    return any(
        w != local and w not in surnames and known_first(w) and not _blocked(w, NO_PRODUCTS)
        for w in words
    )


def _person_word(word: str, products: frozenset[str]) -> bool:
    """A known first name, or a capitalised word that is no ordinary word nor a product."""
    if known_first(word):
        return not _blocked(word, products)
    return word[0].isupper() and _name_like(word, products, frozenset())


def _first_contact(text: str) -> int | None:
    """Where the message's first phone number or email starts, or None."""
    starts = [m.start() for m in (CANDIDATE_RE.search(text), LOOSE_EMAIL_RE.search(text)) if m]
    return min(starts) if starts else None


def _address_parts(address: str | None) -> frozenset[str]:
    """The words an email's local part is made of ("ama.boateng@" -> ama, boateng)."""
    if not address or "@" not in address:
        return frozenset()
    local = address.split("@", 1)[0].lower()
    return frozenset(p for p in _LOCAL_SPLIT.split(local) if len(p) >= 2)


def _name_like(token: str, products: frozenset[str], spelled: frozenset[str]) -> bool:
    lower = token.lower()
    return (
        bool(NAME_WORD.match(token))
        and not _blocked(token, products)
        and (known_first(token) or lower not in english() or _spelled(token, spelled))
    )
