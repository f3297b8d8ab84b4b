"""Only src/cli prints (STYLE.md section 4 "Library code doesn't print"; section 7): stdout
carries `dossier extract`'s JSON and a library message printed where it happens would be
printed again, or never, by the code that handles the error. Everything under src/ but
src/cli, and every plugin (examples/ too), must return errors or use the host's log instead.

Reads the C sources with comments and string literals blanked out, so that a comment
about a child's stderr or a message that says "stdout" is no use."""
import glob
import os
import re
import c_source
import e2e

c = e2e.Checks("no-print")

PRINTING = re.compile(r"\b(printf|vprintf|fprintf|vfprintf|dprintf|puts|putchar|fputs|fputc|perror"
                      r"|g_print|g_printerr|g_message|g_warning|g_info|g_log"
                      r"|stdout|stderr|STDOUT_FILENO|STDERR_FILENO)\b")


def sources():
    root = e2e.SOURCE_DIR
    files = glob.glob(os.path.join(root, "src", "**", "*.[ch]"), recursive=True)
    files += glob.glob(os.path.join(root, "plugins", "**", "*.[ch]"), recursive=True)
    files += glob.glob(os.path.join(root, "examples", "**", "*.[ch]"), recursive=True)
    cli = os.path.join(root, "src", "cli") + os.sep
    return sorted(f for f in files if not f.startswith(cli))


def check_self():
    """The scanner itself: it must see a call and must not see one in a comment or string."""
    code = c_source.blank_comments_and_strings('/* printf */ x = "stderr"; // puts\nfprintf(stderr, "%s", \'"\');')
    found = [m.group(1) for m in PRINTING.finditer(code)]
    c.check(found == ["fprintf", "stderr"], f"scanner self-check: found {found}")


check_self()
files = sources()
c.check(len(files) > 50, f"found only {len(files)} source files under {e2e.SOURCE_DIR}")
for path in files:
    with open(path, encoding="utf-8") as f:
        code = c_source.blank_comments_and_strings(f.read())
    for lineno, line in enumerate(code.splitlines(), 1):
        for m in PRINTING.finditer(line):
            rel = os.path.relpath(path, e2e.SOURCE_DIR)
            c.check(False, f"{rel}:{lineno}: '{m.group(1)}' outside src/cli: return a GError or use "
                           "the host's log")
c.done()
