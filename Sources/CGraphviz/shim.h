#ifndef SAMVERKAN_CGRAPHVIZ_SHIM_H
#define SAMVERKAN_CGRAPHVIZ_SHIM_H

// A thin layer over the *installed* Graphviz headers (Debian's libgraphviz-dev);
// nothing is vendored. Only what Swift 6 cannot call directly is wrapped here.

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

// Layouts draw from the C library's generators (drand48, rand, random) and
// some (sfdp's overlap removal) without reseeding, so a layout would depend
// on the layouts run before it in the process. Reseeding before each layout
// gives every layout the state of a fresh process.
static inline void samverkan_reset_random(void) {
    srand48(1);
    srand(1);
    srandom(1);
}

// ---------------------------------------------------------------------------
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
// below, which lives for the whole process, uses samverkan_plain_memory.
// Install once, under the renderer's lock, before any graph is opened.

#define SAMVERKAN_ARENA_RESERVE ((size_t)256 << 20)
#define SAMVERKAN_ARENA_COMMIT ((size_t)1 << 20)

typedef struct samverkan_arena {
    char *base;
    size_t used, committed;
    void *first;
    struct samverkan_arena *next_free;
} samverkan_arena;

// The pool of closed regions. One instance: the functions that use it are
// only reached through AgMemDisc, installed once.
static inline samverkan_arena **samverkan_arena_pool(void) {
    static samverkan_arena *pool = NULL;
    return &pool;
}

static inline int samverkan_arena_owns(const samverkan_arena *a, const void *p) {
    return (const char *)p >= a->base && (const char *)p < a->base + SAMVERKAN_ARENA_RESERVE;
}

