#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scopevault {

/// scopevault-agent: keygen, inspect, exec and env on the agent's host. Parses arguments and
/// prints; checking and decrypting bundles is the bundle library's BundleOpener. Uses no Qt.
class AgentApp final
{
public:
    /// `arguments` as main() received them (program name first); `nowMs` is the time bundles
    /// are checked against.
    AgentApp(std::vector<std::string> arguments, std::int64_t (*nowMs)());
    /// The process exit code.
    int run();

private:
    int dispatch();
    int keygen();
    int inspect();
    int exec();
    int env();

    std::vector<std::string> m_arguments;
    std::int64_t (*m_nowMs)();
};

} // namespace scopevault
