"""Email addresses in free text: validation, canonical form and typo detection.

A domain one or two edits away from a common mailbox provider (``gmial.com``) is reported as a
likely typo, so the engine can ask before it stores anything. An address the look-alike rules
refuse (:mod:`shared.lookalikes`: non-ASCII local part, punycode decoding to mixed scripts) is
reported invalid, as the console refuses it for accounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import OSA

from shared.lookalikes import lookalike_problem
from shared.understanding.corrections import is_correction
from shared.understanding.entities.dictated_emails import written_dictation
from shared.understanding.lexicon import COMMON_TLDS

# Letters of the scripts that pass for ASCII (Latin with accents, Greek, Cyrillic) are part of
# an address, so "admın@example.com" is read whole and refused, not cut to "n@example.com".
CHARS = r"A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF"
EMAIL_RE = re.compile(rf"[{CHARS}._%+\-]+@[{CHARS}\-]+(?:\.[{CHARS}\-]+)+")
# An address, complete or not ("amy@gmail"): the incomplete ones get a suggestion.
LOOSE_EMAIL_RE = re.compile(rf"[{CHARS}._%+\-]+@[{CHARS}\-]+(?:\.[{CHARS}\-]+)*")
# "amy at beans dot com", "amy dot lee at beans dot com", as people write to dodge spam
# filters (the top-level domain ends the address: "me at amy dot lee at ..." is not one)
_DOT = r"\s+(?:dot|\[dot\]|\(dot\))\s+"
# "kim underscore lee at fern dot io", "ana dash ruiz at ...", "... at blue hyphen fern dot com"
_LOCAL_JOIN = r"\s+(?:dot|underscore|dash|hyphen|\[dot\]|\(dot\))\s+"
_DOMAIN_JOIN = r"\s+(?:dot|dash|hyphen|\[dot\]|\(dot\))\s+"
SPELLED_OUT = re.compile(
    r"\b([A-Za-z0-9._%+\-]+(?:" + _LOCAL_JOIN + r"[A-Za-z0-9_%+\-]+)*)\s+(?:at|\[at\]|\(at\))\s+"
    r"([A-Za-z0-9\-]+(?:"
    + _DOMAIN_JOIN
    + r"[A-Za-z0-9\-]+)*?)"
    + _DOT
    + r"([A-Za-z]{2,12})\b(?!"
    + _DOT
    + r"|\s+(?:at|\[at\]|\(at\))\s)",
    re.I,
)
_SPELLED_JOIN = re.compile(r"\s+(dot|underscore|dash|hyphen|\[dot\]|\(dot\))\s+", re.I)
_JOINED = {"underscore": "_", "dash": "-", "hyphen": "-"}


def _joined(part: str) -> str:
    """A spelled part with its joining words as characters ("kim underscore lee" -> kim_lee)."""
    return _SPELLED_JOIN.sub(lambda m: _JOINED.get(m.group(1).lower(), "."), part)


def written_out(text: str) -> str:
    """Spelled-out addresses written as addresses ("amy dot lee at beans dot com", dictated
    "amy at lilac city beans dot com": :mod:`.dictated_emails`): every reader of a contact
    line (the address, the name before it) reads this form."""
    return SPELLED_OUT.sub(
        lambda m: f"{_joined(m.group(1))}@{_joined(m.group(2))}.{m.group(3)}",
        written_dictation(text),
    )


COMMON_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "live.com",
    "msn.com",
    "protonmail.com",
    "proton.me",
    "comcast.net",
    "yahoo.ca",
    "shaw.ca",
    "me.com",
)


@dataclass(frozen=True)
class EmailFinding:
    """An address found in a message: valid or not, and a suggested correction."""

    address: str
    valid: bool
    suggestion: str | None = None


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a transposition counts as one edit), computed by
    rapidfuzz (about 400 times faster than the dynamic programme in Python it replaced)."""
    return int(OSA.distance(a, b))


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset[str]:
    """Every top-level domain of the Public Suffix List shipped by ``publicsuffixlist``."""
    text = (
        resources.files("publicsuffixlist")
        .joinpath("public_suffix_list.dat")
        .read_text(encoding="utf-8")
    )
    found = set()
    for line in text.splitlines():
        rule = line.strip().lstrip("!*.")
        if rule and not rule.startswith("//"):
            found.add(rule.rsplit(".", 1)[-1].lower())
    return frozenset(found)


