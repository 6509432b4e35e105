<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BundleEditorPage</name>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="25"/>
        <source>&amp;Bundles</source>
        <translation>Bünde&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="31"/>
        <source>The project&apos;s bundles: BUNDLED_CONTAINERS for local.conf or an image recipe, and container-bundle recipes</source>
        <translation>Die Bündel des Projekts: BUNDLED_CONTAINERS für local.conf oder ein Image-Rezept sowie container-bundle-Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="39"/>
        <location filename="../ui/bundleeditorpage.ui" line="212"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="40"/>
        <source>Add a bundle to the project</source>
        <translation>Dem Projekt ein Bündel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="45"/>
        <location filename="../ui/bundleeditorpage.ui" line="217"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="46"/>
        <source>Remove the selected bundle from the project</source>
        <translation>Das gewählte Bündel aus dem Projekt entfernen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="61"/>
        <source>How the containers get into the image</source>
        <translation>Wie die Container ins Image gelangen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="67"/>
        <source>BUNDLED_&amp;CONTAINERS (local.conf or image recipe)</source>
        <translation>BUNDLED_&amp;CONTAINERS (local.conf oder Image-Rezept)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="68"/>
        <source>BUNDLED_CONTAINERS: the host image&apos;s container-cross-install imports local container images at rootfs time</source>
        <translation>BUNDLED_CONTAINERS: container-cross-install im Host-Image importiert lokale Container-Images beim Erstellen des rootfs</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="73"/>
        <source>Container-bundle &amp;recipe (CONTAINER_BUNDLES)</source>
        <translation>container-bundle-&amp;Rezept (CONTAINER_BUNDLES)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="74"/>
        <source>inherit container-bundle: a package recipe that bundles local and pinned remote containers for one runtime</source>
        <translation>inherit container-bundle: ein Paketrezept, das lokale und per Digest fixierte Remote-Container für eine Laufzeit bündelt</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="95"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="99"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="108"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="114"/>
        <source>Recipe version: the _&lt;version&gt; part of the recipe file name (PV)</source>
        <translation>Rezeptversion: der Teil _&lt;version&gt; des Rezept-Dateinamens (PV)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="119"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="125"/>
        <source>SUMMARY of the bundle recipe</source>
        <translation>SUMMARY des Bündel-Rezepts</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="130"/>
        <source>Run&amp;time:</source>
        <translation>Laufzei&amp;t:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="139"/>
        <source>&amp;Machine:</source>
        <translation>&amp;Maschine:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="145"/>
        <source>MACHINE the bundle is built for; its TARGET_ARCH picks the vruntime multiconfig (BBMULTICONFIG)</source>
        <translation>MACHINE, für die das Bündel gebaut wird; ihre TARGET_ARCH bestimmt die vruntime-Multiconfig (BBMULTICONFIG)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="150"/>
        <source>&amp;Host image:</source>
        <translation>Host-&amp;Image:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="156"/>
        <source>The image that inherits container-cross-install and installs the bundle (IMAGE_INSTALL:append:pn-&lt;image&gt;)</source>
        <translation>Das Image, das container-cross-install erbt und das Bündel installiert (IMAGE_INSTALL:append:pn-&lt;image&gt;)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="161"/>
        <source>&amp;Deploy the first remote container (CONTAINER_BUNDLE_DEPLOY)</source>
        <translation>Ersten Remote-Container bereit&amp;stellen (CONTAINER_BUNDLE_DEPLOY)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="162"/>
        <source>CONTAINER_BUNDLE_DEPLOY = &quot;1&quot;: do_deploy publishes the first fetched remote OCI directory as ${PN}-latest-oci, usable as OCI_BASE_IMAGE</source>
        <translation>CONTAINER_BUNDLE_DEPLOY = &quot;1&quot;: do_deploy stellt das erste abgerufene Remote-OCI-Verzeichnis als ${PN}-latest-oci bereit, verwendbar als OCI_BASE_IMAGE</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="167"/>
        <source>&amp;Accepted fetches:</source>
        <translation>Akzeptierte Abr&amp;ufe:</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="173"/>
        <source>CONTAINER_FLAGS_ACCEPTED: remote references (or *) whose third-party fetch you acknowledge, separated by blanks</source>
        <translation>CONTAINER_FLAGS_ACCEPTED: Remote-Referenzen (oder *), deren Abruf von Drittanbietern Sie bestätigen, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="174"/>
        <source>docker.io/library/redis  (or * for all)</source>
        <translation>docker.io/library/redis  (oder * für alle)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="192"/>
        <source>C&amp;ontainers</source>
        <translation>C&amp;ontainer</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="222"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="227"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="242"/>
        <source>A&amp;pply to local.conf…</source>
        <translation>Auf local.conf an&amp;wenden…</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="252"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="256"/>
        <source>Everything the checks report for this bundle, live; activate an entry to go to its field</source>
        <translation>Alles, was die Prüfungen für dieses Bündel melden, laufend aktualisiert; ein Eintrag führt beim Aktivieren zu seinem Feld</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="263"/>
        <source>Autostart units</source>
        <translation>Autostart-Units</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="269"/>
        <source>The systemd units and Quadlet files the classes write into the host rootfs for containers with a restart policy</source>
        <translation>Die systemd-Units und Quadlet-Dateien, die die Klassen für Container mit Neustart-Richtlinie in das Host-rootfs schreiben</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="275"/>
        <source>Generated text</source>
        <translation>Erzeugter Text</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="281"/>
        <source>The local.conf fragment or the bundle recipe this bundle stands for</source>
        <translation>Das local.conf-Fragment oder das Bündel-Rezept, für das dieses Bündel steht</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="299"/>
        <source>Build directory &amp;sources</source>
        <translation>&amp;Quellen im Build-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="307"/>
        <source>Container image recipes and deployed -oci directories of the opened build directory; drag into the table, or press Enter</source>
        <translation>Container-Image-Rezepte und bereitgestellte -oci-Verzeichnisse des geöffneten Build-Verzeichnisses; in die Tabelle ziehen oder Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="320"/>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="324"/>
        <source>What meta-virtualization needs in the build configuration, checked against the opened build directory</source>
        <translation>Was meta-virtualization in der Build-Konfiguration benötigt, geprüft am geöffneten Build-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorpage.ui" line="330"/>
        <source>&amp;Fix</source>
        <translation>B&amp;eheben</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../ui/inspectorpage.ui" line="11"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="21"/>
        <source>Path of an OCI layout, oci-archive or docker-archive (optionally :TAG or oci:/path:tag)</source>
        <translation>Pfad eines OCI-Layouts, oci-archive oder docker-archive (optional :TAG oder oci:/path:tag)</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="31"/>
        <location filename="../ui/inspectorpage.ui" line="329"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="44"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="61"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="111"/>
        <source>Deployed images (click to open)</source>
        <translation>Bereitgestellte Images (Klick öffnet)</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="124"/>
        <source>OCI layouts under tmp*/deploy/images of the build directory; one click opens one</source>
        <translation>OCI-Layouts unter tmp*/deploy/images des Build-Verzeichnisses; ein Klick öffnet eines</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="131"/>
        <source>Layers (bottom first)</source>
        <translation>Schichten (unterste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="173"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="193"/>
        <source>&amp;Merged up to this layer</source>
        <translation>Zusa&amp;mmengeführt bis zu dieser Schicht</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="203"/>
        <source>&amp;This layer only</source>
        <translation>Nur diese &amp;Schicht</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="210"/>
        <source>Only &amp;changes</source>
        <translation>Nur Ä&amp;nderungen</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="217"/>
        <source>Filter names, or paths with /</source>
        <translation>Namen filtern, oder Pfade mit /</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="227"/>
        <source>E&amp;xtract…</source>
        <translation>E&amp;xtrahieren…</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="256"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="287"/>
        <source>Click a path to show it in the file tree</source>
        <translation>Klicken Sie auf einen Pfad, um ihn im Dateibaum anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="295"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="315"/>
        <source>Compare with (B):</source>
        <translation>Vergleichen mit (B):</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="336"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/inspectorpage.ui" line="373"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>LocalConfApplyDialog</name>
    <message>
        <location filename="../ui/bundleeditorapplydialog.ui" line="9"/>
        <source>Apply to local.conf</source>
        <translation>Auf local.conf anwenden</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorapplydialog.ui" line="20"/>
        <source>Also add the missing &amp;DISTRO_FEATURES (virtualization vcontainer)</source>
        <translation>Auch die fehlenden &amp;DISTRO_FEATURES ergänzen (virtualization vcontainer)</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorapplydialog.ui" line="21"/>
        <source>Appends a DISTRO_FEATURES:append line for the words local.conf lacks</source>
        <translation>Fügt eine DISTRO_FEATURES:append-Zeile für die Wörter an, die in local.conf fehlen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorapplydialog.ui" line="26"/>
        <source>Also add the vruntime &amp;multiconfig to BBMULTICONFIG</source>
        <translation>Auch die vruntime-&amp;Multiconfig zu BBMULTICONFIG hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorapplydialog.ui" line="27"/>
        <source>Appends a BBMULTICONFIG:append line with the target architecture&apos;s vruntime multiconfig</source>
        <translation>Fügt eine BBMULTICONFIG:append-Zeile mit der vruntime-Multiconfig der Zielarchitektur an</translation>
    </message>
    <message>
        <location filename="../ui/bundleeditorapplydialog.ui" line="34"/>
        <source>Unified diff of local.conf: only the lines shown change; the old file is kept as local.conf.bak</source>
        <translation>Unified Diff von local.conf: Nur die gezeigten Zeilen ändern sich; die alte Datei bleibt als local.conf.bak erhalten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>Container Bundle Workbench</source>
        <translation>Container Bundle Workbench</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation type="vanished">&amp;Bündel</translation>
    </message>
    <message>
        <source>Bundles of the project: BUNDLED_CONTAINERS for an image, or container-bundle recipes</source>
        <translation type="vanished">Bündel des Projekts: BUNDLED_CONTAINERS für ein Image oder container-bundle-Rezepte</translation>
    </message>
    <message>
        <source>Containers of the selected bundle, as BUNDLED_CONTAINERS / CONTAINER_BUNDLES entries</source>
        <translation type="vanished">Container des gewählten Bündels als Einträge von BUNDLED_CONTAINERS / CONTAINER_BUNDLES</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="vanished">&amp;Images</translation>
    </message>
    <message>
        <source>image-oci recipes designed in the project</source>
        <translation type="vanished">Im Projekt entworfene image-oci-Rezepte</translation>
    </message>
    <message>
        <source>OCI_LAYERS of the selected image, bottom layer first</source>
        <translation type="vanished">OCI_LAYERS des gewählten Images, unterste Schicht zuerst</translation>
    </message>
    <message>
        <source>&amp;Generated files</source>
        <translation type="vanished">&amp;Erzeugte Dateien</translation>
    </message>
    <message>
        <source>Files the workbench would write for this project</source>
        <translation type="vanished">Dateien, die die Workbench für dieses Projekt schreiben würde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="30"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="45"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="48"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="51"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="61"/>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="73"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="79"/>
        <source>Which diagnostics the list shows</source>
        <translation>Welche Diagnosen die Liste zeigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Errors, warnings and notes</source>
        <translation>Fehler, Warnungen und Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="81"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="82"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="97"/>
        <source>Double-click or press Enter to go to the field or the source line</source>
        <translation>Doppelklick oder Eingabetaste springt zum Feld oder zur Quellzeile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="112"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="117"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="122"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="123"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="vanished">Schwere</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="vanished">Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Meldung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="126"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="127"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="130"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="131"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="135"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="138"/>
        <source>Open Yocto &amp;Build Directory…</source>
        <translation>Yocto-&amp;Build-Verzeichnis öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="139"/>
        <source>Read conf/local.conf, conf/bblayers.conf, the layers&apos; recipes and the deploy directory of a build (nothing is run)</source>
        <translation>Liest conf/local.conf, conf/bblayers.conf, die Rezepte der Layer und das Deploy-Verzeichnis eines Builds (es wird nichts ausgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="140"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="143"/>
        <source>&amp;Rescan Build Directory</source>
        <translation>Build-Verzeichnis &amp;neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="147"/>
        <source>&amp;Next Diagnostic</source>
        <translation>&amp;Nächste Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="148"/>
        <source>Go to the next diagnostic&apos;s field or source line</source>
        <translation>Zum Feld oder zur Quellzeile der nächsten Diagnose springen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="149"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="152"/>
        <source>&amp;Previous Diagnostic</source>
        <translation>&amp;Vorherige Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="153"/>
        <source>Go to the previous diagnostic&apos;s field or source line</source>
        <translation>Zum Feld oder zur Quellzeile der vorherigen Diagnose springen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="154"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="158"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="161"/>
        <source>&amp;About Container Bundle Workbench</source>
        <translation>Ü&amp;ber Container Bundle Workbench</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="185"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="187"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="191"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>cbw::app::BundleEditorPage</name>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="44"/>
        <source>container-bundle recipe</source>
        <translation>container-bundle-Rezept</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="45"/>
        <source>BUNDLED_CONTAINERS</source>
        <translation>BUNDLED_CONTAINERS</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="75"/>
        <source>Switch bundle mode</source>
        <translation>Bündelmodus wechseln</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="77"/>
        <source>The containers can be converted:</source>
        <translation>Die Container lassen sich umwandeln:</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="78"/>
        <source>Not everything can be converted. Switch anyway?</source>
        <translation>Nicht alles lässt sich umwandeln. Trotzdem wechseln?</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="174"/>
        <source>Add a container</source>
        <translation>Container hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="176"/>
        <source>Remove the selected containers</source>
        <translation>Gewählte Container entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="178"/>
        <source>Move the container up</source>
        <translation>Container nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="180"/>
        <source>Move the container down</source>
        <translation>Container nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="191"/>
        <source>Add a bundle</source>
        <translation>Bündel hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="196"/>
        <source>Remove the bundle</source>
        <translation>Bündel entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="227"/>
        <source>Rename bundle</source>
        <translation>Bündel umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="229"/>
        <source>Change recipe version</source>
        <translation>Rezeptversion ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="231"/>
        <source>Change summary</source>
        <translation>Kurzbeschreibung ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="233"/>
        <source>Change machine</source>
        <translation>Maschine ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="235"/>
        <source>Change host image</source>
        <translation>Host-Image ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="237"/>
        <source>Change accepted fetches</source>
        <translation>Akzeptierte Abrufe ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="243"/>
        <source>Change runtime</source>
        <translation>Laufzeit ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="247"/>
        <source>Deploy the first remote container</source>
        <translation>Ersten Remote-Container bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="248"/>
        <source>Do not deploy remote containers</source>
        <translation>Keine Remote-Container bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="305"/>
        <source>Bundles</source>
        <translation>Bündel</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="370"/>
        <source>A container-bundle recipe (CONTAINER_BUNDLES)</source>
        <translation>Ein container-bundle-Rezept (CONTAINER_BUNDLES)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="371"/>
        <source>BUNDLED_CONTAINERS for local.conf or an image recipe</source>
        <translation>BUNDLED_CONTAINERS für local.conf oder ein Image-Rezept</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="392"/>
        <source>&lt;b&gt;Container-bundle recipe&lt;/b&gt;: a package that carries the containers; install it per image with &lt;tt&gt;IMAGE_INSTALL:append:pn-&amp;lt;image&amp;gt;&lt;/tt&gt;. Use it to pull pinned remote images (&lt;tt&gt;CONTAINER_DIGESTS&lt;/tt&gt;), to ship the same set to several images, or to reuse a fetched image as &lt;tt&gt;OCI_BASE_IMAGE&lt;/tt&gt; (deploy). One runtime per recipe.</source>
        <translation>&lt;b&gt;container-bundle-Rezept&lt;/b&gt;: ein Paket, das die Container enthält; installieren Sie es pro Image mit &lt;tt&gt;IMAGE_INSTALL:append:pn-&amp;lt;image&amp;gt;&lt;/tt&gt;. Damit lassen sich per Digest fixierte Remote-Images abrufen (&lt;tt&gt;CONTAINER_DIGESTS&lt;/tt&gt;), dieselbe Zusammenstellung an mehrere Images ausliefern oder ein abgerufenes Image als &lt;tt&gt;OCI_BASE_IMAGE&lt;/tt&gt; wiederverwenden (Deploy). Eine Laufzeit pro Rezept.</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="397"/>
        <source>&lt;b&gt;BUNDLED_CONTAINERS&lt;/b&gt;: the simplest route for containers built in this build (image-oci recipes or &lt;tt&gt;-oci&lt;/tt&gt; directories); docker and podman may be mixed per entry. Set in local.conf or the host image recipe. It cannot fetch from registries: use a bundle recipe for remote images.</source>
        <translation>&lt;b&gt;BUNDLED_CONTAINERS&lt;/b&gt;: der einfachste Weg für Container, die in diesem Build gebaut werden (image-oci-Rezepte oder &lt;tt&gt;-oci&lt;/tt&gt;-Verzeichnisse); docker und podman dürfen pro Eintrag gemischt werden. Wird in local.conf oder im Rezept des Host-Images gesetzt. Kann nicht aus Registries abrufen: Verwenden Sie für Remote-Images ein Bündel-Rezept.</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="422"/>
        <source>Recipe &amp;name:</source>
        <translation>Rezept&amp;name:</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="422"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="424"/>
        <source>PN of the bundle recipe: the &lt;name&gt; of &lt;name&gt;_&lt;version&gt;.bb</source>
        <translation>PN des Bündel-Rezepts: der Teil &lt;name&gt; von &lt;name&gt;_&lt;version&gt;.bb</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="425"/>
        <source>A name for this set of BUNDLED_CONTAINERS in the project (not written to local.conf)</source>
        <translation>Ein Name für diese Zusammenstellung von BUNDLED_CONTAINERS im Projekt (wird nicht in local.conf geschrieben)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="435"/>
        <source>CONTAINER_BUNDLE_RUNTIME: the one runtime of this bundle recipe</source>
        <translation>CONTAINER_BUNDLE_RUNTIME: die einzige Laufzeit dieses Bündel-Rezepts</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="436"/>
        <source>BUNDLED_CONTAINERS: runtime field (name:runtime:policy) written for entries that do not choose their own</source>
        <translation>BUNDLED_CONTAINERS: Laufzeitfeld (name:runtime:policy), das für Einträge ohne eigene Laufzeit geschrieben wird</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="443"/>
        <source>Write BUNDLED_CONTAINERS and CONTAINER_SERVICE_FILE[...] into %1, changing only those statements (a .bak is kept); shows the diff first</source>
        <translation>Schreibt BUNDLED_CONTAINERS und CONTAINER_SERVICE_FILE[...] in %1 und ändert nur diese Anweisungen (eine .bak-Datei bleibt erhalten); zeigt vorher den Diff</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="446"/>
        <source>Open a build directory to apply this bundle to its conf/local.conf</source>
        <translation>Öffnen Sie ein Build-Verzeichnis, um dieses Bündel auf dessen conf/local.conf anzuwenden</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="486"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="487"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="503"/>
        <source>bundle %1</source>
        <translation>Bündel %1</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="522"/>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="549"/>
        <source>conf/local.conf fragment (%1)</source>
        <translation>conf/local.conf-Fragment (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="558"/>
        <source>symbolic link to %1
</source>
        <translation>symbolischer Link auf %1
</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="563"/>
        <source> (custom: %1)</source>
        <translation> (eigene Datei: %1)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="587"/>
        <source>No container has a restart policy, so neither class writes a unit.
Choose a policy (autostart, always, ...) to get a systemd unit (docker) or a Quadlet file (podman).
</source>
        <translation>Kein Container hat eine Neustart-Richtlinie, daher schreibt keine der Klassen eine Unit.
Wählen Sie eine Richtlinie (autostart, always, ...), um eine systemd-Unit (docker) oder eine Quadlet-Datei (podman) zu erhalten.
</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="593"/>
        <source>The bundle recipe is not generated while the design has errors; see Problems.
</source>
        <translation>Das Bündel-Rezept wird nicht erzeugt, solange der Entwurf Fehler enthält; siehe Probleme.
</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="595"/>
        <source>The local.conf fragment is not generated while the design has errors; see Problems.
</source>
        <translation>Das local.conf-Fragment wird nicht erzeugt, solange der Entwurf Fehler enthält; siehe Probleme.
</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="628"/>
        <source>
Open a build directory to check its local.conf.</source>
        <translation>
Öffnen Sie ein Build-Verzeichnis, um dessen local.conf zu prüfen.</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="630"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="632"/>
        <source>local.conf line: %1</source>
        <translation>local.conf-Zeile: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="636"/>
        <source>%n source(s) in %1</source>
        <translation>
            <numerusform>%n Quelle in %1</numerusform>
            <numerusform>%n Quellen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="638"/>
        <source>Open a build directory to list its container recipes and deployed images.</source>
        <translation>Öffnen Sie ein Build-Verzeichnis, um dessen Container-Rezepte und bereitgestellte Images aufzulisten.</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="664"/>
        <source>&amp;Fix in local.conf…</source>
        <translation>In local.conf b&amp;eheben…</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="664"/>
        <source>&amp;Fix</source>
        <translation>B&amp;eheben</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="676"/>
        <source>Use the build directory&apos;s machine</source>
        <translation>Maschine des Build-Verzeichnisses verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="713"/>
        <source>Make a container-bundle recipe</source>
        <translation>In container-bundle-Rezept umwandeln</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="714"/>
        <source>Use BUNDLED_CONTAINERS</source>
        <translation>BUNDLED_CONTAINERS verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="724"/>
        <source>Add bundle</source>
        <translation>Bündel hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="736"/>
        <source>Remove bundle %1</source>
        <translation>Bündel %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="823"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="843"/>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="862"/>
        <source>local.conf already has this bundle</source>
        <translation>local.conf enthält dieses Bündel bereits</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/bundleeditorpage.cpp" line="865"/>
        <source>Wrote %1 (previous version kept as .bak)</source>
        <translation>%1 geschrieben (vorherige Version als .bak erhalten)</translation>
    </message>
</context>
<context>
    <name>cbw::app::ContainerDelegate</name>
    <message>
        <location filename="../src/app/bundleeditor/containerdelegate.cpp" line="44"/>
        <source>Choose the .service or .container file</source>
        <translation>Die .service- oder .container-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containerdelegate.cpp" line="51"/>
        <source>Custom service file</source>
        <translation>Eigene Service-Datei</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containerdelegate.cpp" line="52"/>
        <source>Units (*.service *.container);;All files (*)</source>
        <translation>Units (*.service *.container);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containerdelegate.cpp" line="111"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>cbw::app::ContainerTableModel</name>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="196"/>
        <source>CONTAINER_BUNDLES: source field (source:policy): a container image recipe, or a registry reference with an explicit tag</source>
        <translation>CONTAINER_BUNDLES: Quellfeld (source:policy): ein Container-Image-Rezept oder eine Registry-Referenz mit explizitem Tag</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="198"/>
        <source>BUNDLED_CONTAINERS: name field (name:runtime:policy): a container image recipe or an -oci directory in DEPLOY_DIR_IMAGE</source>
        <translation>BUNDLED_CONTAINERS: Namensfeld (name:runtime:policy): ein Container-Image-Rezept oder ein -oci-Verzeichnis in DEPLOY_DIR_IMAGE</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="201"/>
        <source>CONTAINER_BUNDLE_RUNTIME: one runtime for the whole bundle recipe (set it above)</source>
        <translation>CONTAINER_BUNDLE_RUNTIME: eine Laufzeit für das ganze Bündel-Rezept (oben einstellen)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="203"/>
        <source>BUNDLED_CONTAINERS: runtime field (name:runtime:policy); empty uses the bundle&apos;s runtime</source>
        <translation>BUNDLED_CONTAINERS: Laufzeitfeld (name:runtime:policy); leer bedeutet die Laufzeit des Bündels</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="206"/>
        <source>CONTAINER_BUNDLES: restart policy field (source:policy)</source>
        <translation>CONTAINER_BUNDLES: Feld der Neustart-Richtlinie (source:policy)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="207"/>
        <source>BUNDLED_CONTAINERS: restart policy field (name:runtime:policy)</source>
        <translation>BUNDLED_CONTAINERS: Feld der Neustart-Richtlinie (name:runtime:policy)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="209"/>
        <source>External is a BUNDLED_CONTAINERS field; a bundle recipe always depends on local container recipes</source>
        <translation>Extern ist ein Feld von BUNDLED_CONTAINERS; ein Bündel-Rezept hängt immer von lokalen Container-Rezepten ab</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="211"/>
        <source>BUNDLED_CONTAINERS: external field (name:runtime:policy:external): no build dependency on the container recipe</source>
        <translation>BUNDLED_CONTAINERS: Feld external (name:runtime:policy:external): keine Build-Abhängigkeit vom Container-Rezept</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="216"/>
        <source>CONTAINER_DIGESTS[%1]: the pinned digest (sha256: and 64 lower-case hex digits) of a remote container</source>
        <translation>CONTAINER_DIGESTS[%1]: der fixierte Digest (sha256: und 64 Hex-Ziffern in Kleinbuchstaben) eines Remote-Containers</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="219"/>
        <source>CONTAINER_DIGESTS applies to remote containers of bundle recipes only</source>
        <translation>CONTAINER_DIGESTS gilt nur für Remote-Container von Bündel-Rezepten</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="223"/>
        <source>The varflag the class reads: every &apos;/&apos; and &apos;:&apos; of the reference becomes &apos;_&apos;</source>
        <translation>Das Varflag, das die Klasse liest: Jedes &apos;/&apos; und &apos;:&apos; der Referenz wird zu &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="225"/>
        <source>CONTAINER_SERVICE_FILE[%1]: a custom .service (docker) or .container (podman) file replacing the generated unit; used only with a restart policy</source>
        <translation>CONTAINER_SERVICE_FILE[%1]: eine eigene .service- (docker) oder .container-Datei (podman), die die erzeugte Unit ersetzt; wird nur mit Neustart-Richtlinie verwendet</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="229"/>
        <source>The varflag the class reads for a custom service file</source>
        <translation>Das Varflag, das die Klasse für eine eigene Service-Datei liest</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="256"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="328"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="328"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="330"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="332"/>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="334"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="336"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="338"/>
        <source>Digest varflag</source>
        <translation>Digest-Varflag</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="340"/>
        <source>Custom service file</source>
        <translation>Eigene Service-Datei</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="342"/>
        <source>Service file varflag</source>
        <translation>Service-Datei-Varflag</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="389"/>
        <source>Mark container external</source>
        <translation>Container als extern markieren</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="390"/>
        <source>Mark container not external</source>
        <translation>Container als nicht extern markieren</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="400"/>
        <source>Rename container</source>
        <translation>Container umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="405"/>
        <source>Change container runtime</source>
        <translation>Container-Laufzeit ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="413"/>
        <source>Change restart policy</source>
        <translation>Neustart-Richtlinie ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="419"/>
        <source>Change digest</source>
        <translation>Digest ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="422"/>
        <source>Change custom service file</source>
        <translation>Eigene Service-Datei ändern</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="465"/>
        <source>Add container %1</source>
        <translation>Container %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="466"/>
        <source>Add %n container(s)</source>
        <translation>
            <numerusform>%n Container hinzufügen</numerusform>
            <numerusform>%n Container hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="486"/>
        <source>Remove container %1</source>
        <translation>Container %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="487"/>
        <source>Remove %n container(s)</source>
        <translation>
            <numerusform>%n Container entfernen</numerusform>
            <numerusform>%n Container entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="504"/>
        <source>Move container up</source>
        <translation>Container nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/containertablemodel.cpp" line="504"/>
        <source>Move container down</source>
        <translation>Container nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>cbw::app::DiagnosticsModel</name>
    <message>
        <location filename="../src/app/diagnosticsmodel.cpp" line="124"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticsmodel.cpp" line="126"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticsmodel.cpp" line="128"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticsmodel.cpp" line="130"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>cbw::app::InspectorPage</name>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="96"/>
        <source>OCI layout directory…</source>
        <translation>OCI-Layout-Verzeichnis…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="97"/>
        <source>Open OCI layout</source>
        <translation>OCI-Layout öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="101"/>
        <source>Archive (oci-archive, docker-archive)…</source>
        <translation>Archiv (oci-archive, docker-archive)…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="103"/>
        <source>Open image archive</source>
        <translation>Image-Archiv öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="103"/>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>Image-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="120"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="120"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="157"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="120"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="157"/>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="120"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="120"/>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="136"/>
        <source>%1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation>%1 &amp;nbsp; %2 &amp;nbsp; %3</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="137"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="138"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="139"/>
        <source>removed / hidden</source>
        <translation>entfernt / verdeckt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="157"/>
        <source>Only in</source>
        <translation>Nur in</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="157"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="164"/>
        <source>Image B (OCI layout)</source>
        <translation>Image B (OCI-Layout)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="173"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="396"/>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="182"/>
        <source>Loading %1 cancelled.</source>
        <translation>Laden von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="194"/>
        <source>Reading image B</source>
        <translation>Lese Image B</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="210"/>
        <source>Extracted to %1: %2 files, %3 directories, %4 links, %5.</source>
        <translation>Nach %1 extrahiert: %2 Dateien, %3 Verzeichnisse, %4 Links, %5.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="218"/>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="248"/>
        <source>Open an OCI image layout or archive, or click a deployed image.</source>
        <translation>Öffnen Sie ein OCI-Image-Layout oder -Archiv, oder klicken Sie auf ein bereitgestelltes Image.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="275"/>
        <source>E&amp;xtract…</source>
        <translation>E&amp;xtrahieren…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="300"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="345"/>
        <source>The build directory has no deployed OCI images.</source>
        <translation>Das Build-Verzeichnis enthält keine bereitgestellten OCI-Images.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="346"/>
        <source>No build directory is open.</source>
        <translation>Kein Build-Verzeichnis geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="357"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="361"/>
        <source>%1 is a dangling link</source>
        <translation>%1 ist ein verwaister Link</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="395"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="675"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="466"/>
        <source>diff_id %1</source>
        <translation>diff_id %1</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="480"/>
        <source>Layer %1 — %2 compressed, %3 uncompressed
added %4 (%5 paths), modified %6 (%7), removed %8 (%9)
%10</source>
        <translation>Schicht %1 — %2 komprimiert, %3 unkomprimiert
hinzugefügt %4 (%5 Pfade), geändert %6 (%7), entfernt %8 (%9)
%10</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="490"/>
        <source>(no created_by)</source>
        <translation>(kein created_by)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="512"/>
        <source>Efficiency %1 % (dive&apos;s score). Shipped in all layers: %2. Wasted: %3 on paths that a higher layer rewrites or removes (paths: %4; dive&apos;s potential waste: %5).</source>
        <translation>Effizienz %1 % (Bewertung nach dive). In allen Schichten ausgeliefert: %2. Verschwendet: %3 auf Pfaden, die eine höhere Schicht überschreibt oder entfernt (Pfade: %4; potenzielle Verschwendung nach dive: %5).</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="528"/>
        <source>%1 — layers: %2, compressed: %3, paths: %4, efficiency: %5 %.</source>
        <translation>%1 — Schichten: %2, komprimiert: %3, Pfade: %4, Effizienz: %5 %.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="715"/>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="749"/>
        <source>A = %1, B = %2: %3 added, %4 removed, %5 changed paths. Layers only in B: %6; a device holding A downloads %7.</source>
        <translation>A = %1, B = %2: %3 hinzugefügte, %4 entfernte, %5 geänderte Pfade. Schichten nur in B: %6; ein Gerät mit A lädt %7 herunter.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="676"/>
        <source>Comparing with %1</source>
        <translation>Vergleiche mit %1</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="772"/>
        <source>Extract %1 into</source>
        <translation>%1 extrahieren nach</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="784"/>
        <source>(from the final filesystem)</source>
        <translation>(aus dem endgültigen Dateisystem)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="785"/>
        <source>Extracting %1…</source>
        <translation>Extrahiere %1…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="786"/>
        <source>Extracting %1</source>
        <translation>Extrahiere %1</translation>
    </message>
</context>
<context>
    <name>cbw::app::LayersPage</name>
    <message>
        <location filename="../src/app/layerspage.cpp" line="27"/>
        <source>image-oci recipes designed in the project</source>
        <translation>Im Projekt entworfene image-oci-Rezepte</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="29"/>
        <source>OCI_LAYERS of the selected image, bottom layer first</source>
        <translation>OCI_LAYERS des gewählten Images, unterste Schicht zuerst</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="31"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="31"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="31"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="41"/>
        <source>OCI_LAYER_MODE and OCI_BASE_IMAGE of the selected image</source>
        <translation>OCI_LAYER_MODE und OCI_BASE_IMAGE des gewählten Images</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="43"/>
        <source>Image designs are shown read-only; the layer designer that edits them is not part of this version.</source>
        <translation>Image-Entwürfe werden nur angezeigt; der Schicht-Designer, der sie bearbeitet, ist nicht Teil dieser Version.</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="73"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="91"/>
        <source># cannot generate this recipe: %1
</source>
        <translation># dieses Rezept kann nicht erzeugt werden: %1
</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="121"/>
        <source>%1.bb (%2)</source>
        <translation>%1.bb (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="137"/>
        <source>The project designs no OCI images.</source>
        <translation>Das Projekt entwirft keine OCI-Images.</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="141"/>
        <source>OCI_LAYER_MODE = %1, OCI_BASE_IMAGE = %2</source>
        <translation>OCI_LAYER_MODE = %1, OCI_BASE_IMAGE = %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerspage.cpp" line="144"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
</context>
<context>
    <name>cbw::app::LocalConfApplyDialog</name>
    <message>
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="59"/>
        <source>&amp;Write local.conf</source>
        <translation>local.conf &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="80"/>
        <source>%1 cannot be changed:</source>
        <translation>%1 kann nicht geändert werden:</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="83"/>
        <source>%1 already says this; nothing to write.</source>
        <translation>%1 enthält dies bereits; nichts zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="86"/>
        <source>%n statement(s) of %1 change; every other byte stays. The current file is kept as %2.</source>
        <translation>
            <numerusform>%n Anweisung in %1 ändert sich; alle anderen Bytes bleiben unverändert. Die aktuelle Datei wird als %2 aufbewahrt.</numerusform>
            <numerusform>%n Anweisungen in %1 ändern sich; alle anderen Bytes bleiben unverändert. Die aktuelle Datei wird als %2 aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cbw::app::MainWindow</name>
    <message>
        <source>Source</source>
        <translation type="vanished">Quelle</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="vanished">Laufzeit</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="vanished">Neustart-Richtlinie</translation>
    </message>
    <message>
        <source>External</source>
        <translation type="vanished">Extern</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="vanished">Digest</translation>
    </message>
    <message>
        <source>Service file</source>
        <translation type="vanished">Service-Datei</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="vanished">Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="vanished">Elemente</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="vanished">Inspektor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OCI image inspector&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Inspecting OCI image layouts (manifests, layers, history) is not part of this version.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;b&gt;OCI-Image-Inspektor&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Das Untersuchen von OCI-Image-Layouts (Manifeste, Schichten, Historie) ist nicht Teil dieser Version.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="132"/>
        <source>&lt;p&gt;&lt;b&gt;VM panel&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Booting the built image in QEMU and checking the containers inside is not part of this version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VM-Bereich&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Das gebaute Image in QEMU zu starten und die Container darin zu prüfen ist nicht Teil dieser Version.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="182"/>
        <source>Preview — %1</source>
        <translation>Vorschau — %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="182"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="193"/>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;geöffnetes Projekt&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="194"/>
        <source>Every edit of this session; click one to go back to it</source>
        <translation>Jede Änderung dieser Sitzung; ein Klick kehrt zu ihr zurück</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="249"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="253"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="301"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="333"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="334"/>
        <source>Stop the scan; what was read so far is kept</source>
        <translation>Einlesen abbrechen; bisher Gelesenes bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="369"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="371"/>
        <source>Build directory</source>
        <translation>Build-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="382"/>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="384"/>
        <source>Diagnostics (%1 errors, %2 warnings)</source>
        <translation>Diagnosen (%1 Fehler, %2 Warnungen)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="385"/>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="400"/>
        <source>No diagnostics</source>
        <translation>Keine Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="431"/>
        <source>This diagnostic points at no field or file line.</source>
        <translation>Diese Diagnose verweist auf kein Feld und keine Dateizeile.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="456"/>
        <source>The new project</source>
        <translation>Das neue Projekt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="478"/>
        <location filename="../src/app/mainwindow.cpp" line="546"/>
        <location filename="../src/app/mainwindow.cpp" line="742"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="481"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="518"/>
        <source>%1 has errors; see the diagnostics</source>
        <translation>%1 enthält Fehler; siehe Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="530"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="564"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="576"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="593"/>
        <location filename="../src/app/mainwindow.cpp" line="638"/>
        <source>Scanning %1…</source>
        <translation>Lese %1 ein…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="608"/>
        <source>The project&apos;s build directory %1 does not exist; open another one with File &gt; Open Yocto Build Directory</source>
        <translation>Das Build-Verzeichnis %1 des Projekts existiert nicht; öffnen Sie ein anderes mit Datei &gt; Yocto-Build-Verzeichnis öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="632"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="657"/>
        <source>Use build directory %1</source>
        <translation>Build-Verzeichnis %1 verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="660"/>
        <source>Scan of %1 cancelled</source>
        <translation>Einlesen von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="661"/>
        <source>Build directory %1: %2 layers, %3 recipes, %4 deployed images</source>
        <translation>Build-Verzeichnis %1: %2 Layer, %3 Rezepte, %4 bereitgestellte Images</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="678"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="697"/>
        <source>%1
%2
autosaved %3</source>
        <translation>%1
%2
automatisch gespeichert %3</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="698"/>
        <source>(unnamed project)</source>
        <translation>(unbenanntes Projekt)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="699"/>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="710"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="712"/>
        <source>The recovery file %1 is damaged.</source>
        <translation>Die Wiederherstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="725"/>
        <source>Restore autosaved changes</source>
        <translation>Automatisch gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="730"/>
        <source>Restored autosaved changes</source>
        <translation>Automatisch gespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="743"/>
        <source>%1[*] — Container Bundle Workbench</source>
        <translation>%1[*] — Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="296"/>
        <location filename="../src/app/mainwindow.cpp" line="497"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Workbench projects (*.cbw.json);;All files (*)</source>
        <translation type="vanished">Workbench-Projekte (*.cbw.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="313"/>
        <source>About Container Bundle Workbench</source>
        <translation>Über Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="314"/>
        <source>&lt;p&gt;&lt;b&gt;Container Bundle Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Design, check and export Yocto meta-virtualization container bundles and multi-layer OCI images.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Container Bundle Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Container-Bündel und mehrschichtige OCI-Images für Yocto meta-virtualization entwerfen, prüfen und exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Container Bundle Workbench</source>
        <translation type="vanished">%1 — Container Bundle Workbench</translation>
    </message>
    <message>
        <source>%1_%2.bb (container-bundle recipe)</source>
        <translation type="vanished">%1_%2.bb (container-bundle-Rezept)</translation>
    </message>
    <message>
        <source>BUNDLED_CONTAINERS (%1)</source>
        <translation type="vanished">BUNDLED_CONTAINERS (%1)</translation>
    </message>
    <message>
        <source>local.conf</source>
        <translation type="vanished">local.conf</translation>
    </message>
    <message>
        <source>%1.bb (%2)</source>
        <translation type="vanished">%1.bb (%2)</translation>
    </message>
    <message>
        <source>(no autostart)</source>
        <translation type="vanished">(kein Autostart)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">ja</translation>
    </message>
    <message>
        <source>local.conf fragment</source>
        <translation type="vanished">local.conf-Fragment</translation>
    </message>
    <message>
        <source>symbolic link to %1
</source>
        <translation type="vanished">symbolischer Link auf %1
</translation>
    </message>
    <message>
        <source>installed from %1
</source>
        <translation type="vanished">installiert aus %1
</translation>
    </message>
    <message>
        <source>Diagnostics (%1 errors, %2 other)</source>
        <translation type="vanished">Diagnosen (%1 Fehler, %2 weitere)</translation>
    </message>
</context>
<context>
    <name>cbw::app::PrerequisiteChecklist</name>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="39"/>
        <source>Add it to local.conf with the BUNDLED_CONTAINERS assignment</source>
        <translation>Zusammen mit der BUNDLED_CONTAINERS-Zuweisung in local.conf eintragen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="55"/>
        <source>DISTRO_FEATURES contains &apos;%1&apos;</source>
        <translation>DISTRO_FEATURES enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="69"/>
        <source>TARGET_ARCH unknown: set the machine to pick the vruntime multiconfig (vruntime-aarch64 or vruntime-x86-64)</source>
        <translation>TARGET_ARCH unbekannt: Legen Sie die Maschine fest, um die vruntime-Multiconfig zu bestimmen (vruntime-aarch64 oder vruntime-x86-64)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="74"/>
        <source>TARGET_ARCH %1 has no vruntime multiconfig: only aarch64 and x86 targets can bundle containers</source>
        <translation>TARGET_ARCH %1 hat keine vruntime-Multiconfig: Nur aarch64- und x86-Ziele können Container bündeln</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="79"/>
        <source>BBMULTICONFIG contains &apos;%1&apos; (TARGET_ARCH %2)</source>
        <translation>BBMULTICONFIG enthält &apos;%1&apos; (TARGET_ARCH %2)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="95"/>
        <source>The bundle names no machine; the build directory builds for MACHINE %1</source>
        <translation>Das Bündel nennt keine Maschine; das Build-Verzeichnis baut für MACHINE %1</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="98"/>
        <source>The bundle is designed for MACHINE %1, the build directory builds for %2</source>
        <translation>Das Bündel ist für MACHINE %1 entworfen, das Build-Verzeichnis baut für %2</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="102"/>
        <source>Use MACHINE %1 for this bundle</source>
        <translation>MACHINE %1 für dieses Bündel verwenden</translation>
    </message>
</context>
<context>
    <name>cbw::app::PreviewPanel</name>
    <message>
        <location filename="../src/app/previewpanel.cpp" line="19"/>
        <source>Files the workbench would write for the current page</source>
        <translation>Dateien, die die Workbench für die aktuelle Seite schreiben würde</translation>
    </message>
    <message>
        <location filename="../src/app/previewpanel.cpp" line="24"/>
        <source>Exact text that would be written (read-only)</source>
        <translation>Genau der Text, der geschrieben würde (nur lesbar)</translation>
    </message>
    <message>
        <location filename="../src/app/previewpanel.cpp" line="82"/>
        <source>This page writes no files.</source>
        <translation>Diese Seite schreibt keine Dateien.</translation>
    </message>
</context>
<context>
    <name>cbw::app::SourceListModel</name>
    <message>
        <location filename="../src/app/bundleeditor/sourcelistmodel.cpp" line="42"/>
        <source>%1 (deployed)</source>
        <translation>%1 (bereitgestellt)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/sourcelistmodel.cpp" line="48"/>
        <source>OCI directory in DEPLOY_DIR_IMAGE: %1
Drag it into the table, or press Enter, to add it by this name</source>
        <translation>OCI-Verzeichnis in DEPLOY_DIR_IMAGE: %1
In die Tabelle ziehen oder Eingabetaste drücken, um es unter diesem Namen hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/sourcelistmodel.cpp" line="51"/>
        <source>Container image recipe (inherits image-oci): %1
Drag it into the table, or press Enter, to add it</source>
        <translation>Container-Image-Rezept (erbt image-oci): %1
In die Tabelle ziehen oder Eingabetaste drücken, um es hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>cbw::app::SourceViewer</name>
    <message>
        <location filename="../src/app/sourceviewer.cpp" line="44"/>
        <source>%1 is too large to show (%2 bytes)</source>
        <translation>%1 ist zu groß zum Anzeigen (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/app/sourceviewer.cpp" line="54"/>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesbar)</translation>
    </message>
</context>
<context>
    <name>cbw::app::UserPrompts</name>
    <message>
        <location filename="../src/app/userprompts.cpp" line="12"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="13"/>
        <source>%1 has changes that are not saved.
Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen.
Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="28"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="29"/>
        <source>The workbench was not closed properly. Autosaved changes were found:

%1

Restore them?</source>
        <translation>Die Workbench wurde nicht ordnungsgemäß beendet. Automatisch gespeicherte Änderungen wurden gefunden:

%1

Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="33"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="34"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="35"/>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="47"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="48"/>
        <source>Workbench projects (*.cbw.json);;All files (*)</source>
        <translation>Workbench-Projekte (*.cbw.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="53"/>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="54"/>
        <source>Workbench projects (*.cbw.json)</source>
        <translation>Workbench-Projekte (*.cbw.json)</translation>
    </message>
    <message>
        <location filename="../src/app/userprompts.cpp" line="62"/>
        <source>Open Yocto Build Directory</source>
        <translation>Yocto-Build-Verzeichnis öffnen</translation>
    </message>
</context>
<context>
    <name>cbw::app::inspector::FileTreeModel</name>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="417"/>
        <source>layer %1: %2, %3</source>
        <translation>Schicht %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="425"/>
        <source>layer %1: removed%2</source>
        <translation>Schicht %1: entfernt%2</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="427"/>
        <source> (opaque directory)</source>
        <translation> (opakes Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="451"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="453"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="455"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="457"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="459"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="461"/>
        <source>Link target</source>
        <translation>Link-Ziel</translation>
    </message>
</context>
<context>
    <name>cbw::app::inspector::ImageDiffModel</name>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="168"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="170"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="172"/>
        <source>Differs in</source>
        <translation>Unterschiede in</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="174"/>
        <source>In A</source>
        <translation>In A</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="176"/>
        <source>In B</source>
        <translation>In B</translation>
    </message>
</context>
<context>
    <name>cbw::app::inspector::LayerSizeChart</name>
    <message>
        <location filename="../src/app/inspector/layersizechart.cpp" line="24"/>
        <source>Layer sizes</source>
        <translation>Schichtgrößen</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/layersizechart.cpp" line="84"/>
        <source>No image</source>
        <translation>Kein Image</translation>
    </message>
</context>
<context>
    <name>cbw::app::inspector::WastedPathModel</name>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="56"/>
        <source>%1: layers shipping it: %2 (%3); removed from the final filesystem</source>
        <translation>%1: Schichten, die es ausliefern: %2 (%3); im endgültigen Dateisystem entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="60"/>
        <source>%1: layers shipping it: %2 (%3); the final filesystem keeps %4</source>
        <translation>%1: Schichten, die es ausliefern: %2 (%3); das endgültige Dateisystem behält %4</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="76"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="78"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectortables.cpp" line="80"/>
        <source>Wasted</source>
        <translation>Verschwendet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Container Bundle Workbench</source>
        <translation type="vanished">Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Yocto build directory to scan after start.</source>
        <translation>Yocto-Build-Verzeichnis, das nach dem Start eingelesen wird.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Container Bundle Workbench: design, check and export Yocto container bundles and OCI images.</source>
        <translation>Container Bundle Workbench: Yocto-Container-Bundles und OCI-Images entwerfen, prüfen und exportieren.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="47"/>
        <source>Project file (*.cbw.json) to open.</source>
        <translation>Zu öffnende Projektdatei (*.cbw.json).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="99"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
</TS>
