#pragma once

#include <map>
#include <string>
#include <vector>

namespace scopevault {

/// The options and arguments of one scopevault-agent command, parsed with getopt_long.
class AgentOptions final
{
public:
    struct Spec
    {
        const char* name;
        bool takesValue;
    };

    /// Parses `arguments` (the words after the command). With `stopAtCommand`, parsing ends at
    /// the first word that is not an option (what follows is a command line of its own);
    /// otherwise options and arguments may be mixed. Throws AgentError(Usage) naming an
    /// unknown option or a missing value.
    AgentOptions(const std::string& command, const std::vector<std::string>& arguments,
                 const std::vector<Spec>& specs, bool stopAtCommand);

    [[nodiscard]] bool isSet(const std::string& name) const;
    /// The value of an option that takes one (the last given); empty when not set.
    [[nodiscard]] std::string value(const std::string& name) const;
    [[nodiscard]] const std::vector<std::string>& positional() const { return m_positional; }
    /// Throws AgentError(Usage) listing the options among `names` that were not given.
    void require(const std::vector<std::string>& names) const;

private:
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_positional;
};

} // namespace scopevault
