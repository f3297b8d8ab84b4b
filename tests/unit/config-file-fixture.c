/* See config-file-fixture.h. */
#include "config-file-fixture.h"

#include <glib/gstdio.h>

void fixture_set_up(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;

        f->dir = g_dir_make_tmp("dossier-test-XXXXXX", &error);
        g_assert_no_error(error);
        f->path = g_build_filename(f->dir, data, NULL);
        f->warnings = g_ptr_array_new_with_free_func(g_free);
}

void fixture_tear_down(Fixture *f, const void *data)
{
        (void) g_unlink(f->path);
        (void) g_rmdir(f->dir);
        g_free(f->path);
        g_free(f->dir);
        g_ptr_array_unref(f->warnings);
}

void fixture_write(Fixture *f, const char *text)
{
        g_autoptr(GError) error = NULL;

        g_ptr_array_set_size(f->warnings, 0);
        g_file_set_contents(f->path, text, -1, &error);
        g_assert_no_error(error);
}

void fixture_collect_warning(void *user_data, const char *message)
{
        g_ptr_array_add(user_data, g_strdup(message));
}
