"""Scenario files: what a planner writes — the links of a run and edits to the network.

A scenario file is TOML (read with the standard library's :mod:`tomllib`), checked against
one schema (:mod:`corridors.scenarios._schema`, published as ``scenario.schema.json``)::

    name = "torkham-12h"
    description = "What if Torkham cleared trucks in 12 hours?"
    base = "baseline.toml"            # optional: a scenario this one extends

    [[links]]                         # as `corridors extract` reports them
    id = "L1"
    mode = "road"
    from = ["Peshawar"]
    to = ["Kabul"]
    status = "proposed"

    [[lines]]                         # a new road or rail line through named places
    id = "kabul_rail"
    mode = "rail"
    through = ["Peshawar", "Jalalabad", "Kabul"]
    gauge_mm = 1435

    [[flights]]                       # a new flight
    from = "LHE"
    to = "ALA"
    status = "existing"

    [[segments]]                      # a segment removed, or its status changed
    id = "uap_kabul_variant"
    status = "planned"

    [[crossings]]                     # a crossing closed, restricted, or with other dwell
    place = "Torkham"
    dwell_road_h = 12

    [[speeds]]                        # a row of the speed table changed
    mode = "rail"
    class = "1520"
    speed_kmh = 60

    [parameters]                      # parameters.csv values changed
    gauge_break_h = 12

Every error (a TOML syntax error, an unknown key, a wrong type, an impossible value, an
unknown place) is an :class:`~corridors.errors.InputError` naming the file and the line.
:meth:`Scenario.to_file` writes the same format; a scenario read from a file and not changed
is written back as it was read, comments included; a changed one keeps the comment block the
file starts with (comments elsewhere are not kept: the writer is the package's own, with no
TOML-editing dependency).
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corridors.errors import CorridorsError, InputError
from corridors.records.link import ProposedLink
from corridors.records.place import Place
from corridors.scenarios._schema import LISTS, TABLES, TOP, Field

__all__ = ["Edit", "Scenario", "scenario_from_links"]

#: Where a value was read: (table, index in the array of tables or None, key) -> line.
Lines = dict[tuple[str, int | None, str], int]


@dataclass(frozen=True)
class Edit:
    """One network edit: its kind (``lines``, ``flights``, ``segments``, ``crossings``,
    ``speeds``), its values as written, and the line of the file it starts on."""

    kind: str
    values: dict[str, Any]
    line: int = 0
    file: str = ""

    def where(self, key: str | None = None) -> str:
        """``"FILE, line N"`` of this edit (or of one of its keys, when known)."""
        line = self.values.get("__lines__", {}).get(key, self.line) if key else self.line
        return f"{self.file or 'scenario'}, line {line}" if line else (self.file or "scenario")

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def plain(self) -> dict[str, Any]:
        """The values without bookkeeping (what the file says)."""
        return {k: v for k, v in self.values.items() if not k.startswith("__")}


@dataclass
class Scenario:
    """A planner's scenario: links to model and edits to the network.

    Examples
    --------
    >>> sc = Scenario.from_text('name = "t"\\n[[crossings]]\\nplace = "Torkham"\\n'
    ...                         'dwell_road_h = 12\\n')
    >>> sc.edits[0].get("dwell_road_h")
    12
    """

    name: str
    description: str = ""
    base: str | None = None
    links: list[ProposedLink] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    parameters: dict[str, float] = field(default_factory=dict)
    drop_links: list[str] = field(default_factory=list)
    #: Notes on links, by link id (the file's ``note`` key of a link).
    link_notes: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    base_scenario: Scenario | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False, compare=False)
    _snapshot: str | None = field(default=None, repr=False, compare=False)

    # ------------------------------------------------------------------ reading
    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Scenario:
        """Read and check a scenario file (and the base it extends)."""
        return _from_file(Path(path), ())

    @classmethod
    def from_text(cls, text: str, *, name: str = "scenario",
                  base_dir: str | os.PathLike[str] | None = None) -> Scenario:
        """A scenario from TOML text; ``name`` labels it in error messages."""
        return _parse(text, name, Path(base_dir) if base_dir is not None else Path(), ())

    # ------------------------------------------------------------------ effective content
    def all_links(self) -> list[ProposedLink]:
        """The links to model: the base's (less ``drop_links``), then this file's; a link of
        this file replaces a base link with the same id."""
        base = self.base_scenario.all_links() if self.base_scenario else []
        own_ids = {lk.id for lk in self.links}
        kept = [lk for lk in base if lk.id not in self.drop_links and lk.id not in own_ids]
        return [*kept, *self.links]

    def all_edits(self) -> list[Edit]:
        """The network edits, the base's first."""
        base = self.base_scenario.all_edits() if self.base_scenario else []
        return [*base, *self.edits]

    def all_parameters(self) -> dict[str, float]:
        base = self.base_scenario.all_parameters() if self.base_scenario else {}
        return {**base, **self.parameters}

    @property
    def has_edits(self) -> bool:
        return bool(self.all_edits() or self.all_parameters())

    # ------------------------------------------------------------------ writing
    def to_toml(self) -> str:
        """The scenario as TOML (unchanged since read: the original text, comments kept)."""
        fresh = _write(self)
        if self._text is not None and self._snapshot == fresh:
            return self._text
        return fresh

    def to_file(self, path: str | os.PathLike[str]) -> Path:
        """Write the scenario to ``path`` atomically."""
        from corridors._io import atomic_write_text

        return atomic_write_text(path, self.to_toml())

    def with_links(self, links: list[Any]) -> Scenario:
        """A copy holding ``links`` (records or their JSON dicts) instead of its own."""
        recs = [lk if isinstance(lk, ProposedLink) else ProposedLink.from_dict(lk)
                for lk in links]
        return dataclasses.replace(self, links=recs, drop_links=[], base=None,
                                   base_scenario=None, edits=self.all_edits(),
                                   parameters=self.all_parameters(), _text=None,
                                   _snapshot=None)


