/* A shared object that exports something, but not dossier_plugin_entry. */
#include <dossier/plugin.h>

DOSSIER_PLUGIN_EXPORT int dossier_not_a_plugin(void);
DOSSIER_PLUGIN_EXPORT int dossier_not_a_plugin(void)
{
        return 42;
}
