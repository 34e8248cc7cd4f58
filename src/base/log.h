/* Logging and user-facing error buffers. Thread-safe: each call writes one line to stderr. */
#ifndef CAPA_BASE_LOG_H
#define CAPA_BASE_LOG_H

#include <stdarg.h>
#include <stddef.h>

enum log_level { LOG_ERROR, LOG_WARN, LOG_INFO, LOG_DEBUG };

/* Messages above this level are dropped; set once at start-up by the CLI. */
void log_set_level(enum log_level level);

/* Log one line ("capa: <level>: <msg>"). Any thread. */
void log_msg(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__)
#define log_warn(...)  log_msg(LOG_WARN, __VA_ARGS__)
#define log_info(...)  log_msg(LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__)

/* A user-facing error message, filled by the failing function and printed by its caller. */
struct errbuf {
    char msg[256];
};

/* Format into eb (if eb is non-NULL) and return err, so callers can `return errbuf_set(...)`. */
int errbuf_set(struct errbuf *eb, int err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
