# `cpack -G DEB` in a build directory makes four packages (packaging/README.md):
#   scopevault          the desktop application
#   scopevault-cli      the admin command line (man page, bash and zsh completion)
#   scopevault-agent    the agent-side consumer: libsodium and the C++ runtime, no Qt
#   python3-scopevault  the Python bundle reader, a module and the scopevault-bundle command
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time (Qt plugins, the
# Python interpreter and PyNaCl) is listed by hand. Each package carries the copyright file
# and the changelog; the build takes its hardening flags from dpkg-buildflags (CMakeLists.txt).
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL gui cli agent python)
set(CPACK_PACKAGE_NAME scopevault)
set(CPACK_PACKAGE_VENDOR "The Scopevault developers")
set(CPACK_PACKAGE_CONTACT "The Scopevault developers <scopevault@users.noreply.github.com>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # scopevault-cli_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/scopevault/scopevault")
set(CPACK_STRIP_FILES ON)

set(_common "Scopevault keeps every credential AI agents need in one encrypted local vault,\n\
scoped to the whole system, a skill pack or one action, grants agents\n\
least-privilege access and exports a sealed bundle for each agent.\n")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME scopevault)
set(CPACK_DEBIAN_GUI_DESCRIPTION "encrypted vault of scoped secrets for AI agents (desktop)\n\
${_common}.\n\
This package holds the desktop application: secrets, scopes, agents and\n\
grants, imports with a preview, the audit timeline, the rotation schedule,\n\
bundle export and the OS keychain.")
# Plugins Qt loads by name, invisible to dpkg-shlibdeps: the SQLite driver of QtSql, the SVG
# image plugin (the window icon) and the platform plugins (xcb, wayland).
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# QtKeychain talks to whatever Secret Service the session has; without one, quick unlock and
# keychain-held values say so and everything else works.
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS
    "scopevault-cli, qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION utils)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME scopevault-cli)
set(CPACK_DEBIAN_CLI_DESCRIPTION "encrypted vault of scoped secrets for AI agents (command line)\n\
${_common}.\n\
This package holds scopevault-cli, the admin command line: every operation\n\
of the desktop application, scriptable, with JSON output.")
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME scopevault-agent)
set(CPACK_DEBIAN_AGENT_DESCRIPTION "open Scopevault bundles on an agent's host\n\
${_common}.\n\
This package holds scopevault-agent, which checks and opens the bundle\n\
exported for one agent and runs a command with its secrets, or prints them\n\
for tools that read a file. It needs neither Qt nor the vault.")
set(CPACK_DEBIAN_AGENT_PACKAGE_SECTION utils)

set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME python3-scopevault)
set(CPACK_DEBIAN_PYTHON_DESCRIPTION "read Scopevault bundles from Python agent runtimes\n\
${_common}.\n\
This package holds the Python reader of those bundles: the scopevault_bundle\n\
module, its secret providers for agent frameworks, and the scopevault-bundle\n\
command.")
set(CPACK_DEBIAN_PYTHON_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS "python3, python3-nacl")
set(CPACK_DEBIAN_PYTHON_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)

# The Python reader: the module, and the command that runs it.
install(FILES ${CMAKE_SOURCE_DIR}/packaging/python/scopevault_bundle.py
              ${CMAKE_SOURCE_DIR}/packaging/python/scopevault_providers.py
        DESTINATION lib/python3/dist-packages COMPONENT python)
file(WRITE ${CMAKE_BINARY_DIR}/packaging/installed/scopevault-bundle
     "#!/usr/bin/python3\nimport sys\n\nfrom scopevault_bundle import _main\n\n"
     "sys.exit(_main(sys.argv[1:]))\n")
install(PROGRAMS ${CMAKE_BINARY_DIR}/packaging/installed/scopevault-bundle DESTINATION bin
        COMPONENT python)
if(SCOPEVAULT_GENERATE_DOCS)
    # The same command, run from the source tree, for help2man.
    file(WRITE ${CMAKE_BINARY_DIR}/packaging/scopevault-bundle
         "#!/usr/bin/python3\nimport sys\n\nsys.path.insert(0, \"${CMAKE_SOURCE_DIR}/packaging/python\")\n"
         "from scopevault_bundle import _main\n\nsys.exit(_main(sys.argv[1:]))\n")
    file(CHMOD ${CMAKE_BINARY_DIR}/packaging/scopevault-bundle
         PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                     WORLD_EXECUTE)
    scopevault_help2man(scopevault-bundle.1 ${CMAKE_BINARY_DIR}/packaging/scopevault-bundle
                        ${CMAKE_SOURCE_DIR}/packaging/python/scopevault_bundle.py
                        "open a Scopevault bundle from Python and print its secrets as JSON")
    add_custom_target(scopevault-bundle-docs ALL
                      DEPENDS ${SCOPEVAULT_DOCS_DIR}/scopevault-bundle.1.gz)
    install(FILES ${SCOPEVAULT_DOCS_DIR}/scopevault-bundle.1.gz DESTINATION share/man/man1
            COMPONENT python)
endif()

# The copyright file and the changelog in every package.
execute_process(COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/packaging/debian/changelog
                OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
foreach(component gui cli agent python)
    string(TOUPPER ${component} _upper)
    set(_package ${CPACK_DEBIAN_${_upper}_PACKAGE_NAME})
    install(FILES ${CMAKE_SOURCE_DIR}/packaging/debian/copyright
                  ${CMAKE_BINARY_DIR}/packaging/changelog.gz
            DESTINATION share/doc/${_package} COMPONENT ${component})
endforeach()
include(CPack)
