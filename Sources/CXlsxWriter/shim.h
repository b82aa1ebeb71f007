#ifndef PRATIQUES_CXLSXWRITER_SHIM_H
#define PRATIQUES_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
