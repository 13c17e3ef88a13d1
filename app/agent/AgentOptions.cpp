#include "AgentOptions.h"

#include "AgentError.h"
#include "Text.h"

#include <getopt.h>

namespace scopevault {

AgentOptions::AgentOptions(const std::string& command, const std::vector<std::string>& arguments,
                           const std::vector<Spec>& specs, bool stopAtCommand)
{
    std::vector<option> longOptions;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        longOptions.push_back({specs[i].name, specs[i].takesValue ? required_argument : no_argument,
                               nullptr, static_cast<int>(i) + 1});
    }
    longOptions.push_back({nullptr, 0, nullptr, 0});

    // getopt_long wants argv: the command in argv[0], then the words, then a null.
    std::vector<std::string> words{command};
    words.insert(words.end(), arguments.cbegin(), arguments.cend());
    std::vector<char*> argv;
    for (std::string& word : words) {
        argv.push_back(word.data());
    }
    argv.push_back(nullptr);

    opterr = 0; // our own messages
    optind = 0; // full re-initialisation of getopt's state
    const char* shortOptions = stopAtCommand ? "+:" : ":";
    const int argc = static_cast<int>(words.size());
    for (;;) {
        int index = -1;
        const int result = getopt_long(argc, argv.data(), shortOptions, longOptions.data(), &index);
        if (result == -1) {
            break;
        }
        const std::string given =
            optind - 1 < argc ? argv[static_cast<std::size_t>(optind - 1)] : std::string();
        if (result == ':') {
            throw AgentError(ErrorCode::Usage,
                             Text::format("%s needs a value (see scopevault-agent --help)",
                                          {given.substr(0, given.find('='))}));
        }
        if (result == '?' || result < 1 || static_cast<std::size_t>(result) > specs.size()) {
            throw AgentError(ErrorCode::Usage,
                             Text::format("%s does not take option '%s' (see scopevault-agent "
                                          "--help)",
                                          {command, given}));
        }
        m_values[specs[static_cast<std::size_t>(result - 1)].name] = optarg ? optarg : "";
    }
    for (int i = optind; i < argc; ++i) {
        m_positional.emplace_back(argv[static_cast<std::size_t>(i)]);
    }
}

bool AgentOptions::isSet(const std::string& name) const
{
    return m_values.count(name) > 0;
}

std::string AgentOptions::value(const std::string& name) const
{
    const auto found = m_values.find(name);
    return found == m_values.cend() ? std::string() : found->second;
}

void AgentOptions::require(const std::vector<std::string>& names) const
{
    std::vector<std::string> missing;
    for (const std::string& name : names) {
        if (!isSet(name)) {
            missing.push_back("--" + name);
        }
    }
    if (!missing.empty()) {
        throw AgentError(ErrorCode::Usage, Text::format("missing %s (see scopevault-agent --help)",
                                                        {Text::join(missing, ", ")}));
    }
}

} // namespace scopevault
