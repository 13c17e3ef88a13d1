# Manual pages and shell completion, generated at build time from what the programs themselves
# print, so that they cannot drift from the code:
# - scopevault-cli: `help --man` and `completion bash|zsh`, written from the command table it
#   parses (app/cli/CliReference);
# - scopevault, scopevault-agent and scopevault-bundle: help2man from their --help/--version.
# Skipped in sanitizer and fuzzing trees (nothing there is packaged).
option(SCOPEVAULT_GENERATE_DOCS "Generate manual pages and completion scripts" ON)
if(SCOPEVAULT_SANITIZE OR SCOPEVAULT_FUZZ)
    set(SCOPEVAULT_GENERATE_DOCS OFF)
endif()
if(SCOPEVAULT_GENERATE_DOCS)
    find_program(HELP2MAN help2man REQUIRED)
    find_program(GZIP gzip REQUIRED)
endif()
set(SCOPEVAULT_DOCS_DIR ${CMAKE_BINARY_DIR}/generated-docs)

# Runs COMMAND... (its stdout is the page) and gzips the page to OUTPUT.gz; messages in
# English whatever the build machine's locale.
function(scopevault_man_page output depends)
    add_custom_command(
        OUTPUT ${SCOPEVAULT_DOCS_DIR}/${output}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${SCOPEVAULT_DOCS_DIR}
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                ${ARGN} > ${SCOPEVAULT_DOCS_DIR}/${output}
        COMMAND ${GZIP} -9nf ${SCOPEVAULT_DOCS_DIR}/${output}
        DEPENDS ${depends}
        VERBATIM)
endfunction()

# help2man for a program whose --help and --version are its reference.
function(scopevault_help2man output program depends description)
    scopevault_man_page(${output} "${depends}" ${HELP2MAN} --no-info --no-discard-stderr
                        --section=1 --name=${description} ${program})
endfunction()
