"""The reference briefing's quotes section: every quote of the reference article once,
under its speaker's heading (with the actor's role), the groups in order of the speakers'
mentions, each quote with its source; the reported statement of "a source familiar with
the discussions" after the direct quotes, under that description, and that of "the source"
under it too; no unattributed group."""
import json
import os
import re
import e2e

# The reference article's direct quotes with their speakers (examples/articles/, in the
# repository). When ../shared is there, they are checked against its gold file too.
EXPECTED = [
    (("Donald Trump",), "It's nice to get along with someone who has a lot of nuclear weapons"),
    (("Bill Hagerty",), "My experience with President Trump is he's much more likely to be open "
                        "to direct engagement"),
    (("Bill Hagerty",), "I'm optimistic that we can see an improvement in the relationship and "
                        "perhaps a different posture adopted by Kim Jong Un if that dialogue were "
                        "reopened again"),
    (("Kim Jong Un",), "We will never lower the weight of military balance on our side by ourselves"),
    (("Randall Schriver",), "It'll be a very different dynamic than in the first term ... Kim Jong Un "
                            "has more advanced capabilities now and the backing of Putin, giving him "
                            "more international standing"),
    (("Siegfried Hecker", "Robert Carlin"), "What we've seen since January 2022 is not a tactical "
                                            "feint ... but a fundamental break with the policy of "
                                            "the previous thirty years"),
]
DESCRIPTION = "A source familiar with the discussions"
REPORTED = "The initial goal would be to reestablish basic engagement"
# "However, the source added that ...": the same speaker, under the same description
REPORTED_AGAIN = "Further policy objectives and timelines remain uncertain"


def norm(text):
    """Compares text as printed with text as written: marks, ellipses, case, spacing."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2026", "...").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)  # a line broken at a hyphen
    return text.casefold()


def quotes_section(text):
    """The section's lines between its heading and the Sources heading, without the
    running heads and feet (which carry the marking)."""
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip() == "Quotes")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == "Sources")
    return [l for l in lines[start + 1:end] if "UNCLASSIFIED" not in l]


def parse(lines):
    """Direct groups as [heading, text] in order, and the text after 'Reported statements'."""
    groups, reported, in_reported = [], [], False
    for line in lines:
        if not line.strip():
            continue
        if line.strip() == "Reported statements":
            in_reported = True
        elif in_reported:
            reported.append(line.strip())
        elif not line[0].isspace():
            groups.append([line.strip(), ""])
        elif groups:
            groups[-1][1] += " " + line.strip()
    return groups, " ".join(reported)


def check_gold(c):
    path = os.path.join(e2e.SHARED, "samples", "seed", "gold.json")
    if not os.path.exists(path):
        return
    gold = json.load(open(path))
    body = open(e2e.REFERENCE, encoding="utf-8").read().split("---\n", 2)[2]
    got = sorted((tuple(q["speaker"].split("; ")), norm(body[q["start"]:q["end"]].strip('",. ')))
                 for q in gold["quotes"])
    want = sorted((s, norm(t)) for s, t in EXPECTED)
    c.check(got == want, f"the test's quotes differ from the gold file: {got} != {want}")


def expected_order(actors, body):
    """Speakers by their actor's mentions (a joint group: its best-known actor), then by
    their number of quotes, then by where they are first quoted."""
    keys = {}
    for speakers, quote in EXPECTED:
        weight = max(len(actors.get(s, {}).get("mentions", [])) for s in speakers)
        at = norm(body).find(norm(quote)[:40])
        _, n, first = keys.get(speakers, (weight, 0, at))
        keys[speakers] = (weight, n + 1, min(first, at))
    return sorted(keys, key=lambda s: (-keys[s][0], -keys[s][1], keys[s][2]))


c = e2e.Checks("quotes-section")
e2e.need_tools("pdftotext")
exe = e2e.dossier()
check_gold(c)
out = os.path.join(e2e.tempdir(), "briefing.pdf")
r = e2e.run([exe, "run", "-o", out, e2e.REFERENCE])
c.check(r.returncode == 0, f"dossier run exit status {r.returncode}: {r.stderr}")
x = e2e.run([exe, "extract", e2e.REFERENCE])
c.check(x.returncode == 0, f"dossier extract exit status {x.returncode}: {x.stderr}")
if r.returncode != 0 or x.returncode != 0:
    c.done()

actors = {a["name"]: a for a in json.loads(x.stdout)["actors"]}
body = open(e2e.REFERENCE, encoding="utf-8").read()
lines = quotes_section(e2e.pdf_text(out))
groups, reported = parse(lines)
section = norm(" ".join(lines))
names = [h.split(" \u2014 ")[0] for h, _ in groups]

c.check("unattributed" not in section, "an 'Unattributed' group is printed")
for speakers, quote in EXPECTED:
    q = norm(quote)
    c.check(section.count(q) == 1, f"quote printed {section.count(q)} times, want once: {quote[:50]}")
    label = " and ".join(speakers)
    owner = [h for h, t in groups if q in norm(t)]
    c.check(len(owner) == 1 and all(s in owner[0] for s in speakers),
            f"quote '{quote[:40]}' under {owner}, want under {label}")
    if owner:
        text = norm(next(t for h, t in groups if h == owner[0]))
        c.check(text.find(q + '." [1]') >= 0 or text.find(q + '" [1]') >= 0,
                f"quote '{quote[:40]}' is not followed by its source [1]")

want_order = expected_order(actors, body)
c.check([set(n.split(" and ")) for n in names] == [set(s) for s in want_order],
        f"speaker groups in order {names}, want {[' and '.join(s) for s in want_order]}")
for heading, _ in groups:
    name = heading.split(" \u2014 ")[0]
    role = (actors.get(name) or {}).get("role")
    if role:
        c.check(norm(heading) == norm(f"{name} \u2014 {role}"),
                f"heading '{heading}', want the actor's role '{role}'")

def said(speaker, words, text):
    """@speaker's statement @words in @text: "Speaker: Words" or "Speaker said that words"."""
    return re.search(re.escape(norm(speaker)) + r"(:| [^\[\]]{0,40}?) " + re.escape(norm(words)),
                     norm(text)) is not None


