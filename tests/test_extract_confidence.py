"""The link confidence of :mod:`corridors.extract._confidence`: a trained model shipped
with the package, what it was trained on, and the ``min_confidence`` filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corridors.cli import main
from corridors.extract._confidence import link_features, load_model, using
from corridors.extract._pipeline import extract, extract_links

TEXT = (
    "Pakistan and Kazakhstan agreed to launch direct flights from Lahore and Karachi to "
    "Almaty.\n\n"
    "The Termez-Mazar-i-Sharif railway opened in 2011.\n\n"
    "Pakistan wants road links to Central Asia through Afghanistan.\n"
)


def test_the_shipped_model_says_what_it_was_trained_on() -> None:
    model = load_model()
    assert model is not None
    trained = model.trained_on
    assert trained["links"] > 500 and 0 < trained["right"] < trained["links"]
    assert any(f.endswith("/real/dev") for f in trained["folders"])
    assert model.weights  # and the weights are plain numbers
    assert all(isinstance(v, float) for v in model.weights.values())


def test_confidences_are_shares_and_place_links_rank_above_country_links() -> None:
    links = extract_links(TEXT)
    assert all(0.0 <= x.confidence <= 1.0 for x in links)
    levels = {x.origins[0].kind == "country": x for x in links}
    assert set(levels) == {True, False}  # both kinds are in the text
    places = [x.confidence for x in links if x.origins[0].kind != "country"]
    countries = [x.confidence for x in links if x.origins[0].kind == "country"]
    assert min(places) > max(countries)


def test_without_the_model_the_rules_confidence_stays() -> None:
    with using(None):
        raw = extract_links(TEXT)
    shipped = extract_links(TEXT)
    assert [x.rule for x in raw] == [x.rule for x in shipped]
    assert [x.confidence for x in raw] != [x.confidence for x in shipped]


def test_features_name_the_rule_and_the_levels_of_the_ends() -> None:
    link = extract_links("The Termez-Mazar-i-Sharif railway opened in 2011.")[0]
    feats = link_features(link, "The Termez-Mazar-i-Sharif railway opened in 2011.")
    assert f"rule={link.rule}" in feats and "levels=place|place" in feats


def test_min_confidence_leaves_links_out_renumbers_and_says_so() -> None:
    everything = extract(TEXT)
    cut = sorted(x.confidence for x in everything.links)[len(everything.links) // 2]
    kept = extract(TEXT, min_confidence=cut)
    assert 0 < len(kept.links) < len(everything.links)
    assert all(x.confidence >= cut for x in kept.links)
    assert [x.id for x in kept.links] == [f"L{i}" for i in range(1, len(kept.links) + 1)]
    assert any("under confidence" in n for n in kept.notes)


@pytest.mark.parametrize("bad", ["2", "-0.1", "abc"])
def test_the_cli_refuses_a_confidence_outside_0_to_1(
        bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "-", "--min-confidence", bad])
    assert exit_info.value.code == 2
    assert "from 0 to 1" in capsys.readouterr().err


def test_model_takes_only_the_links_it_trusts() -> None:
    from corridors.scenarios import model

    everything = model(TEXT, scenarios=("proposed",), compare=False)
    trusted = model(TEXT, scenarios=("proposed",), compare=False, min_confidence=0.5)
    assert 0 < len(trusted.links) < len(everything.links)
    assert all(link.confidence >= 0.5 for link in trusted.links)


def test_the_model_command_takes_min_confidence(tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["model", str(text), "--out", str(out), "--no-compare", "-q",
                 "--min-confidence", "0.5"]) == 0
    links = json.loads((out / "links.json").read_text(encoding="utf-8"))["links"]
    assert links and all(x["confidence"] >= 0.5 for x in links)
