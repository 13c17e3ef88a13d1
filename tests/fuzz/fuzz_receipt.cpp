// One line of an agent's receipt file, as `audit import-receipts` reads it: JSON, then the
// receipt's fields checked.
#include "FuzzSupport.h"
#include "bundles/ReceiptParser.h"
#include "vault/VaultError.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    scopevault::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace scopevault;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return 0;
    }
    try {
        (void)ReceiptParser::fromJson(document.object());
    } catch (const VaultError&) {
    }
    return 0;
}
