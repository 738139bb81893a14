"""Static images: the PNG map and the time/distance chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _text_boxes(fig: Any) -> list[tuple[str, Any]]:
    """Every text the figure draws, with its box on the image (its frame, where it has one)."""
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    out = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip() or not t.get_figure():
            continue
        box = t.get_window_extent(renderer)
        patch = t.get_bbox_patch()
        if patch is not None:
            box = patch.get_window_extent(renderer)
        out.append((t.get_text(), box))
    return out


def _overlapping(boxes: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1:]
            if ba.x0 < bb.x1 and bb.x0 < ba.x1 and ba.y0 < bb.y1 and bb.y0 < ba.y1]


def test_example_png_has_no_overlapping_text(tmp_path: Path) -> None:
    """The example model's map: the labels the renderer placed never overlap, nor touch the
    title, the scale, the axis labels or the credits, and the credits sit below the axes."""
    import matplotlib.pyplot as plt

    import corridors
    from corridors.maps._static import static_figure

    text = (Path(__file__).resolve().parents[1] / "data" / "examples" /
            "kazakhstan-pakistan-meeting.txt").read_text(encoding="utf-8")
    fig = static_figure(corridors.model(text).features(), title="Kazakhstan–Pakistan")
    try:
        boxes = _text_boxes(fig)
        labels = [t for t in fig.findobj() if getattr(t, "get_gid", lambda: None)()
                  == "corridors-label"]
        assert len(labels) >= 25  # route ends, distances, country names
        assert _overlapping(boxes) == []
        credit = next(b for t, b in boxes if t.startswith("Outlines:"))
        xlabel = next(b for t, b in boxes if t.startswith("longitude"))
        assert credit.y1 <= xlabel.y0
        assert any(t == "Kazakhstan–Pakistan" for t, _b in boxes)
        assert [t for t in fig.findobj() if getattr(t, "get_gid", lambda: None)()
                == "corridors-scale"]
    finally:
        plt.close(fig)
