/* The only C that touches libxml2. See include/xml_shim.h. */
#include "xml_shim.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XS_MAX_ATTRIBUTES 16

struct xs_parser {
    xmlParserCtxtPtr context;
    xmlSAXHandler sax;
    xs_handlers handlers;
    int failed;
    /* Elements open now, and whether the root element has started (for clearer messages at the end). */
    int depth;
    int started;
    /* While non-zero, no event reaches Swift until the element open at this depth ends (its end
       event is delivered): a page nobody wants costs libxml2's parsing only. */
    int mute_depth;
    char message[512];
    long offset;
    int line;
    int column;
    const unsigned char *names[XS_MAX_ATTRIBUTES];
    int name_lengths[XS_MAX_ATTRIBUTES];
    const unsigned char *values[XS_MAX_ATTRIBUTES];
    int value_lengths[XS_MAX_ATTRIBUTES];
};

static void xs_fail(xs_parser *parser, const char *message, int line, int column) {
    if (parser->failed) return;
    parser->failed = 1;
    snprintf(parser->message, sizeof parser->message, "%s", message);
    size_t length = strlen(parser->message);
    while (length > 0 && (parser->message[length - 1] == '\n' || parser->message[length - 1] == ' ')) parser->message[--length] = 0;
    parser->offset = parser->context ? xmlByteConsumed(parser->context) : -1;
    parser->line = line;
    parser->column = column;
    if (parser->context) xmlStopParser(parser->context);
}

static void xs_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri, int namespace_count,
                     const xmlChar **namespaces, int attribute_count, int defaulted, const xmlChar **attributes) {
    (void)prefix; (void)uri; (void)namespace_count; (void)namespaces; (void)defaulted;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)ctx;
    xs_parser *parser = (xs_parser *)context->_private;
    if (parser->failed) return;
    parser->started = 1;
    /* libxml2's push parser does not apply its depth limit (xmlParserMaxDepth, 256 without
       XML_PARSE_HUGE) to SAX2 events, so the shim does: an export nests six levels deep. */
    if (++parser->depth > (int)xmlParserMaxDepth) {
        char message[160];
        snprintf(message, sizeof message,
                 "elements are nested more than %u levels deep (libxml2's limit without XML_PARSE_HUGE); a MediaWiki export nests six",
                 xmlParserMaxDepth);
        xs_fail(parser, message, context->input ? context->input->line : 0, context->input ? context->input->col : 0);
        return;
    }
    if (parser->mute_depth) return;
    int count = attribute_count < XS_MAX_ATTRIBUTES ? attribute_count : XS_MAX_ATTRIBUTES;
    for (int i = 0; i < count; i++) {
        /* SAX2 gives five pointers per attribute: localname, prefix, URI, value start, value end. */
        parser->names[i] = attributes[5 * i];
        parser->name_lengths[i] = (int)strlen((const char *)attributes[5 * i]);
        parser->values[i] = attributes[5 * i + 3];
        parser->value_lengths[i] = (int)(attributes[5 * i + 4] - attributes[5 * i + 3]);
    }
    parser->handlers.start(parser->handlers.context, localname, (int)strlen((const char *)localname), count, parser->names,
                           parser->name_lengths, parser->values, parser->value_lengths);
}

static void xs_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix; (void)uri;
    xs_parser *parser = (xs_parser *)((xmlParserCtxtPtr)ctx)->_private;
    if (parser->failed) return;
    parser->depth--;
    if (parser->mute_depth) {
        if (parser->depth >= parser->mute_depth) return;
        parser->mute_depth = 0;
    }
    parser->handlers.end(parser->handlers.context, localname, (int)strlen((const char *)localname));
}

static void xs_characters(void *ctx, const xmlChar *bytes, int length) {
    xs_parser *parser = (xs_parser *)((xmlParserCtxtPtr)ctx)->_private;
    if (parser->failed || parser->mute_depth) return;
    parser->handlers.text(parser->handlers.context, bytes, length);
}

/* Exports never have a DOCTYPE; a document with one is refused before any entity is declared,
   which is what makes entity expansion attacks and external entities impossible. */
static void xs_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name; (void)external_id; (void)system_id;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)ctx;
    xs_parser *parser = (xs_parser *)context->_private;
    xs_fail(parser, "a DOCTYPE declaration is not allowed (DTDs and entities are refused; neither MediaWiki exports nor office documents have one)",
            context->input ? context->input->line : 0, context->input ? context->input->col : 0);
}

