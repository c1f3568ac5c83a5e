#ifndef SAMVERKAN_PLAIN_MEMORY_H
#define SAMVERKAN_PLAIN_MEMORY_H

// Graphviz's own allocation behaviour (malloc, zeroed; realloc zeroing the
// grown part), shared by the region allocator's fallbacks and the plain
// discipline. Internal to CGraphvizSupport.

#include <stddef.h>

void *samverkan_plain_alloc(size_t request);
void *samverkan_plain_realloc(void *ptr, size_t oldsize, size_t request);

#endif
