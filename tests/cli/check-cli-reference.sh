#!/usr/bin/env bash
# The manual page and the completion scripts the build generated (and the packages install)
# against what scopevault-cli itself accepts: every command of `scopevault-cli --help` is in
# the man page and completes in bash and zsh; every option of `help COMMAND` completes after
# that command; man renders the page without a warning.
# Then the same for scopevault-agent: every command of its --help completes in bash and zsh,
# and every option its help lists is offered after some command.
#   tests/cli/check-cli-reference.sh CLI AGENT GENERATED_DOCS_DIR
set -euo pipefail
cli=${1:?scopevault-cli}
agent=${2:?scopevault-agent}
docs=${3:?generated docs dir}
fail() { echo "FAIL: $*"; exit 1; }
export LC_ALL=C.UTF-8 LANGUAGE=
mapfile -t commands < <("$cli" --help | awk '/^Commands:/ {on = 1; next} /^$/ {on = 0}
    on && /^  [a-z]/ { name = $1; if ($2 ~ /^[a-z][a-z-]*$/) name = name " " $2; print name }')
[ "${#commands[@]}" -gt 40 ] || fail "read only ${#commands[@]} commands from --help"

page=$(zcat "$docs/scopevault-cli.1.gz")
warnings=$(man --warnings -E UTF-8 -l "$docs/scopevault-cli.1.gz" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man warns: $warnings"
bash_script=$docs/scopevault-cli.bash
zsh_script=$docs/scopevault-cli.zsh
bash -n "$bash_script"
zsh -n "$zsh_script"

complete_bash() { # WORDS...: what bash offers for the last word
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _scopevault_cli;
        printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_script" scopevault-cli "$@"
}
complete_zsh() { # WORDS...: the candidates zsh's _describe or compadd receives
    zsh -c 'compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }
        _describe() { local -a c; c=("${(@P)4}"); print -rl -- ${c%%:*} }
        _files() { print files }
        . "$1" >/dev/null; shift; words=("$@"); CURRENT=$#; _scopevault_cli' \
        _ "$zsh_script" scopevault-cli "$@"
}
top_bash=$(complete_bash '')
top_zsh=$(complete_zsh '')
for command in "${commands[@]}"; do
    escaped=$(sed 's/-/\\\\-/g' <<<"$command")
    grep -q "^\\\\fB$escaped\\\\fR" <<<"$page" || fail "'$command' is not in the man page"
    first=${command%% *}
    grep -qx "$first" <<<"$top_bash" || fail "bash does not complete '$first'"
    grep -qx "$first" <<<"$top_zsh" || fail "zsh does not complete '$first'"
    if [ "$first" != "$command" ]; then
        grep -qx "${command#* }" <<<"$(complete_bash "$first" '')" ||
            fail "bash does not complete '$command'"
        grep -qx "${command#* }" <<<"$(complete_zsh "$first" '')" ||
            fail "zsh does not complete '$command'"
    fi
    # shellcheck disable=SC2086
    mapfile -t options < <("$cli" help $command | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' |
        sed 's/.*--/--/')
    read -r -a words <<<"$command"
    offered_bash=$(complete_bash "${words[@]}" --)
    offered_zsh=$(complete_zsh "${words[@]}" --)
    for option in "${options[@]}"; do
        grep -qx -- "$option" <<<"$offered_bash" || fail "bash does not offer $option after '$command'"
        grep -qx -- "$option" <<<"$offered_zsh" || fail "zsh does not offer $option after '$command'"
        grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" <<<"$page" ||
            fail "$option of '$command' is not in the man page"
    done
done
echo "${#commands[@]} commands: all in the man page and in bash and zsh completion, with their options"

# scopevault-agent
[ "$("$agent" -V)" = "$("$agent" --version)" ] || fail "scopevault-agent -V differs from --version"
agent_page=$(zcat "$docs/scopevault-agent.1.gz")
bash -n "$docs/scopevault-agent.bash"
zsh -n "$docs/scopevault-agent.zsh"
agent_bash() {
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _scopevault_agent;
        printf "%s\n" "${COMPREPLY[@]}"' _ "$docs/scopevault-agent.bash" scopevault-agent "$@"
}
agent_zsh() { # the option specs _arguments receives, or the words compadd receives
    zsh -c 'compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }
        _arguments() { print -rl -- "$@" | sed "s/[:\[].*//" }
        . "$1" >/dev/null; shift; words=("$@"); CURRENT=$#; _scopevault_agent' \
        _ "$docs/scopevault-agent.zsh" scopevault-agent "$@"
}
mapfile -t agent_commands < <("$agent" --help | awk '/^Commands:/ {on = 1; next} /^$/ {on = 0}
    on && /^  [a-z]/ {print $1}')
[ "${#agent_commands[@]}" -ge 5 ] || fail "read only ${#agent_commands[@]} agent commands"
mapfile -t agent_options < <("$agent" --help | awk '/^Options:/ {on = 1; next} /^$/ {on = 0}
    on {print}' | grep -oE -- '--[a-z-]+' | grep -vE -- '--(help|version)$')
offered_bash='' offered_zsh=''
for command in "${agent_commands[@]}"; do
    grep -qx "$command" <<<"$(agent_bash '')" || fail "bash does not complete agent '$command'"
    grep -qx "$command" <<<"$(agent_zsh '')" || fail "zsh does not complete agent '$command'"
    grep -q "^\\fB$command\\fR\|^$command\b\|^\.IP $command\|$command" <<<"$agent_page" ||
        fail "agent '$command' is not in its man page"
    offered_bash+=$(agent_bash "$command" --)$'\n'
    offered_zsh+=$(agent_zsh "$command" '')$'\n'
done
for option in "${agent_options[@]}"; do
    grep -qx -- "$option" <<<"$offered_bash" || fail "bash offers agent $option after no command"
    grep -qx -- "$option" <<<"$offered_zsh" || fail "zsh offers agent $option after no command"
    grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" <<<"$agent_page" ||
        fail "agent $option is not in its man page"
done
echo "${#agent_commands[@]} agent commands and ${#agent_options[@]} options: in bash and zsh completion and the man page"
