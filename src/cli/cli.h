/* What the subcommands share: exit codes, printing, the log sink. Only src/cli prints. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes, documented in README.md and `dossier --help`. */
enum {
        EXIT_OK = 0,
        EXIT_FAILED = 1,  /* a briefing, or one or more batch jobs, failed */
        EXIT_USAGE = 2,   /* bad command line */
        EXIT_CONFIG = 3,  /* the config or jobs file is invalid */
        EXIT_INPUT = 4,   /* an article is unreadable or malformed */
        EXIT_PLUGIN = 5,  /* a plugin could not be loaded or refused its settings */
};

/* Prints `dossier: MESSAGE` on stderr and returns the exit code for @error. */
int cli_report_error(const GError *error);
/* Prints `dossier: MESSAGE` on stderr and returns EXIT_USAGE. */
int cli_usage_error(const char *format, ...) G_GNUC_PRINTF(1, 2);
/* A DossierLogFunc that prints warnings (and info/debug when verbose) on stderr. */
void cli_log_to_stderr(void *user_data, uint32_t level, const char *message);
/* A DossierWarnFunc that prints `dossier: warning: MESSAGE` on stderr. */
void cli_warn_to_stderr(void *user_data, const char *message);

int cmd_run(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_plugins(int argc, char **argv);

G_END_DECLS
