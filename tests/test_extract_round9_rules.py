"""Unit tests of the rule changes of the ninth round (issue 12), as a table of sentences
that give one link.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest
from test_extract_rule_families import ends, only

#: (what the case shows, text, (mode, origins, destinations, via)).
ONE_LINK = [
    ("'by road and by rail' is one cue for both: land",
     "The agreement covers the transit of goods between Uzbekistan and Pakistan by road and "
     "by rail.",
     ("land", ["Uzbekistan"], ["Pakistan"], [])),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in ONE_LINK],
                         ids=[case[0] for case in ONE_LINK])
def test_a_sentence_gives_its_link(text: str,
                                   expected: tuple[str, list[str], list[str], list[str]]) -> None:
    link = only(text)
    assert (*ends(link), [v.name for v in link.via]) == expected
