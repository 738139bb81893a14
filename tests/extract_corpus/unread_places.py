"""List the labelled places that a text names but the mention finder does not read (issue 12).

A gold link can only be found when its places are read.  For every labelled place of the
development folders that the gazetteer knows, this script looks for the place's name,
as written in the label, in the text, and says what the mention finder made of it there:

    python tests/extract_corpus/unread_places.py             # every development folder
    python tests/extract_corpus/unread_places.py test31/ma   # some folders

Printed: counts per outcome (``read``, ``not read`` where the name stands in the text but
no mention covers it, ``blocked`` where the mention is read as no link end, ``other
place`` where it resolves elsewhere, ``not literal`` where the label spells the name
another way), then one line per problem with the words around it.  Round 9 found the
"Nur-Sultan" title bug, the dropped heads of hyphened route names and the dotless i with
it.  A development tool, not a test.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from test_extract_corpus import REAL_DEV_FOLDERS, _gold_place, _same  # noqa: E402

from corridors.extract._places import Mention, find_mentions  # noqa: E402
from corridors.extract._text import sentences  # noqa: E402
from corridors.gazetteer._index import fold, gazetteer  # noqa: E402
from corridors.records.place import Place  # noqa: E402

#: Kinds of place that have no position and still are known (a gold end of these kinds is
#: never "unknown to the gazetteer").
_AREAS = frozenset({"country", "region", "sea"})


def _known(place: Place) -> bool:
    return place.lat is not None or place.kind in _AREAS


def _outcome(text: str, name: str, place: Place, mentions: list[Mention]) -> tuple[str, int]:
    """What the finder made of the first spelling of ``name`` in ``text``, and where."""
    at = [m.start() for m in re.finditer(re.escape(name), text)]
    if not at:
        return "not literal", -1
    covering = [m for m in mentions if any(m.start <= a < m.end for a in at)]
    same = [m for m in covering if m.place is not None and _same(m.place, place)]
    if not covering:
        return "not read", at[0]
    if not same:
        return "other place", at[0]
    if all(m.role == "blocked" for m in same):
        return "blocked", at[0]
    return "read", at[0]


def _texts(folders: list[str]) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    for folder in folders:
        root = HERE / "real" / folder
        gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        for name, links in sorted(gold.items()):
            if not name.startswith("_"):
                yield f"{folder}/{name}", (root / f"{name}.txt").read_text(encoding="utf-8"), links


def main(folders: list[str]) -> None:
    gaz = gazetteer()
    counts: Counter[str] = Counter()
    problems: list[str] = []
    for key, text, links in _texts(folders):
        spans = [(s.start, s.end, i) for i, s in enumerate(sentences(text))]
        mentions = find_mentions(text, fold(text), gaz, spans)
        names = {n for link in links
                 for side in ("origins", "destinations", "via") for n in link[side]}
        for label in sorted(names):
            place = _gold_place(label)
            if not _known(place):
                continue
            outcome, at = _outcome(text, label.partition("|")[0], place, mentions)
            counts[outcome] += 1
            if outcome in {"not read", "blocked", "other place"}:
                around = text[max(0, at - 50): at + 50].replace("\n", " ")
                problems.append(f"{outcome:12} {key[:48]:48} {label:20} ...{around}...")
    print(dict(counts.most_common()))
    print("\n".join(problems))


if __name__ == "__main__":
    main(sys.argv[1:] or list(REAL_DEV_FOLDERS))
