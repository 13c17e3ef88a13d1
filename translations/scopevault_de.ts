<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AbstractCoreConfig</name>
    <message>
        <source>%1: no &quot;api_keys&quot; object (is this an AbstractCore config?)</source>
        <translation>%1: kein Objekt „api_keys“ (ist das eine AbstractCore-Konfiguration?)</translation>
    </message>
    <message>
        <source>unknown provider; not imported</source>
        <translation>unbekannter Anbieter; nicht importiert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>AccessPolicy</name>
    <message>
        <source>no agent named &apos;%1&apos;</source>
        <translation>kein Agent namens „%1“</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; is %2</source>
        <translation>Agent „%1“ ist %2</translation>
    </message>
    <message>
        <source>granted by &apos;%1&apos;</source>
        <translation>berechtigt durch „%1“</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; had a grant covering %2, but it expired</source>
        <translation>Agent „%1“ hatte eine Berechtigung für %2, aber sie ist abgelaufen</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; has no grant covering %2</source>
        <translation>Agent „%1“ hat keine Berechtigung für %2</translation>
    </message>
</context>
<context>
    <name>AgentCommands</name>
    <message>
        <source>  (expired %1)</source>
        <translation>  (abgelaufen %1)</translation>
    </message>
    <message>
        <source>  (until %1)</source>
        <translation>  (bis %1)</translation>
    </message>
    <message>
        <source>  [system: every action]</source>
        <translation>  [system: jede Aktion]</translation>
    </message>
    <message>
        <source>agent add needs --public-key B64 (from &apos;scopevault-agent keygen&apos;)</source>
        <translation>agent add braucht --public-key B64 (aus „scopevault-agent keygen“)</translation>
    </message>
    <message>
        <source>Added agent %1 (key fingerprint %2)</source>
        <translation>Agent %1 hinzugefügt (Schlüssel-Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>Agent:       %1</source>
        <translation>Agent:          %1</translation>
    </message>
    <message>
        <source>Status:      %1</source>
        <translation>Status:         %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Öffentl. Schl.: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck:  %1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>Erstellt:       %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung:   %1</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Revoke agent &apos;%1&apos;? Revocation is final.</source>
        <translation>Agent „%1“ widerrufen? Der Widerruf ist endgültig.</translation>
    </message>
    <message>
        <source>not revoked: confirm on a terminal, or pass --yes</source>
        <translation>nicht widerrufen: auf einem Terminal bestätigen oder --yes angeben</translation>
    </message>
    <message>
        <source>Agent %1 is %2</source>
        <translation>Agent %1 ist %2</translation>
    </message>
    <message>
        <source>&apos;system&apos; is the broadest grant: %1 may now receive the declared secrets of every action, present and future</source>
        <translation>„system“ ist die weiteste Berechtigung: %1 kann jetzt die deklarierten Geheimnisse jeder Aktion erhalten, heutiger und künftiger</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Berechtigt: %1</translation>
    </message>
    <message>
        <source>Revoked grant: %1 -&gt; %2</source>
        <translation>Berechtigung widerrufen: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Register an agent.</source>
        <translation>Einen Agenten registrieren.</translation>
    </message>
    <message>
        <source>Its X25519 public key, base64.</source>
        <translation>Sein öffentlicher X25519-Schlüssel, Base64.</translation>
    </message>
    <message>
        <source>b64</source>
        <translation>b64</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Eine Beschreibung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>List agents.</source>
        <translation>Agenten auflisten.</translation>
    </message>
    <message>
        <source>An agent&apos;s key fingerprint, status and grants.</source>
        <translation>Schlüssel-Fingerabdruck, Status und Berechtigungen eines Agenten.</translation>
    </message>
    <message>
        <source>Set a description.</source>
        <translation>Eine Beschreibung setzen.</translation>
    </message>
    <message>
        <source>Stop delivering anything to the agent until resumed.</source>
        <translation>Dem Agenten nichts mehr liefern, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Undo a suspension.</source>
        <translation>Eine Sperre aufheben.</translation>
    </message>
    <message>
        <source>Revoke the agent for good (asks, or --yes).</source>
        <translation>Den Agenten endgültig widerrufen (fragt nach, oder --yes).</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Nicht nachfragen.</translation>
    </message>
    <message>
        <source>Let AGENT read TARGET: system, PACK, PACK/ACTION or SCOPE:NAME.</source>
        <translation>AGENT darf ZIEL lesen: system, PACK, PACK/ACTION oder SCOPE:NAME.</translation>
    </message>
    <message>
        <source>Expiry: YYYY-MM-DD (end of day, UTC) or ISO date-time.</source>
        <translation>Ablauf: JJJJ-MM-TT (Tagesende, UTC) oder ISO-Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Remove a grant.</source>
        <translation>Eine Berechtigung entfernen.</translation>
    </message>
    <message>
        <source>List grants.</source>
        <translation>Berechtigungen auflisten.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s.</source>
        <translation>Nur die dieses Agenten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>the public key is not valid base64</source>
        <translation>der öffentliche Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the public key has %1 bytes; an X25519 public key has exactly %2 (make one with &apos;scopevault-agent keygen&apos;)</source>
        <translation>der öffentliche Schlüssel hat %1 Byte; ein öffentlicher X25519-Schlüssel hat genau %2 (erzeugen mit „scopevault-agent keygen“)</translation>
    </message>
    <message>
        <source>the public key is a low-order point, not a usable X25519 key</source>
        <translation>der öffentliche Schlüssel ist ein Punkt niedriger Ordnung, kein brauchbarer X25519-Schlüssel</translation>
    </message>
    <message>
        <source>invalid agent name &apos;%1&apos;: use [A-Za-z0-9][A-Za-z0-9_.-]* (at most 64 characters)</source>
        <translation>ungültiger Agentenname „%1“: erlaubt ist [A-Za-z0-9][A-Za-z0-9_.-]* (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>an agent named &apos;%1&apos; already exists</source>
        <translation>ein Agent namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; already has this public key; each agent needs its own</source>
        <translation>Agent „%1“ hat bereits diesen öffentlichen Schlüssel; jeder Agent braucht einen eigenen</translation>
    </message>
    <message>
        <source>no agent named &apos;%1&apos;</source>
        <translation>kein Agent namens „%1“</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; is revoked; revocation is final (add a new agent with a new key instead)</source>
        <translation>Agent „%1“ ist widerrufen; der Widerruf ist endgültig (legen Sie stattdessen einen neuen Agenten mit neuem Schlüssel an)</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointFile</name>
    <message>
        <source>%1 is not a Scopevault checkpoint: %2</source>
        <translation>%1 ist kein Scopevault-Prüfpunkt: %2</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>--limit expects a positive whole number</source>
        <translation>--limit erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>--outcome: %1</source>
        <translation>--outcome: %1</translation>
    </message>
    <message>
        <source>--format: %1</source>
        <translation>--format: %1</translation>
    </message>
    <message>
        <source>audit checkpoint needs --out FILE</source>
        <translation>audit checkpoint braucht --out DATEI</translation>
    </message>
    <message>
        <source>Checkpoint at event %1 written to %2</source>
        <translation>Prüfpunkt bei Ereignis %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>From this date or date-time (UTC).</source>
        <translation>Ab diesem Datum oder Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Up to this date (whole day) or date-time.</source>
        <translation>Bis zu diesem Datum (ganzer Tag) oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>e.g. secret.read (docs/AUDIT.md lists them).</source>
        <translation>z. B. secret.read (docs/AUDIT.md listet sie auf).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>A reference, scope, agent or file.</source>
        <translation>Eine Referenz, ein Bereich, ein Agent oder eine Datei.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>success, denied or error.</source>
        <translation>success, denied oder error.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Only the newest N.</source>
        <translation>Nur die neuesten N.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Walk the hash chain and check every signed checkpoint (exit 5 when broken).</source>
        <translation>Die Hash-Kette durchgehen und jeden signierten Prüfpunkt prüfen (Exit 5, wenn gebrochen).</translation>
    </message>
    <message>
        <source>Also check against an exported checkpoint.</source>
        <translation>Auch gegen einen exportierten Prüfpunkt prüfen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Show events (filters combine).</source>
        <translation>Ereignisse zeigen (Filter lassen sich kombinieren).</translation>
    </message>
    <message>
        <source>Write events as JSON lines or CSV.</source>
        <translation>Ereignisse als JSON-Zeilen oder CSV schreiben.</translation>
    </message>
    <message>
        <source>jsonl or csv.</source>
        <translation>jsonl oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sign the newest event and export that checkpoint for safekeeping elsewhere.</source>
        <translation>Das neueste Ereignis signieren und diesen Prüfpunkt zur Aufbewahrung an anderer Stelle exportieren.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Add agents&apos; bundle receipts to the log (exit 7 when some lines are refused).</source>
        <translation>Bündel-Quittungen von Agenten ins Protokoll übernehmen (Exit 7, wenn Zeilen abgelehnt werden).</translation>
    </message>
    <message>
        <source>audit stats: %1</source>
        <translation>audit stats: %1</translation>
    </message>
    <message>
        <source>bucket start (UTC)     success   denied    error</source>
        <translation>Beginn (UTC)           Erfolg    verwehrt  Fehler</translation>
    </message>
    <message>
        <source>e.g. admin:alice or agent:screener; a bare name (screener) matches the agent or admin of that name.</source>
        <translation>z. B. admin:alice oder agent:screener; ein bloßer Name (screener) passt auf den Agenten oder Administrator dieses Namens.</translation>
    </message>
    <message>
        <source>A group of actions: reads, changes, grants, agents, bundles, vault or catalog.</source>
        <translation>Eine Gruppe von Aktionen: reads, changes, grants, agents, bundles, vault oder catalog.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Count events per hour, day or week and outcome (what the timeline chart draws).</source>
        <translation>Ereignisse je Stunde, Tag oder Woche und Ergebnis zählen (was das Zeitleistendiagramm zeichnet).</translation>
    </message>
    <message>
        <source>hour, day or week (UTC).</source>
        <translation>hour, day oder week (UTC).</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Receipts from %2: %1 imported, %3 already imported before, %4 refused.</source>
        <translation>Quittungen aus %2: %1 importiert, %3 bereits zuvor importiert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Exported 1 event to %1.</source>
        <translation>1 Ereignis nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Write to this file (0600, replaced atomically) instead of stdout.</source>
        <translation>In diese Datei schreiben (0600, atomar ersetzt) statt auf stdout.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>the exported checkpoint belongs to another vault</source>
        <translation>der exportierte Prüfpunkt gehört zu einem anderen Tresor</translation>
    </message>
    <message>
        <source>bad signature on the exported checkpoint</source>
        <translation>ungültige Signatur des exportierten Prüfpunkts</translation>
    </message>
    <message>
        <source>%1 (checkpoint at event %2)</source>
        <translation>%1 (Prüfpunkt bei Ereignis %2)</translation>
    </message>
    <message>
        <source>the vault ends at event %1, before the exported checkpoint: it is an older copy (rolled back)</source>
        <translation>der Tresor endet bei Ereignis %1, vor dem exportierten Prüfpunkt: er ist eine ältere Kopie (zurückgesetzt)</translation>
    </message>
    <message>
        <source>the log breaks at event %1</source>
        <translation>das Protokoll bricht bei Ereignis %1 ab</translation>
    </message>
    <message>
        <source>event %1 differs from what the exported checkpoint vouches for</source>
        <translation>Ereignis %1 weicht von dem ab, wofür der exportierte Prüfpunkt bürgt</translation>
    </message>
    <message>
        <source>audit event %1 does not open (altered or corrupt)</source>
        <translation>Prüfereignis %1 lässt sich nicht öffnen (verändert oder beschädigt)</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>the outcome must be success, denied or error, not &apos;%1&apos;</source>
        <translation>das Ergebnis muss success, denied oder error sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the export format must be jsonl or csv</source>
        <translation>das Exportformat muss jsonl oder csv sein</translation>
    </message>
    <message>
        <source>the limit must be a positive whole number</source>
        <translation>die Anzahl muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>the audit log is empty</source>
        <translation>das Audit-Protokoll ist leer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the kind must be one of %1, not &apos;%2&apos;</source>
        <translation>die Art muss eine von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the bucket must be hour, day or week, not &apos;%1&apos;</source>
        <translation>der Zeitabschnitt muss hour, day oder week sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <source>%1/%2 events valid, %3/%4 checkpoints valid</source>
        <translation>%1/%2 Ereignisse gültig, %3/%4 Prüfpunkte gültig</translation>
    </message>
    <message>
        <source>; broken at sequence %1: %2</source>
        <translation>; gebrochen bei Sequenz %1: %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1; no signed checkpoint yet</source>
        <translation>%1; noch kein signierter Prüfpunkt</translation>
    </message>
    <message>
        <source>%1; last signed checkpoint at event %2 (%3); %4/%5 checkpoints valid</source>
        <translation>%1; letzter signierter Prüfpunkt bei Ereignis %2 (%3); %4/%5 Prüfpunkte gültig</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>events %1 to %2 are missing</source>
        <translation>die Ereignisse %1 bis %2 fehlen</translation>
    </message>
    <message>
        <source>sequence numbers out of order</source>
        <translation>Sequenznummern in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>its previous-hash does not match event %1 (events removed, reordered or altered)</source>
        <translation>sein Vorgänger-Hash passt nicht zu Ereignis %1 (Ereignisse entfernt, umsortiert oder verändert)</translation>
    </message>
    <message>
        <source>hash mismatch: the event was altered</source>
        <translation>Hash stimmt nicht: das Ereignis wurde verändert</translation>
    </message>
    <message>
        <source>bad checkpoint signature</source>
        <translation>ungültige Prüfpunkt-Signatur</translation>
    </message>
    <message>
        <source>a signed checkpoint names event %1, but the log ends at %2 (events were removed from the end)</source>
        <translation>ein signierter Prüfpunkt nennt Ereignis %1, aber das Protokoll endet bei %2 (Ereignisse wurden am Ende entfernt)</translation>
    </message>
    <message>
        <source>the event differs from what checkpoint %1 signed</source>
        <translation>das Ereignis weicht von dem ab, was Prüfpunkt %1 signiert hat</translation>
    </message>
    <message>
        <source>event %1 locked the vault but has no checkpoint (checkpoints were removed)</source>
        <translation>Ereignis %1 hat den Tresor gesperrt, hat aber keinen Prüfpunkt (Prüfpunkte wurden entfernt)</translation>
    </message>
    <message>
        <source>more than %1 events without a checkpoint before event %2 (checkpoints were removed)</source>
        <translation>mehr als %1 Ereignisse ohne Prüfpunkt vor Ereignis %2 (Prüfpunkte wurden entfernt)</translation>
    </message>
    <message>
        <source>the exported checkpoint belongs to another vault</source>
        <translation>der exportierte Prüfpunkt gehört zu einem anderen Tresor</translation>
    </message>
    <message>
        <source>bad signature on the exported checkpoint</source>
        <translation>ungültige Signatur des exportierten Prüfpunkts</translation>
    </message>
    <message>
        <source>the log ends at event %1, shorter than the exported checkpoint at %2 (events were removed from the end)</source>
        <translation>das Protokoll endet bei Ereignis %1, vor dem exportierten Prüfpunkt bei %2 (Ereignisse wurden am Ende entfernt)</translation>
    </message>
    <message>
        <source>the event differs from what the exported checkpoint signed</source>
        <translation>das Ereignis weicht von dem ab, was der exportierte Prüfpunkt signiert hat</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>export needs --out FILE</source>
        <translation>export braucht --out DATEI</translation>
    </message>
    <message>
        <source>No bundles issued%1.</source>
        <translation>Keine Bündel ausgestellt%1.</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>active </source>
        <translation>aktiv     </translation>
    </message>
    <message>
        <source>fingerprint %1; agents pin this key with --vault-key</source>
        <translation>Fingerabdruck %1; Agenten pinnen diesen Schlüssel mit --vault-key</translation>
    </message>
    <message>
        <source>Write a sealed bundle of the agent&apos;s granted secrets (exit 6 listing every problem).</source>
        <translation>Ein versiegeltes Bündel der berechtigten Geheimnisse des Agenten schreiben (Exit 6 mit jedem Problem).</translation>
    </message>
    <message>
        <source>An action to include (repeatable; default: every granted action).</source>
        <translation>Eine einzuschließende Aktion (wiederholbar; Standard: jede berechtigte Aktion).</translation>
    </message>
    <message>
        <source>pack/action</source>
        <translation>pack/action</translation>
    </message>
    <message>
        <source>Lifetime, e.g. 12h, 7d (default: setting bundle.default-lifetime).</source>
        <translation>Lebensdauer, z. B. 12h, 7d (Standard: Einstellung bundle.default-lifetime).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bundle file to write.</source>
        <translation>Zu schreibende Bündeldatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s.</source>
        <translation>Nur die dieses Agenten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Print the vault&apos;s signing public key (base64) for agents to pin.</source>
        <translation>Den öffentlichen Signaturschlüssel des Tresors (Base64) ausgeben, den Agenten pinnen.</translation>
    </message>
    <message>
        <source>No stale bundles issued%1.</source>
        <translation>Keine veralteten Bundles ausgestellt%1.</translation>
    </message>
    <message>
        <source>    stale: changed since issued: %1</source>
        <translation>    veraltet: seit der Ausstellung geändert: %1</translation>
    </message>
    <message>
        <source>List issued bundles with their status and the secrets changed since (stale).</source>
        <translation>Ausgestellte Bundles mit Status und den seither geänderten Geheimnissen (veraltet) auflisten.</translation>
    </message>
    <message>
        <source>Only bundles holding a secret that was changed or removed since (re-export them).</source>
        <translation>Nur Bundles mit einem seither geänderten oder entfernten Geheimnis (erneut exportieren).</translation>
    </message>
    <message>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>Wrote %1: bundle %2 for agent %3, %4 for %5, expires %6</source>
        <translation>%1 geschrieben: Bundle %2 für Agent %3, %4 für %5, läuft ab %6</translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>no agent named &apos;%1&apos;</source>
        <translation>kein Agent namens „%1“</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; is %2; only active agents get bundles</source>
        <translation>Agent „%1“ ist %2; nur aktive Agenten erhalten Bündel</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; is granted no action</source>
        <translation>Agent „%1“ ist für keine Aktion berechtigt</translation>
    </message>
    <message>
        <source>%1 is not an action in this vault</source>
        <translation>%1 ist keine Aktion in diesem Tresor</translation>
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
        <source>%1: %2 secret %3 is set nowhere (%1, %4 or system)</source>
        <translation>%1: %2 Geheimnis %3 ist nirgends gesetzt (%1, %4 oder system)</translation>
    </message>
    <message>
        <source>%1: %2 secret %3 is not granted to &apos;%4&apos; (%5)</source>
        <translation>%1: %2 Geheimnis %3 ist für „%4“ nicht freigegeben (%5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BundleRegistry</name>
    <message>
        <source>bundle record %1 in %2 failed authentication</source>
        <translation>Bündeleintrag %1 in %2 hat die Authentifizierung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>BundleService</name>
    <message>
        <source>the bundle was registered but %1 could not be written: %2</source>
        <translation>das Bündel wurde registriert, aber %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>a lifetime of %1 is longer than bundle.max-lifetime (%2)</source>
        <translation>eine Lebensdauer von %1 ist länger als bundle.max-lifetime (%2)</translation>
    </message>
    <message>
        <source>cannot export a bundle for &apos;%1&apos;:</source>
        <translation>für „%1“ kann kein Bündel exportiert werden:</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>bundle %1 was not issued by this vault</source>
        <translation>Bündel %1 wurde nicht von diesem Tresor ausgestellt</translation>
    </message>
    <message>
        <source>bundle %1 was issued to &apos;%2&apos;, but the receipt names &apos;%3&apos;</source>
        <translation>Bündel %1 wurde an „%2“ ausgestellt, aber die Quittung nennt „%3“</translation>
    </message>
    <message>
        <source>names %1, which bundle %2 does not hold</source>
        <translation>nennt %1, das Bündel %2 nicht enthält</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Vault file (default: $SCOPEVAULT_VAULT, else $XDG_DATA_HOME/scopevault/vault.svdb).</source>
        <translation>Tresordatei (Standard: $SCOPEVAULT_VAULT, sonst $XDG_DATA_HOME/scopevault/vault.svdb).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Read the passphrase from a file.</source>
        <translation>Die Passphrase aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read the passphrase from a file descriptor.</source>
        <translation>Die Passphrase aus einem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Scopevault admin CLI: an encrypted vault of scoped secrets for AI agents.

Usage: scopevault-cli [global options] COMMAND [arguments]

Commands:
</source>
        <translation>Scopevault-Admin-CLI: ein verschlüsselter Tresor für Geheimnisse von KI-Agenten, nach Bereichen geordnet.

Aufruf: scopevault-cli [globale Optionen] BEFEHL [Argumente]

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 not found, 5 integrity failure, 6 denied, 7 import skipped some input.
Run &apos;scopevault-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Exit-Codes: 0 ok, 1 Fehler, 2 Aufruf, 3 falsche Passphrase, 4 nicht gefunden, 5 Integritätsfehler, 6 verweigert, 7 Import hat Eingaben übersprungen.
„scopevault-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; &apos;%1&apos; has:%3</source>
        <translation>unbekannter Befehl „%1 %2“; „%1“ hat:%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand:%2</source>
        <translation>„%1“ braucht einen Unterbefehl:%2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see scopevault-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe scopevault-cli --help)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected arguments &apos;%2&apos;, got %3 (see scopevault-cli %1 --help)</source>
        <translation>%1: erwartet Argumente „%2“, erhalten %3 (siehe scopevault-cli %1 --help)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>unexpected failure: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>unexpected failure</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Refuse to unlock a vault older than this exported checkpoint (audit checkpoint --out), or one whose log differs from it.</source>
        <translation>Einen Tresor, der älter als dieser exportierte Prüfpunkt ist (audit checkpoint --out) oder dessen Protokoll davon abweicht, nicht entsperren.</translation>
    </message>
    <message>
        <source>Unlock through the OS keychain (quick unlock, see quick-unlock enable) instead of the passphrase.</source>
        <translation>Über den Schlüsselbund des Systems entsperren (Schnellentsperrung, siehe quick-unlock enable) statt mit der Passphrase.</translation>
    </message>
    <message>
        <source>Give up on an OS keychain that has not answered after this many seconds (default 3).</source>
        <translation>Einen Schlüsselbund des Systems aufgeben, der nach so vielen Sekunden nicht geantwortet hat (Standard 3).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Open a vault file older than the OS keychain&apos;s record of it (after restoring a backup on purpose); recorded.</source>
        <translation>Eine Tresordatei öffnen, die älter ist als ihr Stand im Schlüsselbund des Systems (nach dem bewussten Zurückspielen einer Sicherung); wird protokolliert.</translation>
    </message>
    <message>
        <source>no command &apos;%1&apos; (see scopevault-cli --help)</source>
        <translation>kein Befehl „%1“ (siehe scopevault-cli --help)</translation>
    </message>
    <message>
        <source>Print the completion script for bash or zsh (installed by the package; for a build: source &lt;(scopevault-cli completion bash)).</source>
        <translation>Das Vervollständigungsskript für bash oder zsh ausgeben (das Paket installiert es; für einen Build: source &lt;(scopevault-cli completion bash)).</translation>
    </message>
    <message>
        <source>completion: no script for &apos;%1&apos;; use bash or zsh</source>
        <translation>completion: kein Skript für „%1“; bash oder zsh verwenden</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--%1 expects a file descriptor number, got &apos;%2&apos;</source>
        <translation>--%1 erwartet die Nummer eines Dateideskriptors, nicht „%2“</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>give either --%1 or --%2, not both</source>
        <translation>entweder --%1 oder --%2 angeben, nicht beides</translation>
    </message>
    <message>
        <source>file descriptor %1</source>
        <translation>Dateideskriptor %1</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen unterscheiden sich</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Value for %1: </source>
        <translation>Wert für %1: </translation>
    </message>
    <message>
        <source>the two values differ; nothing was stored</source>
        <translation>die beiden Werte unterscheiden sich; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1; accepted (--accept-rollback)</source>
        <translation>%1; angenommen (--accept-rollback)</translation>
    </message>
    <message>
        <source>--keychain-timeout takes seconds from 0.1 to 600, not &apos;%1&apos;</source>
        <translation>--keychain-timeout erwartet Sekunden von 0.1 bis 600, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>CliHints</name>
    <message>
        <source>remove those first, or use --force to delete them with it</source>
        <translation>entfernen Sie diese zuerst, oder löschen Sie sie mit --force mit</translation>
    </message>
    <message>
        <source>choose another file or pass --force</source>
        <translation>wählen Sie eine andere Datei oder geben Sie --force an</translation>
    </message>
    <message>
        <source>use --overwrite</source>
        <translation>mit --overwrite ersetzen</translation>
    </message>
    <message>
        <source>grant one, or name the actions with --action</source>
        <translation>berechtigen Sie eine, oder nennen Sie die Aktionen mit --action</translation>
    </message>
    <message>
        <source>rename the folder or give --pack</source>
        <translation>benennen Sie den Ordner um oder geben Sie --pack an</translation>
    </message>
    <message>
        <source>rename the folder</source>
        <translation>benennen Sie den Ordner um</translation>
    </message>
    <message>
        <source>use it, or name another file with --vault</source>
        <translation>verwenden Sie ihn, oder nennen Sie mit --vault eine andere Datei</translation>
    </message>
    <message>
        <source>create one with &apos;scopevault-cli init&apos;</source>
        <translation>legen Sie einen mit „scopevault-cli init“ an</translation>
    </message>
    <message>
        <source>if you restored it on purpose, open it once with --accept-rollback</source>
        <translation>wenn Sie sie bewusst zurückgespielt haben, öffnen Sie sie einmal mit --accept-rollback</translation>
    </message>
</context>
<context>
    <name>CommitGuard</name>
    <message>
        <source>is not the version the vault committed to (an older copy replayed, or altered)</source>
        <translation>ist nicht die Fassung, auf die sich der Tresor festgelegt hat (eine ältere Kopie wieder eingespielt oder verändert)</translation>
    </message>
    <message>
        <source>is not part of this vault (added, or copied from another vault)</source>
        <translation>gehört nicht zu diesem Tresor (hinzugefügt oder aus einem anderen Tresor kopiert)</translation>
    </message>
    <message>
        <source>is missing: the vault committed to it (deleted, or a damaged page)</source>
        <translation>fehlt, obwohl der Tresor sich darauf festgelegt hat (gelöscht oder eine beschädigte Seite)</translation>
    </message>
    <message>
        <source>%1: the commitment does not agree with its root (first differing bucket: %2)</source>
        <translation>%1: die Festlegung stimmt nicht mit ihrer Wurzel überein (erster abweichender Bereich: %2)</translation>
    </message>
    <message>
        <source>%1: record %2 of table %3 %4</source>
        <translation>%1: Datensatz %2 der Tabelle %3 %4</translation>
    </message>
    <message>
        <source>%1 has no commitment although its header says format 2 (it was removed)</source>
        <translation>%1 hat keine Festlegung, obwohl der Kopf Format 2 angibt (sie wurde entfernt)</translation>
    </message>
    <message>
        <source>the header of %1 belongs to another vault</source>
        <translation>der Kopf von %1 gehört zu einem anderen Tresor</translation>
    </message>
    <message>
        <source>the passphrase of %1 was changed by another process while this one unlocked it; try again</source>
        <translation>die Passphrase von %1 wurde von einem anderen Prozess geändert, während dieser ihn entsperrte; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>the header of %1 is not its current one (restored from an older copy?)</source>
        <translation>der Kopf von %1 ist nicht der aktuelle (aus einer älteren Kopie wiederhergestellt?)</translation>
    </message>
    <message>
        <source>the audit log of %1 does not end where the vault committed to: %2</source>
        <translation>das Prüfprotokoll von %1 endet nicht dort, wo der Tresor sich festgelegt hat: %2</translation>
    </message>
    <message>
        <source>event %1 is missing (events removed)</source>
        <translation>Ereignis %1 fehlt (Ereignisse entfernt)</translation>
    </message>
    <message>
        <source>event %1 was altered</source>
        <translation>Ereignis %1 wurde verändert</translation>
    </message>
    <message>
        <source>%1 sealed events follow event %2 (events added)</source>
        <translation>%1 versiegelte Ereignisse folgen auf Ereignis %2 (Ereignisse hinzugefügt)</translation>
    </message>
    <message>
        <source>the audit log of %1 holds %2 signed checkpoints; the vault committed to %3 (checkpoints removed or added)</source>
        <translation>das Prüfprotokoll von %1 enthält %2 signierte Prüfpunkte; der Tresor hat sich auf %3 festgelegt (Prüfpunkte entfernt oder hinzugefügt)</translation>
    </message>
    <message>
        <source>%1: the commitment&apos;s leaves of bucket %2 were altered (rows replayed, added or removed)</source>
        <translation>%1: die Blätter der Festlegung in Bereich %2 wurden verändert (Zeilen wieder eingespielt, hinzugefügt oder entfernt)</translation>
    </message>
    <message>
        <source>%1: the commitment&apos;s tree does not agree with its root (rows of commit_nodes were altered)</source>
        <translation>%1: der Baum der Festlegung stimmt nicht mit seiner Wurzel überein (Zeilen von commit_nodes wurden verändert)</translation>
    </message>
    <message>
        <source>%1: the commitment does not agree with its root near bucket %2 (rows of %3 or of the commitment replayed, added or removed)</source>
        <translation>%1: die Festlegung stimmt nahe Bereich %2 nicht mit ihrer Wurzel überein (Zeilen von %3 oder der Festlegung wieder eingespielt, hinzugefügt oder entfernt)</translation>
    </message>
    <message>
        <source>%1: the commitment of table %2 does not agree with its root (rows of the commitment replayed, added or removed)</source>
        <translation>%1: die Festlegung der Tabelle %2 stimmt nicht mit ihrer Wurzel überein (Zeilen der Festlegung wieder eingespielt, hinzugefügt oder entfernt)</translation>
    </message>
</context>
<context>
    <name>CommittedRepository</name>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>%1: record %2 of table %3 %4</source>
        <translation>%1: Datensatz %2 der Tabelle %3 %4</translation>
    </message>
    <message>
        <source>audit events cannot be rewritten</source>
        <translation>Prüfereignisse können nicht umgeschrieben werden</translation>
    </message>
    <message>
        <source>the commitment cannot be cleared while it is kept</source>
        <translation>die Festlegung kann nicht geleert werden, solange sie geführt wird</translation>
    </message>
</context>
<context>
    <name>DotenvParser</name>
    <message>
        <source>the %1 quote is never closed</source>
        <translation>das %1 Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>double</source>
        <translation>doppelte</translation>
    </message>
    <message>
        <source>single</source>
        <translation>einfache</translation>
    </message>
    <message>
        <source>the quoted name is never closed</source>
        <translation>der Name in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the line has no name before &apos;=&apos;</source>
        <translation>die Zeile hat keinen Namen vor „=“</translation>
    </message>
    <message>
        <source>unexpected text after %1</source>
        <translation>unerwarteter Text nach %1</translation>
    </message>
    <message>
        <source>no &apos;=&apos; on the line (expected NAME=value)</source>
        <translation>kein „=“ in der Zeile (erwartet NAME=Wert)</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the first word (a name cannot contain spaces)</source>
        <translation>„=“ nach dem ersten Wort erwartet (ein Name kann keine Leerzeichen enthalten)</translation>
    </message>
    <message>
        <source>the name before &apos;=&apos; is not a valid variable name ([A-Za-z_][A-Za-z0-9_]*)</source>
        <translation>der Name vor „=“ ist kein gültiger Variablenname ([A-Za-z_][A-Za-z0-9_]*)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>&apos;%1&apos; is not a duration; use a whole number and s, m, h, d or w, e.g. 90s, 12h, 7d</source>
        <translation>„%1“ ist keine Dauer; erwartet eine ganze Zahl und s, m, h, d oder w, z. B. 90s, 12h, 7d</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Delete or move those first.</source>
        <translation>Löschen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Tick “Overwrite existing secrets whose value differs” to replace it.</source>
        <translation>Wählen Sie „Vorhandene Geheimnisse mit anderem Wert überschreiben“, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Grant the agent an action first.</source>
        <translation>Berechtigen Sie den Agenten zuerst für eine Aktion.</translation>
    </message>
    <message>
        <source>Rename the folder, or enter the pack name.</source>
        <translation>Benennen Sie den Ordner um, oder geben Sie den Paketnamen ein.</translation>
    </message>
    <message>
        <source>Rename the folder.</source>
        <translation>Benennen Sie den Ordner um.</translation>
    </message>
    <message>
        <source>Open it instead, or choose another file.</source>
        <translation>Öffnen Sie ihn stattdessen, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Create a vault from the start page, or open another file.</source>
        <translation>Legen Sie auf der Startseite einen Tresor an, oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>If you restored it from a backup on purpose, keep it open to accept it.</source>
        <translation>Wenn Sie sie bewusst aus einer Sicherung zurückgespielt haben, lassen Sie sie geöffnet, um sie anzunehmen.</translation>
    </message>
</context>
<context>
    <name>GrantService</name>
    <message>
        <source>no agent named &apos;%1&apos;</source>
        <translation>kein Agent namens „%1“</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; is revoked and cannot be granted anything</source>
        <translation>Agent „%1“ ist widerrufen und kann nichts mehr berechtigt bekommen</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; not found</source>
        <translation>Geheimnis „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>no pack or action &apos;%1&apos; to grant</source>
        <translation>kein Paket und keine Aktion „%1“ zum Berechtigen</translation>
    </message>
    <message>
        <source>the expiry %1 is already in the past</source>
        <translation>der Ablauf %1 liegt bereits in der Vergangenheit</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; has no grant on &apos;%2&apos;</source>
        <translation>Agent „%1“ hat keine Berechtigung für „%2“</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>--scope is required: system, PACK or PACK/ACTION to import into</source>
        <translation>--scope ist erforderlich: system, PACK oder PACK/ACTION als Ziel des Imports</translation>
    </message>
    <message>
        <source>%1 exists with another value. Overwrite?</source>
        <translation>%1 existiert mit einem anderen Wert. Überschreiben?</translation>
    </message>
    <message>
        <source>Dry run: %1 would change, %2 skipped; nothing was written.</source>
        <translation>Probelauf: %1 würden sich ändern, %2 übersprungen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported: %1 changed, %2 skipped.</source>
        <translation>Importiert: %1 geändert, %2 übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2; line skipped</source>
        <translation>%1: %2; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 skipped: %3</source>
        <translation>%1: %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>new pack    %1</source>
        <translation>neues Paket %1</translation>
    </message>
    <message>
        <source>new action  %1</source>
        <translation>neue Aktion %1</translation>
    </message>
    <message>
        <source>action      %1</source>
        <translation>Aktion      %1</translation>
    </message>
    <message>
        <source>declares %1</source>
        <translation>deklariert %1</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>ändert %1</translation>
    </message>
    <message>
        <source>no longer declares %1</source>
        <translation>deklariert %1 nicht mehr</translation>
    </message>
    <message>
        <source>declares nothing</source>
        <translation>deklariert nichts</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Scope to import into.</source>
        <translation>Bereich, in den importiert wird.</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Replace existing values without asking.</source>
        <translation>Vorhandene Werte ohne Nachfrage ersetzen.</translation>
    </message>
    <message>
        <source>Register packs, actions and declared secrets from manifest.yaml files.</source>
        <translation>Pakete, Aktionen und deklarierte Geheimnisse aus manifest.yaml-Dateien registrieren.</translation>
    </message>
    <message>
        <source>Pack name for a folder of one pack&apos;s actions.</source>
        <translation>Paketname für einen Ordner mit den Aktionen eines Pakets.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Import NAME=value lines; malformed lines are reported and skipped (exit 7).</source>
        <translation>NAME=Wert-Zeilen importieren; fehlerhafte Zeilen werden gemeldet und übersprungen (Exit 7).</translation>
    </message>
    <message>
        <source>Import api_keys of an AbstractCore config as PROVIDER_API_KEY.</source>
        <translation>api_keys einer AbstractCore-Konfiguration als ANBIETER_API_KEY importieren.</translation>
    </message>
    <message>
        <source>Imported 1 action.</source>
        <translation>1 Aktion importiert.</translation>
    </message>
    <message>
        <source>Imported %1 actions.</source>
        <translation>%1 Aktionen importiert.</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>KDF salt has %1 bytes, expected %2</source>
        <translation>KDF-Salt hat %1 Byte, erwartet %2</translation>
    </message>
    <message>
        <source>key derivation ran out of memory (%1)</source>
        <translation>der Schlüsselableitung ging der Speicher aus (%1)</translation>
    </message>
</context>
<context>
    <name>KdfParams</name>
    <message>
        <source>KDF preset &apos;%1&apos;: the target time must be a whole number of milliseconds between 50 and 60000</source>
        <translation>KDF-Voreinstellung „%1“: die Zielzeit muss eine ganze Zahl von Millisekunden zwischen 50 und 60000 sein</translation>
    </message>
    <message>
        <source>KDF preset &apos;%1&apos;: expected custom:OPS,MIB with OPS 1-64 and MIB 8-4096</source>
        <translation>KDF-Voreinstellung „%1“: erwartet custom:OPS,MIB mit OPS 1–64 und MIB 8–4096</translation>
    </message>
    <message>
        <source>unknown KDF preset &apos;%1&apos; (expected interactive, moderate, sensitive, calibrate:MS or custom:OPS,MIB)</source>
        <translation>unbekannte KDF-Voreinstellung „%1“ (erwartet interactive, moderate, sensitive, calibrate:MS oder custom:OPS,MIB)</translation>
    </message>
    <message>
        <source>KDF parameters out of range (ops %1, memory %2 bytes)</source>
        <translation>KDF-Parameter außerhalb des gültigen Bereichs (ops %1, Speicher %2 Byte)</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>%1: %2 does not open; the key was not rotated (run verify)</source>
        <translation>%1: %2 lässt sich nicht öffnen; der Schlüssel wurde nicht erneuert (verify ausführen)</translation>
    </message>
    <message>
        <source>%1; the key was not rotated (run verify)</source>
        <translation>%1; der Schlüssel wurde nicht erneuert (verify ausführen)</translation>
    </message>
    <message>
        <source>rotating the vault key</source>
        <translation>Das Rotieren des Tresorschlüssels</translation>
    </message>
</context>
<context>
    <name>KeychainCommands</name>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>DIFFERENT (not the stored entry)</source>
        <translation>ANDERS (nicht der gespeicherte Eintrag)</translation>
    </message>
    <message>
        <source>Quick unlock is on until %1: scopevault-cli --keychain opens %2 without the passphrase</source>
        <translation>Schnellentsperrung ist an bis %1: scopevault-cli --keychain öffnet %2 ohne Passphrase</translation>
    </message>
    <message>
        <source>Quick unlock is off</source>
        <translation>Schnellentsperrung ist aus</translation>
    </message>
    <message>
        <source>Quick unlock: on since %1</source>
        <translation>Schnellentsperrung: an seit %1</translation>
    </message>
    <message>
        <source>Quick unlock: off</source>
        <translation>Schnellentsperrung: aus</translation>
    </message>
    <message>
        <source>Quick unlock: on until %1</source>
        <translation>Schnellentsperrung: an bis %1</translation>
    </message>
    <message>
        <source>Rollback anchor: kept in the keychain</source>
        <translation>Anker gegen Zurücksetzen: im Schlüsselbund</translation>
    </message>
    <message>
        <source>Rollback anchor: off</source>
        <translation>Anker gegen Zurücksetzen: aus</translation>
    </message>
    <message>
        <source>Secrets held in the keychain: %1</source>
        <translation>Geheimnisse im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Keep a key in the OS keychain that opens this vault without the passphrase (--keychain), for keychain.quick-unlock-lifetime. Needs the passphrase.</source>
        <translation>Einen Schlüssel im Schlüsselbund des Systems ablegen, der diesen Tresor ohne Passphrase öffnet (--keychain), für keychain.quick-unlock-lifetime. Braucht die Passphrase.</translation>
    </message>
    <message>
        <source>Forget quick unlock: the file&apos;s wrap and the keychain&apos;s key.</source>
        <translation>Schnellentsperrung vergessen: die Verpackung in der Datei und den Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Say whether quick unlock is on (no passphrase needed).</source>
        <translation>Sagen, ob die Schnellentsperrung an ist (ohne Passphrase).</translation>
    </message>
    <message>
        <source>Quick unlock, the rollback anchor, and each secret held in the OS keychain: present or missing (exit 4 when one is missing, 5 when one differs).</source>
        <translation>Schnellentsperrung, Anker gegen Zurücksetzen und jedes Geheimnis im Schlüsselbund des Systems: vorhanden oder fehlend (Exit 4, wenn eines fehlt, 5, wenn eines abweicht).</translation>
    </message>
    <message>
        <source>MISSING (or the keyring is locked)</source>
        <translation>FEHLT (oder der Schlüsselbund ist gesperrt)</translation>
    </message>
</context>
<context>
    <name>KeychainValues</name>
    <message>
        <source>%1 is held in the OS keychain: %2</source>
        <extracomment>%1 is a secret reference, %2 why the keychain failed</extracomment>
        <translation>%1 liegt im Schlüsselbund des Systems: %2</translation>
    </message>
    <message>
        <source>%1: the OS keychain&apos;s entry is not the one this vault stored (replaced or altered)</source>
        <translation>%1: der Eintrag im Schlüsselbund des Systems ist nicht der, den dieser Tresor gespeichert hat (ersetzt oder verändert)</translation>
    </message>
    <message>
        <source>%1 was not stored: the OS keychain failed: %2</source>
        <extracomment>%1 is a secret reference, %2 why the keychain failed</extracomment>
        <translation>%1 wurde nicht gespeichert: der Schlüsselbund des Systems schlug fehl: %2</translation>
    </message>
    <message>
        <source>the OS keychain still holds an old entry of %1 (sealed, useless without the vault): %2</source>
        <extracomment>%1 is a secret reference, %2 why the keychain failed</extracomment>
        <translation>der Schlüsselbund des Systems hält noch einen alten Eintrag von %1 (versiegelt, ohne den Tresor nutzlos): %2</translation>
    </message>
    <message>
        <source>%1 is held in the OS keychain, which gives no entry for it (the keyring is locked, the entry was deleted outside Scopevault, or this is another computer)</source>
        <translation>%1 liegt im Schlüsselbund des Systems, der keinen Eintrag dafür liefert (der Schlüsselbund ist gesperrt, der Eintrag wurde außerhalb von Scopevault gelöscht, oder dies ist ein anderer Rechner)</translation>
    </message>
</context>
<context>
    <name>ManifestParser</name>
    <message>
        <source>%1: a secret name must be a string, not a list or mapping</source>
        <translation>%1: ein Geheimnisname muss eine Zeichenkette sein, keine Liste oder Zuordnung</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid secret name (an environment-variable name, [A-Za-z_][A-Za-z0-9_]*)</source>
        <translation>%1: „%2“ ist kein gültiger Geheimnisname (ein Umgebungsvariablenname, [A-Za-z_][A-Za-z0-9_]*)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the top level must be a mapping (name:, env_vars:, ...)</source>
        <translation>die oberste Ebene muss eine Zuordnung sein (name:, env_vars:, ...)</translation>
    </message>
    <message>
        <source>env_vars must be a mapping NAME: {description, required}</source>
        <translation>env_vars muss eine Zuordnung NAME: {description, required} sein</translation>
    </message>
    <message>
        <source>env_vars.%1.required must be true or false</source>
        <translation>env_vars.%1.required muss true oder false sein</translation>
    </message>
    <message>
        <source>env_vars.%1 must be a mapping {description, required}</source>
        <translation>env_vars.%1 muss eine Zuordnung {description, required} sein</translation>
    </message>
    <message>
        <source>secrets must be a list of names</source>
        <translation>secrets muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>nested deeper than 64 levels</source>
        <translation>tiefer als 64 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>nested %1 levels deep; a skill manifest needs three</source>
        <translation>%1 Ebenen tief verschachtelt; ein Skill-Manifest braucht drei</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT) und kein ISO-8601-Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>OverviewCommands</name>
    <message>
        <source>%1 secrets in %2 packs and %3 actions; %4 active agents, %5 suspended; %6 live grants; %7 valid bundles.</source>
        <translation>%1 Geheimnisse in %2 Paketen und %3 Aktionen; %4 aktive Agenten, %5 ausgesetzt; %6 gültige Freigaben; %7 gültige Bundles.</translation>
    </message>
    <message>
        <source>Coverage: every active agent receives every required secret.</source>
        <translation>Abdeckung: Jeder aktive Agent erhält jedes erforderliche Geheimnis.</translation>
    </message>
    <message>
        <source>Coverage gaps (required, defined nowhere):</source>
        <translation>Abdeckungslücken (erforderlich, nirgends definiert):</translation>
    </message>
    <message>
        <source>Bundles expiring within %1 days or stale:</source>
        <translation>Bundles, die innerhalb von %1 Tagen ablaufen oder veraltet sind:</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotation:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Latest activity:</source>
        <translation>Letzte Aktivität:</translation>
    </message>
    <message>
        <source>The vault&apos;s size, coverage gaps, bundles expiring or stale, rotations due and the latest activity.</source>
        <translation>Größe des Tresors, Abdeckungslücken, ablaufende oder veraltete Bundles, fällige Rotationen und die letzte Aktivität.</translation>
    </message>
    <message>
        <source>Skill packs to scan:</source>
        <translation>Zu scannende Skill-Pakete:</translation>
    </message>
</context>
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
    <name>PatternDatabase</name>
    <message>
        <source>this processor cannot run the scanner&apos;s pattern matcher (Hyperscan needs SSSE3)</source>
        <translation>dieser Prozessor kann den Mustervergleich des Scanners nicht ausführen (Hyperscan braucht SSSE3)</translation>
    </message>
    <message>
        <source>out of memory for the pattern matcher</source>
        <translation>zu wenig Speicher für den Mustervergleich</translation>
    </message>
    <message>
        <source>scanner rule %1 does not compile: %2</source>
        <translation>die Scanner-Regel %1 lässt sich nicht übersetzen: %2</translation>
    </message>
    <message>
        <source>the vault&apos;s values could not be prepared for matching</source>
        <translation>die Werte des Tresors ließen sich nicht für den Abgleich vorbereiten</translation>
    </message>
    <message>
        <source>the scan failed</source>
        <translation>der Scan ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>QtKeychainStore</name>
    <message>
        <source>no OS keychain is available (on Linux: no Secret Service such as gnome-keyring on the session bus)</source>
        <translation>kein Schlüsselbund des Systems verfügbar (unter Linux: kein Secret Service wie gnome-keyring auf dem Sitzungsbus)</translation>
    </message>
    <message>
        <source>the OS keychain refused access (locked, or the prompt was denied)</source>
        <translation>der Schlüsselbund des Systems hat den Zugriff verweigert (gesperrt, oder die Abfrage wurde abgelehnt)</translation>
    </message>
    <message>
        <source>no OS keychain is available: no Secret Service (such as gnome-keyring) on the session bus (%1)</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>kein Schlüsselbund des Systems verfügbar: kein Secret Service (wie gnome-keyring) auf dem Sitzungsbus (%1)</translation>
    </message>
    <message>
        <source>the OS keychain failed: %1</source>
        <extracomment>%1 is the keychain&apos;s own explanation</extracomment>
        <translation>der Schlüsselbund des Systems schlug fehl: %1</translation>
    </message>
    <message>
        <source>the OS keychain did not answer within %1 s</source>
        <extracomment>%1 is a number of seconds, e.g. 3</extracomment>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>QuickUnlockService</name>
    <message>
        <source>turning quick unlock on</source>
        <translation>Das Einschalten der Schnellentsperrung</translation>
    </message>
    <message>
        <source>quick unlock</source>
        <translation>Die Schnellentsperrung</translation>
    </message>
    <message>
        <source>quick unlock is off, but the OS keychain still holds its key (useless without the file&apos;s wrap): %1</source>
        <translation>die Schnellentsperrung ist aus, aber der Schlüsselbund des Systems hält noch ihren Schlüssel (ohne die Verpackung in der Datei nutzlos): %1</translation>
    </message>
    <message>
        <source>quick unlock of %1 has expired and was turned off: unlock with the passphrase</source>
        <extracomment>%1 the vault file</extracomment>
        <translation>die Schnellentsperrung von %1 ist abgelaufen und wurde ausgeschaltet: mit der Passphrase entsperren</translation>
    </message>
    <message>
        <source>the OS keychain&apos;s quick unlock key does not open %1 (the file or the keychain changed); quick unlock was turned off: unlock with the passphrase</source>
        <translation>der Schnellentsperr-Schlüssel im Schlüsselbund des Systems öffnet %1 nicht (die Datei oder der Schlüsselbund hat sich geändert); die Schnellentsperrung wurde ausgeschaltet: mit der Passphrase entsperren</translation>
    </message>
    <message>
        <source>quick unlock is not enabled for %1: unlock with the passphrase, then turn it on</source>
        <translation>die Schnellentsperrung ist für %1 nicht eingeschaltet: mit der Passphrase entsperren und sie dann einschalten</translation>
    </message>
    <message>
        <source>%1: cannot unlock through the OS keychain: %2</source>
        <extracomment>%1 the vault file, %2 why the keychain failed</extracomment>
        <translation>%1: Entsperren über den Schlüsselbund des Systems nicht möglich: %2</translation>
    </message>
    <message>
        <source>the OS keychain gives no quick unlock key for %1 (the keyring is locked, or the key was deleted): unlock with the passphrase</source>
        <translation>der Schlüsselbund des Systems liefert keinen Schnellentsperr-Schlüssel für %1 (der Schlüsselbund ist gesperrt, oder der Schlüssel wurde gelöscht): mit der Passphrase entsperren</translation>
    </message>
</context>
<context>
    <name>ReceiptParser</name>
    <message>
        <source>field &apos;%1&apos; %2</source>
        <translation>Feld „%1“ %2</translation>
    </message>
    <message>
        <source>is missing or not a non-empty string</source>
        <translation>fehlt oder ist keine nichtleere Zeichenkette</translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation>fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>holds something other than strings</source>
        <translation>enthält etwas anderes als Zeichenketten</translation>
    </message>
    <message>
        <source>is not 32 lowercase hex digits</source>
        <translation>besteht nicht aus 32 hexadezimalen Kleinbuchstaben-Ziffern</translation>
    </message>
    <message>
        <source>is not %1 (a receipt format this vault knows)</source>
        <translation>ist nicht %1 (ein Quittungsformat, das dieser Tresor kennt)</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>ist kein ISO-8601-Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>RollbackAnchor</name>
    <message>
        <source>could not check %1 against the OS keychain&apos;s record of its latest state: %2</source>
        <extracomment>%1 is the vault file, %2 why the keychain failed</extracomment>
        <translation>%1 konnte nicht mit dem im Schlüsselbund des Systems vermerkten letzten Stand verglichen werden: %2</translation>
    </message>
    <message>
        <source>the OS keychain&apos;s record of %1 is unreadable</source>
        <translation>der Vermerk zu %1 im Schlüsselbund des Systems ist unlesbar</translation>
    </message>
    <message>
        <source>%1 is older than the copy this computer last saw (state %2; the OS keychain records state %3): it was rolled back or restored from a backup</source>
        <extracomment>%1 the vault file; %2 and %3 state numbers</extracomment>
        <translation>%1 ist älter als die Kopie, die dieser Rechner zuletzt gesehen hat (Stand %2; der Schlüsselbund des Systems vermerkt Stand %3): sie wurde zurückgesetzt oder aus einer Sicherung zurückgespielt</translation>
    </message>
    <message>
        <source>%1 is not the copy this computer last saw (state %2 holds other contents): another copy of the file replaced it</source>
        <translation>%1 ist nicht die Kopie, die dieser Rechner zuletzt gesehen hat (Stand %2 hat anderen Inhalt): eine andere Kopie der Datei hat sie ersetzt</translation>
    </message>
    <message>
        <source>the OS keychain did not take the latest state of %1: %2</source>
        <translation>der Schlüsselbund des Systems hat den letzten Stand von %1 nicht übernommen: %2</translation>
    </message>
</context>
<context>
    <name>RotationCommands</name>
    <message>
        <source>%1 takes a version number (1, 2, …), not &apos;%2&apos;</source>
        <translation>%1 erwartet eine Versionsnummer (1, 2, …), nicht „%2“</translation>
    </message>
    <message>
        <source>--charset takes one of %1, not &apos;%2&apos;</source>
        <translation>--charset erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--length takes a number, not &apos;%1&apos;</source>
        <translation>--length erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>VERSION  CHANGED               ACTOR               HOW</source>
        <translation>VERSION  GEÄNDERT              AKTEUR              WIE</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>, current</source>
        <translation>, aktuell</translation>
    </message>
    <message>
        <source>, value no longer kept</source>
        <translation>, Wert nicht mehr aufbewahrt</translation>
    </message>
    <message>
        <source>rollback needs --to VERSION</source>
        <translation>rollback braucht --to VERSION</translation>
    </message>
    <message>
        <source>Rolled back %1: version %2 holds the value of version %3</source>
        <translation>%1 zurückgesetzt: Version %2 enthält den Wert von Version %3</translation>
    </message>
    <message>
        <source>--length, --charset and --print go with --generate</source>
        <translation>--length, --charset und --print gehören zu --generate</translation>
    </message>
    <message>
        <source>--passphrase-fd 0 takes stdin, where rotate reads the new value; give the passphrase on another descriptor or with --passphrase-file, or use --generate</source>
        <translation>--passphrase-fd 0 belegt stdin, aus dem rotate den neuen Wert liest; die Passphrase über einen anderen Deskriptor oder mit --passphrase-file angeben, oder --generate verwenden</translation>
    </message>
    <message>
        <source>Rotated %1 to version %2</source>
        <translation>%1 auf Version %2 rotiert</translation>
    </message>
    <message>
        <source>stale bundles: %1 still hold an older value; re-export them (scopevault-cli export AGENT)</source>
        <translation>veraltete Bundles: %1 halten noch einen älteren Wert; erneut exportieren (scopevault-cli export AGENT)</translation>
    </message>
    <message>
        <source>--expires takes a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--expires erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>Rotation policy of %1: %2 (warn %3 before)</source>
        <translation>Rotationsrichtlinie von %1: %2 (Warnung %3 vorher)</translation>
    </message>
    <message>
        <source>Cleared the rotation policy of %1</source>
        <translation>Rotationsrichtlinie von %1 entfernt</translation>
    </message>
    <message>
        <source>--status takes overdue, due, ok or expired, not &apos;%1&apos;</source>
        <translation>--status erwartet overdue, due, ok oder expired, nicht „%1“</translation>
    </message>
    <message>
        <source>No secret with a rotation policy matches.</source>
        <translation>Kein Geheimnis mit Rotationsrichtlinie passt.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>STATUS   DUE                   LAST CHANGED          STALE  POLICY</source>
        <translation>STATUS   FÄLLIG                ZULETZT GEÄNDERT      ALT    RICHTLINIE</translation>
    </message>
    <message>
        <source>Characters (8–%1; default %2).</source>
        <translation>Zeichen (8–%1; Standard %2).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One of %1 (default alnum).</source>
        <translation>Eines von %1 (Standard alnum).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Generate the new value instead of reading it.</source>
        <translation>Den neuen Wert erzeugen statt ihn zu lesen.</translation>
    </message>
    <message>
        <source>Also write the generated value to stdout.</source>
        <translation>Den erzeugten Wert auch auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Accept a value this secret held before.</source>
        <translation>Einen Wert akzeptieren, den dieses Geheimnis früher hatte.</translation>
    </message>
    <message>
        <source>List a secret&apos;s versions: when, by whom, how. Never values.</source>
        <translation>Versionen eines Geheimnisses auflisten: wann, von wem, wie. Nie Werte.</translation>
    </message>
    <message>
        <source>Make a new version holding an older version&apos;s value.</source>
        <translation>Eine neue Version mit dem Wert einer älteren Version anlegen.</translation>
    </message>
    <message>
        <source>The version whose value is restored.</source>
        <translation>Die Version, deren Wert wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Replace a secret&apos;s value: from stdin (or prompted twice), or --generate. Lists the agents whose bundles are now stale.</source>
        <translation>Den Wert eines Geheimnisses ersetzen: von stdin (oder zweimal abgefragt) oder --generate. Nennt die Agenten, deren Bundles nun veraltet sind.</translation>
    </message>
    <message>
        <source>Print a new random value (uniform over the set) without storing it.</source>
        <translation>Einen neuen Zufallswert (gleichverteilt über die Menge) ausgeben, ohne ihn zu speichern.</translation>
    </message>
    <message>
        <source>Set the rotation policy of a secret (SCOPE:NAME) or a scope its secrets inherit.</source>
        <translation>Rotationsrichtlinie eines Geheimnisses (BEREICH:NAME) oder eines Bereichs setzen, die seine Geheimnisse erben.</translation>
    </message>
    <message>
        <source>Rotate at least this often, e.g. 90d.</source>
        <translation>Mindestens so oft rotieren, z. B. 90d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Due this long before (default 14d).</source>
        <translation>So lange vorher fällig (Standard 14d).</translation>
    </message>
    <message>
        <source>The last day the value may be used.</source>
        <translation>Der letzte Tag, an dem der Wert verwendet werden darf.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Remove the rotation policy of a secret or scope.</source>
        <translation>Rotationsrichtlinie eines Geheimnisses oder Bereichs entfernen.</translation>
    </message>
    <message>
        <source>The rotation schedule by due date (exit 6 when anything is overdue or expired).</source>
        <translation>Der Rotationsplan nach Fälligkeit (Exit 6, wenn etwas überfällig oder abgelaufen ist).</translation>
    </message>
    <message>
        <source>Only those due within, e.g. 30d.</source>
        <translation>Nur die innerhalb dieser Zeit fälligen, z. B. 30d.</translation>
    </message>
    <message>
        <source>Only overdue, due, ok or expired.</source>
        <translation>Nur overdue, due, ok oder expired.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RotationScheduleModel</name>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>RotationService</name>
    <message>
        <source>%1 not found in %2</source>
        <translation>%1 nicht gefunden in %2</translation>
    </message>
    <message>
        <source>a rotation policy needs --every or --expires</source>
        <translation>eine Rotationsrichtlinie braucht --every oder --expires</translation>
    </message>
    <message>
        <source>the warning window (%1) must be shorter than the interval (%2)</source>
        <translation>die Vorwarnzeit (%1) muss kürzer als das Intervall (%2) sein</translation>
    </message>
    <message>
        <source>%1 has no rotation policy of its own</source>
        <translation>%1 hat keine eigene Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>the new value of %1 is empty; nothing was rotated</source>
        <translation>der neue Wert von %1 ist leer; nichts wurde rotiert</translation>
    </message>
</context>
<context>
    <name>RotationStatuses</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ScanCommands</name>
    <message>
        <source>--fail-on takes low, medium, high or critical</source>
        <translation>--fail-on nimmt low, medium, high oder critical</translation>
    </message>
    <message>
        <source>--json and --sarif exclude each other</source>
        <translation>--json und --sarif schließen einander aus</translation>
    </message>
    <message>
        <source>Looked for %1 values of this vault.</source>
        <translation>Nach Werten dieses Tresors gesucht: %1.</translation>
    </message>
    <message>
        <source>Look for credentials in every file below DIR: provider formats, private keys, credential-like assignments and this vault&apos;s own values (exit 6 when a finding reaches --fail-on).</source>
        <translation>In jeder Datei unterhalb von DIR nach Zugangsdaten suchen: Formate der Anbieter, private Schlüssel, zugangsdatenähnliche Zuweisungen und die eigenen Werte dieses Tresors (Exit 6, wenn ein Fund --fail-on erreicht).</translation>
    </message>
    <message>
        <source>Print SARIF 2.1.0 for code-scanning tools.</source>
        <translation>SARIF 2.1.0 für Code-Scanning-Werkzeuge ausgeben.</translation>
    </message>
    <message>
        <source>Lowest severity that fails the scan: low, medium, high (default) or critical.</source>
        <translation>Niedrigste Schwere, bei der der Scan fehlschlägt: low, medium, high (Vorgabe) oder critical.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Do not open the vault: look for provider formats and assignments only (no passphrase needed).</source>
        <translation>Den Tresor nicht öffnen: nur nach Anbieterformaten und Zuweisungen suchen (keine Passphrase nötig).</translation>
    </message>
    <message>
        <source>Files scanned: %1 (%2 bytes). Skipped: %3 binary, %4 too large, %5 links, %6 special. Ignored: %7. Findings: %8%9.</source>
        <translation>Durchsuchte Dateien: %1 (%2 Bytes). Übersprungen: %3 binär, %4 zu groß, %5 Links, %6 besondere. Ignoriert: %7. Funde: %8%9.</translation>
    </message>
    <message>
        <source>--pack scans the folder the pack was last scanned in: give no DIR, and use the vault</source>
        <translation>--pack durchsucht den Ordner, in dem das Paket zuletzt gescannt wurde: kein DIR angeben und den Tresor verwenden</translation>
    </message>
    <message>
        <source>scan needs DIR or --pack NAME</source>
        <translation>scan braucht DIR oder --pack NAME</translation>
    </message>
    <message>
        <source>Pack %1: passed (recorded for export).</source>
        <translation>Paket %1: bestanden (für den Export festgehalten).</translation>
    </message>
    <message>
        <source>Pack %1: FAILED, worst finding %2 (recorded for export).</source>
        <translation>Paket %1: NICHT BESTANDEN, schwerster Fund %2 (für den Export festgehalten).</translation>
    </message>
    <message>
        <source>Scan again the folder this pack was last scanned in.</source>
        <translation>Den Ordner erneut durchsuchen, in dem dieses Paket zuletzt gescannt wurde.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ScanGate</name>
    <message>
        <source>pack &apos;%1&apos; was never scanned; scan its folder first</source>
        <translation>Paket „%1“ wurde nie gescannt; zuerst seinen Ordner durchsuchen</translation>
    </message>
    <message>
        <source>was never scanned</source>
        <translation>wurde nie gescannt</translation>
    </message>
    <message>
        <source>failed its scan: %1</source>
        <translation>hat den Scan nicht bestanden: %1</translation>
    </message>
    <message>
        <source>was last scanned longer ago than scan.max-age (%1)</source>
        <translation>wurde zuletzt vor mehr als scan.max-age (%1) gescannt</translation>
    </message>
    <message>
        <source>changed since its scan (%1)</source>
        <translation>hat sich seit dem Scan geändert (%1)</translation>
    </message>
    <message>
        <source>pack %1 %2 (scopevault-cli scan --pack %1)</source>
        <translation>Paket %1 %2 (scopevault-cli scan --pack %1)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>%1 has schema version %2, made by a newer Scopevault; this one reads up to %3</source>
        <translation>%1 hat die Schema-Version %2 aus einem neueren Scopevault; dieser liest bis %3</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>invalid scope &apos;%1&apos;: %2 name &apos;%3&apos; must match [a-z0-9][a-z0-9_-]* (at most 64 characters)</source>
        <translation>ungültiger Bereich „%1“: %2-Name „%3“ muss [a-z0-9][a-z0-9_-]* entsprechen (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>invalid scope &apos;%1&apos;: &apos;system&apos; is reserved and cannot be a pack name</source>
        <translation>ungültiger Bereich „%1“: „system“ ist reserviert und kann kein Paketname sein</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>invalid scope &apos;%1&apos;: &apos;system&apos; is reserved and has no actions</source>
        <translation>ungültiger Bereich „%1“: „system“ ist reserviert und hat keine Aktionen</translation>
    </message>
    <message>
        <source>empty scope (expected system, PACK or PACK/ACTION)</source>
        <translation>leerer Bereich (erwartet system, PACK oder PACK/ACTION)</translation>
    </message>
    <message>
        <source>invalid scope &apos;%1&apos;: at most one &apos;/&apos; (PACK/ACTION)</source>
        <translation>ungültiger Bereich „%1“: höchstens ein „/“ (PACK/ACTION)</translation>
    </message>
</context>
<context>
    <name>ScopeCommands</name>
    <message>
        <source>&apos;%1&apos; is not an action (PACK/ACTION)</source>
        <translation>„%1“ ist keine Aktion (PACK/ACTION)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pack</source>
        <translation>„%1“ ist kein Paket</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>%1  (%2 actions)  %3</source>
        <translation>%1  (%2 Aktionen)  %3</translation>
    </message>
    <message>
        <source>%1  (declares %2)  %3</source>
        <translation>%1  (deklariert %2)  %3</translation>
    </message>
    <message>
        <source>no action &apos;%1&apos;</source>
        <translation>keine Aktion „%1“</translation>
    </message>
    <message>
        <source>Action:      %1</source>
        <translation>Aktion:      %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung:   %1</translation>
    </message>
    <message>
        <source>Declares:</source>
        <translation>Deklariert:</translation>
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
        <source>%1 declares %2 (%3)</source>
        <translation>%1 deklariert %2 (%3)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source> shadows %1</source>
        <translation> verdeckt %1</translation>
    </message>
    <message>
        <source> [not declared]</source>
        <translation> [nicht deklariert]</translation>
    </message>
    <message>
        <source> [optional]</source>
        <translation> [optional]</translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation>Agent %1: %2</translation>
    </message>
    <message>
        <source>no pack or action &apos;%1&apos;</source>
        <translation>kein Paket und keine Aktion „%1“</translation>
    </message>
    <message>
        <source>no agent named &apos;%1&apos;</source>
        <translation>kein Agent namens „%1“</translation>
    </message>
    <message>
        <source> (resolves from %1)</source>
        <translation> (aufgelöst aus %1)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message>
        <source>%1
  declares nothing: delivers nothing</source>
        <translation>%1
  deklariert nichts: liefert nichts</translation>
    </message>
    <message>
        <source>Complete: every required secret resolves.</source>
        <translation>Vollständig: jedes erforderliche Geheimnis ist aufgelöst.</translation>
    </message>
    <message>
        <source>Incomplete: see the lines above.</source>
        <translation>Unvollständig: siehe die Zeilen oben.</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>Eine Beschreibung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Also delete the secrets and grants that depend on it.</source>
        <translation>Auch die davon abhängigen Geheimnisse und Berechtigungen löschen.</translation>
    </message>
    <message>
        <source>Only what this agent receives.</source>
        <translation>Nur was dieser Agent erhält.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Create a pack.</source>
        <translation>Ein Paket erstellen.</translation>
    </message>
    <message>
        <source>List packs.</source>
        <translation>Pakete auflisten.</translation>
    </message>
    <message>
        <source>Set a description.</source>
        <translation>Eine Beschreibung setzen.</translation>
    </message>
    <message>
        <source>Rename a pack; its actions, secrets and grants follow.</source>
        <translation>Ein Paket umbenennen; seine Aktionen, Geheimnisse und Berechtigungen folgen.</translation>
    </message>
    <message>
        <source>Delete a pack and its actions (refused while secrets or grants depend on it).</source>
        <translation>Ein Paket und seine Aktionen löschen (verweigert, solange Geheimnisse oder Berechtigungen davon abhängen).</translation>
    </message>
    <message>
        <source>Create an action (and its pack if needed).</source>
        <translation>Eine Aktion erstellen (und ihr Paket, falls nötig).</translation>
    </message>
    <message>
        <source>List actions.</source>
        <translation>Aktionen auflisten.</translation>
    </message>
    <message>
        <source>Show an action and what it declares.</source>
        <translation>Eine Aktion und ihre Deklarationen zeigen.</translation>
    </message>
    <message>
        <source>Rename an action; its secrets and grants follow.</source>
        <translation>Eine Aktion umbenennen; ihre Geheimnisse und Berechtigungen folgen.</translation>
    </message>
    <message>
        <source>Delete an action (refused while secrets or grants depend on it).</source>
        <translation>Eine Aktion löschen (verweigert, solange Geheimnisse oder Berechtigungen davon abhängen).</translation>
    </message>
    <message>
        <source>Declare a secret the action needs (required unless --optional).</source>
        <translation>Ein Geheimnis deklarieren, das die Aktion braucht (erforderlich, außer mit --optional).</translation>
    </message>
    <message>
        <source>The action runs without it.</source>
        <translation>Die Aktion läuft auch ohne.</translation>
    </message>
    <message>
        <source>Remove a declaration.</source>
        <translation>Eine Deklaration entfernen.</translation>
    </message>
    <message>
        <source>Effective secrets of an action: names, supplying scope, shadowed scopes.</source>
        <translation>Wirksame Geheimnisse einer Aktion: Namen, liefernder Bereich, verdeckte Bereiche.</translation>
    </message>
    <message>
        <source>Also print the values.</source>
        <translation>Auch die Werte ausgeben.</translation>
    </message>
    <message>
        <source>Declared secrets per action: resolved, missing, not granted. Exit 6 if incomplete.</source>
        <translation>Deklarierte Geheimnisse je Aktion: aufgelöst, fehlend, nicht freigegeben. Exit 6, wenn unvollständig.</translation>
    </message>
    <message>
        <source>Deleted %1; with it secrets: %2, grants: %3</source>
        <translation>%1 gelöscht; mit ihm Geheimnisse: %2, Freigaben: %3</translation>
    </message>
</context>
<context>
    <name>ScopeService</name>
    <message>
        <source>&apos;system&apos; is built in and cannot be changed</source>
        <translation>„system“ ist eingebaut und kann nicht geändert werden</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos;</source>
        <translation>kein %1 „%2“</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&apos;system&apos; always exists</source>
        <translation>„system“ existiert immer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>„%1“ existiert bereits</translation>
    </message>
    <message>
        <source>only actions declare secrets; &apos;%1&apos; is not PACK/ACTION</source>
        <translation>nur Aktionen deklarieren Geheimnisse; „%1“ ist nicht PACK/ACTION</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; does not declare %2</source>
        <translation>Aktion „%1“ deklariert %2 nicht</translation>
    </message>
    <message>
        <source>  secret %1</source>
        <translation>  Geheimnis %1</translation>
    </message>
    <message>
        <source>  grant %1</source>
        <translation>  Berechtigung %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is still used by:
%2</source>
        <translation>„%1“ wird noch verwendet von:
%2</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos;: &apos;%2&apos; already exists</source>
        <translation>„%1“ kann nicht umbenannt werden: „%2“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>Stored %1 (version %2)</source>
        <translation>%1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Store a value from stdin (exact bytes), or prompted twice on a terminal.</source>
        <translation>Einen Wert von der Standardeingabe speichern (exakte Bytes), oder auf einem Terminal zweimal abgefragt.</translation>
    </message>
    <message>
        <source>A description (not secret).</source>
        <translation>Eine Beschreibung (nicht geheim).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Encrypted notes, read from a file.</source>
        <translation>Verschlüsselte Notizen, aus einer Datei gelesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write the value (exact bytes, no newline added) to stdout.</source>
        <translation>Den Wert (exakte Bytes, ohne angehängten Zeilenumbruch) auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Write the notes instead of the value.</source>
        <translation>Die Notizen statt des Werts schreiben.</translation>
    </message>
    <message>
        <source>List references and metadata, never values. A pack includes its actions.</source>
        <translation>Referenzen und Metadaten auflisten, nie Werte. Ein Paket schließt seine Aktionen ein.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Delete a secret.</source>
        <translation>Ein Geheimnis löschen.</translation>
    </message>
    <message>
        <source>--passphrase-fd 0 takes stdin, where set reads the value; give the passphrase on another descriptor (--passphrase-fd 3 3&lt;FILE) or with --passphrase-file</source>
        <translation>--passphrase-fd 0 belegt die Standardeingabe, aus der set den Wert liest; geben Sie die Passphrase über einen anderen Deskriptor (--passphrase-fd 3 3&lt;DATEI) oder mit --passphrase-file an</translation>
    </message>
    <message>
        <source>Updated %1 (value and version %2 kept)</source>
        <translation>%1 aktualisiert (Wert und Version %2 beibehalten)</translation>
    </message>
    <message>
        <source>%1; it is not listed</source>
        <translation>%1; er wird nicht aufgeführt</translation>
    </message>
    <message>
        <source>--notes and --version cannot be combined (notes have no history)</source>
        <translation>--notes und --version lassen sich nicht kombinieren (Notizen haben keinen Verlauf)</translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, …), not &apos;%1&apos;</source>
        <translation>--version erwartet eine Versionsnummer (1, 2, …), nicht „%1“</translation>
    </message>
    <message>
        <source>Write this version&apos;s value (see history REF).</source>
        <translation>Den Wert dieser Version ausgeben (siehe history REF).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>%1: the value is held in the OS keychain (version %2 kept)</source>
        <translation>%1: der Wert liegt im Schlüsselbund des Systems (Version %2 beibehalten)</translation>
    </message>
    <message>
        <source>%1: the value is held in the vault file (version %2 kept)</source>
        <translation>%1: der Wert liegt in der Tresordatei (Version %2 beibehalten)</translation>
    </message>
    <message>
        <source>Older values removed from the file&apos;s history: %1</source>
        <translation>Ältere Werte aus dem Verlauf der Datei entfernt: %1</translation>
    </message>
    <message>
        <source>--store is keychain or vault, not &apos;%1&apos;</source>
        <translation>--store ist keychain oder vault, nicht „%1“</translation>
    </message>
    <message>
        <source>VERSION  STORE     UPDATED               DESCRIPTION</source>
        <translation>VERSION  ORT       GEÄNDERT              BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Where the value lives: vault (the file, default) or keychain (the OS keychain). Moves an existing secret when no new value is given.</source>
        <translation>Wo der Wert liegt: vault (die Datei, Standard) oder keychain (der Schlüsselbund des Systems). Verschiebt ein bestehendes Geheimnis, wenn kein neuer Wert kommt.</translation>
    </message>
    <message>
        <source>where</source>
        <translation>ort</translation>
    </message>
</context>
<context>
    <name>SecretImporter</name>
    <message>
        <source>given again later in the file</source>
        <translation>später in der Datei erneut angegeben</translation>
    </message>
    <message>
        <source>exists with another value</source>
        <translation>existiert mit einem anderen Wert</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no terminal to prompt on; give the input with a file or a file descriptor instead</source>
        <translation>kein Terminal für eine Abfrage; geben Sie die Eingabe stattdessen über eine Datei oder einen Dateideskriptor an</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, FIFO or device); give a file</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, FIFO oder Gerät); geben Sie eine Datei an</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most Scopevault reads from one file or input</source>
        <translation>%1 ist größer als %2 MiB, das Höchste, was Scopevault aus einer Datei oder Eingabe liest</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <source>invalid reference &apos;%1:%2&apos;: NAME must be an environment-variable name, [A-Za-z_][A-Za-z0-9_]* (at most 255 characters)</source>
        <translation>ungültige Referenz „%1:%2“: NAME muss ein Umgebungsvariablenname sein, [A-Za-z_][A-Za-z0-9_]* (höchstens 255 Zeichen)</translation>
    </message>
    <message>
        <source>invalid reference &apos;%1&apos;: expected SCOPE:NAME, e.g. system:OPENAI_API_KEY or payments/charge:STRIPE_API_KEY</source>
        <translation>ungültige Referenz „%1“: erwartet SCOPE:NAME, z. B. system:OPENAI_API_KEY oder payments/charge:STRIPE_API_KEY</translation>
    </message>
    <message>
        <source>invalid reference &apos;%1&apos;: %2</source>
        <translation>ungültige Referenz „%1“: %2</translation>
    </message>
