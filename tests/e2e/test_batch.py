"""dossier batch: good, bad and crashing jobs; the failures cost only themselves."""
import json
import os
import shutil
import e2e

c = e2e.Checks("batch")
exe = e2e.dossier()
tmp = e2e.tempdir()
os.makedirs(os.path.join(tmp, "in", "good"))
os.makedirs(os.path.join(tmp, "in", "bad"))
shutil.copy(e2e.REFERENCE, os.path.join(tmp, "in", "good"))
with open(os.path.join(tmp, "in", "bad", "broken.txt"), "wb") as f:
    f.write(b"---\ntitle: broken\n---\nText with a bad byte \xc3\x28 here.\n")

crash_dir = os.path.join(e2e.BUILD_DIR, "tests", "plugins")
with open(os.path.join(tmp, "crash.cfg"), "w") as f:
    f.write(f'plugin_path = [ "{crash_dir}" ];\n'
            'extractors = ( { plugin = "crash"; } );\n'
            'renderers = ( { plugin = "cover"; } );\n')

with open(os.path.join(tmp, "jobs.cfg"), "w") as f:
    f.write("""
manifest = "out/manifest.json";
jobs = (
  { name = "good"; inputs = [ "in/good/*.txt" ]; output = "out/good-%Y-%m-%d.pdf"; },
  { name = "bad"; inputs = [ "in/bad/*.txt" ]; output = "out/bad-%Y-%m-%d.pdf"; },
  { name = "crash"; config = "crash.cfg"; inputs = [ "in/good/*.txt" ]; output = "out/crash.pdf"; },
  { name = "empty"; inputs = [ "in/none/*.txt" ]; output = "out/empty.pdf"; },
  { name = "good-again"; inputs = [ "in/good/*.txt" ]; output = "out/again.pdf"; },
  { name = "skipping"; inputs = [ "in/*/*.txt" ]; output = "out/skipping.pdf"; skip_invalid = true; }
);
""")

env = dict(os.environ, SOURCE_DATE_EPOCH="1732492800")  # 2024-11-25
r = e2e.run([exe, "batch", os.path.join(tmp, "jobs.cfg")], cwd="/", env=env)
c.check(r.returncode == 1, f"exit status {r.returncode}, want 1: {r.stderr}")
out = os.path.join(tmp, "out")
pdfs = sorted(p for p in os.listdir(out) if p.endswith(".pdf")) if os.path.isdir(out) else []
c.check(pdfs == ["again.pdf", "good-2024-11-25.pdf", "skipping.pdf"], f"PDFs written: {pdfs}")
c.check(not [p for p in os.listdir(out) if ".tmp" in p or p.startswith(".")] if os.path.isdir(out) else True,
        "temporary files left behind")
lines = r.stdout.splitlines()
c.check(any(l.startswith("ok good ") for l in lines), f"no 'ok good' line: {lines}")
c.check(any(l.startswith("FAILED bad:") for l in lines), f"no 'FAILED bad' line: {lines}")

manifest_path = os.path.join(out, "manifest.json")
c.check(os.path.exists(manifest_path), "no manifest")
if os.path.exists(manifest_path):
    m = json.load(open(manifest_path))
    jobs = {j["name"]: j for j in m["jobs"]}
    c.check(m["ok"] == 3 and m["failed"] == 3, f"manifest counts ok={m['ok']} failed={m['failed']}")
    c.check(jobs["good"]["status"] == "ok" and jobs["good"]["output"].endswith("good-2024-11-25.pdf"),
            f"good job: {jobs['good']}")
    c.check(jobs["good"]["pages"] >= 3 and jobs["good"]["duration_seconds"] > 0, f"good job numbers: {jobs['good']}")
    c.check(jobs["good"]["inputs"] and jobs["good"]["inputs"][0].endswith("trump-kim-talks.txt"), "good job inputs")
    bad = jobs["bad"]
    c.check(bad["status"] == "failed" and bad["output"] is None, f"bad job: {bad}")
    c.check("broken.txt" in (bad["error"] or "") and "byte" in (bad["error"] or ""), f"bad job error: {bad['error']}")
    crash = jobs["crash"]
    # A plain build dies of SIGSEGV; under AddressSanitizer the runtime reports the SEGV.
    c.check(crash["status"] == "failed" and ("signal 11" in (crash["error"] or "") or "SEGV" in (crash["error"] or "")),
            f"crash job: {crash}")
    c.check("no file matches" in (jobs["empty"]["error"] or ""), f"empty job: {jobs['empty']}")
    c.check(jobs["good-again"]["status"] == "ok", "the job after the failures did not run")
    skipping = jobs["skipping"]
    c.check(skipping["status"] == "ok" and any("broken.txt" in w and "skipped" in w for w in skipping["warnings"]),
            f"skip_invalid job: {skipping}")
c.done()
