#include "KeyFingerprint.h"

#include "Text.h"

#include <sodium.h>

namespace scopevault {

std::string KeyFingerprint::of(std::string_view publicKey)
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.data()),
                       publicKey.size(), nullptr, 0);
    return std::string(reinterpret_cast<const char*>(hash), Bytes);
}

std::string KeyFingerprint::text(std::string_view publicKey)
{
    return format(of(publicKey));
}

std::string KeyFingerprint::format(std::string_view fingerprint)
{
    return Text::hex(fingerprint.data(), fingerprint.size(), ':');
}

} // namespace scopevault
