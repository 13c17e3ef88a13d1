#include "catalog/Scope.h"

#include "vault/VaultError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace scopevault {

namespace {

const QLatin1String SystemName("system");

void requireSegment(const QString& segment, const QString& what, const QString& whole)
{
    if (!Scope::isValidSegment(segment)) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "Scope",
                             "invalid scope '%1': %2 name '%3' must match [a-z0-9][a-z0-9_-]* "
                             "(at most 64 characters)")
                             .arg(whole, what, segment));
    }
}

} // namespace

bool Scope::isValidSegment(const QString& segment)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z0-9][a-z0-9_-]{0,63}\\z"));
    return pattern.match(segment).hasMatch();
}

Scope Scope::pack(const QString& pack)
{
    requireSegment(pack, QCoreApplication::translate("Scope", "pack"), pack);
    if (pack == SystemName) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("Scope",
                                                     "invalid scope '%1': 'system' is reserved and "
                                                     "cannot be a pack name")
                             .arg(pack));
    }
    Scope scope;
    scope.m_kind = Kind::Pack;
    scope.m_pack = pack;
    return scope;
}

Scope Scope::action(const QString& pack, const QString& action)
{
    const QString whole = pack + QLatin1Char('/') + action;
    requireSegment(pack, QCoreApplication::translate("Scope", "pack"), whole);
    requireSegment(action, QCoreApplication::translate("Scope", "action"), whole);
    if (pack == SystemName) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("Scope",
                                                     "invalid scope '%1': 'system' is reserved and "
                                                     "has no actions")
                             .arg(whole));
    }
    Scope scope;
    scope.m_kind = Kind::Action;
    scope.m_pack = pack;
    scope.m_action = action;
    return scope;
}

Scope Scope::parse(const QString& text)
{
    if (text == SystemName) {
        return system();
    }
    if (text.isEmpty()) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "Scope", "empty scope (expected system, PACK or PACK/ACTION)"));
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return pack(text);
    }
    if (text.indexOf(QLatin1Char('/'), slash + 1) >= 0) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "Scope", "invalid scope '%1': at most one '/' (PACK/ACTION)")
                             .arg(text));
    }
    return action(text.left(slash), text.mid(slash + 1));
}

QString Scope::toString() const
{
    switch (m_kind) {
    case Kind::System:
        return SystemName;
    case Kind::Pack:
        return m_pack;
    case Kind::Action:
        return m_pack + QLatin1Char('/') + m_action;
    }
    return {};
}

bool Scope::isWithin(const Scope& other) const
{
    switch (other.m_kind) {
    case Kind::System:
        return m_kind == Kind::System;
    case Kind::Pack:
        return m_kind != Kind::System && m_pack == other.m_pack;
    case Kind::Action:
        return *this == other;
    }
    return false;
}

} // namespace scopevault
