#include "Receipt.h"

#include "SecretFormatter.h"
#include "SecureBuffer.h"
#include "Text.h"

#include <sodium.h>

#include <cstring>

namespace scopevault {

namespace {

void put(SecureBuffer& out, const char* text)
{
    out.append(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

void field(SecureBuffer& out, const char* key, const std::string& value)
{
    put(out, ",\"");
    put(out, key);
    put(out, "\":");
    SecretFormatter::appendJsonString(out, value.data(), value.size());
}

void list(SecureBuffer& out, const char* key, const std::vector<std::string>& values)
{
    put(out, ",\"");
    put(out, key);
    put(out, "\":[");
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) {
            put(out, ",");
        }
        SecretFormatter::appendJsonString(out, values[i].data(), values[i].size());
    }
    put(out, "]");
}

} // namespace

Receipt Receipt::create(std::int64_t nowMs)
{
    unsigned char id[16];
    randombytes_buf(id, sizeof id);
    Receipt receipt;
    receipt.id = Text::hex(id, sizeof id);
    receipt.timeMs = nowMs;
    return receipt;
}

std::string Receipt::toJsonLine() const
{
    SecureBuffer out; // the JSON writer SecretFormatter uses; a receipt holds no value
    // Sized once: growing a guarded buffer maps, locks and wipes a new region each time.
    std::size_t size = 320 + bundle.size() + agent.size() + command.size();
    for (const std::string& name : actions) {
        size += name.size() * 2 + 4; // room for escapes
    }
    for (const std::string& name : secrets) {
        size += name.size() * 2 + 4;
    }
    out.reserve(size);
    put(out, "{\"v\":");
    put(out, std::to_string(FormatVersion).c_str());
    field(out, "id", id);
    field(out, "time", Text::isoTime(timeMs, true));
    field(out, "bundle", bundle);
    field(out, "agent", agent);
    list(out, "actions", actions);
    list(out, "secrets", secrets);
    field(out, "command", command);
    field(out, "delivery", delivery);
    field(out, "outcome", outcome);
    put(out, "}\n");
    return std::string(out.view());
}

} // namespace scopevault
