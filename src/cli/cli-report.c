/* Messages on stderr and the exit code that goes with each kind of error. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>

#include <dossier/error.h>
#include <dossier/plugin.h>

int cli_report_error(const GError *error)
{
        fprintf(stderr, "dossier: %s\n", error->message);
        if (error->domain != DOSSIER_ERROR)
                return EXIT_FAILED;
        switch (error->code) {
        case DOSSIER_ERROR_CONFIG:
                return EXIT_CONFIG;
        case DOSSIER_ERROR_INPUT:
                return EXIT_INPUT;
        case DOSSIER_ERROR_PLUGIN:
                return EXIT_PLUGIN;
        default:
                return EXIT_FAILED;
        }
}

int cli_usage_error(const char *format, ...)
{
        va_list args;

        fputs("dossier: ", stderr);
        va_start(args, format);
        vfprintf(stderr, format, args);
        va_end(args);
        fputs("\n(see 'dossier --help')\n", stderr);
        return EXIT_USAGE;
}

void cli_log_to_stderr(void *user_data, uint32_t level, const char *message)
{
        const bool *verbose = user_data;

        if (level >= DOSSIER_LOG_WARNING)
                fprintf(stderr, "dossier: warning: %s\n", message);
        else if (verbose && *verbose)
                fprintf(stderr, "dossier: %s\n", message);
}

void cli_warn_to_stderr(void *user_data, const char *message)
{
        fprintf(stderr, "dossier: warning: %s\n", message);
}
