#pragma once

#include <QWidget>

class QTableView;

namespace scopevault {

class PermissionMatrixModel;
class VaultSession;

/// Agents × scopes with a checkbox per grant; the system column is tinted and a system grant
/// is confirmed first.
class PermissionMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixView)

public:
    explicit PermissionMatrixView(VaultSession& session, QWidget* parent = nullptr);

    void refresh();
    void clear();
    [[nodiscard]] PermissionMatrixModel* model() const { return m_model; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    VaultSession& m_session;
    PermissionMatrixModel* m_model;
    QTableView* m_table;
};

} // namespace scopevault
