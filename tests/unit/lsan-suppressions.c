/* LeakSanitizer suppressions for the layout tests, compiled into each of them.
 *
 * Fontconfig keeps the patterns and font sets it hands Pango in caches that live
 * as long as the process, and Pango 1.50 matches fonts on its own worker thread,
 * so neither can be torn down reliably at exit (FcFini() and
 * cairo_debug_reset_static_data() race with that thread and abort now and then).
 * Only memory that fontconfig itself allocated is ignored: a leaked layout, font
 * or surface of ours is still reported, from GObject or cairo. */
const char *__lsan_default_suppressions(void);

const char *__lsan_default_suppressions(void) {
        return "leak:libfontconfig.so\n";
}
