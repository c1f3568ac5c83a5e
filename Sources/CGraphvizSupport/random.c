// Layouts draw from the C library's generators (drand48, rand, random) and
// some (sfdp's overlap removal) without reseeding; see the header.

#include "CGraphvizSupport.h"

#include <stdlib.h>

void samverkan_reset_random(void) {
    srand48(1);
    srand(1);
    srandom(1);
}
