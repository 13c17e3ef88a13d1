#include "audit/AuditVerification.h"

#include <QCoreApplication>

namespace scopevault {

QString AuditVerification::summary() const
{
    QString text = QCoreApplication::translate("AuditVerification",
                                               "%1/%2 events valid, %3/%4 checkpoints valid")
                       .arg(validEvents)
                       .arg(events)
                       .arg(validCheckpoints)
                       .arg(checkpoints);
    if (!ok()) {
        text += brokenSeq ? QCoreApplication::translate("AuditVerification",
                                                        "; broken at sequence %1: %2")
                                .arg(*brokenSeq)
                                .arg(reason)
                          : QStringLiteral("; ") + reason;
    }
    return text;
}

QString AuditVerification::verdict(const std::function<QString(const QDateTime&)>& when) const
{
    if (!ok()) {
        return summary();
    }
    const QString counted =
        events == 1
            ? QCoreApplication::translate("AuditVerification", "1 event")
            : QCoreApplication::translate("AuditVerification", "%1 events").arg(this->events);
    if (!lastCheckpointSeq) {
        return QCoreApplication::translate("AuditVerification", "%1; no signed checkpoint yet")
            .arg(counted);
    }
    return QCoreApplication::translate("AuditVerification",
                                       "%1; last signed checkpoint at event %2 (%3); %4/%5 "
                                       "checkpoints valid")
        .arg(counted)
        .arg(*lastCheckpointSeq)
        .arg(when(QDateTime::fromMSecsSinceEpoch(lastCheckpointMs, Qt::UTC)))
        .arg(validCheckpoints)
        .arg(checkpoints);
}

} // namespace scopevault
