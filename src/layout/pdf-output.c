/* Writing the report as a PDF: a temporary file beside the target, renamed over it
 * only once complete and synced, so a failed or killed run never leaves a partial
 * file under the final name nor destroys the previous one.
 * SPDX-License-Identifier: MIT */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <dossier/error.h>

#include "layout/report-private.h"

/* Where cairo's output goes: the temporary file, remembering the first failure. */
typedef struct Sink {
        int fd;
        int error; /* errno of the first failed write, 0 if none */
} Sink;

static cairo_status_t sink_write(void *closure, const unsigned char *data, unsigned int length) {
        Sink *sink = closure;
        while (length > 0 && sink->error == 0) {
                ssize_t n = write(sink->fd, data, length);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n <= 0) {
                        sink->error = n < 0 ? errno : EIO;
                        break;
                }
                data += n;
                length -= (unsigned int) n;
        }
        return sink->error ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

static void metadata_set(cairo_surface_t *surface, cairo_pdf_metadata_t key, const char *value) {
        if (value && *value)
                cairo_pdf_surface_set_metadata(surface, key, value);
}

/* Every date is given explicitly: with SOURCE_DATE_EPOCH as the creation time the
 * same input gives the same bytes. */
static void metadata_apply(cairo_surface_t *surface, const DossierReportStyle *style,
                           const DossierPdfMetadata *meta) {
        metadata_set(surface, CAIRO_PDF_METADATA_TITLE,
                     meta && meta->title ? meta->title : style->title);
        metadata_set(surface, CAIRO_PDF_METADATA_AUTHOR,
                     meta && meta->author ? meta->author : style->author);
        if (!meta)
                return;
        metadata_set(surface, CAIRO_PDF_METADATA_SUBJECT, meta->subject);
        metadata_set(surface, CAIRO_PDF_METADATA_KEYWORDS, meta->keywords);
        metadata_set(surface, CAIRO_PDF_METADATA_CREATOR, meta->creator);
        g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc(meta->creation_time);
        if (!when)
                return;
        g_autofree char *iso = g_date_time_format(when, "%Y-%m-%dT%H:%M:%SZ");
        metadata_set(surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
        metadata_set(surface, CAIRO_PDF_METADATA_MOD_DATE, iso);
}

/* The two passes: lay everything out, then draw knowing the page count. */
static int render(DossierReport *report, cairo_surface_t *surface) {
        cairo_t *cr = cairo_create(surface);
        PangoContext *context = typography_context_new(cr);
        g_autoptr(Flow) flow = flow_new(report, context);
        DrawState state = {
                .cr = cr,
                .surface = surface,
                .style = &report->style,
                .context = context,
                .outline_parent = CAIRO_PDF_OUTLINE_ROOT,
                .outline_section = G_MAXUINT,
        };
        int n_pages = (int) flow->sheets->len;
        for (int i = 0; i < n_pages; i++) {
                const Sheet *sheet = g_ptr_array_index(flow->sheets, i);
                state.page_number = i + 1;
                chrome_draw(&state, sheet, n_pages);
                draw_sheet(&state, sheet);
                cairo_show_page(cr);
        }
        g_object_unref(context);
        cairo_destroy(cr);
        return n_pages;
}

static bool fail(GError **error, const char *path, const char *what, int err) {
        g_set_error(error, DOSSIER_ERROR, err == 0 ? DOSSIER_ERROR_RENDER : DOSSIER_ERROR_IO,
                    "%s: %s%s%s", path, what, err ? ": " : "", err ? g_strerror(err) : "");
        return false;
}

/* Draws into @fd; returns the page count, or -1 with @error. */
static int write_to(DossierReport *report, int fd, const char *path,
                    const DossierPdfMetadata *meta, GError **error) {
        const DossierReportStyle *style = &report->style;
        Sink sink = { .fd = fd };
        cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(
                sink_write, &sink, style->paper_width, style->paper_height);
        metadata_apply(surface, style, meta);
        int n_pages = render(report, surface);
        cairo_surface_finish(surface);
        cairo_status_t status = cairo_surface_status(surface);
        cairo_surface_destroy(surface);
        if (sink.error)
                return fail(error, path, "cannot write", sink.error), -1;
        if (status != CAIRO_STATUS_SUCCESS)
                return fail(error, path, cairo_status_to_string(status), 0), -1;
        if (fsync(fd) < 0)
                return fail(error, path, "cannot sync", errno), -1;
        return n_pages;
}

/* The rename is durable only once the folder itself is synced; a failure here
 * loses nothing already written, so it is not an error. */
static void dir_sync(const char *dir) {
        int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
                return;
        (void) fsync(fd);
        (void) close(fd);
}

bool dossier_report_write_pdf(DossierReport *report, const char *path,
                              const DossierPdfMetadata *metadata, GError **error) {
        g_return_val_if_fail(report != NULL && path != NULL, false);
        g_return_val_if_fail(report->open == NULL, false);
        g_return_val_if_fail(error == NULL || *error == NULL, false);
        g_autofree char *dir = g_path_get_dirname(path);
        g_autofree char *base = g_path_get_basename(path);
        g_autofree char *name = g_strconcat(base, ".XXXXXX.tmp", NULL);
        g_autofree char *tmp = g_build_filename(dir, name, NULL);
        int fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0)
                return fail(error, path, "cannot create a temporary file", errno);
        int n_pages = write_to(report, fd, path, metadata, error);
        bool ok = n_pages >= 0;
        if (close(fd) < 0 && ok)
                ok = fail(error, path, "cannot close", errno);
        if (ok && rename(tmp, path) < 0)
                ok = fail(error, path, "cannot rename the temporary file", errno);
        if (!ok) {
                (void) unlink(tmp);
                return false;
        }
        dir_sync(dir);
        report->n_pages = n_pages;
        return true;
}
