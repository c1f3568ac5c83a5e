#ifndef SAMVERKAN_CGRAPHVIZ_SHIM_H
#define SAMVERKAN_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 refuses Graphviz's mutable C globals; reach them through functions.
static inline Agdesc_t samverkan_agdirected(void) { return Agdirected; }
static inline Agdesc_t samverkan_agundirected(void) { return Agundirected; }
static inline Agdesc_t samverkan_agstrictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t samverkan_agstrictundirected(void) { return Agstrictundirected; }

#endif
