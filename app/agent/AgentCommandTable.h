#pragma once

#include "AgentOptions.h"

#include <string>
#include <vector>

namespace scopevault {

/// The commands of scopevault-agent and the options each parses: what AgentApp hands to
/// AgentOptions, and what `scopevault-agent completion bash|zsh` writes the completion
/// scripts from (so that they cannot name an option the program does not take).
class AgentCommandTable final
{
public:
    struct Command
    {
        std::string name;
        std::vector<AgentOptions::Spec> options;
        /// Option values that are files (completed as file names).
        std::vector<std::string> fileOptions;
        /// Values of --format, when the command has it.
        std::vector<std::string> formats;
    };

    [[nodiscard]] static const std::vector<Command>& all();
    /// The command of that name; throws std::out_of_range for another (a bug, not input).
    [[nodiscard]] static const Command& get(const std::string& name);
    [[nodiscard]] static std::string bashCompletion();
    [[nodiscard]] static std::string zshCompletion();
};

} // namespace scopevault