static inline void *samverkan_arena_open(Agdisc_t *disc) {
    (void)disc;
    samverkan_arena **pool = samverkan_arena_pool();
    samverkan_arena *a = *pool;
    if (a) {
        *pool = a->next_free;
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

static inline void *samverkan_plain_alloc(size_t request) {
    void *p = malloc(request);
    if (p) memset(p, 0, request);
    return p;
}

static inline void *samverkan_arena_alloc(void *heap, size_t request) {
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

static inline void samverkan_arena_free(void *heap, void *ptr) {
    samverkan_arena *a = (samverkan_arena *)heap;
    if (!ptr) return;
    if (!a || !samverkan_arena_owns(a, ptr)) { free(ptr); return; }
    if (ptr != a->first) return;
    // The graph is closed: give the pages back and pool the region.
    madvise(a->base, a->committed, MADV_DONTNEED);
    a->used = 0;
    a->first = NULL;
    samverkan_arena **pool = samverkan_arena_pool();
    a->next_free = *pool;
    *pool = a;
}

static inline void *samverkan_arena_resize(void *heap, void *ptr, size_t oldsize, size_t request) {
    samverkan_arena *a = (samverkan_arena *)heap;
    if (!a || (ptr && !samverkan_arena_owns(a, ptr))) {
        void *p = realloc(ptr, request);
        if (p && request > oldsize) memset((char *)p + oldsize, 0, request - oldsize);
        return p;
    }
    void *p = samverkan_arena_alloc(heap, request);
    if (p && ptr) memcpy(p, ptr, oldsize < request ? oldsize : request);
    return p;
}

static inline void samverkan_install_arena(void) {
    AgMemDisc.open = samverkan_arena_open;
    AgMemDisc.alloc = samverkan_arena_alloc;
    AgMemDisc.resize = samverkan_arena_resize;
    AgMemDisc.free = samverkan_arena_free;
    AgMemDisc.close = NULL;   // cgraph then frees object by object, the Agclos_t last
}

// Graphviz's own allocator (malloc, zeroed), for graphs that must not live
// in a region: the sentinel, which is laid out again and again.
static inline void *samverkan_plain_open(Agdisc_t *disc) { (void)disc; return NULL; }
static inline void *samverkan_plain_disc_alloc(void *heap, size_t request) {
    (void)heap;
    return samverkan_plain_alloc(request);
}
static inline void *samverkan_plain_resize(void *heap, void *ptr, size_t oldsize, size_t request) {
    (void)heap;
    void *p = realloc(ptr, request);
    if (p && request > oldsize) memset((char *)p + oldsize, 0, request - oldsize);
    return p;
}
static inline void samverkan_plain_free(void *heap, void *ptr) { (void)heap; free(ptr); }

// A small graph that is never freed (and lives on malloc, not in a region):
// a triangle of three labelled nodes with curved edges. Laying it out with circo before every real layout
// points Graphviz 2.42's address-keyed caches (circo's root-graph
// attribute cache, the curved-edge cycle cache, pango's last font) at this
// graph, which stays alive, so no real graph can ever be mistaken for the
// graph those caches were filled from. See GraphvizCacheReset.swift.
static inline Agraph_t *samverkan_make_sentinel_graph(void) {
    static Agmemdisc_t memory = {
        samverkan_plain_open, samverkan_plain_disc_alloc, samverkan_plain_resize, samverkan_plain_free, NULL,
    };
    static Agdisc_t discipline = { &memory, NULL, NULL };
    Agraph_t *g = agopen((char *)"samverkan_sentinel", Agundirected, &discipline);
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

// The error callback takes `char *`; Swift hands a C function of this shape.
typedef int (*samverkan_errf)(const char *);
static inline void samverkan_agseterrf(samverkan_errf f) { agseterrf((agusererrf)f); }

// ---------------------------------------------------------------------------
// Reading DOT text: samverkan_agread_text.
//
// Like agmemread, with two differences:
//
// 1. It reports how many bytes of `text` it consumed, so the caller can go
//    on reading after the first graph (Graphviz's memory reader hands the
//    lexer one line at a time, so text after the first graph may not have
//    been looked at).
// 2. It gives the graph an ID discipline that numbers objects in the order
//    their names first appear (names: 2, 4, 6 ...; anonymous objects: 1, 3,
//    5 ..., counted per graph). The default discipline uses the address of
//    the interned name as a named object's ID and one process-wide counter
//    for anonymous ones; subgraphs (clusters) are kept in ID order, and some
//    layouts (sfdp) visit objects in ID order, so the drawing would depend on
//    the state of the heap and on earlier graphs: two renderings in one
//    process could differ.
//
// Call only under the renderer's lock: cgraph's lexer is global.

typedef struct {
    const char *data;
    size_t length;
    size_t position;
} samverkan_text_reader;

// Hands the lexer one line per call, as cgraph's own memory reader does.
static inline int samverkan_read_line(void *chan, char *buffer, int size) {
    samverkan_text_reader *reader = (samverkan_text_reader *)chan;
    if (size <= 0 || reader->position >= reader->length) return 0;
    int n = 0;
    char c;
    do {
        c = reader->data[reader->position + (size_t)n];
        buffer[n++] = c;
    } while (c != '\n' && n < size && reader->position + (size_t)n < reader->length);
    reader->position += (size_t)n;
    return n;
}

// Per-graph state: names in order of first appearance (each holding one
// reference to the graph's interned string) and an open-addressing table
// from interned string to position. Interned strings are unique per graph,
// so pointers can be compared.
typedef struct {
    Agraph_t *graph;
    IDTYPE next_anonymous;
    char **names;
    size_t count, capacity;
    char **slot_keys;
    size_t *slot_values;
    size_t slots;   // a power of two, at least twice `count`
} samverkan_id_state;

static inline size_t samverkan_id_hash(const char *s, size_t slots) {
    uint64_t h = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (slots - 1);
}

static inline size_t *samverkan_id_find(samverkan_id_state *st, const char *key) {
    for (size_t i = samverkan_id_hash(key, st->slots);; i = (i + 1) & (st->slots - 1)) {
        if (st->slot_keys[i] == key) return &st->slot_values[i];
        if (st->slot_keys[i] == NULL) return NULL;
    }
}

static inline int samverkan_id_grow(samverkan_id_state *st) {
    if (st->count == st->capacity) {
        size_t capacity = st->capacity ? 2 * st->capacity : 64;
        char **names = (char **)realloc(st->names, capacity * sizeof(char *));
        if (!names) return 0;
        st->names = names;
        st->capacity = capacity;
    }
    if (2 * (st->count + 1) > st->slots) {
        size_t slots = st->slots ? 2 * st->slots : 128;
        char **keys = (char **)calloc(slots, sizeof(char *));
        size_t *values = (size_t *)calloc(slots, sizeof(size_t));
        if (!keys || !values) { free(keys); free(values); return 0; }
        for (size_t k = 0; k < st->count; k++) {
            size_t i = samverkan_id_hash(st->names[k], slots);
            while (keys[i]) i = (i + 1) & (slots - 1);
            keys[i] = st->names[k];
            values[i] = k;
        }
        free(st->slot_keys);
        free(st->slot_values);
        st->slot_keys = keys;
        st->slot_values = values;
        st->slots = slots;
    }
    return 1;
}

static inline void *samverkan_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    samverkan_id_state *st = (samverkan_id_state *)calloc(1, sizeof(samverkan_id_state));
    if (!st) return NULL;
    st->graph = g;
    st->next_anonymous = 1;
    if (!samverkan_id_grow(st)) { free(st); return NULL; }
    return st;
}

static inline long samverkan_id_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
    (void)objtype;
    samverkan_id_state *st = (samverkan_id_state *)state;
    if (!st) return 0;
    if (!name) {
        *id = st->next_anonymous;
        st->next_anonymous += 2;
        return 1;
    }
    char *key = agstrbind(st->graph, name);
    size_t *found = key ? samverkan_id_find(st, key) : NULL;
    if (found) {
        *id = 2 * ((IDTYPE)*found + 1);
        return 1;
    }
    if (!create || !samverkan_id_grow(st)) return 0;
    key = agstrdup(st->graph, name);
    if (!key) return 0;
    size_t k = st->count++;
    st->names[k] = key;
    size_t i = samverkan_id_hash(key, st->slots);
    while (st->slot_keys[i]) i = (i + 1) & (st->slots - 1);
    st->slot_keys[i] = key;
    st->slot_values[i] = k;
    *id = 2 * ((IDTYPE)k + 1);
    return 1;
}

static inline long samverkan_id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 0;
}
// Names stay until the graph is closed (a name may serve a node and a
// subgraph at once); agclose frees the interned strings with the graph.
static inline void samverkan_id_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}
static inline char *samverkan_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    samverkan_id_state *st = (samverkan_id_state *)state;
    if (!st || id == 0 || id % 2 != 0) return NULL;
    size_t k = (size_t)(id / 2 - 1);
    return k < st->count ? st->names[k] : NULL;
}
static inline void samverkan_id_close(void *state) {
    samverkan_id_state *st = (samverkan_id_state *)state;
    if (!st) return;
    free(st->names);
    free(st->slot_keys);
    free(st->slot_values);
    free(st);
}
static inline void samverkan_id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

