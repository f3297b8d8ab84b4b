"""The plugin ABI holds together (STYLE.md section 1 and section 7: "The descriptor and API
table only grew, at the end, each addition tagged ABI 1.n"):

- DossierApi and DossierPluginInfo start with the layout frozen in sdk-abi-1.txt:
  nothing removed, reordered or retyped; DossierPluginInfo grows only by taking
  reserved slots, DossierApi only at the end, under a `/* ABI 1.n */` comment with
  0 < n <= DOSSIER_ABI_MINOR, in order.
- Every table member has its `#define dossier_NAME dossier_api_->NAME` in plugin.h, in
  table order, and every macro names a member: a typo in an unused macro would
  otherwise only show when a plugin first calls it.
- The functions the SDK headers declare are exactly the table's (what a plugin can call),
  each named dossier_<object>_<verb> with a verb from STYLE.md's set (section 2).
- src/host/api-table.c sets every member to the host function of the same name, in
  order (test-api-table then checks at run time that no slot is NULL).

When the ABI changes on purpose (a new major version), rewrite sdk-abi-1.txt."""
import glob
import os
import re
import c_source
import e2e

c = e2e.Checks("sdk-api")
INCLUDE = os.path.join(e2e.SOURCE_DIR, "include", "dossier")
HEADER_FIELDS = ["size", "abi_major", "abi_minor"]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def strip_param_name(param):
    """`DossierHost*host` -> `DossierHost*`, `uint32_t level` -> `uint32_t`: parameter
    names are no part of the ABI. `uint32_t`, `double[3]` and `...` stay as they are."""
    m = re.match(r"^(.*[*\s])([a-z_]\w*)(\[\d*\])?$", param)
    if m is None or m.group(1).strip() in ("const", "struct", "unsigned", "signed"):
        return param
    return (m.group(1) + (m.group(3) or "")).strip()


def normalize(decl):
    """One declaration as one line, no spaces around punctuation, no parameter names."""
    flat = " ".join(decl.replace("\n", " ").split())
    flat = re.sub(r"\s*([(),*\[\];])\s*", r"\1", flat)
    return re.sub(r"(\(\*\w+\))\(([^()]*)\)",
                  lambda m: m.group(1) + "(" + ",".join(strip_param_name(p) for p in m.group(2).split(",")) + ")",
                  flat)


def members(text, struct):
    """[(name, normalized declaration, ABI tag or None)] of a struct, in order."""
    body = c_source.struct_body(text, struct)
    if body is None:
        return []
    found = []
    code = c_source.blank_comments_and_strings(body, keep_strings=True)
    tags = {cm.first: re.search(r"ABI (\d+)\.(\d+)", cm.text) for cm in c_source.comments(body)}
    for decl in c_source.declarations(code):
        for line in range(decl.first, 0, -1):
            if tags.get(line):
                tag = (int(tags[line].group(1)), int(tags[line].group(2)))
                break
        else:
            tag = None
        m = re.search(r"\(\*(\w+)\)\s*\(", decl.flat) or re.search(r"(\w+)\s*(\[\d+\])?\s*;$", decl.flat)
        found.append((m.group(1), normalize(decl.flat), tag))
    return found


def frozen():
    spec = {"DossierApi": [], "DossierPluginInfo": []}
    for line in read(os.path.join(os.path.dirname(__file__), "sdk-abi-1.txt")).splitlines():
        if line.strip() and not line.startswith("#"):
            struct, decl = line.split(" ", 1)
            spec[struct].append(decl)
    return spec


def check_layout(plugin_h, abi_minor):
    spec = frozen()
    info = members(plugin_h, "DossierPluginInfo")
    want = spec["DossierPluginInfo"]
    got = [d for _, d, _ in info]
    c.check(len(info) > 0, "DossierPluginInfo not found in plugin.h")
    c.check(got[:len(want) - 1] == want[:-1],
            f"DossierPluginInfo's frozen fields changed:\n  want {want[:-1]}\n  got  {got[:len(want) - 1]}")
    reserved = re.match(r"void\*reserved\[(\d+)\];", got[-1] if got else "")
    n_new = len(got) - len(want)
    c.check(reserved is not None and int(reserved.group(1)) + n_new == 8,
            f"DossierPluginInfo must end with void *reserved[8 - new fields], got {got[-1:]} after {n_new} new fields")

    api = members(plugin_h, "DossierApi")
    want = spec["DossierApi"]
    got = [d for _, d, _ in api]
    c.check(len(api) > 0, "DossierApi not found in plugin.h")
    for i, (w, g) in enumerate(zip(want, got)):
        c.check(w == g, f"DossierApi member {i} changed: want '{w}', got '{g}'")
    c.check(len(got) >= len(want), f"DossierApi lost members: {want[len(got):]}")
    last = (1, 0)
    for i, (name, decl, tag) in enumerate(api):
        if name in HEADER_FIELDS:
            continue
        if not c.check(tag is not None, f"DossierApi.{name}: not under an `/* ABI 1.n */` comment"):
            continue
        c.check(tag >= last, f"DossierApi.{name}: tagged ABI {tag[0]}.{tag[1]} after {last[0]}.{last[1]}")
        c.check(tag[0] == 1 and tag[1] <= abi_minor,
                f"DossierApi.{name}: tagged ABI {tag[0]}.{tag[1]}, but DOSSIER_ABI_MINOR is {abi_minor}")
        if i >= len(want):
            c.check(tag[1] >= 1, f"DossierApi.{name}: added after 1.0 was frozen but tagged ABI 1.0")
        last = max(last, tag)
    return [name for name, _, _ in api if name not in HEADER_FIELDS]


