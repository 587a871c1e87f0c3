"""Per-entity precision and recall of the reader on the outside authors' labelled messages.

    PYTHONPATH=. .venv/bin/python -m eval.entities [../shared/eval]

Each message is read by the local brain (no embedding model) in a fresh conversation, with the
field the author says was asked (``asked``) as the field being asked. A value counts as right
when it matches the label loosely: the same number for counts and volumes, the same words
(case and accents ignored) for names, one inside the other for timelines, equal for contacts.
Equipment is scored per item (one item's words inside the other's). The reader does not
extract organisation and place yet.
"""

from __future__ import annotations

import asyncio
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.lexicon import NUMBER_WORDS

FIELDS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "timeline": "opening_timeline",
    "locations": "locations",
    "expected_volume": "expected_volume",
}
ASKED = {"timeline": "opening_timeline", "equipment": "equipment_needs"}
LISTS = {"equipment": "equipment_needs"}


def fold(text: object) -> str:
    plain = unicodedata.normalize("NFKD", str(text).lower()).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9@.+]+", plain))


def first_number(text: object) -> int | None:
    found = re.search(r"\d[\d,]*", str(text))
    if found:
        return int(found.group(0).replace(",", ""))
    for word in fold(text).split():
        if word in NUMBER_WORDS and word not in ("a", "an"):
            return NUMBER_WORDS[word]
    return None


def same(entity: str, got: object, want: object) -> bool:
    """The loose match described in the module docstring."""
    if entity in ("locations", "expected_volume"):
        return first_number(got) is not None and first_number(got) == first_number(want)
    if entity == "phone":
        return re.sub(r"\D", "", str(got))[-10:] == re.sub(r"\D", "", str(want))[-10:]
    if entity == "timeline":  # the phrase, without the "on" and month the chat adds
        a, b = fold(re.sub(r"^on\s+|\s*\([^)]*\)$", "", str(got))), fold(want)
        return bool(a) and (a in b or b in a)
    titles = r"^(?:dr|mr|mrs|ms|sra|sr)\.?\s+"
    return re.sub(titles, "", fold(got)) == re.sub(titles, "", fold(want))


async def score(folders: list[Path]) -> dict[str, Counter[str]]:
    brain = LocalBrain()
    counts: dict[str, Counter[str]] = {e: Counter() for e in [*FIELDS, *LISTS]}
    for folder in folders:
        for row in yaml.safe_load((folder / "utterances.yaml").read_text(encoding="utf-8")):
            labels: dict[str, Any] = row.get("entities") or {}
            asked = ASKED.get(row.get("asked") or "", row.get("asked"))
            state = ConversationState(asking=asked)
            heard = await brain.understand(row["text"], state)
            found = heard.fields
            for entity, field in LISTS.items():
                items = [i for i in str(found.get(field) or "").split(", ") if i]
                count_items(counts[entity], items, [str(w) for w in labels.get(entity) or []])
            for entity, field in FIELDS.items():
                got, want = found.get(field), labels.get(entity)
                if want is not None and entity == "locations" and first_number(want) is None:
                    want = None  # a label that names a place, not a count
                if got is not None and want is not None:
                    counts[entity]["tp" if same(entity, got, want) else "wrong"] += 1
                elif got is not None:
                    counts[entity]["fp"] += 1
                elif want is not None:
                    counts[entity]["fn"] += 1
    return counts


def count_items(counts: Counter[str], got: list[str], want: list[str]) -> None:
    """Per item: right when one item's words hold the other's (case and accents ignored)."""
    left = [fold(w) for w in want]
    for item in map(fold, got):
        match = next((w for w in left if item in w or w in item), None)
        if match is None:
            counts["fp"] += 1
        else:
            counts["tp"] += 1
            left.remove(match)
    counts["fn"] += len(left)


def table(counts: dict[str, Counter[str]]) -> str:
    lines = [
        "| entity | labelled | found | right | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    for entity, c in counts.items():
        found = c["tp"] + c["wrong"] + c["fp"]
        labelled = c["tp"] + c["wrong"] + c["fn"]
        precision = c["tp"] / found if found else 0.0
        recall = c["tp"] / labelled if labelled else 0.0
        lines.append(
            f"| {entity} | {labelled} | {found} | {c['tp']} | {precision:.2f} | {recall:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval")
    folders = sorted(root.glob("outside-*"))
    if not folders:
        print(f"no outside-* folders under {root}; nothing to score")
        return
    for folder in folders:
        print(f"\n{folder.name}\n" + table(asyncio.run(score([folder]))))
    print("\nall\n" + table(asyncio.run(score(folders))))


if __name__ == "__main__":
    main()
