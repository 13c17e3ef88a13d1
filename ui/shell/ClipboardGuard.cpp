#include "shell/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <sodium.h>

namespace scopevault {

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
    , m_hashKey(crypto_generichash_KEYBYTES, '\0')
{
    randombytes_buf(m_hashKey.data(), static_cast<std::size_t>(m_hashKey.size()));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

QByteArray ClipboardGuard::fingerprint(QByteArrayView bytes) const
{
    QByteArray hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()),
                       static_cast<std::size_t>(hash.size()),
                       reinterpret_cast<const unsigned char*>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()),
                       reinterpret_cast<const unsigned char*>(m_hashKey.constData()),
                       static_cast<std::size_t>(m_hashKey.size()));
    return hash;
}

void ClipboardGuard::copy(const SecureBuffer& value, int clearAfterMs)
{
    auto* mime = new QMimeData;
    const QByteArray bytes(value.view().data(), static_cast<qsizetype>(value.view().size()));
    mime->setText(QString::fromUtf8(bytes));
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = fingerprint(mime->text().toUtf8());
    m_timer.start(clearAfterMs);
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (m_copied.isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (fingerprint(clipboard->text().toUtf8()) == m_copied) {
        clipboard->clear();
        Q_EMIT cleared();
    }
    m_copied.clear();
}

} // namespace scopevault
