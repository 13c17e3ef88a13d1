<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Encrypted vault manager for AI agents&apos; credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a populated demo vault in a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::AddAgentDialog</name>
    <message>
        <source>Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. billing-bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the public key printed by &apos;scopevault-agent keygen&apos; on the agent&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid key. Fingerprint %1: compare it with the agent&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::AgentTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::AgentsView</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overage of granted actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents yet. Add one with the public key its host printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is granted no action that declares secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required secret(s) missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: every required secret of every granted action can be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added agent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? Revoking is final: the agent can never be resumed or granted anything again, and bundles not yet issued are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::CoverageTableModel</name>
    <message>
        <source>delivered from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::CreateVaultPage</name>
    <message>
        <source>C&amp;reate vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is the only way into the vault: nobody can recover it. Four or five random words are strong and easy to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — about %2 s to unlock on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopevault vaults (*.svdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the vault file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add words or characters until the strength is at least Fair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::EffectiveSecretModel</name>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not declared (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::EffectiveView</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More specific scopes win: an action&apos;s own secret overrides its pack&apos;s, which overrides the system&apos;s. Press Enter or double-click a row to open the secret that supplies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet: import a skill pack or create one with the CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required secret(s) missing: agents granted this action cannot run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required secret is supplied. %1 optional missing, %2 override(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::GrantTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants access to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::ImportDialog</name>
    <message>
        <source>&amp;Overwrite existing secrets whose value differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill-pack folder (manifest.yaml per action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AbstractCore config (abstractcore.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a folder holding one pack&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to import, then Preview. Nothing is written before you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill-pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 skipped, %5 unchanged. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new action declaring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newly declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description or required flag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer declared; a stored value is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declarations unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_keys.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::ImportPreviewModel</name>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::MainWindow</name>
    <message>
        <source>Scopevault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after being idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import skill &amp;packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .&amp;env file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;AbstractCore config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scopevault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Scopevault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopevault %1
An encrypted vault for AI agents&apos; credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault (temporary) — unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopevault vaults (*.svdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::MoveSecretDialog</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value, its version and its description move with it. Grants on exactly this secret do not follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::PermissionMatrixModel</name>
    <message>
        <source>%1 is granted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives %2 through a broader grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not granted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system grant opens every secret in the vault to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::PermissionMatrixView</name>
    <message>
        <source>Permission matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a cell to grant the agent that pack or action; a half-ticked cell is covered by a broader grant. The tinted system column opens every secret in the vault: grant it only to agents you trust with all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the whole vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system grant gives %1 every secret in the vault, including the secrets of packs added later. Grant it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::ScopeTreeModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets every action may inherit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::SecretDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, whose account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the secret a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and _, not starting with a digit (as for environment variables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::SecretTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::SecretsView</name>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ffective secrets of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, descriptions and references in all scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a secret to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, changed %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; edit it to change its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and every version of its value? Grants on exactly this secret are revoked. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clipboard after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation for new vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive (64 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (256 MiB, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive (1 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key derivation for new vaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Scopevault starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::VaultSession</name>
    <message>
        <source>no vault is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scopevault::WelcomePage</name>
    <message>
        <source>Welcome to Scopevault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every credential your AI agents need in one encrypted vault, scope each to the system, a skill pack or one action, and give each agent exactly what it may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase; the vault is a single encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .svdb file made here or with scopevault-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill packs, agents and grants already set up, in a temporary folder that is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
