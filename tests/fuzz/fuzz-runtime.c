/* Set-up and failure reports shared by every fuzz target, in both builds. */
#include "fuzz.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
        /* A g_return_if_fail() hit is a caller bug the fuzzer must see, not a line of
         * log that libFuzzer hides among millions of runs. */
        g_log_set_always_fatal(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
        return 0;
}

void fuzz_fail(const char *file, int line, const char *format, ...)
{
        va_list args;

        fprintf(stderr, "%s:%d: invariant broken: ", file, line);
        va_start(args, format);
        vfprintf(stderr, format, args);
        va_end(args);
        fputc('\n', stderr);
        fflush(stderr);
        abort();
}
