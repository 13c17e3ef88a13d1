#pragma once

#include <QStringList>

namespace scopevault {

class Clock;

/// scopevault-agent: keygen, inspect, exec and env on the agent's host. Parses arguments and
/// prints; checking and decrypting bundles is core's BundleOpener.
class AgentApp final
{
public:
    AgentApp(QStringList arguments, const Clock& clock);
    /// The process exit code.
    int run();

private:
    int dispatch();
    int keygen();
    int inspect();
    int exec();
    int env();

    QStringList m_arguments;
    const Clock& m_clock;
};

} // namespace scopevault
