#ifndef SAMVERKAN_ID_DISCIPLINE_H
#define SAMVERKAN_ID_DISCIPLINE_H

#include <graphviz/cgraph.h>

// The ID discipline that numbers objects in the order their names first
// appear (id_discipline.c). Internal to CGraphvizSupport.
extern Agiddisc_t samverkan_id_discipline;

#endif
