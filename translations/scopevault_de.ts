<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Encrypted vault manager for AI agents&apos; credentials</source>
        <translation>Verschlüsselter Tresor für die Zugangsdaten von KI-Agenten</translation>
    </message>
    <message>
        <source>Open a populated demo vault in a temporary folder.</source>
        <translation>Einen befüllten Demo-Tresor in einem temporären Ordner öffnen.</translation>
    </message>
    <message>
        <source>The vault file to open.</source>
        <translation>Die zu öffnende Tresordatei.</translation>
    </message>
</context>
<context>
    <name>scopevault::AddAgentDialog</name>
    <message>
        <source>Add agent</source>
        <translation>Agent hinzufügen</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Name des Agenten</translation>
    </message>
    <message>
        <source>e.g. billing-bot</source>
        <translation>z. B. billing-bot</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Paste the public key printed by &apos;scopevault-agent keygen&apos; on the agent&apos;s host</source>
        <translation>Öffentlichen Schlüssel einfügen, den &apos;scopevault-agent keygen&apos; auf dem Rechner des Agenten ausgegeben hat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Der Name darf Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 64).</translation>
    </message>
    <message>
        <source>Valid key. Fingerprint %1: compare it with the agent&apos;s host.</source>
        <translation>Gültiger Schlüssel. Fingerabdruck %1: mit dem Rechner des Agenten vergleichen.</translation>
    </message>
</context>
<context>
    <name>scopevault::AgentTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>scopevault::AgentsView</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Add agent…</source>
        <translation>Agent &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>C&amp;overage of granted actions</source>
        <translation>A&amp;bdeckung der freigegebenen Aktionen</translation>
    </message>
    <message>
        <source>No agents yet. Add one with the public key its host printed.</source>
        <translation>Noch keine Agenten. Fügen Sie einen mit dem öffentlichen Schlüssel hinzu, den sein Rechner ausgegeben hat.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Schlüssel-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>This agent is granted no action that declares secrets.</source>
        <translation>Diesem Agenten ist keine Aktion freigegeben, die Geheimnisse deklariert.</translation>
    </message>
    <message>
        <source>%1 required secret(s) missing.</source>
        <translation>%1 erforderliche(s) Geheimnis(se) fehlen.</translation>
    </message>
    <message>
        <source>Complete: every required secret of every granted action can be delivered.</source>
        <translation>Vollständig: Jedes erforderliche Geheimnis jeder freigegebenen Aktion kann geliefert werden.</translation>
    </message>
    <message>
        <source>Added agent %1.</source>
        <translation>Agent %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Revoke agent</source>
        <translation>Agent widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1? Revoking is final: the agent can never be resumed or granted anything again, and bundles not yet issued are refused.</source>
        <translation>%1 widerrufen? Das Widerrufen ist endgültig: Der Agent kann nie wieder fortgesetzt werden oder Freigaben erhalten, und noch nicht ausgestellte Bündel werden verweigert.</translation>
    </message>
    <message>
        <source>%1 receives nothing while it is %2.</source>
        <translation>%1 erhält nichts, solange er %2 ist.</translation>
    </message>
</context>
<context>
    <name>scopevault::CoverageTableModel</name>
    <message>
        <source>delivered from %1</source>
        <translation>geliefert aus %1</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>missing (optional)</source>
        <translation>fehlt (optional)</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