</context>
<context>
    <name>SecretService</name>
    <message>
        <source>secret &apos;%1&apos; not found in %2</source>
        <translation>Geheimnis „%1“ in %2 nicht gefunden</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos;</source>
        <translation>Geheimnis „%1“</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 in %2: metadata failed authentication (the record was altered or is corrupt)</source>
        <translation>%1 in %2: Metadaten haben die Authentifizierung nicht bestanden (der Eintrag wurde verändert oder ist beschädigt)</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; in %2: %3 failed authentication (the record was altered or is corrupt)</source>
        <translation>Geheimnis „%1“ in %2: %3 hat die Authentifizierung nicht bestanden (der Eintrag wurde verändert oder ist beschädigt)</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %2 already exists</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %2 existiert bereits</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos;: %2</source>
        <translation>Geheimnis &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; in %2 %3</source>
        <translation>Geheimnis &apos;%1&apos; in %2 %3</translation>
    </message>
    <message>
        <source>%1 has no version %2 (versions up to %3 are in its history)</source>
        <translation>%1 hat keine Version %2 (Versionen bis %3 sind im Verlauf)</translation>
    </message>
    <message>
        <source>%1: the value of version %2 is no longer kept (history.retention)</source>
        <translation>%1: der Wert von Version %2 wird nicht mehr aufbewahrt (history.retention)</translation>
    </message>
    <message>
        <source>%1 already holds version %2</source>
        <translation>%1 hat bereits Version %2</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Show vault-wide settings.</source>
        <translation>Tresorweite Einstellungen zeigen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Change a setting (bundle.default-lifetime, bundle.max-lifetime, history.retention).</source>
        <translation>Eine Einstellung ändern (bundle.default-lifetime, bundle.max-lifetime, history.retention).</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Bundle lifetime when an export names none.</source>
        <translation>Lebensdauer eines Bündels, wenn ein Export keine nennt.</translation>
    </message>
    <message>
        <source>Longest lifetime an export may ask for.</source>
        <translation>Längste Lebensdauer, die ein Export verlangen darf.</translation>
    </message>
    <message>
        <source>no setting named &apos;%1&apos;; known settings: %2</source>
        <translation>keine Einstellung namens „%1“; bekannte Einstellungen: %2</translation>
    </message>
    <message>
        <source>the default bundle lifetime (%1) cannot exceed the maximum (%2)</source>
        <translation>die Standard-Lebensdauer von Bündeln (%1) darf das Maximum (%2) nicht überschreiten</translation>
    </message>
    <message>
        <source>Older values each secret keeps in its history (0: all).</source>
        <translation>Ältere Werte, die jedes Geheimnis im Verlauf behält (0: alle).</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2, not &apos;%3&apos;</source>
        <translation>%1 erwartet eine ganze Zahl von 0 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>How long quick unlock through the OS keychain lasts before the passphrase is needed again.</source>
        <translation>Wie lange die Schnellentsperrung über den Schlüsselbund des Systems gilt, bevor wieder die Passphrase nötig ist.</translation>
    </message>
    <message>
        <source>Keep the vault&apos;s latest state in the OS keychain and refuse an older copy of the file (on by itself once the vault uses the keychain).</source>
        <translation>Den letzten Stand des Tresors im Schlüsselbund des Systems vermerken und eine ältere Kopie der Datei ablehnen (schaltet sich ein, sobald der Tresor den Schlüsselbund nutzt).</translation>
    </message>
    <message>
        <source>%1 is on or off, not &apos;%2&apos;</source>
        <translation>%1 ist on oder off, nicht „%2“</translation>
    </message>
    <message>
        <source>What an export does with a pack that failed its scan: off, warn or enforced (refuse the export).</source>
        <translation>Was ein Export mit einem Paket tut, das seinen Scan nicht bestanden hat: off, warn oder enforced (Export verweigern).</translation>
    </message>
    <message>
        <source>The worst finding a pack may have and still pass its scan.</source>
        <translation>Der schwerste Fund, den ein Paket haben darf und seinen Scan trotzdem besteht.</translation>
    </message>
    <message>
        <source>With scan.required: how old a pack&apos;s last scan may be.</source>
        <translation>Mit scan.required: wie alt der letzte Scan eines Pakets sein darf.</translation>
    </message>
    <message>
        <source>A pack never scanned, changed since its scan or scanned longer ago than scan.max-age counts as failed.</source>
        <translation>Ein nie gescanntes, seit dem Scan geändertes oder vor mehr als scan.max-age gescanntes Paket gilt als durchgefallen.</translation>
    </message>
    <message>
        <source>%1 is %2, not &apos;%3&apos;</source>
        <translation>%1 ist %2, nicht „%3“</translation>
    </message>
