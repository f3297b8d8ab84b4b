/* What the alias tests share: a gazetteer built from a few lines of text, and
 * the actor of a name. Shared by test-actors-alias.c and test-actors-products.c. */
#pragma once

#include <stddef.h>

#include <glib.h>

#include "../../plugins/actors/alias.h"
#include "../../plugins/actors/gazetteer.h"

/* One list of a gazetteer, written as its file would be. */
typedef struct AliasFixtureList {
        GzList list;
        const char *lines;
} AliasFixtureList;

/* A gazetteer holding @lists, loaded through gazetteer_load_file() as the plugin
 * loads its data files; fails the test on error.
 * Returns: (transfer full): free with gazetteer_free(). */
Gazetteer *alias_fixture_gazetteer(const AliasFixtureList *lists, size_t n_lists);

/* Returns: (transfer none) (nullable): the actor of @actors named @name. */
const Actor *alias_fixture_find(GPtrArray *actors, const char *name);
