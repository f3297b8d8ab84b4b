"""Every function of the public SDK (include/dossier/*.h) has a doc comment in its header,
and the header alone says who frees what (STYLE.md sections 3, 5 and 7): a plugin author
reads only these files.

- A function's doc is the /** */ comment right above it, or the doc at the head of its
  group (declarations with no blank line between them) when that doc names it.
- A gtk-doc block that starts with `NAME:` documents NAME and no other function.
- A function returning a pointer, or with a pointer-to-pointer out parameter other than
  the GError, says `(transfer none)` or `(transfer full)`.
- A function that takes a GError says when it fails, in its doc or the file's opening
  comment; `Since:` is in its doc or, for the ABI 1.0 functions (sdk-abi-1.txt), in the
  file's opening comment.
- Every public type has a doc block (`TypeName:`); for structs and function types it
  says who owns the thing or how long it stays valid."""
import glob
import os
import re
import c_source
import e2e

c = e2e.Checks("sdk-docs")
OWNERSHIP = re.compile(r"\b(own|owns|owned|belongs?|lent|valid|free|frees|freed|copy|plain value|constant|static)\b", re.I)


def doc_for(decl, decls, comments_by_last):
    """The doc comment that covers decl, and whether it is decl's own."""
    own = comments_by_last.get(decl.first - 1)
    if own is not None and own.is_doc:
        return own, True
    prev = {d.last: d for d in decls}
    head = decl
    while head.first - 1 in prev:
        head = prev[head.first - 1]
        doc = comments_by_last.get(head.first - 1)
        if doc is not None and doc.is_doc:
            return doc, False
    return None, False


def gtkdoc_name(comment):
    m = re.match(r"/\*\*\s*\n\s*\*\s*([\w]+):", comment.text)
    return m.group(1) if m else None


def frozen_functions():
    """The functions of ABI 1.0 (sdk-abi-1.txt): the headers' `Since: 0.1` covers them; a
    later function says its own Since: in its doc."""
    names = set()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sdk-abi-1.txt")) as f:
        for line in f:
            m = re.match(r"^DossierApi .*\(\*(\w+)\)", line)
            if m:
                names.add("dossier_" + m.group(1))
    return names


FROZEN = frozen_functions()


def check_function(path, decl, doc, own, preamble):
    where = f"{os.path.basename(path)}:{decl.first}: {decl.function}()"
    if not c.check(doc is not None and (own or decl.function in doc.text),
                   f"{where}: no doc comment (right above it, or naming it at the head of its group)"):
        return
    named = gtkdoc_name(doc)
    if own:
        c.check(named in (None, decl.function), f"{where}: its doc block is headed '{named}:'")
    if "*" in decl.return_type() or any("**" in p and "GError" not in p for p in decl.params()):
        c.check("(transfer " in doc.text, f"{where}: returns or hands out a pointer; say (transfer none|full)")
    if any("GError" in p for p in decl.params()):
        c.check(re.search(r"\bfalse\b|\bfails?\b", doc.text + preamble) is not None,
                f"{where}: takes a GError but its doc does not say when it fails")
    if decl.function in FROZEN:
        c.check("Since:" in doc.text or "Since:" in preamble, f"{where}: no Since: in its doc or the file's opening comment")
    else:
        c.check(own and "Since:" in doc.text, f"{where}: added after ABI 1.0, so its own doc needs a Since:")


def public_types(text):
    """Name -> whether its doc must state ownership (enums are plain numbers)."""
    types = {n: True for n in re.findall(r"typedef struct (\w+) \1;", text)}
    types.update({n: True for n in re.findall(r"typedef struct (\w+) \{", text)})
    types.update({n: False for n in re.findall(r"typedef enum \{[^}]*\} (\w+);", text)})
    types.update({n: True for n in re.findall(r"typedef [^;()]*\(\*(\w+)\)\(", text)})
    return {n: owned for n, owned in types.items() if n.startswith("Dossier")}


def check_types(path, text, all_comments):
    for name, owned in sorted(public_types(text).items()):
        blocks = [cm for cm in all_comments if cm.is_doc and re.search(r"^\s*\*?\s*" + name + r":", cm.text, re.M)]
        where = f"{os.path.basename(path)}: type {name}"
        if c.check(blocks, f"{where}: no doc block headed '{name}:'") and owned:
            c.check(OWNERSHIP.search(blocks[0].text) is not None,
                    f"{where}: its doc does not say who owns it or how long it is valid")


headers = sorted(glob.glob(os.path.join(e2e.SOURCE_DIR, "include", "dossier", "*.h")))
c.check(len(headers) >= 5, f"SDK headers: {headers}")
n_functions = 0
for path in headers:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    all_comments = c_source.comments(text)
    preamble = all_comments[0].text if all_comments and all_comments[0].first == 1 else ""
    by_last = {cm.last: cm for cm in all_comments}
    decls = c_source.declarations(text)
    for decl in decls:
        if decl.function:
            n_functions += 1
            doc, own = doc_for(decl, decls, by_last)
            check_function(path, decl, doc, own, preamble)
    check_types(path, text, all_comments)
c.check(n_functions >= 90, f"found only {n_functions} SDK functions: is the header parser broken?")
c.done()
