#!/usr/bin/env python3
"""Writes the word-frequency inputs of the language model from the `wordfreq` package.

    pip install wordfreq==3.1.1
    python3 tools/langmodel/extract_wordfreq.py

Writes tools/langmodel/data/wordfreq-{en,fr}.tsv: one `word<TAB>frequency` line per word
(frequency = share of word tokens, as wordfreq gives it), most frequent first. Kept: every
word with a frequency of at least 1e-6 (Zipf 3), plus every word needed to score the entries
of tools/langmodel/words.txt, whatever its frequency. The files are committed, so the model
can be regenerated (`cargo run --example langmodel`) without Python or wordfreq.

wordfreq's code is Apache-2.0; its word lists are CC BY-SA 4.0 (see data/LICENSE.md).
"""

import importlib.metadata
import pathlib
import re

import wordfreq

VERSION = "3.1.1"
MIN_FREQ = 1e-6
HERE = pathlib.Path(__file__).resolve().parent


def dictionary_forms():
    """The dictionary entries and the wordfreq tokens that can carry their counts."""
    text = (HERE / "words.txt").read_text(encoding="utf-8")
    entries = set()
    for line in text.splitlines():
        entries.update(line.split("#", 1)[0].split())
    forms = set(entries)
    # Elided pieces (`l'`) are counted by wordfreq as the bare stem (`l`).
    forms.update(e.strip("'") for e in entries)
    return entries, forms


def pieces(word):
    """The pieces the detector reads in a word with apostrophes (`don'`, `'t`)."""
    parts = word.split("'")
    out = []
    for i, p in enumerate(parts):
        if not p:
            continue
        out.append(("'" if i > 0 else "") + p + ("'" if i < len(parts) - 1 else ""))
    return out


def main():
    found = importlib.metadata.version("wordfreq")
    if found != VERSION:
        raise SystemExit(f"wordfreq {VERSION} expected, found {found}")
    entries, forms = dictionary_forms()
    for lang in ("en", "fr"):
        freqs = wordfreq.get_frequency_dict(lang, "large")
        kept = []
        for word, f in freqs.items():
            if re.search(r"\s", word):
                continue
            wanted = f >= MIN_FREQ or word in forms
            if not wanted and "'" in word:
                wanted = any(p in entries for p in pieces(word))
            if wanted:
                kept.append((word, f))
        kept.sort(key=lambda wf: (-wf[1], wf[0]))
        out = HERE / "data" / f"wordfreq-{lang}.tsv"
        with out.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(
                f"# wordfreq {VERSION}, list 'large', language '{lang}': word, frequency.\n"
                "# Data: CC BY-SA 4.0, (c) Robyn Speer and wordfreq's sources; see LICENSE.md.\n"
            )
            for word, f in kept:
                fh.write(f"{word}\t{f:.4e}\n")
        print(f"{out}: {len(kept)} words")


if __name__ == "__main__":
    main()
