#ifndef SAMVERKAN_CGRAPHVIZ_SHIM_H
#define SAMVERKAN_CGRAPHVIZ_SHIM_H

// A thin layer over the *installed* Graphviz headers (Debian's libgraphviz-dev);
// nothing is vendored. Only what Swift 6 cannot call directly is wrapped here,
// in one-line `static inline` functions; C that does real work (the graph
// memory regions, the ID discipline, reading DOT text) is in the
// CGraphvizSupport target.

#include <stddef.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 refuses Graphviz's mutable C globals; reach them through functions.
static inline Agdesc_t samverkan_agdirected(void) { return Agdirected; }
static inline Agdesc_t samverkan_agundirected(void) { return Agundirected; }
static inline Agdesc_t samverkan_agstrictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t samverkan_agstrictundirected(void) { return Agstrictundirected; }

// cgraph takes `char *` for strings it never modifies; these take `const char *`
// so Swift strings can be passed directly.
static inline char *samverkan_agget(void *obj, const char *name) {
    return agget(obj, (char *)name);
}
static inline int samverkan_agxset(void *obj, Agsym_t *sym, const char *value) {
    return agxset(obj, sym, (char *)value);
}
static inline int samverkan_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}
static inline Agsym_t *samverkan_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}
static inline int samverkan_aghtmlstr(const char *s) { return aghtmlstr((char *)s); }

// The name of an attribute symbol (Agsym_t is a plain struct; its `name` is `char *`).
static inline const char *samverkan_agsym_name(const Agsym_t *sym) { return sym->name; }

// gvRenderData's length is `unsigned int` before Graphviz 13 and `size_t` from 13 on;
// callers always get a size_t.
static inline int samverkan_gvRenderData(GVC_t *gvc, Agraph_t *g, const char *format,
                                         char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int n = 0;
    int rc = gvRenderData(gvc, g, format, result, &n);
    *length = (size_t)n;
    return rc;
#endif
}

// The error callback takes `char *`; Swift hands a C function of this shape.
typedef int (*samverkan_errf)(const char *);
static inline void samverkan_agseterrf(samverkan_errf f) { agseterrf((agusererrf)f); }

#endif
