// A small graph that is never freed (and lives on malloc, not in a region):
// a triangle of three labelled nodes with curved edges. Laying it out with
// circo before every real layout points Graphviz 2.42's address-keyed
// caches (circo's root-graph attribute cache, the curved-edge cycle cache,
// pango's last font) at this graph, which stays alive, so no real graph can
// ever be mistaken for the graph those caches were filled from. See
// GraphvizCacheReset.swift.

#include "CGraphvizSupport.h"
#include "plain_memory.h"

#include <stdlib.h>

// Graphviz's own allocator (malloc, zeroed), for a graph that must not live
// in a region: the sentinel, which is laid out again and again.
static void *plain_open(Agdisc_t *disc) { (void)disc; return NULL; }
static void *plain_alloc(void *heap, size_t request) {
    (void)heap;
    return samverkan_plain_alloc(request);
}
static void *plain_resize(void *heap, void *ptr, size_t oldsize, size_t request) {
    (void)heap;
    return samverkan_plain_realloc(ptr, oldsize, request);
}
static void plain_free(void *heap, void *ptr) { (void)heap; free(ptr); }

// The graph keeps a pointer to its discipline, so these live as long as the program.
static Agmemdisc_t plain_memory = { plain_open, plain_alloc, plain_resize, plain_free, NULL };
static Agdisc_t plain_discipline = { &plain_memory, NULL, NULL };

Agraph_t *samverkan_make_sentinel_graph(void) {
    Agraph_t *g = agopen((char *)"samverkan_sentinel", Agundirected, &plain_discipline);
    if (!g) return NULL;
    if (!agattr(g, AGRAPH, (char *)"splines", (char *)"curved")) { agclose(g); return NULL; }
    Agnode_t *a = agnode(g, (char *)"a", 1);
    Agnode_t *b = agnode(g, (char *)"b", 1);
    Agnode_t *c = agnode(g, (char *)"c", 1);
    if (!a || !b || !c || !agedge(g, a, b, NULL, 1) || !agedge(g, b, c, NULL, 1) || !agedge(g, c, a, NULL, 1)) {
        agclose(g);
        return NULL;
    }
    return g;
}
