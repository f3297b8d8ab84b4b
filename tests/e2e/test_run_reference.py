"""dossier run on the reference article: a valid PDF with every section and the right facts."""
import os
import re

import e2e

c = e2e.Checks("run-reference")
e2e.need_tools("qpdf", "pdftotext", "pdfinfo")
exe = e2e.dossier()
out = os.path.join(e2e.tempdir(), "briefing.pdf")

r = e2e.run([exe, "run", "-o", out, e2e.REFERENCE])
c.check(r.returncode == 0, f"dossier run exit status {r.returncode}: {r.stderr}")
c.check(os.path.exists(out), "no PDF written")
if os.path.exists(out):
    q = e2e.run(["qpdf", "--check", out])
    c.check(q.returncode == 0, f"qpdf --check failed: {q.stdout[-500:]}")
    pages = e2e.pdf_pages(out)
    c.check(pages >= 3, f"only {pages} pages")
    text = e2e.pdf_text(out)
    flat = " ".join(text.split())
    for heading in ["Key points", "Actors", "Timeline", "Quotes", "Sources"]:
        c.check(heading in text, f"section heading '{heading}' missing")
    for name in ["Donald Trump", "Kim Jong Un", "Bill Hagerty", "Randall Schriver"]:
        c.check(name in flat, f"actor '{name}' missing")
    for date in ["2022", "June 2024", "2025"]:
        c.check(date in flat, f"timeline date '{date}' missing")
    c.check("nice to get along with someone" in flat, "Trump's quote missing")
    c.check("We will never lower the weight" in flat, "Kim's quote missing")
    c.check("UNCLASSIFIED" in text, "marking missing")
    c.check("of " + str(pages) in flat, "'Page N of M' footer missing")
    # The cover's count of actors is the people, organisations and places it details.
    # The glance box reads "30 6 16 actors dated events quotes 12 people · ...".
    glance = re.search(r"(\d+) \d+ \d+ actors .*?(\d+) people · (\d+) orgs · (\d+) places", flat)
    c.check(glance is not None, "cover's actor count missing")
    if glance:
        total, people, orgs, places = (int(g) for g in glance.groups())
        c.check(total == people + orgs + places,
                f"cover counts {total} actors but details {people} + {orgs} + {places}")
    for spurious in ["Despite", "However", "Sources familiar"]:
        c.check(f"\n{spurious} " not in text.split("Actors", 1)[-1].split("Timeline", 1)[0],
                f"spurious actor '{spurious}' in the actor section")
c.done()
