/* The corpus driver: without libFuzzer, each target is a program that runs its
 * LLVMFuzzerTestOneInput() on every file named or found in the folders named, so
 * the committed corpus runs in `meson test --suite fuzz` as regression tests.
 * Each input runs in its own child process: a crash, a broken invariant or (under
 * ASan) a leak fails that input only, and one run lists every bad input. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The bytes go to a buffer of exactly their size, as libFuzzer passes them, so
 * that reading one byte past the end is an ASan error here too. */
static void run_input(const char *path)
{
        g_autoptr(GError) error = NULL;
        g_autofree char *contents = NULL;
        gsize len = 0;

        if (!g_file_get_contents(path, &contents, &len, &error))
                fuzz_fail(__FILE__, __LINE__, "%s", error->message);
        g_autofree uint8_t *data = g_malloc(MAX(len, 1));
        memcpy(data, contents, len);
        LLVMFuzzerTestOneInput(data, len);
}

/* Returns whether @path passed. */
static gboolean run_file(const char *path)
{
        int status = 0;

        fflush(stdout);
        fflush(stderr);
        pid_t pid = fork();
        if (pid < 0) {
                perror("fork");
                exit(EXIT_FAILURE);
        }
        if (pid == 0) {
                run_input(path);
                exit(EXIT_SUCCESS); /* exit(), not _exit(): LeakSanitizer checks at exit */
        }
        while (waitpid(pid, &status, 0) < 0)
                continue;
        gboolean ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        printf("%s %s\n", ok ? "ok  " : "FAIL", path);
        return ok;
}

static int compare_names(const void *a, const void *b)
{
        return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The files of @dir in name order, so a failing run is easy to repeat. */
static void list_dir(const char *dir, GPtrArray *files)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(GDir) d = g_dir_open(dir, 0, &error);
        g_autoptr(GPtrArray) found = g_ptr_array_new();
        const char *name;

        if (d == NULL)
                fuzz_fail(__FILE__, __LINE__, "%s", error->message);
        while ((name = g_dir_read_name(d)) != NULL) {
                char *path = g_build_filename(dir, name, NULL);
                if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
                        g_ptr_array_add(found, path);
                else
                        g_free(path);
        }
        g_ptr_array_sort(found, compare_names);
        g_ptr_array_extend_and_steal(files, g_steal_pointer(&found));
}

int main(int argc, char **argv)
{
        g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
        guint failed = 0;

        if (argc < 2) {
                fprintf(stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
                return EXIT_FAILURE;
        }
        setvbuf(stdout, NULL, _IOLBF, 0); /* keep each result next to its child's stderr */
        LLVMFuzzerInitialize(&argc, &argv);
        for (int i = 1; i < argc; i++) {
                if (g_file_test(argv[i], G_FILE_TEST_IS_DIR))
                        list_dir(argv[i], files);
                else
                        g_ptr_array_add(files, g_strdup(argv[i]));
        }
        for (guint i = 0; i < files->len; i++)
                failed += !run_file(g_ptr_array_index(files, i));
        printf("%u of %u inputs failed\n", failed, files->len);
        return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
