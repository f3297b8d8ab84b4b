/* Reading and checking a batch jobs file (libconfig). */
#include "pipeline/jobs-file.h"


#include <libconfig.h>

#include <dossier/error.h>

#include "host/config-precheck.h"
#include "model/iso-date.h"

#define DEFAULT_TIMEOUT_SECONDS 600

static void job_free(DossierJob *job)
{
        if (!job)
                return;
        g_free(job->name);
        g_free(job->config);
        g_strfreev(job->inputs);
        g_free(job->output_pattern);
        g_free(job->date);
        g_free(job);
}

void dossier_jobs_file_free(DossierJobsFile *jobs)
{
        if (!jobs)
                return;
        g_free(jobs->path);
        g_free(jobs->manifest_path);
        g_clear_pointer(&jobs->jobs, g_ptr_array_unref);
        g_free(jobs);
}

static bool fail_at(GError **error, const char *file, const config_setting_t *setting,
                    const char *format, ...) G_GNUC_PRINTF(4, 5);

static bool fail_at(GError **error, const char *file, const config_setting_t *setting,
                    const char *format, ...)
{
        va_list args;
        g_autofree char *message = NULL;
        unsigned line = setting ? config_setting_source_line(setting) : 0;

        va_start(args, format);
        message = g_strdup_vprintf(format, args);
        va_end(args);
        /* the root setting has no line: then the file alone is the place, not FILE:0 */
        if (line == 0)
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s: %s", file, message);
        else
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s:%u: %s", file, line,
                            message);
        return false;
}

static char *resolve(const char *dir, const char *path)
{
        return g_path_is_absolute(path) ? g_strdup(path) : g_build_filename(dir, path, NULL);
}

static bool read_string(const char *file, const config_setting_t *group, const char *key,
                        bool required, char **ret, GError **error)
{
        const config_setting_t *setting = config_setting_get_member(group, key);

        if (!setting) {
                if (required)
                        return fail_at(error, file, group, "job has no '%s'", key);
                return true;
        }
        if (config_setting_type(setting) != CONFIG_TYPE_STRING)
                return fail_at(error, file, setting, "'%s' must be a string", key);
        *ret = g_strdup(config_setting_get_string(setting));
        return true;
}

static bool read_inputs(const char *file, const char *dir, const config_setting_t *group,
                        DossierJob *job, GError **error)
{
        const config_setting_t *inputs = config_setting_get_member(group, "inputs");
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new();
        int n;

        if (!inputs)
                return fail_at(error, file, group, "job '%s' has no 'inputs'", job->name);
        if (config_setting_type(inputs) == CONFIG_TYPE_STRING) {
                g_autofree char *path = resolve(dir, config_setting_get_string(inputs));
                g_strv_builder_add(builder, path);
        } else if (config_setting_is_aggregate(inputs)) {
                n = config_setting_length(inputs);
                for (int i = 0; i < n; i++) {
                        const config_setting_t *item = config_setting_get_elem(inputs, i);
                        if (config_setting_type(item) != CONFIG_TYPE_STRING)
                                return fail_at(error, file, item,
                                               "'inputs' must be a list of strings");
                        g_autofree char *path = resolve(dir, config_setting_get_string(item));
                        g_strv_builder_add(builder, path);
                }
        } else {
                return fail_at(error, file, inputs, "'inputs' must be a list of strings");
        }
        job->inputs = g_strv_builder_end(builder);
        if (!job->inputs[0])
                return fail_at(error, file, inputs, "job '%s' has an empty 'inputs' list",
                               job->name);
        return true;
}

static bool check_date(const char *file, const config_setting_t *group, const char *date,
                       GError **error)
{
        if (!dossier_iso_date_is_valid(date))
                return fail_at(error, file, config_setting_get_member(group, "date"),
                               "'date' must be a date as YYYY-MM-DD, not '%s'", date);
        return true;
}

static void warn_unknown_keys(const char *file, const config_setting_t *group,
                              const char *const *known, const char *where, DossierWarnFunc warn,
                              void *warn_data)
{
        int n = config_setting_length(group);

        if (!warn)
                return;
        for (int i = 0; i < n; i++) {
                const config_setting_t *member = config_setting_get_elem(group, i);
                const char *name = config_setting_name(member);
                if (name && !g_strv_contains(known, name)) {
                        g_autofree char *message = g_strdup_printf(
                                "%s:%d: unknown key '%s' in %s, ignoring", file,
                                config_setting_source_line(member), name, where);
                        warn(warn_data, message);
                }
        }
}

