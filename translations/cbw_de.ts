<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>Container Bundle Workbench</source>
        <translation>Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="23"/>
        <source>&amp;Bundles</source>
        <translation>&amp;Bündel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="29"/>
        <source>Bundles of the project: BUNDLED_CONTAINERS for an image, or container-bundle recipes</source>
        <translation>Bündel des Projekts: BUNDLED_CONTAINERS für ein Image oder container-bundle-Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="34"/>
        <source>Containers of the selected bundle, as BUNDLED_CONTAINERS / CONTAINER_BUNDLES entries</source>
        <translation>Container des gewählten Bündels als Einträge von BUNDLED_CONTAINERS / CONTAINER_BUNDLES</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="41"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="47"/>
        <source>image-oci recipes designed in the project</source>
        <translation>Im Projekt entworfene image-oci-Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="52"/>
        <source>OCI_LAYERS of the selected image, bottom layer first</source>
        <translation>OCI_LAYERS des gewählten Images, unterste Schicht zuerst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="59"/>
        <source>&amp;Generated files</source>
        <translation>&amp;Erzeugte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Files the workbench would write for this project</source>
        <translation>Dateien, die die Workbench für dieses Projekt schreiben würde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="86"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="94"/>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="99"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="100"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="101"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="105"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="106"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="113"/>
        <source>&amp;About Container Bundle Workbench</source>
        <translation>Ü&amp;ber Container Bundle Workbench</translation>
    </message>
</context>
<context>
    <name>cbw::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="51"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="51"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="52"/>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="52"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="53"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="53"/>
        <source>Service file</source>
        <translation>Service-Datei</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="56"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="56"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="56"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="85"/>
        <source>%1 has errors; see the diagnostics</source>
        <translation>%1 enthält Fehler; siehe Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="96"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="103"/>
        <location filename="../src/app/mainwindow.cpp" line="109"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="104"/>
        <source>Workbench projects (*.cbw.json);;All files (*)</source>
        <translation>Workbench-Projekte (*.cbw.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="115"/>
        <source>About Container Bundle Workbench</source>
        <translation>Über Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="116"/>
        <source>&lt;p&gt;&lt;b&gt;Container Bundle Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Design, check and export Yocto meta-virtualization container bundles and multi-layer OCI images.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Container Bundle Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Container-Bündel und mehrschichtige OCI-Images für Yocto meta-virtualization entwerfen, prüfen und exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="125"/>
        <source>%1 — Container Bundle Workbench</source>
        <translation>%1 — Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="134"/>
        <source>%1_%2.bb (container-bundle recipe)</source>
        <translation>%1_%2.bb (container-bundle-Rezept)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="136"/>
        <source>BUNDLED_CONTAINERS (%1)</source>
        <translation>BUNDLED_CONTAINERS (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="137"/>
        <source>local.conf</source>
        <translation>local.conf</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <source>%1.bb (%2)</source>
        <translation>%1.bb (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="165"/>
        <source>(no autostart)</source>
        <translation>(kein Autostart)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="167"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="196"/>
        <source>local.conf fragment</source>
        <translation>local.conf-Fragment</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="201"/>
        <source>symbolic link to %1
</source>
        <translation>symbolischer Link auf %1
</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="203"/>
        <source>installed from %1
</source>
        <translation>installiert aus %1
</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="238"/>
        <source>Diagnostics (%1 errors, %2 other)</source>
        <translation>Diagnosen (%1 Fehler, %2 weitere)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="24"/>
        <source>Container Bundle Workbench</source>
        <translation>Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="29"/>
        <source>Project file (*.cbw.json) to open.</source>
        <translation>Zu öffnende Projektdatei (*.cbw.json).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
</TS>
