/* What the alias tests share (see alias-fixture.h).
 * SPDX-License-Identifier: MIT */
#include "alias-fixture.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

Gazetteer *alias_fixture_gazetteer(const AliasFixtureList *lists, size_t n_lists)
{
        g_autofree char *path = NULL;
        int fd = g_file_open_tmp("dossier-alias-XXXXXX", &path, NULL);
        g_assert_cmpint(fd, >=, 0);
        close(fd);
        Gazetteer *gz = gazetteer_new();
        for (size_t i = 0; i < n_lists; i++) {
                g_assert_true(g_file_set_contents(path, lists[i].lines, -1, NULL));
                g_assert_true(gazetteer_load_file(gz, path, lists[i].list, NULL));
        }
        (void) g_unlink(path);
        return gz;
}

const Actor *alias_fixture_find(GPtrArray *actors, const char *name)
{
        for (guint i = 0; i < actors->len; i++) {
                const Actor *a = g_ptr_array_index(actors, i);
                if (strcmp(a->name, name) == 0)
                        return a;
        }
        return NULL;
}
