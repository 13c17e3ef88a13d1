#include "CryptoInit.h"

#include <sodium.h>

#include <array>
#include <mutex>
#include <stdexcept>

namespace scopevault {

namespace {

// Known answer: BLAKE2b-256("abc") from the BLAKE2 reference implementation.
bool blake2bKnownAnswer()
{
    const std::array<unsigned char, 32> expected = {0xbd, 0xdd, 0x81, 0x3c, 0x63, 0x42, 0x39, 0x72,
                                                    0x31, 0x71, 0xef, 0x3f, 0xee, 0x98, 0x57, 0x9b,
                                                    0x94, 0x96, 0x4e, 0x3b, 0xb1, 0xcb, 0x3e, 0x42,
                                                    0x72, 0x62, 0xc8, 0xc0, 0x68, 0xd5, 0x23, 0x19};
    std::array<unsigned char, 32> out{};
    const unsigned char input[] = {'a', 'b', 'c'};
    crypto_generichash(out.data(), out.size(), input, sizeof input, nullptr, 0);
    return out == expected;
}

// The AEAD must round-trip and must reject a flipped bit and wrong associated data.
bool aeadSelfTest()
{
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES> key{};
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce{};
    randombytes_buf(key.data(), key.size());
    randombytes_buf(nonce.data(), nonce.size());
    const unsigned char message[] = "scopevault self-test";
    const unsigned char ad[] = "ad";
    std::array<unsigned char, sizeof message + crypto_aead_xchacha20poly1305_ietf_ABYTES> sealed{};
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &sealedLen, message, sizeof message,
                                               ad, sizeof ad, nullptr, nonce.data(), key.data());
    std::array<unsigned char, sizeof message> opened{};
    unsigned long long openedLen = 0;
    const bool roundTrip =
        crypto_aead_xchacha20poly1305_ietf_decrypt(opened.data(), &openedLen, nullptr,
                                                   sealed.data(), sealedLen, ad, sizeof ad,
                                                   nonce.data(), key.data()) == 0 &&
        openedLen == sizeof message && sodium_memcmp(opened.data(), message, sizeof message) == 0;
    const bool wrongAdRejected = crypto_aead_xchacha20poly1305_ietf_decrypt(
                                     opened.data(), &openedLen, nullptr, sealed.data(), sealedLen,
                                     ad, 1, nonce.data(), key.data()) != 0;
    sealed[3] ^= 0x01;
    const bool flipRejected = crypto_aead_xchacha20poly1305_ietf_decrypt(
                                  opened.data(), &openedLen, nullptr, sealed.data(), sealedLen, ad,
                                  sizeof ad, nonce.data(), key.data()) != 0;
    sodium_memzero(key.data(), key.size());
    return roundTrip && wrongAdRejected && flipRejected;
}

} // namespace

void CryptoInit::ensureInitialised()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0 && blake2bKnownAnswer() && aeadSelfTest(); });
    if (!ok) {
        throw std::runtime_error(
            "libsodium failed to initialise or its self-test failed; refusing to continue");
    }
}

} // namespace scopevault
