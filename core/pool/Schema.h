#pragma once
// Numbered schema migrations. Each step is SQL run in order; all pending steps run in one
// transaction together with the new version number in `meta`, so a pool is always at exactly
// one known version.
#include <QString>
#include <functional>
#include <vector>

namespace cluedesk {

class Database;

class Schema {
public:
    static int latestVersion();
    static int versionOf(Database& db); // 0 for an empty file
    // Called when a pool that holds data is upgraded (from, to): once before the first step,
    // then every few milliseconds while the steps run, so a window can say so and repaint.
    using Upgrading = std::function<void(int from, int to)>;
    // Brings the pool to targetVersion (latest by default). Throws DbError on failure,
    // leaving the pool at its previous version.
    static void migrate(Database& db, int targetVersion = -1, const Upgrading& upgrading = {});

private:
    static const std::vector<const char*>& steps();
};

} // namespace cluedesk
