"""Unit tests of the rule changes of the eighth round (issue 12), as tables: sentences that
must not give a link.

Each text here is written for the test; none is taken from the labelled corpus.
"""

from __future__ import annotations

import pytest

from corridors.extract._pipeline import extract_links

#: Sentences that give no link: a region to its own towns, or to two of its own countries.
NO_LINK = [
    ("a region to its own towns",
     "Growth in Southeast Asia depends on new jets, which are to fly to Hanoi and to "
     "Kuala Lumpur."),
    ("a region to two of its own countries",
     "The new line is to improve access from Central Asia to Uzbekistan and Tajikistan by "
     "rail."),
]


@pytest.mark.parametrize("text", [case[1] for case in NO_LINK],
                         ids=[case[0] for case in NO_LINK])
def test_no_link(text: str) -> None:
    assert extract_links(text) == []