<context>
    <name>scopevault::CreateVaultPage</name>
    <message>
        <source>C&amp;reate vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>The passphrase is the only way into the vault: nobody can recover it. Four or five random words are strong and easy to type.</source>
        <translation>Die Passphrase ist der einzige Weg in den Tresor: Niemand kann sie wiederherstellen. Vier oder fünf zufällige Wörter sind stark und leicht zu tippen.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Key derivation cost</source>
        <translation>Aufwand der Schlüsselableitung</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>&amp;Unlock cost:</source>
        <translation>&amp;Entsperraufwand:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter a passphrase</source>
        <translation>Passphrase eingeben</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>Neue Tresordatei</translation>
    </message>
    <message>
        <source>Scopevault vaults (*.svdb)</source>
        <translation>Scopevault-Tresore (*.svdb)</translation>
    </message>
    <message>
        <source>Choose where the vault file goes.</source>
        <translation>Wählen Sie, wo die Tresordatei liegen soll.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add words or characters until the strength is at least Fair.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten. Fügen Sie Wörter oder Zeichen hinzu, bis die Stärke mindestens Mittel ist.</translation>
    </message>
    <message>
        <source>%1 — about %2 s to unlock here</source>
        <translation>%1 — etwa %2 s zum Entsperren auf diesem Rechner</translation>
    </message>
</context>
<context>
    <name>scopevault::EffectiveSecretModel</name>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>missing (optional)</source>
        <translation>fehlt (optional)</translation>
    </message>
    <message>
        <source>not declared (inherited)</source>
        <translation>nicht deklariert (geerbt)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Geliefert von</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Deklariert</translation>
    </message>
</context>
<context>
    <name>scopevault::EffectiveView</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Effective secrets</source>
        <translation>Wirksame Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>More specific scopes win: an action&apos;s own secret overrides its pack&apos;s, which overrides the system&apos;s. Press Enter or double-click a row to open the secret that supplies it.</source>
        <translation>Spezifischere Bereiche gewinnen: Das eigene Geheimnis einer Aktion überschreibt das ihres Pakets, das wiederum das des Systems überschreibt. Eingabetaste oder Doppelklick auf eine Zeile öffnet das liefernde Geheimnis.</translation>
    </message>
    <message>
        <source>No actions yet: import a skill pack or create one with the CLI.</source>
        <translation>Noch keine Aktionen: Importieren Sie ein Skill-Paket oder legen Sie eines mit der CLI an.</translation>
    </message>
    <message>
        <source>%1 required secret(s) missing: agents granted this action cannot run it.</source>
        <translation>%1 erforderliche(s) Geheimnis(se) fehlen: Agenten mit dieser Freigabe können die Aktion nicht ausführen.</translation>
    </message>
    <message>
        <source>Every required secret is supplied. %1 optional missing, %2 override(s).</source>
        <translation>Jedes erforderliche Geheimnis wird geliefert. %1 optionale fehlen, %2 Überschreibung(en).</translation>
    </message>
