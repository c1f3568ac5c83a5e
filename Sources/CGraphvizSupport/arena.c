// Graph memory in creation order: samverkan_install_arena.
//
// Graphviz 2.42 compares node pointers where it needs an arbitrary but
// fixed order: fdp orients every edge of its derived graph from the node
// at the lower address to the one at the higher (fdpgen/layout.c,
// deriveGraph; also pack/ccomps.c), and the orientation decides the order
// in which forces are summed, so after a few hundred iterations the whole
// drawing differs. With malloc, addresses follow the state of the heap:
// the first rendering in a process gave one drawing, later ones others.
//
// cgraph allocates every graph object through a memory discipline; graphs
// that layouts open for themselves (NULL discipline) use the global
// AgMemDisc. samverkan_install_arena points AgMemDisc at an allocator that
// gives each root graph its own region of address space and hands out
// memory in increasing addresses: the order of addresses is the order of
// creation, whatever the heap looks like. Memory freed while the graph is
// open is not reused (it is only given back with the graph); closing the
// graph (cgraph frees the graph's Agclos_t last, and it is the region's
// first block) returns the region to a pool, with its pages released, for
// the next graph. Regions are never unmapped, so a stale pointer into a
// closed graph reads zeros or a later graph, as with malloc, and never
// faults. Allocations beyond a region fall back to malloc (and lose the
// order only for those); pointers from malloc are freed with free.
//
// Graphs opened with a discipline of their own keep it: the sentinel graph
// (sentinel.c), which lives for the whole process, uses plain memory.

#include "CGraphvizSupport.h"
#include "plain_memory.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define SAMVERKAN_ARENA_RESERVE ((size_t)256 << 20)
#define SAMVERKAN_ARENA_COMMIT ((size_t)1 << 20)

typedef struct samverkan_arena {
    char *base;
    size_t used, committed;
    void *first;
    struct samverkan_arena *next_free;
} samverkan_arena;

// The pool of closed regions. One instance: the functions that use it are
// only reached through AgMemDisc, installed once, under the renderer's lock.
static samverkan_arena *arena_pool = NULL;

static int arena_owns(const samverkan_arena *a, const void *p) {
    return (const char *)p >= a->base && (const char *)p < a->base + SAMVERKAN_ARENA_RESERVE;
}

void *samverkan_arena_open(Agdisc_t *disc) {
    (void)disc;
    samverkan_arena *a = arena_pool;
    if (a) {
        arena_pool = a->next_free;
        a->next_free = NULL;
        return a;
    }
    void *base = mmap(NULL, SAMVERKAN_ARENA_RESERVE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) return NULL;   // this graph falls back to malloc
    a = (samverkan_arena *)calloc(1, sizeof(samverkan_arena));
    if (!a) { munmap(base, SAMVERKAN_ARENA_RESERVE); return NULL; }
    a->base = (char *)base;
    return a;
}

void *samverkan_arena_alloc(void *heap, size_t request) {
    samverkan_arena *a = (samverkan_arena *)heap;
    if (!a) return samverkan_plain_alloc(request);
    size_t start = (a->used + 15) & ~(size_t)15;
    size_t end = start + (request ? request : 1);
    if (end > SAMVERKAN_ARENA_RESERVE) return samverkan_plain_alloc(request);
    if (end > a->committed) {
        size_t committed = (end + SAMVERKAN_ARENA_COMMIT - 1) & ~(SAMVERKAN_ARENA_COMMIT - 1);
        if (committed > SAMVERKAN_ARENA_RESERVE) committed = SAMVERKAN_ARENA_RESERVE;
        if (mprotect(a->base + a->committed, committed - a->committed, PROT_READ | PROT_WRITE) != 0)
            return samverkan_plain_alloc(request);
        a->committed = committed;
    }
    a->used = end;
    void *p = a->base + start;
    memset(p, 0, request);   // a region from the pool holds an earlier graph's bytes
    if (!a->first) a->first = p;
    return p;
}

void samverkan_arena_free(void *heap, void *ptr) {
    samverkan_arena *a = (samverkan_arena *)heap;
    if (!ptr) return;
    if (!a || !arena_owns(a, ptr)) { free(ptr); return; }
    if (ptr != a->first) return;
    // The graph is closed: give the pages back and pool the region.
    madvise(a->base, a->committed, MADV_DONTNEED);
    a->used = 0;
    a->first = NULL;
    a->next_free = arena_pool;
    arena_pool = a;
}

void *samverkan_arena_resize(void *heap, void *ptr, size_t oldsize, size_t request) {
    samverkan_arena *a = (samverkan_arena *)heap;
    if (!a || (ptr && !arena_owns(a, ptr))) return samverkan_plain_realloc(ptr, oldsize, request);
    void *p = samverkan_arena_alloc(heap, request);
    if (p && ptr) memcpy(p, ptr, oldsize < request ? oldsize : request);
    return p;
}

void samverkan_install_arena(void) {
    AgMemDisc.open = samverkan_arena_open;
    AgMemDisc.alloc = samverkan_arena_alloc;
    AgMemDisc.resize = samverkan_arena_resize;
    AgMemDisc.free = samverkan_arena_free;
    AgMemDisc.close = NULL;   // cgraph then frees object by object, the Agclos_t last
}
