/* dossier_jobs_file_load(): a good file gives its jobs with paths resolved against the
 * file's folder; every error names FILE:LINE (or FILE alone when no line is known). */
#include <string.h>

#include "config-file-fixture.h"

#include "pipeline/jobs-file.h"

static DossierJobsFile *load_text(Fixture *f, const char *text, GError **error)
{
        fixture_write(f, text);
        return dossier_jobs_file_load(f->path, fixture_collect_warning, f->warnings, error);
}

static void test_good(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierJobsFile) jobs = load_text(
                f,
                "manifest = \"out/manifest.json\";\n"
                "jobs = (\n"
                "  { name = \"a\"; inputs = [ \"in/*.txt\", \"/abs/*.txt\" ]; output = \"out/a-%Y.pdf\";\n"
                "    date = \"2024-02-29\"; timeout = 30; skip_invalid = true; config = \"b.cfg\"; },\n"
                "  { name = \"b\"; inputs = \"one.txt\"; output = \"/tmp/b.pdf\"; colour = 1; }\n"
                ");\n",
                &error);

        g_assert_no_error(error);
        g_assert_nonnull(jobs);
        g_assert_cmpuint(jobs->jobs->len, ==, 2);
        g_autofree char *manifest = g_build_filename(f->dir, "out", "manifest.json", NULL);
        g_assert_cmpstr(jobs->manifest_path, ==, manifest);

        const DossierJob *a = g_ptr_array_index(jobs->jobs, 0);
        g_autofree char *a_input = g_build_filename(f->dir, "in", "*.txt", NULL);
        g_autofree char *a_config = g_build_filename(f->dir, "b.cfg", NULL);
        g_assert_cmpstr(a->name, ==, "a");
        g_assert_cmpuint(g_strv_length(a->inputs), ==, 2);
        g_assert_cmpstr(a->inputs[0], ==, a_input);
        g_assert_cmpstr(a->inputs[1], ==, "/abs/*.txt");
        g_assert_cmpstr(a->config, ==, a_config);
        g_assert_cmpstr(a->date, ==, "2024-02-29");
        g_assert_cmpint(a->timeout_seconds, ==, 30);
        g_assert_true(a->skip_invalid);
        g_assert_cmpint(a->line, ==, 3);

        const DossierJob *b = g_ptr_array_index(jobs->jobs, 1);
        g_assert_null(b->config);
        g_assert_cmpint(b->timeout_seconds, ==, 600);
        g_assert_false(b->skip_invalid);
        g_assert_cmpstr(b->output_pattern, ==, "/tmp/b.pdf");
        g_assert_cmpuint(f->warnings->len, ==, 1);
        g_assert_true(strstr(g_ptr_array_index(f->warnings, 0), "jobs.cfg:5: unknown key 'colour' in a job, ignoring"));
}

static void test_errors(Fixture *f, const void *data)
{
        /* Each row's jobs list holds one job; "want" is the message after the path. */
        static const struct {
                const char *text, *want;
        } cases[] = {
                { "jobs = ( { inputs = [\"a\"]; output = \"o.pdf\"; } );\n", ":1: job has no 'name'" },
                { "jobs = ( { name = 5; inputs = [\"a\"]; output = \"o.pdf\"; } );\n",
                  ":1: 'name' must be a string" },
                { "jobs = ( { name = \"a\"; output = \"o.pdf\"; } );\n", ":1: job 'a' has no 'inputs'" },
                { "jobs = ( { name = \"a\"; inputs = []; output = \"o.pdf\"; } );\n",
                  ":1: job 'a' has an empty 'inputs' list" },
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; } );\n", ":1: job has no 'output'" },
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; output = \"o.pdf\";\n timeout = 0; } );\n",
                  ":2: 'timeout' must be a whole number of seconds from 1 to 86400" },
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; output = \"o.pdf\"; skip_invalid = 1; } );\n",
                  ":1: 'skip_invalid' must be true or false" },
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; output = \"o.pdf\";\n date = \"2024-02-30\"; } );\n",
                  ":2: 'date' must be a date as YYYY-MM-DD, not '2024-02-30'" },
                /* regression (review of issue 2): sscanf let a sign and a blank through */
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; output = \"o.pdf\";\n date = \"2024-+1-05\"; } );\n",
                  ":2: 'date' must be a date as YYYY-MM-DD, not '2024-+1-05'" },
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; output = \"o.pdf\";\n date = \"2024- 1-05\"; } );\n",
                  ":2: 'date' must be a date as YYYY-MM-DD, not '2024- 1-05'" },
                { "jobs = ( \"a\" );\n", ":1: each job must be a group { name = ...; ... }" },
                { "jobs = ( { name = \"a\"; inputs = [\"a\"]; output = \"o.pdf\"; },\n"
                  "         { name = \"a\"; inputs = [\"b\"]; output = \"p.pdf\"; } );\n",
                  ":2: two jobs are named 'a'" },
                { "manifest = 5;\njobs = ();\n", ":1: 'manifest' must be a string" },
                { "jobs = 5;\n", ":1: 'jobs' must be a list of groups" },
                /* regression (review of issue 2): no line is known, so none is shown (was ":0:") */
                { "manifest = \"m.json\";\n", ": no 'jobs' list" },
                { "jobs = ( { name = \"a\" ) );\n", ":1: syntax error" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                g_autoptr(DossierJobsFile) jobs = load_text(f, cases[i].text, &error);
                const char *message = error ? error->message : "(no error)";
                const char *got = g_str_has_prefix(message, f->path) ? message + strlen(f->path) : message;

                if (jobs || !g_error_matches(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG) ||
                    strcmp(got, cases[i].want) != 0) {
                        g_test_message("case %zu: got '%s', want '%s'", i, got, cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_missing_file(void)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierJobsFile) jobs = dossier_jobs_file_load("/nonexistent/jobs.cfg", NULL, NULL, &error);

        g_assert_null(jobs);
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
        g_assert_cmpstr(error->message, ==, "/nonexistent/jobs.cfg: no such file");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add("/jobs-file/good", Fixture, "jobs.cfg", fixture_set_up, test_good, fixture_tear_down);
        g_test_add("/jobs-file/errors", Fixture, "jobs.cfg", fixture_set_up, test_errors, fixture_tear_down);
        g_test_add_func("/jobs-file/missing-file", test_missing_file);
        return g_test_run();
}
