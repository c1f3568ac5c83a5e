#ifndef SAMVERKAN_CGRAPHVIZ_SUPPORT_H
#define SAMVERKAN_CGRAPHVIZ_SUPPORT_H

// C that does real work for the renderer: graph memory in creation order,
// an ID discipline that numbers objects in order of appearance, the
// sentinel graph, and reading DOT text with a count of what was consumed.
// Everything here is called only under the renderer's lock: cgraph's
// lexer, AgMemDisc and the C random generators are process-wide.

#include <stddef.h>
#include <graphviz/cgraph.h>

// Layouts draw from the C library's generators (drand48, rand, random) and
// some (sfdp's overlap removal) without reseeding, so a layout would depend
// on the layouts run before it in the process. Reseeding before each layout
// gives every layout the state of a fresh process.
void samverkan_reset_random(void);

// Points the global AgMemDisc at the region allocator (arena.c): each root
// graph gets its own region of address space, addresses in creation order.
// Install once, under the renderer's lock, before any graph is opened.
void samverkan_install_arena(void);

// The region allocator's discipline functions, as AgMemDisc calls them
// (exposed for tests). `open` returns a region (NULL: fall back to malloc);
// `alloc` returns zeroed memory at increasing addresses; `free` of a
// region's first block closes the region and pools it.
void *samverkan_arena_open(Agdisc_t *disc);
void *samverkan_arena_alloc(void *heap, size_t request);
void *samverkan_arena_resize(void *heap, void *ptr, size_t oldsize, size_t request);
void samverkan_arena_free(void *heap, void *ptr);

// A small graph that is never freed and lives on malloc, not in a region
// (sentinel.c). NULL when it cannot be made.
Agraph_t *samverkan_make_sentinel_graph(void);

// Reads the first graph of `text` (NULL when there is none or on a syntax
// error, reported through the error callback) with the appearance-order ID
// discipline (read_text.c), and stores in *consumed how many bytes of
// `text` the lexer took.
Agraph_t *samverkan_agread_text(const char *text, size_t *consumed);

// The bounding box of a laid-out graph (GD_bb), in points: after
// gvLayout, before gvFreeLayout. Returns 0, or -1 without a layout.
int samverkan_graph_bb(Agraph_t *g, double *llx, double *lly, double *urx, double *ury);

#endif
