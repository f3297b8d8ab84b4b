"""dossier extract: the time rules that look past one expression (times.c).

A range's two ends share their year ("between September and October of 2007"),
a clock time takes the date written right after it ("at 6:30 a.m. on March
19, 2002") rather than the day the story is telling, and "N years later" that
would land after the article's date tells a span."""
import os
import e2e

c = e2e.Checks("extract-times")
exe = e2e.dossier()

ARTICLE = """---
id: times-lookahead
date: 2010-03-03
---
Markets to stay closed until Friday
The Dow rose four weeks in a row between September and October of 2007.
Police counted 3,210 shooting victims between January 1 and September 26.
Sales fell from December to February 2009, the company said.
Shipments will run from January to June, the company said.
The doors opened at 6:30 a.m. on March 19, 2002, to a waiting crowd.
The meeting began at 10 a.m. and ended at noon.
And a decade later, the firm remains on the brink.
The candidate changed her story a few months later, after the leak.
Bringing the show back three years later, he said, feels right.
In 2008, the campaign began airing ads in mid-September.
The republic declared independence in 1991, backed by a referendum in December of that year.
He was extradited in 2014 and pleaded guilty in May to two counts.
"""

# (text, occurrence) -> value; occurrence counts from 0 within the body
WANT = [
    ("Friday", 0, "2010-03-05"),
    ("September", 0, "2007-09"),
    ("October of 2007", 0, "2007-10"),
    ("January 1", 0, "2009-01-01"),
    ("September 26", 0, "2009-09-26"),
    ("December", 0, "2008-12"),
    ("February 2009", 0, "2009-02"),
    ("January", 1, "2011-01"),
    ("June", 0, "2011-06"),
    ("6:30 a.m.", 0, "2002-03-19T06:30"),
    ("March 19, 2002", 0, "2002-03-19"),
    ("10 a.m.", 0, "2010-03-03T10:00"),
    # "later" than an undated event, in a story told in the past: a span, not a date
    # after the article's own
    ("a decade later", 0, "P10Y"),
    ("a few months later", 0, "PXM"),
    ("three years later", 0, "P3Y"),
    # a month takes the year that frames its sentence, or "of that year"'s
    ("mid-September", 0, "2008-09"),
    ("December", 1, "1991-12"),
    ("that year", 0, "1991"),
    ("May", 0, "2009-05"),
]

d = e2e.tempdir()
path = os.path.join(d, "times-lookahead.txt")
with open(path, "w") as f:
    f.write(ARTICLE)
r = e2e.run([exe, "extract", path])
c.check(r.returncode == 0, f"exit status {r.returncode}: {r.stderr}")
docs = e2e.read_jsonl(r.stdout)
times = docs[0].get("times", []) if docs else []
body = ARTICLE[ARTICLE.index("\n---\n", 4) + 5:].encode()


def find(text, occurrence):
    at = -1
    for _ in range(occurrence + 1):
        at = body.index(text.encode(), at + 1)
    return at, at + len(text.encode())


got = {(t["start"], t["end"]): t["value"] for t in times}
for text, occurrence, value in WANT:
    span = find(text, occurrence)
    c.check(got.get(span) == value, f"{text!r}: got {got.get(span)!r}, want {value!r}")
c.done()
