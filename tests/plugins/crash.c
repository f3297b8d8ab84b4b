/* Crashes in extract(), as a buggy plugin would: for the pipeline and batch tests
 * (one job's crash must not take the others down). */
#include <signal.h>

#include <dossier/plugin.h>

static bool crash_extract(void *state, DossierDoc *doc, GError **error)
{
        raise(SIGSEGV);
        return false;
}

DOSSIER_PLUGIN_DEFINE("crash",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "1.0",
        .license = "MIT",
        .description = "test plugin: extract() raises SIGSEGV",
        .extract = crash_extract)
