"""Plots over many releases: sectors over time, and the network of officials who met.

matplotlib (and networkx, for the network layout) are optional dependencies
(``pip install "dialogue-extract[notebook]"``), imported only when a plot is drawn. The
functions work with any backend, including the headless ``Agg``, and return the Axes.

>>> exs = list(extract_many(texts))
>>> plot_sectors_over_time(exs, freq="Y")
>>> plot_official_network(exs, min_weight=2)
"""
from __future__ import annotations

import math
from pathlib import Path
from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any, Iterable, Literal, Mapping, Optional

from .folding import sorted_key
from .results import Extraction, Official
from .tables import LIST_SEPARATOR, _coerce, corpus_tables, read_results, require_pandas

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = [
    "sector_counts",
    "official_key",
    "cooccurrence",
    "plot_sectors_over_time",
    "plot_official_network",
]

_FREQS = {"M": "M", "Y": "Y", "Q": "Q"}


def _require_matplotlib():
    from .optional import require

    return require("matplotlib.pyplot", "Plots")


_OTHER = "#c8c8c8"  # everything not named in a legend


def _palette(n: int) -> list:
    """Distinct colours for ``n`` named groups, none of them a grey (grey is "other")."""
    plt = _require_matplotlib()
    base = [plt.get_cmap("tab10")(i) for i in range(10) if i != 7]
    if n <= len(base):
        return base
    return base + [plt.get_cmap("tab20")(i) for i in range(1, 20, 2) if i != 15]


def _axes(ax, figsize):
    if ax is not None:
        return ax
    plt = _require_matplotlib()
    _, ax = plt.subplots(figsize=figsize)
    return ax


def _tables(obj: Any) -> "dict[str, pd.DataFrame]":
    """Tables as given (``to_tables``/``read_results`` output), read from a batch output folder,
    or built from extractions."""
    if isinstance(obj, (str, Path)):
        return read_results(obj)
    if isinstance(obj, Mapping) and "documents" in obj:
        return obj  # type: ignore[return-value]
    return corpus_tables(obj)


# ----------------------------------------------------------------------------------------------
# sectors over time
# ----------------------------------------------------------------------------------------------
def sector_counts(
    extractions_or_tables: Any, *, freq: Literal["M", "Q", "Y"] = "M", top: Optional[int] = 8
) -> "pd.DataFrame":
    """Releases per period (rows) mentioning each sector (columns).

    A release counts once per sector, in the period of its date (the reference date, else its
    earliest full date; see :func:`dialogue_extract.tables.document_date`). Releases without
    a date are left out. With ``top``, the less frequent sectors are summed into ``"other"``.
    """
    pd = require_pandas()
    if freq not in _FREQS:
        raise ValueError(f"freq must be one of {sorted(_FREQS)}, not {freq!r}")
    t = _tables(extractions_or_tables)
    docs = t["documents"][["doc_id", "document_date"]].dropna()
    sectors = t["sectors"]
    label_col = "label" if "label" in sectors.columns else "sector_id"
    rows = sectors[["doc_id", label_col]].drop_duplicates().merge(docs, on="doc_id")
    if rows.empty:
        return pd.DataFrame(dtype="int64")
    period = pd.to_datetime(rows["document_date"], errors="coerce").dt.to_period(_FREQS[freq])
    rows = rows.assign(period=period).dropna(subset=["period"])
    counts = rows.groupby(["period", label_col]).size().unstack(fill_value=0).sort_index()
    # a real time axis: the periods without any release mentioning a sector are there, at 0
    counts = counts.reindex(pd.period_range(counts.index.min(), counts.index.max(), freq=counts.index.freq),
                            fill_value=0)
    if top is not None and counts.shape[1] > top:
        order = counts.sum().sort_values(ascending=False).index
        keep, rest = list(order[:top]), list(order[top:])
        counts = counts[keep].assign(other=counts[rest].sum(axis=1))
    else:
        counts = counts[counts.sum().sort_values(ascending=False).index]
    counts.columns.name = "sector"
    return counts.astype("int64")


