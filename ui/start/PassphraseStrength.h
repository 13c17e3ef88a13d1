#pragma once

#include "SecureBuffer.h"

#include <QString>

namespace scopevault {

/// How hard a passphrase is to guess, estimated by zxcvbn (Debian's libzxcvbn): entropy in bits
/// and a 0..4 score with a word for people.
class PassphraseStrength final
{
public:
    enum Score
    {
        VeryWeak,
        Weak,
        Fair,
        Good,
        Strong,
    };

    [[nodiscard]] static PassphraseStrength estimate(const SecureBuffer& passphrase);

    [[nodiscard]] double bits() const { return m_bits; }
    [[nodiscard]] Score score() const { return m_score; }
    /// "Weak (23 bits)", translated.
    [[nodiscard]] QString describe() const;

private:
    double m_bits = 0;
    Score m_score = VeryWeak;
};

} // namespace scopevault
