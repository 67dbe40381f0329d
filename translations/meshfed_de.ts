<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kubeconfig</name>
    <message>
        <location filename="../model/kube/KubeconfigParser.cpp" line="+74"/>
        <source>&quot;%1&quot; must be a mapping</source>
        <translation>„%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../model/plan/PlanFileReader.cpp" line="+140"/>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>meshfed::CommandLine</name>
    <message>
        <location filename="../gui/cli/CommandLine.cpp" line="+76"/>
        <source>Start on the embedded simulator instead of real clusters.</source>
        <translation>Auf dem eingebauten Simulator statt auf echten Clustern starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this plan file.</source>
        <translation>Diese Plandatei öffnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read clusters from this kubeconfig file only.</source>
        <translation>Cluster nur aus dieser kubeconfig-Datei lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A command (see above); none starts the window.</source>
        <translation>Ein Befehl (siehe oben); ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[command [options]]</source>
        <translation>[Befehl [Optionen]]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Federates two Consul datacenters on two Kubernetes clusters through mesh gateways, with Vault as their secrets backend.</source>
        <translation>Föderiert zwei Consul-Rechenzentren auf zwei Kubernetes-Clustern über Mesh-Gateways, mit Vault als Secrets-Backend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &quot;meshfed &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>„meshfed &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>meshfed: unknown command &quot;%1&quot;. Run &quot;meshfed --help&quot; for the list of commands.</source>
        <translation>meshfed: unbekannter Befehl „%1“. „meshfed --help“ zeigt die Liste der Befehle.</translation>
    </message>
</context>
<context>
    <name>meshfed::CommandParser</name>
    <message>
        <location line="+53"/>
        <source>missing required option --%1</source>
        <translation>Pflichtoption --%1 fehlt</translation>
    </message>
