/* Loads the gazetteer lists into hash tables: one lookup per phrase later. */
#include "gazetteer.h"

#include <string.h>


struct Gazetteer {
        GStringChunk *strings; /* every key and canonical name */
        GHashTable *names;     /* surface -> GzEntry* */
        GHashTable *folded;    /* lower-case surface -> GzEntry* */
        GHashTable *titles;    /* lower-case phrase -> TitleKind */
        GHashTable *stopwords;
        GHashTable *first_names;
        GHashTable *org_cues;
        GHashTable *place_cues;
        GHashTable *other_cues;
        GHashTable *surnames; /* last word -> canonical person, or "" when ambiguous */
        unsigned max_words;
};

/* Not G_DEFINE_QUARK: its cache is a writable static, and a plugin keeps none. */
GQuark gazetteer_error_quark(void)
{
        return g_quark_from_static_string("dossier-gazetteer-error-quark");
}

const GzFile gazetteer_files[] = {
        { "stopwords.txt", GZ_LIST_STOPWORDS },
        { "persons.txt", GZ_LIST_PERSONS },
        { "orgs.txt", GZ_LIST_ORGS },
        { "countries.txt", GZ_LIST_PLACES },
        { "subdivisions.txt", GZ_LIST_PLACES },
        { "places.txt", GZ_LIST_PLACES },
        { "demonyms.txt", GZ_LIST_DEMONYMS },
        { "titles.txt", GZ_LIST_TITLES },
        { "org-cues.txt", GZ_LIST_ORG_CUES },
        { "place-cues.txt", GZ_LIST_PLACE_CUES },
        { "other-cues.txt", GZ_LIST_OTHER_CUES },
        { "first-names.txt", GZ_LIST_FIRST_NAMES },
};
const size_t gazetteer_n_files = G_N_ELEMENTS(gazetteer_files);

Gazetteer *gazetteer_new(void)
{
        Gazetteer *gz = g_new0(Gazetteer, 1);
        gz->strings = g_string_chunk_new(64 * 1024);
        gz->names = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
        gz->folded = g_hash_table_new(g_str_hash, g_str_equal);
        gz->titles = g_hash_table_new(g_str_hash, g_str_equal);
        gz->stopwords = g_hash_table_new(g_str_hash, g_str_equal);
        gz->first_names = g_hash_table_new(g_str_hash, g_str_equal);
        gz->org_cues = g_hash_table_new(g_str_hash, g_str_equal);
        gz->place_cues = g_hash_table_new(g_str_hash, g_str_equal);
        gz->other_cues = g_hash_table_new(g_str_hash, g_str_equal);
        gz->surnames = g_hash_table_new(g_str_hash, g_str_equal);
        return gz;
}

void gazetteer_free(Gazetteer *gz)
{
        if (!gz)
                return;
        g_clear_pointer(&gz->names, g_hash_table_unref);
        g_clear_pointer(&gz->folded, g_hash_table_unref);
        g_clear_pointer(&gz->titles, g_hash_table_unref);
        g_clear_pointer(&gz->stopwords, g_hash_table_unref);
        g_clear_pointer(&gz->first_names, g_hash_table_unref);
        g_clear_pointer(&gz->org_cues, g_hash_table_unref);
        g_clear_pointer(&gz->place_cues, g_hash_table_unref);
        g_clear_pointer(&gz->other_cues, g_hash_table_unref);
        g_clear_pointer(&gz->surnames, g_hash_table_unref);
        if (gz->strings)
                g_string_chunk_free(gz->strings);
        g_free(gz);
}

static unsigned count_words(const char *s)
{
        unsigned n = 1;
        for (; *s; s++)
                n += *s == ' ';
        return n;
}

static const char *intern(Gazetteer *gz, const char *s)
{
        return g_string_chunk_insert_const(gz->strings, s);
}

static char *lower(const char *s)
{
        return g_utf8_strdown(s, -1);
}

