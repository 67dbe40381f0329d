<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location line="+1" />
        <source>A command (see above); none starts the window.</source>
        <translation>Ein Befehl (siehe oben); ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+53" />
        <source>missing required option --%1</source>
        <translation>Pflichtoption --%1 fehlt</translation>
    </message>
</context>
<context>
    <name>meshfed::MainWindow</name>
    <message>
        <location filename="../gui/app/MainWindow.cpp" line="+18" />
        <source>Meshfed federates two Consul datacenters on Kubernetes with Vault as their secrets backend.</source>
        <translation>Meshfed föderiert zwei Consul-Rechenzentren auf Kubernetes mit Vault als Secrets-Backend.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
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
</context>
</TS>