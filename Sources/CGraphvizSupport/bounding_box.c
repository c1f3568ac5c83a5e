// The laid-out graph's bounding box, which the renderer needs to pad a
// drawing to an exact page size.

#include "CGraphvizSupport.h"

#include <graphviz/types.h>

int samverkan_graph_bb(Agraph_t *g, double *llx, double *lly, double *urx, double *ury) {
    if (g == NULL || AGDATA(g) == NULL) return -1;
    boxf bb = GD_bb(g);
    *llx = bb.LL.x;
    *lly = bb.LL.y;
    *urx = bb.UR.x;
    *ury = bb.UR.y;
    return 0;
}
