"""The SDK installs with dossier.pc; the out-of-tree watchlist example builds against it
with pkg-config alone and is loaded through a config."""
import glob
import os
import shutil
import e2e

c = e2e.Checks("sdk-install")
e2e.need_tools("make", "pkg-config", "cc", "pdftotext")
exe = e2e.dossier()
tmp = e2e.tempdir()
destdir = os.path.join(tmp, "root")

r = e2e.run(["meson", "install", "-C", e2e.BUILD_DIR, "--destdir", destdir, "--no-rebuild", "--quiet"])
c.check(r.returncode == 0, f"meson install failed: {r.stdout[-800:]} {r.stderr[-800:]}")
pcs = glob.glob(os.path.join(destdir, "**", "pkgconfig", "dossier.pc"), recursive=True)
c.check(len(pcs) == 1, f"dossier.pc installed: {pcs}")
headers = glob.glob(os.path.join(destdir, "**", "include", "dossier", "plugin.h"), recursive=True)
c.check(len(headers) == 1, f"dossier/plugin.h installed: {headers}")
if not pcs or not headers:
    c.done()

# The .pc file names the real prefix; relocate a copy into the staged install, as a
# package built for that prefix would be. (--define-variable or a sysroot would also
# move the system's cairo and GLib paths.)
pc_text = open(pcs[0]).read()
real_prefix = next(l.split("=", 1)[1].strip() for l in pc_text.splitlines() if l.startswith("prefix="))
pc_dir = os.path.join(tmp, "pkgconfig")
os.makedirs(pc_dir)
with open(os.path.join(pc_dir, "dossier.pc"), "w") as f:
    f.write(pc_text.replace(f"prefix={real_prefix}", f"prefix={destdir}{real_prefix}", 1))
env = dict(os.environ, PKG_CONFIG_PATH=pc_dir)
flags = e2e.run(["pkg-config", "--cflags", "--libs", "dossier"], env=env).stdout
c.check(destdir in flags, f"pkg-config flags do not point into the install: {flags}")

plugin_dir = os.path.join(tmp, "watchlist")
shutil.copytree(os.path.join(e2e.SOURCE_DIR, "examples", "watchlist"), plugin_dir)
for leftover in glob.glob(os.path.join(plugin_dir, "*.so")):
    os.remove(leftover)
os.chmod(plugin_dir, 0o755)
r = e2e.run(["make", "-C", plugin_dir, "CFLAGS=-O2 -Wall -Wextra -Werror"], env=env)
c.check(r.returncode == 0, f"make failed: {r.stdout} {r.stderr}")
so = os.path.join(plugin_dir, "dossier-watchlist.so")
c.check(os.path.exists(so), "no dossier-watchlist.so")

cfg = os.path.join(plugin_dir, "watchlist.cfg")
r = e2e.run([exe, "extract", "-c", cfg, e2e.REFERENCE])
c.check(r.returncode == 0, f"extract with the watchlist failed: {r.stderr}")
docs = e2e.read_jsonl(r.stdout) if r.returncode == 0 else []
hits = [a for d in docs for a in d["annotations"] if a["type"] == "watchlist.term"]
c.check(len(hits) >= 5, f"only {len(hits)} watchlist hits")
c.check(all(a["attrs"].get("category") == "weapons" for a in hits), "hits lack their category")

r = e2e.run([exe, "plugins", "-c", cfg])
c.check("watchlist" in r.stdout and so in r.stdout, f"dossier plugins does not list the example: {r.stdout}")

out = os.path.join(tmp, "watch.pdf")
r = e2e.run([exe, "run", "-c", cfg, "-o", out, e2e.REFERENCE])
c.check(r.returncode == 0, f"run with the watchlist failed: {r.stderr}")
if os.path.exists(out):
    text = " ".join(e2e.pdf_text(out).split())
    c.check("Watchlist" in text and "nuclear" in text, "the watchlist section is not in the PDF")

# A plugin folder writable by others is refused, with the reason.
os.chmod(plugin_dir, 0o777)
r = e2e.run([exe, "extract", "-c", cfg, e2e.REFERENCE])
c.check(r.returncode == 5 and "writable" in r.stderr, f"world-writable plugin folder: {r.returncode} {r.stderr!r}")
os.chmod(plugin_dir, 0o755)
c.done()
