#include "AgentCommandTable.h"

#include <stdexcept>

namespace scopevault {

namespace {

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const std::string& word : words) {
        text += (text.empty() ? "" : " ") + word;
    }
    return text;
}

std::vector<std::string> optionWords(const AgentCommandTable::Command& command)
{
    std::vector<std::string> words;
    for (const AgentOptions::Spec& spec : command.options) {
        words.push_back(std::string("--") + spec.name);
    }
    words.emplace_back("--help");
    return words;
}

std::vector<std::string> commandNames()
{
    std::vector<std::string> names;
    for (const AgentCommandTable::Command& command : AgentCommandTable::all()) {
        names.push_back(command.name);
    }
    return names;
}

} // namespace

const std::vector<AgentCommandTable::Command>& AgentCommandTable::all()
{
    static const std::vector<AgentOptions::Spec> open = {{"bundle", true},
                                                         {"identity", true},
                                                         {"vault-key", true},
                                                         {"action", true},
                                                         {"receipts", true}};
    static const std::vector<std::string> openFiles = {"--bundle", "--identity", "--vault-key",
                                                       "--receipts"};
    static const std::vector<Command> commands = [] {
        std::vector<AgentOptions::Spec> exec = open;
        exec.push_back({"stdin-json", false});
        std::vector<AgentOptions::Spec> env = open;
        env.push_back({"format", true});
        return std::vector<Command>{
            {"keygen", {{"out", true}}, {"--out"}, {}},
            {"inspect", {{"json", false}}, {}, {}},
            {"exec", exec, openFiles, {}},
            {"env", env, openFiles, {"dotenv", "json", "shell"}},
            {"completion", {}, {}, {}},
        };
    }();
    return commands;
}

const AgentCommandTable::Command& AgentCommandTable::get(const std::string& name)
{
    for (const Command& command : all()) {
        if (command.name == name) {
            return command;
        }
    }
    throw std::out_of_range("no agent command " + name);
}

std::string AgentCommandTable::bashCompletion()
{
    std::string options;
    std::string files;
    for (const Command& command : all()) {
        options += "    " + command.name + ") words='" + joined(optionWords(command)) + "' ;;\n";
        if (!command.fileOptions.empty()) {
            files += "    " + command.name + ") files=' " + joined(command.fileOptions) + " ' ;;\n";
        }
    }
    return "# Completion for scopevault-agent, generated from its command table by\n"
           "# 'scopevault-agent completion bash'; do not edit.\n"
           "_scopevault_agent()\n{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    local command=${COMP_WORDS[1]} words='' files=''\n"
           "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
           "        COMPREPLY=($(compgen -W '" +
           joined(commandNames()) +
           " --help --version' -- \"$cur\")); return\n"
           "    fi\n"
           "    case $command in\n" +
           options + "    esac\n    case $command in\n" + files +
           "    esac\n"
           "    if [ \"$command\" = env ] && [ \"$prev\" = --format ]; then\n"
           "        COMPREPLY=($(compgen -W '" +
           joined(get("env").formats) +
           "' -- \"$cur\")); return\n"
           "    fi\n"
           "    if [ \"$command\" = completion ]; then\n"
           "        COMPREPLY=($(compgen -W 'bash zsh' -- \"$cur\")); return\n"
           "    fi\n"
           "    if [[ $files == *\" $prev \"* || $cur != -* ]]; then\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\")); return\n"
           "    fi\n"
           "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n}\n"
           "complete -F _scopevault_agent scopevault-agent\n";
}

std::string AgentCommandTable::zshCompletion()
{
    std::string options;
    for (const Command& command : all()) {
        std::string specs;
        for (const AgentOptions::Spec& spec : command.options) {
            const std::string option = std::string("--") + spec.name;
            std::string action;
            if (option == "--format") {
                action = ":format:(" + joined(command.formats) + ")";
            } else if (spec.takesValue) {
                action = ":" + std::string(spec.name) + ":_files";
            }
            specs += " '" + option + action + "'";
        }
        if (command.name == "exec") {
            specs += " '*::command:_normal'";
        } else if (command.name == "completion") {
            specs += " '1:shell:(bash zsh)'";
        } else if (command.name == "inspect") {
            specs += " '1:bundle:_files'";
        }
        options += "    " + command.name + ") _arguments" + specs + " ;;\n";
    }
    return "#compdef scopevault-agent\n"
           "# Completion for scopevault-agent, generated from its command table by\n"
           "# 'scopevault-agent completion zsh'; do not edit.\n"
           "_scopevault_agent()\n{\n"
           "    if (( CURRENT == 2 )); then\n"
           "        compadd -- " +
           joined(commandNames()) +
           " --help --version; return\n"
           "    fi\n"
           "    local command=${words[2]}\n"
           "    shift words; (( CURRENT-- ))\n"
           "    case $command in\n" +
           options +
           "    esac\n}\n"
           "_scopevault_agent \"$@\"\n";
}

} // namespace scopevault
