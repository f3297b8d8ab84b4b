"""dossier plugins lists every built-in plugin with kind, version, ABI and file."""
import os
import re
import e2e

c = e2e.Checks("plugins-list")
exe = e2e.dossier()
with open(os.path.join(e2e.SOURCE_DIR, "include", "dossier", "plugin.h"), encoding="utf-8") as f:
    header = f.read()
abi = "%s.%s" % (re.search(r"#define DOSSIER_ABI_MAJOR (\d+)", header).group(1),
                 re.search(r"#define DOSSIER_ABI_MINOR (\d+)", header).group(1))
r = e2e.run([exe, "plugins"])
c.check(r.returncode == 0, f"exit status {r.returncode}: {r.stderr}")
for name, kind in [("actors", "extractor"), ("times", "extractor"), ("quotes", "extractor"),
                   ("key-sentences", "extractor"), ("cover", "renderer"), ("summary", "renderer"),
                   ("actor-table", "renderer"), ("timeline", "renderer"), ("quote-list", "renderer"),
                   ("sources", "renderer"), ("annotations", "renderer")]:
    line = next((l for l in r.stdout.splitlines() if l.split()[:1] == [name]), "")
    c.check(kind in line and abi in line.split() and f"dossier-{name}.so" in line, f"plugin {name}: {line!r}")
c.check("failed to load" not in r.stdout, f"built-in plugins failed to load: {r.stdout}")
c.done()
