// Reading DOT text: samverkan_agread_text.
//
// Like agmemread, with two differences:
//
// 1. It reports how many bytes of `text` it consumed, so the caller can go
//    on reading after the first graph (Graphviz's memory reader hands the
//    lexer one line at a time, so text after the first graph may not have
//    been looked at).
// 2. It gives the graph the ID discipline of id_discipline.c, which numbers
//    objects in the order their names first appear.
//
// Call only under the renderer's lock: cgraph's lexer is global.

#include "CGraphvizSupport.h"
#include "id_discipline.h"

#include <string.h>

typedef struct {
    const char *data;
    size_t length;
    size_t position;
} text_reader;

// Hands the lexer one line per call, as cgraph's own memory reader does.
static int read_line(void *chan, char *buffer, int size) {
    text_reader *reader = (text_reader *)chan;
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

// Graphs keep pointers to their disciplines, so these live as long as the program.
static Agiodisc_t io_discipline = { 0, 0, 0 };
static Agdisc_t discipline = { 0, 0, 0 };

Agraph_t *samverkan_agread_text(const char *text, size_t *consumed) {
    text_reader reader = { text, strlen(text), 0 };
    io_discipline.afread = read_line;
    io_discipline.putstr = AgIoDisc.putstr;
    io_discipline.flush = AgIoDisc.flush;
    discipline.mem = &AgMemDisc;
    discipline.id = &samverkan_id_discipline;
    discipline.io = &io_discipline;
    Agraph_t *g = agread(&reader, &discipline);
    *consumed = reader.position;
    return g;
}
