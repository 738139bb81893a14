"""Static images: the PNG map and the time/distance chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from corridors.errors import InputError
from corridors.maps import static_map, time_distance_chart, views_of
from corridors.maps._demo import demo_routes
from corridors.maps._static import _steps

PNG = b"\x89PNG\r\n\x1a\n"


def test_static_map_png(tmp_path: Path) -> None:
    out = static_map(demo_routes(), tmp_path / "sub" / "map.png", title="Demo")
    data = out.read_bytes()
    assert data.startswith(PNG)
    assert len(data) > 20_000
    # Deterministic: the same routes give the same bytes (no timestamps in the file).
    again = static_map(demo_routes(), tmp_path / "again.png", title="Demo")
    assert again.read_bytes() == data


def test_static_map_svg_and_empty(tmp_path: Path) -> None:
    svg = static_map([], tmp_path / "empty.svg")
    assert b"<svg" in svg.read_bytes()[:2000]


def test_steps_put_borders_and_transshipment_in_order() -> None:
    road, rail, _air = demo_routes()
    steps = _steps(views_of([rail])[0])
    kinds = [s[0] for s in steps]
    assert kinds.count("border") == 2
    assert kinds.count("transship") == 1
    # Torkham is passed after the first leg, the gauge break (1435 -> 1520) at Mazar.
    assert kinds[:2] == ["leg", "border"]
    assert kinds.index("transship") == 4
    assert sum(s[3] for s in steps) == pytest.approx(rail.time_h)
    assert sum(s[2] for s in steps) == pytest.approx(rail.distance_km)
    road_steps = _steps(views_of([road])[0])
    assert sum(s[3] for s in road_steps) == pytest.approx(road.time_h)
    assert "transship" not in [s[0] for s in road_steps]


def test_time_distance_chart(tmp_path: Path) -> None:
    road, rail, air = demo_routes()
    one = time_distance_chart(rail, tmp_path / "td.png")
    assert one.read_bytes().startswith(PNG)
    several = time_distance_chart([road, rail, air], tmp_path / "td3.png", title="Three")
    assert several.read_bytes().startswith(PNG)
    feature = time_distance_chart(road.to_feature(), tmp_path / "td-feature.png")
    assert feature.read_bytes().startswith(PNG)


def test_time_distance_chart_needs_legs(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        time_distance_chart([], tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()
