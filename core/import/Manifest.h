#pragma once

#include "catalog/Declaration.h"

#include <QList>
#include <QString>

namespace scopevault {

/// What one skill's manifest.yaml says it needs.
struct Manifest
{
    QString path;
    QString name;
    QString description;
    QList<Declaration> declarations;
};

} // namespace scopevault
