/* The libxml2 headers the shim uses. Only CXMLShim's implementation includes this module, so
   no libxml2 declaration reaches a Swift module that also imports FoundationXML. */
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
