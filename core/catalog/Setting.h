#pragma once

#include <QString>

namespace scopevault {

/// One vault-wide policy value (e.g. the longest bundle lifetime), sealed like every other
/// catalog object so that changing it needs the passphrase and leaves an audit event.
struct Setting
{
    QString key;
    QString value;
};

} // namespace scopevault
