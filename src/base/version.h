/* capa's version, for `capa version` and the control API. */
#ifndef CAPA_BASE_VERSION_H
#define CAPA_BASE_VERSION_H

#define CAPA_VERSION "0.1.0"

#endif
