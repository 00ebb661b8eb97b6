#pragma once
// libxml2's SAX2 push parser behind a small C++ interface: bytes are fed as they arrive (from a
// zip part, say) and a subclass hears each element and run of text, in UTF-8, without a tree
// or a QString per node. Never reaches the network or an outside DTD, and never expands an
// entity declared in the document (no "billion laughs"): such a reference is an error.
#include <QString>
#include <cstring>
#include <optional>
#include <string_view>

namespace cluedesk {

class SaxPushParser {
public:
    SaxPushParser();
    virtual ~SaxPushParser();
    SaxPushParser(const SaxPushParser&) = delete;
    SaxPushParser& operator=(const SaxPushParser&) = delete;

    // The next bytes; last when the input has ended.
    void feed(const char* data, int size, bool last);
    // The XML is not well-formed (or the parser could not start).
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // stop() was called: what follows is not read, and is no error.
    bool stopped() const { return m_stopped; }

protected:
    // name is the local name (without prefix). Attributes come as libxml2 gives them: five
    // pointers each (local name, prefix, URI, value start, value end); use attribute().
    virtual void startElement(const char* name, int attributeCount, const char** attributes) = 0;
    virtual void endElement(const char* name) = 0;
    virtual void characters(const char* text, int size) = 0;
    // Called once the last bytes were fed without error; a subclass may call fail() here.
    virtual void ended() { }

    static std::optional<std::string_view> attribute(const char* key, int attributeCount, const char** attributes);
    // The first letters differ for most names a handler asks about: that test is inline.
    static bool is(const char* name, const char* literal)
    {
        return name[0] == literal[0] && (name[0] == 0 || std::strcmp(name + 1, literal + 1) == 0);
    }
    void stop();
    void fail(const QString& message);

private:
    struct Sax;
    void* m_ctxt = nullptr; // xmlParserCtxtPtr
    QString m_error;
    bool m_stopped = false;
};

} // namespace cluedesk
