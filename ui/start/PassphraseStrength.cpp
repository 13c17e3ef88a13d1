#include "start/PassphraseStrength.h"

#include <QCoreApplication>

#include <zxcvbn.h>

namespace scopevault {

PassphraseStrength PassphraseStrength::estimate(const SecureBuffer& passphrase)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty()) {
        return strength;
    }
    // zxcvbn wants a NUL-terminated string; the copy lives in secure memory too.
    SecureBuffer terminated(passphrase.size() + 1);
    std::copy(passphrase.data(), passphrase.data() + passphrase.size(), terminated.data());
    terminated.data()[passphrase.size()] = 0;
    strength.m_bits =
        ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), nullptr, nullptr);
    // Thresholds as KeePassXC's strength meter uses them.
    if (strength.m_bits < 40) {
        strength.m_score = strength.m_bits < 20 ? VeryWeak : Weak;
    } else if (strength.m_bits < 75) {
        strength.m_score = Fair;
    } else {
        strength.m_score = strength.m_bits < 100 ? Good : Strong;
    }
    return strength;
}

QString PassphraseStrength::describe() const
{
    const char* word = nullptr;
    switch (m_score) {
    case VeryWeak:
        word = QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak");
        break;
    case Weak:
        word = QT_TRANSLATE_NOOP("PassphraseStrength", "Weak");
        break;
    case Fair:
        word = QT_TRANSLATE_NOOP("PassphraseStrength", "Fair");
        break;
    case Good:
        word = QT_TRANSLATE_NOOP("PassphraseStrength", "Good");
        break;
    case Strong:
        word = QT_TRANSLATE_NOOP("PassphraseStrength", "Strong");
        break;
    }
    return QCoreApplication::translate("PassphraseStrength", "%1 (%2 bits)")
        .arg(QCoreApplication::translate("PassphraseStrength", word))
        .arg(qRound(m_bits));
}

} // namespace scopevault