c.check(said(DESCRIPTION, REPORTED, reported),
        f"reported statement of '{DESCRIPTION}' missing from 'Reported statements': {reported[:300]}")
c.check(said(DESCRIPTION, REPORTED_AGAIN, reported),
        f"'the source' is not printed as '{DESCRIPTION}' in 'Reported statements': {reported[:400]}")
c.check(norm(REPORTED) not in norm(" ".join(t for _, t in groups)),
        "the reported statement is printed among the direct quotes")

# The same article twice (another id, a day later): each quote once, citing the first
# article by title and the second as "also [2]".
copy = os.path.join(e2e.tempdir(), "trump-kim-talks-again.txt")
with open(copy, "w", encoding="utf-8") as f:
    f.write(body.replace("id: trump-kim-talks\n", "id: trump-kim-talks-again\n", 1)
                .replace("date: 2024-11-25\n", "date: 2024-11-26\n", 1))
twice = os.path.join(e2e.tempdir(), "twice.pdf")
r = e2e.run([exe, "run", "-o", twice, e2e.REFERENCE, copy])
c.check(r.returncode == 0, f"dossier run on two articles: exit status {r.returncode}: {r.stderr}")
if r.returncode == 0:
    section = norm(" ".join(quotes_section(e2e.pdf_text(twice))))
    for _, quote in EXPECTED:
        q = norm(quote)
        c.check(section.count(q) == 1,
                f"two articles: quote printed {section.count(q)} times, want once: {quote[:50]}")
    c.check(section.count("also [2]") >= len(EXPECTED),
            f"two articles: {section.count('also [2]')} quotes cite 'also [2]', want all {len(EXPECTED)}")
c.done()
