#include "catalog/Scope.h"

#include "vault/VaultError.h"

#include <QCoreApplication>

#include <algorithm>

namespace scopevault {

namespace {

const QLatin1String SystemName("system");

enum class Segment
{
    Pack,
    Action
};

// The message is built only when the segment is refused: opening a vault parses every
// secret's scope, and translating two words for each took a tenth of a listing.
void requireSegment(const QString& segment, Segment what, const QString& whole)
{
    if (!Scope::isValidSegment(segment)) {
        throw VaultError(
            ErrorCode::Usage,
            QCoreApplication::translate(
                "Scope", "invalid scope '%1': %2 name '%3' must match [a-z0-9][a-z0-9_-]* "
                         "(at most 64 characters)")
                .arg(whole,
                     what == Segment::Pack ? QCoreApplication::translate("Scope", "pack")
                                           : QCoreApplication::translate("Scope", "action"),
                     segment));
    }
}

bool isLowerAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool Scope::isValidSegment(const QString& segment)
{
    // [a-z0-9][a-z0-9_-]{0,63}
    if (segment.isEmpty() || segment.size() > 64 || !isLowerAlnum(segment.front().unicode())) {
        return false;
    }
    return std::all_of(segment.cbegin(), segment.cend(),
                       [](QChar c) { return isLowerAlnum(c.unicode()) || c == u'_' || c == u'-'; });
}

Scope Scope::pack(const QString& pack)
{
    requireSegment(pack, Segment::Pack, pack);
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
    if (!isValidSegment(pack) || !isValidSegment(action)) {
        const QString whole = pack + QLatin1Char('/') + action;
        requireSegment(pack, Segment::Pack, whole);
        requireSegment(action, Segment::Action, whole);
    }
    if (pack == SystemName) {
        throw VaultError(ErrorCode::Usage,
                         QCoreApplication::translate("Scope",
                                                     "invalid scope '%1': 'system' is reserved and "
                                                     "has no actions")
                             .arg(pack + QLatin1Char('/') + action));
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
