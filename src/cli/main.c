/* dossier: news articles in, a printable PDF briefing out. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli/cli.h"
#include "dossier-build-config.h"

static const char usage[] =
        "Usage:\n"
        "  dossier run [-c CONFIG] [-o OUT.pdf] [--date YYYY-MM-DD] [--skip-invalid] ARTICLE...\n"
        "  dossier extract [-c CONFIG] [--date YYYY-MM-DD] [--separate] [--skip-invalid] ARTICLE...\n"
        "  dossier batch JOBS.cfg\n"
        "  dossier plugins [-c CONFIG] [--settings]\n"
        "  dossier --help | --version\n"
        "\n"
        "Commands:\n"
        "  run       make one briefing from all the articles (default config: the shipped\n"
        "            briefing.cfg; default output: the config's output.path)\n"
        "  extract   run only the extractors; one JSON object per article on stdout\n"
        "  batch     run the jobs of a jobs file, each in its own process, and write\n"
        "            its manifest\n"
        "  plugins   list the plugins on the plugin path, and those that fail to load\n"
        "\n"
        "'dossier COMMAND --help' shows a command's options.\n"
        "\n"
        "Exit status:\n"
        "  0  success\n"
        "  1  the briefing failed, or at least one batch job failed\n"
        "  2  bad command line\n"
        "  3  the config or jobs file is invalid\n"
        "  4  an article is unreadable or malformed\n"
        "  5  a plugin could not be loaded or refused its settings\n";

int main(int argc, char **argv)
{
        static const struct {
                const char *name;
                int (*run)(int argc, char **argv);
        } commands[] = {
                {"run", cmd_run},
                {"extract", cmd_extract},
                {"batch", cmd_batch},
                {"plugins", cmd_plugins},
        };

        /* Messages in the user's language; numbers in the PDF and JSON stay C (Pango
         * and json-glib format numbers themselves). */
        setlocale(LC_ALL, "");
        setlocale(LC_NUMERIC, "C");

        if (argc < 2)
                return cli_usage_error("no command given");
        if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
            strcmp(argv[1], "help") == 0) {
                fputs(usage, stdout);
                return EXIT_OK;
        }
        if (strcmp(argv[1], "--version") == 0) {
                printf("dossier %s\n", DOSSIER_VERSION);
                return EXIT_OK;
        }
        for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
                if (strcmp(argv[1], commands[i].name) == 0)
                        return commands[i].run(argc - 1, argv + 1);
        return cli_usage_error("unknown command '%s'", argv[1]);
}
