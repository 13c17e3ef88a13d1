// The vault header's rows, as a file could hold them (any key, any type, any length), decoded
// and then used to unwrap the vault key with a fixed key-encryption key: a refusal, never a
// crash. Input: records of [key selector][type][length (2 bytes)][bytes].
#include "FuzzSupport.h"
#include "VaultHeaderRows.h"
#include "crypto/VaultKeys.h"
#include "vault/VaultError.h"

#include <QHash>
#include <QVariant>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    scopevault::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace scopevault;
    static const char* const keys[] = {"format_version", "vault_id",    "kdf_algorithm",
                                       "kdf_ops",        "kdf_mem",     "salt",
                                       "created_ms",     "wrapped_key", "unknown"};
    QHash<QString, QVariant> rows;
    std::size_t at = 0;
    while (at + 4 <= size) {
        const char* key = keys[data[at] % 9];
        const int type = data[at + 1] % 3;
        const std::size_t length = std::min<std::size_t>(
            static_cast<std::size_t>(data[at + 2]) | (static_cast<std::size_t>(data[at + 3]) << 8),
            size - at - 4);
        const QByteArray value = fuzz::bytes(data + at + 4, length);
        at += 4 + length;
        QVariant cell;
        if (type == 0) {
            qint64 number = 0;
            for (qsizetype i = 0; i < value.size() && i < 8; ++i) {
                number = (number << 8) | static_cast<unsigned char>(value.at(i));
            }
            cell = number;
        } else if (type == 1) {
            cell = QString::fromUtf8(value);
        } else {
            cell = value;
        }
        rows.insert(QString::fromLatin1(key), cell);
    }
    try {
        const VaultHeader header = VaultHeaderRows::decode(rows, QStringLiteral("fuzz.svdb"));
        static const SecureBuffer kek =
            SecureBuffer::copyOf(std::string_view("0123456789abcdef0123456789abcdef"));
        (void)VaultKeys::unwrap(kek, header);
    } catch (const VaultError&) {
    }
    return 0;
}
