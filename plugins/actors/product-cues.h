/* What the words around a name say about it being a product (a device, a
 * program, a car or aircraft model) rather than the company that makes it or a
 * person: "iPhone 4", "the new MacBook Pro", "the Mac operating system", and what
 * says it acts ("Apple said", "eBay Inc."). The tagger learnt from 1996 news that
 * knew few products; alias resolution adds these cues up over all mentions of a
 * name. Pure functions over a NUL-terminated article body; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct ProductCues {
        uint8_t product; /* points for a product: 2 a sure cue, 1 a hint */
        uint8_t agent;   /* cues that the name acts or is a company: "said", "Inc." */
} ProductCues;

/* The cues of the text around body[start, end), a name without its possessive. */
ProductCues product_cues_of(const char *body, uint32_t start, uint32_t end);

/* The end of a model or version number right after body[..end) ("4" in "iPhone
 * 4", "3GS", "787-8", "10.7"), or @end when none follows or the line is a table
 * of scores ("Kent 108-3, Surrey 429"). */
uint32_t product_model_end(const char *body, uint32_t end);

/* The start of a word right before body[start..] written lower-case first with a
 * capital inside ("iTunes" before "Music Store"), or @start when there is none. */
uint32_t product_brand_start(const char *body, uint32_t start);

/* Whether a word of @name is written lower-case first with a capital inside
 * ("iPhone", "iOS"; also "eBay", so only a hint). */
bool product_has_brand_shape(const char *name);

/* Whether @name ends with a word that names products only ("Mac OS X", "MacBook
 * Pro"): the documented list product_head_words[] of product-cues.c. */
bool product_has_head_word(const char *name);

G_END_DECLS
