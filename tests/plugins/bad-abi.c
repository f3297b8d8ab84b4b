/* Built for a future plugin ABI 2.0: the loader must refuse it, naming both sides.
 * Written by hand because DOSSIER_PLUGIN_DEFINE always fills in the current ABI. */
#include <dossier/plugin.h>

static bool bad_abi_extract(void *state, DossierDoc *doc, GError **error)
{
        return true;
}

static const DossierPluginInfo bad_abi_info = {
        .abi_major = 2,
        .abi_minor = 0,
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .name = "bad-abi",
        .version = "1.0",
        .license = "MIT",
        .extract = bad_abi_extract,
};

DOSSIER_PLUGIN_EXPORT const DossierPluginInfo *dossier_plugin_entry(const DossierApi *api);
DOSSIER_PLUGIN_EXPORT const DossierPluginInfo *dossier_plugin_entry(const DossierApi *api)
{
        return &bad_abi_info;
}
