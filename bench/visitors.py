"""Varied visitors for the load benchmarks: every conversation follows the shape of the chat
bench's script (a new café, a name, a question, an email, preferences, a question, needs,
volume) but with its own name, city, numbers and two questions drawn from the answer
evaluation's development set, so no two conversations send the same words and nothing a
process remembers between turns (a cache) can make the load easier than real traffic.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS_FILE = ROOT / "eval" / "answers" / "copperline.yaml"

FIRST = (
    "Maya", "Jonas", "Priya", "Tom", "Ana", "Kenji", "Sofia", "Liam", "Amara", "Diego", "Hannah",
    "Omar", "Grace", "Mateo", "Chloe", "Ravi", "Elena", "Sam", "Nina", "Felix",
)  # fmt: skip
LAST = ("Chen", "Novak", "Shah", "Baker", "Silva", "Ito", "Rossi", "Walsh", "Okafor", "Park")
CITIES = ("Portland", "Seattle", "Boise", "Tacoma", "Eugene", "Spokane", "Bend", "Salem")
OPENINGS = (
    "Hi! I'm opening a small coffee shop in {city} next spring",
    "hey, we're starting a cafe in {city} this fall",
    "Hello - planning to open an espresso bar in {city} early next year",
    "hi there, opening my first café in {city} soon",
)
NAMES = ("My name is {first} {last}", "I'm {first}", "{first} {last} here", "it's {first} btw")
PREFERENCES = (
    "Mostly espresso drinks, and we like chocolatey medium-dark roasts",
    "mainly lattes and flat whites, something nutty",
    "espresso based plus some filter, fruity light roasts",
    "we'll do a lot of cold brew and oat lattes",
)
NEEDS = (
    "We need an espresso machine with two groups and a good grinder",
    "looking for a 3 group machine and two grinders",
    "just a compact machine and one grinder to start",
    "we need the whole setup, machine grinder and a batch brewer",
)
VOLUMES = ("Probably around {n} cups a day", "maybe {n} drinks daily", "{n} cups a day I'd guess")


def questions(path: Path = QUESTIONS_FILE) -> list[str]:
    """The development set's questions that stand alone (no history)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [q["question"] for q in data["questions"] if not q.get("history")]


def conversation(rng: random.Random, pool: list[str]) -> list[str]:
    """One visitor's eight messages."""
    first, last, city = rng.choice(FIRST), rng.choice(LAST), rng.choice(CITIES)
    domain = f"{rng.choice(('bright', 'little', 'north', 'corner'))}{rng.choice(('cup', 'bean'))}"
    return [
        rng.choice(OPENINGS).format(city=city),
        rng.choice(NAMES).format(first=first, last=last),
        rng.choice(pool),
        f"{first.lower()}.{last.lower()}{rng.randrange(100)}@{domain}.co",
        rng.choice(PREFERENCES),
        rng.choice(pool),
        rng.choice(NEEDS),
        rng.choice(VOLUMES).format(n=rng.randrange(80, 400, 10)),
    ]
