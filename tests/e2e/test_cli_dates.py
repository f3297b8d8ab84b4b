"""--date is checked as strictly as a front-matter date: digits only, a real day.

Regression (review of issue 2): the command line's own check used sscanf("%4u-%2u-%2u"),
which lets a sign or a space through ("2024-+1-05" was 5 January 2024), and an article
with a date of its own never reaches the loader's strict check, so the briefing came
out with the bad --date on its cover."""
import os
import shutil
import e2e

c = e2e.Checks("cli-dates")
exe = e2e.dossier()
tmp = e2e.tempdir()

BAD = ["2024-+1-05", "2024- 1-05", "+2024-1-05", "2024-02-30", "2024-1-5", "24-01-05x", ""]
for i, date in enumerate(BAD):
    out = os.path.join(tmp, f"bad-{i}.pdf")
    r = e2e.run([exe, "run", "--date", date, "-o", out, e2e.REFERENCE])
    c.check(r.returncode == 2 and "--date" in r.stderr,
            f"run --date '{date}': exit {r.returncode}, want 2 naming --date: {r.stderr.strip()}")
    c.check(not os.path.exists(out), f"run --date '{date}': wrote {out}")
    r = e2e.run([exe, "extract", "--date", date, e2e.REFERENCE])
    c.check(r.returncode == 2 and "--date" in r.stderr and r.stdout == "",
            f"extract --date '{date}': exit {r.returncode}, want 2 naming --date: {r.stderr.strip()}")

r = e2e.run([exe, "extract", "--date", "2024-02-29", e2e.REFERENCE])
c.check(r.returncode == 0, f"extract --date 2024-02-29 (a leap day): exit {r.returncode}: {r.stderr}")
shutil.rmtree(tmp, ignore_errors=True)
c.done()
