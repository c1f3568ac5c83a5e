#ifndef SAMVERKAN_CLIBXML2_SHIM_H
#define SAMVERKAN_CLIBXML2_SHIM_H
// libxml2's SAX2 parser through its installed headers (the GraphML
// reader); nothing vendored.
#include <libxml/xmlversion.h>
// libxml2 built with ICU would pull in the system's <unicode/*.h>, which
// clash with the ICU that Foundation bundles. Nothing used here needs
// them: the one struct they change (xmlCharEncodingHandler) is only ever
// reached through a pointer.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#endif
