#include "ingest/SaxPushParser.h"

#include <cstring>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

namespace cluedesk {

// libxml2 calls these with the parser as user data.
struct SaxPushParser::Sax {
    static void start(void* self, const xmlChar* localname, const xmlChar*, const xmlChar*, int, const xmlChar**,
        int attributeCount, int, const xmlChar** attributes)
    {
        static_cast<SaxPushParser*>(self)->startElement(
            reinterpret_cast<const char*>(localname), attributeCount, reinterpret_cast<const char**>(attributes));
    }
    static void end(void* self, const xmlChar* localname, const xmlChar*, const xmlChar*)
    {
        static_cast<SaxPushParser*>(self)->endElement(reinterpret_cast<const char*>(localname));
    }
    static void text(void* self, const xmlChar* chars, int size)
    {
        static_cast<SaxPushParser*>(self)->characters(reinterpret_cast<const char*>(chars), size);
    }
    static void error(void* self, xmlErrorPtr e)
    {
        auto* p = static_cast<SaxPushParser*>(self);
        if (e && e->level >= XML_ERR_ERROR && !p->m_stopped && !p->failed())
            p->fail(QString::fromUtf8(e->message).trimmed());
    }
};

SaxPushParser::SaxPushParser()
{
    static xmlSAXHandler handler = [] {
        xmlSAXHandler h;
        std::memset(&h, 0, sizeof h);
        h.initialized = XML_SAX2_MAGIC;
        h.startElementNs = &Sax::start;
        h.endElementNs = &Sax::end;
        h.characters = &Sax::text;
        h.cdataBlock = &Sax::text;
        h.ignorableWhitespace = &Sax::text;
        h.serror = &Sax::error;
        // No entityDecl or getEntity: entities a document declares are never stored or expanded.
        return h;
    }();
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&handler, this, nullptr, 0, nullptr);
    if (ctxt)
        xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    m_ctxt = ctxt;
}

SaxPushParser::~SaxPushParser()
{
    if (m_ctxt)
        xmlFreeParserCtxt(static_cast<xmlParserCtxtPtr>(m_ctxt));
}

void SaxPushParser::fail(const QString& message)
{
    if (!failed())
        m_error = message.isEmpty() ? QStringLiteral("not well-formed XML") : message;
}

void SaxPushParser::stop()
{
    m_stopped = true;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(m_ctxt));
}

void SaxPushParser::feed(const char* data, int size, bool last)
{
    if (m_stopped || failed())
        return;
    if (!m_ctxt) {
        fail(QStringLiteral("out of memory"));
        return;
    }
    const int rc = xmlParseChunk(static_cast<xmlParserCtxtPtr>(m_ctxt), data, size, last ? 1 : 0);
    if (m_stopped)
        return;
    if (rc != 0)
        fail(QStringLiteral("XML error %1").arg(rc));
    if (last && !failed())
        ended();
}

std::optional<std::string_view> SaxPushParser::attribute(const char* key, int attributeCount, const char** attributes)
{
    for (int i = 0; i < attributeCount; ++i) {
        const char** a = attributes + 5 * i;
        if (is(a[0], key))
            return std::string_view(a[3], size_t(a[4] - a[3]));
    }
    return std::nullopt;
}

} // namespace cluedesk
