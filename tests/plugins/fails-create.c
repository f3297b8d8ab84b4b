/* create() fails after allocating: it must free its own state, and the host must
 * not call destroy() for it. */
#include <dossier/plugin.h>

static bool fails_create_create(DossierHost *host, const DossierSettings *settings,
                                void **ret_state, GError **error)
{
        g_autofree char *partial = g_strdup("half-built state");

        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                    "cannot start: the test says no");
        return false;
}

static bool fails_create_extract(void *state, DossierDoc *doc, GError **error)
{
        return true;
}

static void fails_create_destroy(void *state)
{
        /* Never reached: a host that calls this after a failed create() is wrong. */
        g_error("destroy() called after a failed create()");
}

DOSSIER_PLUGIN_DEFINE("fails-create",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "1.0",
        .license = "MIT",
        .create = fails_create_create,
        .extract = fails_create_extract,
        .destroy = fails_create_destroy)
