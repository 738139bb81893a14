"""Extraction: text → the transport links it proposes, each with its evidence sentence.

Deterministic and offline: text clean-up (``_text``), place mentions (``_places``), link
candidates and their structures (``_candidates``, ``_rules``, ``_patterns``), modes
(``_modes``), statuses (``_status``), named corridors (``_named``, ``_corridor_names``) and
references back to earlier links (``_coref``), put together by ``_pipeline``.
"""

from __future__ import annotations

from corridors.extract._pipeline import Extraction, extract, extract_links
from corridors.records.link import MODES, STATUSES, ProposedLink

__all__ = ["MODES", "STATUSES", "Extraction", "ProposedLink", "extract", "extract_links"]