def suggest_tld(domain: str) -> str | None:
    """``brewhaus.com`` for ``brewhaus.con``: a top-level domain that does not exist, fixed."""
    head, _, tld = domain.rpartition(".")
    if not head or tld in top_level_domains():
        return None
    best = min(COMMON_TLDS, key=lambda t: edit_distance(tld, t))
    return f"{head}.{best}" if edit_distance(tld, best) <= 2 else None


def complete_domain(domain: str) -> str | None:
    """``gmail.com`` for ``gmail``: a bare provider name completed, else None."""
    known = [d for d in COMMON_DOMAINS if d.split(".")[0] == domain]
    return known[0] if known else None


def suggest_domain(domain: str) -> str | None:
    """The common provider this domain is probably a typo of, or None."""
    if domain in COMMON_DOMAINS:
        return None
    best = min(COMMON_DOMAINS, key=lambda d: edit_distance(domain, d))
    limit = 2 if len(best) >= 9 else 1
    return best if edit_distance(domain, best) <= limit else None


def canonical(address: str) -> str | None:
    """The lower-case normalised address, or None when it is not a valid address."""
    from email_validator import EmailNotValidError, validate_email  # on the first address

    try:
        result = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()


# The visitor writing to an address is not giving their own ("I will write to sales@... myself").
_WRITES_TO = re.compile(
    r"\b(?:i|we)(?:'ll|'m\s+going\s+to|\s+will|\s+shall|\s+can|\s+am\s+going\s+to)?\s+"
    r"(?:write|e-?mail|mail|contact|send\s+(?:\w+\s+){0,3}?)\s*(?:to\s+|at\s+)?(?:\w+\s+){0,2}$",
    re.I,
)


def _written_to(before: str) -> bool:
    """The words before an address say the visitor writes to it, not from it ("I'll email
    you from jane@..." gives theirs)."""
    before = before[-60:]
    return bool(_WRITES_TO.search(before)) and not _FROM.search(before)


_FROM = re.compile(r"\b(?:from|me|us)\s+(?:at\s+|on\s+)?$", re.I)


def _given_address(text: str) -> str | None:
    """The email-like token the visitor gives: the first, or the last when a correction cue
    stands between them ("x@a.mx, sorry, without the ñ: x@b.mx"); an address the visitor says
    they will write to is not theirs ("I will write to sales@... myself")."""
    matches = [m for m in LOOSE_EMAIL_RE.finditer(text) if not _written_to(text[: m.start()])]
    if not matches:
        return None
    first, last = matches[0], matches[-1]
    if last is not first and is_correction(text[first.end() : last.start()]):
        return last.group(0)
    return first.group(0)


def find_email(text: str) -> EmailFinding | None:
    """The email-like token the visitor gives (see :func:`_given_address`), validated, with a
    typo suggestion.

    An address without a top-level domain ("amy@gmail") or with one that does not exist
    ("amy@x.con") is reported invalid, with the suggestion to confirm when one is likely.
    """
    given = _given_address(written_out(text))
    if given is None:
        return None
    raw = given.rstrip(".-")
    if lookalike_problem(raw.lower()):
        return EmailFinding(address=raw.lower(), valid=False)
    local, _, domain = raw.lower().rpartition("@")
    if "." not in domain:
        fixed = complete_domain(domain) or f"{domain}.com"
        return EmailFinding(raw.lower(), False, f"{local}@{fixed}")
    address = canonical(raw)
    if address is None:
        return EmailFinding(address=raw.lower(), valid=False)
    local, domain = address.rsplit("@", 1)
    wrong_tld = suggest_tld(domain)
    if wrong_tld:
        return EmailFinding(address, False, f"{local}@{wrong_tld}")
    typo = suggest_domain(domain)
    return EmailFinding(address, True, f"{local}@{typo}" if typo else None)


def mentions_domain_of(text: str, address: str) -> bool:
    """True when the text names the provider of ``address`` ("yes, gmail")."""
    provider = address.rsplit("@", 1)[-1].split(".")[0]
    return provider in text.lower()