def plot_sectors_over_time(
    extractions_or_tables: Any,
    *,
    freq: Literal["M", "Q", "Y"] = "M",
    kind: Literal["bar", "line"] = "bar",
    top: Optional[int] = 8,
    ax: "Optional[Axes]" = None,
) -> "Axes":
    """Sectors discussed per month (``freq="M"``), quarter or year, as stacked bars or lines.

    ``extractions_or_tables``: Extraction objects (or their JSON dicts), or the output of
    :func:`dialogue_extract.tables.corpus_tables`. Returns the matplotlib Axes.
    """
    counts = sector_counts(extractions_or_tables, freq=freq, top=top)
    ax = _axes(ax, (9, 4.5))
    if counts.empty:
        ax.text(0.5, 0.5, "no dated sectors to plot", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    labels = [str(p) for p in counts.index]
    x = list(range(len(labels)))
    palette = _palette(counts.shape[1])
    bottom = [0] * len(x)
    for i, col in enumerate(counts.columns):
        ys = counts[col].tolist()
        colour = _OTHER if col == "other" else palette[i % len(palette)]
        if kind == "bar":
            ax.bar(x, ys, bottom=bottom, label=str(col), color=colour, width=0.8)
            bottom = [b + y for b, y in zip(bottom, ys)]
        elif kind == "line":
            ax.plot(x, ys, marker="o", label=str(col), color=colour)
        else:
            raise ValueError(f"kind must be 'bar' or 'line', not {kind!r}")
    step = max(1, -(-len(labels) // 12))  # at most about 12 period labels, evenly spaced
    ax.set_xticks(x[::step])
    ax.set_xticklabels(labels[::step], rotation=45 if len(labels) > 6 else 0,
                       ha="right" if len(labels) > 6 else "center")
    ax.set_ylabel("releases mentioning the sector")
    ax.set_xlabel({"M": "month", "Q": "quarter", "Y": "year"}[freq])
    ax.set_title("Cooperation sectors over time")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="sector", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return ax


# ----------------------------------------------------------------------------------------------
# network of officials
# ----------------------------------------------------------------------------------------------
def official_key(name: str) -> str:
    """A cross-document identity for an official's canonical name.

    Accents, punctuation, case and word order are ignored, so ``"SATO Ken"``, ``"Ken Sato"``
    and ``"Ken Satō"`` share one key.
    """
    return sorted_key(name)


def _split(cell: Any) -> list[str]:
    """A list cell (a list, or "; "-joined text) as a list."""
    if isinstance(cell, str):
        return [p for p in cell.split(LIST_SEPARATOR) if p]
    return [str(v) for v in cell] if isinstance(cell, (list, tuple)) else []


def _documents(obj: Any) -> list[tuple[str, list[Official]]]:
    """Per release: its id and officials, from extractions or from ``corpus_tables`` output."""
    if isinstance(obj, (str, Path)):
        obj = read_results(obj)
    if isinstance(obj, Mapping) and "officials" in obj and "documents" in obj:
        docs: dict[Any, list[Official]] = {d: [] for d in obj["documents"]["doc_id"]}
        for row in obj["officials"].itertuples(index=False):
            docs.setdefault(row.doc_id, []).append(Official(
                id=str(row.official_id), name=str(row.name), aliases=_split(row.aliases),
                titles=_split(row.titles), country=row.country or None,
                organization=row.organization or None,
            ))
        return [(str(d), offs) for d, offs in docs.items()]
    return [(f"doc-{i:06d}", list(_coerce(ex).officials)) for i, ex in enumerate(obj, start=1)]


def _identities(
    docs: list[tuple[str, list[Official]]], identity: str
) -> list[list[tuple[str, str, Optional[str]]]]:
    """Per release, its officials as (cross-document key, name, country)."""
    if identity not in ("auto", "corpus", "name"):
        raise ValueError(f"identity must be 'auto', 'corpus' or 'name', not {identity!r}")
    if identity != "name":
        try:
            from .corpus import CorpusRegistry

            reg = CorpusRegistry()
            out = []
            for doc_id, officials in docs:
                ids = reg.add(doc_id, Extraction(officials=officials))
                out.append([(ids[o.id], o.name, o.country) for o in officials if o.id in ids])
            return out
        except ImportError:
            if identity == "corpus":
                raise
    return [[(official_key(o.name), o.name, o.country) for o in officials] for _, officials in docs]


def cooccurrence(
    extractions_or_tables: Any, *, min_weight: int = 1, identity: Literal["auto", "corpus", "name"] = "auto"
) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], int]]:
    """Officials (nodes) and the number of releases naming each pair (edges).

    The same person across releases is recognised by the corpus registry
    (:class:`dialogue_extract.corpus.CorpusRegistry`, ``identity="corpus"``) or by the folded
    canonical name (:func:`official_key`, ``identity="name"``); ``"auto"`` uses the registry
    when it is available.

    Returns ``(nodes, edges)``: ``nodes[key] = {"name", "country", "documents"}`` (the most
    frequent name and country over the releases), ``edges[(key_a, key_b)] = releases``, only
    pairs seen in at least ``min_weight`` releases. Nodes without a kept edge are kept too.
    """
    names: dict[str, Counter] = defaultdict(Counter)
    countries: dict[str, Counter] = defaultdict(Counter)
    docs: Counter = Counter()
    edges: Counter = Counter()
    for officials in _identities(_documents(extractions_or_tables), identity):
        keys = set()
        for key, name, country in officials:
            if not key:
                continue
            keys.add(key)
            names[key][name] += 1
            if country:
                countries[key][country] += 1
        docs.update(keys)
        edges.update(combinations(sorted(keys), 2))
    nodes = {
        k: {
            "name": names[k].most_common(1)[0][0],
            "country": countries[k].most_common(1)[0][0] if countries[k] else None,
            "documents": docs[k],
        }
        for k in names
    }
    kept = {pair: w for pair, w in edges.items() if w >= min_weight}
    return nodes, kept


