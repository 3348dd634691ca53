#!/usr/bin/env python3
"""Builds risky.jsonl, benign.jsonl and all.jsonl from risky_src.py / benign_src.py.

Checks every personal number's checksum and prints counts per category and language.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pnumbers import NUMBERS  # noqa: E402
from risky_src import RISKY  # noqa: E402
from benign_src import BENIGN  # noqa: E402

CATS = {"confidential", "operations", "political", "criticism", "employer", "location",
        "personal-info", "harassment", "spokesperson", "official-language"}

FR_WORDS = set("le la les des du de un une et est pour pas que qui je tu on nous vous au aux avec sur dans ce cette mon ma mes c'est j'ai ça".split())
EN_WORDS = set("the a an and is for not that who i you we my to of in on with at this it's your our are be".split())


def fill(text):
    for k, v in NUMBERS.items():
        text = text.replace("{" + k + "}", v)
    assert "{" not in text, text
    return text


def lang(text, opts, benign=False):
    """Rough language tag for the README counts: fr-QC, fr-FR, en or bilingual."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(w in FR_WORDS for w in words) + len(re.findall(r"[éèêàçùâîô]", text.lower()))
    en = sum(w in EN_WORDS for w in words)
    if opts.get("official") == "bilingual" and benign:
        return "bilingual"
    french = fr > en
    prof = opts.get("profile", "ca-federal")
    if prof == "fr-interieur":
        return "fr-FR" if french or en <= 1 else "en"
    return "fr-QC" if french else "en"


def _luhn(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def check_numbers():
    """Independent re-check of every fictional number used in the set."""
    for k, v in NUMBERS.items():
        d = re.sub(r"[ -]", "", v)
        if k.startswith("SIN"):
            assert len(d) == 9 and _luhn(d), k
        elif k.startswith("CARD"):
            assert len(d) == 16 and _luhn(d), k
        elif k == "BADCARD":
            assert len(d) == 16 and not _luhn(d), k
        elif k.startswith("NIR"):
            assert len(d) == 15 and int(d[13:]) == 97 - int(d[:13]) % 97, k
        elif k.startswith("IBAN"):
            r = d[4:] + d[:4]
            assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, k


def line(text, expect, opts):
    d = {"text": fill(text), "expect": expect}
    if opts:
        d["opts"] = opts
    return json.dumps(d, ensure_ascii=False)


def main():
    check_numbers()
    risky, benign = [], []
    per_cat = defaultdict(Counter)
    langs_r, langs_b = Counter(), Counter()
    for text, expect, opts in RISKY:
        assert expect and set(expect) <= CATS, expect
        risky.append(line(text, expect, opts))
        lg = lang(text, opts)
        langs_r[lg] += 1
        for c in expect:
            per_cat[c][lg] += 1
    for text, opts in BENIGN:
        benign.append(line(text, [], opts))
        langs_b[lang(text, opts, benign=True)] += 1
    texts = [json.loads(x)["text"] for x in risky + benign]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, dup
    (HERE / "risky.jsonl").write_text("\n".join(risky) + "\n", encoding="utf-8")
    (HERE / "benign.jsonl").write_text("\n".join(benign) + "\n", encoding="utf-8")
    (HERE / "all.jsonl").write_text("\n".join(risky + benign) + "\n", encoding="utf-8")
    print(f"risky {len(risky)}  {dict(langs_r)}")
    print(f"benign {len(benign)}  {dict(langs_b)}")
    print(f"{'category':20} {'total':>5} {'fr-QC':>5} {'fr-FR':>5} {'en':>5} {'bil':>5}")
    for c in sorted(per_cat):
        k = per_cat[c]
        print(f"{c:20} {sum(k.values()):5} {k['fr-QC']:5} {k['fr-FR']:5} {k['en']:5} {k['bilingual']:5}")


if __name__ == "__main__":
    main()
