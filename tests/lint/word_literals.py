#!/usr/bin/env python3
"""Fails when an extraction stage tests an English word written in its C++ source.

Words the stages ask about live in the packs' lexicons (docs/packs.md, "Grammar lists"); the
C++ names the list. So every lower-case word-like string literal in ingest/*.cpp and *.hpp
(comments left out) must be either the name of a top-level entry of a pack's lexicon.json, or a
format name the documentation gives in backticks: a JSON member of the pack or gold formats, a
function, keyword or flag of the rule language. Path components ("share" / "policygraph") are
folder names and pass. Two files are outside the check: markup.cpp, whose
literals are HTML element, attribute and entity names and the class names of page furniture; and
eval.cpp, the scorer, whose few stop words are part of the measure and must not change with a pack.

usage: word_literals.py SOURCE_DIR
"""
import glob
import json
import os
import re
import sys

OUTSIDE = {"markup.cpp", "eval.cpp"}
FORMAT_DOCS = ["packs.md", "rules.md", "gold-format.md", "ontology.md", "snapshot.md"]
WORD = re.compile(r"['\u2019]?[a-z][a-z_'\-]*")


def literals(source):
    """Yields (line, text) of each string literal of a C++ source, comments skipped."""
    i, n, line = 0, len(source), 1
    while i < n:
        if source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
        elif source.startswith("/*", i):
            j = source.find("*/", i)
            end = n if j < 0 else j + 2
            line += source.count("\n", i, end)
            i = end
        elif source.startswith('R"', i) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")):
            open_at = source.find("(", i)
            delimiter = source[i + 2:open_at]
            end = source.find(")" + delimiter + '"', open_at) + len(delimiter) + 2
            line += source.count("\n", i, end)
            i = end
        elif source[i] in "\"'":
            quote, j = source[i], i + 1
            while j < n and source[j] != quote:
                j += 2 if source[j] == "\\" else 1
            before = source[:i].rstrip()
            # A path component ("share" / "policygraph") names a folder, not a word.
            if quote == '"' and not before.endswith("/"):
                yield line, source[i + 1:j]
            i = j + 1
        else:
            if source[i] == "\n":
                line += 1
            i += 1


def main(root):
    names = set()
    for lexicon in glob.glob(os.path.join(root, "data", "packs", "*", "lexicon.json")):
        with open(lexicon, encoding="utf-8") as f:
            names.update(json.load(f).keys())
    documented = set()
    # The documents that define formats: packs and their rule language, gold files, node ids.
    for doc in FORMAT_DOCS:
        doc = os.path.join(root, "docs", doc)
        with open(doc, encoding="utf-8") as f:
            text = f.read()
            # `name`, `"name"`, `name(…)`: a name the text defines, not an example sentence.
            documented.update(re.findall(r"`\"?([a-z][a-z_\-]*)\"?(?:\([^`]*\))?`", text))
            # `emit form(whole, first)`: a function of the rule language, called.
            for span in re.findall(r"`([^`\n]+)`", text):
                documented.update(re.findall(r"([a-z][a-z_]*)\(", span))
            # Rule-language keywords open the lines of its code blocks ("rule", "match", "emit").
            for block in re.findall(r"```[a-z]*\n(.*?)```", text, re.S):
                documented.update(re.findall(r"^\s*([a-z]+)\s", block, re.M))
    failures = []
    files = sorted(glob.glob(os.path.join(root, "ingest", "*.cpp")) + glob.glob(os.path.join(root, "ingest", "*.hpp")))
    for path in files:
        if os.path.basename(path) in OUTSIDE:
            continue
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for line, text in literals(source):
            if len(text) >= 2 and WORD.fullmatch(text) and text not in names and text not in documented:
                failures.append(f"{os.path.relpath(path, root)}:{line}: \"{text}\" is neither a lexicon entry nor a documented format name")
    for failure in failures:
        print(failure)
    print(f"{len(files)} files checked, {len(failures)} word literals outside the packs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
