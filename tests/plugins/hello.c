/* A good extractor for the host's tests: reads a string, an int and a bool
 * setting, logs through the host, and adds `count` annotations to every article
 * (or fails in extract() when `fail = true`). */
#include <dossier/plugin.h>

typedef struct Hello {
        DossierHost *host;
        char *greeting;
        int count;
        bool fail;
} Hello;

static void hello_destroy(void *state)
{
        Hello *hello = state;

        if (!hello)
                return;
        /* Tests count this line: destroy() must run exactly once. */
        dossier_host_log(hello->host, DOSSIER_LOG_DEBUG, "destroyed");
        g_free(hello->greeting);
        g_free(hello);
}

static bool hello_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                         GError **error)
{
        const char *greeting = "hello";
        int count = 1;
        bool fail = false;

        if (!dossier_settings_get_string(settings, "greeting", &greeting, error) ||
            !dossier_settings_get_int(settings, "count", 1, 10, &count, error) ||
            !dossier_settings_get_bool(settings, "fail", &fail, error))
                return false;
        if (greeting[0] == '\0') {
                dossier_settings_set_error(settings, "greeting", error,
                                           "'greeting' must not be empty");
                return false;
        }

        Hello *hello = g_new0(Hello, 1);
        hello->host = host;
        hello->greeting = g_strdup(greeting);
        hello->count = count;
        hello->fail = fail;
        dossier_host_log(host, DOSSIER_LOG_INFO, "greeting is '%s'", greeting);
        *ret_state = hello;
        return true;
}

static bool hello_extract(void *state, DossierDoc *doc, GError **error)
{
        const Hello *hello = state;

        if (hello->fail) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED, "asked to fail");
                return false;
        }
        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++) {
                size_t len = 0;
                dossier_article_get_body(dossier_doc_get_article(doc, i), &len);
                DossierSpan span = { .article = (uint32_t) i, .start = 0,
                                     .end = (uint32_t) MIN(len, 5) };
                for (int n = 0; n < hello->count; n++) {
                        DossierAnnotation *a = dossier_doc_add_annotation(doc, "hello.greeting", span);
                        dossier_annotation_set_attr(doc, a, "text", hello->greeting);
                }
        }
        return true;
}

static const DossierSettingSpec hello_settings[] = {
        { "greeting", DOSSIER_SETTING_STRING, "text of each annotation; default \"hello\"" },
        { "count", DOSSIER_SETTING_INT, "annotations per article, 1 to 10; default 1" },
        { "fail", DOSSIER_SETTING_BOOL, "extract() fails when true; default false" },
        { NULL, 0, NULL },
};

DOSSIER_PLUGIN_DEFINE("hello",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "1.0",
        .license = "MIT",
        .description = "test plugin: annotates each article with a greeting",
        .settings = hello_settings,
        .create = hello_create,
        .extract = hello_extract,
        .destroy = hello_destroy)
