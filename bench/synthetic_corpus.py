#!/usr/bin/env python3
"""Writes a synthetic corpus of policy prose for the scale figures of docs/scale.md: DOCS text files
of about SIZE bytes each in FOLDER, from sentence templates over the default pack's administrations
(as bench_ingest.cpp's generator does), with programme names drawn from a shared pool so that
documents talk about the same programmes. Deterministic for its arguments.

usage: synthetic_corpus.py FOLDER DOCS SIZE [SEED]"""
import json
import os
import random
import sys

HEADS = ["programme", "project", "policy", "initiative", "fund", "zone", "cluster", "plan"]
TOPICS = ["regional innovation", "smart factory", "green growth", "digital transformation",
          "balanced development", "technology transfer", "start-up support", "industrial complex"]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    folder, docs, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "data", "packs", "korea", "administrations.json"), encoding="utf-8") as f:
        administrations = [a["label"] for a in json.load(f)["administrations"]]
    pool = max(50, docs * 2)  # programme names shared across documents
    os.makedirs(folder, exist_ok=True)

    def programme():
        return f"{rng.choice(TOPICS)} {rng.choice(HEADS)} {rng.randrange(pool)}"

    for d in range(docs):
        year = 1995 + rng.randrange(30)
        parts = [f"Synthetic policy note {d}\n\nDate {year}-05-04\n\n"]
        length = len(parts[0])
        while length < size:
            a, b, x, y = rng.choice(administrations), rng.choice(administrations), programme(), programme()
            sentence = rng.choice([
                f"The {a} launched the {x} in {year}, and the {b} later expanded it into the {y}. ",
                f"The {x} was introduced by the {a} to strengthen regional competitiveness. ",
                f"Critics argued that the {x} suffers from weak evaluation, overlapping functions and a limited budget. ",
                f"The Korea Institute for Advancement of Technology hosted a seminar on the {x}, and participants "
                f"agreed that we need to build a new growth hub. ",
                f"Under the {a}, the {x} was renamed the {y}, which resulted in balanced regional development and "
                f"more local jobs.\n",
            ])
            parts.append(sentence)
            length += len(sentence.encode("utf-8"))
        with open(os.path.join(folder, f"note-{d:06d}.txt"), "w", encoding="utf-8") as f:
            f.write("".join(parts))


if __name__ == "__main__":
    main()
