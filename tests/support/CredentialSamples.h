#pragma once

// Credentials of every scanner rule, generated from each provider's documented format (none is
// real), and the harmless look-alikes the scanner must pass over. Shared by tst_cli_scan and
// bench_scan.
#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace scopevault::test {

struct CredentialSample
{
    const char* rule;
    QByteArray secret; // what must never be printed whole
    QByteArray prefix; // written before it on its line
};

inline QByteArray randomFrom(QRandomGenerator& random, const char* alphabet, int count)
{
    const QByteArray chars(alphabet);
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += chars.at(int(random.bounded(quint32(chars.size()))));
    }
    return out;
}

/// One sample of each of the scanner's 22 rules (23 lines: two OpenAI formats).
inline QList<CredentialSample> credentialSamples(QRandomGenerator& random)
{
    const char* alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const char* url64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    const char* upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const char* hex = "0123456789abcdef";
    const auto r = [&](const char* alphabet, int count) {
        return randomFrom(random, alphabet, count);
    };
    return {
        {"openai-api-key", "sk-proj-" + r(url64, 56), "client = OpenAI(api_key=\""},
        {"openai-api-key", "sk-" + r(alnum, 20) + "T3BlbkFJ" + r(alnum, 20), "- legacy: "},
        {"anthropic-api-key", "sk-ant-api03-" + r(url64, 93), "anthropic: "},
        {"aws-access-key-id", "AKIA" + r(upper, 16), "\"AccessKeyId\": \""},
        {"aws-secret-access-key",
         r("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40),
         "aws_secret_access_key = "},
        {"github-token", "ghp_" + r(alnum, 36), "git clone https://x-access-token:"},
        {"github-fine-grained-pat", "github_pat_" + r(alnum, 22) + "_" + r(alnum, 59), "GH: "},
        {"gitlab-pat", "glpat-" + r(url64, 20), "gitlab = "},
        {"google-api-key", "AIza" + r(url64, 35), "maps_key: "},
        {"stripe-live-secret-key", "sk_live_" + r(alnum, 40), "stripe.api_key = '"},
        {"stripe-restricted-key", "rk_live_" + r(alnum, 40), "\"restricted\": \""},
        {"slack-token",
         "xoxb-" + r("0123456789", 12) + "-" + r("0123456789", 13) + "-" + r(alnum, 24), "SLACK: "},
        {"slack-webhook",
         "https://hooks.slack.com/services/T" + r(upper, 10) + "/B" + r(upper, 10) + "/" +
             r(alnum, 24),
         "webhook_url: "},
        {"twilio-api-key", "SK" + r(hex, 32), "twilio_key = \""},
        {"twilio-auth-token", r(hex, 32), "TWILIO_AUTH_TOKEN: \""},
        {"sendgrid-api-key", "SG." + r(url64, 22) + "." + r(url64, 43), "\"sendgrid\": \""},
        {"huggingface-token", "hf_" + r("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34),
         "HF = "},
        {"npm-token", "npm_" + r(alnum, 36), "//registry.npmjs.org/:_authToken="},
        {"groq-api-key", "gsk_" + r(alnum, 52), "groq: "},
        {"jwt", "eyJ" + r(url64, 30) + ".eyJ" + r(url64, 40) + "." + r(url64, 43),
         "Authorization: Bearer "},
        {"database-url-password", "postgresql://app:" + r(alnum, 18) + "@db.internal:5432/app",
         "DATABASE_URL="},
        {"private-key", "-----BEGIN OPENSSH PRIVATE KEY-----", ""},
        {"generic-credential", r(alnum, 32), "DEPLOY_TOKEN = \""},
    };
}

/// Lines that look like credentials and are harmless: examples, placeholders, lookups, code,
/// a UUID, a hash, a data URI. None may be reported.
inline QByteArray harmlessLookAlikes(QRandomGenerator& random)
{
    const char* alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const char* url64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    return "AWS docs: AKIAIOSFODNN7EXAMPLE\n"
           "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
           "OPENAI_API_KEY=sk-...\n"
           "api_key: YOUR_API_KEY_HERE\n"
           "token = \"<your-key>\"\n"
           "OPENAI_API_KEY=${OPENAI_API_KEY}\n"
           "api_key = os.environ[\"OPENAI_API_KEY\"]\n"
           "session_token = \"3f2b6c1e-9a4d-4e7b-8c2f-1d5e6a7b8c9d\"\n"
           "password: changeme\n"
           "api_key = settings.OPENAI_KEY\n"
           "password = get_password(user)\n"
           "DATABASE_URL=postgres://user:password@localhost/db\n"
           "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
           "stripe_key = \"sk_live_YOUR_KEY_HERE_1234567890abcd\"\n"
           "<img src=\"data:image/png;base64,iVBORw0KGgoAIza" +
           randomFrom(random, url64, 35) + "secret_key=" + randomFrom(random, alnum, 30) + "\">\n" +
           "checksum_secret = \"" + randomFrom(random, "0123456789abcdef", 64) + "\"\n";
}

} // namespace scopevault::test
