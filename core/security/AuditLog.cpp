#include "security/AuditLog.h"

#include "security/Disclosure.h"

#include "pool/Pool.h"

#include <QCoreApplication>
#include <sodium.h>

namespace cluedesk {
namespace {

const QString kGenesis = QString(64, u'0');

QString mac(const QByteArray& text, const crypto::SecretKey* key)
{
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(text.constData()), size_t(text.size()),
        key ? key->bytes() : nullptr, key ? crypto::kKeyBytes : 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString metaValue(Pool& pool, const char* key)
{
    return pool.db().scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?1"), {QString::fromLatin1(key)}).toString();
}

// From which entry on the chain is keyed ("seq:mac of it"): pools encrypted before keying keep
// their older entries as they were. Without the key the marker cannot be moved.
qint64 keyedFrom(Pool& pool)
{
    if (!pool.auditKey())
        return 0;
    const QString marker = metaValue(pool, "audit.keyed_from");
    const qint64 seq = marker.section(u':', 0, 0).toLongLong();
    if (seq < 1 || marker.section(u':', 1) != mac("keyed from " + QByteArray::number(seq), pool.auditKey().get()))
        return -1; // missing or forged: no entry counts as keyed, and verify() says so
    return seq;
}

} // namespace

QString AuditLog::hashOf(const QString& prevHash, const AuditEntry& e, const crypto::SecretKey* key)
{
    return mac(
        QStringList{prevHash, QString::number(e.seq), e.at, e.user, e.action, e.subject, e.detail}.join(QChar(0x1f)).toUtf8(),
        key);
}

void AuditLog::record(const QString& action, const QString& subject, const QString& detail)
{
    Database& db = m_pool.db();
    Savepoint sp(db, "audit");
    Statement last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    AuditEntry e;
    QString prev = kGenesis;
    e.seq = 1;
    if (last.step()) {
        e.seq = last.int64(0) + 1;
        prev = last.text(1);
    }
    last.reset();
    qint64 keyed = keyedFrom(m_pool);
    if (m_pool.auditKey() && keyed == -1 && metaValue(m_pool, "audit.keyed_from").isEmpty()) {
        keyed = e.seq; // the first entry this pool's key covers
        db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('audit.keyed_from', ?1)"))
            .bind(1,
                QStringLiteral("%1:%2").arg(keyed).arg(mac("keyed from " + QByteArray::number(keyed), m_pool.auditKey().get())))
            .run();
    }
    e.at = m_pool.nowText();
    e.user = m_pool.user();
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    e.hash = hashOf(prev, e, keyed > 0 && e.seq >= keyed ? m_pool.auditKey().get() : nullptr);
    db.prepare(QStringLiteral("INSERT INTO audit_log(seq, at, user, action, subject, detail, prev_hash, hash) VALUES(?1, ?2, ?3, "
                              "?4, ?5, ?6, ?7, ?8)"))
        .bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.user)
        .bind(4, e.action)
        .bind(5, e.subject)
        .bind(6, e.detail)
        .bind(7, prev)
        .bind(8, e.hash)
        .run();
    // The head of the chain, so that deleting the newest entries is noticed too.
    db.prepare(QStringLiteral(
                   "INSERT INTO meta(key, value) VALUES('audit.head', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(1, QStringLiteral("%1:%2").arg(e.seq).arg(e.hash))
        .run();
    sp.release();
}

std::vector<AuditEntry> AuditLog::list(const AuditFilter& f)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT seq, at, user, action, subject, detail, prev_hash, hash FROM audit_log "
                                           "WHERE (?1 = '' OR action LIKE ?1 || '%') AND (?2 = '' OR user = ?2) AND (?3 = '' OR "
                                           "instr(subject, ?3) > 0 OR instr(detail, ?3) > 0) "
                                           "ORDER BY seq DESC LIMIT ?4"));
    // A role that may not see full IDs sees them masked here too, and searches the masked text
    // (a search for part of a number would tell it the rest).
    const bool full = Disclosure::fullIds(m_pool);
    st.bind(1, f.action).bind(2, f.user).bind(3, full ? f.text : QString()).bind(4, full || f.text.isEmpty() ? f.limit : -1);
    std::vector<AuditEntry> out;
    while (st.step() && (full || int(out.size()) < f.limit)) {
        AuditEntry e{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)};
        if (!full) {
            e.subject = Disclosure::maskIdNumbers(e.subject);
            e.detail = Disclosure::maskIdNumbers(e.detail);
            if (!f.text.isEmpty() && !e.subject.contains(f.text) && !e.detail.contains(f.text))
                continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

QString AuditLog::head()
{
    return m_pool.db().scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'audit.head'")).toString();
}

AuditVerification AuditLog::verify(const QString& outsideHead)
{
    AuditVerification v;
    const qint64 keyed = keyedFrom(m_pool);
    if (keyed == -1 && !metaValue(m_pool, "audit.keyed_from").isEmpty()) {
        v.ok = false;
        v.problem = QCoreApplication::translate("AuditLog", "the mark of where the keyed chain begins was changed");
        return v;
    }
    const qint64 wantSeq = outsideHead.section(u':', 0, 0).toLongLong();
    const QString wantHash = outsideHead.section(u':', 1);
    bool headSeen = outsideHead.isEmpty();
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT seq, at, user, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq"));
    QString prev = kGenesis;
    qint64 expected = 1;
    const auto bad = [&](qint64 seq, const QString& problem) {
        v.ok = false;
        v.firstBad = seq;
        v.problem = problem;
        return v;
    };
    while (st.step()) {
        AuditEntry e{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)};
        ++v.entries;
        if (e.seq != expected)
            return bad(expected,
                QCoreApplication::translate("AuditLog", "entry %1 is missing: the log jumps from %2 to %3")
                    .arg(expected)
                    .arg(expected - 1)
                    .arg(e.seq));
        if (e.prevHash != prev)
            return bad(e.seq, QCoreApplication::translate("AuditLog", "entry %1 does not follow the entry before it").arg(e.seq));
        if (hashOf(prev, e, keyed > 0 && e.seq >= keyed ? m_pool.auditKey().get() : nullptr) != e.hash)
            return bad(e.seq, QCoreApplication::translate("AuditLog", "entry %1 was changed after it was written").arg(e.seq));
        if (e.seq == wantSeq) {
            if (e.hash != wantHash)
                return bad(e.seq,
                    QCoreApplication::translate("AuditLog",
                        "entry %1 is not the one recorded outside the pool (on a backup or a letter): the "
                        "log was rewritten")
                        .arg(e.seq));
            headSeen = true;
        }
        prev = e.hash;
        ++expected;
    }
    if (!headSeen)
        return bad(wantSeq,
            QCoreApplication::translate("AuditLog", "entry %1, recorded outside the pool, is no longer in the log").arg(wantSeq));
    const QString head = this->head();
    const QString tail = v.entries == 0 ? QString() : QStringLiteral("%1:%2").arg(expected - 1).arg(prev);
    if (head != tail)
        return bad(expected,
            QCoreApplication::translate(
                "AuditLog", "the newest entries were removed: the log ends at %1, but entry %2 was written")
                .arg(expected - 1)
                .arg(head.section(QLatin1Char(':'), 0, 0)));
    return v;
}

} // namespace cluedesk
