/* A fixture for tests that load libconfig files (configs, jobs files): a private
 * temporary folder with one file in it, and a sink that collects warnings. */
#pragma once

#include <glib.h>

typedef struct Fixture {
        char *dir;
        char *path;
        GPtrArray *warnings; /* char *, what the loader warned about */
} Fixture;

/* g_test_add() set-up and tear-down; @data is the file's name ("briefing.cfg"). */
void fixture_set_up(Fixture *f, const void *data);
void fixture_tear_down(Fixture *f, const void *data);
/* Replaces the file's text and forgets earlier warnings. */
void fixture_write(Fixture *f, const char *text);
/* A DossierWarnFunc that appends to the GPtrArray in @user_data. */
void fixture_collect_warning(void *user_data, const char *message);
