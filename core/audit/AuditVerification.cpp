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

} // namespace scopevault
