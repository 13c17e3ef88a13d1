#pragma once

#include <QString>

namespace scopevault {

/// A secret an action says it needs: its NAME, what it is for, and whether the action can run
/// without it.
struct Declaration
{
    QString name;
    QString description;
    bool required = true;

    bool operator==(const Declaration& other) const
    {
        return name == other.name && description == other.description && required == other.required;
    }
};

} // namespace scopevault
