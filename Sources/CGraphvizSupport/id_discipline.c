// An ID discipline that numbers objects in the order their names first
// appear (names: 2, 4, 6 ...; anonymous objects: 1, 3, 5 ..., counted per
// graph). The default discipline uses the address of the interned name as
// a named object's ID and one process-wide counter for anonymous ones;
// subgraphs (clusters) are kept in ID order, and some layouts (sfdp) visit
// objects in ID order, so the drawing would depend on the state of the heap
// and on earlier graphs: two renderings in one process could differ.

#include "id_discipline.h"

#include <stdint.h>
#include <stdlib.h>

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
} id_state;

static size_t id_hash(const char *s, size_t slots) {
    uint64_t h = (uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (slots - 1);
}

static size_t *id_find(id_state *st, const char *key) {
    for (size_t i = id_hash(key, st->slots);; i = (i + 1) & (st->slots - 1)) {
        if (st->slot_keys[i] == key) return &st->slot_values[i];
        if (st->slot_keys[i] == NULL) return NULL;
    }
}

static int id_grow(id_state *st) {
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
            size_t i = id_hash(st->names[k], slots);
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

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    id_state *st = (id_state *)calloc(1, sizeof(id_state));
    if (!st) return NULL;
    st->graph = g;
    st->next_anonymous = 1;
    if (!id_grow(st)) { free(st); return NULL; }
    return st;
}

static long id_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
    (void)objtype;
    id_state *st = (id_state *)state;
    if (!st) return 0;
    if (!name) {
        *id = st->next_anonymous;
        st->next_anonymous += 2;
        return 1;
    }
    char *key = agstrbind(st->graph, name);
    size_t *found = key ? id_find(st, key) : NULL;
    if (found) {
        *id = 2 * ((IDTYPE)*found + 1);
        return 1;
    }
    if (!create || !id_grow(st)) return 0;
    key = agstrdup(st->graph, name);
    if (!key) return 0;
    size_t k = st->count++;
    st->names[k] = key;
    size_t i = id_hash(key, st->slots);
    while (st->slot_keys[i]) i = (i + 1) & (st->slots - 1);
    st->slot_keys[i] = key;
    st->slot_values[i] = k;
    *id = 2 * ((IDTYPE)k + 1);
    return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 0;
}

// Names stay until the graph is closed (a name may serve a node and a
// subgraph at once); agclose frees the interned strings with the graph.
static void id_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}

static char *id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    id_state *st = (id_state *)state;
    if (!st || id == 0 || id % 2 != 0) return NULL;
    size_t k = (size_t)(id / 2 - 1);
    return k < st->count ? st->names[k] : NULL;
}

static void id_close(void *state) {
    id_state *st = (id_state *)state;
    if (!st) return;
    free(st->names);
    free(st->slot_keys);
    free(st->slot_values);
    free(st);
}

static void id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

// Graphs keep a pointer to their discipline, so it lives as long as the program.
Agiddisc_t samverkan_id_discipline = {
    id_open, id_map, id_alloc, id_free, id_print, id_close, id_register,
};
