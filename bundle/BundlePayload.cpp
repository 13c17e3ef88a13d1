#include "BundlePayload.h"

#include "BinaryReader.h"
#include "BinaryWriter.h"
#include "BundleError.h"
#include "Text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

namespace scopevault {

namespace {

BundleError damaged(const std::string& source, const std::string& why)
{
    return BundleError(BundleError::Reason::Damaged,
                       Text::format("the payload of %s is malformed: %s", {source, why}));
}

} // namespace

SecureBuffer BundlePayload::encode() const
{
    std::size_t size = 2;
    for (const std::string& action : actions) {
        size += BinaryWriter::text16Size(action);
    }
    size += 2;
    for (const BundleSecret& secret : secrets) {
        size += BinaryWriter::text16Size(secret.name) + BinaryWriter::text16Size(secret.reference) +
                BinaryWriter::text16Size(secret.provenance) + 8 + 2 + 2 * secret.actions.size() +
                4 + secret.bytes().size();
    }
    SecureBuffer out(size);
    BinaryWriter writer(out.data(), out.size());
    writer.u16(static_cast<std::uint16_t>(actions.size()));
    for (const std::string& action : actions) {
        writer.text16(action);
    }
    writer.u16(static_cast<std::uint16_t>(secrets.size()));
    for (const BundleSecret& secret : secrets) {
        writer.text16(secret.name);
        writer.text16(secret.reference);
        writer.text16(secret.provenance);
        writer.u64(secret.version);
        writer.u16(static_cast<std::uint16_t>(secret.actions.size()));
        for (const std::uint16_t index : secret.actions) {
            writer.u16(index);
        }
        const std::string_view value = secret.bytes();
        writer.u32(static_cast<std::uint32_t>(value.size()));
        writer.bytes(value.data(), value.size());
    }
    return out;
}

namespace {

// [A-Za-z_][A-Za-z0-9_]*, at most 255: an environment-variable name, nothing a shell or a
// .env reader could take for syntax.
bool isSecretName(const std::string& name)
{
    if (name.empty() || name.size() > 255 || (std::isdigit(static_cast<unsigned char>(name[0])))) {
        return false;
    }
    return std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

// [a-z0-9][a-z0-9_-]{0,63}
bool isScopeName(std::string_view name)
{
    if (name.empty() || name.size() > 64 || name[0] == '_' || name[0] == '-') {
        return false;
    }
    return std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

bool isActionName(const std::string& action)
{
    const std::string::size_type slash = action.find('/');
    return slash != std::string::npos && isScopeName(std::string_view(action).substr(0, slash)) &&
           isScopeName(std::string_view(action).substr(slash + 1));
}

} // namespace

void BundlePayload::checkNames(const std::string& source) const
{
    std::set<std::string> seenActions;
    for (const std::string& action : actions) {
        if (!isActionName(action)) {
            throw damaged(source, "an action is not PACK/ACTION");
        }
        if (!seenActions.insert(action).second) {
            throw damaged(source, "an action is listed twice");
        }
    }
    std::set<std::pair<std::string, std::string>> seenSecrets;
    for (const BundleSecret& secret : secrets) {
        if (!isSecretName(secret.name)) {
            throw damaged(source, "a secret name is not an environment-variable name "
                                  "([A-Za-z_][A-Za-z0-9_]*)");
        }
        if (!seenSecrets.insert({secret.name, secret.reference}).second) {
            throw damaged(source, "a secret is listed twice");
        }
        std::set<std::uint16_t> uses(secret.actions.cbegin(), secret.actions.cend());
        if (uses.size() != secret.actions.size()) {
            throw damaged(source, "a secret names one action twice");
        }
    }
}

BundlePayload BundlePayload::parse(SecureBuffer plaintext, const std::string& source)
{
    BundlePayload payload;
    payload.plaintext = std::move(plaintext); // the allocation (and its address) moves along
    BinaryReader reader(payload.plaintext.data(), payload.plaintext.size());
    std::uint16_t actionCount = 0;
    if (!reader.u16(actionCount)) {
        throw damaged(source, "no action list");
    }
    for (std::uint16_t i = 0; i < actionCount; ++i) {
        std::string action;
        if (!reader.text16(action)) {
            throw damaged(source, Text::format("action %s is cut short or not UTF-8",
                                               {std::to_string(i + 1)}));
        }
        payload.actions.push_back(std::move(action));
    }
    std::uint16_t secretCount = 0;
    if (!reader.u16(secretCount)) {
        throw damaged(source, "no secret list");
    }
    for (std::uint16_t i = 0; i < secretCount; ++i) {
        BundleSecret secret;
        std::uint16_t uses = 0;
        std::uint32_t valueBytes = 0;
        const unsigned char* value = nullptr;
        bool ok = reader.text16(secret.name) && reader.text16(secret.reference) &&
                  reader.text16(secret.provenance) && reader.u64(secret.version) &&
                  reader.u16(uses);
        for (std::uint16_t u = 0; ok && u < uses; ++u) {
            std::uint16_t index = 0;
            ok = reader.u16(index) && index < actionCount;
            secret.actions.push_back(index);
        }
        ok = ok && reader.u32(valueBytes) && reader.bytes(valueBytes, value);
        if (!ok || secret.name.empty()) {
            throw damaged(source,
                          Text::format("secret %s of %s is cut short or malformed",
                                       {std::to_string(i + 1), std::to_string(secretCount)}));
        }
        secret.slice = std::string_view(reinterpret_cast<const char*>(value), valueBytes);
        payload.secrets.push_back(std::move(secret));
    }
    if (!reader.atEnd()) {
        throw damaged(source, Text::format("%s unexpected bytes at the end",
                                           {std::to_string(reader.remaining())}));
    }
    payload.checkNames(source);
    return payload;
}

std::vector<const BundleSecret*>
BundlePayload::select(const std::optional<std::string>& action) const
{
    std::optional<std::uint16_t> wanted;
    if (action) {
        const auto found = std::find(actions.cbegin(), actions.cend(), *action);
        if (found == actions.cend()) {
            throw BundleError(BundleError::Reason::Selection,
                              Text::format("the bundle was not made for action %s; it holds: %s",
                                           {*action, Text::join(actions, ", ")}));
        }
        wanted = static_cast<std::uint16_t>(found - actions.cbegin());
    }
    std::map<std::string, const BundleSecret*> byName;
    for (const BundleSecret& secret : secrets) {
        if (wanted && std::find(secret.actions.cbegin(), secret.actions.cend(), *wanted) ==
                          secret.actions.cend()) {
            continue;
        }
        const auto existing = byName.find(secret.name);
        if (existing != byName.cend() && existing->second->reference != secret.reference) {
            throw BundleError(
                BundleError::Reason::Selection,
                Text::format("%s is %s for one action and %s for another; choose "
                             "the action with --action",
                             {secret.name, existing->second->reference, secret.reference}));
        }
        byName[secret.name] = &secret;
    }
    std::vector<const BundleSecret*> selected;
    selected.reserve(byName.size());
    for (const auto& [name, secret] : byName) {
        selected.push_back(secret);
    }
    return selected;
}

} // namespace scopevault
