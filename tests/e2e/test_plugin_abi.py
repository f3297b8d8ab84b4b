"""Every built-in plugin exports one function, dossier_plugin_entry, reaches the host only
through the API table, and keeps no writable global but the SDK's dossier_api_ pointer
(STYLE.md section 7: "A plugin includes only <dossier/plugin.h>, exports one symbol, has
no mutable global"; one process runs a plugin for many jobs, so a global would leak state
from one briefing into the next). Its sources include no dossier header but plugin.h and
no host header: the SDK is the whole contract.

Works on the linked .so, so static locals (name.N), G_DEFINE_QUARK caches and globals
that a static library brings in are all seen."""
import glob
import os
import re
import e2e

c = e2e.Checks("plugin-abi")
e2e.need_tools("nm", "readelf")
e2e.dossier()

# Written by the C runtime's crtstuff into every shared object, not by plugin code.
RUNTIME_OBJECTS = {"completed.0", "__dso_handle", "__TMC_END__", "_GLOBAL_OFFSET_TABLE_", "_DYNAMIC"}
ALLOWED_WRITABLE = {"dossier_api_"}  # DOSSIER_PLUGIN_DEFINE's table pointer


def exported(so):
    r = e2e.run(["nm", "-D", "--defined-only", so])
    return [tuple(line.split()[1:3]) for line in r.stdout.splitlines() if len(line.split()) >= 3]


def dossier_imports(so):
    r = e2e.run(["nm", "-D", "--undefined-only", so])
    return [line.split()[-1] for line in r.stdout.splitlines() if "dossier" in line.lower()]


def writable_sections(so):
    """Section index -> name, for sections written at run time. .data.rel.ro and the
    other RELRO sections are writable only while the loader relocates them: const
    tables of pointers live there and are fine."""
    out = e2e.run(["readelf", "-SW", so]).stdout
    relro = relro_range(so)
    found = {}
    for m in re.finditer(r"^\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+[0-9a-f]+\s+\S+\s+(\S*)",
                         out, re.M):
        index, name, addr, flags = int(m.group(1)), m.group(2), int(m.group(3), 16), m.group(4)
        if "W" not in flags or (relro and relro[0] <= addr < relro[1]):
            continue
        found[index] = name
    return found


def relro_range(so):
    out = e2e.run(["readelf", "-lW", so]).stdout
    for line in out.splitlines():
        f = line.split()
        if f[:1] == ["GNU_RELRO"]:
            start = int(f[2], 16)
            return (start, start + int(f[5], 16))
    return None


def writable_objects(so):
    sections = writable_sections(so)
    out = e2e.run(["readelf", "-sW", so]).stdout
    names = []
    in_symtab = False
    for line in out.splitlines():
        if line.startswith("Symbol table"):
            in_symtab = "'.symtab'" in line
            continue
        f = line.split()
        if not in_symtab or len(f) < 8 or f[3] not in ("OBJECT", "TLS", "NOTYPE"):
            continue
        if f[6].isdigit() and int(f[6]) in sections:
            names.append((f[7], sections[int(f[6])]))
    return names


def is_runtime(name):
    # Compiler and sanitizer bookkeeping (crtstuff, ASan's ___asan_gen_, UBSan data).
    return name in RUNTIME_OBJECTS or name.startswith("__") or name.startswith(".L")


def check_includes():
    root = e2e.SOURCE_DIR
    sources = glob.glob(os.path.join(root, "plugins", "**", "*.[ch]"), recursive=True)
    sources += glob.glob(os.path.join(root, "examples", "**", "*.[ch]"), recursive=True)
    c.check(len(sources) > 20, f"found only {len(sources)} plugin sources under {root}")
    for path in sorted(sources):
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                m = re.match(r'\s*#\s*include\s*([<"])([^>"]+)[>"]', line)
                if not m:
                    continue
                kind, name = m.groups()
                if kind == "<":
                    c.check(not name.startswith("dossier/") or name == "dossier/plugin.h",
                            f"{rel}:{lineno}: includes <{name}>; a plugin includes only <dossier/plugin.h>")
                else:
                    own = os.path.exists(os.path.join(os.path.dirname(path), name))
                    common = name.startswith("common/") and os.path.exists(os.path.join(root, "plugins", name))
                    c.check(own or common, f'{rel}:{lineno}: includes "{name}", which is neither its own '
                                           "header nor plugins/common's")


check_includes()
plugins = sorted(glob.glob(os.path.join(e2e.BUILD_DIR, "plugins", "*", "dossier-*.so")))
c.check(len(plugins) >= 11, f"expected the 11 built-in plugins under {e2e.BUILD_DIR}/plugins, found {len(plugins)}")
for so in plugins:
    name = os.path.basename(so)
    syms = exported(so)
    c.check(syms == [("T", "dossier_plugin_entry")],
            f"{name}: exports {syms}, want only the function dossier_plugin_entry")
    imports = dossier_imports(so)
    c.check(not imports, f"{name}: imports {imports}: a plugin reaches the host only through dossier_api_")
    has_symtab = "'.symtab'" in e2e.run(["readelf", "-sW", so]).stdout
    if not c.check(has_symtab, f"{name}: stripped, cannot list its static data"):
        continue
    objects = writable_objects(so)
    c.check(any(n == "dossier_api_" for n, _ in objects), f"{name}: no dossier_api_ in writable data: {objects}")
    bad = [f"{n} ({sec})" for n, sec in objects if n not in ALLOWED_WRITABLE and not is_runtime(n)]
    c.check(not bad, f"{name}: writable globals or static locals {bad}; keep state in create()'s state "
                     "(a name.N is a function's static local; q.N often a G_DEFINE_QUARK cache)")
c.done()
