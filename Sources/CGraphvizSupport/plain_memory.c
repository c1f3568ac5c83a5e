#include "plain_memory.h"

#include <stdlib.h>
#include <string.h>

void *samverkan_plain_alloc(size_t request) {
    void *p = malloc(request);
    if (p) memset(p, 0, request);
    return p;
}

void *samverkan_plain_realloc(void *ptr, size_t oldsize, size_t request) {
    void *p = realloc(ptr, request);
    if (p && request > oldsize) memset((char *)p + oldsize, 0, request - oldsize);
    return p;
}
