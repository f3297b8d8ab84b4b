/* dossier_config_load() on any bytes. It reads only files, so each input is written
 * to fuzz.cfg in a private folder; part.cfg beside it gives `@include` something
 * to find. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "host/config.h"
#include "host/plugin-loader.h"

#define PART_CFG "report = { title = \"included\"; margins = { top = 30; }; };\n"

typedef struct {
        char *dir, *path, *part;
} Workspace;

/* The one piece of state kept across inputs: rewriting a file is cheap, making a
 * folder for every input is not. */
static Workspace workspace;

static void workspace_remove(void)
{
        (void) g_remove(workspace.path);
        (void) g_remove(workspace.part);
        (void) g_rmdir(workspace.dir);
        g_clear_pointer(&workspace.dir, g_free);
        g_clear_pointer(&workspace.path, g_free);
        g_clear_pointer(&workspace.part, g_free);
}

static const Workspace *workspace_get(void)
{
        g_autoptr(GError) error = NULL;

        if (workspace.dir != NULL)
                return &workspace;
        workspace.dir = g_dir_make_tmp("dossier-fuzz-config-XXXXXX", &error);
        FUZZ_CHECK(workspace.dir != NULL, "%s", error->message);
        workspace.path = g_build_filename(workspace.dir, "fuzz.cfg", NULL);
        workspace.part = g_build_filename(workspace.dir, "part.cfg", NULL);
        FUZZ_CHECK(g_file_set_contents(workspace.part, PART_CFG, -1, &error), "%s",
                   error->message);
        atexit(workspace_remove);
        return &workspace;
}

static void write_input(const char *path, const uint8_t *data, size_t size)
{
        FILE *f = fopen(path, "wb");

        FUZZ_CHECK(f != NULL, "cannot write %s", path);
        FUZZ_CHECK(fwrite(data, 1, size, f) == size, "cannot write %s", path);
        FUZZ_CHECK(fclose(f) == 0, "cannot write %s", path);
}

/* `@include` may name any file. Only names inside the private folder are let
 * through: `@include "/dev/stdin"` would wait for ever, which is not a bug. */
static gboolean has_include(const uint8_t *data, size_t size)
{
        return memmem(data, size, "@include", strlen("@include")) != NULL;
}

static gboolean includes_outside(const uint8_t *data, size_t size)
{
        return has_include(data, size) &&
               (memchr(data, '/', size) != NULL || memchr(data, '\\', size) != NULL);
}

typedef struct {
        const char *path;
        gboolean includes;
} Place;

/* Messages name the file that holds the setting: fuzz.cfg, or an @include'd one. */
static void check_place(const Place *place, const char *message)
{
        unsigned long line;
        const char *colon = strchr(message, ':');

        FUZZ_CHECK(g_utf8_validate(message, -1, NULL), "message not UTF-8");
        if (fuzz_message_has_line(message, place->path, &line))
                return;
        FUZZ_CHECK(place->includes && colon != NULL && colon > message, "no FILE:LINE: %s",
                   message);
        g_autofree char *file = g_strndup(message, (gsize) (colon - message));
        FUZZ_CHECK(fuzz_message_has_line(message, file, &line), "no FILE:LINE: %s", message);
}

static void check_warning(void *user_data, const char *message)
{
        check_place(user_data, message);
}

static void check_entries(const GPtrArray *entries)
{
        for (guint i = 0; i < entries->len; i++) {
                const DossierPluginConfig *e = g_ptr_array_index(entries, i);
                FUZZ_CHECK(e->plugin != NULL && dossier_plugin_name_is_valid(e->plugin),
                           "entry %u: plugin '%s'", i, e->plugin);
                FUZZ_CHECK(e->file != NULL && e->line >= 1, "entry %u: place %s:%d", i, e->file,
                           e->line);
        }
}

/* Pango and the PDF metadata take these as they are; libconfig does not check
 * the encoding of strings. */
static void check_text(const char *what, const char *value)
{
        FUZZ_CHECK(value == NULL || g_utf8_validate(value, -1, NULL), "%s is not UTF-8", what);
}

static void check_texts(const DossierConfig *c)
{
        const DossierReportStyle *st = &c->style;

        check_text("report.title", st->title);
        check_text("report.subtitle", st->subtitle);
        check_text("report.marking", st->marking);
        check_text("report.author", st->author);
        check_text("report.font.family", st->font_family);
        check_text("output.path", c->output_path);
}

/* What the pipeline relies on once a config has loaded. */
static void check_config(const DossierConfig *c)
{
        const DossierReportStyle *st = &c->style;

        FUZZ_CHECK(c->plugin_path != NULL, "plugin_path NULL");
        for (char **dir = c->plugin_path; *dir != NULL; dir++)
                FUZZ_CHECK(g_path_is_absolute(*dir), "plugin folder '%s' is relative", *dir);
        check_entries(c->extractors);
        check_entries(c->renderers);
        FUZZ_CHECK(c->max_article_bytes >= 1 &&
                           c->max_article_bytes <= DOSSIER_MAX_ARTICLE_BYTES_CEILING,
                   "max_article_bytes %" G_GUINT64_FORMAT, c->max_article_bytes);
        FUZZ_CHECK(c->default_date == NULL || strlen(c->default_date) == 10, "default_date '%s'",
                   c->default_date);
        FUZZ_CHECK(st->paper_width - st->margin_left - st->margin_right >= 144 &&
                           st->paper_height - st->margin_top - st->margin_bottom >= 144,
                   "content area too small");
        FUZZ_CHECK(st->title != NULL && st->title[0] != '\0', "no report title");
        FUZZ_CHECK(st->font_family != NULL && st->font_family[0] != '\0', "no font family");
        FUZZ_CHECK(st->font_size >= 4 && st->font_size <= 72, "font size %g", st->font_size);
        check_texts(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        if (includes_outside(data, size))
                return 0;

        const Workspace *ws = workspace_get();
        Place place = { ws->path, has_include(data, size) };
        g_autoptr(GError) error = NULL;

        write_input(ws->path, data, size);
        g_autoptr(DossierConfig) config =
                dossier_config_load(ws->path, check_warning, &place, &error);
        if (config == NULL) {
                FUZZ_CHECK(error != NULL, "failed without an error");
                FUZZ_CHECK(error->domain == DOSSIER_ERROR &&
                                   (error->code == DOSSIER_ERROR_CONFIG ||
                                    error->code == DOSSIER_ERROR_IO),
                           "error %s/%d: %s", g_quark_to_string(error->domain), error->code,
                           error->message);
                check_place(&place, error->message);
                return 0;
        }
        FUZZ_CHECK(error == NULL, "succeeded with an error");
        check_config(config);
        return 0;
}
