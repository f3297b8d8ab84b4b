"""Bad input and bad configs give clear errors naming the place, and the right exit codes."""
import os
import e2e

c = e2e.Checks("cli-errors")
exe = e2e.dossier()
tmp = e2e.tempdir()


def write(name, data):
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


r = e2e.run([exe, "--version"])
c.check(r.returncode == 0 and r.stdout.startswith("dossier "), f"--version: {r.stdout!r}")
r = e2e.run([exe, "--help"])
c.check(r.returncode == 0 and "Exit status" in r.stdout, "--help lacks the exit codes")
r = e2e.run([exe, "frobnicate"])
c.check(r.returncode == 2 and "unknown command 'frobnicate'" in r.stderr, f"unknown command: {r.returncode} {r.stderr!r}")
r = e2e.run([exe, "run"])
c.check(r.returncode == 2, f"run without articles: exit {r.returncode}")
r = e2e.run([exe, "run", "--date", "2024-13-01", e2e.REFERENCE])
c.check(r.returncode == 2 and "--date" in r.stderr, f"bad --date: {r.returncode} {r.stderr!r}")

bad_utf8 = write("bad.txt", b"---\nid: bad\ndate: 2024-01-02\n---\nGood text, then \xff\xfe broken.\n")
r = e2e.run([exe, "extract", bad_utf8])
c.check(r.returncode == 4, f"invalid UTF-8: exit {r.returncode}")
c.check("bad.txt" in r.stderr and "byte" in r.stderr, f"invalid UTF-8 message: {r.stderr!r}")

nul = write("nul.txt", b"Some text\x00more\n")
r = e2e.run([exe, "extract", nul])
c.check(r.returncode == 4 and "nul.txt" in r.stderr and "byte 9" in r.stderr, f"NUL byte: {r.returncode} {r.stderr!r}")

r = e2e.run([exe, "run", "--skip-invalid", "-o", os.path.join(tmp, "skip.pdf"), bad_utf8, e2e.REFERENCE])
c.check(r.returncode == 0 and "bad.txt" in r.stderr and "skipped" in r.stderr, f"--skip-invalid: {r.returncode} {r.stderr!r}")
r = e2e.run([exe, "extract", "--skip-invalid", bad_utf8, nul])
c.check(r.returncode == 4 and "skipped" in r.stderr, f"--skip-invalid with nothing left: {r.returncode} {r.stderr!r}")

missing = os.path.join(tmp, "missing.txt")
r = e2e.run([exe, "extract", missing])
c.check(r.returncode != 0 and "missing.txt" in r.stderr, f"missing file: {r.returncode} {r.stderr!r}")

cfg = write("bad.cfg", b'report = { paper = "A5"; };\nextractors = ( { plugin = "times"; } );\nrenderers = ( );\n')
r = e2e.run([exe, "run", "-c", cfg, "-o", os.path.join(tmp, "x.pdf"), e2e.REFERENCE])
c.check(r.returncode == 3 and "bad.cfg:1" in r.stderr, f"bad paper: {r.returncode} {r.stderr!r}")
c.check(not os.path.exists(os.path.join(tmp, "x.pdf")), "a PDF was written despite the config error")

cfg = write("noplugin.cfg", b'extractors = ( { plugin = "no-such-plugin"; } );\nrenderers = ( );\n')
r = e2e.run([exe, "extract", "-c", cfg, e2e.REFERENCE])
c.check(r.returncode == 5 and "noplugin.cfg:1" in r.stderr and "no-such-plugin" in r.stderr,
        f"missing plugin: {r.returncode} {r.stderr!r}")

cfg = write("few.cfg", b'input = { max_articles = 1; };\nextractors = ( { plugin = "times"; } );\nrenderers = ( );\n')
r = e2e.run([exe, "extract", "-c", cfg, e2e.REFERENCE, e2e.REFERENCE])
c.check(r.returncode == 4 and "max_articles" in r.stderr, f"too many articles: {r.returncode} {r.stderr!r}")

cfg = write("syntax.cfg", b'report = {\n  title = ;\n};\n')
r = e2e.run([exe, "run", "-c", cfg, e2e.REFERENCE])
c.check(r.returncode == 3 and "syntax.cfg:2" in r.stderr, f"syntax error: {r.returncode} {r.stderr!r}")

cfg = write("unknown.cfg", b'report = { colour = "red"; };\nextractors = ( { plugin = "times"; } );\nrenderers = ( );\n')
r = e2e.run([exe, "extract", "-c", cfg, e2e.REFERENCE])
c.check(r.returncode == 0 and "unknown.cfg:1" in r.stderr and "colour" in r.stderr and "warning" in r.stderr,
        f"unknown key warning: {r.returncode} {r.stderr!r}")
c.done()
