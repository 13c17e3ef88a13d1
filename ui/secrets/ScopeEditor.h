#pragma once

#include "catalog/Scope.h"

#include <QObject>

#include <functional>
#include <optional>

class QTreeView;
class QWidget;

namespace scopevault {

class VaultSession;

/// Packs and actions from the desktop application: new, edit (description and declared
/// secrets), rename, delete, each through ScopeService with the CLI's rules (a pack or action
/// still holding secrets or grants is deleted only after the user saw them and agreed).
class ScopeEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeEditor)

public:
    /// `parent`: the widget dialogs open over.
    ScopeEditor(VaultSession& session, QWidget* parent);

    /// Each returns the scope made or changed (empty when cancelled or refused).
    std::optional<Scope> newPack();
    std::optional<Scope> newAction(const Scope& near);
    std::optional<Scope> edit(const Scope& scope);
    std::optional<Scope> rename(const Scope& scope);
    bool remove(const Scope& scope);
    /// The scope tree's context menu: Edit, Rename and Delete of the scope `selected` returns;
    /// `select` is given the scope a rename made.
    void addTreeActions(QTreeView* tree, const std::function<Scope()>& selected,
                        const std::function<void(const std::optional<Scope>&)>& select);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    [[nodiscard]] QStringList packs() const;

    VaultSession& m_session;
    QWidget* m_parent;
};

} // namespace scopevault
