#include "BundleHeader.h"

#include "BinaryReader.h"
#include "BinaryWriter.h"
#include "BundleError.h"
#include "Text.h"

namespace scopevault {

namespace {

BundleError damaged(const std::string& source, const std::string& why)
{
    return BundleError(BundleError::Reason::Damaged,
                       Text::format("%s is not a usable bundle: %s", {source, why}));
}

std::string take(const unsigned char* p, std::size_t count)
{
    return std::string(reinterpret_cast<const char*>(p), count);
}

std::string truncated(std::size_t size)
{
    return Text::format("it is truncated (%s bytes)", {std::to_string(size)});
}

} // namespace

std::string BundleHeader::encode() const
{
    std::string out(FixedBytes + agent.size(), '\0');
    BinaryWriter writer(reinterpret_cast<unsigned char*>(out.data()), out.size());
    writer.bytes(Magic.data(), Magic.size());
    writer.u16(version);
    writer.u16(flags);
    writer.bytes(bundleId.data(), IdBytes);
    writer.u64(static_cast<std::uint64_t>(createdMs));
    writer.u64(static_cast<std::uint64_t>(expiresMs));
    writer.bytes(vaultKeyFingerprint.data(), FingerprintBytes);
    writer.bytes(agentKeyFingerprint.data(), FingerprintBytes);
    writer.bytes(sealedFileKey.data(), SealedKeyBytes);
    writer.bytes(nonce.data(), NonceBytes);
    writer.u32(ciphertextBytes);
    writer.u8(static_cast<std::uint8_t>(agent.size()));
    writer.bytes(agent.data(), agent.size());
    return out;
}

std::size_t BundleHeader::fileSize() const
{
    return FixedBytes + agent.size() + std::size_t{ciphertextBytes} + SignatureBytes;
}

std::string BundleHeader::idText() const
{
    return Text::hex(bundleId.data(), bundleId.size());
}

BundleHeader BundleHeader::parse(std::string_view file, const std::string& source)
{
    BinaryReader reader(reinterpret_cast<const unsigned char*>(file.data()), file.size());
    const unsigned char* p = nullptr;
    if (!reader.bytes(Magic.size(), p) ||
        std::string_view(reinterpret_cast<const char*>(p), Magic.size()) != Magic) {
        throw damaged(source, "it does not start with the Scopevault bundle magic");
    }
    BundleHeader header;
    if (!reader.u16(header.version)) {
        throw damaged(source, truncated(file.size()));
    }
    if (header.version != CurrentVersion) {
        throw BundleError(
            BundleError::Reason::UnsupportedVersion,
            Text::format("%s uses bundle format version %s; this reader knows version %s",
                         {source, std::to_string(header.version), std::to_string(CurrentVersion)}));
    }
    std::uint64_t created = 0;
    std::uint64_t expires = 0;
    std::uint8_t nameBytes = 0;
    const unsigned char *id = nullptr, *vaultFp = nullptr, *agentFp = nullptr, *sealed = nullptr,
                        *nonce = nullptr, *name = nullptr;
    const bool complete =
        reader.u16(header.flags) && reader.bytes(IdBytes, id) && reader.u64(created) &&
        reader.u64(expires) && reader.bytes(FingerprintBytes, vaultFp) &&
        reader.bytes(FingerprintBytes, agentFp) && reader.bytes(SealedKeyBytes, sealed) &&
        reader.bytes(NonceBytes, nonce) && reader.u32(header.ciphertextBytes) &&
        reader.u8(nameBytes) && reader.bytes(nameBytes, name);
    if (!complete) {
        throw damaged(source, truncated(file.size()));
    }
    if (header.flags != 0) {
        throw damaged(source, "unknown header flags " + std::to_string(header.flags));
    }
    if (nameBytes == 0) {
        throw damaged(source, "the agent name is empty");
    }
    if (header.ciphertextBytes < 16 || header.ciphertextBytes > MaxCiphertextBytes) {
        throw damaged(source, Text::format("the payload length %s is out of range",
                                           {std::to_string(header.ciphertextBytes)}));
    }
    header.bundleId = take(id, IdBytes);
    header.createdMs = static_cast<std::int64_t>(created);
    header.expiresMs = static_cast<std::int64_t>(expires);
    header.vaultKeyFingerprint = take(vaultFp, FingerprintBytes);
    header.agentKeyFingerprint = take(agentFp, FingerprintBytes);
    header.sealedFileKey = take(sealed, SealedKeyBytes);
    header.nonce = take(nonce, NonceBytes);
    header.agent = take(name, nameBytes);
    const std::size_t expected = header.fileSize();
    if (file.size() < expected) {
        throw damaged(source,
                      Text::format("it is truncated (%s of %s bytes)",
                                   {std::to_string(file.size()), std::to_string(expected)}));
    }
    if (file.size() > expected) {
        throw damaged(source, Text::format("it has %s unexpected bytes after the signature",
                                           {std::to_string(file.size() - expected)}));
    }
    return header;
}

} // namespace scopevault