</context>
<context>
    <name>scopevault::GrantTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>Grants access to</source>
        <translation>Gibt Zugriff auf</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>scopevault::ImportDialog</name>
    <message>
        <source>&amp;Overwrite existing secrets whose value differs</source>
        <translation>Bestehende Geheimnisse mit anderem Wert ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Was importiert werden soll</translation>
    </message>
    <message>
        <source>Skill-pack folder (manifest.yaml per action)</source>
        <translation>Skill-Paket-Ordner (manifest.yaml je Aktion)</translation>
    </message>
    <message>
        <source>.env file</source>
        <translation>.env-Datei</translation>
    </message>
    <message>
        <source>AbstractCore config (abstractcore.json)</source>
        <translation>AbstractCore-Konfiguration (abstractcore.json)</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Target scope</source>
        <translation>Zielbereich</translation>
    </message>
    <message>
        <source>Pack name</source>
        <translation>Paketname</translation>
    </message>
    <message>
        <source>only for a folder holding one pack&apos;s actions</source>
        <translation>nur für einen Ordner mit den Aktionen eines einzelnen Pakets</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importieren:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Aus:</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Into scope:</source>
        <translation>In &amp;Bereich:</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <source>Choose what to import, then Preview. Nothing is written before you press Import.</source>
        <translation>Wählen Sie, was importiert werden soll, dann Vorschau. Vor „Importieren“ wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Press Preview to see what would change.</source>
        <translation>Drücken Sie Vorschau, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Skill-pack folder</source>
        <translation>Skill-Paket-Ordner</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose a file or folder first.</source>
        <translation>Wählen Sie zuerst eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 skipped, %5 unchanged. Nothing has been written yet.</source>
        <translation>%1 hinzuzufügen, %2 zu ändern, %3 zu entfernen, %4 übersprungen, %5 unverändert. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>new pack</source>
        <translation>neues Paket</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>new action declaring %1</source>
        <translation>neue Aktion, deklariert %1</translation>
    </message>
    <message>
        <source>newly declared</source>
        <translation>neu deklariert</translation>
    </message>
    <message>
        <source>description or required flag changed</source>
        <translation>Beschreibung oder Pflichtangabe geändert</translation>
    </message>
    <message>
        <source>no longer declared; a stored value is kept</source>
        <translation>nicht mehr deklariert; ein gespeicherter Wert bleibt erhalten</translation>
    </message>
    <message>
        <source>declarations unchanged</source>
        <translation>Deklarationen unverändert</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>api_keys.%1</source>
        <translation>api_keys.%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>scopevault::ImportPreviewModel</name>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>scopevault::MainWindow</name>
    <message>
        <source>Scopevault</source>
        <translation>Scopevault</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;Effective</source>
        <translation>&amp;Wirksam</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>Locked after being idle.</source>
        <translation>Nach Inaktivität gesperrt.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo vault</source>
        <translation>&amp;Demo-Tresor öffnen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>Tresor s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Geheimnis…</translation>
    </message>
    <message>
        <source>&amp;Edit secret…</source>
        <translation>Geheimnis &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reveal value</source>
        <translation>Wert an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Move secret…</source>
        <translation>Geheimnis &amp;verschieben…</translation>
    </message>
    <message>
        <source>&amp;Delete secret…</source>
        <translation>Geheimnis &amp;löschen…</translation>
    </message>
    <message>
        <source>Import skill &amp;packs…</source>
        <translation>Skill-&amp;Pakete importieren…</translation>
    </message>
    <message>
        <source>Import .&amp;env file…</source>
        <translation>.&amp;env-Datei importieren…</translation>
    </message>
    <message>
        <source>Import &amp;AbstractCore config…</source>
        <translation>&amp;AbstractCore-Konfiguration importieren…</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Effective secrets</source>
        <translation>&amp;Wirksame Geheimnisse</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>&amp;Add agent…</source>
        <translation>Agent &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Scopevault</source>
        <translation>&amp;Über Scopevault</translation>
    </message>
    <message>
        <source>About Scopevault</source>
        <translation>Über Scopevault</translation>
    </message>
    <message>
        <source>Scopevault %1
An encrypted vault for AI agents&apos; credentials.</source>
        <translation>Scopevault %1
Ein verschlüsselter Tresor für die Zugangsdaten von KI-Agenten.</translation>
    </message>
    <message>
        <source>%1 — unlocked</source>
        <translation>%1 — entsperrt</translation>
    </message>
    <message>
        <source>%1 — locked</source>
        <translation>%1 — gesperrt</translation>
    </message>
    <message>
        <source>Demo vault (temporary) — unlocked</source>
        <translation>Demo-Tresor (temporär) — entsperrt</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>Scopevault vaults (*.svdb);;All files (*)</source>
        <translation>Scopevault-Tresore (*.svdb);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>scopevault::MoveSecretDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Target scope</source>
        <translation>Zielbereich</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Zielname</translation>
    </message>
    <message>
        <source>To &amp;scope:</source>
        <translation>In &amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The value, its version and its description move with it. Grants on exactly this secret follow it; grants on its old scope do not.</source>
        <translation>Wert, Version und Beschreibung ziehen mit. Freigaben genau dieses Geheimnisses ziehen mit; Freigaben seines alten Bereichs nicht.</translation>
    </message>