def scenario_from_links(links: list[Any], *, name: str = "extracted",
                        description: str = "") -> Scenario:
    """A scenario holding extracted links (records or JSON dicts) and no edits."""
    return Scenario(name=name, description=description).with_links(links)


# ============================================================================ reading


def _from_file(path: Path, chain: tuple[Path, ...]) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"Scenario file {path} does not exist.") from None
    except UnicodeDecodeError:
        raise InputError(f"Scenario file {path} is not UTF-8 text.") from None
    except OSError as exc:
        raise InputError(f"Cannot read scenario file {path} ({exc.strerror}).") from None
    sc = _parse(text, str(path), path.parent, (*chain, path.resolve()))
    sc.path = path
    return sc


_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]\s*(#.*)?$")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*(?:\"([^\"]+)\"|([A-Za-z0-9_-]+))\s*=")


def _key_lines(text: str) -> Lines:
    """Where each key of the file is: a light scan of the lines, for error messages
    (:mod:`tomllib` gives values, not positions)."""
    lines: Lines = {}
    table, index = "", None
    counts: dict[str, int] = {}
    in_string = False
    for no, raw in enumerate(text.splitlines(), 1):
        if raw.count('"""') % 2 or raw.count("'''") % 2:
            was = in_string
            in_string = not in_string
            if was:
                continue
        elif in_string:
            continue
        if m := _HEADER.match(raw):
            table = m.group(1)
            index = counts.get(table, 0)
            counts[table] = index + 1
            lines[(table, index, "")] = no
        elif m := _TABLE.match(raw):
            table, index = m.group(1), None
            lines[(table, None, "")] = no
        elif m := _KEY.match(raw):
            lines.setdefault((table, index, m.group(1) or m.group(2)), no)
    return lines


class _Checker:
    """Checks values against :mod:`corridors.scenarios._schema`, naming file and line."""

    def __init__(self, name: str, lines: Lines) -> None:
        self.name = name
        self.lines = lines

    def where(self, table: str, index: int | None, key: str = "") -> str:
        line = (self.lines.get((table, index, key)) or self.lines.get((table, index, ""))
                or self.lines.get(("", None, table)))  # an inline array: its key's line
        return f"{self.name}, line {line}" if line else self.name

    def fail(self, table: str, index: int | None, key: str, msg: str) -> InputError:
        return InputError(f"{self.where(table, index, key)}: {msg}")

    def table(self, table: str, index: int | None, data: Any,
              fields: dict[str, Field]) -> dict[str, Any]:
        label = f"[[{table}]]" if table else "the top level"
        if not isinstance(data, dict):
            raise self.fail(table, index, "", f"each {label} entry must be a table.")
        import difflib

        for key in data:
            if key not in fields:
                close = difflib.get_close_matches(key, list(fields), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise self.fail(table, index, key, f"unknown key {key!r} in {label}{hint}; "
                                f"allowed: {', '.join(fields)}.")
        for key, f in fields.items():
            if f.required and key not in data:
                raise self.fail(table, index, "", f"{label} needs the key {key!r} ({f.doc}).")
        for key, value in data.items():
            self.value(table, index, key, value, fields[key])
        return dict(data)

    def value(self, table: str, index: int | None, key: str, value: Any, f: Field) -> None:
        def bad(what: str) -> InputError:
            return self.fail(table, index, key, f"{key!r} {what}.")

        if f.type == "str":
            if not isinstance(value, str):
                raise bad(f"must be a string, not {_type_name(value)}")
        elif f.type in ("number", "integer"):
            ok = isinstance(value, int) if f.type == "integer" else isinstance(value, (int,
                                                                                     float))
            if not ok or isinstance(value, bool):
                raise bad(f"must be a{'n integer' if f.type == 'integer' else ' number'}, not "
                          f"{_type_name(value)}")
            if not (f.lo <= value <= f.hi) or math.isnan(value):
                lo = "" if f.lo == -math.inf else f"{f.lo:g}"
                raise bad(f"= {value} is out of range [{lo}, {f.hi:g}]")
        elif f.type == "bool":
            if not isinstance(value, bool):
                raise bad(f"must be true or false, not {_type_name(value)}")
        elif f.type in ("str_list", "place_list"):
            if not isinstance(value, list):
                raise bad(f"must be a list, not {_type_name(value)}")
            if len(value) < f.min_items:
                raise bad(f"needs at least {f.min_items} item(s)")
            for item in value:
                if f.type == "place_list" and isinstance(item, dict):
                    if not isinstance(item.get("name"), str):
                        raise bad("has a place table without a string 'name'")
                    continue
                if not isinstance(item, str) or not item.strip():
                    raise bad(f"items must be non-empty strings, not {_type_name(item)}")
                if f.enum and item not in f.enum:
                    raise bad(f"item {item!r} is not one of {', '.join(map(str, f.enum))}")
            return
        if f.enum and value not in f.enum:
            raise bad(f"= {value!r} is not one of {', '.join(map(str, f.enum))}")


def _type_name(value: Any) -> str:
    return {bool: "true/false", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _parse(text: str, name: str, base_dir: Path, chain: tuple[Path, ...]) -> Scenario:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        where = f"{name}, line {m.group(1)}" if m else name
        what = msg[:m.start()].strip() if m else msg
        raise InputError(f"{where}: not valid TOML ({what}).") from None
    lines = _key_lines(text)
    check = _Checker(name, lines)
    top_fields = {**TOP, **{k: Field("list", "") for k in LISTS},
                  "parameters": Field("table", "")}
    for key in data:
        if key not in top_fields:
            import difflib

            close = difflib.get_close_matches(key, list(top_fields), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            header = next((no for (t, _i, k), no in sorted(lines.items(), key=lambda x: x[1])
                           if t == key and k == ""), None)
            where = f"{name}, line {header}" if header else check.where("", None, key)
            raise InputError(f"{where}: unknown key {key!r}{hint}; allowed: "
                             f"{', '.join(top_fields)}.")
    top = check.table("", None, {k: v for k, v in data.items() if k in TOP}, TOP)
    sc = Scenario(name=top["name"], description=top.get("description", ""),
                  base=top.get("base"), drop_links=list(top.get("drop_links", [])))
    for kind in LISTS:
        items = data.get(kind, [])
        if not isinstance(items, list):
            raise check.fail("", None, kind, f"{kind!r} must be an array of tables "
                             f"([[{kind}]]).")
        for i, item in enumerate(items):
            values = check.table(kind, i, item, TABLES[kind])
            line = lines.get((kind, i, ""), 0)
            if kind == "links":
                link, note = _link(check, i, values, len(sc.links) + 1)
                sc.links.append(link)
                if note:
                    sc.link_notes[link.id] = note
                continue
            values["__lines__"] = {k: lines[(kind, i, k)] for k in values
                                   if (kind, i, k) in lines}
            sc.edits.append(Edit(kind, values, line, name))
    params = data.get("parameters", {})
    if not isinstance(params, dict):
        raise check.fail("", None, "parameters", "'parameters' must be a table.")
    for key, value in params.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                not math.isfinite(value):
            raise check.fail("parameters", None, key, f"parameter {key!r} must be a number.")
        sc.parameters[key] = float(value)
    _check_ids(sc, check)
    if sc.base:
        target = (base_dir / sc.base)
        if target.resolve() in chain:
            raise check.fail("", None, "base", f"base {sc.base!r} extends itself (a cycle).")
        if not target.is_file():
            raise check.fail("", None, "base", f"base scenario {str(target)!r} does not exist.")
        sc.base_scenario = _from_file(target, chain)
    sc._text = text
    sc._snapshot = _write(sc)
    return sc


def _check_ids(sc: Scenario, check: _Checker) -> None:
    seen: set[str] = set()
    for i, lk in enumerate(sc.links):
        if lk.id in seen:
            raise check.fail("links", i, "id", f"link id {lk.id!r} is used twice.")
        seen.add(lk.id)
    lines: set[str] = set()
    for e in sc.edits:
        if e.kind == "lines":
            if e.get("id") in lines:
                raise InputError(f"{e.where('id')}: line id {e.get('id')!r} is used twice.")
            lines.add(e.get("id"))
        if e.kind == "segments":
            has_id, has_ends = "id" in e.values, "from" in e.values or "to" in e.values
            if has_id == has_ends or (has_ends and not {"from", "to", "mode"} <= set(e.values)):
                raise InputError(f"{e.where()}: a [[segments]] entry names either its 'id' or "
                                 "its 'from', 'to' and 'mode'.")
            if not ({"status", "remove", "speed_kmh"} & set(e.values)):
                raise InputError(f"{e.where()}: a [[segments]] entry changes something: give "
                                 "'status', 'remove = true' or 'speed_kmh'.")
        if e.kind == "crossings" and "modes" in e.values and e.get("status") != "closed":
            raise InputError(f"{e.where('modes')}: 'modes' goes with status = \"closed\".")
        if e.kind == "crossings" and len(e.values) <= 2:
            raise InputError(f"{e.where()}: a [[crossings]] entry changes something: give "
                             "'status', 'dwell_road_h', 'dwell_rail_h' or 'cost_usd'.")


def _place(check: _Checker, index: int, key: str, item: Any) -> Place:
    from corridors.gazetteer import resolve_place

    if isinstance(item, dict):
        allowed = {"name", "country", "kind", "lat", "lon"}
        extra = set(item) - allowed
        if extra:
            raise check.fail("links", index, key, f"unknown key(s) {', '.join(sorted(extra))} "
                             f"in a place of {key!r}; allowed: {', '.join(sorted(allowed))}.")
        try:
            return Place.from_dict(item)
        except (TypeError, ValueError) as exc:
            raise check.fail("links", index, key, f"a place of {key!r} is malformed ({exc}).") \
                from None
    name, country = item.strip(), None
    if "," in name:  # "Hyderabad, PK"
        head, _, tail = name.rpartition(",")
        if len(tail.strip()) == 2 and tail.strip().isalpha():
            name, country = head.strip(), tail.strip().upper()
    try:
        place = resolve_place(name, country=country)
    except CorridorsError as exc:
        raise check.fail("links", index, key, str(exc)) from None
    if place is None:
        raise check.fail("links", index, key, f"unknown place {item!r} in {key!r}."
                         f"{_suggest(name)}")
    return place


def _suggest(name: str) -> str:
    """Close network place names, as a sentence (empty when there are none)."""
    from corridors.network.places import search

    try:
        found = [f"{p.name}, {p.country}" for p in search(name, limit=5)]
    except CorridorsError:
        found = []
    return f" Did you mean: {'; '.join(found)}?" if found else ""


def _link(check: _Checker, index: int, v: dict[str, Any], number: int,
          ) -> tuple[ProposedLink, str]:
    mode = v["mode"]
    places = {key: tuple(_place(check, index, key, p) for p in v.get(key, []))
              for key in ("from", "to", "via")}
    modes = ("road", "rail") if mode == "land" else (mode,)
    ev = v.get("evidence", "")
    link = ProposedLink(
        id=v.get("id") or f"L{number}", mode=mode, modes=modes, origins=places["from"],
        destinations=places["to"], via=places["via"], status=v.get("status", "proposed"),
        directed=v.get("directed", True), evidence_text=ev, start=0, end=0,
        confidence=float(v.get("confidence", 1.0)), rule="scenario file")
    return link, v.get("note", "")


# ============================================================================ writing


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "nan"
    if isinstance(value, str):
        # a JSON string is a TOML basic string, once DEL (which TOML also escapes) is escaped
        # and lone surrogates (no UTF-8 form) are replaced
        text = value.encode("utf-8", "replace").decode("utf-8")
        return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}"
                                for k, v in value.items() if v is not None) + " }"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _place_value(p: Place) -> Any:
    """A place as its name when the name reads back as the same place, else a table."""
    from corridors.gazetteer import resolve_place

    try:
        back = resolve_place(p.name, country=p.country)
    except CorridorsError:
        back = None
    if back is not None and back.kind == p.kind and back.country == p.country:
        return p.name if back.name == p.name or p.country is None else f"{p.name}, {p.country}"
    return {"name": p.name, "country": p.country, "kind": p.kind, "lat": p.lat, "lon": p.lon}


def _link_table(link: ProposedLink, note: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": link.id, "mode": link.mode,
                           "from": [_place_value(p) for p in link.origins],
                           "to": [_place_value(p) for p in link.destinations]}
    if link.via:
        out["via"] = [_place_value(p) for p in link.via]
    out["status"] = link.status
    if not link.directed:
        out["directed"] = False
    if link.evidence_text:
        out["evidence"] = " ".join(link.evidence_text.split())
    if note:
        out["note"] = note
    return out


#: The comment a new scenario file starts with.
HEADER = ["# corridors scenario file: edit it and run `corridors model` on it, or compare it",
          "# with another (`corridors compare`). Schema: corridors/scenarios/"
          "scenario.schema.json"]


def _leading_comments(text: str | None) -> list[str]:
    """The comment block a file starts with (kept when a changed scenario is written)."""
    out: list[str] = []
    for line in (text or "").splitlines():
        if not line.lstrip().startswith("#"):
            break
        out.append(line.rstrip())
    return out


def _write(sc: Scenario) -> str:
    out = [*(_leading_comments(sc._text) or HEADER), ""]
    out.append(f"name = {_toml_value(sc.name)}")
    if sc.description:
        out.append(f"description = {_toml_value(sc.description)}")
    if sc.base:
        out.append(f"base = {_toml_value(sc.base)}")
    if sc.drop_links:
        out.append(f"drop_links = {_toml_value(sc.drop_links)}")
    if sc.parameters:
        pass  # written last: a [table] would swallow the keys after it
    for link in sc.links:
        out += ["", "[[links]]"]
        out += [f"{_toml_key(k)} = {_toml_value(v)}"
                for k, v in _link_table(link, sc.link_notes.get(link.id, "")).items()]
    for kind in LISTS:
        for e in sc.edits:
            if e.kind == kind:
                out += ["", f"[[{kind}]]"]
                out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in e.plain().items()]
    if sc.parameters:
        out += ["", "[parameters]"]
        out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in sc.parameters.items()]
    return "\n".join(out) + "\n"