static void note_surname(Gazetteer *gz, const char *canonical)
{
        const char *last = strrchr(canonical, ' ');
        if (!last)
                return;
        const char *key = intern(gz, last + 1);
        const char *old = g_hash_table_lookup(gz->surnames, key);
        if (old && strcmp(old, canonical) != 0)
                canonical = ""; /* two well-known people share it: a lone surname is ambiguous */
        g_hash_table_insert(gz->surnames, (char *) key, (char *) intern(gz, canonical));
}

static void add_name(Gazetteer *gz, const char *surface, const char *canonical, GzKind kind)
{
        if (g_hash_table_contains(gz->names, surface))
                return; /* an earlier list wins: load order is priority order */
        GzEntry *e = g_new0(GzEntry, 1);
        e->canonical = intern(gz, canonical);
        e->kind = kind;
        const char *key = intern(gz, surface);
        g_hash_table_insert(gz->names, (char *) key, e);

        g_autofree char *low = lower(surface);
        /* Folded lookups serve text in capitals; a folded stop word ("US" -> "us")
         * would turn every capitalised "US" in a headline into a country, so skip it. */
        if (!g_hash_table_contains(gz->stopwords, low) && !g_hash_table_contains(gz->folded, low))
                g_hash_table_insert(gz->folded, (char *) intern(gz, low), e);
        gz->max_words = MAX(gz->max_words, count_words(surface));
        if (kind == GZ_PERSON)
                note_surname(gz, canonical);
}

/* "Chechen" -> "Chechens", "Iraqi" -> "Iraqis": the people, also OTHER. Forms
 * like "Chinese", "British", "Swiss" are their own plural. */
static void add_plural(Gazetteer *gz, const char *demonym)
{
        static const char *const own_plural[] = { "s", "sh", "ch", "ese", "x", "z" };
        for (size_t i = 0; i < G_N_ELEMENTS(own_plural); i++)
                if (g_str_has_suffix(demonym, own_plural[i]))
                        return;
        g_autofree char *plural = g_strconcat(demonym, "s", NULL);
        add_name(gz, plural, plural, GZ_DEMONYM);
}

static bool parse_title_kind(const char *s, TitleKind *ret)
{
        static const struct {
                const char *name;
                TitleKind kind;
        } kinds[] = {
                { "title", TITLE_TITLE },
                { "honorific", TITLE_HONORIFIC },
                { "modifier", TITLE_MODIFIER },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++)
                if (strcmp(s, kinds[i].name) == 0) {
                        *ret = kinds[i].kind;
                        return true;
                }
        return false;
}

static void add_title(Gazetteer *gz, const char *phrase, TitleKind kind)
{
        g_autofree char *low = lower(phrase);
        const char *key = intern(gz, low);
        /* "deputy" is both a title and a modifier: the title reading wins, since a
         * modifier alone never makes a role. */
        gpointer old = g_hash_table_lookup(gz->titles, key);
        if (old && GPOINTER_TO_INT(old) == TITLE_TITLE)
                return;
        g_hash_table_insert(gz->titles, (char *) key, GINT_TO_POINTER(kind));
        gz->max_words = MAX(gz->max_words, count_words(phrase));
}

static void add_word(Gazetteer *gz, GHashTable *set, const char *word)
{
        const char *key = intern(gz, word);
        g_hash_table_add(set, (char *) key);
}

static GzKind list_kind(GzList list)
{
        switch (list) {
        case GZ_LIST_PLACES:
                return GZ_PLACE;
        case GZ_LIST_ORGS:
                return GZ_ORG;
        case GZ_LIST_PERSONS:
                return GZ_PERSON;
        case GZ_LIST_DEMONYMS:
                return GZ_DEMONYM;
        default:
                return GZ_NONE;
        }
}