</context>
<context>
    <name>scopevault::PermissionMatrixModel</name>
    <message>
        <source>%1 is granted %2</source>
        <translation>%1 hat Freigabe für %2</translation>
    </message>
    <message>
        <source>%1 receives %2 through a broader grant</source>
        <translation>%1 erhält %2 über eine umfassendere Freigabe</translation>
    </message>
    <message>
        <source>%1 is not granted %2</source>
        <translation>%1 hat keine Freigabe für %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ system</source>
        <translation>⚠ System</translation>
    </message>
    <message>
        <source>A system grant opens every secret in the vault to the agent.</source>
        <translation>Eine Systemfreigabe öffnet dem Agenten jedes Geheimnis im Tresor.</translation>
    </message>
    <message>
        <source>%1 (pack)</source>
        <translation>%1 (Paket)</translation>
    </message>
    <message>
        <source>%1 is %2 and receives nothing; the grant stays for when it is active again</source>
        <translation>%1 ist %2 und erhält nichts; die Berechtigung bleibt für den Fall, dass der Agent wieder aktiv wird</translation>
    </message>
</context>
<context>
    <name>scopevault::PermissionMatrixView</name>
    <message>
        <source>Permission matrix</source>
        <translation>Berechtigungsmatrix</translation>
    </message>
    <message>
        <source>Tick a cell to grant the agent that pack or action; a half-ticked cell is covered by a broader grant. The tinted system column opens every secret in the vault: grant it only to agents you trust with all of them.</source>
        <translation>Haken Sie eine Zelle an, um dem Agenten dieses Paket oder diese Aktion freizugeben; eine halb angehakte Zelle ist durch eine umfassendere Freigabe abgedeckt. Die getönte Systemspalte öffnet jedes Geheimnis im Tresor: Geben Sie sie nur Agenten frei, denen Sie alle anvertrauen.</translation>
    </message>
    <message>
        <source>Grant the whole vault?</source>
        <translation>Den ganzen Tresor freigeben?</translation>
    </message>
    <message>
        <source>A system grant gives %1 every secret in the vault, including the secrets of packs added later. Grant it anyway?</source>
        <translation>Eine Systemfreigabe gibt %1 jedes Geheimnis im Tresor, auch die von später hinzugefügten Paketen. Trotzdem freigeben?</translation>
    </message>
</context>
<context>
    <name>scopevault::ScopeTreeModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Secrets every action may inherit</source>
        <translation>Geheimnisse, die jede Aktion erben kann</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
</context>
<context>
    <name>scopevault::SecretDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What it is for, whose account</source>
        <translation>Wofür, wessen Konto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation>Leer lassen, um den aktuellen Wert zu behalten</translation>
    </message>
    <message>
        <source>Give the secret a name.</source>
        <translation>Geben Sie dem Geheimnis einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name: use letters, digits and _, not starting with a digit (as for environment variables).</source>
        <translation>&apos;%1&apos; ist kein gültiger Name: Buchstaben, Ziffern und _ verwenden, nicht mit einer Ziffer beginnen (wie bei Umgebungsvariablen).</translation>
    </message>
    <message>
        <source>Enter the secret&apos;s value.</source>
        <translation>Geben Sie den Wert des Geheimnisses ein.</translation>
    </message>