static DossierJob *read_job(const char *file, const char *dir, const config_setting_t *group,
                            DossierWarnFunc warn, void *warn_data, GError **error)
{
        static const char *const known[] = {"name",    "config",       "inputs", "output",
                                            "date",    "skip_invalid", "timeout", NULL};
        DossierJob *job = g_new0(DossierJob, 1);
        g_autofree char *config = NULL, *output = NULL;
        const config_setting_t *timeout, *skip;

        job->line = config_setting_source_line(group);
        job->timeout_seconds = DEFAULT_TIMEOUT_SECONDS;
        if (config_setting_type(group) != CONFIG_TYPE_GROUP) {
                fail_at(error, file, group, "each job must be a group { name = ...; ... }");
                goto fail;
        }
        warn_unknown_keys(file, group, known, "a job", warn, warn_data);
        if (!read_string(file, group, "name", true, &job->name, error) ||
            !read_string(file, group, "config", false, &config, error) ||
            !read_string(file, group, "output", true, &output, error) ||
            !read_string(file, group, "date", false, &job->date, error) ||
            !read_inputs(file, dir, group, job, error))
                goto fail;
        if (job->date && *job->date && !check_date(file, group, job->date, error))
                goto fail;
        timeout = config_setting_get_member(group, "timeout");
        if (timeout) {
                if (config_setting_type(timeout) != CONFIG_TYPE_INT ||
                    config_setting_get_int(timeout) < 1 ||
                    config_setting_get_int(timeout) > 86400) {
                        fail_at(error, file, timeout,
                                "'timeout' must be a whole number of seconds from 1 to 86400");
                        goto fail;
                }
                job->timeout_seconds = config_setting_get_int(timeout);
        }
        skip = config_setting_get_member(group, "skip_invalid");
        if (skip) {
                if (config_setting_type(skip) != CONFIG_TYPE_BOOL) {
                        fail_at(error, file, skip, "'skip_invalid' must be true or false");
                        goto fail;
                }
                job->skip_invalid = config_setting_get_bool(skip);
        }
        if (config && *config)
                job->config = resolve(dir, config);
        job->output_pattern = resolve(dir, output);
        return job;
fail:
        job_free(job);
        return NULL;
}

static bool read_jobs(DossierJobsFile *jobs, const config_t *cfg, const char *dir,
                      DossierWarnFunc warn, void *warn_data, GError **error)
{
        const config_setting_t *list = config_lookup(cfg, "jobs");
        g_autoptr(GHashTable) names = g_hash_table_new(g_str_hash, g_str_equal);
        int n;

        if (!list)
                return fail_at(error, jobs->path, config_root_setting(cfg),
                               "no 'jobs' list");
        if (!config_setting_is_aggregate(list))
                return fail_at(error, jobs->path, list, "'jobs' must be a list of groups");
        n = config_setting_length(list);
        for (int i = 0; i < n; i++) {
                DossierJob *job = read_job(jobs->path, dir, config_setting_get_elem(list, i),
                                           warn, warn_data, error);
                if (!job)
                        return false;
                g_ptr_array_add(jobs->jobs, job);
                if (!g_hash_table_add(names, job->name))
                        return fail_at(error, jobs->path, config_setting_get_elem(list, i),
                                       "two jobs are named '%s'", job->name);
        }
        return true;
}

DossierJobsFile *dossier_jobs_file_load(const char *path, DossierWarnFunc warn, void *warn_data,
                                        GError **error)
{
        static const char *const known[] = {"manifest", "jobs", NULL};
        g_autoptr(DossierJobsFile) jobs = g_new0(DossierJobsFile, 1);
        g_autofree char *dir = NULL;
        const char *manifest = NULL;
        config_t cfg;
        bool ok = false;

        jobs->path = g_strdup(path);
        jobs->jobs = g_ptr_array_new_with_free_func((GDestroyNotify) job_free);
        if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: no such file", path);
                return NULL;
        }
        {
                g_autofree char *parent = g_path_get_dirname(path);
                dir = g_canonicalize_filename(parent, NULL);
        }

        if (!dossier_config_precheck(path, dir, error))
                return NULL;
        config_init(&cfg);
        config_set_include_dir(&cfg, dir);
        if (!config_read_file(&cfg, path)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s:%d: %s",
                            config_error_file(&cfg) ? config_error_file(&cfg) : path,
                            config_error_line(&cfg), config_error_text(&cfg));
                goto out;
        }
        warn_unknown_keys(path, config_root_setting(&cfg), known, "the jobs file", warn,
                          warn_data);
        if (config_lookup(&cfg, "manifest")) {
                if (!config_lookup_string(&cfg, "manifest", &manifest)) {
                        fail_at(error, path, config_lookup(&cfg, "manifest"),
                                "'manifest' must be a string");
                        goto out;
                }
                jobs->manifest_path = resolve(dir, manifest);
        }
        ok = read_jobs(jobs, &cfg, dir, warn, warn_data, error);
out:
        config_destroy(&cfg);
        return ok ? g_steal_pointer(&jobs) : NULL;
}
