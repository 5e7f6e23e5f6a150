"""Cuts seed inputs for the fuzz targets out of the repository's own files, at configure time.

Usage: cut_seeds.py SOURCE_DIR SEED_DIR

- rules: each rule of the packs' rule files on its own (a whole file takes seconds to compile
  under the sanitizers; the fuzz target keeps the bundled pack's macros);
- query_pattern: the patterns given to `query match` in the docs and the end-to-end tests;
- ask: the questions given to `ask` there.
Each seed is SEED_DIR/TARGET/N.txt; earlier seeds of these targets are removed first.
"""
import pathlib
import re
import shutil
import sys

source, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])


def write(target, texts):
    folder = seeds / target
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for number, text in enumerate(texts, 1):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")


rules = []
for rule_file in sorted(source.glob("data/packs/*/rules.pgr")):
    block = []
    for line in rule_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("rule ") and block:
            rules.append("\n".join(block).strip() + "\n")
            block = []
        if line.startswith("rule ") or block:
            block.append(line)
    if block:
        rules.append("\n".join(block).strip() + "\n")
write("rules", rules)

documents = sorted(source.glob("docs/*.md")) + [source / "README.md"] + sorted(source.glob("tests/e2e/*.sh"))
texts = [path.read_text(encoding="utf-8") for path in documents]
write("query_pattern", sorted({m for text in texts for m in re.findall(r"match '([^']+)'", text)}))
write("ask", sorted({m for text in texts for m in re.findall(r'ask "([^"]+)"', text)}))
