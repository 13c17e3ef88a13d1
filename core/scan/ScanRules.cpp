#include "scan/ScanRules.h"

namespace scopevault {

const std::vector<ScanRule>& ScanRules::all()
{
    using K = ScanRule::Kind;
    // Formats as the providers document them; \b keeps a rule from firing inside a longer
    // token. A value must be long enough to be a real one: the documented placeholders are
    // filtered afterwards (HarmlessMatch).
    static const std::vector<ScanRule> rules{
        {"openai-api-key", "OpenAI API key",
         R"(\bsk-(proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}|\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b|\bsk-[A-Za-z0-9]{48}\b)",
         K::Provider},
        {"anthropic-api-key", "Anthropic API key",
         R"(\bsk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_\-]{80,})", K::Provider},
        {"aws-access-key-id", "AWS access key ID", R"(\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b)",
         K::Provider},
        {"aws-secret-access-key", "AWS secret access key",
         R"(aws_?secret_?(access_?)?key["']?[ \t]*[:=][ \t]*["']?[A-Za-z0-9/+]{40})", K::Provider,
         true},
        {"github-token", "GitHub token (classic)", R"(\bgh[pousr]_[A-Za-z0-9]{36}\b)", K::Provider},
        {"github-fine-grained-pat", "GitHub fine-grained personal access token",
         R"(\bgithub_pat_[A-Za-z0-9_]{82}\b)", K::Provider},
        {"gitlab-pat", "GitLab personal access token", R"(\bglpat-[A-Za-z0-9_\-]{20})",
         K::Provider},
        {"google-api-key", "Google API key", R"(\bAIza[0-9A-Za-z_\-]{35})", K::Provider},
        {"stripe-live-secret-key", "Stripe live secret key", R"(\bsk_live_[0-9A-Za-z]{24,}\b)",
         K::Provider},
        {"stripe-restricted-key", "Stripe restricted key", R"(\brk_live_[0-9A-Za-z]{24,}\b)",
         K::Provider},
        {"slack-token", "Slack token", R"(\bxox[abposr]-[0-9A-Za-z\-]{10,}\b)", K::Provider},
        {"slack-webhook", "Slack incoming webhook",
         R"(https://hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24}\b)",
         K::Provider},
        {"twilio-api-key", "Twilio API key", R"(\bSK[0-9a-f]{32}\b)", K::Provider},
        {"twilio-auth-token", "Twilio auth token",
         R"(twilio_?auth_?token["']?[ \t]*[:=][ \t]*["']?[0-9a-f]{32}\b)", K::Provider, true},
        {"sendgrid-api-key", "SendGrid API key", R"(\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})",
         K::Provider},
        {"huggingface-token", "Hugging Face token", R"(\bhf_[A-Za-z]{34}\b)", K::Provider},
        {"npm-token", "npm access token", R"(\bnpm_[A-Za-z0-9]{36}\b)", K::Provider},
        {"groq-api-key", "Groq API key", R"(\bgsk_[A-Za-z0-9]{52}\b)", K::Provider},
        {"jwt", "JSON Web Token",
         R"(\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,})", K::Provider},
        {"database-url-password", "Database URL with a password",
         R"(\b(postgres|postgresql|mysql|mariadb|mongodb|mongodb\+srv|redis|rediss|amqp|amqps)://[^\s:/@'"]{1,64}:[^\s/@'"]{3,128}@[^\s/'"]+)",
         K::Provider},
        {"private-key", "Private key",
         R"(-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----)",
         K::PrivateKey},
        {"generic-credential", "Credential assigned to a credential-like name",
         R"((api_?key|apikey|secret|token|passwd|password|pwd|auth_?key|private_?key|access_?key|credential)[A-Za-z0-9_.\-]*["']?[ \t]*[:=][ \t]*["']?[^\s"'`,;]{8,})",
         K::Generic, true},
    };
    return rules;
}

} // namespace scopevault