static void xs_entity_declaration(void *ctx, const xmlChar *name, int type, const xmlChar *public_id, const xmlChar *system_id,
                                  xmlChar *content) {
    (void)name; (void)type; (void)public_id; (void)system_id; (void)content;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)ctx;
    xs_fail((xs_parser *)context->_private, "entity declarations are not allowed", 0, 0);
}

static xmlEntityPtr xs_get_entity(void *ctx, const xmlChar *name) {
    /* Only the five predefined entities exist; libxml2 resolves those itself. */
    (void)ctx;
    return xmlGetPredefinedEntity(name);
}

static xmlParserInputPtr xs_resolve_entity(void *ctx, const xmlChar *public_id, const xmlChar *system_id) {
    (void)public_id; (void)system_id;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)ctx;
    xs_fail((xs_parser *)context->_private, "external resources are never loaded", 0, 0);
    return NULL;
}

static void xs_structured_error(void *ctx, xmlErrorPtr error) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)ctx;
    if (!context || !error || error->level < XML_ERR_ERROR) return;
    xs_parser *parser = (xs_parser *)context->_private;
    /* At the end of input libxml2 says "Extra content at the end of the document" for a document
       that is empty or stops inside an element; say what happened instead. */
    if (error->code == XML_ERR_DOCUMENT_END && !parser->started) {
        xs_fail(parser, "the document is empty: no root element (is the file empty, or the download incomplete?)", error->line,
                error->int2);
        return;
    }
    if (error->code == XML_ERR_DOCUMENT_END && context->nameNr > 0 && context->name) {
        char message[256];
        snprintf(message, sizeof message, "the document is truncated: it ends inside <%.64s> with %d element%s still open",
                 (const char *)context->name, context->nameNr, context->nameNr == 1 ? "" : "s");
        xs_fail(parser, message, error->line, error->int2);
        return;
    }
    xs_fail(parser, error->message ? error->message : "malformed XML", error->line, error->int2);
}

xs_parser *xs_create(const xs_handlers *handlers) {
    xs_parser *parser = calloc(1, sizeof(xs_parser));
    if (!parser) return NULL;
    parser->handlers = *handlers;
    memset(&parser->sax, 0, sizeof parser->sax);
    parser->sax.initialized = XML_SAX2_MAGIC;
    parser->sax.startElementNs = xs_start;
    parser->sax.endElementNs = xs_end;
    parser->sax.characters = xs_characters;
    parser->sax.cdataBlock = xs_characters;
    parser->sax.internalSubset = xs_internal_subset;
    parser->sax.entityDecl = xs_entity_declaration;
    parser->sax.getEntity = xs_get_entity;
    parser->sax.resolveEntity = xs_resolve_entity;
    parser->sax.serror = xs_structured_error;
    parser->context = xmlCreatePushParserCtxt(&parser->sax, NULL, NULL, 0, NULL);
    if (!parser->context) {
        free(parser);
        return NULL;
    }
    parser->context->_private = parser;
    /* NONET only: never NOENT, DTDLOAD, DTDVALID, DTDATTR or HUGE, so libxml2's own limits on
       depth and text size stay on. */
    xmlCtxtUseOptions(parser->context, XML_PARSE_NONET);
    parser->offset = -1;
    return parser;
}

int xs_feed(xs_parser *parser, const char *bytes, int length, int terminate) {
    if (parser->failed) return 1;
    int status = xmlParseChunk(parser->context, bytes, length, terminate);
    if (status != 0 && !parser->failed) {
        xmlErrorPtr error = xmlCtxtGetLastError(parser->context);
        xs_fail(parser, error && error->message ? error->message : "malformed XML", error ? error->line : 0, error ? error->int2 : 0);
    }
    return parser->failed;
}

void xs_stop(xs_parser *parser, const char *message) {
    xmlParserCtxtPtr context = parser->context;
    xs_fail(parser, message, context && context->input ? context->input->line : 0, context && context->input ? context->input->col : 0);
}

void xs_skip_element(xs_parser *parser) {
    if (parser->depth > 0) parser->mute_depth = parser->depth;
}

long xs_max_text_length(void) { return XML_MAX_TEXT_LENGTH; }
int xs_max_depth(void) { return (int)xmlParserMaxDepth; }

const char *xs_error_message(const xs_parser *parser) { return parser->message; }
long xs_error_offset(const xs_parser *parser) { return parser->offset; }
int xs_error_line(const xs_parser *parser) { return parser->line; }
int xs_error_column(const xs_parser *parser) { return parser->column; }

void xs_free(xs_parser *parser) {
    if (!parser) return;
    if (parser->context) {
        if (parser->context->myDoc) xmlFreeDoc(parser->context->myDoc);
        xmlFreeParserCtxt(parser->context);
    }
    free(parser);
}
