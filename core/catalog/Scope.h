#pragma once

#include <QString>

namespace scopevault {

/// Where a secret applies: the whole system, a skill pack, or one action of a pack.
class Scope final
{
public:
    enum class Kind
    {
        System,
        Pack,
        Action,
    };

    static Scope system() { return Scope(); }
    static Scope pack(const QString& pack);
    static Scope action(const QString& pack, const QString& action);
    /// Parses "system", "PACK" or "PACK/ACTION". Throws VaultError(Usage) saying which part
    /// is wrong and what is allowed.
    static Scope parse(const QString& text);
    /// True for a valid pack or action name: [a-z0-9][a-z0-9_-]*, at most 64 characters.
    static bool isValidSegment(const QString& segment);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString packName() const { return m_pack; }
    [[nodiscard]] QString actionName() const { return m_action; }
    [[nodiscard]] QString toString() const;
    /// True when this scope is `other` or lies inside it (an action inside its pack).
    [[nodiscard]] bool isWithin(const Scope& other) const;

    bool operator==(const Scope& other) const
    {
        return m_kind == other.m_kind && m_pack == other.m_pack && m_action == other.m_action;
    }
    bool operator!=(const Scope& other) const { return !(*this == other); }

private:
    Scope() = default;

    Kind m_kind = Kind::System;
    QString m_pack;
    QString m_action;
};

} // namespace scopevault
