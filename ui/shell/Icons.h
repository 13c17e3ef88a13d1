#pragma once

#include <QIcon>

namespace scopevault {

/// The application's icons: the desktop theme's where it has one, else the bundled SVG
/// (resources/icons), so that every view and action has an icon on any desktop.
class Icons final
{
public:
    enum class Id
    {
        Overview,
        Secrets,
        Effective,
        Agents,
        Permissions,
        Bundles,
        Audit,
        Rotation,
        New,
        Reveal,
        Copy,
        Import,
        AddAgent,
        Grant,
        Export,
        Lock,
    };

    [[nodiscard]] static QIcon get(Id id);
    /// The application's own icon (the window's and the desktop file's).
    [[nodiscard]] static QIcon application();
    /// The bundled icon only (never the theme's): the window icon and tests.
    [[nodiscard]] static QIcon bundled(Id id);
};

} // namespace scopevault
