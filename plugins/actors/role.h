/* The role stated next to a person's name: title words before it ("North Korean
 * leader Kim Jong Un"), an appositive after it ("Randall Schriver, a former
 * assistant secretary of defense"), or an "as" phrase ("Marco Rubio as secretary
 * of state"). Pure functions over words; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "gazetteer.h"
#include "words.h"

G_BEGIN_DECLS

typedef struct RoleSpan {
        uint32_t start; /* byte span of the role; start == end when none */
        uint32_t end;
        bool honorific; /* an honorific (Mr., Dr.) stood before the name */
} RoleSpan;

/* Looks back from word @name (the name's first word) to word @first (the first
 * word of the sentence). */
RoleSpan role_before(const Gazetteer *gz, GString *buf, const char *body, const Word *words,
                     size_t first, size_t name);

/* Looks forward from word @after (the first word after the name) up to word @end
 * (one past the sentence's last word). */
RoleSpan role_after(const Gazetteer *gz, GString *buf, const char *body, const Word *words,
                    size_t after, size_t end);

G_END_DECLS
