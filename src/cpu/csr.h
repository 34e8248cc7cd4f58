/* Names of the CSRs the hart implements (for disassemblers, traces and tests). The access rules
 * themselves are csr_read/csr_write in cpu/cpu_internal.h. */
#ifndef CAPA_CPU_CSR_H
#define CAPA_CPU_CSR_H

#include <stdbool.h>

/* Large enough for every name, e.g. "mhpmcounter31" plus the terminating NUL. */
#define CSR_NAME_MAX 16

/* Write the name of CSR number csr (as the privileged spec spells it, e.g. "mstatus",
 * "pmpaddr12") to buf and return buf; NULL when the hart does not implement that CSR. */
const char *csr_name(unsigned csr, char buf[CSR_NAME_MAX]);

/* The number of the CSR called name, or -1 when the hart implements no CSR of that name. */
int csr_number(const char *name);

/* True when the hart implements CSR number csr (at some privilege level). */
bool csr_exists(unsigned csr);

#endif
