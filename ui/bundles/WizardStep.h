#pragma once

#include <QWizardPage>

namespace scopevault {

/// A wizard page whose Next button the wizard enables or disables (a choice made, a plan
/// without problems), without a hidden field per condition.
class WizardStep final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardStep)

public:
    explicit WizardStep(QWidget* parent = nullptr)
        : QWizardPage(parent)
    {}

    void setComplete(bool complete)
    {
        if (complete != m_complete) {
            m_complete = complete;
            Q_EMIT completeChanged();
        }
    }
    [[nodiscard]] bool isComplete() const override
    {
        return m_complete && QWizardPage::isComplete();
    }

private:
    bool m_complete = true;
};

} // namespace scopevault
