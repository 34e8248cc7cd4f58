/* Parsing of user-supplied values (command line, config files). */
#ifndef CAPA_BASE_PARSE_H
#define CAPA_BASE_PARSE_H

#include <stdint.h>

/* Parse a size such as "4096", "64K", "256M", "2G", "1T" (binary units, optional "B"/"iB").
 * Returns 0 or -EINVAL (garbage, empty, overflow). */
int parse_size(const char *s, uint64_t *out);

/* Parse a non-negative number of seconds ("10", "0.5"). Returns 0 or -EINVAL. */
int parse_seconds(const char *s, double *out);

#endif
