/* The one error domain of dossier (include/dossier/error.h). */
#include <dossier/error.h>

G_DEFINE_QUARK(dossier-error-quark, dossier_error)
