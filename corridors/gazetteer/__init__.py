"""The world gazetteer: names in text → places (countries, regions, cities, airports, seas,
the network's own nodes), with spellings, demonyms and native-script names."""

from __future__ import annotations

from corridors.gazetteer._index import (
    Candidate,
    Gazetteer,
    capital_city,
    check_query_length,
    country_place,
    fold,
    gazetteer,
    name_key,
    resolve_place,
    search_places,
)

__all__ = [
    "Candidate",
    "Gazetteer",
    "capital_city",
    "check_query_length",
    "country_place",
    "fold",
    "gazetteer",
    "name_key",
    "resolve_place",
    "search_places",
]
