#include "shell/Icons.h"

#include <QPainter>
#include <QPixmap>

// The icons are compiled into the static UI library; nothing else references that object,
// so the resource is registered explicitly (otherwise the linker drops it).
static void initIconResources()
{
    Q_INIT_RESOURCE(scopevault);
}

namespace scopevault {

namespace {

struct Names
{
    const char* theme; // freedesktop icon naming specification, or empty
    const char* file;  // in resources/icons
};

Names namesOf(Icons::Id id)
{
    switch (id) {
    case Icons::Id::Overview:
        return {"view-grid", "overview"};
    case Icons::Id::Secrets:
        return {"dialog-password", "secrets"};
    case Icons::Id::Effective:
        return {"", "effective"};
    case Icons::Id::Agents:
        return {"", "agents"};
    case Icons::Id::Permissions:
        return {"security-high", "permissions"};
    case Icons::Id::Bundles:
        return {"package-x-generic", "bundles"};
    case Icons::Id::Audit:
        return {"", "audit"};
    case Icons::Id::Rotation:
        return {"view-refresh", "rotation"};
    case Icons::Id::New:
        return {"document-new", "new"};
    case Icons::Id::Reveal:
        return {"view-visible", "reveal"};
    case Icons::Id::Copy:
        return {"edit-copy", "copy"};
    case Icons::Id::Import:
        return {"document-import", "import"};
    case Icons::Id::AddAgent:
        return {"list-add-user", "add-agent"};
    case Icons::Id::Grant:
        return {"", "grant"};
    case Icons::Id::Export:
        return {"document-export", "export"};
    case Icons::Id::Lock:
        return {"system-lock-screen", "lock"};
    }
    return {"", "overview"};
}

} // namespace

QIcon Icons::application()
{
    static const bool registered = (initIconResources(), true);
    Q_UNUSED(registered);
    return QIcon(QStringLiteral(":/icons/scopevault.svg"));
}

QIcon Icons::bundled(Id id)
{
    static const bool registered = (initIconResources(), true);
    Q_UNUSED(registered);
    const QIcon svg(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(namesOf(id).file)));
    // Pixmaps at the sizes views ask for (and twice those on high-density screens), and the
    // same in white for a selected row, whose highlight may be of any colour.
    QIcon icon;
    for (const int size : {16, 20, 22, 24, 32, 40, 44, 48, 64}) {
        QPixmap pixmap = svg.pixmap(size, size);
        if (pixmap.isNull()) {
            return svg; // no SVG support: the style draws what it can
        }
        icon.addPixmap(pixmap, QIcon::Normal);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), Qt::white);
        painter.end();
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    return icon;
}

QIcon Icons::get(Id id)
{
    const Names names = namesOf(id);
    return names.theme[0] == '\0' ? bundled(id)
                                  : QIcon::fromTheme(QString::fromLatin1(names.theme), bundled(id));
}

} // namespace scopevault
