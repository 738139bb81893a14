"""Named corridors and their canonical chains of places (data for extraction).

A text that names a corridor ("the Trans-Afghan railway", "CPEC", "the Middle Corridor")
proposes a link even when it names none of its towns.  Extraction reads the name as a
link along the corridor's *canonical chain*: the first place is the origin, the last the
destination, the rest are via points.  The chains below are the alignments most often
given in official descriptions; each entry says where its chain comes from.

``countries`` lists the corridor's countries in order; ``start`` and ``end`` are the
countries (ISO2) or region keys at its two ends.  A text that itemises the corridor with
its own legs (a path of explicit links from ``start`` to ``end``) gets those legs instead
of the named link.  ``standing`` says whether the corridor as a whole runs already.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NAMED_CORRIDORS", "NamedCorridor"]


@dataclass(frozen=True, slots=True)
class NamedCorridor:
    """A named corridor: how texts call it, its modes and its canonical chain."""

    key: str
    #: Regular expression (lower case, folded text) for the names texts use.
    pattern: str
    #: Link modes, the first being the main one (``("road", "rail")`` means land).
    modes: tuple[str, ...]
    #: Canonical chain: place names, optionally pinned to a country as ``"Name|CC"``.
    chain: tuple[str, ...]
    countries: tuple[str, ...]
    start: tuple[str, ...]
    end: tuple[str, ...]
    source: str
    #: The status of the corridor as a whole when it runs already ("existing"): a sentence
    #: naming it keeps that status whatever agreement, roadmap or upgrade it reports
    #: (those are about its parts); ``None`` when the corridor is itself a proposal.
    standing: str | None = None


NAMED_CORRIDORS: tuple[NamedCorridor, ...] = (
    NamedCorridor(
        key="trans-afghan",
        pattern=(r"\b(?:trans-?afghan(?:istan)? (?:railway|rail(?:road)? (?:line|link|project)?|"
                 r"railroad|corridor|rail)|uzbekistan-afghanistan-pakistan (?:railway|"
                 r"rail(?:road)?|corridor)|uap (?:railway|rail(?:road)?|corridor))"),
        modes=("rail",),
        chain=("Termez", "Mazar-i-Sharif", "Kabul", "Peshawar"),
        countries=("UZ", "AF", "PK"),
        start=("UZ",),
        end=("PK",),
        source="Roadmap signed by Uzbekistan, Afghanistan and Pakistan in Tashkent, "
               "February 2021 (Termez-Mazar-i-Sharif-Kabul-Peshawar, about 573 km).",
    ),
    NamedCorridor(
        key="cpec",
        pattern=r"\b(?:cpec|china-pakistan economic corridor)\b",
        modes=("road", "rail"),
        chain=("Kashgar", "Khunjerab Pass", "Islamabad", "Gwadar"),
        countries=("CN", "PK"),
        start=("CN",),
        end=("PK",),
        source="CPEC long-term plan (2017): Kashgar over the Khunjerab Pass through "
               "Islamabad to Gwadar port.",
        standing="existing",
    ),
    NamedCorridor(
        key="middle-corridor",
        pattern=(r"\b(?:middle corridor|trans-caspian (?:international )?(?:transport|trade) "
                 r"(?:route|corridor)|titr)\b"),
        modes=("rail", "sea"),
        chain=("Khorgos", "Aktau", "Baku", "Tbilisi", "Kars", "Istanbul"),
        countries=("CN", "KZ", "AZ", "GE", "TR"),
        start=("CN", "KZ", "east asia"),
        end=("TR", "europe"),
        source="Trans-Caspian International Transport Route association: China-Kazakhstan-"
               "Caspian Sea (Aktau)-Azerbaijan (Baku)-Georgia-Turkey (Baku-Tbilisi-Kars).",
        standing="existing",
    ),
    NamedCorridor(
        key="instc",
        pattern=(r"\b(?:instc|international north-south (?:transport )?corridor|"
                 r"north-south (?:international )?(?:transport |trade )?corridor)\b"),
        modes=("rail", "sea", "road"),
        chain=("Mumbai", "Bandar Abbas", "Astrakhan", "Moscow"),
        countries=("IN", "IR", "AZ", "RU"),
        start=("IN",),
        end=("RU",),
        source="INSTC agreement (St Petersburg, 2000): Mumbai by sea to Bandar Abbas, by land "
               "through Iran and across or around the Caspian (Astrakhan) to Moscow.",
        standing="existing",
    ),
    NamedCorridor(
        key="lapis-lazuli",
        pattern=r"\b(?:lapis lazuli|lazurite) (?:corridor|route|transit|transport)",
        modes=("road", "rail"),
        chain=("Torghundi", "Ashgabat", "Turkmenbashi", "Baku", "Tbilisi", "Istanbul"),
        countries=("AF", "TM", "AZ", "GE", "TR"),
        start=("AF",),
        end=("TR",),
        source="Lapis Lazuli agreement (Ashgabat, 2017): Torghundi/Aqina-Ashgabat-"
               "Turkmenbashi, ferry to Baku, Tbilisi, then Kars/Ankara to Istanbul.",
    ),
    NamedCorridor(
        key="karakoram-highway",
        pattern=r"\b(?:karakoram highway|kkh|friendship highway)\b",
        modes=("road",),
        chain=("Hasan Abdal", "Gilgit", "Khunjerab Pass", "Kashgar"),
        countries=("PK", "CN"),
        start=("PK",),
        end=("CN",),
        source="N-35 national highway (Hasan Abdal-Gilgit-Khunjerab) and China's G314 "
               "(Khunjerab-Tashkurgan-Kashgar).",
        standing="existing",
    ),
    NamedCorridor(
        key="imec",
        pattern=(r"\b(?:imec|india-middle east-europe (?:economic )?corridor|"
                 r"india-middle east-europe (?:economic )?(?:transport )?corridor)\b"),
        modes=("sea", "rail"),
        chain=("Mumbai", "Jebel Ali", "Haifa", "Piraeus"),
        countries=("IN", "AE", "SA", "JO", "IL", "GR"),
        start=("IN",),
        end=("europe", "GR"),
        source="IMEC memorandum (G20, New Delhi, September 2023): Indian ports by sea to the "
               "UAE, rail across Saudi Arabia and Jordan to Haifa, then by sea to Europe.",
    ),
)