// Reads the first graph of `text` (NULL when there is none or on a syntax
// error, reported through the error callback) and stores in *consumed how
// many bytes of `text` the lexer took.
static inline Agraph_t *samverkan_agread_text(const char *text, size_t *consumed) {
    // Graphs keep pointers to their disciplines, so these live as long as the program.
    static Agiddisc_t samverkan_id_discipline = {
        samverkan_id_open, samverkan_id_map, samverkan_id_alloc, samverkan_id_free,
        samverkan_id_print, samverkan_id_close, samverkan_id_register,
    };
    static Agiodisc_t samverkan_io_discipline = { 0, 0, 0 };
    static Agdisc_t samverkan_discipline = { 0, 0, 0 };
    samverkan_text_reader reader = { text, strlen(text), 0 };
    samverkan_io_discipline.afread = samverkan_read_line;
    samverkan_io_discipline.putstr = AgIoDisc.putstr;
    samverkan_io_discipline.flush = AgIoDisc.flush;
    samverkan_discipline.mem = &AgMemDisc;
    samverkan_discipline.id = &samverkan_id_discipline;
    samverkan_discipline.io = &samverkan_io_discipline;
    Agraph_t *g = agread(&reader, &samverkan_discipline);
    *consumed = reader.position;
    return g;
}

#endif
