/* Lives in dossier-wrong-name.so but calls itself "right-name": refused. */
#include <dossier/plugin.h>

static bool wrong_name_extract(void *state, DossierDoc *doc, GError **error)
{
        return true;
}

DOSSIER_PLUGIN_DEFINE("right-name",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "1.0",
        .license = "MIT",
        .extract = wrong_name_extract)