static bool add_line(Gazetteer *gz, GzList list, char *line, const char *path, unsigned lineno,
                     GError **error)
{
        char *tab = strchr(line, '\t');
        if (tab)
                *tab++ = '\0';
        g_strstrip(line);
        if (tab)
                g_strstrip(tab);
        switch (list) {
        case GZ_LIST_PLACES:
        case GZ_LIST_ORGS:
        case GZ_LIST_PERSONS:
                add_name(gz, line, tab && *tab ? tab : line, list_kind(list));
                return true;
        case GZ_LIST_DEMONYMS:
                add_name(gz, line, line, GZ_DEMONYM);
                add_plural(gz, line);
                return true;
        case GZ_LIST_TITLES: {
                TitleKind kind = TITLE_TITLE;
                if (tab && !parse_title_kind(tab, &kind)) {
                        g_set_error(error, GAZETTEER_ERROR, GAZETTEER_ERROR_FORMAT,
                                    "%s:%u: unknown title kind '%s'", path, lineno, tab);
                        return false;
                }
                add_title(gz, line, kind);
                return true;
        }
        case GZ_LIST_ORG_CUES:
                add_word(gz, gz->org_cues, line);
                return true;
        case GZ_LIST_PLACE_CUES:
                add_word(gz, gz->place_cues, line);
                return true;
        case GZ_LIST_OTHER_CUES:
                add_word(gz, gz->other_cues, line);
                return true;
        case GZ_LIST_FIRST_NAMES:
                add_word(gz, gz->first_names, line);
                return true;
        case GZ_LIST_STOPWORDS: {
                g_autofree char *low = lower(line);
                add_word(gz, gz->stopwords, low);
                return true;
        }
        default:
                g_assert_not_reached();
        }
}

bool gazetteer_load_file(Gazetteer *gz, const char *path, GzList list, GError **error)
{
        g_autofree char *data = NULL;
        g_autoptr(GError) local = NULL;
        if (!g_file_get_contents(path, &data, NULL, &local)) {
                g_set_error(error, GAZETTEER_ERROR, GAZETTEER_ERROR_READ, "%s: %s", path,
                            local->message);
                return false;
        }
        if (!g_utf8_validate(data, -1, NULL)) {
                g_set_error(error, GAZETTEER_ERROR, GAZETTEER_ERROR_FORMAT, "%s: not UTF-8", path);
                return false;
        }
        unsigned lineno = 0;
        for (char *line = data, *next; line; line = next) {
                next = strchr(line, '\n');
                if (next)
                        *next++ = '\0';
                lineno++;
                g_strchomp(line);
                if (line[0] == '\0' || line[0] == '#')
                        continue;
                if (!add_line(gz, list, line, path, lineno, error))
                        return false;
        }
        return true;
}

bool gazetteer_load_dir(Gazetteer *gz, const char *dir, GError **error)
{
        for (size_t i = 0; i < gazetteer_n_files; i++) {
                g_autofree char *path = g_build_filename(dir, gazetteer_files[i].name, NULL);
                if (!gazetteer_load_file(gz, path, gazetteer_files[i].list, error))
                        return false;
        }
        return true;
}

const GzEntry *gazetteer_find(const Gazetteer *gz, const char *phrase)
{
        return g_hash_table_lookup(gz->names, phrase);
}

const GzEntry *gazetteer_find_folded(const Gazetteer *gz, const char *phrase_lower)
{
        return g_hash_table_lookup(gz->folded, phrase_lower);
}

TitleKind gazetteer_title(const Gazetteer *gz, const char *phrase_lower)
{
        return GPOINTER_TO_INT(g_hash_table_lookup(gz->titles, phrase_lower));
}

bool gazetteer_is_stopword(const Gazetteer *gz, const char *word_lower)
{
        return g_hash_table_contains(gz->stopwords, word_lower);
}

bool gazetteer_is_first_name(const Gazetteer *gz, const char *word)
{
        return g_hash_table_contains(gz->first_names, word);
}

bool gazetteer_is_org_cue(const Gazetteer *gz, const char *word)
{
        return g_hash_table_contains(gz->org_cues, word);
}

bool gazetteer_is_place_cue(const Gazetteer *gz, const char *word)
{
        return g_hash_table_contains(gz->place_cues, word);
}

bool gazetteer_is_other_cue(const Gazetteer *gz, const char *word)
{
        return g_hash_table_contains(gz->other_cues, word);
}

const char *gazetteer_person_by_surname(const Gazetteer *gz, const char *word)
{
        const char *p = g_hash_table_lookup(gz->surnames, word);
        return p && *p ? p : NULL;
}

unsigned gazetteer_max_words(const Gazetteer *gz)
{
        return gz->max_words;
}
