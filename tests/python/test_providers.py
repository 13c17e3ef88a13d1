"""The secret providers of python3-scopevault (packaging/python/scopevault_providers.py) against
small stand-ins for the frameworks they serve, written from the interfaces those frameworks
publish, over a real bundle made by the real scopevault-cli. Run by CTest with
/usr/bin/python3 (Debian's python3-nacl); needs SCOPEVAULT_CLI, SCOPEVAULT_AGENT and
SCOPEVAULT_SOURCE_DIR.
"""

import abc
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.environ["SCOPEVAULT_SOURCE_DIR"], "packaging", "python"))

import scopevault_bundle  # noqa: E402
from scopevault_providers import (AbstractCoreSecretProvider, BundleSecrets,  # noqa: E402
                                  MissingSecret, SkillwareSecretProvider, provider_variable)

OPENAI = "sk-provider-test-openai-4f1c"
ANTHROPIC = "sk-ant-provider-test-9d2e"
ETHERSCAN = "etherscan-provider-test-77aa"
OUTSIDE = "a-value-only-the-environment-holds"


# --- Stand-ins, from the published shapes -------------------------------------------------

class BaseSecretProvider(abc.ABC):
    """Skillware's RFC: a provider the SkillLoader asks for each credential a manifest names."""

    @abc.abstractmethod
    def get_secret(self, key):
        ...


class ExecutionContext:
    def __init__(self, credentials):
        self.credentials = credentials


class SkillLoader:
    """Resolves a skill's env_vars through secret_manager, never through os.environ."""

    def __init__(self, secret_manager):
        if not isinstance(secret_manager, BaseSecretProvider):
            raise TypeError("secret_manager must be a BaseSecretProvider")
        self.secret_manager = secret_manager

    def context_for(self, manifest):
        return ExecutionContext({name: self.secret_manager.get_secret(name)
                                 for name in manifest["env_vars"]})


class AbstractCoreClient:
    """AbstractCore: create_llm(provider, ...) takes the key from a SecretProvider that
    supports(provider), else from its config (here: none)."""

    def __init__(self, provider, secret_provider):
        if not secret_provider.supports(provider):
            raise LookupError("no API key for %s" % provider)
        self.api_key = secret_provider.get_secret(provider)


class HermesGateway:
    """hermes-agent: set_secret_scope(mapping) gives a profile its secrets; tools read them."""

    def __init__(self):
        self._scope = {}

    def set_secret_scope(self, secrets):
        self._scope = secrets

    def tool_secret(self, name):
        return self._scope[name]


# --- The bundle ----------------------------------------------------------------------------

def run(*args, stdin=None):
    result = subprocess.run(args, input=stdin, capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(args[:3]), result.stderr.decode()))
    return result.stdout.decode().strip()


class ProviderTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        d = cls.dir.name
        with open(os.path.join(d, "pass"), "w") as f:
            f.write("provider test passphrase")
        cli = [os.environ["SCOPEVAULT_CLI"], "--vault", os.path.join(d, "v.svdb"),
               "--passphrase-file", os.path.join(d, "pass")]
        run(*cli, "init", "--kdf", "custom:1,8")
        run(*cli, "set", "system:OPENAI_API_KEY", stdin=OPENAI.encode())
        run(*cli, "set", "system:ANTHROPIC_API_KEY", stdin=ANTHROPIC.encode())
        run(*cli, "set", "finance:ETHERSCAN_API_KEY", stdin=ETHERSCAN.encode())
        run(*cli, "action", "add", "research/summarise")
        run(*cli, "action", "add", "finance/screen")
        for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
            run(*cli, "action", "declare", "research/summarise", name)
        run(*cli, "action", "declare", "finance/screen", "ETHERSCAN_API_KEY")
        cls.identity = os.path.join(d, "agent.identity")
        public = run(os.environ["SCOPEVAULT_AGENT"], "keygen", "--out", cls.identity)
        run(*cli, "agent", "add", "bot", "--public-key", public)
        run(*cli, "grant", "bot", "research/summarise")
        run(*cli, "grant", "bot", "finance/screen")
        cls.bundle = os.path.join(d, "bot.svb")
        run(*cli, "export", "bot", "--out", cls.bundle)
        cls.vault_key = run(*cli, "vault-key")
        cls.opens = 0
        real_open = scopevault_bundle.open_bundle

        def counting_open(*args, **kwargs):
            cls.opens += 1
            return real_open(*args, **kwargs)

        import scopevault_providers
        scopevault_providers.open_bundle = counting_open

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def setUp(self):
        self.environ_before = dict(os.environ)
        # A variable of the same name in the environment must never be used.
        os.environ["GROQ_API_KEY"] = OUTSIDE
        os.environ["STRIPE_API_KEY"] = OUTSIDE

    def tearDown(self):
        os.environ.pop("GROQ_API_KEY")
        os.environ.pop("STRIPE_API_KEY")
        self.assertEqual(dict(os.environ), self.environ_before, "a provider changed os.environ")

    def opened(self, cls, action=None):
        before = type(self).opens
        provider = cls(self.bundle, identity=self.identity, vault_key=self.vault_key,
                       action=action)
        self.assertEqual(type(self).opens - before, 1, "the bundle is opened exactly once")
        return provider

    def test_skillware_loader_gets_its_credentials(self):
        provider = self.opened(SkillwareSecretProvider)
        BaseSecretProvider.register(SkillwareSecretProvider)
        loader = SkillLoader(secret_manager=provider)
        before = type(self).opens
        context = loader.context_for({"env_vars": ["OPENAI_API_KEY", "ETHERSCAN_API_KEY"]})
        self.assertEqual(context.credentials, {"OPENAI_API_KEY": OPENAI,
                                               "ETHERSCAN_API_KEY": ETHERSCAN})
        self.assertEqual(type(self).opens, before, "answers come from memory")
        with self.assertRaises(MissingSecret) as refused:
            loader.context_for({"env_vars": ["STRIPE_API_KEY"]})
        self.assertIn("STRIPE_API_KEY", str(refused.exception))
        self.assertNotIn(OUTSIDE, str(refused.exception))

    def test_abstractcore_client_by_provider_name(self):
        provider = self.opened(AbstractCoreSecretProvider)
        self.assertTrue(provider.supports("openai"))
        self.assertTrue(provider.supports("anthropic"))
        self.assertFalse(provider.supports("groq"))  # in os.environ only
        self.assertEqual(AbstractCoreClient("openai", provider).api_key, OPENAI)
        self.assertEqual(AbstractCoreClient("anthropic", provider).api_key, ANTHROPIC)
        self.assertEqual(provider.get_secret("OPENAI_API_KEY"), OPENAI)
        with self.assertRaises(LookupError):
            AbstractCoreClient("groq", provider)
        with self.assertRaises(MissingSecret):
            provider.get_secret("groq")
        self.assertEqual(provider_variable("open-router"), "OPEN_ROUTER_API_KEY")

    def test_hermes_profile_scope_is_a_plain_mapping(self):
        secrets = self.opened(BundleSecrets, action="finance/screen")
        gateway = HermesGateway()
        gateway.set_secret_scope(secrets)
        self.assertEqual(gateway.tool_secret("ETHERSCAN_API_KEY"), ETHERSCAN)
        self.assertEqual(sorted(secrets), ["ETHERSCAN_API_KEY"])
        self.assertEqual(len(secrets), 1)
        self.assertEqual(dict(secrets), {"ETHERSCAN_API_KEY": ETHERSCAN})
        # Another action's secret is not in this scope, even though the bundle holds it.
        with self.assertRaises(KeyError):
            gateway.tool_secret("OPENAI_API_KEY")
        self.assertIsNone(secrets.get("STRIPE_API_KEY"))
        with self.assertRaises(TypeError):
            secrets["ETHERSCAN_API_KEY"] = "changed"  # read-only

    def test_no_value_in_repr_or_errors(self):
        for cls in (BundleSecrets, SkillwareSecretProvider, AbstractCoreSecretProvider):
            provider = self.opened(cls)
            text = repr(provider)
            self.assertIn("OPENAI_API_KEY", text)
            for value in (OPENAI, ANTHROPIC, ETHERSCAN):
                self.assertNotIn(value, text)

    def test_refused_bundle_fails_closed(self):
        other = os.path.join(self.dir.name, "other.identity")
        run(os.environ["SCOPEVAULT_AGENT"], "keygen", "--out", other)
        for cls in (BundleSecrets, SkillwareSecretProvider, AbstractCoreSecretProvider):
            with self.assertRaises(scopevault_bundle.WrongIdentity):
                cls(self.bundle, identity=other, vault_key=self.vault_key)


if __name__ == "__main__":
    unittest.main(verbosity=2)