def check_macros(plugin_h, table):
    macros = re.findall(r"^#define (dossier_\w+) dossier_api_->(\w+)\s*$", plugin_h, re.M)
    for macro, member in macros:
        c.check(member in table, f"plugin.h: #define {macro} names no DossierApi member '{member}'")
        c.check(macro == "dossier_" + member, f"plugin.h: #define {macro} maps to '{member}', not its namesake")
    c.check([m for _, m in macros] == table,
            "plugin.h: the macros are not one per DossierApi member in table order: "
            f"missing {sorted(set(table) - {m for _, m in macros})}")


def check_declared(table):
    declared = set()
    for path in glob.glob(os.path.join(INCLUDE, "*.h")):
        declared |= {d.function for d in c_source.declarations(read(path)) if d.function}
    want = {"dossier_" + m for m in table}
    c.check(declared == want, "the SDK headers declare functions the table lacks "
            f"{sorted(declared - want)} or the table has members no header declares {sorted(want - declared)}")


OBJECTS = "host|settings|doc|article|actor|time|event|quote|annotation|page|error"
VERBS = "new|free|ref|unref|get|set|add|find|foreach|is|has|to_string|from_string"
# ABI 1.0 names outside the verb set, frozen with it; a new function takes a verb above.
NAMED_BEFORE_THE_RULE = {
    "dossier_host_log", "dossier_doc_dup_text", "dossier_error_quark", "dossier_page_break",
    "dossier_page_begin_table", "dossier_page_end_table", "dossier_page_begin_figure",
    "dossier_page_end_figure", "dossier_page_fail",
}


def check_names(table):
    """STYLE.md section 2: dossier_<object>_<verb>, verbs from one set so names can be guessed."""
    pattern = re.compile(rf"^dossier_({OBJECTS})(_type)?_({VERBS})(_[a-z0-9_]+)?$")
    for member in table:
        name = "dossier_" + member
        c.check(pattern.match(name) or name in NAMED_BEFORE_THE_RULE,
                f"{name}: not dossier_<object>_<verb> with a verb from {VERBS.replace('|', ', ')}")


def check_api_table(table):
    path = os.path.join(e2e.SOURCE_DIR, "src", "host", "api-table.c")
    inits = re.findall(r"^\s*\.(\w+)\s*=\s*([^,\n]+),", c_source.blank_comments_and_strings(read(path), True), re.M)
    got = [(k, v) for k, v in inits if k not in HEADER_FIELDS]
    want = [(m, "dossier_" + m) for m in table]
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    c.check(not missing, f"api-table.c does not set {missing}: a plugin calling it would crash")
    c.check(not extra, f"api-table.c sets what the table lacks or to another function: {extra}")
    c.check(not missing and not extra and got == want, "api-table.c does not follow the table's order")
    c.check({k for k, _ in inits} >= set(HEADER_FIELDS), f"api-table.c does not set {HEADER_FIELDS}")


def check_self():
    n = normalize("void (*host_log)(DossierHost *host, uint32_t level, const char *format, ...);")
    c.check(n == "void(*host_log)(DossierHost*,uint32_t,const char*,...);", f"normalize self-check: {n}")
    n = normalize("void (*page_get_color)(const DossierPage *, uint32_t, double[3]);")
    c.check(n == "void(*page_get_color)(const DossierPage*,uint32_t,double[3]);", f"normalize self-check: {n}")


check_self()
plugin_h = read(os.path.join(INCLUDE, "plugin.h"))
minor = re.search(r"#define DOSSIER_ABI_MINOR (\d+)", plugin_h)
c.check(minor is not None, "plugin.h: no DOSSIER_ABI_MINOR")
table = check_layout(plugin_h, int(minor.group(1)) if minor else 0)
c.check(len(table) >= 95, f"DossierApi has only {len(table)} functions: is the parser broken?")
check_macros(plugin_h, table)
check_declared(table)
check_names(table)
check_api_table(table)
c.done()
