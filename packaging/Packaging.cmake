# `cpack -G DEB` in a build directory makes scopevault_VERSION_ARCH.deb with the GUI, both CLIs,
# the desktop entry, the AppStream metainfo and the icon. Library dependencies come from
# dpkg-shlibdeps; what is loaded at run time as a plugin is listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME scopevault)
set(CPACK_PACKAGE_VENDOR "The Scopevault developers")
set(CPACK_PACKAGE_CONTACT "The Scopevault developers <scopevault@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Keeps every credential AI agents need in one encrypted local vault, scoped to the system,\n\
a skill pack or one action; grants agents least-privilege access and exports sealed\n\
per-agent bundles. Includes the desktop application, scopevault-cli and scopevault-agent.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # scopevault_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads by name, invisible to dpkg-shlibdeps: the SQLite driver of QtSql and the
# platform plugins (xcb, wayland) the GUI needs to open a window.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# QtKeychain talks to whatever Secret Service the session has; without one, quick unlock and
# keychain-held values say so and everything else works.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "python3-nacl, qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_STRIP_FILES ON)
include(CPack)
