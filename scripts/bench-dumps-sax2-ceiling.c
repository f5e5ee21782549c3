/* The single-thread ceiling for reading a MediaWiki dump with libxml2: SAX2 push parsing
 * (xmlCreatePushParserCtxt + xmlParseChunk) with empty callbacks, fed 1 MiB pieces as
 * DumpFile is, with the options XMLStream uses (XML_PARSE_NONET, no XML_PARSE_HUGE).
 * scripts/bench-dumps compiles and runs it:  sax2_ceiling FILE  (or - for standard input).
 * Prints the number of elements and character bytes to standard error. */
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>

static long elements, text_bytes;

static void on_start(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri, int namespace_count,
                     const xmlChar **namespaces, int attribute_count, int defaulted, const xmlChar **attributes) {
    elements++;
}
static void on_end(void *ctx, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {}
static void on_characters(void *ctx, const xmlChar *bytes, int length) { text_bytes += length; }

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s FILE|-\n", argv[0]); return 64; }
    FILE *file = strcmp(argv[1], "-") == 0 ? stdin : fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL);
    xmlCtxtUseOptions(context, XML_PARSE_NONET);
    static char buffer[1 << 20];
    size_t count;
    int status = 0;
    while (status == 0 && (count = fread(buffer, 1, sizeof buffer, file)) > 0) status = xmlParseChunk(context, buffer, (int)count, 0);
    if (status == 0) status = xmlParseChunk(context, NULL, 0, 1);
    if (status != 0 || !context->wellFormed) { fprintf(stderr, "%s: not well-formed (libxml2 error %d)\n", argv[1], status); return 1; }
    fprintf(stderr, "sax2_ceiling: %ld elements, %ld bytes of character data\n", elements, text_bytes);
    xmlFreeParserCtxt(context);
    return 0;
}
