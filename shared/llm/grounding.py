"""Local checks on what the model proposes: contact details and generated replies.

The model proposes, the local side decides. A contact detail is stored only when
email-validator or phonenumbers accepts it (in canonical form). A reply is used only when it is
plain text within the length limit, claims nothing its sources do not say (prices, numbers,
phone numbers, domains and emails: :mod:`shared.llm.claims`) and repeats nothing of the system
prompts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shared.llm.claims import unsourced
from shared.understanding.entities.emails import canonical
from shared.understanding.entities.phones import parse_phone

HTML_RE = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
MARKDOWN_LINK_RE = re.compile(r"\]\s*\(|!\[")
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
MARKUP_RE = re.compile(r"(?m)^\s*(?:#{1,6}\s|[-*]\s|\d+\.\s)|\*\*|__|```")
SHINGLE = 6  # words: a run this long copied from a system prompt is a leak
NAME_RE = re.compile(r"^[^\d@<>{}\[\]\\/=_|#$%^&*~]{1,60}$")


def valid_email(raw: str | None) -> str | None:
    """The canonical address when email-validator accepts it, else None."""
    return canonical(raw.strip()) if raw and raw.strip() else None


def valid_phone(raw: str | None, country: str | None) -> str | None:
    """The E.164 number when phonenumbers accepts it for the visitor's country, else None."""
    return parse_phone(raw, country) if raw and raw.strip() else None


def valid_name(raw: str | None) -> str | None:
    """A plausible personal name (letters, spaces, hyphens, apostrophes), else None."""
    name = " ".join((raw or "").split())
    if not name or not NAME_RE.match(name) or len(name.split()) > 4:
        return None
    return name


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _shingles(text: str) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i : i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}


def leaks(reply: str, secrets: Iterable[str]) -> bool:
    """Whether the reply repeats a run of a system prompt or contains a secret value."""
    said = _shingles(reply)
    return any(bool(s) and (s in reply or bool(said & _shingles(s))) for s in secrets)


def reply_problem(
    reply: str, allowed: Iterable[str], max_chars: int, conversation: Iterable[str] = ()
) -> str | None:
    """Why a generated reply may not be shown (None when it may): ``allowed`` are its sources,
    ``conversation`` the visitor's words (they may back a phone number, email or domain)."""
    text = reply.strip()
    if not text:
        return "empty"
    if len(text) > max_chars:
        return "too long"
    if HTML_RE.search(text) or MARKDOWN_LINK_RE.search(text) or URL_RE.search(text):
        return "markup or link"
    if MARKUP_RE.search(text):
        return "markdown"
    return unsourced(text, allowed, conversation)
