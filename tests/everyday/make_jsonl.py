import os
import json, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from everyday_src import TOPICS

PROFILE = {"qc": "qc-public", "fr": "fr-interieur", "mix": "qc-public"}

def norm(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", t).strip()

rows, seen, dups = [], {}, []
topic_c, voice_c, tv = Counter(), Counter(), Counter()
en_i = 0
for topic, items in TOPICS.items():
    for voice, text in items:
        assert voice in ("qc", "fr", "en", "mix"), (voice, text)
        text = text.strip()
        k = norm(text)
        if k in seen:
            dups.append((topic, text, seen[k]))
            continue
        seen[k] = topic
        row = {"text": text, "expect": []}
        if voice == "en":
            en_i += 1
            if en_i % 2 == 0:
                row["opts"] = {"profile": "ca-federal"}
        else:
            row["opts"] = {"profile": PROFILE[voice]}
        rows.append(row)
        topic_c[topic] += 1; voice_c[voice] += 1; tv[(topic, voice)] += 1

if dups:
    print("DUPLICATES:", dups); sys.exit(1)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "everyday.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print("total", len(rows))
print("per topic:")
for t in TOPICS:
    print(f"  {t:14s} {topic_c[t]:4d}  " + "  ".join(f"{v}={tv[(t,v)]}" for v in ("qc","fr","en","mix")))
print("per voice:", dict(voice_c))
print("profiles:", dict(Counter(r.get("opts", {}).get("profile", "(none)") for r in rows)))