</context>
<context>
    <name>meshfed::ContextsCommand</name>
    <message>
        <location filename="../gui/cli/ContextsCommand.cpp" line="+32"/>
        <source>&lt;missing&gt;</source>
        <translation>&lt;fehlt&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>KUBECONFIG names no file</source>
        <translation>KUBECONFIG nennt keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no kubeconfig file could be read</source>
        <translation>keine kubeconfig-Datei konnte gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no kubeconfig file found</source>
        <translation>keine kubeconfig-Datei gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contexts are defined in %1</source>
        <translation>in %1 sind keine Kontexte definiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meshfed contexts: %1</source>
        <translation>meshfed contexts: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the contexts of your kubeconfig (merged like kubectl does), with the server and the way each one authenticates.</source>
        <translation>Listet die Kontexte Ihrer kubeconfig (zusammengeführt wie bei kubectl) mit dem Server und der Art, wie sich jeder anmeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read this kubeconfig file only (default: KUBECONFIG, else ~/.kube/config).</source>
        <translation>Nur diese kubeconfig-Datei lesen (Standard: KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CURRENT</source>
        <translation>CURRENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the kubeconfig contexts with their server and authentication</source>
        <translation>Die kubeconfig-Kontexte mit Server und Anmeldeart auflisten</translation>
    </message>
</context>
<context>
    <name>meshfed::CredentialStore</name>
    <message>
        <location filename="../services/credentials/CredentialStore.cpp" line="+26"/>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain service is available (%1). Secrets will not be remembered and must be entered each time.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1). Geheimnisse werden nicht gespeichert und müssen jedes Mal eingegeben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keychain was denied for %1 (%2).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde für %1 verweigert (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain failed for %1: %2</source>
        <translation>Der Schlüsselbund ist für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::HttpMessages</name>
    <message>
        <location filename="../services/http/HttpMessages.cpp" line="+61"/>
        <source>%1 failed: the connection was refused. Is the server running, and are address and port right?</source>
        <translation>%1 fehlgeschlagen: Die Verbindung wurde abgelehnt. Läuft der Server, und stimmen Adresse und Port?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: the host name could not be resolved.</source>
        <translation>%1 fehlgeschlagen: Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the server closed the connection before answering.</source>
        <translation>%1 fehlgeschlagen: Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the network is not available.</source>
        <translation>%1 fehlgeschlagen: Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the proxy could not be used.</source>
        <translation>%1 fehlgeschlagen: Der Proxy konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the address must start with http:// or https://.</source>
        <translation>%1 fehlgeschlagen: Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: network error %2.</source>
        <translation>%1 fehlgeschlagen: Netzwerkfehler %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 timed out after %2 s without an answer.</source>
        <translation>%1 hat nach %2 s ohne Antwort das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate is not valid for this host name.</source>
        <translation>Das Zertifikat ist für diesen Hostnamen nicht gültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate was issued by an unknown authority: give the CA certificate that signed it.</source>
        <translation>Das Zertifikat stammt von einer unbekannten Zertifizierungsstelle: Geben Sie das CA-Zertifikat an, das es signiert hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the server&apos;s certificate was not accepted (%2).</source>
        <translation>%1 fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was redirected to another server (%2). The redirect was not followed, so that credentials are never sent there.</source>
        <translation>%1 wurde auf einen anderen Server umgeleitet (%2). Der Umleitung wurde nicht gefolgt, damit Zugangsdaten nie dorthin gesendet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered with a redirect (HTTP %2) to %3, which was not followed.</source>
        <translation>%1 antwortete mit einer Umleitung (HTTP %2) auf %3, der nicht gefolgt wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: the response is larger than the limit of %2 bytes.</source>
        <translation>%1 fehlgeschlagen: Die Antwort ist größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS certificate verification is switched off for %1: the connection is not protected against impostors.</source>
        <translation>Die TLS-Zertifikatsprüfung ist für %1 abgeschaltet: Die Verbindung ist nicht gegen Betrüger geschützt.</translation>
    </message>
</context>
<context>
    <name>meshfed::Kubeconfig</name>
    <message>
        <location filename="../model/kube/Kubeconfig.cpp" line="+46"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context &quot;%1&quot;: </source>
        <translation>Kontext „%1“: </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no kubeconfig file found (looked for %1)</source>
        <translation>keine kubeconfig-Datei gefunden (gesucht: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the kubeconfig file does not exist</source>
        <translation>die kubeconfig-Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the kubeconfig file: %1</source>
        <translation>die kubeconfig-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/kube/KubeconfigParser.cpp" line="-43"/>
        <source>&quot;%1&quot; must be a single value</source>
        <translation>„%1“ muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>„%1“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>not a kubeconfig: expected a mapping at the top level</source>
        <translation>keine kubeconfig: auf oberster Ebene wird eine Zuordnung erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>each entry of &quot;%1&quot; must be a mapping</source>
        <translation>jeder Eintrag von „%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate name &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>doppelter Name „%1“ in „%2“</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>exec args must be single values</source>
        <translation>exec-Argumente müssen einzelne Werte sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exec env entries must have a name and a value</source>
        <translation>exec-Umgebungseinträge brauchen einen Namen und einen Wert</translation>
    </message>
    <message>
        <location filename="../model/kube/KubeconfigValidation.cpp" line="+68"/>
        <source>user was not specified</source>
        <translation>kein Benutzer angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &quot;%1&quot; was not found</source>
        <translation>Benutzer „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster was not specified</source>
        <translation>kein Cluster angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster &quot;%1&quot; was not found</source>
        <translation>Cluster „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>namespace &quot;%1&quot; does not conform to the kubernetes DNS_LABEL rules</source>
        <translation>Namespace „%1“ entspricht nicht den DNS_LABEL-Regeln von Kubernetes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no server found for cluster &quot;%1&quot;</source>
        <translation>für Cluster „%1“ ist kein Server angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>certificate-authority-data and certificate-authority are both specified for cluster &quot;%1&quot;</source>
        <translation>für Cluster „%1“ sind certificate-authority-data und certificate-authority beide angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unable to read certificate-authority %1: %2</source>
        <translation>certificate-authority %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>eine Stammzertifikatsdatei zusammen mit insecure-skip-tls-verify ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid proxy-url &quot;%1&quot;: it must be an http, https or socks5 URL with a host</source>
        <translation>ungültige proxy-url „%1“: sie muss eine http-, https- oder socks5-URL mit Host sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unable to read %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>auth-provider cannot be combined with an exec plugin</source>
        <translation>auth-provider kann nicht mit einem exec-Plugin kombiniert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user &quot;%1&quot; uses the auth-provider &quot;%2&quot;, which kubectl no longer supports; use an exec credential plugin instead (for example gke-gcloud-auth-plugin or kubelogin)</source>
        <translation>Benutzer „%1“ verwendet den auth-provider „%2“, den kubectl nicht mehr unterstützt; verwenden Sie stattdessen ein exec-Credential-Plugin (zum Beispiel gke-gcloud-auth-plugin oder kubelogin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more than one authentication method found for user &quot;%1&quot;; found [token basicAuth], only one is allowed</source>
        <translation>für Benutzer „%1“ wurde mehr als eine Anmeldemethode gefunden ([token basicAuth]); nur eine ist erlaubt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>client-certificate-data and client-certificate are both specified</source>
        <translation>client-certificate-data und client-certificate sind beide angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client-key-data and client-key are both specified</source>
        <translation>client-key-data und client-key sind beide angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client-key-data or client-key must be specified to use a client certificate</source>
        <translation>für ein Client-Zertifikat muss client-key-data oder client-key angegeben sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client-certificate-data or client-certificate must be specified to use a client key</source>
        <translation>für einen Client-Schlüssel muss client-certificate-data oder client-certificate angegeben sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>command must be specified to use an exec authentication plugin</source>
        <translation>für ein exec-Anmelde-Plugin muss command angegeben sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apiVersion must be specified to use an exec authentication plugin</source>
        <translation>für ein exec-Anmelde-Plugin muss apiVersion angegeben sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exec plugin: invalid apiVersion &quot;%1&quot; (use %2 or %3)</source>
        <translation>exec-Plugin: ungültige apiVersion „%1“ (verwenden Sie %2 oder %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>env variable name must be specified</source>
        <translation>der Name der Umgebungsvariablen muss angegeben sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interactiveMode must be specified for %1</source>
        <translation>für %1 muss interactiveMode angegeben sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid interactiveMode &quot;%1&quot; (Never, IfAvailable or Always)</source>
        <translation>ungültiger interactiveMode „%1“ (Never, IfAvailable oder Always)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unable to read tokenFile %1: %2</source>
        <translation>tokenFile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no context chosen</source>
        <translation>kein Kontext gewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>context was not found for specified context: %1</source>
        <translation>der angegebene Kontext wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>plain http:// server: credentials and TLS settings are not used</source>
        <translation>unverschlüsselter http://-Server: Zugangsdaten und TLS-Einstellungen werden nicht verwendet</translation>
    </message>
</context>
<context>
    <name>meshfed::MainWindow</name>
    <message>
        <location filename="../gui/app/MainWindow.cpp" line="+18"/>
        <source>Meshfed federates two Consul datacenters on Kubernetes with Vault as their secrets backend.</source>
        <translation>Meshfed föderiert zwei Consul-Rechenzentren auf Kubernetes mit Vault als Secrets-Backend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Meshfed</source>
        <translation>&amp;Über Meshfed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Meshfed</source>
        <translation>Über Meshfed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Meshfed %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Federates two Consul datacenters on two Kubernetes clusters through mesh gateways, with Vault as their secrets backend.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Meshfed %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Föderiert zwei Consul-Rechenzentren auf zwei Kubernetes-Clustern über Mesh-Gateways, mit Vault als Secrets-Backend.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanCommands</name>
    <message>
        <location filename="../gui/cli/PlanCommands.cpp" line="+41"/>
        <source>--api-url %1: expected SECONDARY=URL with a secondary datacenter of the plan</source>
        <translation>--api-url %1: erwartet wird SEKUNDÄR=URL mit einem sekundären Rechenzentrum des Plans</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not written: it needs</source>
        <translation>%1 wurde nicht geschrieben: es fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3, or give %4</source>
        <translation>%1 (%2): %3, oder geben Sie %4 an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a commented starter plan with the documented defaults</source>
        <translation>Einen kommentierten Startplan mit den dokumentierten Vorgaben schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the values files, Vault policies and setup.sh transcript of a plan</source>
        <translation>Die Values-Dateien, Vault-Richtlinien und das setup.sh-Skript eines Plans schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes a commented starter plan: dc1 (primary) and dc2 (secondary) with the documented names, paths and chart versions.</source>
        <translation>Schreibt einen kommentierten Startplan: dc1 (primär) und dc2 (sekundär) mit den dokumentierten Namen, Pfaden und Chart-Versionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan file to write.</source>
        <translation>Die zu schreibende Plandatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>kubeconfig context of the primary datacenter&apos;s cluster.</source>
        <translation>kubeconfig-Kontext des Clusters des primären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kubeconfig context of the secondary datacenter&apos;s cluster.</source>
        <translation>kubeconfig-Kontext des Clusters des sekundären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the plan file if it exists.</source>
        <translation>Die Plandatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exists; not replaced (use --force to replace it)</source>
        <translation>%1 existiert; nicht ersetzt (mit --force ersetzen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes vault-&lt;dc&gt;.yaml and consul-&lt;dc&gt;.yaml for every datacenter, policies/*.hcl and setup.sh. Run-time values the plan does not hold yet can be given as options.</source>
        <translation>Schreibt vault-&lt;dc&gt;.yaml und consul-&lt;dc&gt;.yaml für jedes Rechenzentrum, policies/*.hcl und setup.sh. Laufzeitwerte, die der Plan noch nicht enthält, können als Optionen angegeben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder to write into (created when missing).</source>
        <translation>Der Zielordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault&apos;s external URL, e.g. http://203.0.113.10:8200.</source>
        <translation>Die externe URL von Vault, z. B. http://203.0.113.10:8200.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secondary&apos;s API server URL as reachable from Vault.</source>
        <translation>Die URL des API-Servers des sekundären Rechenzentrums, wie Vault sie erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API server URL of any secondary datacenter.</source>
        <translation>API-Server-URL eines beliebigen sekundären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DC=URL</source>
        <translation>DC=URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The primary&apos;s mesh gateway address.</source>
        <translation>Die Adresse des Mesh-Gateways des primären Rechenzentrums.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace files that exist in the folder.</source>
        <translation>Vorhandene Dateien im Ordner ersetzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exists in %2; nothing was written (use --force to replace)</source>
        <translation>%1 existiert in %2; nichts wurde geschrieben (mit --force ersetzen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanExport</name>
    <message>
        <location filename="../model/plan/PlanExport.cpp" line="+29"/>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanFile</name>
    <message>
        <location filename="../model/plan/PlanFileReader.cpp" line="-114"/>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>a text value</source>
        <translation>ein Textwert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 must be a map, found %2</source>
        <translation>%1 muss eine Zuordnung sein, gefunden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>unbekannter Schlüssel „%1“ in %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be %2, found %3</source>
        <translation>%1 muss %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plan</source>
        <translation>dem Plan</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>apiVersion must be %1, found &quot;%2&quot;</source>
        <translation>apiVersion muss %1 sein, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind must be %1, found &quot;%2&quot;</source>
        <translation>kind muss %1 sein, gefunden: „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the plan: %1</source>
        <translation>der Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/plan/PlanFileWriter.cpp" line="+117"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::PlanValidator</name>
    <message>
        <location filename="../model/plan/PlanRules.cpp" line="+28"/>
        <location line="+12"/>
        <location line="+29"/>
        <location filename="../model/plan/PlanValidator.cpp" line="+110"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must consist of lower-case letters, digits and &apos;-&apos;, and start and end with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und „-“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is longer than 253 characters</source>
        <translation>ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must consist of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern, „-“ und „.“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is longer than 53 characters (Helm&apos;s limit for release names)</source>
        <translation>ist länger als 53 Zeichen (Helms Grenze für Release-Namen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (it appears in the servers&apos; certificate names, server.&lt;datacenter&gt;.&lt;domain&gt;)</source>
        <translation> (er erscheint in den Zertifikatsnamen der Server, server.&lt;Rechenzentrum&gt;.&lt;Domain&gt;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not start with &apos;/&apos;</source>
        <translation>darf nicht mit „/“ beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be path segments of letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, separated by &apos;/&apos;</source>
        <translation>muss aus Pfadteilen aus Buchstaben, Ziffern, „_“, „-“ und „.“ bestehen, getrennt durch „/“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is written without the auth/ prefix; Meshfed adds it where the chart expects it (injector.authPath) and leaves it out where it must not be (connectCA.authMethodPath)</source>
        <translation>wird ohne das Präfix auth/ geschrieben; Meshfed ergänzt es, wo das Chart es erwartet (injector.authPath), und lässt es weg, wo es nicht stehen darf (connectCA.authMethodPath)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is written without data/: Meshfed adds the KV version 2 data/ infix where it is needed</source>
        <translation>wird ohne data/ geschrieben: Meshfed ergänzt den KV-Version-2-Zwischenteil data/, wo er nötig ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must name a secret, not a folder (no trailing &apos;/&apos;)</source>
        <translation>muss ein Geheimnis benennen, keinen Ordner (kein „/“ am Ende)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-empty key of letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>muss ein nicht leerer Schlüssel aus Buchstaben, Ziffern, „_“, „-“ und „.“ sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be lower-case letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, starting with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern, „_“, „-“ und „.“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a duration such as 24h, 30m or 87600h</source>
        <translation>muss eine Dauer wie 24h, 30m oder 87600h sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a URL such as https://host:port</source>
        <translation>muss eine URL wie https://host:port sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a URL such as http://host:port or https://host:port</source>
        <translation>muss eine URL wie http://host:port oder https://host:port sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must start with https://</source>
        <translation>muss mit https:// beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must start with http:// or https://</source>
        <translation>muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain a user name, query or fragment</source>
        <translation>darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not have a path</source>
        <translation>darf keinen Pfad haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a host name or IP address, optionally followed by :port</source>
        <translation>muss ein Hostname oder eine IP-Adresse sein, optional gefolgt von :Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has an invalid port</source>
        <translation>hat einen ungültigen Port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a chart version such as 2.0.3</source>
        <translation>muss eine Chart-Version wie 2.0.3 sein</translation>
    </message>
    <message>
        <location filename="../model/plan/PlanValidator.cpp" line="-73"/>
        <source>&quot;%1&quot; is already used by %2: each datacenter needs its own %3</source>
        <translation>„%1“ wird bereits von %2 verwendet: Jedes Rechenzentrum braucht eine eigene Angabe (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Meshfed&apos;s values were checked against consul chart 2.0.x; %1 may need other keys</source>
        <translation>Meshfeds Values wurden mit dem Consul-Chart 2.0.x geprüft; %1 braucht womöglich andere Schlüssel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Meshfed&apos;s values were checked against vault chart 0.34.x; %1 may need other keys</source>
        <translation>Meshfeds Values wurden mit dem Vault-Chart 0.34.x geprüft; %1 braucht womöglich andere Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known yet: found after installing Vault in %1, or type it in</source>
        <translation>noch nicht bekannt: wird nach der Installation von Vault in %1 ermittelt, oder geben Sie sie ein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is ignored for the primary datacenter: Vault runs there and reviews tokens in-cluster</source>
        <translation>wird für das primäre Rechenzentrum ignoriert: Vault läuft dort und prüft Token im Cluster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not known yet: taken from the kubeconfig of %1&apos;s context, or type in the URL that Vault and the primary&apos;s Consul servers reach</source>
        <translation>noch nicht bekannt: wird aus der kubeconfig des Kontexts von %1 übernommen, oder geben Sie die URL ein, die Vault und die Consul-Server des primären Rechenzentrums erreichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>points to this workstation (%1): Vault and the primary&apos;s Consul servers cannot reach it from their pods unless the cluster is simulated</source>
        <translation>zeigt auf diesen Arbeitsplatz (%1): Vault und die Consul-Server des primären Rechenzentrums erreichen ihn aus ihren Pods nicht, außer der Cluster ist simuliert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is ignored for a secondary datacenter: secondaries dial the primary&apos;s mesh gateway</source>
        <translation>wird für ein sekundäres Rechenzentrum ignoriert: Sekundäre verbinden sich mit dem Mesh-Gateway des primären</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose the kubeconfig context of %1&apos;s cluster</source>
        <translation>wählen Sie den kubeconfig-Kontext des Clusters von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be outside the Connect CA root path %1: Consul mounts both</source>
        <translation>muss außerhalb des Connect-CA-Stammpfads %1 liegen: Consul hängt beide ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between 1 and 99, not %1</source>
        <translation>muss zwischen 1 und 99 liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>datacenter name</source>
        <translation>Rechenzentrumsnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster (kube context)</source>
        <translation>Cluster (kube-Kontext)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault auth mount</source>
        <translation>Vault-Auth-Mount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKI role</source>
        <translation>PKI-Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect CA intermediate path</source>
        <translation>Connect-CA-Zwischenpfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate policy</source>
        <translation>Zertifikatsrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect CA policy</source>
        <translation>Connect-CA-Richtlinie</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>WAN federation needs a primary datacenter and at least one secondary, found %n datacenter(s)</source>
        <translation>
            <numerusform>WAN-Föderation braucht ein primäres und mindestens ein sekundäres Rechenzentrum, gefunden: %n Rechenzentrum</numerusform>
            <numerusform>WAN-Föderation braucht ein primäres und mindestens ein sekundäres Rechenzentrum, gefunden: %n Rechenzentren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::PodModel</name>
    <message>
        <location filename="../model/kube/PodModel.cpp" line="+249"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, exit code %1</source>
        <translation>, Exit-Code %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, restarts: %1</source>
        <translation>, Neustarts: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>init </source>
        <translation>Init </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RESTARTS</source>
        <translation>RESTARTS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
</context>
<context>
    <name>meshfed::SimCommand</name>
    <message>
        <location filename="../gui/cli/SimCommand.cpp" line="+50"/>
        <source>Serves the simulator alone: a Vault dev server and two Kubernetes API servers on 127.0.0.1 (contexts sim-dc1 and sim-dc2), until interrupted. kubectl and vault can talk to it; helm installs are simulated only inside Meshfed (meshfed --demo, meshfed apply --demo).</source>
        <translation>Betreibt nur den Simulator: einen Vault-Dev-Server und zwei Kubernetes-API-Server auf 127.0.0.1 (Kontexte sim-dc1 und sim-dc2), bis er unterbrochen wird. kubectl und vault können ihn ansprechen; Helm-Installationen werden nur innerhalb von Meshfed simuliert (meshfed --demo, meshfed apply --demo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for kubeconfig and vault.env (created when missing).</source>
        <translation>Ordner für kubeconfig und vault.env (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a simulated pod takes to start (default 1500).</source>
        <translation>Wie lange ein simulierter Pod zum Starten braucht (Standard 1500).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Simulated Vault:      %1 (token in %2)</source>
        <translation>Simuliertes Vault:    %1 (Token in %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated cluster:    %1 at %2</source>
        <translation>Simulierter Cluster:  %1 unter %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubeconfig:           %1 (export KUBECONFIG=%1)</source>
        <translation>kubeconfig:           %1 (export KUBECONFIG=%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Läuft, bis er unterbrochen wird (Strg+C).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulator stopped.</source>
        <translation>Simulator beendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serve the simulated Vault and Kubernetes API servers until interrupted</source>
        <translation>Den simulierten Vault und die Kubernetes-API-Server betreiben, bis sie unterbrochen werden</translation>
    </message>
</context>
<context>
    <name>meshfed::Simulator</name>
    <message>
        <location filename="../services/sim/Simulator.cpp" line="+83"/>
        <source>the simulated Vault could not listen on 127.0.0.1: %1</source>
        <translation>das simulierte Vault konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the simulated API server %1 could not listen on 127.0.0.1: %2</source>
        <translation>der simulierte API-Server %1 konnte nicht auf 127.0.0.1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshfed::ValuesGenerator</name>
    <message>
        <location filename="../model/plan/ValuesGenerator.cpp" line="+159"/>
        <source>Vault&apos;s external address</source>
        <translation>die externe Adresse von Vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by the step &quot;Find Vault&apos;s address&quot; once %1 is installed in %2</source>
        <translation>ermittelt vom Schritt „Adresse von Vault finden“, sobald %1 in %2 installiert ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s API server URL</source>
        <translation>die API-Server-URL von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read from the kubeconfig by the step &quot;Configure Vault&apos;s auth method for %1&quot;</source>
        <translation>aus der kubeconfig gelesen vom Schritt „Vault-Anmeldemethode für %1 einrichten“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the address of %1&apos;s mesh gateway</source>
        <translation>die Adresse des Mesh-Gateways von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by the step &quot;Find %1&apos;s mesh gateway address&quot; once Consul is installed there</source>
        <translation>ermittelt vom Schritt „Mesh-Gateway-Adresse von %1 finden“, sobald Consul dort installiert ist</translation>
    </message>
</context>
<context>
    <name>meshfed::VaultConfigResolver</name>
    <message>
        <location filename="../services/vault/VaultClient.cpp" line="+47"/>
        <source>The Vault address &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Die Vault-Adresse „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../services/vault/VaultConfig.cpp" line="+52"/>
        <source>VAULT_SKIP_VERIFY=&quot;%1&quot; is not a boolean and was ignored; certificates are verified.</source>
        <translation>VAULT_SKIP_VERIFY=„%1“ ist kein Wahrheitswert und wurde ignoriert; Zertifikate werden geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault&apos;s TLS certificate is not verified (VAULT_SKIP_VERIFY): anyone on the network path could impersonate Vault and read the token.</source>
        <translation>Das TLS-Zertifikat von Vault wird nicht geprüft (VAULT_SKIP_VERIFY): Jeder auf dem Netzwerkweg könnte sich als Vault ausgeben und das Token lesen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No PEM certificate could be read from the CA file %1.</source>
        <translation>Aus der CA-Datei %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No PEM certificate could be read from the CA folder %1.</source>
        <translation>Aus dem CA-Ordner %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A client certificate needs both VAULT_CLIENT_CERT and VAULT_CLIENT_KEY.</source>
        <translation>Ein Client-Zertifikat braucht sowohl VAULT_CLIENT_CERT als auch VAULT_CLIENT_KEY.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client certificate %1 or its key %2 could not be read.</source>
        <translation>Das Client-Zertifikat %1 oder sein Schlüssel %2 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>meshfed::VaultParsing</name>
    <message>
        <location filename="../services/vault/VaultParsing.cpp" line="+95"/>
        <source>Vault rejected %1 (HTTP %2)</source>
        <translation>Vault hat %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied on %1 (%2, HTTP 403)</source>
        <translation>Zugriff auf %1 verweigert (%2, HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found at %1 (%2, HTTP 404)</source>
        <translation>Unter %1 wurde nichts gefunden (%2, HTTP 404)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists in Vault and was left unchanged (%2, HTTP %3)</source>
        <translation>%1 existiert bereits in Vault und wurde nicht verändert (%2, HTTP %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault was not yet consistent for %1 (HTTP 412)</source>
        <translation>Vault war für %1 noch nicht konsistent (HTTP 412)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault&apos;s request rate limit was reached for %1 (HTTP 429)</source>
        <translation>Die Anfragegrenze von Vault wurde für %1 erreicht (HTTP 429)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault is sealed (%1, HTTP 503); unseal it, then try again</source>
        <translation>Vault ist versiegelt (%1, HTTP 503); entsiegeln Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault is not initialized (%1, HTTP 501)</source>
        <translation>Vault ist nicht initialisiert (%1, HTTP 501)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault failed to handle %1 (HTTP %2)</source>
        <translation>Vault konnte %1 nicht verarbeiten (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault&apos;s answer to %1 is not the JSON expected (HTTP %2)</source>
        <translation>Die Antwort von Vault auf %1 ist nicht das erwartete JSON (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2, which was not expected</source>
        <translation>%1 antwortete unerwartet mit HTTP %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <source>Gave up after %1 attempts.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
</context>
</TS>
