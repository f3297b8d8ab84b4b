/* The one function table every plugin gets: the host's real functions, in the
 * order include/dossier/plugin.h declares them. A missing entry would crash a
 * plugin at its first call, so test-api-table walks it for NULLs. */
#include "host/plugin-loader.h"

/* A host function whose type drifted from its slot would be called through the wrong
 * type by every plugin: make that a build error, not a warning. */
#pragma GCC diagnostic error "-Wincompatible-pointer-types"

static const DossierApi api = {
        .size = sizeof(DossierApi),
        .abi_major = DOSSIER_ABI_MAJOR,
        .abi_minor = DOSSIER_ABI_MINOR,

        /* ABI 1.0: host */
        .host_log = dossier_host_log,
        .host_find_data_file = dossier_host_find_data_file,

        /* ABI 1.0: settings */
        .settings_get_string = dossier_settings_get_string,
        .settings_get_int = dossier_settings_get_int,
        .settings_get_double = dossier_settings_get_double,
        .settings_get_bool = dossier_settings_get_bool,
        .settings_get_strv = dossier_settings_get_strv,
        .settings_get_path = dossier_settings_get_path,
        .settings_set_error = dossier_settings_set_error,

        /* ABI 1.0: articles */
        .doc_get_n_articles = dossier_doc_get_n_articles,
        .doc_get_article = dossier_doc_get_article,
        .article_get_id = dossier_article_get_id,
        .article_get_title = dossier_article_get_title,
        .article_get_source = dossier_article_get_source,
        .article_get_url = dossier_article_get_url,
        .article_get_path = dossier_article_get_path,
        .article_get_date = dossier_article_get_date,
        .article_get_date_origin = dossier_article_get_date_origin,
        .article_get_body = dossier_article_get_body,
        .article_get_tokens = dossier_article_get_tokens,
        .article_get_sentences = dossier_article_get_sentences,
        .article_get_index = dossier_article_get_index,

        /* ABI 1.0: actors */
        .doc_add_actor = dossier_doc_add_actor,
        .doc_add_mention = dossier_doc_add_mention,
        .actor_set_role = dossier_actor_set_role,
        .doc_get_n_actors = dossier_doc_get_n_actors,
        .doc_get_actor = dossier_doc_get_actor,
        .doc_find_actor = dossier_doc_find_actor,
        .doc_find_actor_at = dossier_doc_find_actor_at,
        .actor_get_name = dossier_actor_get_name,
        .actor_get_type = dossier_actor_get_type,
        .actor_get_role = dossier_actor_get_role,
        .actor_get_n_mentions = dossier_actor_get_n_mentions,
        .actor_get_mention = dossier_actor_get_mention,
        .actor_get_n_articles = dossier_actor_get_n_articles,

        /* ABI 1.0: times */
        .doc_add_time = dossier_doc_add_time,
        .doc_get_n_times = dossier_doc_get_n_times,
        .doc_get_time = dossier_doc_get_time,
        .time_get_span = dossier_time_get_span,
        .time_get_type = dossier_time_get_type,
        .time_get_value = dossier_time_get_value,

        /* ABI 1.0: events */
        .doc_add_event = dossier_doc_add_event,
        .event_add_actor = dossier_event_add_actor,
        .doc_get_n_events = dossier_doc_get_n_events,
        .doc_get_event = dossier_doc_get_event,
        .event_get_value = dossier_event_get_value,
        .event_get_sentence = dossier_event_get_sentence,
        .event_get_label = dossier_event_get_label,
        .event_get_time = dossier_event_get_time,
        .event_get_n_actors = dossier_event_get_n_actors,
        .event_get_actor = dossier_event_get_actor,

        /* ABI 1.0: quotes */
        .doc_add_quote = dossier_doc_add_quote,
        .quote_add_speaker = dossier_quote_add_speaker,
        .doc_get_n_quotes = dossier_doc_get_n_quotes,
        .doc_get_quote = dossier_doc_get_quote,
        .quote_get_span = dossier_quote_get_span,
        .quote_is_direct = dossier_quote_is_direct,
        .quote_get_n_speakers = dossier_quote_get_n_speakers,
        .quote_get_speaker_actor = dossier_quote_get_speaker_actor,
        .quote_get_speaker_text = dossier_quote_get_speaker_text,
        .quote_get_speaker_mention = dossier_quote_get_speaker_mention,

        /* ABI 1.0: key sentences */
        .doc_add_key_sentence = dossier_doc_add_key_sentence,
        .doc_get_n_key_sentences = dossier_doc_get_n_key_sentences,
        .doc_get_key_sentence = dossier_doc_get_key_sentence,

        /* ABI 1.0: annotations */
        .doc_add_annotation = dossier_doc_add_annotation,
        .annotation_set_attr = dossier_annotation_set_attr,
        .doc_get_n_annotations = dossier_doc_get_n_annotations,
        .doc_get_annotation = dossier_doc_get_annotation,
        .annotation_get_type = dossier_annotation_get_type,
        .annotation_get_span = dossier_annotation_get_span,
        .annotation_get_attr = dossier_annotation_get_attr,
        .annotation_get_n_attrs = dossier_annotation_get_n_attrs,
        .annotation_get_attr_at = dossier_annotation_get_attr_at,

        /* ABI 1.0: helpers */
        .actor_type_to_string = dossier_actor_type_to_string,
        .time_type_to_string = dossier_time_type_to_string,
        .doc_dup_text = dossier_doc_dup_text,
        .error_quark = dossier_error_quark,

        /* ABI 1.0: page */
        .page_add_heading = dossier_page_add_heading,
        .page_add_text = dossier_page_add_text,
        .page_add_textf = dossier_page_add_textf,
        .page_add_link = dossier_page_add_link,
        .page_add_space = dossier_page_add_space,
        .page_break = dossier_page_break,
        .page_begin_table = dossier_page_begin_table,
        .page_add_table_row = dossier_page_add_table_row,
        .page_end_table = dossier_page_end_table,
        .page_begin_figure = dossier_page_begin_figure,
        .page_end_figure = dossier_page_end_figure,
        .page_get_content_width = dossier_page_get_content_width,
        .page_get_content_height = dossier_page_get_content_height,
        .page_get_font_family = dossier_page_get_font_family,
        .page_get_color = dossier_page_get_color,
        .page_set_source_color = dossier_page_set_source_color,
        .page_get_report_value = dossier_page_get_report_value,
        .page_fail = dossier_page_fail,
        .page_get_color_hex = dossier_page_get_color_hex,

        /* ABI 1.1: quotes */
        .quote_set_unnamed_speaker = dossier_quote_set_unnamed_speaker,
        .quote_get_unnamed_speaker = dossier_quote_get_unnamed_speaker,
};

const DossierApi *dossier_api_table_get(void)
{
        return &api;
}
