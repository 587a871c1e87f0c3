"""Count how replies read in played transcripts: stacked openers, two thanks, echoed questions.

Usage: ``python -m eval.reply_style DIR [DIR ...]`` over the players' TRANSCRIPTS folders (one
JSON file per conversation with ``turns`` of ``message`` and ``reply``). Prints one count per
class and, with ``-v``, each offending reply. Pure reading; nothing is played.

Classes:
- ``stacked_openers``: two or more social openers in one reply (a venue or customer greeting,
  sympathy, a name greeting, a blanket "thanks for all the details"), or a cheerful greeting
  beside sympathy;
- ``two_thanks``: two sentences that thank in one reply;
- ``echoed_question``: an acknowledgement ("Noted: X.") whose value X is text from a question
  the visitor asked in that message;
- ``empty_ack``: an acknowledgement that says nothing back ("Got it on the equipment.");
- ``mentioned_unsaid``: "As I mentioned" before a sentence the previous reply did not say.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SENTENCE = re.compile(r"(?<=[.!?])\s+")
GREETING = re.compile(
    r"^(?:Congratulations on the new|How exciting, a new|Thanks for telling me about your"
    r"|Great to hear about your|Thanks for being a Copperline|Good to hear from a Copperline)"
)
SYMPATHY = re.compile(r"^(?:Sorry to hear|Sorry the |That sounds frustrating|I'm sorry)")
NAME_GREETING = re.compile(r"(?:Nice to meet you|good to meet you|Great to meet you)", re.I)
BLANKET = re.compile(r"^(?:Thanks for all the details|That's really helpful, thank you)")
THANKS = re.compile(r"\bthank", re.I)
ACK_VALUE = re.compile(r"(?:^|\s)(?:Noted|Got it): (?P<value>[^.?!]+)[.]")
EMPTY_ACK = re.compile(
    r"(?:Got it on the equipment|Noted on the equipment side|Noted on the support side)\."
)
MENTIONED = re.compile(r"As I mentioned: (?P<rest>.+)$", re.S)
QUESTION_CLAUSE = re.compile(r"[^.?!\n]*\?")


def sentences(text: str) -> list[str]:
    """The reply's sentences, stripped."""
    return [s.strip() for s in SENTENCE.split(text or "") if s.strip()]


def stacked_openers(reply: str) -> bool:
    """Two social openers, or a greeting beside sympathy."""
    said = sentences(reply)
    greet = sum(1 for s in said if GREETING.match(s))
    sorry = sum(1 for s in said if SYMPATHY.match(s))
    named = sum(1 for s in said if NAME_GREETING.search(s))
    blanket = sum(1 for s in said if BLANKET.match(s))
    return (greet and sorry) > 0 or greet + sorry + named + blanket >= 3 or blanket + greet >= 2


def two_thanks(reply: str) -> bool:
    """Two sentences that thank the visitor."""
    return sum(1 for s in sentences(reply) if THANKS.search(s)) >= 2


def echoed_question(message: str, reply: str) -> bool:
    """An acknowledged value that is text of a question in the message."""
    asked = " ".join(QUESTION_CLAUSE.findall(message or "")).lower()
    for match in ACK_VALUE.finditer(reply or ""):
        value = match.group("value").strip().lower()
        if len(value.split()) >= 2 and value in asked:
            return True
    return False


def mentioned_unsaid(previous: str, reply: str) -> bool:
    """'As I mentioned' before a sentence the previous reply did not say."""
    match = MENTIONED.search(reply or "")
    if not match:
        return False
    said = set(sentences(previous))
    first = sentences(match.group("rest"))[:1]
    return bool(first) and first[0] not in said


def classes(message: str, previous: str, reply: str) -> list[str]:
    """The classes one reply falls in."""
    found = []
    if stacked_openers(reply):
        found.append("stacked_openers")
    if two_thanks(reply):
        found.append("two_thanks")
    if echoed_question(message, reply):
        found.append("echoed_question")
    if EMPTY_ACK.search(reply or ""):
        found.append("empty_ack")
    if mentioned_unsaid(previous, reply):
        found.append("mentioned_unsaid")
    return found


def count(folders: list[Path], verbose: bool = False) -> Counter[str]:
    """Counts per class over every transcript in ``folders``."""
    totals: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            previous = ""
            for turn in json.loads(path.read_text()).get("turns", []):
                reply = str(turn.get("reply") or "")
                for name in classes(str(turn.get("message") or ""), previous, reply):
                    totals[name] += 1
                    if verbose:
                        print(f"{name}\t{path.name}\t{turn.get('message')!r}\n\t-> {reply}")
                totals["replies"] += 1
                previous = reply
    return totals


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"]
    totals = count(folders, verbose)
    for name in (
        "replies",
        "stacked_openers",
        "two_thanks",
        "echoed_question",
        "empty_ack",
        "mentioned_unsaid",
    ):
        print(f"{name}: {totals[name]}")


if __name__ == "__main__":
    main(sys.argv[1:])
