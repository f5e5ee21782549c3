#ifndef TRANSTRACK_XML_SHIM_H
#define TRANSTRACK_XML_SHIM_H

/* A push parser over libxml2's SAX2 interface, for streaming MediaWiki exports.
 *
 * This header deliberately includes no libxml2 header: FoundationXML and libxml2 declarations in
 * one Swift module clash (UErrorCode), so Swift sees only these opaque types and callbacks. Names
 * and text arrive as byte ranges valid only during the callback. */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xs_parser xs_parser;

typedef struct xs_handlers {
    void *context;
    /* An element starts. attributes holds attribute_count pairs (name, value) as
       pointer/length: names[i], name_lengths[i], values[i], value_lengths[i]. */
    void (*start)(void *context, const unsigned char *name, int name_length, int attribute_count,
                  const unsigned char *const *attribute_names, const int *attribute_name_lengths,
                  const unsigned char *const *attribute_values, const int *attribute_value_lengths);
    void (*end)(void *context, const unsigned char *name, int name_length);
    void (*text)(void *context, const unsigned char *bytes, int length);
} xs_handlers;

/* Creates a parser that rejects DTDs and never loads anything from the network or disk. */
xs_parser *xs_create(const xs_handlers *handlers);

/* Feeds bytes; terminate = 1 on the last call. Returns 0, or 1 once the document is in error
   (then xs_error_* describe the first error). */
int xs_feed(xs_parser *parser, const char *bytes, int length, int terminate);

/* Stops parsing from inside a callback; the next xs_feed returns 1 with the given message. */
void xs_stop(xs_parser *parser, const char *message);

/* From inside a callback: no more events until the element open now (the innermost one whose
   start has been delivered and whose end has not) ends; its end event is delivered. Parsing,
   well-formedness and limits go on as before. */
void xs_skip_element(xs_parser *parser);

/* libxml2's limits without XML_PARSE_HUGE: the longest text node (XML_MAX_TEXT_LENGTH, which its
   SAX2 push parser does not apply to character data, so handlers that keep text apply it) and the
   deepest nesting (xmlParserMaxDepth, which the shim applies). */
long xs_max_text_length(void);
int xs_max_depth(void);

const char *xs_error_message(const xs_parser *parser);
long xs_error_offset(const xs_parser *parser);
int xs_error_line(const xs_parser *parser);
int xs_error_column(const xs_parser *parser);

void xs_free(xs_parser *parser);

#ifdef __cplusplus
}
#endif

#endif
