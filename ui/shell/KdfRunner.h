#pragma once

#include "SecureBuffer.h"
#include "crypto/KdfParams.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace scopevault {

/// Runs Argon2id on a worker thread so that the window keeps painting; the result is
/// delivered on the thread of `context` (nothing is delivered once `context` is gone).
class KdfRunner final
{
public:
    /// `key` is null when the derivation failed; `error` then says why.
    using Done = std::function<void(SecureBuffer* key, const QString& error)>;

    static void derive(QObject* context, SecureBuffer passphrase, const QByteArray& salt,
                       const KdfParams& params, Done done);
    /// Measures one derivation with `params` (milliseconds), for the preset chooser.
    static void measure(QObject* context, const KdfParams& params,
                        std::function<void(qint64)> done);
};

} // namespace scopevault
