#pragma once

#include <QString>

namespace scopevault {

/// An agent's name, checked once where it enters the core: [A-Za-z0-9][A-Za-z0-9_.-]*, at
/// most 64 characters. Whatever holds one needs no further check.
class AgentName final
{
public:
    /// Throws VaultError(Usage) naming the text and the rule.
    [[nodiscard]] static AgentName parse(const QString& text);
    [[nodiscard]] static bool isValid(const QString& text);

    [[nodiscard]] const QString& text() const { return m_text; }
    bool operator==(const AgentName& other) const { return m_text == other.m_text; }
    bool operator!=(const AgentName& other) const { return m_text != other.m_text; }

private:
    explicit AgentName(QString text);

    QString m_text;
};

} // namespace scopevault
