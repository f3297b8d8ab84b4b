/* The manifest is what an operator reads after a night's batch: one JSON file,
 * replaced atomically so a reader never sees half of it. */
#include "pipeline/manifest.h"

#include <errno.h>

#include <json-glib/json-glib.h>

#include <dossier/error.h>

#include "dossier-build-config.h"

static void add_strv(JsonBuilder *builder, const char *member, char **values)
{
        json_builder_set_member_name(builder, member);
        json_builder_begin_array(builder);
        for (size_t i = 0; values && values[i]; i++)
                json_builder_add_string_value(builder, values[i]);
        json_builder_end_array(builder);
}

static void add_nullable_string(JsonBuilder *builder, const char *member, const char *value)
{
        json_builder_set_member_name(builder, member);
        if (value)
                json_builder_add_string_value(builder, value);
        else
                json_builder_add_null_value(builder);
}

static void add_job(JsonBuilder *builder, const DossierJobResult *result)
{
        json_builder_begin_object(builder);
        json_builder_set_member_name(builder, "name");
        json_builder_add_string_value(builder, result->job->name);
        json_builder_set_member_name(builder, "status");
        json_builder_add_string_value(builder, result->ok ? "ok" : "failed");
        add_strv(builder, "inputs", result->inputs);
        /* A failed job names no output: nothing was written under that name. */
        add_nullable_string(builder, "output", result->ok ? result->output : NULL);
        json_builder_set_member_name(builder, "pages");
        json_builder_add_int_value(builder, result->ok ? result->pages : 0);
        json_builder_set_member_name(builder, "duration_seconds");
        json_builder_add_double_value(builder, (double) (gint64) (result->seconds * 1000) / 1000);
        add_nullable_string(builder, "error", result->error);
        add_strv(builder, "warnings", result->warnings);
        json_builder_end_object(builder);
}

static void add_time(JsonBuilder *builder, const char *member, GDateTime *time)
{
        g_autofree char *text = g_date_time_format_iso8601(time);

        json_builder_set_member_name(builder, member);
        json_builder_add_string_value(builder, text);
}

bool dossier_manifest_write(const char *path, const DossierJobsFile *jobs, GPtrArray *results,
                            GDateTime *started, GDateTime *finished, GError **error)
{
        g_autoptr(JsonBuilder) builder = json_builder_new();
        g_autoptr(JsonGenerator) generator = json_generator_new();
        g_autoptr(JsonNode) root = NULL;
        g_autofree char *text = NULL;
        g_autofree char *dir = g_path_get_dirname(path);
        size_t n_ok = 0;

        for (guint i = 0; i < results->len; i++)
                n_ok += ((DossierJobResult *) g_ptr_array_index(results, i))->ok;

        json_builder_begin_object(builder);
        json_builder_set_member_name(builder, "dossier");
        json_builder_add_string_value(builder, DOSSIER_VERSION);
        json_builder_set_member_name(builder, "jobs_file");
        json_builder_add_string_value(builder, jobs->path);
        add_time(builder, "started", started);
        add_time(builder, "finished", finished);
        json_builder_set_member_name(builder, "ok");
        json_builder_add_int_value(builder, (gint64) n_ok);
        json_builder_set_member_name(builder, "failed");
        json_builder_add_int_value(builder, (gint64) (results->len - n_ok));
        json_builder_set_member_name(builder, "jobs");
        json_builder_begin_array(builder);
        for (guint i = 0; i < results->len; i++)
                add_job(builder, g_ptr_array_index(results, i));
        json_builder_end_array(builder);
        json_builder_end_object(builder);

        root = json_builder_get_root(builder);
        json_generator_set_root(generator, root);
        json_generator_set_pretty(generator, TRUE);
        text = json_generator_to_data(generator, NULL);

        if (g_mkdir_with_parents(dir, 0755) != 0 ||
            !g_file_set_contents_full(path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                      error)) {
                if (error && !*error)
                        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                                    "%s: cannot create its folder: %s", path, g_strerror(errno));
                else
                        g_prefix_error(error, "manifest: ");
                return false;
        }
        return true;
}
