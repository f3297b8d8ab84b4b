/* The function table handed to plugins: a NULL slot would crash a plugin at its
 * first call, so walk every slot after the header fields. */
#include <stddef.h>
#include <string.h>

#include "host/plugin-loader.h"

typedef void (*AnyFunc)(void);

static void test_complete(void)
{
        const DossierApi *api = dossier_api_table_get();
        size_t first = offsetof(DossierApi, host_log);

        g_assert_cmpuint(api->size, ==, sizeof(DossierApi));
        g_assert_cmpuint(api->abi_major, ==, DOSSIER_ABI_MAJOR);
        g_assert_cmpuint(api->abi_minor, ==, DOSSIER_ABI_MINOR);
        /* Only function pointers follow the header, so the rest divides evenly. */
        g_assert_cmpuint((api->size - first) % sizeof(AnyFunc), ==, 0);

        size_t n = (api->size - first) / sizeof(AnyFunc);
        for (size_t i = 0; i < n; i++) {
                AnyFunc fn;
                memcpy(&fn, (const char *) api + first + i * sizeof(AnyFunc), sizeof fn);
                if (!fn) {
                        g_test_message("slot %zu (byte %zu) is NULL", i, first + i * sizeof fn);
                        g_test_fail();
                }
        }
        g_assert_cmpuint(n, >=, 95);
}

static void test_same_table(void)
{
        g_assert_true(dossier_api_table_get() == dossier_api_table_get());
        g_assert_true(dossier_api_table_get()->host_log == dossier_host_log);
        g_assert_true(dossier_api_table_get()->settings_get_int == dossier_settings_get_int);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/api-table/complete", test_complete);
        g_test_add_func("/api-table/same-table", test_same_table);
        return g_test_run();
}
