#pragma once
// The parts of a zip file (an .xlsx) read as QIODevices, with minizip, the zlib contrib library
// Debian ships (libxlsxwriter writes with it too; QuaZip, which bundles its own copy under the
// same symbol names, could not live in one program with it). A part whose unpacked size is
// absurd for its packed size (a zip bomb) is refused before it is read, and nothing beyond the
// size a part's header declares is ever inflated (minizip stops there; ZipPart checks again).
#include <QIODevice>
#include <QString>
#include <memory>

namespace cluedesk {

class ZipPart;

class ZipArchive {
public:
    // Null when the file is not a readable zip (no central directory).
    static std::unique_ptr<ZipArchive> open(const QString& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    enum class Problem { None, Missing, TooLarge, Unreadable };
    // Opens the part (names compared without case). Only one part is open at a time: opening
    // another closes the one before, so drop the previous part first.
    std::unique_ptr<ZipPart> openPart(const QString& name, Problem* problem = nullptr);

    // A part may unpack to at most this many bytes, unless it is also no more than
    // kMostRatio times its packed size (text XML packs 5-20 times).
    static constexpr qint64 kMostBytes = qint64(256) << 20;
    static constexpr qint64 kMostRatio = 200;
    static constexpr qint64 kHardLimit = qint64(16) << 30;

private:
    explicit ZipArchive(void* handle) : m_zip(handle) { }
    void* m_zip; // unzFile
};

class ZipPart final : public QIODevice {
public:
    ~ZipPart() override;
    qint64 size() const override { return m_size; }
    bool isSequential() const override { return true; }
    qint64 consumed() const { return m_consumed; } // bytes inflated so far
    QString problem() const { return m_problem; }  // why reading stopped early, if it did

protected:
    qint64 readData(char* data, qint64 most) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    friend class ZipArchive;
    ZipPart(void* zip, qint64 size) : m_zip(zip), m_size(size) { }
    void* m_zip;
    qint64 m_size;
    qint64 m_consumed = 0;
    QString m_problem;
};

} // namespace cluedesk