</context>
<context>
    <name>SkillScanner</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>holds the value of %1</source>
        <translation>enthält den Wert von %1</translation>
    </message>
</context>
<context>
    <name>SkillpackImporter</name>
    <message>
        <source>%1:%2: &apos;%3&apos; looks like a hard-coded credential; rotate it and keep it in the vault</source>
        <translation>%1:%2: „%3“ sieht nach einem fest eingetragenen Zugangsdatum aus; ersetzen Sie es und bewahren Sie es im Tresor auf</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds several packs; a pack name applies only to a folder of one pack&apos;s actions</source>
        <translation>%1 enthält mehrere Pakete; ein Paketname gilt nur für einen Ordner mit den Aktionen eines Pakets</translation>
    </message>
    <message>
        <source>no manifest.yaml in %1/&lt;action&gt;/ or %1/&lt;pack&gt;/&lt;action&gt;/</source>
        <translation>keine manifest.yaml in %1/&lt;Aktion&gt;/ oder %1/&lt;Paket&gt;/&lt;Aktion&gt;/</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteCommitTables</name>
    <message>
        <source>the commitment</source>
        <translation>die Festlegung</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed; it is in Debian&apos;s libqt6sql6-sqlite package</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert; er ist im Debian-Paket libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>vault file %1: no SQLite handle</source>
        <translation>Tresordatei %1: kein SQLite-Handle</translation>
    </message>
    <message>
        <source>%1 is not a readable Scopevault vault (%2 while %3)</source>
        <translation>%1 ist kein lesbarer Scopevault-Tresor (%2; Vorgang: %3)</translation>
    </message>
    <message>
        <source>vault file %1: %2 (while %3)</source>
        <translation>Tresordatei %1: %2 (Vorgang: %3)</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (while %2); nothing was changed. Free some space and try again.</source>
        <translation>der Datenträger mit %1 ist voll (beim %2); nichts wurde geändert. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written (while %2): the file, its folder or the disk is read-only. Scopevault records every read in the vault&apos;s audit log, so it needs to write even to read a value.</source>
        <translation>%1 kann nicht geschrieben werden (beim %2): die Datei, ihr Ordner oder der Datenträger ist schreibgeschützt. Scopevault hält jeden Lesezugriff im Prüfprotokoll des Tresors fest und muss daher auch zum Lesen eines Werts schreiben.</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryTable</name>
    <message>
        <source>the secrets&apos; history</source>
        <translation>der Verlauf der Geheimnisse</translation>
    </message>
