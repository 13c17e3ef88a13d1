#pragma once

#include <QString>

#include <functional>

struct stat;

namespace scopevault {

/// Every entry below a folder, in name order, as the scanner and its digest see them:
/// symbolic links are reported, never followed; `.git` is not entered; an entry that cannot be
/// examined is reported with a null status.
class FolderWalk final
{
public:
    /// `relative`: the entry's path below `root`, with '/'; `native`: its full path, encoded
    /// for the file system.
    using Visit = std::function<void(const QString& relative, const QByteArray& native,
                                     const struct stat* status)>;

    static void each(const QString& root, const Visit& visit);

private:
    static void walk(const QString& root, const QString& relative, const Visit& visit);
};

} // namespace scopevault
