"""Email addresses made to look like others: the rules shared by console accounts and chat.

An address is refused as a look-alike when

- its local part (before ``@``) is not plain ASCII: a dotless ``ı``, a Cyrillic ``а`` or a
  full-width letter there can only be meant to pass for an ASCII letter (and few mail servers
  accept non-ASCII local parts anyway);
- its domain's IDNA (punycode) labels, once decoded (``xn--exmple-4nf`` is ``exаmple``), do not
  decode, or the letters of the whole address come from more than one script (Latin and
  Cyrillic, say): punycode is decoded *before* the script rule, so it cannot hide a mix.

Console accounts are also compared by their UTS #39 skeleton (:func:`skeleton`): the string
each character's prototype spells (``ı`` and ``і`` become ``i``, ``0`` becomes ``O``), so a new
account whose skeleton equals an existing one's is refused even when each address passes the
rules above on its own. The confusables table is Unicode's ``confusables.txt`` as shipped by the
``confusable-homoglyphs`` package; it lists each pair in both directions, so the prototype of a
character is recovered as the centre of its star (the one entry of a character that has one,
when that entry has several), and for a lone pair, consistently, the smaller of the two.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources

import idna

DIRECTION_MARKS = str.maketrans("", "", "\u200e\u200f")


def _script(char: str) -> str:
    """The script of a letter by its Unicode name's first word (LATIN, CYRILLIC, GREEK...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def scripts_of(text: str) -> set[str]:
    """The scripts of the letters in ``text`` (pure)."""
    return {_script(c) for c in text if c.isalpha()}


def decoded_domain(domain: str) -> str | None:
    """The domain with its IDNA (``xn--``) labels decoded to Unicode; None when one does not
    decode (pure)."""
    labels = []
    for label in domain.split("."):
        if label.lower().startswith("xn--"):
            try:
                label = idna.decode(label)
            except (idna.IDNAError, UnicodeError):
                return None
        labels.append(label)
    return ".".join(labels)


def unicode_form(address: str) -> str | None:
    """The address with its domain decoded from punycode, or None when it does not decode."""
    local, at, domain = address.rpartition("@")
    shown = decoded_domain(domain) if at else None
    return f"{local}@{shown}" if shown is not None else None


def lookalike_problem(address: str) -> str | None:
    """Why the address is refused as a look-alike, or None when it is acceptable (pure)."""
    local, _, _ = address.rpartition("@")
    if not local.isascii():
        return "The part before @ must use plain letters and digits (ASCII) only."
    shown = unicode_form(address)
    if shown is None:
        return "The domain's international (xn--) form does not decode."
    if len(scripts_of(shown)) > 1:
        return "The address mixes letters of different scripts."
    return None


@lru_cache(maxsize=1)
def prototypes() -> dict[str, str]:
    """Character -> its prototype string, from the confusables table (loaded once)."""
    text = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text()
    pairs: dict[str, list[str]] = {}
    for key, entries in json.loads(text).items():
        clean = [e["c"].translate(DIRECTION_MARKS) for e in entries]
        pairs[key.translate(DIRECTION_MARKS)] = clean
    table: dict[str, str] = {}
    for char, others in pairs.items():
        if len(char) != 1 or len(others) != 1:
            continue  # a prototype (several look-alikes map to it) or a multi-character one
        target = others[0]
        if len(pairs.get(target, ())) > 1 or len(target) > 1 or target < char:
            table[char] = target
    return table


def skeleton(text: str) -> str:
    """UTS #39 skeleton: NFD, each character replaced by its prototype, NFD again (pure apart
    from the table loaded once)."""
    table = prototypes()
    mapped = "".join(table.get(c, c) for c in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


def address_skeleton(address: str) -> str:
    """The skeleton of an address in its Unicode form, case-folded first."""
    return skeleton((unicode_form(address) or address).casefold())
