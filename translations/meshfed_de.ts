<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kubeconfig</name>
    <message>
        <location filename="../model/kube/KubeconfigParser.cpp" line="+74" />
        <source>"%1" must be a mapping</source>
        <translation>„%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../model/plan/PlanFileReader.cpp" line="+140" />
        <source>duplicate key "%1"</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>meshfed::ApplyCommand</name>
    <message>
        <location filename="../gui/cli/ApplyCommand.cpp" line="+61" />
        <source>meshfed apply: warning: %1</source>
        <translation>meshfed apply: Warnung: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Demo: the default plan against the embedded simulator (contexts sim-dc1, sim-dc2).</source>
        <translation>Demo: der Standardplan gegen den eingebetteten Simulator (Kontexte sim-dc1, sim-dc2).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>      waiting for %1 (at most %2 s)</source>
        <translation>      warte auf %1 (höchstens %2 s)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stopped at %1:</source>
        <translation>Angehalten bei %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Dry run: %n step(s) with changes, nothing written.</source>
        <translation>
            <numerusform>Probelauf: %n Schritt mit Änderungen, nichts geschrieben.</numerusform>
            <numerusform>Probelauf: %n Schritte mit Änderungen, nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step %1 is done.</source>
        <translation>Schritt %1 ist erledigt.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Verification did not pass.</source>
        <translation>Überprüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Verification passed in %1 (%2 steps applied, %3 ms).</source>
        <translation>Überprüfung in %1 bestanden (%2 Schritte angewendet, %3 ms).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Runs the federation procedure: checks every step, applies what is missing, reads it back and verifies both datacenters. Safe to re-run: nothing existing is overwritten; secrets are created once and never shown.</source>
        <translation>Führt das Föderationsverfahren aus: prüft jeden Schritt, wendet Fehlendes an, liest es zurück und überprüft beide Datacenter. Kann gefahrlos erneut ausgeführt werden: Vorhandenes wird nie überschrieben; Secrets werden einmal erzeugt und nie angezeigt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the default plan against the embedded simulator.</source>
        <translation>Den Standardplan gegen den eingebetteten Simulator ausführen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check only and list the changes; write nothing.</source>
        <translation>Nur prüfen und die Änderungen auflisten; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run only this step (its dependencies are checked).</source>
        <translation>Nur diesen Schritt ausführen (seine Abhängigkeiten werden geprüft).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With --step: run it even when a dependency is not done.</source>
        <translation>Mit --step: den Schritt auch ausführen, wenn eine Abhängigkeit nicht erledigt ist.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upgrade releases that run with other values without asking (the diff is shown).</source>
        <translation>Releases, die mit anderen Werten laufen, ohne Rückfrage aktualisieren (der Diff wird angezeigt).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read this kubeconfig file only (default: KUBECONFIG, else ~/.kube/config).</source>
        <translation>Nur diese kubeconfig-Datei lesen (Standard: KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the values files given to helm are written.</source>
        <translation>Wohin die an helm übergebenen Values-Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: the release runs with other values:</source>
        <translation>%1: Das Release läuft mit anderen Werten:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not applied: give --yes to apply these changes.</source>
        <translation>Nicht angewendet: --yes angeben, um diese Änderungen anzuwenden.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Set up the plan's Vault and Consul datacenters, step by step (or --demo)</source>
        <translation>Die Vault- und Consul-Datacenter des Plans Schritt für Schritt einrichten (oder --demo)</translation>
    </message>
</context>
<context>
    <name>meshfed::ClusterWatches</name>
    <message>
        <location filename="../services/session/ClusterWatches.cpp" line="+70" />
        <source>%1: no kubeconfig context chosen yet</source>
        <translation>%1: noch kein kubeconfig-Kontext gewählt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not in the kubeconfig</source>
        <translation>nicht in der kubeconfig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: context "%2": %3</source>
        <translation>%1: Kontext „%2“: %3</translation>
    </message>
</context>
<context>
    <name>meshfed::CommandLine</name>
    <message>
        <location filename="../gui/cli/CommandLine.cpp" line="+76" />
        <source>Start on the embedded simulator instead of real clusters.</source>
        <translation>Auf dem eingebauten Simulator statt auf echten Clustern starten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open this plan file.</source>
        <translation>Diese Plandatei öffnen.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Read clusters from this kubeconfig file only.</source>
        <translation>Cluster nur aus dieser kubeconfig-Datei lesen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A command (see above); none starts the window.</source>
        <translation>Ein Befehl (siehe oben); ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>[command [options]]</source>
        <translation>[Befehl [Optionen]]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Federates two Consul datacenters on two Kubernetes clusters through mesh gateways, with Vault as their secrets backend.</source>
        <translation>Föderiert zwei Consul-Rechenzentren auf zwei Kubernetes-Clustern über Mesh-Gateways, mit Vault als Secrets-Backend.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run "meshfed &lt;command&gt; --help" for the options of a command.</source>
        <translation>„meshfed &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>meshfed: unknown command "%1". Run "meshfed --help" for the list of commands.</source>
        <translation>meshfed: unbekannter Befehl „%1“. „meshfed --help“ zeigt die Liste der Befehle.</translation>
    </message>
</context>
<context>
    <name>meshfed::CommandParser</name>
    <message>
        <location line="+56" />
        <source>missing required option --%1</source>
        <translation>Pflichtoption --%1 fehlt</translation>
    </message>
</context>
<context>
    <name>meshfed::ConnectionsPanel</name>
    <message>
        <location filename="../gui/connections/ConnectionsPanel.cpp" line="+48" />
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Token im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kubernetes clusters</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <location line="+4" />
        <source>as kubectl finds it (KUBECONFIG, else ~/.kube/config)</source>
        <translation>wie kubectl sie findet (KUBECONFIG, sonst ~/.kube/config)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kubeconfig file</source>
        <translation>kubeconfig-Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;kubeconfig:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../gui/connections/ConnectionsPanelVault.cpp" line="+135" />
        <source>found after installing Vault; or type it in</source>
        <translation>wird nach der Installation von Vault ermittelt; oder hier eingeben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vault token</source>
        <translation>Vault-Token</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Test Vault</source>
        <translation>Vault &amp;testen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../gui/connections/ConnectionsPanelVault.cpp" line="-108" />
        <source>Type Vault's address to remember a token for it.</source>
        <translation>Geben Sie die Adresse von Vault ein, um ein Token dafür zu merken.</translation>
    </message>
    <message>
        <location filename="../gui/connections/ConnectionsPanel.cpp" line="+59" />
        <source>Kube context of %1</source>
        <translation>kube-Kontext von %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(choose a context)</source>
        <translation>(Kontext wählen)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source> · warning: TLS verification is switched off by this kubeconfig</source>
        <translation> · Warnung: Diese kubeconfig schaltet die TLS-Prüfung ab</translation>
    </message>
    <message>
        <location line="+33" />
        <source>choose a context first</source>
        <translation>wählen Sie zuerst einen Kontext</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../gui/connections/ConnectionsPanelVault.cpp" line="+39" />
        <source>testing…</source>
        <translation>wird getestet …</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Kubernetes %1, but: %2</source>
        <translation>Kubernetes %1, aber: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kubernetes %1 · can list pods in %2</source>
        <translation>Kubernetes %1 · darf Pods in %2 auflisten</translation>
    </message>
    <message>
        <location filename="../gui/connections/ConnectionsPanelVault.cpp" line="-3" />
        <source>type Vault's address, or install Vault first and let Meshfed find it</source>
        <translation>geben Sie die Adresse von Vault ein, oder installieren Sie zuerst Vault und lassen Sie Meshfed sie finden</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Vault %1 at %2, as Test found it</source>
        <translation>Vault %1 unter %2, wie Testen es vorfand</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vault %1 answers, but the token: %2</source>
        <translation>Vault %1 antwortet, aber das Token: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location line="+0" />
        <source>expires in %1 s</source>
        <translation>läuft in %1 s ab</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault %1 · token policies: %2 · %3</source>
        <translation>Vault %1 · Richtlinien des Tokens: %2 · %3</translation>
    </message>
    <message>
        <location line="+44" />
        <source>found by the last run: %1 (Test uses it)</source>
        <translation>vom letzten Lauf gefunden: %1 (Testen verwendet sie)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the Vault to be found</source>
        <translation>das noch zu findende Vault</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The token typed for %1 was not sent to %2: type the token for %2 (or tick Remember once it works).</source>
        <translation>Das für %1 eingegebene Token wurde nicht an %2 gesendet: Geben Sie das Token für %2 ein (oder setzen Sie „Merken“, sobald es funktioniert).</translation>
    </message>
</context>
<context>
    <name>meshfed::ContextsCommand</name>
    <message>
        <location filename="../gui/cli/ContextsCommand.cpp" line="+32" />
        <source>&lt;missing&gt;</source>
        <translation>&lt;fehlt&gt;</translation>
    </message>
    <message>
        <location line="+16" />
        <source>KUBECONFIG names no file</source>
        <translation>KUBECONFIG nennt keine Datei</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no kubeconfig file could be read</source>
        <translation>keine kubeconfig-Datei konnte gelesen werden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no kubeconfig file found</source>
        <translation>keine kubeconfig-Datei gefunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no contexts are defined in %1</source>
        <translation>in %1 sind keine Kontexte definiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>meshfed contexts: %1</source>
        <translation>meshfed contexts: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Lists the contexts of your kubeconfig (merged like kubectl does), with the server and the way each one authenticates.</source>
        <translation>Listet die Kontexte Ihrer kubeconfig (zusammengeführt wie bei kubectl) mit dem Server und der Art, wie sich jeder anmeldet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read this kubeconfig file only (default: KUBECONFIG, else ~/.kube/config).</source>
        <translation>Nur diese kubeconfig-Datei lesen (Standard: KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+15" />
        <source>CURRENT</source>
        <translation>CURRENT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location line="+10" />
        <source>List the kubeconfig contexts with their server and authentication</source>
        <translation>Die kubeconfig-Kontexte mit Server und Anmeldeart auflisten</translation>
    </message>
</context>
<context>
    <name>meshfed::CredentialStore</name>
    <message>
        <location filename="../services/credentials/CredentialStore.cpp" line="+26" />
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No keychain service is available (%1). Secrets will not be remembered and must be entered each time.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1). Geheimnisse werden nicht gespeichert und müssen jedes Mal eingegeben werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Access to the keychain was denied for %1 (%2).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde für %1 verweigert (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The keychain failed for %1: %2</source>
        <translation>Der Schlüsselbund ist für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::DemoSession</name>
    <message>
        <location filename="../gui/app/DemoSession.cpp" line="+55" />
        <source>the simulator's Vault dev server (unsealed, in-process)</source>
        <translation>der Vault-Dev-Server des Simulators (entsiegelt, im Prozess)</translation>
    </message>
</context>
<context>
    <name>meshfed::Diagnoser</name>
    <message>
        <location filename="../model/engine/Diagnosis.cpp" line="+13" />
        <source>%1 Fix: %2 (step %3)</source>
        <translation>%1 Behebung: %2 (Schritt %3)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The PKI role %1 refuses a name the Consul servers ask for.</source>
        <translation>Die PKI-Rolle %1 lehnt einen Namen ab, den die Consul-Server anfordern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>let allowed_domains of %1 cover the server names of the namespace %2</source>
        <translation>allowed_domains von %1 so setzen, dass es die Servernamen des Namespace %2 abdeckt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A certificate was not trusted (x509) in %1.</source>
        <translation>Einem Zertifikat wurde in %1 nicht vertraut (x509).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>configure auth/%1 with the CA of %2's API server</source>
        <translation>auth/%1 mit der CA des API-Servers von %2 konfigurieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consul's ACL bootstrap did not find its token.</source>
        <translation>Der ACL-Bootstrap von Consul hat sein Token nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>give the primary's %1 and %2 roles the %3 policy, and keep createReplicationToken in the primary's values</source>
        <translation>den Rollen %1 und %2 des Primary die Policy %3 zuweisen und createReplicationToken in den Werten des Primary beibehalten</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Vault denied reading %1 in %2.</source>
        <translation>Vault hat das Lesen von %1 in %2 verweigert.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>a path</source>
        <translation>einem Pfad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>add the policy granting that path to the role that reads it</source>
        <translation>die Policy, die diesen Pfad freigibt, der Rolle hinzufügen, die ihn liest</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add the policy %1 to the role that reads %2</source>
        <translation>die Policy %1 der Rolle hinzufügen, die %2 liest</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vault refused the login through auth/%1.</source>
        <translation>Vault hat die Anmeldung über auth/%1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>check the role's bound service account and namespace %1</source>
        <translation>das gebundene Dienstkonto der Rolle und den Namespace %1 prüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>configure auth/%1 with %2's reviewer token and CA, bind the reviewer to system:auth-delegator and let Vault reach %3</source>
        <translation>auth/%1 mit dem Reviewer-Token und der CA von %2 konfigurieren, den Reviewer an system:auth-delegator binden und Vault den Zugriff auf %3 ermöglichen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A Consul pod started without its Vault agent.</source>
        <translation>Ein Consul-Pod wurde ohne seinen Vault-Agent gestartet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>wait for the Vault agent injector, then delete the pod so it is created again</source>
        <translation>auf den Vault-Agent-Injector warten, dann den Pod löschen, damit er neu erstellt wird</translation>
    </message>
</context>
<context>
    <name>meshfed::DialogExecPrompter</name>
    <message>
        <location filename="../gui/connections/DialogExecPrompter.cpp" line="+18" />
        <source>%1 says</source>
        <translation>%1 meldet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 asks</source>
        <translation>%1 fragt</translation>
    </message>
</context>
<context>
    <name>meshfed::ExecCredentialProvider</name>
    <message>
        <location filename="../services/kube/ExecCredentialProvider.cpp" line="+60" />
        <source>exec plugin %1 is configured as interactiveMode Always, but no terminal or window can ask you (standard input is not a terminal).</source>
        <translation>exec-Plugin %1 ist mit interactiveMode Always eingerichtet, aber kein Terminal und kein Fenster kann Sie fragen (die Standardeingabe ist kein Terminal).</translation>
    </message>
    <message>
        <location line="+90" />
        <source>exec plugin %1 could not be started: %2</source>
        <translation>exec-Plugin %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>exec plugin %1 did not finish within %2 s and was stopped.</source>
        <translation>exec-Plugin %1 wurde nicht innerhalb von %2 s fertig und wurde beendet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>exec plugin %1 was cancelled.</source>
        <translation>exec-Plugin %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a crash</source>
        <translation>einen Absturz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>exec plugin %1 failed with exit code %2</source>
        <translation>exec-Plugin %1 ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>exec plugin %1: %2</source>
        <translation>exec-Plugin %1: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::ExecProtocol</name>
    <message>
        <location filename="../services/kube/ExecCredential.cpp" line="+42" />
        <source>the plugin's output is not an ExecCredential JSON object (%1).</source>
        <translation>die Ausgabe des Plugins ist kein ExecCredential-JSON-Objekt (%1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the plugin's output is not an ExecCredential (kind "%1").</source>
        <translation>die Ausgabe des Plugins ist kein ExecCredential (kind „%1“).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the plugin answered with apiVersion "%1", but the kubeconfig asks for "%2".</source>
        <translation>das Plugin antwortete mit apiVersion „%1“, die kubeconfig verlangt aber „%2“.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the plugin's ExecCredential has only one of clientCertificateData and clientKeyData.</source>
        <translation>das ExecCredential des Plugins hat nur eines von clientCertificateData und clientKeyData.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the plugin's ExecCredential has neither a token nor a client certificate.</source>
        <translation>das ExecCredential des Plugins hat weder ein Token noch ein Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the plugin's expirationTimestamp "%1" is not an RFC 3339 time.</source>
        <translation>der expirationTimestamp „%1“ des Plugins ist keine RFC-3339-Zeitangabe.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>exec: executable %1 not found</source>
        <translation>exec: ausführbare Datei %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(searched: %1)</source>
        <translation>(durchsucht: %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It looks like you are trying to use a client-go credential plugin that is not installed. An application started from a desktop launcher may not see the PATH of your login shell.</source>
        <translation>Offenbar soll ein client-go-Credential-Plugin verwendet werden, das nicht installiert ist. Eine über den Desktop gestartete Anwendung sieht den PATH Ihrer Login-Shell womöglich nicht.</translation>
    </message>
</context>
<context>
    <name>meshfed::HelmSteps</name>
    <message>
        <location filename="../services/engine/HelmSteps.cpp" line="+45" />
        <source>%1 cannot be installed: %2 Fix it under Setup → Values files.</source>
        <translation>%1 kann nicht installiert werden: %2 Beheben Sie es unter Einrichtung → Values-Dateien.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was edited, and the plan now generates it differently. Under Setup → Values files, keep the edits or regenerate, then run again.</source>
        <translation>%1 wurde bearbeitet, und der Plan erzeugt die Datei inzwischen anders. Behalten Sie unter Einrichtung → Values-Dateien die Änderungen oder erzeugen Sie die Datei neu, dann erneut ausführen.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1: the values editor's edited file is used</source>
        <translation>%1: die bearbeitete Datei aus dem Values-Editor wird verwendet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>install %1 in %2 once these are known: %3</source>
        <translation>%1 in %2 installieren, sobald Folgendes bekannt ist: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>read release %1 in %2: %3</source>
        <translation>Release %1 in %2 lesen: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>install %1 (chart %2) in %3: %4</source>
        <translation>%1 (Chart %2) in %3 installieren: %4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is deployed with the plan's values (revision %2).</source>
        <translation>%1 ist mit den Werten des Plans bereitgestellt (Revision %2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>upgrade %1 (status %2): %3</source>
        <translation>%1 aktualisieren (Status %2): %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>upgrade %1, which runs with other values (confirmation needed):</source>
        <translation>%1 aktualisieren, das mit anderen Werten läuft (Bestätigung erforderlich):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 exists with other values.</source>
        <translation>%1 existiert mit anderen Werten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The values of %1 are not complete: %2</source>
        <translation>Die Werte von %1 sind unvollständig: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The release runs with other values; the diff is shown and was not confirmed (give --yes, or confirm in the steps panel).</source>
        <translation>Das Release läuft mit anderen Werten; der Diff wird angezeigt und wurde nicht bestätigt (--yes angeben oder im Schrittbereich bestätigen).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>helm --wait for %1 in %2</source>
        <translation>helm --wait für %1 in %2</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+41" />
        <source>wait for the load balancer address of Service %1/%2</source>
        <translation>auf die Load-Balancer-Adresse von Service %1/%2 warten</translation>
    </message>
    <message>
        <location line="-37" />
        <source>Vault's address: %1</source>
        <translation>Adresse von Vault: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>read sys/health</source>
        <translation>sys/health lesen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault at %1 is active.</source>
        <translation>Vault unter %1 ist aktiv.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wait until Vault at %1 answers sys/health as active</source>
        <translation>warten, bis Vault unter %1 auf sys/health als aktiv antwortet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vault's load balancer address and sys/health</source>
        <translation>Load-Balancer-Adresse von Vault und sys/health</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vault did not become reachable and active within %1 s.</source>
        <translation>Vault wurde nicht innerhalb von %1 s erreichbar und aktiv.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+12" />
        <source>The mesh gateway of %1 is at %2.</source>
        <translation>Das Mesh-Gateway von %1 ist unter %2 erreichbar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the load balancer address of %1's mesh gateway</source>
        <translation>die Load-Balancer-Adresse des Mesh-Gateways von %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No mesh gateway address within %1 s.</source>
        <translation>Keine Mesh-Gateway-Adresse innerhalb von %1 s.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The injector pod %1 is Ready.</source>
        <translation>Der Injector-Pod %1 ist Ready.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>wait until an injector pod of %1 is Ready</source>
        <translation>warten, bis ein Injector-Pod von %1 Ready ist</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the Vault agent injector of %1 to be Ready</source>
        <translation>den Vault-Agent-Injector von %1 im Zustand Ready</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The injector of %1 was not Ready within %2 s.</source>
        <translation>Der Injector von %1 war nicht innerhalb von %2 s Ready.</translation>
    </message>
</context>
<context>
    <name>meshfed::HttpMessages</name>
    <message>
        <location filename="../services/http/HttpMessages.cpp" line="+61" />
        <source>%1 failed: the connection was refused. Is the server running, and are address and port right?</source>
        <translation>%1 fehlgeschlagen: Die Verbindung wurde abgelehnt. Läuft der Server, und stimmen Adresse und Port?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 failed: the host name could not be resolved.</source>
        <translation>%1 fehlgeschlagen: Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 failed: the server closed the connection before answering.</source>
        <translation>%1 fehlgeschlagen: Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 failed: the network is not available.</source>
        <translation>%1 fehlgeschlagen: Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 failed: the proxy could not be used.</source>
        <translation>%1 fehlgeschlagen: Der Proxy konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 failed: the address must start with http:// or https://.</source>
        <translation>%1 fehlgeschlagen: Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 failed: network error %2.</source>
        <translation>%1 fehlgeschlagen: Netzwerkfehler %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 timed out after %2 s without an answer.</source>
        <translation>%1 hat nach %2 s ohne Antwort das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The certificate is not valid for this host name.</source>
        <translation>Das Zertifikat ist für diesen Hostnamen nicht gültig.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate was issued by an unknown authority: give the CA certificate that signed it.</source>
        <translation>Das Zertifikat stammt von einer unbekannten Zertifizierungsstelle: Geben Sie das CA-Zertifikat an, das es signiert hat.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 failed: the server's certificate was not accepted (%2).</source>
        <translation>%1 fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 was redirected to another server (%2). The redirect was not followed, so that credentials are never sent there.</source>
        <translation>%1 wurde auf einen anderen Server umgeleitet (%2). Der Umleitung wurde nicht gefolgt, damit Zugangsdaten nie dorthin gesendet werden.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 answered with a redirect (HTTP %2) to %3, which was not followed.</source>
        <translation>%1 antwortete mit einer Umleitung (HTTP %2) auf %3, der nicht gefolgt wurde.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 failed: the response is larger than the limit of %2 bytes.</source>
        <translation>%1 fehlgeschlagen: Die Antwort ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>TLS certificate verification is switched off for %1: the connection is not protected against impostors.</source>
        <translation>Die TLS-Zertifikatsprüfung ist für %1 abgeschaltet: Die Verbindung ist nicht gegen Betrüger geschützt.</translation>
    </message>
</context>
<context>
    <name>meshfed::KubeCalls</name>
    <message>
        <location filename="../services/engine/KubeCalls.cpp" line="+20" />
        <source>No Kubernetes connection for %1 (check its context in the kubeconfig).</source>
        <translation>Keine Kubernetes-Verbindung für %1 (den Kontext in der kubeconfig prüfen).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>read %1 in %2</source>
        <translation>%1 in %2 lesen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>create %1 %2 in %3</source>
        <translation>%1 %2 in %3 erstellen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>delete %1 in %2</source>
        <translation>%1 in %2 löschen</translation>
    </message>
    <message>
        <location line="+16" />
        <source>list pods %1 in %2</source>
        <translation>Pods %1 in %2 auflisten</translation>
    </message>
    <message>
        <location line="+31" />
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>wait for %1 (at most %2 s)</source>
        <translation>auf %1 warten (höchstens %2 s)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: after %2 ms</source>
        <translation>%1: nach %2 ms</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: gave up after %2 ms</source>
        <translation>%1: nach %2 ms aufgegeben</translation>
    </message>
</context>
<context>
    <name>meshfed::KubeClient</name>
    <message>
        <location filename="../services/kube/KubeCalls.cpp" line="+120" />
        <source>the token controller did not fill in the token within %1 s. Does the service account exist?</source>
        <translation>der Token-Controller hat das Token nicht innerhalb von %1 s eingetragen. Existiert das Dienstkonto?</translation>
    </message>
</context>
<context>
    <name>meshfed::KubeErrors</name>
    <message>
        <location filename="../services/kube/KubeErrors.cpp" line="+17" />
        <source>The credentials were refused: the token may have expired, or the certificate is not accepted by this cluster.</source>
        <translation>Die Zugangsdaten wurden abgelehnt: Das Token ist womöglich abgelaufen, oder der Cluster akzeptiert das Zertifikat nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The user of this context lacks the permission for this call.</source>
        <translation>Dem Benutzer dieses Kontexts fehlt die Berechtigung für diesen Aufruf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The requested resource version is too old; list again.</source>
        <translation>Die angeforderte Ressourcenversion ist zu alt; neu auflisten.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Cluster "%1": %2 failed: %3 (%4, HTTP %5).</source>
        <translation>Cluster „%1“: %2 fehlgeschlagen: %3 (%4, HTTP %5).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cluster "%1": %2</source>
        <translation>Cluster „%1“: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cluster "%1": no credentials for %2: %3</source>
        <translation>Cluster „%1“: keine Zugangsdaten für %2: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cluster "%1": %2 gave an unexpected answer: %3</source>
        <translation>Cluster „%1“: %2 lieferte eine unerwartete Antwort: %3</translation>
    </message>
</context>
<context>
    <name>meshfed::KubePodDetailsSource</name>
    <message>
        <location filename="../services/kube/KubePodDetailsSource.cpp" line="+49" />
        <source>No cluster is connected for %1.</source>
        <translation>Für %1 ist kein Cluster verbunden.</translation>
    </message>
</context>
<context>
    <name>meshfed::Kubeconfig</name>
    <message>
        <location filename="../model/kube/Kubeconfig.cpp" line="+46" />
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>context "%1": </source>
        <translation>Kontext „%1“: </translation>
    </message>
    <message>
        <location line="+47" />
        <source>no kubeconfig file found (looked for %1)</source>
        <translation>keine kubeconfig-Datei gefunden (gesucht: %1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the kubeconfig file does not exist</source>
        <translation>die kubeconfig-Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot read the kubeconfig file: %1</source>
        <translation>die kubeconfig-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/kube/KubeconfigParser.cpp" line="-43" />
        <source>"%1" must be a single value</source>
        <translation>„%1“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"%1" must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"%1" is not valid base64</source>
        <translation>„%1“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+73" />
        <source>not a kubeconfig: expected a mapping at the top level</source>
        <translation>keine kubeconfig: auf oberster Ebene wird eine Zuordnung erwartet</translation>
    </message>
    <message>
        <location line="+20" />
        <source>each entry of "%1" must be a mapping</source>
        <translation>jeder Eintrag von „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>duplicate name "%1" in "%2"</source>
        <translation>doppelter Name „%1“ in „%2“</translation>
    </message>
    <message>
        <location line="+45" />
        <source>exec args must be single values</source>
        <translation>exec-Argumente müssen einzelne Werte sein</translation>
    </message>
    <message>
        <location line="+5" />
        <source>exec env entries must have a name and a value</source>
        <translation>exec-Umgebungseinträge brauchen einen Namen und einen Wert</translation>
    </message>
    <message>
        <location filename="../model/kube/KubeconfigValidation.cpp" line="+68" />
        <source>user was not specified</source>
        <translation>kein Benutzer angegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>user "%1" was not found</source>
        <translation>Benutzer „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cluster was not specified</source>
        <translation>kein Cluster angegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cluster "%1" was not found</source>
        <translation>Cluster „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>namespace "%1" does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>Namespace „%1“ entspricht nicht den DNS_LABEL-Regeln von Kubernetes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no server found for cluster "%1"</source>
        <translation>für Cluster „%1“ ist kein Server angegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+5" />
        <source>certificate-authority-data and certificate-authority are both specified for cluster "%1"</source>
        <translation>für Cluster „%1“ sind certificate-authority-data und certificate-authority beide angegeben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unable to read certificate-authority %1: %2</source>
        <translation>certificate-authority %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>eine Stammzertifikatsdatei zusammen mit insecure-skip-tls-verify ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>invalid proxy-url "%1": Meshfed supports http:// and socks5:// proxies with a host</source>
        <translation>ungültige proxy-url „%1“: Meshfed unterstützt http://- und socks5://-Proxys mit Host</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unable to read %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>auth-provider cannot be combined with an exec plugin</source>
        <translation>auth-provider kann nicht mit einem exec-Plugin kombiniert werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>user "%1" uses the auth-provider "%2", which kubectl no longer supports; use an exec credential plugin instead (for example gke-gcloud-auth-plugin or kubelogin)</source>
        <translation>Benutzer „%1“ verwendet den auth-provider „%2“, den kubectl nicht mehr unterstützt; verwenden Sie stattdessen ein exec-Credential-Plugin (zum Beispiel gke-gcloud-auth-plugin oder kubelogin)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>more than one authentication method found for user "%1"; found [token basicAuth], only one is allowed</source>
        <translation>für Benutzer „%1“ wurde mehr als eine Anmeldemethode gefunden ([token basicAuth]); nur eine ist erlaubt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>client-certificate-data and client-certificate are both specified</source>
        <translation>client-certificate-data und client-certificate sind beide angegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>client-key-data and client-key are both specified</source>
        <translation>client-key-data und client-key sind beide angegeben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>client-key-data or client-key must be specified to use a client certificate</source>
        <translation>für ein Client-Zertifikat muss client-key-data oder client-key angegeben sein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>client-certificate-data or client-certificate must be specified to use a client key</source>
        <translation>für einen Client-Schlüssel muss client-certificate-data oder client-certificate angegeben sein</translation>
    </message>
    <message>
        <location line="+8" />
        <source>command must be specified to use an exec authentication plugin</source>
        <translation>für ein exec-Anmelde-Plugin muss command angegeben sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>apiVersion must be specified to use an exec authentication plugin</source>
        <translation>für ein exec-Anmelde-Plugin muss apiVersion angegeben sein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>exec plugin: invalid apiVersion "%1" (use %2 or %3)</source>
        <translation>exec-Plugin: ungültige apiVersion „%1“ (verwenden Sie %2 oder %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>env variable name must be specified</source>
        <translation>der Name der Umgebungsvariablen muss angegeben sein</translation>
    </message>
    <message>
        <location line="+4" />
        <source>interactiveMode must be specified for %1</source>
        <translation>für %1 muss interactiveMode angegeben sein</translation>
    </message>
    <message>
        <location line="+3" />
        <source>invalid interactiveMode "%1" (Never, IfAvailable or Always)</source>
        <translation>ungültiger interactiveMode „%1“ (Never, IfAvailable oder Always)</translation>
    </message>
    <message>
        <location line="+41" />
        <source>the token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unable to read tokenFile %1: %2</source>
        <translation>tokenFile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>no context chosen</source>
        <translation>kein Kontext gewählt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>context was not found for specified context: %1</source>
        <translation>der angegebene Kontext wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>plain http:// server: credentials and TLS settings are not used</source>
        <translation>unverschlüsselter http://-Server: Zugangsdaten und TLS-Einstellungen werden nicht verwendet</translation>
    </message>
</context>
<context>
    <name>meshfed::MainWindow</name>
    <message>
        <location filename="../gui/app/MainWindow.cpp" line="+40" />
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reconnecting (%1)</source>
        <translation>verbindet neu (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Setup</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+15" />
        <source>untitled plan</source>
        <translation>unbenannter Plan</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Meshfed setup</source>
        <translation>Meshfed-Einrichtung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run stopped: %1</source>
        <translation>Lauf angehalten: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>Ansich&amp;t</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Pods</source>
        <translation>&amp;Pods</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pod details</source>
        <translation>Pod-Details</translation>
    </message>
    <message>
        <location line="+39" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8" />
        <source>S&amp;etup</source>
        <translation>E&amp;inrichtung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Meshfed</source>
        <translation>&amp;Über Meshfed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>About Meshfed</source>
        <translation>Über Meshfed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;p&gt;&lt;b&gt;Meshfed %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Federates two Consul datacenters on two Kubernetes clusters through mesh gateways, with Vault as their secrets backend.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Meshfed %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Föderiert zwei Consul-Rechenzentren auf zwei Kubernetes-Clustern über Mesh-Gateways, mit Vault als Secrets-Backend.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="+88" />
        <source>No kubeconfig with a context was found: showing the simulator (demo mode).</source>
        <translation>Keine kubeconfig mit Kontext gefunden: der Simulator wird gezeigt (Demo-Modus).</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanCommands</name>
    <message>
        <location filename="../gui/cli/PlanCommands.cpp" line="+41" />
        <source>--api-url %1: expected SECONDARY=URL with a secondary datacenter of the plan</source>
        <translation>--api-url %1: erwartet wird SEKUNDÄR=URL mit einem sekundären Rechenzentrum des Plans</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 was not written: it needs</source>
        <translation>%1 wurde nicht geschrieben: es fehlt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2): %3, or give %4</source>
        <translation>%1 (%2): %3, oder geben Sie %4 an</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write a commented starter plan with the documented defaults</source>
        <translation>Einen kommentierten Startplan mit den dokumentierten Vorgaben schreiben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the values files, Vault policies and setup.sh transcript of a plan</source>
        <translation>Die Values-Dateien, Vault-Richtlinien und das setup.sh-Skript eines Plans schreiben</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writes a commented starter plan: dc1 (primary) and dc2 (secondary) with the documented names, paths and chart versions.</source>
        <translation>Schreibt einen kommentierten Startplan: dc1 (primär) und dc2 (sekundär) mit den dokumentierten Namen, Pfaden und Chart-Versionen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan file to write.</source>
        <translation>Die zu schreibende Plandatei.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+31" />
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location line="-30" />
        <source>kubeconfig context of the primary datacenter's cluster.</source>
        <translation>kubeconfig-Kontext des Clusters des primären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kubeconfig context of the secondary datacenter's cluster.</source>
        <translation>kubeconfig-Kontext des Clusters des sekundären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace the plan file if it exists.</source>
        <translation>Die Plandatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 exists; not replaced (use --force to replace it)</source>
        <translation>%1 existiert; nicht ersetzt (mit --force ersetzen)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Writes vault-&lt;dc&gt;.yaml and consul-&lt;dc&gt;.yaml for every datacenter, policies/*.hcl and setup.sh. Run-time values the plan does not hold yet can be given as options.</source>
        <translation>Schreibt vault-&lt;dc&gt;.yaml und consul-&lt;dc&gt;.yaml für jedes Rechenzentrum, policies/*.hcl und setup.sh. Laufzeitwerte, die der Plan noch nicht enthält, können als Optionen angegeben werden.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder to write into (created when missing).</source>
        <translation>Der Zielordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vault's external URL, e.g. http://203.0.113.10:8200.</source>
        <translation>Die externe URL von Vault, z. B. http://203.0.113.10:8200.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The secondary's API server URL as reachable from Vault.</source>
        <translation>Die URL des API-Servers des sekundären Rechenzentrums, wie Vault sie erreicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API server URL of any secondary datacenter.</source>
        <translation>API-Server-URL eines beliebigen sekundären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DC=URL</source>
        <translation>DC=URL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The primary's mesh gateway address.</source>
        <translation>Die Adresse des Mesh-Gateways des primären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace files that exist in the folder.</source>
        <translation>Vorhandene Dateien im Ordner ersetzen.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 exists in %2; nothing was written (use --force to replace)</source>
        <translation>%1 existiert in %2; nichts wurde geschrieben (mit --force ersetzen)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanExport</name>
    <message>
        <location filename="../model/plan/PlanExport.cpp" line="+29" />
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanExporter</name>
    <message>
        <location filename="../gui/app/PlanExporter.cpp" line="+26" />
        <source>Export the values files, policies and setup.sh</source>
        <translation>Values-Dateien, Richtlinien und setup.sh exportieren</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already holds %2. Replace them?</source>
        <translation>%1 enthält bereits %2. Ersetzen?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export incomplete</source>
        <translation>Export unvollständig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not exported yet, because values found at run time are missing: %1. setup.sh writes them itself once it has found those values.</source>
        <translation>Noch nicht exportiert, weil zur Laufzeit ermittelte Werte fehlen: %1. setup.sh schreibt sie selbst, sobald es diese Werte gefunden hat.</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanFile</name>
    <message>
        <location filename="../model/plan/PlanFileReader.cpp" line="-114" />
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+75" />
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="-73" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+37" />
        <source>a text value</source>
        <translation>ein Textwert</translation>
    </message>
    <message>
        <location line="-11" />
        <source>%1 must be a map, found %2</source>
        <translation>%1 muss eine Zuordnung sein, gefunden: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+43" />
        <source>unknown key "%1" in %2</source>
        <translation>unbekannter Schlüssel „%1“ in %2</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 must be %2, found %3</source>
        <translation>%1 muss %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the plan</source>
        <translation>dem Plan</translation>
    </message>
    <message>
        <location line="+111" />
        <source>apiVersion must be %1, found "%2"</source>
        <translation>apiVersion muss %1 sein, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>kind must be %1, found "%2"</source>
        <translation>kind muss %1 sein, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+14" />
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot read the plan: %1</source>
        <translation>der Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/plan/PlanFileWriter.cpp" line="+117" />
        <location line="+5" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanFileActions</name>
    <message>
        <location filename="../gui/app/PlanFileActions.cpp" line="+19" />
        <source>Meshfed plans (*.yaml *.yml);;All files (*)</source>
        <translation>Meshfed-Pläne (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save plan &amp;as…</source>
        <translation>Plan speichern &amp;unter …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open a plan</source>
        <translation>Einen Plan öffnen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unsaved plan</source>
        <translation>Ungespeicherter Plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The plan has unsaved changes. Save them?</source>
        <translation>Der Plan hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The plan was not opened</source>
        <translation>Der Plan wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+14" />
        <source>The plan was not saved</source>
        <translation>Der Plan wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanForm</name>
    <message>
        <location filename="../gui/plan/PlanForm.cpp" line="+80" />
        <source>&amp;Datacenters</source>
        <translation>&amp;Rechenzentren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Consul</source>
        <translation>&amp;Consul</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Advanced names and paths</source>
        <translation>&amp;Erweiterte Namen und Pfade</translation>
    </message>
    <message>
        <location line="+55" />
        <source>&lt;b&gt;Primary datacenter&lt;/b&gt; (runs the Vault server)</source>
        <translation>&lt;b&gt;Primäres Rechenzentrum&lt;/b&gt; (betreibt den Vault-Server)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Secondary datacenter %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sekundäres Rechenzentrum %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Datacenter name</source>
        <translation>Name des Rechenzentrums</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kube context</source>
        <translation>kube-Kontext</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mesh gateway address</source>
        <translation>Adresse des Mesh-Gateways</translation>
    </message>
    <message>
        <location line="+3" />
        <source>API server URL (as Vault reaches it)</source>
        <translation>API-Server-URL (wie Vault sie erreicht)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consul servers</source>
        <translation>Consul-Server</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove datacenter %1</source>
        <translation>Rechenzentrum %1 entfernen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add a secondary datacenter</source>
        <translation>Ein sekundäres Rechenzentrum hinzufügen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Vault address</source>
        <translation>Vault-Adresse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vault chart version</source>
        <translation>Version des Vault-Charts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KV version 2 mount</source>
        <translation>KV-Version-2-Mount</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PKI mount</source>
        <translation>PKI-Mount</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connect CA root path</source>
        <translation>Connect-CA-Stammpfad</translation>
    </message>
    <message>
        <location line="+8" />
        <source>global.name</source>
        <translation>global.name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consul chart version</source>
        <translation>Version des Consul-Charts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Helm repository</source>
        <translation>Helm-Repository</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Gossip policy</source>
        <translation>Gossip-Richtlinie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bootstrap token policy</source>
        <translation>Richtlinie des Bootstrap-Tokens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replication token policy</source>
        <translation>Richtlinie des Replikations-Tokens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA policy</source>
        <translation>CA-Richtlinie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server role</source>
        <translation>Server-Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client role</source>
        <translation>Client-Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ACL init role</source>
        <translation>ACL-Init-Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA role</source>
        <translation>CA-Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role token TTL</source>
        <translation>Gültigkeit der Rollen-Token</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Vault release</source>
        <translation>Vault-Release</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consul release</source>
        <translation>Consul-Release</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault auth mount</source>
        <translation>Vault-Auth-Mount</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PKI role</source>
        <translation>PKI-Rolle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect CA intermediate path</source>
        <translation>Connect-CA-Zwischenpfad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Token reviewer service account</source>
        <translation>Dienstkonto des Token-Prüfers</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanValidator</name>
    <message>
        <location filename="../model/plan/PlanRules.cpp" line="+28" />
        <location line="+12" />
        <location line="+29" />
        <location filename="../model/plan/PlanValidator.cpp" line="+110" />
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-39" />
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must consist of lower-case letters, digits and '-', and start and end with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und „-“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location line="+10" />
        <source>is longer than 253 characters</source>
        <translation>ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern, „-“ und „.“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>is longer than 53 characters (Helm's limit for release names)</source>
        <translation>ist länger als 53 Zeichen (Helms Grenze für Release-Namen)</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (it appears in the servers' certificate names, server.&lt;datacenter&gt;.&lt;domain&gt;)</source>
        <translation> (er erscheint in den Zertifikatsnamen der Server, server.&lt;Rechenzentrum&gt;.&lt;Domain&gt;)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must not start with '/'</source>
        <translation>darf nicht mit „/“ beginnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be path segments of letters, digits, '_', '-' and '.', separated by '/'</source>
        <translation>muss aus Pfadteilen aus Buchstaben, Ziffern, „_“, „-“ und „.“ bestehen, getrennt durch „/“</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is written without the auth/ prefix; Meshfed adds it where the chart expects it (injector.authPath) and leaves it out where it must not be (connectCA.authMethodPath)</source>
        <translation>wird ohne das Präfix auth/ geschrieben; Meshfed ergänzt es, wo das Chart es erwartet (injector.authPath), und lässt es weg, wo es nicht stehen darf (connectCA.authMethodPath)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>is written without data/: Meshfed adds the KV version 2 data/ infix where it is needed</source>
        <translation>wird ohne data/ geschrieben: Meshfed ergänzt den KV-Version-2-Zwischenteil data/, wo er nötig ist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must name a secret, not a folder (no trailing '/')</source>
        <translation>muss ein Geheimnis benennen, keinen Ordner (kein „/“ am Ende)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be a non-empty key of letters, digits, '_', '-' and '.'</source>
        <translation>muss ein nicht leerer Schlüssel aus Buchstaben, Ziffern, „_“, „-“ und „.“ sein</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be lower-case letters, digits, '_', '-' and '.', starting with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern, „_“, „-“ und „.“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a duration such as 24h, 30m or 87600h</source>
        <translation>muss eine Dauer wie 24h, 30m oder 87600h sein</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a URL such as https://host:port</source>
        <translation>muss eine URL wie https://host:port sein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be a URL such as http://host:port or https://host:port</source>
        <translation>muss eine URL wie http://host:port oder https://host:port sein</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must start with https://</source>
        <translation>muss mit https:// beginnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must start with http:// or https://</source>
        <translation>muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must not contain a user name, query or fragment</source>
        <translation>darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must not have a path</source>
        <translation>darf keinen Pfad haben</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a host name or IP address, optionally followed by :port</source>
        <translation>muss ein Hostname oder eine IP-Adresse sein, optional gefolgt von :Port</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has an invalid port</source>
        <translation>hat einen ungültigen Port</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be a chart version such as 2.0.3</source>
        <translation>muss eine Chart-Version wie 2.0.3 sein</translation>
    </message>
    <message>
        <location filename="../model/plan/PlanValidator.cpp" line="-73" />
        <source>"%1" is already used by %2: each datacenter needs its own %3</source>
        <translation>„%1“ wird bereits von %2 verwendet: Jedes Rechenzentrum braucht eine eigene Angabe (%3)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Meshfed's values were checked against consul chart 2.0.x; %1 may need other keys</source>
        <translation>Meshfeds Values wurden mit dem Consul-Chart 2.0.x geprüft; %1 braucht womöglich andere Schlüssel</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Meshfed's values were checked against vault chart 0.34.x; %1 may need other keys</source>
        <translation>Meshfeds Values wurden mit dem Vault-Chart 0.34.x geprüft; %1 braucht womöglich andere Schlüssel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not known yet: found after installing Vault in %1, or type it in</source>
        <translation>noch nicht bekannt: wird nach der Installation von Vault in %1 ermittelt, oder geben Sie sie ein</translation>
    </message>
    <message>
        <location line="+14" />
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+17" />
        <source>is ignored for the primary datacenter: Vault runs there and reviews tokens in-cluster</source>
        <translation>wird für das primäre Rechenzentrum ignoriert: Vault läuft dort und prüft Token im Cluster</translation>
    </message>
    <message>
        <location line="+10" />
        <source>not known yet: taken from the kubeconfig of %1's context, or type in the URL that Vault and the primary's Consul servers reach</source>
        <translation>noch nicht bekannt: wird aus der kubeconfig des Kontexts von %1 übernommen, oder geben Sie die URL ein, die Vault und die Consul-Server des primären Rechenzentrums erreichen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>points to this workstation (%1): Vault and the primary's Consul servers cannot reach it from their pods unless the cluster is simulated</source>
        <translation>zeigt auf diesen Arbeitsplatz (%1): Vault und die Consul-Server des primären Rechenzentrums erreichen ihn aus ihren Pods nicht, außer der Cluster ist simuliert</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is ignored for a secondary datacenter: secondaries dial the primary's mesh gateway</source>
        <translation>wird für ein sekundäres Rechenzentrum ignoriert: Sekundäre verbinden sich mit dem Mesh-Gateway des primären</translation>
    </message>
    <message>
        <location line="+9" />
        <source>choose the kubeconfig context of %1's cluster</source>
        <translation>wählen Sie den kubeconfig-Kontext des Clusters von %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be outside the Connect CA root path %1: Consul mounts both</source>
        <translation>muss außerhalb des Connect-CA-Stammpfads %1 liegen: Consul hängt beide ein</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be between 1 and 99, not %1</source>
        <translation>muss zwischen 1 und 99 liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>datacenter name</source>
        <translation>Rechenzentrumsnamen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cluster (kube context)</source>
        <translation>Cluster (kube-Kontext)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vault auth mount</source>
        <translation>Vault-Auth-Mount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PKI role</source>
        <translation>PKI-Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect CA intermediate path</source>
        <translation>Connect-CA-Zwischenpfad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>certificate policy</source>
        <translation>Zertifikatsrichtlinie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect CA policy</source>
        <translation>Connect-CA-Richtlinie</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>WAN federation needs a primary datacenter and at least one secondary, found %n datacenter(s)</source>
        <translation>
            <numerusform>WAN-Föderation braucht ein primäres und mindestens ein sekundäres Rechenzentrum, gefunden: %n Rechenzentrum</numerusform>
            <numerusform>WAN-Föderation braucht ein primäres und mindestens ein sekundäres Rechenzentrum, gefunden: %n Rechenzentren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+2" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::PodDetailsView</name>
    <message>
        <location filename="../gui/pods/PodDetailsView.cpp" line="+45" />
        <source>Select a pod in the topology or a pod table.</source>
        <translation>Wählen Sie einen Pod in der Topologie oder in einer Pod-Tabelle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>tail </source>
        <translation>letzte </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Log of</source>
        <translation>Log von</translation>
    </message>
    <message>
        <location line="+71" />
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 on %3 · %4 · READY %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2 auf %3 · %4 · READY %5</translation>
    </message>
    <message>
        <location line="+20" />
        <source>last %1 (%2)</source>
        <translation>zuletzt %1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5" />
        <source>sidecar</source>
        <translation>Sidecar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>init</source>
        <translation>Init</translation>
    </message>
    <message>
        <location line="+2" />
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+43" />
        <source>(no log lines yet)</source>
        <translation>(noch keine Log-Zeilen)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Could not read the details: %1</source>
        <translation>Die Details konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>meshfed::PodModel</name>
    <message>
        <location filename="../model/kube/PodModel.cpp" line="+249" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, exit code %1</source>
        <translation>, Exit-Code %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, restarts: %1</source>
        <translation>, Neustarts: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>init </source>
        <translation>Init </translation>
    </message>
    <message>
        <location line="+46" />
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <location line="+2" />
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>RESTARTS</source>
        <translation>RESTARTS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
</context>
<context>
    <name>meshfed::PodTableView</name>
    <message>
        <location filename="../gui/pods/PodTableView.cpp" line="+29" />
        <source>Filter by name, namespace, status, node or label</source>
        <translation>Nach Name, Namespace, Status, Knoten oder Label filtern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All pods</source>
        <translation>Alle Pods</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Starting</source>
        <translation>Startend</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not healthy</source>
        <translation>Nicht gesund</translation>
    </message>
</context>
<context>
    <name>meshfed::PodWatcher</name>
    <message>
        <location filename="../services/kube/PodWatcher.cpp" line="+140" />
        <source>The watch's resource version expired; listing the pods again.</source>
        <translation>Die Ressourcenversion der Beobachtung ist abgelaufen; die Pods werden neu aufgelistet.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>the server ended the watch at once without an event.</source>
        <translation>der Server hat die Beobachtung sofort ohne Ereignis beendet.</translation>
    </message>
</context>
<context>
    <name>meshfed::PodsCommand</name>
    <message>
        <location filename="../gui/cli/PodsCommand.cpp" line="+78" />
        <source>meshfed pods: no context chosen: pass --context or set current-context.</source>
        <translation>meshfed pods: kein Kontext gewählt: --context angeben oder current-context setzen.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Lists the pods of a kubeconfig context like kubectl get pods.</source>
        <translation>Listet die Pods eines kubeconfig-Kontexts wie kubectl get pods.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kubeconfig context (default: current-context).</source>
        <translation>Der kubeconfig-Kontext (Standard: current-context).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The namespace (default: the context's, else default).</source>
        <translation>Der Namespace (Standard: der des Kontexts, sonst default).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pods of every namespace.</source>
        <translation>Pods aller Namespaces.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label selector, e.g. app=consul.</source>
        <translation>Label-Selektor, z. B. app=consul.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SELECTOR</source>
        <translation>SELEKTOR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read this kubeconfig file only (default: KUBECONFIG, else ~/.kube/config).</source>
        <translation>Nur diese kubeconfig-Datei lesen (Standard: KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After listing, print changed pods until interrupted.</source>
        <translation>Nach dem Auflisten geänderte Pods ausgeben, bis unterbrochen wird.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>meshfed pods: -n and -A cannot be combined.</source>
        <translation>meshfed pods: -n und -A können nicht kombiniert werden.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+6" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No resources found</source>
        <translation>No resources found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No resources found in %1 namespace.</source>
        <translation>No resources found in %1 namespace.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>List the pods of a kubeconfig context like kubectl get pods (-w to watch)</source>
        <translation>Die Pods eines kubeconfig-Kontexts wie kubectl get pods auflisten (-w zum Beobachten)</translation>
    </message>
</context>
<context>
    <name>meshfed::PreflightStep</name>
    <message>
        <location filename="../services/engine/PreflightStep.cpp" line="+47" />
        <source>Consul runs in %1; its pods are checked by verify/%1.</source>
        <translation>Consul läuft in %1; seine Pods werden von verify/%1 geprüft.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>create ServiceAccount %1/%2 and a short-lived token for it (temporary)</source>
        <translation>ServiceAccount %1/%2 und ein kurzlebiges Token dafür erstellen (temporär)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>write auth/%1/role/%2 with the policies of %3, log in, read what %3's pods read (temporary)</source>
        <translation>auth/%1/role/%2 mit den Policies von %3 schreiben, anmelden, lesen, was die Pods von %3 lesen (temporär)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>issue a test certificate from %1</source>
        <translation>ein Testzertifikat von %1 ausstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>delete the temporary roles and the service account</source>
        <translation>die temporären Rollen und das Dienstkonto löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Vault refused the login through auth/%1 (%2). Fix: check the auth method's kubernetes_host and Vault's own binding to system:auth-delegator (step %3).</source>
        <translation>Vault hat die Anmeldung über auth/%1 abgelehnt (%2). Behebung: kubernetes_host der Auth-Methode und die eigene Bindung von Vault an system:auth-delegator prüfen (Schritt %3).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>auth/%1 is configured without %2's reviewer JWT and CA, so Vault reviews %2's tokens with its own cluster's token and CA and every login fails with 403. Fix: step %3 (token_reviewer_jwt, kubernetes_ca_cert, disable_local_ca_jwt=true).</source>
        <translation>auth/%1 ist ohne Reviewer-JWT und CA von %2 konfiguriert, daher prüft Vault die Tokens von %2 mit Token und CA seines eigenen Clusters, und jede Anmeldung schlägt mit 403 fehl. Behebung: Schritt %3 (token_reviewer_jwt, kubernetes_ca_cert, disable_local_ca_jwt=true).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>review a token as %1 in %2</source>
        <translation>ein Token als %1 in %2 prüfen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The reviewer %1 of %2 may not review tokens: it lacks system:auth-delegator. Fix: step %3.</source>
        <translation>Der Reviewer %1 von %2 darf keine Tokens prüfen: Ihm fehlt system:auth-delegator. Behebung: Schritt %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Vault refused the login through auth/%1 (%2): Vault cannot reach %3's API server at %4, or the CA it was given is wrong. Fix: open the network path from Vault's pod to that address, then re-run step %5.</source>
        <translation>Vault hat die Anmeldung über auth/%1 abgelehnt (%2): Vault erreicht den API-Server von %3 unter %4 nicht, oder die übergebene CA ist falsch. Behebung: den Netzwerkpfad vom Vault-Pod zu dieser Adresse öffnen und dann Schritt %5 erneut ausführen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>read auth/%1/role/%2</source>
        <translation>auth/%1/role/%2 lesen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The role %1 of auth/%2 is missing. Fix: step %3.</source>
        <translation>Die Rolle %1 von auth/%2 fehlt. Behebung: Schritt %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>write auth/%1/role/%2 (temporary)</source>
        <translation>auth/%1/role/%2 schreiben (temporär)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>log in through auth/%1 as %2</source>
        <translation>über auth/%1 als %2 anmelden</translation>
    </message>
    <message>
        <location line="+16" />
        <source>read %1 as %2</source>
        <translation>%1 als %2 lesen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The role %1 of %2 (policies %3) cannot read %4, which its pods read. Fix: add the policy %5 to the role (step %6).</source>
        <translation>Die Rolle %1 von %2 (Policies %3) kann %4 nicht lesen, das ihre Pods lesen. Behebung: die Policy %5 der Rolle hinzufügen (Schritt %6).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 holds no %2. Fix: step secrets.</source>
        <translation>%1 enthält kein %2. Behebung: Schritt secrets.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>write %1 as %2 (test certificate)</source>
        <translation>%1 als %2 schreiben (Testzertifikat)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The role %1 of %2 may not issue from %3. Fix: add the policy %4 (step %5).</source>
        <translation>Die Rolle %1 von %2 darf nicht aus %3 ausstellen. Behebung: die Policy %4 hinzufügen (Schritt %5).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The PKI role %1 refuses the names of %2's Consul servers (%3). Fix: let its allowed_domains cover %4 (step %5).</source>
        <translation>Die PKI-Rolle %1 lehnt die Namen der Consul-Server von %2 ab (%3). Behebung: allowed_domains so setzen, dass es %4 abdeckt (Schritt %5).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>read sys/policies/acl/%1</source>
        <translation>sys/policies/acl/%1 lesen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Connect CA policy %1 does not allow %2: Consul's Vault CA provider tunes its intermediate mount and fails with 403 (hashicorp/consul#14898). Fix: step policies.</source>
        <translation>Die Connect-CA-Policy %1 erlaubt %2 nicht: Der Vault-CA-Provider von Consul passt seinen Intermediate-Mount an und schlägt mit 403 fehl (hashicorp/consul#14898). Behebung: Schritt policies.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>delete auth/%1/role/%2</source>
        <translation>auth/%1/role/%2 löschen</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The preflight passed, but its temporary objects could not all be deleted: %1</source>
        <translation>Die Vorabprüfung war erfolgreich, aber ihre temporären Objekte konnten nicht alle gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every role of %1 logs in and reads its secrets; the test certificate was issued.</source>
        <translation>Jede Rolle von %1 meldet sich an und liest ihre Secrets; das Testzertifikat wurde ausgestellt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Preflight passed.</source>
        <translation>Vorabprüfung bestanden.</translation>
    </message>
</context>
<context>
    <name>meshfed::Procedure</name>
    <message>
        <location filename="../model/engine/Procedure.cpp" line="+134" />
        <source>Install Vault in %1</source>
        <translation>Vault in %1 installieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installs or upgrades the vault chart in %1 with its final values: the dev server and the agent injector in the primary, only the injector pointing at the primary's Vault in a secondary.</source>
        <translation>Installiert oder aktualisiert das vault-Chart in %1 mit seinen endgültigen Werten: im Primary den Dev-Server und den Agent-Injector, in einem Secondary nur den Injector, der auf das Vault des Primary zeigt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Find Vault's address</source>
        <translation>Adresse von Vault ermitteln</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reads the load balancer address and port of Vault's Service and waits until sys/health answers that Vault is active.</source>
        <translation>Liest Load-Balancer-Adresse und Port des Service von Vault und wartet, bis sys/health meldet, dass Vault aktiv ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enable the KV version 2 engine</source>
        <translation>KV-Engine Version 2 aktivieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The gossip key and the ACL tokens live in KV version 2 (Consul reads them as .Data.data.&lt;key&gt;). A version 1 mount at the same path is a conflict: it is explained, never overwritten.</source>
        <translation>Der Gossip-Schlüssel und die ACL-Tokens liegen in KV Version 2 (Consul liest sie als .Data.data.&lt;key&gt;). Ein Mount der Version 1 unter demselben Pfad ist ein Konflikt: Er wird erläutert, nie überschrieben.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enable the PKI engine</source>
        <translation>PKI-Engine aktivieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The PKI engine issues the Consul servers' TLS certificates.</source>
        <translation>Die PKI-Engine stellt die TLS-Zertifikate der Consul-Server aus.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tune the PKI engine's maximum lease</source>
        <translation>Maximale Lease-Dauer der PKI-Engine anpassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raises the PKI mount's maximum lease TTL before the root is generated, so the root can live as long as the plan says.</source>
        <translation>Erhöht die maximale Lease-TTL des PKI-Mounts, bevor das Root-Zertifikat erzeugt wird, damit es so lange gültig sein kann, wie der Plan vorgibt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create the token reviewer in %1</source>
        <translation>Token-Prüfer in %1 anlegen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vault runs in the primary's cluster and must ask %1's API server to review logins: a service account bound to system:auth-delegator and its long-lived token Secret (Kubernetes 1.24 and later create none by themselves).</source>
        <translation>Vault läuft im Cluster des primären Rechenzentrums und muss den API-Server von %1 bitten, Anmeldungen zu prüfen: ein an system:auth-delegator gebundenes Dienstkonto und sein langlebiges Token-Secret (Kubernetes ab 1.24 legt keines von selbst an).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Configure Vault's Kubernetes auth for %1</source>
        <translation>Kubernetes-Anmeldemethode von Vault für %1 einrichten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enables the Kubernetes auth method of %1 and configures its API server. A secondary also needs the reviewer's token and its cluster's CA: without them Vault would use its own cluster's and every login from %1 would fail.</source>
        <translation>Aktiviert die Kubernetes-Anmeldemethode von %1 und konfiguriert ihren API-Server. Ein sekundäres Rechenzentrum braucht außerdem das Prüfer-Token und die CA seines Clusters: Ohne sie würde Vault die des eigenen Clusters verwenden und jede Anmeldung aus %1 würde fehlschlagen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Create the gossip key and ACL tokens</source>
        <translation>Gossip-Schlüssel und ACL-Token anlegen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generated in memory and written create-only: an existing secret is kept, never regenerated, because Consul already uses it. Values are never shown or logged.</source>
        <translation>Im Speicher erzeugt und nur neu angelegt: Ein vorhandenes Geheimnis wird behalten und nie neu erzeugt, weil Consul es bereits verwendet. Werte werden nie angezeigt oder protokolliert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Generate the PKI root</source>
        <translation>PKI-Root erzeugen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generates the root CA unless pki/cert/ca already holds one, which is reused: generating again would add a second issuer.</source>
        <translation>Erzeugt die Root-CA, sofern pki/cert/ca noch keine enthält; eine vorhandene wird wiederverwendet: Erneutes Erzeugen würde einen zweiten Aussteller hinzufügen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the Vault policies</source>
        <translation>Vault-Richtlinien schreiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writes the policies that let each Consul component read exactly its secrets, including the Connect CA's /tune path.</source>
        <translation>Schreibt die Richtlinien, mit denen jede Consul-Komponente genau ihre Geheimnisse lesen kann, einschließlich des /tune-Pfads der Connect-CA.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write the auth roles of %1</source>
        <translation>Auth-Rollen von %1 schreiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Binds the Consul service accounts of %1 to their policies.</source>
        <translation>Bindet die Consul-Dienstkonten von %1 an ihre Richtlinien.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the PKI role of %1</source>
        <translation>PKI-Rolle von %1 schreiben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allows exactly the names the Consul servers of %1 put in their certificates.</source>
        <translation>Erlaubt genau die Namen, die die Consul-Server von %1 in ihre Zertifikate aufnehmen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Preflight check of %1</source>
        <translation>Vorabprüfung von %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before Consul is installed: logs in through %1's auth method with a temporary service account and temporary roles carrying the real roles' policies, reads every secret the Consul pods read and issues a test server certificate, then deletes the temporary objects. A failure names the broken link and its fix.</source>
        <translation>Vor der Installation von Consul: Meldet sich über die Anmeldemethode von %1 mit einem temporären Dienstkonto und temporären Rollen an, die die Richtlinien der echten Rollen tragen, liest jedes Geheimnis, das die Consul-Pods lesen, stellt ein Test-Serverzertifikat aus und löscht dann die temporären Objekte. Ein Fehler nennt das fehlerhafte Glied und seine Behebung.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Wait for the Vault agent injector in %1</source>
        <translation>Auf den Vault-Agent-Injector in %1 warten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pods created while the injector is down start without their Vault agent (the webhook ignores failures), so Consul is installed only once it is ready.</source>
        <translation>Pods, die angelegt werden, während der Injector nicht läuft, starten ohne ihren Vault-Agent (der Webhook ignoriert Fehler); daher wird Consul erst installiert, wenn er bereit ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install Consul in %1</source>
        <translation>Consul in %1 installieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installs or upgrades the consul chart in %1 with the values found so far.</source>
        <translation>Installiert oder aktualisiert das consul-Chart in %1 mit den bisher ermittelten Werten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find the primary's mesh gateway address</source>
        <translation>Mesh-Gateway-Adresse des primären Rechenzentrums finden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The secondaries federate through the primary's mesh gateway; its load balancer address goes into their values.</source>
        <translation>Die sekundären Rechenzentren föderieren über das Mesh-Gateway des primären; dessen Load-Balancer-Adresse kommt in ihre Values.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verify %1</source>
        <translation>%1 überprüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All pods Running and Ready and the server-acl-init job succeeded. On failure the failing container's last log lines and recent events are read and known errors are mapped to the step that fixes them.</source>
        <translation>Alle Pods Running und Ready und der Job server-acl-init erfolgreich. Bei einem Fehler werden die letzten Log-Zeilen des fehlerhaften Containers und die letzten Ereignisse gelesen, und bekannte Fehler werden dem Schritt zugeordnet, der sie behebt.</translation>
    </message>
</context>
<context>
    <name>meshfed::ProcessHelmRunner</name>
    <message>
        <location filename="../services/helm/ProcessHelmRunner.cpp" line="+22" />
        <source>helm was not found on PATH: install helm 3 from your distribution or https://helm.sh/docs/intro/install/ (Debian does not package the helm binary).</source>
        <translation>helm wurde im PATH nicht gefunden: Installieren Sie helm 3 aus Ihrer Distribution oder von https://helm.sh/docs/intro/install/ (Debian paketiert das helm-Binary nicht).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 in context %2 failed: %3</source>
        <translation>%1 im Kontext %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="-1" />
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>meshfed::ReviewerStep</name>
    <message>
        <location filename="../services/engine/ReviewerStep.cpp" line="+51" />
        <source>The ClusterRoleBinding %1 in %2 binds %3 %4, not the ClusterRole %5. A roleRef cannot be changed; Meshfed does not delete it. Delete it yourself (kubectl delete clusterrolebinding %1) or choose another reviewer name in the plan.</source>
        <translation>Das ClusterRoleBinding %1 in %2 bindet %3 %4, nicht die ClusterRole %5. Ein roleRef kann nicht geändert werden; Meshfed löscht es nicht. Löschen Sie es selbst (kubectl delete clusterrolebinding %1) oder wählen Sie im Plan einen anderen Prüfer-Namen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The ClusterRoleBinding %1 in %2 does not bind the service account %3/%1. Meshfed does not change it; fix its subjects or choose another reviewer name in the plan.</source>
        <translation>Das ClusterRoleBinding %1 in %2 bindet nicht das Dienstkonto %3/%1. Meshfed ändert es nicht; korrigieren Sie seine subjects oder wählen Sie im Plan einen anderen Prüfer-Namen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>The Secret %1/%2 in %3 exists but is not a service-account token; Meshfed does not replace it.</source>
        <translation>Das Secret %1/%2 in %3 existiert, ist aber kein Service-Account-Token; Meshfed ersetzt es nicht.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>create ServiceAccount %1/%2</source>
        <translation>ServiceAccount %1/%2 anlegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>create ClusterRoleBinding %1 to %2</source>
        <translation>ClusterRoleBinding %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>create Secret %1/%2 of type kubernetes.io/service-account-token</source>
        <translation>Secret %1/%2 vom Typ kubernetes.io/service-account-token anlegen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>wait for the token controller to fill it</source>
        <translation>warten, bis der Token-Controller es befüllt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reviewer %1 of %2 has its token.</source>
        <translation>Der Prüfer %1 von %2 hat sein Token.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the token controller to fill Secret %1/%2 in %3</source>
        <translation>das Befüllen des Secrets %1/%2 in %3 durch den Token-Controller</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No token within %1 s: is the token controller running in %2?</source>
        <translation>Kein Token innerhalb von %1 s: Läuft der Token-Controller in %2?</translation>
    </message>
</context>
<context>
    <name>meshfed::SetupEngine</name>
    <message>
        <location filename="../services/engine/SetupEngine.cpp" line="+59" />
        <source>The kube context %1 of %2 cannot be used: %3</source>
        <translation>Der Kube-Kontext %1 von %2 kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TLS verification is switched off for %1 (context %2): the kubeconfig says insecure-skip-tls-verify.</source>
        <translation>Die TLS-Prüfung ist für %1 (Kontext %2) abgeschaltet: Die kubeconfig setzt insecure-skip-tls-verify.</translation>
    </message>
    <message>
        <location line="+130" />
        <source>After %1.</source>
        <translation>Nach %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>its changes are known once %1 is done</source>
        <translation>seine Änderungen stehen fest, sobald %1 erledigt ist</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Waits for %1, which is not done yet: run that first, or run every step (on the command line, --force runs this step anyway).</source>
        <translation>Wartet auf %1, das noch nicht erledigt ist: führen Sie das zuerst aus oder führen Sie alle Schritte aus (auf der Kommandozeile führt --force diesen Schritt trotzdem aus).</translation>
    </message>
    <message>
        <location line="+49" />
        <source>A run is already going on.</source>
        <translation>Es läuft bereits ein Durchlauf.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>There is no step %1.</source>
        <translation>Es gibt keinen Schritt %1.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+31" />
        <source>Cancelled; checked again on the next run.</source>
        <translation>Abgebrochen; wird beim nächsten Durchlauf erneut geprüft.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Read back after applying, the step is not done: %1</source>
        <translation>Beim Zurücklesen nach dem Anwenden ist der Schritt nicht erledigt: %1</translation>
    </message>
</context>
<context>
    <name>meshfed::SetupWorkspace</name>
    <message>
        <location filename="../gui/app/SetupWorkspace.cpp" line="+37" />
        <source>&amp;Export values, policies and setup.sh…</source>
        <translation>Values, Richtlinien und setup.sh &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Values files</source>
        <translation>&amp;Values-Dateien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;teps</source>
        <translation>S&amp;chritte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Test the connections to both clusters and to Vault</source>
        <translation>Die Verbindungen zu beiden Clustern und zu Vault testen</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Type Vault's token under Setup → Connections first.</source>
        <translation>Geben Sie zuerst Vaults Token unter Einrichtung → Verbindungen ein.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 is blocked: %2 has %3. Fix it under Values files.</source>
        <translation>%1 ist blockiert: %2 hat %3. Beheben Sie es unter Values-Dateien.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is blocked: %2 was edited and the plan now generates it differently. Keep the edits or regenerate under Values files.</source>
        <translation>%1 ist blockiert: %2 wurde bearbeitet, und der Plan erzeugt die Datei inzwischen anders. Behalten Sie die Änderungen oder erzeugen Sie die Datei neu unter Values-Dateien.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Changes in %1</source>
        <translation>Änderungen in %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No changes: the file is as the plan generates it.</source>
        <translation>Keine Änderungen: Die Datei entspricht dem, was der Plan erzeugt.</translation>
    </message>
</context>
<context>
    <name>meshfed::SimCommand</name>
    <message>
        <location filename="../gui/cli/SimCommand.cpp" line="+50" />
        <source>Serves the simulator alone: a Vault dev server and two Kubernetes API servers on 127.0.0.1 (contexts sim-dc1 and sim-dc2), until interrupted. kubectl and vault can talk to it; helm installs are simulated only inside Meshfed (meshfed --demo, meshfed apply --demo).</source>
        <translation>Betreibt nur den Simulator: einen Vault-Dev-Server und zwei Kubernetes-API-Server auf 127.0.0.1 (Kontexte sim-dc1 und sim-dc2), bis er unterbrochen wird. kubectl und vault können ihn ansprechen; Helm-Installationen werden nur innerhalb von Meshfed simuliert (meshfed --demo, meshfed apply --demo).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Folder for kubeconfig and vault.env (created when missing).</source>
        <translation>Ordner für kubeconfig und vault.env (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How long a simulated pod takes to start (default 1500).</source>
        <translation>Wie lange ein simulierter Pod zum Starten braucht (Standard 1500).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Simulated Vault:      %1 (token in %2)</source>
        <translation>Simuliertes Vault:    %1 (Token in %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Simulated cluster:    %1 at %2</source>
        <translation>Simulierter Cluster:  %1 unter %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>kubeconfig:           %1 (export KUBECONFIG=%1)</source>
        <translation>kubeconfig:           %1 (export KUBECONFIG=%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Läuft, bis er unterbrochen wird (Strg+C).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Simulator stopped.</source>
        <translation>Simulator beendet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Serve the simulated Vault and Kubernetes API servers until interrupted</source>
        <translation>Den simulierten Vault und die Kubernetes-API-Server betreiben, bis sie unterbrochen werden</translation>
    </message>
</context>
<context>
    <name>meshfed::SimPodDetailsSource</name>
    <message>
        <location filename="../services/sim/kube/SimPodDetailsSource.cpp" line="+27" />
        <source>No cluster is known for datacenter %1.</source>
        <translation>Für das Rechenzentrum %1 ist kein Cluster bekannt.</translation>
    </message>
</context>
<context>
    <name>meshfed::Simulator</name>
    <message>
        <location filename="../services/sim/Simulator.cpp" line="+85" />
        <source>the simulated Vault could not listen on 127.0.0.1: %1</source>
        <translation>das simulierte Vault konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the simulated API server %1 could not listen on 127.0.0.1: %2</source>
        <translation>der simulierte API-Server %1 konnte nicht auf 127.0.0.1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+62" />
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::StepStateText</name>
    <message>
        <location filename="../model/engine/StepState.cpp" line="+9" />
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>meshfed::StepsPanel</name>
    <message>
        <location filename="../gui/steps/StepsPanel.cpp" line="+45" />
        <location line="+44" />
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+44" />
        <source>Run &amp;step</source>
        <translation>&amp;Schritt ausführen</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+44" />
        <source>Run &amp;all</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+44" />
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Run the selected step; the steps it depends on must be done (F6)</source>
        <translation>Den gewählten Schritt ausführen; die Schritte, von denen er abhängt, müssen erledigt sein (F6)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Check every step and list what would change; writes nothing (F5)</source>
        <translation>Jeden Schritt prüfen und auflisten, was sich ändern würde; schreibt nichts (F5)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run every step that is not done yet, then verify (Ctrl+F5)</source>
        <translation>Jeden noch nicht erledigten Schritt ausführen, dann überprüfen (Strg+F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the run; the current step is checked again next time (Shift+F5)</source>
        <translation>Den Lauf anhalten; der aktuelle Schritt wird beim nächsten Mal erneut geprüft (Umschalt+F5)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Steps of the procedure</source>
        <translation>Schritte des Verfahrens</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The selected step: explanation, changes, commands and log</source>
        <translation>Der gewählte Schritt: Erklärung, Änderungen, Befehle und Protokoll</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Result of the last run</source>
        <translation>Ergebnis des letzten Laufs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Blocked steps</source>
        <translation>Blockierte Schritte</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TLS warnings</source>
        <translation>TLS-Warnungen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Current wait</source>
        <translation>Aktuelle Wartezeit</translation>
    </message>
    <message>
        <location line="+127" />
        <source>Nothing to run against yet.</source>
        <translation>Noch nichts, wogegen ausgeführt werden kann.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 waits for your answer: upgrade a release that runs with other values?</source>
        <translation>%1 wartet auf Ihre Antwort: ein Release aktualisieren, das mit anderen Werten läuft?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upgrade %1?</source>
        <translation>%1 aktualisieren?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The release runs with other values. Apply these changes?

%1</source>
        <translation>Das Release läuft mit anderen Werten. Diese Änderungen anwenden?

%1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Checking every step (dry run: nothing is written)…</source>
        <translation>Jeder Schritt wird geprüft (Probelauf: nichts wird geschrieben)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>Dry run: %n step(s) would change something.</source>
        <translation>
            <numerusform>Probelauf: %n Schritt würde etwas ändern.</numerusform>
            <numerusform>Probelauf: %n Schritte würden etwas ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>✔ Done: verification passed in every datacenter.</source>
        <translation>✔ Fertig: Prüfung in jedem Rechenzentrum bestanden.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>✔ Done.</source>
        <translation>✔ Fertig.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equivalent commands:</source>
        <translation>Entsprechende Befehle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 ended after %2 s.</source>
        <translation>%1 endete nach %2 s.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Waiting for %1: %2 of at most %3 s</source>
        <translation>Warte auf %1: %2 von höchstens %3 s</translation>
    </message>
</context>
<context>
    <name>meshfed::TopologyExport</name>
    <message>
        <location filename="../gui/topology/TopologyExport.cpp" line="+24" />
        <source>Meshfed topology</source>
        <translation>Meshfed-Topologie</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>meshfed::TopologyRules</name>
    <message>
        <location filename="../model/topology/TopologyRules.cpp" line="+132" />
        <source>%1: vault-agent-init %2 (restarts %3); its log has Vault's answer</source>
        <translation>%1: vault-agent-init %2 (Neustarts %3); sein Log enthält die Antwort von Vault</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>vault-agent-init completed in %n pod(s) of %1</source>
        <translation>
            <numerusform>vault-agent-init in %n Pod von %1 abgeschlossen</numerusform>
            <numerusform>vault-agent-init in %n Pods von %1 abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>no Vault agent in %1 has finished yet</source>
        <translation>noch kein Vault-Agent in %1 ist fertig</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Vault accepted logins of agents in %1, so it can review their tokens</source>
        <translation>Vault hat Anmeldungen von Agenten in %1 angenommen, kann deren Token also prüfen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>agents in %1 cannot log in; a failing token review is one possible cause</source>
        <translation>Agenten in %1 können sich nicht anmelden; eine fehlschlagende Token-Prüfung ist eine mögliche Ursache</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no agent in %1 has logged in to Vault yet</source>
        <translation>noch kein Agent in %1 hat sich bei Vault angemeldet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the connect injector of %1 logged in through the auth method and runs</source>
        <translation>der Connect-Injector von %1 hat sich über die Anmeldemethode angemeldet und läuft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not verified yet (the connect injector of %1 is not running)</source>
        <translation>noch nicht geprüft (der Connect-Injector von %1 läuft nicht)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the servers of %1 joined through the mesh gateways and run</source>
        <translation>die Server von %1 sind über die Mesh-Gateways beigetreten und laufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not verified yet (servers or mesh gateways are not all running)</source>
        <translation>noch nicht geprüft (Server oder Mesh-Gateways laufen nicht alle)</translation>
    </message>
</context>
<context>
    <name>meshfed::TopologyScene</name>
    <message>
        <location filename="../gui/topology/TopologyLayout.cpp" line="+87" />
        <source>Vault agent injector</source>
        <translation>Vault-Agent-Injector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consul servers</source>
        <translation>Consul-Server</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect injector</source>
        <translation>Connect-Injector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mesh gateway</source>
        <translation>Mesh-Gateway</translation>
    </message>
    <message>
        <location line="+2" />
        <source>server-acl-init job</source>
        <translation>server-acl-init-Job</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Other pods</source>
        <translation>Andere Pods</translation>
    </message>
    <message>
        <location line="+36" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address not known yet</source>
        <translation>Adresse noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>pod %1: %2</source>
        <translation>Pod %1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no server pod seen</source>
        <translation>kein Server-Pod gesehen</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+28" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-26" />
        <source>&lt;b&gt;Vault&lt;/b&gt;&lt;br&gt;state: %1&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Vault&lt;/b&gt;&lt;br&gt;Zustand: %1&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+14" />
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reconnecting: %1</source>
        <translation>verbindet neu: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no context</source>
        <translation>kein Kontext</translation>
    </message>
    <message>
        <location line="+7" />
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location line="+0" />
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&lt;br&gt;&lt;b&gt;stale&lt;/b&gt;: the pods shown may be out of date</source>
        <translation>&lt;br&gt;&lt;b&gt;veraltet&lt;/b&gt;: die gezeigten Pods sind womöglich nicht aktuell</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n pod(s)%3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n Pod%3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n Pods%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%1 · %n pod(s)</source>
        <translation>
            <numerusform>%1 · %n Pod</numerusform>
            <numerusform>%1 · %n Pods</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+160" />
        <source>no pods</source>
        <translation>keine Pods</translation>
    </message>
    <message>
        <location line="-153" />
        <source>fold</source>
        <translation>einklappen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5" />
        <source>click to show every pod</source>
        <translation>klicken, um jeden Pod zu zeigen</translation>
    </message>
    <message>
        <location line="+34" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;READY %3 · STATUS %4&lt;br&gt;RESTARTS %5 · AGE %6&lt;br&gt;NODE %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;READY %3 · STATUS %4&lt;br&gt;RESTARTS %5 · AGE %6&lt;br&gt;NODE %7</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;none&gt;</source>
        <translation>&lt;none&gt;</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Vault agents in %1 → Vault</source>
        <translation>Vault-Agenten in %1 → Vault</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault → API server of %1 (token review)</source>
        <translation>Vault → API-Server von %1 (Token-Prüfung)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consul servers of %1 → API server of %2 (k8sAuthMethodHost)</source>
        <translation>Consul-Server von %1 → API-Server von %2 (k8sAuthMethodHost)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mesh gateway of %1 → mesh gateway of %2 (WAN)</source>
        <translation>Mesh-Gateway von %1 → Mesh-Gateway von %2 (WAN)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+0" />
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checked by the setup engine</source>
        <translation>von der Einrichtung geprüft</translation>
    </message>
    <message>
        <location line="+0" />
        <source>read from the pods</source>
        <translation>aus den Pods abgelesen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3)&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3)&lt;br&gt;%4</translation>
    </message>
    <message>
        <location line="+29" />
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>token review</source>
        <translation>Token-Prüfung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>k8sAuthMethodHost</source>
        <translation>k8sAuthMethodHost</translation>
    </message>
    <message>
        <location line="+0" />
        <source>WAN</source>
        <translation>WAN</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <location line="+1" />
        <source>running and ready, completed</source>
        <translation>läuft und bereit, abgeschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>starting: Pending, Init, ContainerCreating</source>
        <translation>startet: Pending, Init, ContainerCreating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failing: CrashLoopBackOff, Error</source>
        <translation>fehlerhaft: CrashLoopBackOff, Error</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>works (solid)</source>
        <translation>funktioniert (durchgezogen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failing (dashed)</source>
        <translation>fehlerhaft (gestrichelt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not verified (dotted)</source>
        <translation>nicht geprüft (gepunktet)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Stale clusters are drawn with a dashed frame and marked STALE.</source>
        <translation>Veraltete Cluster haben einen gestrichelten Rahmen und die Markierung VERALTET.</translation>
    </message>
</context>
<context>
    <name>meshfed::TopologyWidget</name>
    <message>
        <location filename="../gui/topology/TopologyWidget.cpp" line="+26" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Vergrößern (+, Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>Verkleinern (-, Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show everything (F)</source>
        <translation>Alles zeigen (F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the topology as a PNG or SVG image</source>
        <translation>Die Topologie als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+6" />
        <source>Export the topology</source>
        <translation>Die Topologie exportieren</translation>
    </message>
    <message>
        <location line="-6" />
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
</context>
<context>
    <name>meshfed::ValuesDocument</name>
    <message>
        <location filename="../model/values/ValuesDocument.cpp" line="+51" />
        <source>invalid YAML at line %1, column %2: %3</source>
        <translation>ungültiges YAML in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>meshfed::ValuesEditorWidget</name>
    <message>
        <location filename="../gui/values/ValuesEditorWidget.cpp" line="+67" />
        <source>The plan changed and generates another %1. Your edits are still here.</source>
        <translation>Der Plan hat sich geändert und erzeugt eine andere %1. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Keep my edits</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;diff</source>
        <translation>&amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Values file %1</source>
        <translation>Values-Datei %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reset to &amp;generated</source>
        <translation>Auf &amp;Erzeugtes zurücksetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show diff</source>
        <translation>Unterschiede zeigen</translation>
    </message>
    <message>
        <location line="+82" />
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid YAML at line %1: the install steps that need this file are blocked</source>
        <translation>ungültiges YAML in Zeile %1: Die Installationsschritte, die diese Datei brauchen, sind blockiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>as generated from the plan</source>
        <translation>wie vom Plan erzeugt</translation>
    </message>
</context>
<context>
    <name>meshfed::ValuesGenerator</name>
    <message>
        <location filename="../model/plan/ValuesGenerator.cpp" line="+159" />
        <source>Vault's external address</source>
        <translation>die externe Adresse von Vault</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found by the step "Find Vault's address" once %1 is installed in %2</source>
        <translation>ermittelt vom Schritt „Adresse von Vault finden“, sobald %1 in %2 installiert ist</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1's API server URL</source>
        <translation>die API-Server-URL von %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read from the kubeconfig by the step "Configure Vault's auth method for %1"</source>
        <translation>aus der kubeconfig gelesen vom Schritt „Vault-Anmeldemethode für %1 einrichten“</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the address of %1's mesh gateway</source>
        <translation>die Adresse des Mesh-Gateways von %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found by the step "Find %1's mesh gateway address" once Consul is installed there</source>
        <translation>ermittelt vom Schritt „Mesh-Gateway-Adresse von %1 finden“, sobald Consul dort installiert ist</translation>
    </message>
</context>
<context>
    <name>meshfed::ValuesLinter</name>
    <message>
        <location filename="../model/values/ValuesLinter.cpp" line="+24" />
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expects a single value (%1), not %2</source>
        <translation>erwartet einen einzelnen Wert (%1), nicht %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expects a list, not %1</source>
        <translation>erwartet eine Liste, nicht %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>expects true or false, not "%1"</source>
        <translation>erwartet true oder false, nicht „%1“</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is a section of the chart's values and expects a map, not %2</source>
        <translation>%1 ist ein Abschnitt der Chart-Values und erwartet eine Zuordnung, nicht %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a key of the %2 chart: Helm ignores it</source>
        <translation>%1 ist kein Schlüssel des %2-Charts: Helm ignoriert ihn</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (did you mean %1?)</source>
        <translation> (meinten Sie %1?)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a values file must be a map of keys, not %1</source>
        <translation>eine Values-Datei muss eine Zuordnung von Schlüsseln sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>meshfed::VaultConfigResolver</name>
    <message>
        <location filename="../services/vault/VaultClient.cpp" line="+49" />
        <source>The Vault address "%1" is not an http:// or https:// URL.</source>
        <translation>Die Vault-Adresse „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../services/vault/VaultConfig.cpp" line="+54" />
        <source>VAULT_SKIP_VERIFY="%1" is not a boolean and was ignored; certificates are verified.</source>
        <translation>VAULT_SKIP_VERIFY=„%1“ ist kein Wahrheitswert und wurde ignoriert; Zertifikate werden geprüft.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vault's TLS certificate is not verified (VAULT_SKIP_VERIFY): anyone on the network path could impersonate Vault and read the token.</source>
        <translation>Das TLS-Zertifikat von Vault wird nicht geprüft (VAULT_SKIP_VERIFY): Jeder auf dem Netzwerkweg könnte sich als Vault ausgeben und das Token lesen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>VAULT_MAX_RETRIES="%1" is not a number from 0 to 100 and was ignored.</source>
        <translation>VAULT_MAX_RETRIES=„%1“ ist keine Zahl von 0 bis 100 und wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>No PEM certificate could be read from the CA file %1.</source>
        <translation>Aus der CA-Datei %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No PEM certificate could be read from the CA folder %1.</source>
        <translation>Aus dem CA-Ordner %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A client certificate needs both VAULT_CLIENT_CERT and VAULT_CLIENT_KEY.</source>
        <translation>Ein Client-Zertifikat braucht sowohl VAULT_CLIENT_CERT als auch VAULT_CLIENT_KEY.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The client certificate %1 or its key %2 could not be read.</source>
        <translation>Das Client-Zertifikat %1 oder sein Schlüssel %2 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>meshfed::VaultParsing</name>
    <message>
        <location filename="../services/vault/VaultParsing.cpp" line="+95" />
        <source>Vault rejected %1 (HTTP %2)</source>
        <translation>Vault hat %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Permission denied on %1 (%2, HTTP 403)</source>
        <translation>Zugriff auf %1 verweigert (%2, HTTP 403)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing found at %1 (%2, HTTP 404)</source>
        <translation>Unter %1 wurde nichts gefunden (%2, HTTP 404)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 already exists in Vault and was left unchanged (%2, HTTP %3)</source>
        <translation>%1 existiert bereits in Vault und wurde nicht verändert (%2, HTTP %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vault was not yet consistent for %1 (HTTP 412)</source>
        <translation>Vault war für %1 noch nicht konsistent (HTTP 412)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault's request rate limit was reached for %1 (HTTP 429)</source>
        <translation>Die Anfragegrenze von Vault wurde für %1 erreicht (HTTP 429)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault is sealed (%1, HTTP 503); unseal it, then try again</source>
        <translation>Vault ist versiegelt (%1, HTTP 503); entsiegeln Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault is not initialized (%1, HTTP 501)</source>
        <translation>Vault ist nicht initialisiert (%1, HTTP 501)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault failed to handle %1 (HTTP %2)</source>
        <translation>Vault konnte %1 nicht verarbeiten (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vault's answer to %1 is not the JSON expected (HTTP %2)</source>
        <translation>Die Antwort von Vault auf %1 ist nicht das erwartete JSON (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 answered HTTP %2, which was not expected</source>
        <translation>%1 antwortete unerwartet mit HTTP %2</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+22" />
        <source>Gave up after %1 attempts.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
</context>
<context>
    <name>meshfed::VaultSteps</name>
    <message>
        <location filename="../services/engine/VaultContentSteps.cpp" line="+45" />
        <location line="+50" />
        <location line="+96" />
        <location line="+68" />
        <location filename="../services/engine/VaultSteps.cpp" line="+29" />
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <location line="-206" />
        <source>%1 exists without the key "%2". Meshfed never overwrites a secret: add the key yourself or remove the secret.</source>
        <translation>%1 existiert ohne den Schlüssel „%2“. Meshfed überschreibt nie ein Geheimnis: Fügen Sie den Schlüssel selbst hinzu oder entfernen Sie das Geheimnis.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>create %1 with a new %2 (create-only, cas %3)</source>
        <translation>%1 mit neuem %2 anlegen (nur neu anlegen, cas %3)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The gossip key and the ACL tokens exist; they are kept.</source>
        <translation>Der Gossip-Schlüssel und die ACL-Token existieren; sie werden behalten.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>write %1 (create-only)</source>
        <translation>%1 schreiben (nur neu anlegen)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>A root CA exists and is reused.</source>
        <translation>Eine Root-CA existiert und wird wiederverwendet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>generate the root CA "%1", ttl %2 (POST %3/root/generate/internal)</source>
        <translation>Root-CA „%1“ erzeugen, ttl %2 (POST %3/root/generate/internal)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>write %1/root/generate/internal</source>
        <translation>%1/root/generate/internal schreiben</translation>
    </message>
    <message>
        <location line="+15" />
        <source>read sys/policies/acl/%1</source>
        <translation>sys/policies/acl/%1 lesen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>create policy %1</source>
        <translation>Richtlinie %1 anlegen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>update policy %1 (it differs from the plan)</source>
        <translation>Richtlinie %1 aktualisieren (sie weicht vom Plan ab)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Every policy is as the plan says.</source>
        <translation>Alle Richtlinien entsprechen dem Plan.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>write sys/policies/acl/%1</source>
        <translation>sys/policies/acl/%1 schreiben</translation>
    </message>
    <message>
        <location line="+70" />
        <source>write %1: service accounts %2, namespaces %3, policies %4, ttl %5</source>
        <translation>%1 schreiben: Dienstkonten %2, Namespaces %3, Richtlinien %4, ttl %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Every auth role of %1 is as the plan says.</source>
        <translation>Alle Auth-Rollen von %1 entsprechen dem Plan.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+39" />
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location line="-8" />
        <source>%1 allows %2.</source>
        <translation>%1 erlaubt %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write %1: allowed_domains %2, subdomains, bare domains, localhost, max_ttl %3</source>
        <translation>%1 schreiben: allowed_domains %2, Subdomains, reine Domains, localhost, max_ttl %3</translation>
    </message>
    <message>
        <location filename="../services/engine/VaultSteps.cpp" line="-17" />
        <source>Vault's address is not known yet (step vault-address).</source>
        <translation>Die Adresse von Vault ist noch nicht bekannt (Schritt vault-address).</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Could not read sys/mounts.</source>
        <translation>sys/mounts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>enable KV version 2 at %1/ (POST sys/mounts/%1 {"type":"kv","options":{"version":"2"}})</source>
        <translation>KV Version 2 unter %1/ aktivieren (POST sys/mounts/%1 {"type":"kv","options":{"version":"2"}})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>enable PKI at %1/ (POST sys/mounts/%1 {"type":"pki"})</source>
        <translation>PKI unter %1/ aktivieren (POST sys/mounts/%1 {"type":"pki"})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KV version 2 is mounted at %1/.</source>
        <translation>KV Version 2 ist unter %1/ eingehängt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PKI is mounted at %1/.</source>
        <translation>PKI ist unter %1/ eingehängt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A KV version 1 engine is mounted at %1/. Consul reads its secrets as KV version 2, and upgrading the mount in place changes how its data is stored. Meshfed does not touch it: upgrade it yourself (vault kv enable-versioning %1) or choose another KV mount in the plan.</source>
        <translation>Unter %1/ ist eine KV-Engine der Version 1 eingehängt. Consul liest seine Geheimnisse als KV Version 2, und ein Upgrade des Mounts an Ort und Stelle ändert, wie seine Daten gespeichert werden. Meshfed rührt ihn nicht an: Führen Sie das Upgrade selbst durch (vault kv enable-versioning %1) oder wählen Sie im Plan einen anderen KV-Mount.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Another engine (%1) is mounted at %2/; choose another mount path in the plan.</source>
        <translation>Unter %2/ ist eine andere Engine (%1) eingehängt; wählen Sie im Plan einen anderen Mount-Pfad.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>write sys/mounts/%1</source>
        <translation>sys/mounts/%1 schreiben</translation>
    </message>
    <message>
        <location line="+20" />
        <source>read sys/mounts/%1/tune</source>
        <translation>sys/mounts/%1/tune lesen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>max_lease_ttl is %1.</source>
        <translation>max_lease_ttl ist %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>set max_lease_ttl of %1/ from %2 s to %3 (POST sys/mounts/%1/tune)</source>
        <translation>max_lease_ttl von %1/ von %2 s auf %3 setzen (POST sys/mounts/%1/tune)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>write sys/mounts/%1/tune</source>
        <translation>sys/mounts/%1/tune schreiben</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Note: %1 is a loopback address; Vault's pod reaches it only when Vault runs on this machine (as in the simulator). Otherwise set %2's apiServerUrl in the plan to an address Vault can reach.</source>
        <translation>Hinweis: %1 ist eine Loopback-Adresse; der Pod von Vault erreicht sie nur, wenn Vault auf diesem Rechner läuft (wie im Simulator). Andernfalls setzen Sie im Plan apiServerUrl von %2 auf eine Adresse, die Vault erreichen kann.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The reviewer token of %1 is not known (step reviewer/%1).</source>
        <translation>Das Prüfer-Token von %1 ist nicht bekannt (Schritt reviewer/%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Could not read sys/auth.</source>
        <translation>sys/auth konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>write auth/%1/config kubernetes_host=%2</source>
        <translation>auth/%1/config schreiben: kubernetes_host=%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write auth/%1/config kubernetes_host=%2 with the reviewer token of %3, its cluster's CA and disable_local_ca_jwt=true</source>
        <translation>auth/%1/config schreiben: kubernetes_host=%2 mit dem Prüfer-Token von %3, der CA seines Clusters und disable_local_ca_jwt=true</translation>
    </message>
    <message>
        <location line="+5" />
        <source>enable the kubernetes auth method at auth/%1/</source>
        <translation>Kubernetes-Anmeldemethode unter auth/%1/ aktivieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An auth method of type %1 is enabled at auth/%2/; choose another auth mount for %3 in the plan.</source>
        <translation>Unter auth/%2/ ist eine Anmeldemethode vom Typ %1 aktiviert; wählen Sie im Plan einen anderen Auth-Mount für %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>read auth/%1/config</source>
        <translation>auth/%1/config lesen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>auth/%1 reviews logins at %2.</source>
        <translation>auth/%1 prüft Anmeldungen bei %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>write sys/auth/%1</source>
        <translation>sys/auth/%1 schreiben</translation>
    </message>
    <message>
        <location line="+7" />
        <source>write auth/%1/config</source>
        <translation>auth/%1/config schreiben</translation>
    </message>
</context>
<context>
    <name>meshfed::VerifyStep</name>
    <message>
        <location filename="../services/engine/VerifyStep.cpp" line="+71" />
        <source>%1 pods of %2 are Running and Ready; server-acl-init succeeded.</source>
        <translation>%1 Pods von %2 sind Running und Ready; server-acl-init war erfolgreich.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>job %1 not succeeded</source>
        <translation>Job %1 nicht erfolgreich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wait for: %1</source>
        <translation>warten auf: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>every pod of %1 Running and Ready and server-acl-init succeeded</source>
        <translation>alle Pods von %1 Running und Ready und server-acl-init erfolgreich</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Pod %1 is %2.</source>
        <translation>Pod %1 ist %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>read the log of %1/%2</source>
        <translation>Log von %1/%2 lesen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Last lines of %1:</source>
        <translation>Letzte Zeilen von %1:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>read the events of %1</source>
        <translation>Ereignisse von %1 lesen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Recent events:</source>
        <translation>Letzte Ereignisse:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Every pod of %1 is Ready, but job %2 has not succeeded.</source>
        <translation>Alle Pods von %1 sind Ready, aber Job %2 war nicht erfolgreich.</translation>
    </message>
</context>
</TS>