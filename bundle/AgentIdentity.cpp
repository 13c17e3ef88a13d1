#include "AgentIdentity.h"

#include "AgentError.h"
#include "FileDescriptor.h"
#include "KeyFingerprint.h"
#include "Text.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scopevault {

namespace {

constexpr std::string_view KeyLinePrefix = "SCOPEVAULT-AGENT-IDENTITY-1 ";
constexpr std::size_t MaxIdentityBytes = 64 * 1024;

std::string errnoText()
{
    return std::strerror(errno);
}

std::string octal(unsigned int mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%o", mode);
    return text;
}

} // namespace

AgentIdentity::AgentIdentity(SecureBuffer secretKey)
    : m_secretKey(std::move(secretKey))
    , m_publicKey(crypto_scalarmult_BYTES, '\0')
{
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(m_publicKey.data()),
                           m_secretKey.data());
}

AgentIdentity AgentIdentity::generate()
{
    SecureBuffer secret(KeyBytes);
    randombytes_buf(secret.data(), secret.size());
    return AgentIdentity(std::move(secret));
}

AgentIdentity AgentIdentity::load(const std::string& path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0) {
        throw AgentError(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Other,
                         Text::format("cannot read identity %s: %s", {path, errnoText()}));
    }
    if ((info.st_mode & 077) != 0) {
        throw AgentError(ErrorCode::Denied,
                         Text::format("identity %s is accessible by other users (mode %s); run "
                                      "'chmod 600 %s' first",
                                      {path, octal(info.st_mode & 0777), path}));
    }
    SecureBuffer content;
    if (!FileDescriptor::readFile(path.c_str(), content, MaxIdentityBytes)) {
        throw AgentError(ErrorCode::Other,
                         Text::format("cannot read identity %s: %s", {path, errnoText()}));
    }
    const std::string_view text = content.view();
    std::size_t lineStart = 0;
    int lineNumber = 0;
    while (lineStart < text.size()) {
        ++lineNumber;
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) {
            lineEnd = text.size();
        }
        const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos || line.front() == '#') {
            continue;
        }
        const std::string where = path + ':' + std::to_string(lineNumber);
        if (line.substr(0, KeyLinePrefix.size()) != KeyLinePrefix) {
            throw AgentError(ErrorCode::Usage,
                             Text::format("%s: not a Scopevault agent identity line (expected "
                                          "'%s...')",
                                          {where, Text::trimmed(KeyLinePrefix)}));
        }
        // Trimmed in place: a std::string copy would put the key on the heap.
        std::string_view encoded = line.substr(KeyLinePrefix.size());
        const std::size_t first = encoded.find_first_not_of(" \t\r");
        encoded = first == std::string_view::npos
                      ? std::string_view()
                      : encoded.substr(first, encoded.find_last_not_of(" \t\r") - first + 1);
        SecureBuffer secret(KeyBytes);
        std::size_t decoded = 0;
        if (sodium_base642bin(secret.data(), secret.size(), encoded.data(), encoded.size(), nullptr,
                              &decoded, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
            decoded != KeyBytes) {
            throw AgentError(ErrorCode::Usage,
                             Text::format("%s: the secret key is not %s bytes of base64",
                                          {where, std::to_string(KeyBytes)}));
        }
        return AgentIdentity(std::move(secret));
    }
    throw AgentError(ErrorCode::Usage, Text::format("%s holds no identity line", {path}));
}

void AgentIdentity::save(const std::string& path, const std::string& createdIso) const
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const bool exists = errno == EEXIST;
        throw AgentError(
            exists ? ErrorCode::Usage : ErrorCode::Other,
            exists ? Text::format("%s already exists; an identity is never overwritten", {path})
                   : Text::format("cannot create %s: %s", {path, errnoText()}));
    }
    const std::string comments =
        Text::format("# Scopevault agent identity (X25519 secret key). Keep it private.\n"
                     "# created: %s\n# public key: %s\n# fingerprint: %s\n",
                     {createdIso, publicKeyBase64(), fingerprint()});
    const std::size_t encodedSize =
        sodium_base64_ENCODED_LEN(KeyBytes, sodium_base64_VARIANT_ORIGINAL);
    SecureBuffer line(KeyLinePrefix.size() + encodedSize);
    std::memcpy(line.data(), KeyLinePrefix.data(), KeyLinePrefix.size());
    sodium_bin2base64(reinterpret_cast<char*>(line.data() + KeyLinePrefix.size()), encodedSize,
                      m_secretKey.data(), m_secretKey.size(), sodium_base64_VARIANT_ORIGINAL);
    line.data()[line.size() - 1] = '\n'; // replaces the terminating NUL
    const bool ok = FileDescriptor::writeAll(fd, comments.data(), comments.size()) &&
                    FileDescriptor::writeAll(fd, line.data(), line.size()) && ::fsync(fd) == 0;
    const std::string error = errnoText();
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        throw AgentError(ErrorCode::Other, Text::format("cannot write %s: %s", {path, error}));
    }
}

std::string AgentIdentity::publicKeyBase64() const
{
    const std::size_t encodedSize =
        sodium_base64_ENCODED_LEN(crypto_scalarmult_BYTES, sodium_base64_VARIANT_ORIGINAL);
    std::string out(encodedSize, '\0');
    sodium_bin2base64(out.data(), encodedSize,
                      reinterpret_cast<const unsigned char*>(m_publicKey.data()),
                      m_publicKey.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(encodedSize - 1); // the terminating NUL
    return out;
}

std::string AgentIdentity::fingerprint() const
{
    return KeyFingerprint::text(m_publicKey);
}

} // namespace scopevault
