/* What a DossierHost handle holds: one per plugin instance, so that
 * dossier_host_log() knows whose message it carries. */
#pragma once

#include "host/plugin-loader.h"

G_BEGIN_DECLS

struct DossierHost {
        const DossierHostContext *ctx; /* nullable: messages are dropped, no data folders */
        const char *plugin_name;       /* borrowed from the plugin's descriptor */
};

G_END_DECLS
