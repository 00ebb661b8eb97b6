#include "ingest/RowBatch.h"

#include <cstring>

namespace cluedesk {
namespace {

void appendCount(QByteArray& out, quint32 n)
{
    out.append(reinterpret_cast<const char*>(&n), sizeof n);
}

void appendText(QByteArray& out, QByteArrayView text)
{
    appendCount(out, quint32(text.size()));
    out.append(text);
}

} // namespace

void RowBatch::addWhole(WholeRow&& row)
{
    entries.push_back({row.row.number, Kind::Whole, qsizetype(whole.size())});
    whole.push_back(std::move(row));
}

void RowBatch::addRecord(qint64 number, const QByteArray& recordJson, const std::vector<MappedPerson>& persons)
{
    entries.push_back({number, Kind::Record, text.size()});
    appendText(text, recordJson);
    appendCount(text, quint32(persons.size()));
    for (const MappedPerson& p : persons) {
        appendText(text, p.role.toUtf8());
        appendText(text, p.key.toUtf8());
        appendText(text, p.idWritten == p.key ? QByteArray() : p.idWritten.toUtf8());
        appendText(text, p.name.toUtf8());
        appendText(text, p.nameWritten == p.name ? QByteArray() : p.nameWritten.toUtf8());
    }
}

quint32 RowBatch::Reader::count()
{
    quint32 n = 0;
    std::memcpy(&n, m_text.constData() + m_at, sizeof n);
    m_at += qsizetype(sizeof n);
    return n;
}

QByteArrayView RowBatch::Reader::text()
{
    const qsizetype size = count();
    const QByteArrayView view(m_text.constData() + m_at, size);
    m_at += size;
    return view;
}

} // namespace cluedesk
