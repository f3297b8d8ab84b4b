"""The same input and SOURCE_DATE_EPOCH give the same bytes; the PDF carries metadata and an outline."""
import os
import e2e

c = e2e.Checks("reproducible")
e2e.need_tools("pdfinfo", "qpdf")
exe = e2e.dossier()
tmp = e2e.tempdir()
env = dict(os.environ, SOURCE_DATE_EPOCH="1732492800")
a, b = os.path.join(tmp, "a.pdf"), os.path.join(tmp, "b.pdf")
for path in (a, b):
    r = e2e.run([exe, "run", "-o", path, e2e.REFERENCE], env=env)
    c.check(r.returncode == 0, f"run failed: {r.stderr}")
if os.path.exists(a) and os.path.exists(b):
    c.check(open(a, "rb").read() == open(b, "rb").read(), "two runs gave different bytes")
    info = e2e.run(["pdfinfo", a]).stdout
    c.check("Title:" in info and "Intelligence Briefing" in info, f"no title metadata: {info}")
    c.check("Author:" in info, "no author metadata")
    c.check("Creator:" in info and "dossier" in info, "no creator metadata")
    c.check("2024" in info.split("CreationDate:", 1)[-1].splitlines()[0], f"creation date ignores SOURCE_DATE_EPOCH: {info}")
    outline = e2e.run(["qpdf", "--json", "--json-key=outlines", a]).stdout
    for section in ["Actors", "Timeline", "Quotes", "Sources"]:
        c.check(section in outline, f"outline lacks '{section}'")
c.done()
