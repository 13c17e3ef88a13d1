#pragma once

#include "catalog/Declaration.h"
#include "catalog/Scope.h"

#include <QList>
#include <QString>

namespace scopevault {

/// An action (skill) of a pack, with the secrets it declares it needs.
struct Action
{
    QString pack;
    QString name;
    QString description;
    QList<Declaration> declarations;
    qint64 createdMs = 0;

    [[nodiscard]] Scope scope() const { return Scope::action(pack, name); }
    [[nodiscard]] const Declaration* declaration(const QString& secretName) const
    {
        for (const Declaration& each : declarations) {
            if (each.name == secretName) {
                return &each;
            }
        }
        return nullptr;
    }
};

} // namespace scopevault