</context>
<context>
    <name>scopevault::SecretTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>scopevault::SecretsView</name>
    <message>
        <source>&amp;Reveal</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;ffective secrets of this action</source>
        <translation>&amp;Wirksame Geheimnisse dieser Aktion</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Search names, descriptions and references in all scopes</source>
        <translation>Namen, Beschreibungen und Referenzen in allen Bereichen durchsuchen</translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation>Geheimnisse durchsuchen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>•••••••• (hidden)</source>
        <translation>•••••••• (verborgen)</translation>
    </message>
    <message>
        <source>Reveal value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Copy value to the clipboard</source>
        <translation>Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Geheimnis…</translation>
    </message>
    <message>
        <source>Select a secret to see it.</source>
        <translation>Wählen Sie ein Geheimnis aus, um es zu sehen.</translation>
    </message>
    <message>
        <source>Version %1, changed %2. %3</source>
        <translation>Version %1, geändert %2. %3</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared in %2 s.</source>
        <translation>%1 kopiert; die Zwischenablage wird in %2 s geleert.</translation>
    </message>
    <message>
        <source>%1 already exists; edit it to change its value.</source>
        <translation>%1 existiert bereits; bearbeiten Sie es, um den Wert zu ändern.</translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Delete %1 and every version of its value? Grants on exactly this secret are revoked. This cannot be undone.</source>
        <translation>%1 und jede Version seines Werts löschen? Freigaben genau dieses Geheimnisses werden widerrufen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>scopevault::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Nach Minuten Inaktivität sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Clear clipboard after seconds</source>
        <translation>Zwischenablage nach Sekunden leeren</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Key derivation for new vaults</source>
        <translation>Schlüsselableitung für neue Tresore</translation>
    </message>
    <message>
        <source>Interactive (64 MiB)</source>
        <translation>Interaktiv (64 MiB)</translation>
    </message>
    <message>
        <source>Moderate (256 MiB, recommended)</source>
        <translation>Moderat (256 MiB, empfohlen)</translation>
    </message>
    <message>
        <source>Sensitive (1 GiB)</source>
        <translation>Sensibel (1 GiB)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>Kopierte Werte &amp;leeren nach:</translation>
    </message>
    <message>
        <source>&amp;Key derivation for new vaults:</source>
        <translation>Schlüssel&amp;ableitung für neue Tresore:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Scopevault starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Scopevault.</translation>
    </message>
</context>
<context>
    <name>scopevault::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation>&amp;Anderen Tresor öffnen…</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Deriving the key</source>
        <translation>Schlüssel wird abgeleitet</translation>
    </message>
    <message>
        <source>The demo vault (temporary). Its passphrase is &quot;%1&quot;.</source>
        <translation>Der Demo-Tresor (temporär). Seine Passphrase lautet „%1“.</translation>
    </message>
</context>
<context>
    <name>scopevault::VaultSession</name>
    <message>
        <source>no vault is open</source>
        <translation>kein Tresor geöffnet</translation>
    </message>
    <message>
        <source>%1: no such vault file</source>
        <translation>%1: Tresordatei nicht gefunden</translation>
    </message>
    <message>
        <source>Enter the vault&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and try again.</source>
        <translation>Falsche Passphrase. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another file.</source>
        <translation>%1 existiert bereits; öffnen Sie ihn stattdessen oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo vault.</source>
        <translation>Kann keinen temporären Ordner für den Demo-Tresor anlegen.</translation>
    </message>
    <message>
        <source>wait until the vault being unlocked is ready</source>
        <translation>warten Sie, bis der Tresor entsperrt ist</translation>
    </message>
</context>
<context>
    <name>scopevault::WelcomePage</name>
    <message>
        <source>Welcome to Scopevault</source>
        <translation>Willkommen bei Scopevault</translation>
    </message>
    <message>
        <source>Keep every credential your AI agents need in one encrypted vault, scope each to the system, a skill pack or one action, and give each agent exactly what it may use.</source>
        <translation>Bewahren Sie alle Zugangsdaten Ihrer KI-Agenten in einem verschlüsselten Tresor auf, ordnen Sie jedes dem System, einem Skill-Paket oder einer Aktion zu und geben Sie jedem Agenten genau das, was er nutzen darf.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>Neuen Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Choose a passphrase; the vault is a single encrypted file.</source>
        <translation>Passphrase wählen; der Tresor ist eine einzige verschlüsselte Datei.</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A .svdb file made here or with scopevault-cli.</source>
        <translation>Eine hier oder mit scopevault-cli erstellte .svdb-Datei.</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>&amp;Demo-Tresor ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>&amp;Zuletzt verwendete Tresore</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Zuletzt verwendete Tresore</translation>
    </message>
    <message>
        <source>Packs, agents and grants already set up; deleted when you quit.</source>
        <translation>Pakete, Agenten und Freigaben schon eingerichtet; beim Beenden gelöscht.</translation>
    </message>
</context>
</TS>
