"""Secret providers over a Scopevault bundle, in the shapes agent frameworks ask for.

Each provider opens and verifies the bundle once (scopevault_bundle.open_bundle: signature,
identity, expiry), then answers from memory. None of them writes to os.environ, and none
falls back to it: a name the bundle does not hold raises MissingSecret (a KeyError), so a
skill that was not granted a secret fails instead of quietly using whatever the host's
environment happens to hold.

- BundleSecrets: a read-only mapping NAME -> value, e.g. for hermes-agent's
  set_secret_scope(...).
- SkillwareSecretProvider: get_secret(key), the BaseSecretProvider shape proposed for
  Skillware's SkillLoader(secret_manager=...).
- AbstractCoreSecretProvider: get_secret(provider) and supports(provider), AbstractCore's
  SecretProvider shape; "openai" is read from OPENAI_API_KEY, as `scopevault-cli import
  abstractcore` stores it.

Values are returned as str (UTF-8); a value that is not UTF-8 raises ValueError naming the
secret. repr() of a provider names the bundle and the secrets, never a value.
"""

import re
from collections.abc import Mapping

from scopevault_bundle import open_bundle

__all__ = ["MissingSecret", "BundleSecrets", "SkillwareSecretProvider",
           "AbstractCoreSecretProvider", "provider_variable"]


class MissingSecret(KeyError):
    """The bundle does not hold this secret (no fallback to the environment)."""

    def __str__(self):
        return self.args[0] if self.args else "missing secret"


def provider_variable(provider):
    """The variable a provider's API key is stored under: "openai" -> "OPENAI_API_KEY"."""
    return re.sub(r"[^A-Z0-9]", "_", provider.upper()) + "_API_KEY"


class BundleSecrets(Mapping):
    """The secrets of one bundle as a read-only mapping NAME -> str.

    BundleSecrets("alice.svb", identity="alice.identity", vault_key="BASE64...",
    action="research/summarise") opens the bundle (raising scopevault_bundle.BundleError
    subclasses when it is refused) and keeps its values in this object only.
    """

    def __init__(self, bundle, identity, vault_key, action=None):
        opened = open_bundle(bundle, identity, vault_key, action)
        self._source = str(bundle)
        self._agent = opened["agent"]
        self._values = dict(opened["secrets"])

    def __getitem__(self, name):
        try:
            raw = self._values[name]
        except KeyError:
            raise MissingSecret("%s (agent %s) holds no secret %s; grant it in the vault and "
                                "export the bundle again" % (self._source, self._agent, name)) \
                from None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("the value of %s in %s is not UTF-8 text" % (name, self._source)) \
                from None

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        return "<%s %s: %s>" % (type(self).__name__, self._source,
                                ", ".join(sorted(self._values)) or "no secrets")


class SkillwareSecretProvider:
    """get_secret(key): the BaseSecretProvider shape of Skillware's secret-management RFC.

    Hand it to the loader as secret_manager=...; if the loader checks isinstance against its
    abstract base, register it there: BaseSecretProvider.register(SkillwareSecretProvider).
    """

    def __init__(self, bundle, identity, vault_key, action=None):
        self._secrets = BundleSecrets(bundle, identity, vault_key, action)

    def get_secret(self, key):
        return self._secrets[key]

    def __repr__(self):
        return repr(self._secrets).replace("BundleSecrets", type(self).__name__, 1)


class AbstractCoreSecretProvider:
    """get_secret(provider) and supports(provider): AbstractCore's SecretProvider shape.

    A provider name ("openai") reads its API key variable (OPENAI_API_KEY); a name that is
    already a variable (OPENAI_API_KEY) reads that variable.
    """

    def __init__(self, bundle, identity, vault_key, action=None):
        self._secrets = BundleSecrets(bundle, identity, vault_key, action)

    def _name(self, key):
        return key if key in self._secrets or key.isupper() else provider_variable(key)

    def supports(self, provider):
        return self._name(provider) in self._secrets

    def get_secret(self, key):
        return self._secrets[self._name(key)]

    def __repr__(self):
        return repr(self._secrets).replace("BundleSecrets", type(self).__name__, 1)
