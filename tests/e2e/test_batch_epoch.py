"""dossier batch reads SOURCE_DATE_EPOCH as `dossier run` does: a value that is not a
whole number of seconds from 1970 to year 9999 is ignored, and the batch's clock is used.

Regression (review of issue 2): the batch parsed the variable on its own with
g_ascii_strtoll, so 'abc' dated output names 1970-01-01 and '-5' 1969-12-31, while the
PDFs inside ignored both; a value past GDateTime's range gave a NULL start time, a
GLib critical (an abort under G_DEBUG=fatal-criticals) and a file named
'good-%Y-%m-%d.pdf'. And the manifest's 'finished' followed the wall clock while its
'started' followed SOURCE_DATE_EPOCH, so a pinned batch "ran" for years."""
import datetime
import json
import os
import re
import shutil
import e2e

c = e2e.Checks("batch-epoch")
exe = e2e.dossier()
tmp = e2e.tempdir()
os.makedirs(os.path.join(tmp, "in"))
shutil.copy(e2e.REFERENCE, os.path.join(tmp, "in"))
with open(os.path.join(tmp, "jobs.cfg"), "w") as f:
    f.write('manifest = "out/manifest.json";\n'
            'jobs = ( { name = "good"; inputs = [ "in/*.txt" ]; output = "out/good-%Y-%m-%d.pdf"; } );\n')

CASES = [
    ("1732492800", "2024-11-2"),     # valid: 2024-11-25 (or -24 west of UTC)
    ("abc", None),
    ("-5", None),
    ("12abc", None),
    ("99999999999999999", None),     # past year 9999
]
for epoch, want_prefix in CASES:
    out = os.path.join(tmp, "out")
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, G_DEBUG="fatal-criticals")
    r = e2e.run([exe, "batch", os.path.join(tmp, "jobs.cfg")], env=env)
    c.check(r.returncode == 0 and "CRITICAL" not in r.stderr,
            f"SOURCE_DATE_EPOCH={epoch}: exit {r.returncode}: {r.stderr.strip()}")
    pdfs = sorted(p for p in os.listdir(out) if p.endswith(".pdf")) if os.path.isdir(out) else []
    dates = [m.group(1) for p in pdfs for m in [re.match(r"good-(\d{4}-\d\d-\d\d)\.pdf$", p)] if m]
    if not c.check(len(dates) == 1, f"SOURCE_DATE_EPOCH={epoch}: PDFs {pdfs}, want one good-YYYY-MM-DD.pdf"):
        continue
    if want_prefix:
        c.check(dates[0].startswith(want_prefix), f"SOURCE_DATE_EPOCH={epoch}: dated {dates[0]}")
        with open(os.path.join(out, "manifest.json")) as f:
            m = json.load(f)
        started = datetime.datetime.fromisoformat(m["started"].replace("Z", "+00:00"))
        finished = datetime.datetime.fromisoformat(m["finished"].replace("Z", "+00:00"))
        c.check(started.timestamp() == int(epoch), f"manifest started {m['started']}, want the epoch {epoch}")
        c.check(0 <= (finished - started).total_seconds() < 600,
                f"manifest started {m['started']} but finished {m['finished']}: not the batch's own clock")
    else:
        c.check(dates[0] > "2020", f"SOURCE_DATE_EPOCH={epoch} is not a valid epoch, yet dated {dates[0]}")
shutil.rmtree(tmp, ignore_errors=True)
c.done()
