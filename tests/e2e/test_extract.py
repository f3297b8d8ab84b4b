"""dossier extract: schema, exact offsets, and the reference article against its gold."""
import json
import os
import e2e

c = e2e.Checks("extract")
exe = e2e.dossier()
try:
    import jsonschema
except ImportError:
    print("skipping: python3-jsonschema is not installed")
    raise SystemExit(e2e.SKIP)

schema = json.load(open(os.path.join(e2e.SOURCE_DIR, "docs", "extract.schema.json")))
gold = json.load(open(os.path.join(e2e.SOURCE_DIR, "examples", "articles", "trump-kim-talks.gold.json")))

r = e2e.run([exe, "extract", e2e.REFERENCE])
c.check(r.returncode == 0, f"exit status {r.returncode}: {r.stderr}")
docs = e2e.read_jsonl(r.stdout)
c.check(len(docs) == 1, f"{len(docs)} JSON lines for one article")
doc = docs[0] if docs else {}

try:
    jsonschema.validate(doc, schema)
except jsonschema.ValidationError as error:
    c.check(False, f"schema: {error.message} at {list(error.absolute_path)}")

raw = open(e2e.REFERENCE, "rb").read()
body = raw[raw.index(b"\n---\n", 4) + 5:]


def text(s, e):
    return body[s:e].decode("utf-8")


# Offsets: every span lies in the body and a time's text is exactly its span.
for t in doc.get("times", []):
    c.check(text(t["start"], t["end"]) == t["text"], f"time text {t['text']!r} != body span")
for a in doc.get("actors", []):
    for s, e in a["mentions"]:
        c.check(0 <= s < e <= len(body), f"actor {a['name']} mention [{s},{e}) outside the body")

# Actors: every gold person by its canonical name; no capitalised common word.
names = {a["name"]: a for a in doc.get("actors", [])}
for g in gold["actors"]:
    if g["type"] == "PERSON":
        c.check(g["name"] in names, f"person '{g['name']}' not found")
gold_names = {g["name"] for g in gold["actors"]}
for name, a in names.items():
    if a["type"] in ("PERSON", "ORG", "PLACE"):
        c.check(name in gold_names, f"spurious actor '{name}' ({a['type']})")
# Places and organisations: at least 90% found, each with the gold's type.
others = [g for g in gold["actors"] if g["type"] in ("ORG", "PLACE")]
found = [g for g in others if g["name"] in names]
c.check(len(found) >= 0.9 * len(others), f"{len(found)} of {len(others)} places and organisations found")
for g in found:
    got = names[g["name"]]["type"]
    c.check(got == g["type"], f"'{g['name']}' typed {got}, not {g['type']}")
hagerty = names.get("Bill Hagerty", {})
c.check(hagerty.get("role") == "Senator", f"Bill Hagerty's role is {hagerty.get('role')!r}, not 'Senator'")

# Times: every gold value at its span.
got_times = {(t["start"], t["end"]): t["value"] for t in doc.get("times", [])}
for g in gold["times"]:
    c.check(got_times.get((g["start"], g["end"])) == g["value"],
            f"time {g['text']!r}: got {got_times.get((g['start'], g['end']))!r}, want {g['value']!r}")

# Quotes: every gold quote overlapped by a quote with the right speaker.
for g in gold["quotes"]:
    match = [q for q in doc.get("quotes", []) if q["start"] < g["end"] and g["start"] < q["end"]]
    c.check(bool(match), f"quote at {g['start']} ({text(g['start'], g['start'] + 30)!r}...) missing")
    if match:
        want = set(g["speaker"].split("; "))
        got = set((match[0]["speaker"] or "").split("; "))
        c.check(want == got, f"quote at {g['start']}: speaker {match[0]['speaker']!r}, want {g['speaker']!r}")

# Key sentences: some, and not simply the first ones.
keys = doc.get("key_sentences", [])
c.check(len(keys) >= 3, f"only {len(keys)} key sentences")
c.done()
