"""Just enough C reading for the source checks (test_no_print, test_sdk_docs, test_sdk_api):
comments and string literals blanked out, and the top-level declarations of a header with
the comments that stand before them. Not a C parser: it knows the shape of our headers."""
import re


def blank_comments_and_strings(text, keep_strings=False):
    """The code with every comment (and string and character literal, unless
    keep_strings) replaced by spaces; newlines stay, so line numbers still match."""
    out = []
    i, n = 0, len(text)
    while i < n:
        two = text[i:i + 2]
        if two == "/*":
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif two == "//":
            end = text.find("\n", i)
            end = n if end < 0 else end
        elif text[i] in "\"'":
            end = i + 1
            while end < n and text[end] != text[i] and text[end] != "\n":
                end += 2 if text[end] == "\\" else 1
            end = min(end + 1, n)
            if keep_strings:
                out.append(text[i:end])
                i = end
                continue
        else:
            out.append(text[i])
            i += 1
            continue
        out.append("".join(ch if ch == "\n" else " " for ch in text[i:end]))
        i = end
    return "".join(out)


class Comment:
    def __init__(self, text, first, last):
        self.text, self.first, self.last = text, first, last  # 1-based lines
        self.is_doc = text.startswith("/**") and not text.startswith("/***")


class Declaration:
    """A top-level statement: its text (comments blanked), first and last line."""

    def __init__(self, text, first, last):
        self.text, self.first, self.last = text, first, last
        flat = " ".join(text.split())
        self.flat = flat
        m = re.match(r"^(?!typedef\b)[\w\s\*]*?\b(dossier_\w+)\s*\(", flat)
        self.function = m.group(1) if m else None

    def params(self):
        start = self.flat.index("(") + 1
        depth, end = 1, start
        while depth and end < len(self.flat):
            depth += {"(": 1, ")": -1}.get(self.flat[end], 0)
            end += 1
        return [p.strip() for p in self.flat[start:end - 1].split(",")]

    def return_type(self):
        return self.flat[:self.flat.index(self.function)].strip()


def comments(text):
    found = []
    for m in re.finditer(r"/\*.*?\*/", blank_strings_only(text), re.S):
        first = text.count("\n", 0, m.start()) + 1
        found.append(Comment(text[m.start():m.end()], first, first + m.group(0).count("\n")))
    return found


def blank_strings_only(text):
    """Strings blanked so that a "/*" inside one starts no comment."""
    return re.sub(r'"(\\.|[^"\\\n])*"', lambda m: " " * len(m.group(0)), text)


def declarations(text):
    """Top-level statements (ending in ';' at brace depth 0), preprocessor lines skipped."""
    code = blank_comments_and_strings(text, keep_strings=True)
    lines = code.split("\n")
    found, current, start, depth, directive = [], [], None, 0, False
    for lineno, line in enumerate(lines, 1):
        if directive or line.lstrip().startswith("#"):
            directive = line.rstrip().endswith("\\")
            continue
        if line.strip() in ("G_BEGIN_DECLS", "G_END_DECLS"):
            continue
        for ch in line:
            if start is None and not ch.isspace():
                start = lineno
            if start is not None:
                current.append(ch)
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if ch == ";" and depth == 0 and start is not None:
                found.append(Declaration("".join(current), start, lineno))
                current, start = [], None
        if start is not None:
            current.append("\n")
    return found


def struct_body(text, name):
    """The member lines of `typedef struct NAME { ... } NAME;`, comments kept."""
    m = re.search(r"typedef struct " + name + r" \{\n(.*?)\n\} " + name + ";", text, re.S)
    return m.group(1) if m else None
