"""Plots over many releases (dialogue_extract.plots), drawn with the headless Agg backend."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pandas")
matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from dialogue_extract import plots  # noqa: E402
from dialogue_extract.results import Extraction, Mention, Official, Sector  # noqa: E402
from dialogue_extract.tables import corpus_tables  # noqa: E402


def _official(i: int, name: str, country: str | None) -> Official:
    return Official(id=f"P{i}", name=name, country=country, mentions=[Mention(text=name, start=0, end=len(name))])


def _sector(sid: str) -> Sector:
    return Sector(id=sid, label=sid.capitalize(), mentions=[Mention(text=sid, start=0, end=len(sid))])


def corpus() -> list[Extraction]:
    return [
        Extraction(reference_date=dt.date(2024, 1, 10), sectors=[_sector("trade"), _sector("energy")],
                   officials=[_official(1, "Ana Lima", "BRA"), _official(2, "K. Rao", "IND")]),
        Extraction(reference_date=dt.date(2024, 1, 25), sectors=[_sector("trade")],
                   officials=[_official(1, "Ana Lima", "BRA"), _official(2, "K. Rao", "IND"),
                              _official(3, "SATO Ken", "JPN")]),
        Extraction(reference_date=dt.date(2024, 3, 2), sectors=[_sector("defence"), _sector("trade")],
                   officials=[_official(1, "Ken Sato", "JPN"), _official(2, "Ana Lima", None)]),
        Extraction(sectors=[_sector("health")]),  # no date: left out of the time plot
        Extraction(error="TypeError: bad input"),
    ]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.mark.parametrize(
    "freq, periods, trade",
    [("M", ["2024-01", "2024-02", "2024-03"], [2, 0, 1]), ("Y", ["2024"], [3]), ("Q", ["2024Q1"], [3])],
)
def test_sector_counts(freq, periods, trade):
    counts = plots.sector_counts(corpus(), freq=freq)
    assert [str(p) for p in counts.index] == periods
    assert counts["Trade"].tolist() == trade
    assert "Health" not in counts.columns
    assert list(counts.columns)[0] == "Trade"  # most frequent first


def test_sector_counts_top_groups_the_rest():
    counts = plots.sector_counts(corpus(), freq="Y", top=1)
    assert list(counts.columns) == ["Trade", "other"]
    assert counts["other"].tolist() == [2]


def test_sector_counts_accepts_tables():
    t = corpus_tables(corpus())
    assert plots.sector_counts(t, freq="Y").equals(plots.sector_counts(corpus(), freq="Y"))


def test_sector_counts_rejects_bad_freq():
    with pytest.raises(ValueError):
        plots.sector_counts(corpus(), freq="W")


@pytest.mark.parametrize("kind", ["bar", "line"])
def test_plot_sectors_over_time(kind):
    ax = plots.plot_sectors_over_time(corpus(), freq="M", kind=kind)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024-01", "2024-02", "2024-03"]  # February empty
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"Trade", "Energy", "Defence"}
    ax.figure.canvas.draw()


def test_plot_sectors_on_given_axes_and_empty():
    fig, ax = plt.subplots()
    assert plots.plot_sectors_over_time([Extraction()], ax=ax) is ax
    assert any("no dated sectors" in t.get_text() for t in ax.texts)


@pytest.mark.parametrize(
    "a, b",
    [("SATO Ken", "Ken Sato"), ("Ken Satō", "ken  SATO"), ("V. K. Singh", "V K Singh")],
)
def test_official_key_folds(a, b):
    assert plots.official_key(a) == plots.official_key(b)


def test_cooccurrence():
    nodes, edges = plots.cooccurrence(corpus(), identity="name")
    lima, rao, sato = (plots.official_key(n) for n in ("Ana Lima", "K. Rao", "SATO Ken"))
    assert set(nodes) == {lima, rao, sato}
    assert nodes[lima]["documents"] == 3 and nodes[lima]["country"] == "BRA"
    assert nodes[sato]["documents"] == 2 and nodes[sato]["country"] == "JPN"
    assert edges[tuple(sorted((lima, rao)))] == 2
    assert edges[tuple(sorted((lima, sato)))] == 2
    _, strong = plots.cooccurrence(corpus(), min_weight=2, identity="name")
    assert set(strong) == {tuple(sorted((lima, rao))), tuple(sorted((lima, sato)))}


@pytest.mark.parametrize("identity", ["name", "auto"])
def test_cooccurrence_from_tables_matches(identity):
    from_tables = plots.cooccurrence(corpus_tables(corpus()), identity=identity)
    from_extractions = plots.cooccurrence(corpus(), identity=identity)
    assert sorted(n["name"] for n in from_tables[0].values()) == sorted(n["name"] for n in from_extractions[0].values())
    assert sorted(from_tables[1].values()) == sorted(from_extractions[1].values())


def test_cooccurrence_auto_identity_keeps_every_release_pair():
    nodes, edges = plots.cooccurrence(corpus())
    assert {"Ana Lima", "K. Rao"} <= {n["name"] for n in nodes.values()}
    assert max(edges.values()) >= 2


def test_cooccurrence_rejects_unknown_identity():
    with pytest.raises(ValueError):
        plots.cooccurrence(corpus(), identity="guess")


def test_plot_official_network():
    ax = plots.plot_official_network(corpus(), min_weight=1, identity="name")
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"BRA", "IND", "JPN"}
    assert {t.get_text() for t in ax.texts} >= {"Ana Lima", "K. Rao"}
    assert len(ax.lines) == 3  # three pairs
    ax.figure.canvas.draw()


def test_plot_official_network_empty():
    ax = plots.plot_official_network([Extraction()])
    assert any("no officials" in t.get_text() for t in ax.texts)


def test_sector_counts_keep_empty_periods_on_a_real_time_axis():
    import datetime as dt

    from dialogue_extract.results import Extraction, Mention, Sector

    def release(day):
        return Extraction(reference_date=day, sectors=[Sector(id="defence", label="Defence",
                                                              mentions=[Mention(text="defence", start=0, end=7)])])

    counts = plots.sector_counts([release(dt.date(2024, 1, 5)), release(dt.date(2024, 4, 9))])
    assert [str(p) for p in counts.index] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert counts["Defence"].tolist() == [1, 0, 0, 1]
