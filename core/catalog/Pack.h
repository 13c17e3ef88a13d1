#pragma once

#include <QString>
#include <QtGlobal>

namespace scopevault {

/// A skill pack: the scope between system and its actions.
struct Pack
{
    QString name;
    QString description;
    qint64 createdMs = 0;
};

} // namespace scopevault
