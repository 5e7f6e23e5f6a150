#!/usr/bin/env python3
"""Draws a policy timeline from policygraph's node-link export: administrations' terms as shaded
bands, programmes as dots at the year they were introduced, lineage (evolved_into) as arrows.

    policygraph export --format node-link -o graph.json
    python3 docs/examples/timeline_plot.py graph.json timeline.png [--title TITLE]

Uses only Debian's python3-networkx, python3-pandas and python3-matplotlib (Agg backend, no display).
"""

import argparse
import inspect
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402
from networkx.readwrite import json_graph  # noqa: E402


def load_graph(path):
    """The export keeps its edges under "links"; networkx >= 3.4 must be told so."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if "edges" in inspect.signature(json_graph.node_link_graph).parameters:
        return json_graph.node_link_graph(data, edges="links")
    return json_graph.node_link_graph(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", help="node-link JSON written by policygraph export --format node-link")
    parser.add_argument("png", help="the picture to write")
    parser.add_argument("--title", default="Policy timeline")
    args = parser.parse_args()

    graph = load_graph(args.export)
    nodes = pd.DataFrame([{"id": n, **data} for n, data in graph.nodes(data=True)])
    if nodes.empty:
        raise SystemExit(f"{args.export}: the graph has no nodes")
    for column in ("first_year", "last_year", "start", "end"):
        if column not in nodes:
            nodes[column] = None

    administrations = nodes[(nodes["kind"] == "administration") & nodes["start"].notna()].copy()
    # Terms as fractional years ("2003-02-25" -> 2003.15); an open term runs to the last year shown.
    def fractional(date):
        stamp = pd.Timestamp(date)
        return stamp.year + (stamp.dayofyear - 1) / 366

    last = int(nodes["last_year"].dropna().max()) + 1 if nodes["last_year"].notna().any() else 2025
    administrations["term_from"] = [fractional(s) for s in administrations["start"]]
    administrations["term_to"] = [fractional(e) if isinstance(e, str) else last for e in administrations["end"]]
    administrations = administrations.sort_values("term_from")

    # A programme nobody is said to have introduced still has a place if something evolved into it in
    # a known year.
    evolved = pd.DataFrame([{"id": t, "evolved_year": d.get("year")} for _, t, k, d in graph.edges(keys=True, data=True)
                            if k == "evolved_into" and d.get("year") is not None], columns=["id", "evolved_year"])
    nodes = nodes.merge(evolved.groupby("id", as_index=False)["evolved_year"].min(), on="id", how="left")
    nodes["first_year"] = nodes["first_year"].fillna(nodes["evolved_year"])
    programmes = nodes[(nodes["kind"] == "programme") & nodes["first_year"].notna()].copy()
    programmes = programmes.sort_values(["first_year", "label"]).reset_index(drop=True)
    programmes["row"] = range(len(programmes))

    # Hangul needs a font that has it; matplotlib (>= 3.6) falls back along this list per glyph.
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic", "NanumSquare", "NanumBarunGothic"]
    height = max(4.0, 0.32 * len(programmes) + 1.8)
    figure, axes = plt.subplots(figsize=(13, height), dpi=100)
    colours = plt.get_cmap("Pastel1")
    top = max(len(programmes), 1)
    for i, admin in enumerate(administrations.itertuples()):
        axes.axvspan(admin.term_from, admin.term_to, color=colours(i % 9), alpha=0.6, zorder=0)
        # Terms are narrow next to their names: the name runs up the band.
        axes.text(admin.term_from + 0.25, top + 1.3, admin.label, ha="left", va="top", rotation=90, fontsize=8,
                  color="#444444", zorder=1)

    axes.scatter(programmes["first_year"], programmes["row"], s=30, color="#1f4e79", zorder=3)
    for row in programmes.itertuples():
        axes.annotate(row.label, (row.first_year, row.row), xytext=(6, 0), textcoords="offset points",
                      va="center", fontsize=8, zorder=4)

    position = {row.id: (row.first_year, row.row) for row in programmes.itertuples()}
    for source, target, key in graph.edges(keys=True):
        if key == "evolved_into" and source in position and target in position:
            axes.annotate("", xy=position[target], xytext=position[source], zorder=2,
                          arrowprops={"arrowstyle": "->", "color": "#c0504d", "lw": 1.2})

    years = list(administrations["term_from"]) + list(programmes["first_year"])
    if years:
        axes.set_xlim(min(years) - 1, max(list(administrations["term_to"]) + [max(years) + 4]) + 1)
    axes.set_ylim(-1, top + 1.5)
    axes.set_yticks([])
    axes.set_xlabel("year")
    axes.set_title(args.title)
    figure.tight_layout()
    figure.savefig(args.png, format="png")
    print(f"{args.png}: {len(administrations)} terms, {len(programmes)} programmes, "
          f"{sum(1 for _, _, k in graph.edges(keys=True) if k == 'evolved_into')} lineage links")


if __name__ == "__main__":
    main()
