/* Unit tests for plugins/actors/gazetteer.c: list files, lookups, errors. */
#include <glib.h>
#include <glib/gstdio.h>

#include "../../plugins/actors/gazetteer.h"

typedef struct Fixture {
        char *dir;
} Fixture;

static char *write_list(Fixture *f, const char *name, const char *content)
{
        char *path = g_build_filename(f->dir, name, NULL);
        g_assert_true(g_file_set_contents(path, content, -1, NULL));
        return path;
}

static void setup(Fixture *f, gconstpointer data)
{
        f->dir = g_dir_make_tmp("dossier-gazetteer-XXXXXX", NULL);
        g_assert_nonnull(f->dir);
}

static void teardown(Fixture *f, gconstpointer data)
{
        g_autoptr(GDir) dir = g_dir_open(f->dir, 0, NULL);
        for (const char *name; dir && (name = g_dir_read_name(dir));) {
                g_autofree char *path = g_build_filename(f->dir, name, NULL);
                (void) g_unlink(path);
        }
        (void) g_rmdir(f->dir);
        g_free(f->dir);
}

static void test_names(Fixture *f, gconstpointer data)
{
        g_autofree char *places = write_list(f, "places.txt",
                                             "# comment\nU.S.\tUnited States\nMoscow\n\nNew York\n");
        g_autofree char *demonyms = write_list(f, "demonyms.txt", "Chechen\nChinese\n");
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_autoptr(GError) error = NULL;
        g_assert_true(gazetteer_load_file(gz, places, GZ_LIST_PLACES, &error));
        g_assert_true(gazetteer_load_file(gz, demonyms, GZ_LIST_DEMONYMS, &error));
        g_assert_no_error(error);

        const GzEntry *e = gazetteer_find(gz, "U.S.");
        g_assert_nonnull(e);
        g_assert_cmpstr(e->canonical, ==, "United States");
        g_assert_cmpint(e->kind, ==, GZ_PLACE);
        g_assert_cmpstr(gazetteer_find(gz, "Moscow")->canonical, ==, "Moscow");
        g_assert_null(gazetteer_find(gz, "moscow"));
        g_assert_cmpstr(gazetteer_find_folded(gz, "new york")->canonical, ==, "New York");
        g_assert_cmpuint(gazetteer_max_words(gz), ==, 2);
        /* a demonym's plural is the people: also OTHER; "Chinese" is its own plural */
        g_assert_cmpint(gazetteer_find(gz, "Chechens")->kind, ==, GZ_DEMONYM);
        g_assert_null(gazetteer_find(gz, "Chineses"));
}

static void test_people(Fixture *f, gconstpointer data)
{
        g_autofree char *persons = write_list(f, "persons.txt",
                                              "Vladimir Putin\nBill Clinton\nHillary Clinton\n");
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_assert_true(gazetteer_load_file(gz, persons, GZ_LIST_PERSONS, NULL));
        g_assert_cmpstr(gazetteer_person_by_surname(gz, "Putin"), ==, "Vladimir Putin");
        g_assert_null(gazetteer_person_by_surname(gz, "Clinton")); /* two of them */
        g_assert_null(gazetteer_person_by_surname(gz, "Vladimir"));
}

static void test_words(Fixture *f, gconstpointer data)
{
        g_autofree char *titles = write_list(f, "titles.txt",
                                             "President\ttitle\nMr.\thonorific\nformer\tmodifier\n"
                                             "deputy\ttitle\ndeputy\tmodifier\n");
        g_autofree char *stop = write_list(f, "stop.txt", "However\n");
        g_autofree char *cues = write_list(f, "cues.txt", "Institute\n");
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_assert_true(gazetteer_load_file(gz, titles, GZ_LIST_TITLES, NULL));
        g_assert_true(gazetteer_load_file(gz, stop, GZ_LIST_STOPWORDS, NULL));
        g_assert_true(gazetteer_load_file(gz, cues, GZ_LIST_ORG_CUES, NULL));
        g_assert_cmpint(gazetteer_title(gz, "president"), ==, TITLE_TITLE);
        g_assert_cmpint(gazetteer_title(gz, "mr."), ==, TITLE_HONORIFIC);
        g_assert_cmpint(gazetteer_title(gz, "former"), ==, TITLE_MODIFIER);
        g_assert_cmpint(gazetteer_title(gz, "deputy"), ==, TITLE_TITLE); /* title wins */
        g_assert_cmpint(gazetteer_title(gz, "leader"), ==, TITLE_NONE);
        g_assert_true(gazetteer_is_stopword(gz, "however"));
        g_assert_true(gazetteer_is_org_cue(gz, "Institute"));
        g_assert_false(gazetteer_is_org_cue(gz, "institute"));
}

static void test_errors(Fixture *f, gconstpointer data)
{
        g_autofree char *titles = write_list(f, "titles.txt", "President\ttitle\nSir\tknight\n");
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_autoptr(GError) error = NULL;
        g_assert_false(gazetteer_load_file(gz, titles, GZ_LIST_TITLES, &error));
        g_assert_error(error, GAZETTEER_ERROR, GAZETTEER_ERROR_FORMAT);
        g_autofree char *want = g_strdup_printf("%s:2: unknown title kind 'knight'", titles);
        g_assert_cmpstr(error->message, ==, want);
        g_clear_error(&error);

        g_autofree char *missing = g_build_filename(f->dir, "nope.txt", NULL);
        g_assert_false(gazetteer_load_file(gz, missing, GZ_LIST_PLACES, &error));
        g_assert_error(error, GAZETTEER_ERROR, GAZETTEER_ERROR_READ);
        g_assert_true(g_str_has_prefix(error->message, missing));
        g_clear_error(&error);

        g_autofree char *bad = write_list(f, "bad.txt", "Mosc\xff\n");
        g_assert_false(gazetteer_load_file(gz, bad, GZ_LIST_PLACES, &error));
        g_assert_error(error, GAZETTEER_ERROR, GAZETTEER_ERROR_FORMAT);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add("/actors/gazetteer/names", Fixture, NULL, setup, test_names, teardown);
        g_test_add("/actors/gazetteer/people", Fixture, NULL, setup, test_people, teardown);
        g_test_add("/actors/gazetteer/words", Fixture, NULL, setup, test_words, teardown);
        g_test_add("/actors/gazetteer/errors", Fixture, NULL, setup, test_errors, teardown);
        return g_test_run();
}
