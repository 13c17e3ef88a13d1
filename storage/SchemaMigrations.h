#pragma once

namespace scopevault {

class SqliteConnection;

/// The vault schema as numbered forward steps; PRAGMA user_version records the step reached.
class SchemaMigrations final
{
public:
    static constexpr int LatestVersion = 9;
    /// Marks the file as a Scopevault vault (PRAGMA application_id, "SVLT").
    static constexpr int ApplicationId = 0x53564c54;

    [[nodiscard]] static int currentVersion(SqliteConnection& connection);
    [[nodiscard]] static int applicationId(SqliteConnection& connection);
    /// Applies every step after the current version up to `target`, all in one transaction:
    /// either the file reaches `target` or it is left as it was.
    static void migrate(SqliteConnection& connection, int target = LatestVersion);
};

} // namespace scopevault
