#include "pool/StorageError.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace cluedesk {

QString storageMessage(const DbError& e)
{
    QString what;
    switch (e.code() & 0xff) {
    case SQLITE_FULL:
        what = QCoreApplication::translate("StorageError", "The disk is full (or a file-size limit was reached).");
        break;
    case SQLITE_READONLY:
        what = QCoreApplication::translate("StorageError", "The pool file cannot be written: it or its folder is read-only.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        what = QCoreApplication::translate(
            "StorageError", "The pool is in use by another ClueDesk or program; try again when it is done.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        what = QCoreApplication::translate("StorageError", "The pool file is damaged; restore it from a backup.");
        break;
    case SQLITE_CANTOPEN:
        what = QCoreApplication::translate("StorageError", "The pool file or its companion files cannot be opened or created.");
        break;
    case SQLITE_IOERR:
        what = e.code() == SQLITE_IOERR_DATA
            ? QCoreApplication::translate("StorageError",
                  "A page of the pool failed its integrity check: the file was changed outside ClueDesk or is damaged; "
                  "restore it from a backup.")
            : QCoreApplication::translate(
                  "StorageError", "The pool could not be read or written (a disk error, a full disk or a file-size limit).");
        break;
    default: what = QCoreApplication::translate("StorageError", "The pool could not be read or written."); break;
    }
    return QCoreApplication::translate(
        "StorageError", "%1 Nothing of the unfinished step was saved; what was saved before is kept. (%2)")
        .arg(what, e.message());
}

bool storageFailureIsFatal(const DbError& e)
{
    switch (e.code() & 0xff) {
    case SQLITE_FULL:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY: return false;
    case SQLITE_IOERR: return e.code() == SQLITE_IOERR_DATA || e.code() == SQLITE_IOERR_CORRUPTFS;
    default: return e.code() != 0; // 0: a refusal such as a newer schema, not the file
    }
}

} // namespace cluedesk