def _layout(nodes: list[str], edges: dict[tuple[str, str], int]) -> dict[str, tuple[float, float]]:
    try:
        import networkx as nx
    except ImportError:
        n = max(1, len(nodes))
        return {k: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i, k in enumerate(nodes)}
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from((a, b, w) for (a, b), w in edges.items())
    k = 1.5 / math.sqrt(max(1, len(nodes)))
    return {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(g, k=k, seed=7, weight="weight").items()}


def plot_official_network(
    extractions_or_tables: Any,
    *,
    min_weight: int = 1,
    ax: "Optional[Axes]" = None,
    labels: bool = True,
    identity: Literal["auto", "corpus", "name"] = "auto",
    max_labels: int = 20,
    min_degree: int = 0,
    countries: Optional[Iterable[str]] = None,
    max_countries: int = 10,
) -> "Axes":
    """Officials named together in releases: nodes coloured by country, sized by releases.

    Readable at any size: only the ``max_labels`` most central officials (most releases, then
    most partners) are named; ``min_degree`` leaves out officials with fewer partners,
    ``countries`` keeps only officials of those states; the ``max_countries`` states with most
    officials get a colour each and the others share one grey ("other").

    An edge joins two officials named in the same release; its width grows with the number
    of such releases (pairs in fewer than ``min_weight`` releases are not drawn). The same
    person across releases is recognised as in :func:`cooccurrence` (``identity``). Uses networkx's spring
    layout when networkx is installed, else a circle. Returns the matplotlib Axes.
    """
    _require_matplotlib()
    from matplotlib.lines import Line2D

    nodes, edges = cooccurrence(extractions_or_tables, min_weight=min_weight, identity=identity)
    ax = _axes(ax, (9, 7))
    ax.set_axis_off()
    ax.set_title("Officials named in the same releases")
    if not nodes:
        ax.text(0.5, 0.5, "no officials to plot", ha="center", va="center", transform=ax.transAxes)
        return ax
    degree: Counter[str] = Counter()
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    keep = {k for k, n in nodes.items() if degree[k] >= min_degree
            and (countries is None or (n["country"] or "unknown") in set(countries))}
    nodes = {k: n for k, n in nodes.items() if k in keep}
    edges = {(a, b): w for (a, b), w in edges.items() if a in keep and b in keep}
    if not nodes:
        ax.text(0.5, 0.5, "no officials left by the filters", ha="center", va="center", transform=ax.transAxes)
        return ax
    order = sorted(nodes)
    pos = _layout(order, edges)
    top_w = max(edges.values(), default=1)
    for (a, b), w in edges.items():
        (xa, ya), (xb, yb) = pos[a], pos[b]
        ax.plot([xa, xb], [ya, yb], color="#888888", alpha=0.5, linewidth=0.8 + 3.2 * w / top_w, zorder=1)

    by_country = Counter(n["country"] or "unknown" for n in nodes.values())
    named = [c for c, _n in by_country.most_common() if c != "unknown"][:max(0, max_countries)]
    palette = _palette(len(named))
    colour = {c: palette[i % len(palette)] for i, c in enumerate(sorted(named))}
    rest = [c for c in by_country if c not in colour]
    for c in rest:
        colour[c] = _OTHER
    country_list = sorted(named) + (["other" if any(c != "unknown" for c in rest) else "unknown"] if rest else [])
    colour.setdefault("other", _OTHER)
    xs = [pos[k][0] for k in order]
    ys = [pos[k][1] for k in order]
    cs = [colour[nodes[k]["country"] or "unknown"] for k in order]
    sizes = [80 + 60 * nodes[k]["documents"] for k in order]
    ax.scatter(xs, ys, s=sizes, c=cs, edgecolors="white", linewidths=1.0, zorder=2)
    if labels:
        central = set(sorted(order, key=lambda k: (-nodes[k]["documents"], -degree[k], k))[:max(0, max_labels)])
        for k, x, y in zip(order, xs, ys):
            if k in central:
                ax.annotate(nodes[k]["name"], (x, y), xytext=(4, 4), textcoords="offset points", fontsize=8,
                            zorder=3, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
    handles = [Line2D([0], [0], marker="o", linestyle="", markersize=8, markerfacecolor=colour[c],
                      markeredgecolor="white", label=c) for c in country_list]
    ax.legend(handles=handles, title="country", fontsize="small", loc="upper left",
              bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.margins(0.15)
    return ax
