/* Says it is an extractor but has no extract(): refused at load time. */
#include <dossier/plugin.h>

DOSSIER_PLUGIN_DEFINE("no-callback",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "1.0",
        .license = "MIT")