</context>
<context>
    <name>SqliteVaultRepository</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1: Lesen von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to replace a vault</source>
        <translation>%1 existiert bereits; ein Tresor wird nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is empty: not a Scopevault vault (truncated?)</source>
        <translation>%1 ist leer: kein Scopevault-Tresor (abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a Scopevault vault</source>
        <translation>%1 ist eine SQLite-Datei, aber kein Scopevault-Tresor</translation>
    </message>
    <message>
        <source>the header of %1 lacks &apos;%2&apos;: the file is damaged</source>
        <translation>dem Kopf von %1 fehlt „%2“: die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>%1 has vault format %2; this Scopevault reads format %3</source>
        <translation>%1 hat das Tresorformat %2; dieses Scopevault liest Format %3</translation>
    </message>
    <message>
        <source>the header of %1 names an unknown KDF &apos;%2&apos;</source>
        <translation>der Kopf von %1 nennt eine unbekannte KDF „%2“</translation>
    </message>
    <message>
        <source>the header of %1 has a malformed vault id</source>
        <translation>der Kopf von %1 hat eine fehlerhafte Tresor-ID</translation>
    </message>
    <message>
        <source>the secrets</source>
        <translation>die Geheimnisse</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>das Audit-Protokoll</translation>
    </message>
    <message>
        <source>no vault at %1</source>
        <translation>kein Tresor unter %1</translation>
    </message>
    <message>
        <source>%1: the symbolic links it goes through form a loop</source>
        <translation>%1: die symbolischen Verknüpfungen auf dem Weg bilden eine Schleife</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; give the vault file&apos;s own path</source>
        <translation>%1 ist eine symbolische Verknüpfung auf %2, das es nicht gibt; geben Sie den Pfad der Tresordatei selbst an</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the text ends inside an escape</source>
        <translation>der Text endet mitten in einer Escape-Sequenz</translation>
    </message>
    <message>
        <source>an escape JSON does not define (only \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>eine Escape-Sequenz, die JSON nicht kennt (nur \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier hexadezimale Ziffern</translation>
    </message>
    <message>
        <source>a low surrogate without a high surrogate before it</source>
        <translation>ein niederes Surrogat ohne hohes Surrogat davor</translation>
    </message>
    <message>
        <source>a high surrogate without a low surrogate after it</source>
        <translation>ein hohes Surrogat ohne niederes Surrogat danach</translation>
    </message>
</context>
<context>
    <name>ValueChanges</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>rotiert</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>before history</source>
        <translation>vor dem Verlauf</translation>
    </message>
</context>
<context>
    <name>ValueGenerator</name>
    <message>
        <source>--length must be from 8 to %1, not %2</source>
        <translation>--length muss zwischen 8 und %1 liegen, nicht %2</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>Argon2id cost: interactive, moderate (default), sensitive, calibrate:MS or custom:OPS,MIB.</source>
        <translation>Argon2id-Kosten: interactive, moderate (Standard), sensitive, calibrate:MS oder custom:OPS,MIB.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>%1 is weaker than the &apos;interactive&apos; preset; use it only for tests or throw-away vaults</source>
        <translation>%1 ist schwächer als die Voreinstellung „interactive“; nur für Tests oder Wegwerf-Tresore verwenden</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Neue Passphrase für %1: </translation>
    </message>
    <message>
        <source>Created vault %1 (%2)</source>
        <translation>Tresor %1 erstellt (%2)</translation>
    </message>
    <message>
        <source>Vault:     %1</source>
        <translation>Tresor:    %1</translation>
    </message>
    <message>
        <source>Format:    %1 (schema %2)</source>
        <translation>Format:    %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Vault id:  %1</source>
        <translation>Tresor-ID: %1</translation>
    </message>
    <message>
        <source>Created:   %1</source>
        <translation>Erstellt:  %1</translation>
    </message>
    <message>
        <source>KDF:       argon2id, ops %1, memory %2 MiB</source>
        <translation>KDF:       argon2id, ops %1, Speicher %2 MiB</translation>
    </message>
    <message>
        <source>Secrets:   %1</source>
        <translation>Geheimn.:  %1</translation>
    </message>
    <message>
        <source>Passphrase changed for %1</source>
        <translation>Passphrase geändert für %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Create a new vault.</source>
        <translation>Einen neuen Tresor erstellen.</translation>
    </message>
    <message>
        <source>Show format, KDF parameters and counts (no passphrase needed, no secrets shown).</source>
        <translation>Format, KDF-Parameter und Anzahlen zeigen (ohne Passphrase, ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>Change the passphrase (re-wraps the vault key only).</source>
        <translation>Die Passphrase ändern (verpackt nur den Tresorschlüssel neu).</translation>
    </message>
    <message>
        <source>Read the new passphrase from a file.</source>
        <translation>Die neue Passphrase aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read the new passphrase from a file descriptor.</source>
        <translation>Die neue Passphrase aus einem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>Check the whole file: every page, every record against the vault&apos;s commitment, every seal, the audit chain and its checkpoints (exit 5 when anything fails).</source>
        <translation>Die ganze Datei prüfen: jede Seite, jeden Datensatz gegen die Festlegung des Tresors, jedes Siegel, die Prüfkette und ihre Prüfpunkte (Exit-Code 5, wenn etwas fehlschlägt).</translation>
    </message>
    <message>
        <source>re-encrypting: %1 of %2 records</source>
        <translation>neu verschlüsseln: %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>New vault key for %1: re-encrypted %2 secrets, %3 catalog objects, %4 issued bundles and %5 audit events; passphrase changed</source>
        <translation>Neuer Tresorschlüssel für %1: %2 Geheimnisse, %3 Katalogobjekte, %4 ausgegebene Bündel und %5 Prüfereignisse neu verschlüsselt; Passphrase geändert</translation>
    </message>
    <message>
        <source>the vault&apos;s signing key changed with it: give agents the new one (scopevault-cli vault-key) before they receive new bundles, and export a new checkpoint (audit checkpoint --out); earlier ones name the old key</source>
        <translation>der Signaturschlüssel des Tresors hat sich mit ihm geändert: geben Sie Agenten den neuen (scopevault-cli vault-key), bevor sie neue Bündel erhalten, und exportieren Sie einen neuen Prüfpunkt (audit checkpoint --out); frühere nennen den alten Schlüssel</translation>
    </message>
    <message>
        <source>Also replace the vault key: re-encrypt every value, note, catalog object, bundle entry and audit event under a new one (the signing key changes too).</source>
        <translation>Auch den Tresorschlüssel ersetzen: jeden Wert, jede Notiz, jedes Katalogobjekt, jeden Bündeleintrag und jedes Prüfereignis unter einem neuen verschlüsseln (auch der Signaturschlüssel ändert sich).</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>wrong passphrase (or the vault header was altered)</source>
        <translation>falsche Passphrase (oder der Tresorkopf wurde verändert)</translation>
    </message>
</context>
<context>
    <name>VaultService</name>
    <message>
        <source>the passphrase must not be empty</source>
        <translation>die Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>the vault is not open</source>
        <translation>der Tresor ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>changing the passphrase</source>
        <translation>Das Ändern der Passphrase</translation>
    </message>
</context>
<context>
    <name>VaultStateSeal</name>
    <message>
        <source>the commitment of %1 %2: the file was altered, or rows were replaced by older copies</source>
        <translation>die Festlegung von %1 %2: die Datei wurde verändert, oder Zeilen wurden durch ältere Kopien ersetzt</translation>
    </message>
    <message>
        <source>is malformed</source>
        <translation>ist fehlerhaft</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>lässt sich nicht bestätigen</translation>
    </message>
</context>
<context>
    <name>VaultStore</name>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>object %1 in %2 failed authentication (the record was altered or is corrupt)</source>
        <translation>Objekt %1 in %2 hat die Authentifizierung nicht bestanden (der Eintrag wurde verändert oder ist beschädigt)</translation>
    </message>
    <message>
        <source>the passphrase of %1 was changed by another process after this one unlocked it; the passphrase given no longer opens the vault</source>
        <translation>die Passphrase von %1 wurde von einem anderen Prozess geändert, nachdem dieser ihn entsperrt hatte; die angegebene Passphrase öffnet den Tresor nicht mehr</translation>
    </message>
    <message>
        <source>the new passphrase must not be empty</source>
        <translation>die neue Passphrase darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 needs the OS keychain, which this program cannot use</source>
        <extracomment>%1 says what needs the keychain, e.g. &quot;payments:STRIPE_KEY&quot;</extracomment>
        <translation>%1 braucht den Schlüsselbund des Systems, den dieses Programm nicht nutzen kann</translation>
    </message>
    <message>
        <source>%1 needs the passphrase: this session was unlocked through the OS keychain</source>
        <extracomment>%1 is an operation, e.g. &quot;changing the passphrase&quot;</extracomment>
        <translation>%1 braucht die Passphrase: diese Sitzung wurde über den Schlüsselbund des Systems entsperrt</translation>
    </message>
</context>
<context>
    <name>VaultVerifier</name>
    <message>
        <source>every page intact</source>
        <translation>jede Seite intakt</translation>
    </message>
    <message>
        <source>every record as committed</source>
        <translation>jeder Datensatz wie festgelegt</translation>
    </message>
    <message>
        <source>every seal opens</source>
        <translation>jedes Siegel öffnet sich</translation>
    </message>
    <message>
        <source>problems found: %1</source>
        <translation>gefundene Probleme: %1</translation>
    </message>
</context>
<context>
    <name>VersionLog</name>
    <message>
        <source>secret &apos;%1&apos; in %2: version %3 %4</source>
        <translation>Geheimnis „%1“ in %2: Version %3 %4</translation>
    </message>
    <message>
        <source>failed authentication (the record was altered or is corrupt)</source>
        <translation>Authentifizierung fehlgeschlagen (der Datensatz wurde verändert oder ist beschädigt)</translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; in %2: value failed authentication (the record was altered or is corrupt)</source>
        <translation>Geheimnis „%1“ in %2: Authentifizierung des Werts fehlgeschlagen (der Datensatz wurde verändert oder ist beschädigt)</translation>
    </message>
    <message>
        <source>%1 held this value before (version %2); a rotation needs a new value (--allow-reuse to rotate to it anyway)</source>
        <translation>%1 hatte diesen Wert bereits (Version %2); eine Rotation braucht einen neuen Wert (--allow-reuse, um trotzdem darauf zu rotieren)</translation>
    </message>
    <message>
        <source>%1 already holds this value; a rotation needs a new value (--allow-reuse to rotate to it anyway)</source>
        <translation>%1 hat diesen Wert bereits; eine Rotation braucht einen neuen Wert (--allow-reuse, um trotzdem darauf zu rotieren)</translation>
    </message>
    <message>
        <source>value failed authentication</source>
        <translation>Authentifizierung des Werts fehlgeschlagen</translation>
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
    <message>
        <source>Paste what &apos;scopevault-agent keygen&apos; printed on the agent&apos;s host: the key, or all of its output</source>
        <translation>Einfügen, was &apos;scopevault-agent keygen&apos; auf dem Rechner des Agenten ausgegeben hat: den Schlüssel oder die ganze Ausgabe</translation>
    </message>
    <message>
        <source>Command that makes the agent&apos;s key</source>
        <translation>Befehl, der den Schlüssel des Agenten erzeugt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>On the agent&apos;s host:</source>
        <translation>Auf dem Rechner des Agenten:</translation>
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
        <translation>Frei&amp;gaben</translation>
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
    <message>
        <source>G&amp;rant access…</source>
        <translation>&amp;Zugriff gewähren…</translation>
    </message>
    <message>
        <source>Change e&amp;xpiry…</source>
        <translation>Ab&amp;lauf ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move grant</source>
        <translation>Freigabe entfe&amp;rnen</translation>
    </message>
    <message>
        <source>1 required secret is missing: Enter on its row creates it.</source>
        <translation>1 erforderliches Geheimnis fehlt: Eingabe auf seiner Zeile legt es an.</translation>
    </message>
    <message>
        <source>%1 required secrets are missing: Enter on a row creates it.</source>
        <translation>%1 erforderliche Geheimnisse fehlen: Eingabe auf einer Zeile legt es an.</translation>
    </message>
    <message>
        <source>Changed the expiry of %1&apos;s grant of %2.</source>
        <translation>Ablauf der Freigabe von %2 an %1 geändert.</translation>
    </message>
    <message>
        <source>Remove grant</source>
        <translation>Freigabe entfernen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s access to %2? Bundles already issued keep what they hold until they expire.</source>
        <translation>Den Zugriff von %1 auf %2 entfernen? Bereits ausgestellte Bundles behalten ihren Inhalt, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>Removed %1&apos;s access to %2.</source>
        <translation>Zugriff von %1 auf %2 entfernt.</translation>
    </message>
    <message>
        <source>  %1 (version %2)</source>
        <translation>  %1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 may now read %2.</source>
        <translation>%1 darf jetzt %2 lesen.</translation>
    </message>
    <message>
        <source>A bundle exported now would hold no secret.</source>
        <translation>Ein jetzt exportiertes Bundle enthielte kein Geheimnis.</translation>
    </message>
    <message>
        <source>A bundle exported now would hold 1 secret:</source>
        <translation>Ein jetzt exportiertes Bundle enthielte 1 Geheimnis:</translation>
    </message>
    <message>
        <source>A bundle exported now would hold %1 secrets:</source>
        <translation>Ein jetzt exportiertes Bundle enthielte %1 Geheimnisse:</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Lücken:</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Zugriff gewährt</translation>
    </message>
    <message>
        <source>&amp;Create %1…</source>
        <translation>%1 &amp;anlegen…</translation>
    </message>
</context>
<context>
    <name>scopevault::AuditEventModel</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verwehrt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 UTC, event %2</source>
        <translation>%1 UTC, Ereignis %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>scopevault::AuditTimeline</name>
    <message>
        <source>Events over time</source>
        <translation>Ereignisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verwehrt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>1 time span with events</source>
        <translation>1 Zeitraum mit Ereignissen</translation>
    </message>
    <message>
        <source>%1 time spans with events</source>
        <translation>%1 Zeiträume mit Ereignissen</translation>
    </message>
    <message>
        <source>Click a bar to show its events; drag across bars to show their span.</source>
        <translation>Klicken Sie auf einen Balken, um seine Ereignisse zu zeigen; ziehen Sie über Balken, um ihren Zeitraum zu zeigen.</translation>
    </message>
</context>
<context>
    <name>scopevault::AuditView</name>
    <message>
        <source>Show all of the range</source>
        <translation>Ganzen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Actor (an agent&apos;s name, admin:user)</source>
        <translation>Akteur (Name eines Agenten, admin:benutzer)</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Art der Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Secret reads</source>
        <translation>Geheimnisse gelesen</translation>
    </message>
    <message>
        <source>Secret changes</source>
        <translation>Geheimnisse geändert</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bündel</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Packs, actions and settings</source>
        <translation>Pakete, Aktionen und Einstellungen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target (SCOPE:NAME, an agent, a file)</source>
        <translation>Ziel (BEREICH:NAME, ein Agent, eine Datei)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verwehrt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Einzelheiten des Ereignisses</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Ein Ereignis auswählen, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>E&amp;xport events…</source>
        <translation>Ereignisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;checkpoint…</source>
        <translation>&amp;Prüfpunkt exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message>
        <source>Showing %1 – %2</source>
        <translation>Zeige %1 – %2</translation>
    </message>
    <message>
        <source>Chain intact: %1.</source>
        <translation>Kette intakt: %1.</translation>
    </message>
    <message>
        <source>The audit log was altered: %1</source>
        <translation>Das Prüfprotokoll wurde verändert: %1</translation>
    </message>
    <message>
        <source>Go to event %1</source>
        <translation>Zu Ereignis %1</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Prüfereignisse exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON-Zeilen (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export checkpoint</source>
        <translation>Prüfpunkt exportieren</translation>
    </message>
    <message>
        <source>Checkpoint (*.json)</source>
        <translation>Prüfpunkt (*.json)</translation>
    </message>
    <message>
        <source>Checkpoint of event %1 written to %2; keep it elsewhere.</source>
        <translation>Prüfpunkt von Ereignis %1 nach %2 geschrieben; bewahren Sie ihn anderswo auf.</translation>
    </message>
    <message>
        <source>Verifying the audit log… %1 events so far</source>
        <translation>Das Prüfprotokoll wird geprüft… bisher %1 Ereignisse</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Das Prüfprotokoll wird geprüft…</translation>
    </message>
    <message>
        <source>Import agent &amp;receipts…</source>
        <translation>&amp;Quittungen von Agenten importieren…</translation>
    </message>
    <message>
        <source>Receipt files written by scopevault-agent (or drop them here)</source>
        <translation>Von scopevault-agent geschriebene Quittungsdateien (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Import agent receipts</source>
        <translation>Quittungen von Agenten importieren</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl);;All files (*)</source>
        <translation>Quittungen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Receipts from %1: %2 imported, %3 already imported, %4 refused.</source>
        <translation>Quittungen aus %1: %2 importiert, %3 bereits importiert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Some receipts were refused:
%1</source>
        <translation>Einige Quittungen wurden abgelehnt:
%1</translation>
    </message>
    <message>
        <source>Covered by the signed checkpoint of event %1.</source>
        <translation>Vom signierten Prüfpunkt bei Ereignis %1 abgedeckt.</translation>
    </message>
    <message>
        <source>Not yet covered by a signed checkpoint (one is written at every lock).</source>
        <translation>Noch von keinem signierten Prüfpunkt abgedeckt (bei jedem Sperren wird einer geschrieben).</translation>
    </message>
    <message>
        <source>Event %1
Hash %2
%3

%4</source>
        <translation>Ereignis %1
Hash %2
%3

%4</translation>
    </message>
    <message>
        <source>Verify against a c&amp;heckpoint file…</source>
        <translation>Gegen eine Prüfpunkt&amp;datei prüfen…</translation>
    </message>
    <message>
        <source>Also check that the log still holds an event signed in a checkpoint exported earlier (a cut-off log, or an older copy of the vault, fails)</source>
        <translation>Auch prüfen, ob das Protokoll noch ein Ereignis enthält, das ein früher exportierter Prüfpunkt signiert hat (ein abgeschnittenes Protokoll oder eine ältere Kopie des Tresors scheitert)</translation>
    </message>
    <message>
        <source>Verify against a checkpoint</source>
        <translation>Gegen einen Prüfpunkt prüfen</translation>
    </message>
    <message>
        <source>Verifying the audit log against %1…</source>
        <translation>Das Prüfprotokoll wird gegen %1 geprüft…</translation>
    </message>
    <message>
        <source>Exported 1 event to %1.</source>
        <translation>1 Ereignis nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>scopevault::BundleStatusModel</name>
    <message>
        <source>Changed since it was issued: %1</source>
        <translation>Seit der Ausstellung geändert: %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1, stale: %2 changed since</source>
        <translation>%1, veraltet: %2 seither geändert</translation>
    </message>
    <message>
        <source>%1, stale: %2 secrets changed since</source>
        <translation>%1, veraltet: %2 Geheimnisse seither geändert</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>scopevault::BundlesView</name>
    <message>
        <source>Re-&amp;issue…</source>
        <translation>Neu aus&amp;stellen…</translation>
    </message>
    <message>
        <source>Issued bundles</source>
        <translation>Ausgestellte Bundles</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>Bundle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>No bundle issued yet. Export one for an agent that has grants: it holds exactly the secrets the agent may use.</source>
        <translation>Noch kein Bundle ausgestellt. Exportieren Sie eines für einen Agenten mit Berechtigungen: Es enthält genau die Geheimnisse, die der Agent verwenden darf.</translation>
    </message>
    <message>
        <source>%1 issued, %2 still valid, %3 of those stale.</source>
        <translation>%1 ausgestellt, %2 noch gültig, davon %3 veraltet.</translation>
    </message>
    <message>
        <source>Exported bundle %1 for %2.</source>
        <translation>Bundle %1 für %2 exportiert.</translation>
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
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt …</translation>
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
        <source>More specific scopes win: an action&apos;s own secret overrides its pack&apos;s, which overrides the system&apos;s. Press Enter or double-click a row to open the secret that supplies it, or to create a missing one.</source>
        <translation>Spezifischere Bereiche gewinnen: Das eigene Geheimnis einer Aktion überschreibt das ihres Pakets, das wiederum das des Systems überschreibt. Eingabetaste oder Doppelklick auf eine Zeile öffnet das liefernde Geheimnis oder legt ein fehlendes an.</translation>
    </message>
    <message>
        <source>C&amp;reate missing secret…</source>
        <translation>Fehlendes Geheimnis an&amp;legen…</translation>
    </message>
    <message>
        <source>1 required secret missing: agents granted this action cannot run it.</source>
        <translation>1 erforderliches Geheimnis fehlt: Agenten mit dieser Freigabe können die Aktion nicht ausführen.</translation>
    </message>
    <message>
        <source>%1 required secrets missing: agents granted this action cannot run it.</source>
        <translation>%1 erforderliche Geheimnisse fehlen: Agenten mit dieser Freigabe können die Aktion nicht ausführen.</translation>
    </message>
    <message>
        <source>Every required secret is supplied. Optional ones missing: %1. Overrides: %2.</source>
        <translation>Jedes erforderliche Geheimnis ist vorhanden. Fehlende optionale: %1. Überschreibungen: %2.</translation>
    </message>
    <message>
        <source>No actions yet: import a skill-pack folder, or create one with Secrets → New action….</source>
        <translation>Noch keine Aktionen: Importieren Sie einen Skill-Paket-Ordner oder legen Sie eine an mit Geheimnisse → Neue Aktion ….</translation>
    </message>
</context>
<context>
    <name>scopevault::ExportWizard</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>&amp;Until the end of</source>
        <translation>&amp;Bis zum Ende des</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>Datei e&amp;rsetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Ein Bundle exportieren</translation>
    </message>
    <message>
        <source>Which agent is the bundle for?</source>
        <translation>Für welchen Agenten ist das Bundle?</translation>
    </message>
    <message>
        <source>The bundle holds exactly the secrets this agent&apos;s grants allow, sealed to its public key.</source>
        <translation>Das Bundle enthält genau die Geheimnisse, die die Berechtigungen dieses Agenten erlauben, versiegelt für seinen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>What the agent will receive</source>
        <translation>Was der Agent erhält</translation>
    </message>
    <message>
        <source>Secrets in the bundle</source>
        <translation>Geheimnisse im Bundle</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Supplied by</source>
        <translation>Geliefert von</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>For actions</source>
        <translation>Für Aktionen</translation>
    </message>
    <message>
        <source>Missing required secrets</source>
        <translation>Fehlende erforderliche Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>How long the bundle is valid</source>
        <translation>Wie lange das Bundle gültig ist</translation>
    </message>
    <message>
        <source>After it expires the agent&apos;s scopevault-agent refuses to open it; export a new one then.</source>
        <translation>Nach Ablauf verweigert scopevault-agent beim Agenten das Öffnen; exportieren Sie dann ein neues.</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;Stunde</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;Tag</translation>
    </message>
    <message>
        <source>&amp;7 days</source>
        <translation>&amp;7 Tage</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 Tage</translation>
    </message>
    <message>
        <source>Last day of validity</source>
        <translation>Letzter Gültigkeitstag</translation>
    </message>
    <message>
        <source>Where to save the bundle</source>
        <translation>Wo das Bundle gespeichert wird</translation>
    </message>
    <message>
        <source>Written readable by you alone (0600). Copy it to the agent&apos;s host; it opens only with the agent&apos;s private key.</source>
        <translation>Nur für Sie lesbar geschrieben (0600). Kopieren Sie es auf den Rechner des Agenten; es öffnet sich nur mit dem privaten Schlüssel des Agenten.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Bundle-Datei</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Bundle speichern</translation>
    </message>
    <message>
        <source>Scopevault bundles (*.svb)</source>
        <translation>Scopevault-Bundles (*.svb)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bundle exportiert</translation>
    </message>
    <message>
        <source>Vault key to pin</source>
        <translation>Zu verankernder Tresorschlüssel</translation>
    </message>
    <message>
        <source>Command for the agent&apos;s host</source>
        <translation>Befehl für den Rechner des Agenten</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>Be&amp;fehl kopieren</translation>
    </message>
    <message>
        <source>The vault key the agent pins (it checks the bundle&apos;s signature with it):</source>
        <translation>Der Tresorschlüssel, den der Agent verankert (damit prüft er die Signatur des Bundles):</translation>
    </message>
    <message>
        <source>On the agent&apos;s host, with the identity made by scopevault-agent keygen:</source>
        <translation>Auf dem Rechner des Agenten, mit der von scopevault-agent keygen erzeugten Identität:</translation>
    </message>
    <message>
        <source>A suspended or revoked agent receives nothing.</source>
        <translation>Ein ausgesetzter oder widerrufener Agent erhält nichts.</translation>
    </message>
    <message>
        <source>The vault allows bundles valid for up to %1 (setting bundle.max-lifetime).</source>
        <translation>Der Tresor erlaubt Bundles mit bis zu %1 Gültigkeit (Einstellung bundle.max-lifetime).</translation>
    </message>
    <message>
        <source>%1 — required by %2, defined nowhere</source>
        <translation>%1 — erforderlich für %2, nirgends definiert</translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation>%1 für %2.</translation>
    </message>
    <message>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 Aktion</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Aktionen</translation>
    </message>
    <message>
        <source>The bundle cannot be exported yet:</source>
        <translation>Das Bundle kann noch nicht exportiert werden:</translation>
    </message>
    <message>
        <source>Choose a file to write the bundle to.</source>
        <translation>Wählen Sie eine Datei, in die das Bundle geschrieben wird.</translation>
    </message>
    <message>
        <source>Bundle %1 for %2: %3, valid until %4.
Written to %5.
Vault key fingerprint: %6</source>
        <translation>Bundle %1 für %2: %3, gültig bis %4.
Geschrieben nach %5.
Fingerabdruck des Tresorschlüssels: %6</translation>
    </message>
</context>
<context>
    <name>scopevault::GrantDialog</name>
    <message>
        <source>Grant access to %1</source>
        <translation>Zugriff für %1 gewähren</translation>
    </message>
    <message>
        <source>Change the expiry of a grant to %1</source>
        <translation>Ablauf einer Freigabe an %1 ändern</translation>
    </message>
    <message>
        <source>What the agent may read</source>
        <translation>Was der Agent lesen darf</translation>
    </message>
    <message>
        <source>system, PACK, PACK/ACTION or SCOPE:NAME</source>
        <translation>system, PAKET, PAKET/AKTION oder BEREICH:NAME</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 Tag</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>In 90 Tagen</translation>
    </message>
    <message>
        <source>At the end of a date</source>
        <translation>Am Ende eines Datums</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>An action gives the agent every secret it declares; a pack, every action in it; system, the secrets every action falls back on. After the grant you see what the agent now receives and what is missing.</source>
        <translation>Eine Aktion gibt dem Agenten jedes Geheimnis, das sie deklariert; ein Paket jede Aktion darin; system die Geheimnisse, auf die jede Aktion zurückgreift. Nach der Freigabe sehen Sie, was der Agent nun erhält und was fehlt.</translation>
    </message>
    <message>
        <source>&amp;Access to:</source>
        <translation>&amp;Zugriff auf:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>&amp;Date (end of day, UTC):</source>
        <translation>&amp;Datum (Tagesende, UTC):</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Gewähren</translation>
    </message>
    <message>
        <source>&amp;Change expiry</source>
        <translation>Ablauf ä&amp;ndern</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The scan found credentials in the pack&apos;s files: %1 (listed). Importing keeps this verdict for exports (scan.gate).</source>
        <translation>Der Scan hat Zugangsdaten in den Dateien des Pakets gefunden: %1 (aufgelistet). Der Import hält dieses Ergebnis für Exporte fest (scan.gate).</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2: %3 %4</translation>
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
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>scopevault::KdfProgress</name>
    <message>
        <source>%1 Argon2id derives the key from the passphrase; it is slow on purpose, so that guessing is slow too.</source>
        <translation>%1 Argon2id leitet den Schlüssel aus der Passphrase ab; das ist absichtlich langsam, damit auch Raten langsam ist.</translation>
    </message>
    <message>
        <source>%1 s so far.</source>
        <translation>Bisher %1 s.</translation>
    </message>
</context>
<context>
    <name>scopevault::KeychainDialog</name>
    <message>
        <source>&amp;Forget quick unlock</source>
        <translation>Schnellentsperrung &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Turn quick unlock on</source>
        <translation>Schnellentsperrung &amp;einschalten</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>Quick unlock:</source>
        <translation>Schnellentsperrung:</translation>
    </message>
    <message>
        <source>Rollback anchor:</source>
        <translation>Anker gegen Zurücksetzen:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Secrets whose value is held in the OS keychain:</source>
        <translation>Geheimnisse, deren Wert im Schlüsselbund des Systems liegt:</translation>
    </message>
    <message>
        <source>On until %1</source>
        <translation>An bis %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On: an older copy of the vault file is noticed when it is opened</source>
        <translation>An: eine ältere Kopie der Tresordatei fällt beim Öffnen auf</translation>
    </message>
    <message>
        <source>Off (on by itself once the vault uses the keychain)</source>
        <translation>Aus (schaltet sich ein, sobald der Tresor den Schlüsselbund nutzt)</translation>
    </message>
    <message>
        <source>✓ Present</source>
        <translation>✓ Vorhanden</translation>
    </message>
    <message>
        <source>✗ Not the stored entry</source>
        <translation>✗ Nicht der gespeicherte Eintrag</translation>
    </message>
    <message>
        <source>✗ Missing (or the keyring is locked)</source>
        <translation>✗ Fehlt (oder der Schlüsselbund ist gesperrt)</translation>
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
    <message>
        <source>The vault is locked, but the audit log could not record it:
%1</source>
        <translation>Der Tresor ist gesperrt, aber das Prüfprotokoll konnte es nicht festhalten:
%1</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Prüf&amp;protokoll</translation>
    </message>
    <message>
        <source>Who &amp;accessed this?</source>
        <translation>Wer hat &amp;darauf zugegriffen?</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>R&amp;otation</source>
        <translation>R&amp;otation</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Ze&amp;igen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Ausblen&amp;den</translation>
    </message>
    <message>
        <source>R&amp;otate secret…</source>
        <translation>Geheimnis r&amp;otieren…</translation>
    </message>
    <message>
        <source>R&amp;otation schedule</source>
        <translation>R&amp;otationsplan</translation>
    </message>
    <message>
        <source>R&amp;otation (%1)</source>
        <translation>R&amp;otation (%1)</translation>
    </message>
    <message>
        <source>%1 overdue or expired, %2 due soon</source>
        <translation>%1 überfällig oder abgelaufen, %2 bald fällig</translation>
    </message>
    <message>
        <source>1 secret overdue or expired</source>
        <translation>1 Geheimnis überfällig oder abgelaufen</translation>
    </message>
    <message>
        <source>%1 secrets overdue or expired</source>
        <translation>%1 Geheimnisse überfällig oder abgelaufen</translation>
    </message>
    <message>
        <source>1 due soon</source>
        <translation>1 bald fällig</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 bald fällig</translation>
    </message>
    <message>
        <source>Rotation: %1.</source>
        <translation>Rotation: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>Bundl&amp;es</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Bundle &amp;exportieren…</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Übersic&amp;ht</translation>
    </message>
    <message>
        <source>New pac&amp;k…</source>
        <translation>Neues Pake&amp;t…</translation>
    </message>
    <message>
        <source>New ac&amp;tion…</source>
        <translation>Neue Akt&amp;ion…</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>&amp;Zugriff gewähren…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>Agent hinzufügen</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Gewähren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Older vault file</source>
        <translation>Ältere Tresordatei</translation>
    </message>
    <message>
        <source>%1.

If you restored it from a backup on purpose, keep it open: this computer then takes it as the current copy. Otherwise lock it and find the newer file.</source>
        <translation>%1.

Wenn Sie sie bewusst aus einer Sicherung zurückgespielt haben, lassen Sie sie geöffnet: dieser Rechner nimmt sie dann als aktuelle Kopie. Sonst sperren Sie sie und suchen die neuere Datei.</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>Geöffnet &amp;lassen</translation>
    </message>
    <message>
        <source>OS &amp;keychain…</source>
        <translation>Schlüsselbund des S&amp;ystems…</translation>
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
    <name>scopevault::OverviewView</name>
    <message>
        <source>Agents with coverage gaps</source>
        <translation>Agenten mit Abdeckungslücken</translation>
    </message>
    <message>
        <source>Bundles expiring or stale</source>
        <translation>Ablaufende oder veraltete Bundles</translation>
    </message>
    <message>
        <source>Rotations due or late</source>
        <translation>Fällige oder überfällige Rotationen</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Rotation due or late</source>
        <translation>Rotation fällig oder überfällig</translation>
    </message>
    <message>
        <source>Audit log and latest activity</source>
        <translation>Prüfprotokoll und letzte Aktivität</translation>
    </message>
    <message>
        <source>Verifying the audit log… %1 events so far</source>
        <translation>Prüfprotokoll wird verifiziert … bisher %1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 Aktion</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Aktionen</translation>
    </message>
    <message>
        <source>1 active agent</source>
        <translation>1 aktiver Agent</translation>
    </message>
    <message>
        <source>%1 active agents</source>
        <translation>%1 aktive Agenten</translation>
    </message>
    <message>
        <source>1 grant</source>
        <translation>1 Freigabe</translation>
    </message>
    <message>
        <source>%1 grants</source>
        <translation>%1 Freigaben</translation>
    </message>
    <message>
        <source>1 valid bundle</source>
        <translation>1 gültiges Bundle</translation>
    </message>
    <message>
        <source>%1 valid bundles</source>
        <translation>%1 gültige Bundles</translation>
    </message>
    <message>
        <source>✕ %1 lacks %2</source>
        <translation>✕ %1 fehlt %2</translation>
    </message>
    <message>
        <source>✕ %1 lacks %2 required secrets</source>
        <translation>✕ %1 fehlen %2 erforderliche Geheimnisse</translation>
    </message>
    <message>
        <source>Missing: %1. Enter opens the agent.</source>
        <translation>Fehlt: %1. Eingabe öffnet den Agenten.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>    Create %1…</source>
        <translation>    Anlegen: %1 …</translation>
    </message>
    <message>
        <source>No active agent yet.</source>
        <translation>Noch kein aktiver Agent.</translation>
    </message>
    <message>
        <source>✓ Every active agent receives every required secret.</source>
        <translation>✓ Jeder aktive Agent erhält jedes erforderliche Geheimnis.</translation>
    </message>
    <message>
        <source>▲ %1: expires %2</source>
        <translation>▲ %1: läuft ab %2</translation>
    </message>
    <message>
        <source>▲ %1: stale, 1 secret changed</source>
        <translation>▲ %1: veraltet, 1 Geheimnis geändert</translation>
    </message>
    <message>
        <source>▲ %1: stale, %2 secrets changed</source>
        <translation>▲ %1: veraltet, %2 Geheimnisse geändert</translation>
    </message>
    <message>
        <source>Expires %1. Changed since it was issued: %2. Enter opens Bundles.</source>
        <translation>Läuft ab %1. Seit der Ausstellung geändert: %2. Eingabe öffnet Bundles.</translation>
    </message>
    <message>
        <source>Expires %1. Enter opens Bundles.</source>
        <translation>Läuft ab %1. Eingabe öffnet Bundles.</translation>
    </message>
    <message>
        <source>No valid bundle issued.</source>
        <translation>Kein gültiges Bundle ausgestellt.</translation>
    </message>
    <message>
        <source>✓ No bundle expires within %1 days or holds an old value.</source>
        <translation>✓ Kein Bundle läuft innerhalb von %1 Tagen ab oder enthält einen alten Wert.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1, due %2. Enter opens it in the rotation schedule.</source>
        <translation>%1, fällig %2. Eingabe öffnet es im Rotationsplan.</translation>
    </message>
    <message>
        <source>✓ Nothing is due for rotation.</source>
        <translation>✓ Keine Rotation fällig.</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4</source>
        <translation>%1  %2  %3 %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Prüfprotokoll wird verifiziert …</translation>
    </message>
    <message>
        <source>✓ Chain intact: %1.</source>
        <translation>✓ Kette intakt: %1.</translation>
    </message>
    <message>
        <source>✕ The audit log was altered: %1</source>
        <translation>✕ Das Prüfprotokoll wurde verändert: %1</translation>
    </message>
    <message>
        <source>Skill packs to scan</source>
        <translation>Zu scannende Skill-Pakete</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Enter opens Secrets; select the pack there to scan it again.</source>
        <translation>Eingabe öffnet die Geheimnisse; dort das Paket wählen, um es erneut zu scannen.</translation>
    </message>
    <message>
        <source>No pack scanned yet.</source>
        <translation>Noch kein Paket gescannt.</translation>
    </message>
    <message>
        <source>✓ No scanned pack failed or is due for a scan.</source>
        <translation>✓ Kein gescanntes Paket ist durchgefallen oder wieder fällig.</translation>
    </message>
</context>
<context>
    <name>scopevault::PackScanPanel</name>
    <message>
        <source>Skill-pack scan</source>
        <translation>Scan des Skill-Pakets</translation>
    </message>
    <message>
        <source>Findings of the last scan</source>
        <translation>Funde des letzten Scans</translation>
    </message>
    <message>
        <source>Look for credentials in the pack&apos;s files, this vault&apos;s values included; the verdict is kept for exports (scan.gate).</source>
        <translation>In den Dateien des Pakets nach Zugangsdaten suchen, auch nach den Werten dieses Tresors; das Ergebnis wird für Exporte festgehalten (scan.gate).</translation>
    </message>
    <message>
        <source>Scan of pack %1</source>
        <translation>Scan des Pakets %1</translation>
    </message>
    <message>
        <source>Never scanned. Scan its folder before agents get its secrets.</source>
        <translation>Nie gescannt. Den Ordner scannen, bevor Agenten seine Geheimnisse erhalten.</translation>
    </message>
    <message>
        <source>✓ Passed on %1: %2 findings.</source>
        <translation>✓ Bestanden am %1: %2 Funde.</translation>
    </message>
    <message>
        <source>✗ Failed on %1: %2 findings.</source>
        <translation>✗ Durchgefallen am %1: %2 Funde.</translation>
    </message>
    <message>
        <source>Scanned in %1.</source>
        <translation>Gescannt in %1.</translation>
    </message>
    <message>
        <source>Scanned in %1. The worst finding: %2.</source>
        <translation>Gescannt in %1. Der schwerste Fund: %2.</translation>
    </message>
    <message>
        <source>Folder of pack %1 (or of several packs)</source>
        <translation>Ordner des Pakets %1 (oder mehrerer Pakete)</translation>
    </message>
    <message>
        <source>Scanned pack %1: %2 findings.</source>
        <translation>Paket %1 gescannt: %2 Funde.</translation>
    </message>
    <message>
        <source>That folder holds no pack named %1.</source>
        <translation>Dieser Ordner enthält kein Paket namens %1.</translation>
    </message>
    <message>
        <source>Scan its fo&amp;lder…</source>
        <translation>Ordner &amp;scannen…</translation>
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
    <message>
        <source>%1 (suspended)</source>
        <translation>%1 (ausgesetzt)</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (widerrufen)</translation>
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
    <name>scopevault::RotateDialog</name>
    <message>
        <source>&amp;Paste the value issued by the provider</source>
        <translation>Vom Anbieter ausgegebenen Wert &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Generate a random value</source>
        <translation>Zufälligen Wert e&amp;rzeugen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>%1 rotieren</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Paste the new value</source>
        <translation>Den neuen Wert einfügen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Letters and digits</source>
        <translation>Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>Hexadezimal</translation>
    </message>
    <message>
        <source>Base64 (URL-safe)</source>
        <translation>Base64 (URL-sicher)</translation>
    </message>
    <message>
        <source>Printable ASCII</source>
        <translation>Druckbares ASCII</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Ge&amp;nerate again</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>The old value stays in the secret&apos;s history. Agents keep their copy until you export their bundles again.</source>
        <translation>Der alte Wert bleibt im Verlauf des Geheimnisses. Agenten behalten ihre Kopie, bis Sie ihre Bundles erneut exportieren.</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Län&amp;ge:</translation>
    </message>
    <message>
        <source>C&amp;haracters:</source>
        <translation>Zei&amp;chen:</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>R&amp;otieren</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Random: %1 bits</source>
        <translation>Zufällig: %1 Bit</translation>
    </message>
    <message>
        <source>Enter the new value, or generate one.</source>
        <translation>Den neuen Wert eingeben oder einen erzeugen.</translation>
    </message>
    <message>
        <source>&amp;Allow a value this secret held before</source>
        <translation>Früher gehaltenen Wert zu&amp;lassen</translation>
    </message>
</context>
<context>
    <name>scopevault::RotationScheduleModel</name>
    <message>
        <source>1 stale bundle</source>
        <translation>1 veraltetes Bundle</translation>
    </message>
    <message>
        <source>%1 stale bundles</source>
        <translation>%1 veraltete Bundles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Agents&apos; copies</source>
        <translation>Kopien der Agenten</translation>
    </message>
</context>
<context>
    <name>scopevault::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation>Rotations-Zeitleiste</translation>
    </message>
    <message>
        <source>No secret has a rotation policy yet. Set one in a secret&apos;s dialog, or on a pack or action with scopevault-cli rotation set.</source>
        <translation>Noch hat kein Geheimnis eine Rotationsrichtlinie. Legen Sie eine im Dialog eines Geheimnisses fest oder für ein Paket oder eine Aktion mit scopevault-cli rotation set.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1 more without a label; the list names them all</source>
        <translation>%1 weitere ohne Beschriftung; die Liste nennt alle</translation>
    </message>
</context>
<context>
    <name>scopevault::RotationView</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All secrets with a policy</source>
        <translation>Alle Geheimnisse mit Richtlinie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Rotation schedule</source>
        <translation>Rotationsplan</translation>
    </message>
    <message>
        <source>No secret has a rotation policy.</source>
        <translation>Kein Geheimnis hat eine Rotationsrichtlinie.</translation>
    </message>
    <message>
        <source>%1 overdue or expired, %2 due soon, %3 in all.</source>
        <translation>%1 überfällig oder abgelaufen, %2 bald fällig, %3 insgesamt.</translation>
    </message>
    <message>
        <source>Rotated %1 to version %2.</source>
        <translation>%1 auf Version %2 rotiert.</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Rotiert</translation>
    </message>
    <message>
        <source>These agents still hold the old value in a bundle that has not expired: %1. Export their bundles again.</source>
        <translation>Diese Agenten halten den alten Wert noch in einem nicht abgelaufenen Bundle: %1. Exportieren Sie ihre Bundles erneut.</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>Go to secre&amp;t</source>
        <translation>&amp;Zum Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>scopevault::ScopeDialog</name>
    <message>
        <source>New pack</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
    <message>
        <source>Edit pack</source>
        <translation>Paket bearbeiten</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. wallet_screening</source>
        <translation>z. B. wallet_screening</translation>
    </message>
    <message>
        <source>e.g. finance</source>
        <translation>z. B. finance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Declared secrets</source>
        <translation>Deklarierte Geheimnisse</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Paket:</translation>
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
        <source>Secrets this action &amp;needs (agents granted it receive them):</source>
        <translation>Geheimnisse, die diese Aktion brau&amp;cht (berechtigte Agenten erhalten sie):</translation>
    </message>
    <message>
        <source>&amp;Add secret</source>
        <translation>Geheimnis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid secret name: letters, digits and _, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Geheimnisname: Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend.</translation>
    </message>
</context>
<context>
    <name>scopevault::ScopeEditor</name>
    <message>
        <source>Created pack %1.</source>
        <translation>Paket %1 angelegt.</translation>
    </message>
    <message>
        <source>Created action %1.</source>
        <translation>Aktion %1 angelegt.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New name of the action (its secrets and grants follow):</source>
        <translation>Neuer Name der Aktion (ihre Geheimnisse und Berechtigungen folgen):</translation>
    </message>
    <message>
        <source>New name of the pack (its actions, secrets and grants follow):</source>
        <translation>Neuer Name des Pakets (seine Aktionen, Geheimnisse und Berechtigungen folgen):</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>It still holds these, which are deleted or revoked with it:
%1</source>
        <translation>Es enthält noch Folgendes, das mit gelöscht oder widerrufen wird:
%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Edit description and secrets…</source>
        <translation>Beschreibung und Geheimnisse bearbeiten…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
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
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>No policy of its own</source>
        <translation>Keine eigene Richtlinie</translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation>Rotieren alle</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotation interval in days</source>
        <translation>Rotationsintervall in Tagen</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation:</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Keine Richtlinie</translation>
    </message>
    <message>
        <source>Inherited: %1</source>
        <translation>Geerbt: %1</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <source>OS keychain (stays on this computer)</source>
        <translation>Schlüsselbund des Systems (bleibt auf diesem Rechner)</translation>
    </message>
    <message>
        <source>A value in the OS keychain does not travel with a copy of the vault file, and its history keeps no older values.</source>
        <translation>Ein Wert im Schlüsselbund des Systems reist nicht mit einer Kopie der Tresordatei, und sein Verlauf behält keine älteren Werte.</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>No OS keychain is available to this window.</source>
        <translation>Diesem Fenster steht kein Schlüsselbund des Systems zur Verfügung.</translation>
    </message>
</context>
<context>
    <name>scopevault::SecretHistoryPanel</name>
    <message>
        <source>Re&amp;veal this version</source>
        <translation>Diese Version an&amp;zeigen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>•••••••• (hidden)</source>
        <translation>•••••••• (verborgen)</translation>
    </message>
    <message>
        <source>Value of the selected version</source>
        <translation>Wert der ausgewählten Version</translation>
    </message>
    <message>
        <source>%1 (from version %2)</source>
        <translation>%1 (aus Version %2)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <translation>%1 — aktuell</translation>
    </message>
    <message>
        <source>%1 — value no longer kept</source>
        <translation>%1 — Wert nicht mehr aufbewahrt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Make a new version of %1 holding the value of version %2? The current value stays in the history.</source>
        <translation>Eine neue Version von %1 mit dem Wert von Version %2 anlegen? Der aktuelle Wert bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Restored version %1 of %2 as version %3.</source>
        <translation>Version %1 von %2 als Version %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Resto&amp;re…</source>
        <translation>Wieder&amp;herstellen…</translation>
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
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherort</translation>
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
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Version %1, value changed %2. %3</source>
        <translation>Version %1, Wert geändert %2. %3</translation>
    </message>
    <message>
        <source>Rotation: %1; due %2 (%3).</source>
        <translation>Rotation: %1; fällig %2 (%3).</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>Agents receive it now and will no longer: %1.</source>
        <translation>Diese Agenten erhalten es jetzt und danach nicht mehr: %1.</translation>
    </message>
    <message>
        <source>New pac&amp;k…</source>
        <translation>Neues Pa&amp;ket…</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Neue Aktion…</translation>
    </message>
    <message>
        <source>This vault is empty. Import a skill-pack folder (Secrets → Import skill packs…), or create a pack and its actions (New pack…, New action…); then add secrets (New secret…).</source>
        <translation>Dieser Tresor ist leer. Importieren Sie einen Skill-Paket-Ordner (Geheimnisse → Skill-Pakete importieren…) oder legen Sie ein Paket und seine Aktionen an (Neues Paket…, Neue Aktion…); dann fügen Sie Geheimnisse hinzu (Neues Geheimnis…).</translation>
    </message>
    <message>
        <source>The value is held in the OS keychain.</source>
        <translation>Der Wert liegt im Schlüsselbund des Systems.</translation>
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
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Wait for the OS keychain, seconds</source>
        <translation>Auf den Schlüsselbund des Systems warten, Sekunden</translation>
    </message>
    <message>
        <source>Wait for the OS &amp;keychain:</source>
        <translation>Auf den Schlüssel&amp;bund warten:</translation>
    </message>
    <message>
        <source>Key &amp;derivation for new vaults:</source>
        <translation>Schlüssel&amp;ableitung für neue Tresore:</translation>
    </message>
    <message>
        <source>A new language and the keychain&apos;s wait apply the next time Scopevault starts.</source>
        <translation>Eine neue Sprache und die Wartezeit für den Schlüsselbund gelten ab dem nächsten Start von Scopevault.</translation>
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
        <source>The demo vault (temporary). Its passphrase is &quot;%1&quot;.</source>
        <translation>Der Demo-Tresor (temporär). Seine Passphrase lautet „%1“.</translation>
    </message>
    <message>
        <source>Sho&amp;w passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keychain)</source>
        <translation>Auf diesem &amp;Rechner merken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Unlock with OS &amp;keychain</source>
        <translation>Mit dem Schlüssel&amp;bund entsperren</translation>
    </message>
    <message>
        <source>Keeps a key in the OS keychain that opens this vault without the passphrase until the vault&apos;s quick unlock lifetime (14 days by default) ends, or the passphrase changes.</source>
        <translation>Legt einen Schlüssel im Schlüsselbund des Systems ab, der diesen Tresor ohne Passphrase öffnet, bis die Schnellentsperrung des Tresors abläuft (standardmäßig 14 Tage) oder die Passphrase sich ändert.</translation>
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
        <source>Cannot create a temporary folder for the demo vault.</source>
        <translation>Kann keinen temporären Ordner für den Demo-Tresor anlegen.</translation>
    </message>
    <message>
        <source>wait until the vault being unlocked is ready</source>
        <translation>warten Sie, bis der Tresor entsperrt ist</translation>
    </message>
    <message>
        <source>Quick unlock was not turned on: %1</source>
        <translation>Die Schnellentsperrung wurde nicht eingeschaltet: %1</translation>
    </message>
</context>
<context>
    <name>scopevault::ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
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
