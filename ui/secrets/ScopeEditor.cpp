#include "secrets/ScopeEditor.h"

#include "catalog/ScopeService.h"
#include "secrets/ScopeDialog.h"
#include "shell/ErrorText.h"
#include "shell/VaultSession.h"
#include "vault/VaultError.h"
#include "vault/VaultService.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeView>

namespace scopevault {

ScopeEditor::ScopeEditor(VaultSession& session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
{}

QStringList ScopeEditor::packs() const
{
    return m_session.vault().catalog().packs().keys();
}

std::optional<Scope> ScopeEditor::newPack()
{
    ScopeDialog dialog(ScopeDialog::Mode::NewPack, packs(), m_parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    try {
        const Scope scope = dialog.scope();
        ScopeService(m_session.vault()).create(scope, dialog.description());
        m_session.notifyChanged();
        Q_EMIT statusMessage(tr("Created pack %1.").arg(scope.toString()));
        return scope;
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return std::nullopt;
    }
}

std::optional<Scope> ScopeEditor::newAction(const Scope& near)
{
    ScopeDialog dialog(ScopeDialog::Mode::NewAction, packs(), m_parent);
    if (near.kind() != Scope::Kind::System) {
        dialog.setPack(near.packName());
    }
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    try {
        const Scope scope = dialog.scope();
        ScopeService scopes(m_session.vault());
        // One transaction would be nicer; each step is audited and the action exists before
        // its declarations, as with the CLI's `action add` and `action declare`.
        scopes.create(scope, dialog.description());
        for (const Declaration& declaration : dialog.declarations()) {
            scopes.declare(scope, declaration);
        }
        m_session.notifyChanged();
        Q_EMIT statusMessage(tr("Created action %1.").arg(scope.toString()));
        return scope;
    } catch (const VaultError& error) {
        m_session.notifyChanged();
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return std::nullopt;
    }
}

std::optional<Scope> ScopeEditor::edit(const Scope& scope)
{
    const Catalog& catalog = m_session.vault().catalog();
    const bool isAction = scope.kind() == Scope::Kind::Action;
    if (scope.kind() == Scope::Kind::System) {
        return std::nullopt;
    }
    ScopeDialog dialog(isAction ? ScopeDialog::Mode::EditAction : ScopeDialog::Mode::EditPack,
                       packs(), m_parent);
    QList<Declaration> before;
    QString description;
    if (isAction) {
        const Action* action = catalog.action(scope);
        if (!action) {
            return std::nullopt;
        }
        before = action->declarations;
        description = action->description;
        dialog.setAction(*action);
    } else {
        const Pack* pack = catalog.pack(scope.packName());
        if (!pack) {
            return std::nullopt;
        }
        description = pack->description;
        dialog.setPack(pack->name, pack->description);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    try {
        ScopeService scopes(m_session.vault());
        if (dialog.description() != description) {
            scopes.describe(scope, dialog.description());
        }
        const QList<Declaration> after = dialog.declarations();
        for (const Declaration& old : before) {
            const bool kept = std::any_of(after.cbegin(), after.cend(),
                                          [&](const Declaration& d) { return d.name == old.name; });
            if (!kept) {
                scopes.undeclare(scope, old.name);
            }
        }
        for (const Declaration& declaration : after) {
            if (!before.contains(declaration)) {
                scopes.declare(scope, declaration);
            }
        }
        m_session.notifyChanged();
        return scope;
    } catch (const VaultError& error) {
        m_session.notifyChanged();
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return std::nullopt;
    }
}

std::optional<Scope> ScopeEditor::rename(const Scope& scope)
{
    if (scope.kind() == Scope::Kind::System) {
        return std::nullopt;
    }
    const bool isAction = scope.kind() == Scope::Kind::Action;
    bool ok = false;
    const QString current = isAction ? scope.actionName() : scope.packName();
    const QString name = QInputDialog::getText(
        m_parent, tr("Rename %1").arg(scope.toString()),
        isAction ? tr("New name of the action (its secrets and grants follow):")
                 : tr("New name of the pack (its actions, secrets and grants follow):"),
        QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == current) {
        return std::nullopt;
    }
    try {
        ScopeService(m_session.vault()).rename(scope, name.trimmed());
        m_session.notifyChanged();
        return isAction ? Scope::action(scope.packName(), name.trimmed())
                        : Scope::pack(name.trimmed());
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return std::nullopt;
    }
}

bool ScopeEditor::remove(const Scope& scope)
{
    if (scope.kind() == Scope::Kind::System) {
        return false;
    }
    try {
        ScopeService scopes(m_session.vault());
        const ScopeService::Dependents dependents = scopes.dependentsOf(scope);
        QString text = tr("Delete %1?").arg(scope.toString());
        if (!dependents.isEmpty()) {
            text += QLatin1Char('\n') +
                    tr("It still holds these, which are deleted or revoked with it:\n%1")
                        .arg((dependents.secrets + dependents.grants).join(QLatin1Char('\n')));
        }
        QMessageBox question(QMessageBox::Warning, tr("Delete"), text,
                             QMessageBox::Yes | QMessageBox::Cancel, m_parent);
        question.setObjectName(QStringLiteral("confirmDeleteScope"));
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Yes) {
            return false;
        }
        (void)scopes.remove(scope, !dependents.isEmpty());
        m_session.notifyChanged();
        Q_EMIT statusMessage(tr("Deleted %1.").arg(scope.toString()));
        return true;
    } catch (const VaultError& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
}

void ScopeEditor::addTreeActions(QTreeView* tree, const std::function<Scope()>& selected,
                                 const std::function<void(const std::optional<Scope>&)>& select)
{
    const auto add = [tree](const QString& text, const char* name, const auto& slot) {
        auto* action = new QAction(text, tree);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, tree, slot);
        tree->addAction(action);
    };
    add(tr("Edit description and secrets…"), "actionEditScope",
        [this, selected] { (void)edit(selected()); });
    add(tr("Rename…"), "actionRenameScope",
        [this, selected, select] { select(rename(selected())); });
    add(tr("Delete…"), "actionDeleteScope", [this, selected] { (void)remove(selected()); });
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace scopevault
