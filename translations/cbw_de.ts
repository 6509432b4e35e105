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
    <name>ExportPreviewPage</name>
    <message>
        <location filename="../ui/exportwizardpreview.ui" line="5"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardpreview.ui" line="6"/>
        <source>Every file that will be created or changed. Nothing has been written yet.</source>
        <translation>Alle Dateien, die erstellt oder geändert werden. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardpreview.ui" line="19"/>
        <source>The files of the export; select one to see its diff or, for a new file, its text</source>
        <translation>Die Dateien des Exports; wählen Sie eine aus, um ihren Diff oder bei einer neuen Datei ihren Text zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardpreview.ui" line="24"/>
        <source>Validation of the designs and of the merge; errors block writing</source>
        <translation>Prüfung der Entwürfe und der Zusammenführung; Fehler verhindern das Schreiben</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <location filename="../ui/exportwizardsummary.ui" line="5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardsummary.ui" line="15"/>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardsummary.ui" line="23"/>
        <source>Backups of the files that existed:</source>
        <translation>Sicherungen der bereits vorhandenen Dateien:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardsummary.ui" line="31"/>
        <source>How to use it:</source>
        <translation>Verwendung:</translation>
    </message>
</context>
<context>
    <name>ExportWhatPage</name>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="5"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="6"/>
        <source>Choose the files to produce and the bundles and images of the project they cover.</source>
        <translation>Wählen Sie die zu erzeugenden Dateien sowie die Bündel und Images des Projekts, die sie abdecken.</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="10"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="14"/>
        <source>&amp;local.conf fragment</source>
        <translation>&amp;local.conf-Fragment</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="15"/>
        <source>The prerequisites (DISTRO_FEATURES, BBMULTICONFIG) and BUNDLED_CONTAINERS of the bundles that use local.conf</source>
        <translation>Die Voraussetzungen (DISTRO_FEATURES, BBMULTICONFIG) und BUNDLED_CONTAINERS der Bündel, die local.conf verwenden</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="20"/>
        <source>&amp;Bundle recipe</source>
        <translation>&amp;Bündel-Rezept</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="21"/>
        <source>&lt;name&gt;_&lt;version&gt;.bb with inherit container-bundle, its entries, CONTAINER_DIGESTS, runtime, deploy flag and custom service files</source>
        <translation>&lt;name&gt;_&lt;version&gt;.bb mit inherit container-bundle, seinen Einträgen, CONTAINER_DIGESTS, Laufzeit, Deploy-Schalter und eigenen Service-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="26"/>
        <source>Container &amp;image recipe(s)</source>
        <translation>Container-&amp;Image-Rezept(e)</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="27"/>
        <source>The image-oci recipes designed on the Layers page</source>
        <translation>Die auf der Seite „Schichten“ entworfenen image-oci-Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="32"/>
        <source>&amp;Host image append line</source>
        <translation>Append-Zeile für das &amp;Host-Image</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="33"/>
        <source>IMAGE_INSTALL:append:pn-&lt;host image&gt; = &quot; &lt;bundle&gt;&quot;</source>
        <translation>IMAGE_INSTALL:append:pn-&lt;host image&gt; = &quot; &lt;bundle&gt;&quot;</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="40"/>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="41"/>
        <source>Check every kind of content the project has</source>
        <translation>Alle Arten von Inhalt auswählen, die das Projekt enthält</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="58"/>
        <source>Host image &amp;recipe:</source>
        <translation>&amp;Rezept des Host-Images:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="64"/>
        <source>e.g. core-image-minimal</source>
        <translation>z. B. core-image-minimal</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="65"/>
        <source>The image recipe that installs the bundles</source>
        <translation>Das Image-Rezept, das die Bündel installiert</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="70"/>
        <source>The line is scoped to this image with :pn-&lt;image&gt;, never a global IMAGE_INSTALL:append: that would reach every image of the build, container images included, and create circular dependencies.</source>
        <translation>Die Zeile gilt mit :pn-&lt;image&gt; nur für dieses Image, nie als globales IMAGE_INSTALL:append: Das würde jedes Image des Builds erreichen, auch die Container-Images, und zirkuläre Abhängigkeiten erzeugen.</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="82"/>
        <source>B&amp;undles:</source>
        <translation>Bü&amp;ndel:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="88"/>
        <source>The bundles of the project to export</source>
        <translation>Die zu exportierenden Bündel des Projekts</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="97"/>
        <source>I&amp;mages:</source>
        <translation>I&amp;mages:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhat.ui" line="103"/>
        <source>The container images of the project to export</source>
        <translation>Die zu exportierenden Container-Images des Projekts</translation>
    </message>
</context>
<context>
    <name>ExportWherePage</name>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="5"/>
        <source>Where to write it</source>
        <translation>Wohin geschrieben wird</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="6"/>
        <source>Nothing is written until you have seen every change on the next page.</source>
        <translation>Es wird nichts geschrieben, bevor Sie auf der nächsten Seite jede Änderung gesehen haben.</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="10"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="14"/>
        <source>&amp;Merge into an existing file (local.conf or any .conf/.bb)</source>
        <translation>Mit vorhandener Datei zusa&amp;mmenführen (local.conf oder beliebige .conf/.bb)</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="15"/>
        <source>Only the assignments that change are touched; comments and every other line stay byte-identical</source>
        <translation>Nur die sich ändernden Zuweisungen werden angefasst; Kommentare und alle anderen Zeilen bleiben byte-identisch</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="20"/>
        <source>A &amp;new file</source>
        <translation>Eine &amp;neue Datei</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="21"/>
        <source>Everything into one file that must not exist yet</source>
        <translation>Alles in eine Datei, die noch nicht existieren darf</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="26"/>
        <source>A &amp;layer directory (new or existing)</source>
        <translation>Ein &amp;Layer-Verzeichnis (neu oder vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="27"/>
        <source>recipes-containers/bundles/…, recipes-containers/images/…, and conf/layer.conf for a new layer</source>
        <translation>recipes-containers/bundles/…, recipes-containers/images/… und conf/layer.conf für einen neuen Layer</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="32"/>
        <source>A meta-layer .&amp;zip</source>
        <translation>Ein Meta-Layer-&amp;Archiv (.zip)</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="33"/>
        <source>An archive that unpacks into a ready layer</source>
        <translation>Ein Archiv, das entpackt einen fertigen Layer ergibt</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="43"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="52"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="59"/>
        <source>New layer (conf/layer.conf)</source>
        <translation>Neuer Layer (conf/layer.conf)</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="60"/>
        <source>Used only when the layer has no conf/layer.conf yet</source>
        <translation>Wird nur verwendet, wenn der Layer noch keine conf/layer.conf hat</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="64"/>
        <source>&amp;Collection name:</source>
        <translation>&amp;Collection-Name:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="70"/>
        <source>derived from the directory name (meta-foo → foo)</source>
        <translation>aus dem Verzeichnisnamen abgeleitet (meta-foo → foo)</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="75"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="84"/>
        <source>BBFILE_PRIORITY of the collection</source>
        <translation>BBFILE_PRIORITY der Collection</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="89"/>
        <source>LAYERSERIES_&amp;COMPAT:</source>
        <translation>LAYERSERIES_COMPA&amp;T:</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="95"/>
        <source>scarthgap walnascar</source>
        <translation>scarthgap walnascar</translation>
    </message>
    <message>
        <location filename="../ui/exportwizardwhere.ui" line="96"/>
        <source>The Yocto release series the layer works with, separated by spaces</source>
        <translation>Die Yocto-Release-Serien, mit denen der Layer funktioniert, durch Leerzeichen getrennt</translation>
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
    <name>LayerDesignerPage</name>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="16"/>
        <source>image-oci recipes designed in the project</source>
        <translation>Im Projekt entworfene image-oci-Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="25"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="28"/>
        <source>New image-oci recipe design</source>
        <translation>Neuer Entwurf eines image-oci-Rezepts</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="35"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="38"/>
        <source>Copy the selected design</source>
        <translation>Den gewählten Entwurf kopieren</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="45"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="48"/>
        <source>Remove the selected design</source>
        <translation>Den gewählten Entwurf entfernen</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="57"/>
        <source>Export recipe…</source>
        <translation>Rezept exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="60"/>
        <source>Write the selected design as an image-oci .bb recipe</source>
        <translation>Den gewählten Entwurf als image-oci-Rezept (.bb) schreiben</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="69"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="84"/>
        <source>Recipe &amp;name:</source>
        <translation>Rezept&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="94"/>
        <source>File name of the recipe without .bb (PN)</source>
        <translation>Dateiname des Rezepts ohne .bb (PN)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="101"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="111"/>
        <source>SUMMARY of the recipe</source>
        <translation>SUMMARY des Rezepts</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="118"/>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="128"/>
        <source>DESCRIPTION of the recipe</source>
        <translation>DESCRIPTION des Rezepts</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="135"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="145"/>
        <source>OCI_LAYER_MODE and whether OCI_BASE_IMAGE is used</source>
        <translation>OCI_LAYER_MODE und ob OCI_BASE_IMAGE verwendet wird</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="159"/>
        <source>&amp;Base image:</source>
        <translation>Basis-&amp;Image:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="169"/>
        <source>OCI_BASE_IMAGE: a recipe name (container-base) or the absolute path of an OCI layout</source>
        <translation>OCI_BASE_IMAGE: ein Rezeptname (container-base) oder der absolute Pfad eines OCI-Layouts</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="172"/>
        <source>container-base or /path/to/oci-layout</source>
        <translation>container-base oder /pfad/zum/oci-layout</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="179"/>
        <source>Base &amp;tag:</source>
        <translation>Basis-&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="189"/>
        <source>OCI_BASE_IMAGE_TAG</source>
        <translation>OCI_BASE_IMAGE_TAG</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="205"/>
        <source>Layer stack (top = last layer, bottom = first)</source>
        <translation>Schichtstapel (oben = letzte Schicht, unten = erste)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="211"/>
        <source>Drag to reorder; Ctrl+Up / Ctrl+Down move the selected layer</source>
        <translation>Zum Umordnen ziehen; Strg+Hoch / Strg+Runter verschieben die gewählte Schicht</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="218"/>
        <source>Add layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="225"/>
        <source>Remove layer</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="232"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="239"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="249"/>
        <source>Selected layer</source>
        <translation>Gewählte Schicht</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="257"/>
        <source>Layer na&amp;me:</source>
        <translation>&amp;Schichtname:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="267"/>
        <source>Name of the OCI_LAYERS entry (no &quot;:&quot; or whitespace)</source>
        <translation>Name des OCI_LAYERS-Eintrags (ohne &quot;:&quot; und ohne Leerraum)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="274"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="284"/>
        <source>packages, directories, files or host</source>
        <translation>packages, directories, files oder host</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="301"/>
        <source>IMAGE_&amp;INSTALL:</source>
        <translation>IMAGE_INSTA&amp;LL:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="311"/>
        <source>Packages of the image rootfs, separated by spaces</source>
        <translation>Pakete des Image-rootfs, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="325"/>
        <source>Layer cache (OCI_LAYER_CACHE = &quot;1&quot;)</source>
        <translation>Schicht-Cache (OCI_LAYER_CACHE = &quot;1&quot;)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="339"/>
        <source>Image settings</source>
        <translation>Image-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="350"/>
        <source>&amp;CMD:</source>
        <translation>&amp;CMD:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="360"/>
        <source>OCI_IMAGE_CMD (shlex-split; default /bin/sh)</source>
        <translation>OCI_IMAGE_CMD (per shlex zerlegt; Standard /bin/sh)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="367"/>
        <source>&amp;ENTRYPOINT:</source>
        <translation>&amp;ENTRYPOINT:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="377"/>
        <source>OCI_IMAGE_ENTRYPOINT (shlex-split)</source>
        <translation>OCI_IMAGE_ENTRYPOINT (per shlex zerlegt)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="384"/>
        <source>ENTRYPOINT_&amp;ARGS:</source>
        <translation>ENTRYPOINT_AR&amp;GS:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="394"/>
        <source>OCI_IMAGE_ENTRYPOINT_ARGS: when non-empty it becomes the image Cmd and OCI_IMAGE_CMD is ignored</source>
        <translation>OCI_IMAGE_ENTRYPOINT_ARGS: Wenn nicht leer, wird es zum Cmd des Images, und OCI_IMAGE_CMD wird ignoriert</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="401"/>
        <source>&amp;Working dir:</source>
        <translation>Arbeits&amp;verzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="411"/>
        <source>OCI_IMAGE_WORKINGDIR</source>
        <translation>OCI_IMAGE_WORKINGDIR</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="418"/>
        <source>&amp;User:</source>
        <translation>Benut&amp;zer:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="428"/>
        <source>OCI_IMAGE_RUNTIME_UID</source>
        <translation>OCI_IMAGE_RUNTIME_UID</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="435"/>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="445"/>
        <source>OCI_IMAGE_PORTS: port, port/tcp or port/udp, separated by spaces</source>
        <translation>OCI_IMAGE_PORTS: Port, Port/tcp oder Port/udp, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="452"/>
        <source>En&amp;v:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="462"/>
        <source>OCI_IMAGE_ENV_VARS: KEY=value, separated by spaces</source>
        <translation>OCI_IMAGE_ENV_VARS: KEY=value, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="469"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="479"/>
        <source>OCI_IMAGE_LABELS: key=value, separated by spaces</source>
        <translation>OCI_IMAGE_LABELS: key=value, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="486"/>
        <source>Ta&amp;g:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="496"/>
        <source>OCI_IMAGE_TAG</source>
        <translation>OCI_IMAGE_TAG</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="503"/>
        <source>Automatic labels (revision, branch, build date)</source>
        <translation>Automatische Labels (Revision, Branch, Build-Datum)</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="517"/>
        <source>docker run IMAGE A&amp;RGS:</source>
        <translation>docker run IMAGE A&amp;RGS:</translation>
    </message>
    <message>
        <location filename="../ui/layerdesignerpage.ui" line="527"/>
        <source>Arguments given to docker run after the image name</source>
        <translation>Argumente, die docker run nach dem Image-Namen erhält</translation>
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
        <location filename="../ui/bundleeditorapplydialog.ui" line="32"/>
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
        <location filename="../ui/mainwindow.ui" line="46"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="49"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="74"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="80"/>
        <source>Which diagnostics the list shows</source>
        <translation>Welche Diagnosen die Liste zeigt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="81"/>
        <source>Errors, warnings and notes</source>
        <translation>Fehler, Warnungen und Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="82"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="83"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="98"/>
        <source>Double-click or press Enter to go to the field or the source line</source>
        <translation>Doppelklick oder Eingabetaste springt zum Feld oder zur Quellzeile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="113"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="118"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="123"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="124"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="127"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="128"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="131"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="132"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="135"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="136"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="139"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="140"/>
        <source>Write a local.conf fragment, bundle and image recipes, a merge into an existing file, a layer or a meta-layer .zip, after a preview of every change</source>
        <translation>Schreibt ein local.conf-Fragment, Bündel- und Image-Rezepte, eine Zusammenführung mit einer vorhandenen Datei, einen Layer oder ein Meta-Layer-.zip – nach einer Vorschau jeder Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="141"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144"/>
        <source>Open Yocto &amp;Build Directory…</source>
        <translation>Yocto-&amp;Build-Verzeichnis öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="145"/>
        <source>Read conf/local.conf, conf/bblayers.conf, the layers&apos; recipes and the deploy directory of a build (nothing is run)</source>
        <translation>Liest conf/local.conf, conf/bblayers.conf, die Rezepte der Layer und das Deploy-Verzeichnis eines Builds (es wird nichts ausgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="146"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="149"/>
        <source>&amp;Rescan Build Directory</source>
        <translation>Build-Verzeichnis &amp;neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="150"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="153"/>
        <source>&amp;Next Diagnostic</source>
        <translation>&amp;Nächste Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="154"/>
        <source>Go to the next diagnostic&apos;s field or source line</source>
        <translation>Zum Feld oder zur Quellzeile der nächsten Diagnose springen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="155"/>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="158"/>
        <source>&amp;Previous Diagnostic</source>
        <translation>&amp;Vorherige Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="159"/>
        <source>Go to the previous diagnostic&apos;s field or source line</source>
        <translation>Zum Feld oder zur Quellzeile der vorherigen Diagnose springen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="164"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="167"/>
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
    <name>VmPanelPage</name>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="25"/>
        <source>vcontainer &amp;runtime (memres daemon)</source>
        <translation>vcontainer-La&amp;ufzeit (memres-Daemon)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="35"/>
        <source>Any &amp;kernel/initramfs</source>
        <translation>Beliebiger Kernel/Initram&amp;fs</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="55"/>
        <source>&amp;Tool:</source>
        <translation>&amp;Werkzeug:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="66"/>
        <source>vdkr (Docker)</source>
        <translation>vdkr (Docker)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="71"/>
        <source>vpdmn (Podman)</source>
        <translation>vpdmn (Podman)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="79"/>
        <source>&amp;Architecture:</source>
        <translation>A&amp;rchitektur:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="91"/>
        <source>Automatic resolves the architecture in the tool&apos;s own order: flag, executable name, environment, config file, legacy arch file, uname -m</source>
        <translation>„Automatisch“ ermittelt die Architektur in der Reihenfolge des Werkzeugs: Option, Name der ausführbaren Datei, Umgebung, Konfigurationsdatei, alte arch-Datei, uname -m</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="95"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="100"/>
        <location filename="../ui/vmpanelpage.ui" line="345"/>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="105"/>
        <location filename="../ui/vmpanelpage.ui" line="350"/>
        <source>aarch64</source>
        <translation>aarch64</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="128"/>
        <source>&amp;Blob directory:</source>
        <translation>Blob-&amp;Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="138"/>
        <source>Holds &lt;arch&gt;/bzImage or Image, initramfs.cpio.gz and rootfs.img; found in the open build directory (tmp-vruntime-*) and installed SDKs</source>
        <translation>Enthält &lt;arch&gt;/bzImage oder Image, initramfs.cpio.gz und rootfs.img; wird im geöffneten Build-Verzeichnis (tmp-vruntime-*) und in installierten SDKs gefunden</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="158"/>
        <source>&amp;State directory:</source>
        <translation>&amp;Zustandsverzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="168"/>
        <source>Holds the state disk, daemon.sock, qmp.sock; empty: ~/.&lt;tool&gt;/&lt;arch&gt;</source>
        <translation>Enthält den Zustandsdatenträger, daemon.sock, qmp.sock; leer: ~/.&lt;tool&gt;/&lt;arch&gt;</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="175"/>
        <source>&amp;Memory:</source>
        <translation>S&amp;peicher:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="194"/>
        <location filename="../ui/vmpanelpage.ui" line="470"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="201"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="224"/>
        <source>&amp;Network (user mode, virtio-net)</source>
        <translation>&amp;Netzwerk (User-Mode, virtio-net)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="234"/>
        <source>&amp;Port forwards:</source>
        <translation>Portw&amp;eiterleitungen:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="246"/>
        <source>Host port → the same port in the VM (hostfwd); the container port is what docker maps it to</source>
        <translation>Host-Port → derselbe Port in der VM (hostfwd); der Container-Port ist der Port, auf den docker ihn abbildet</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="253"/>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="258"/>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="263"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="273"/>
        <location filename="../ui/vmpanelpage.ui" line="657"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="280"/>
        <location filename="../ui/vmpanelpage.ui" line="667"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="298"/>
        <source>9p &amp;share:</source>
        <translation>&amp;9p-Freigabe:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="308"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="311"/>
        <source>A host directory shared with the guest over 9p (mount tag vdkr_share / vpdmn_share)</source>
        <translation>Ein Host-Verzeichnis, das per 9p mit dem Gast geteilt wird (Mount-Tag vdkr_share / vpdmn_share)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="318"/>
        <source>Use &amp;KVM when the host can (same architecture, /dev/kvm writable)</source>
        <translation>&amp;KVM verwenden, wenn der Host es unterstützt (gleiche Architektur, /dev/kvm beschreibbar)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="334"/>
        <source>A&amp;rchitecture:</source>
        <translation>A&amp;rchitektur:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="358"/>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="370"/>
        <source>/boot/vmlinuz-…</source>
        <translation>/boot/vmlinuz-…</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="377"/>
        <location filename="../ui/vmpanelpage.ui" line="405"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="386"/>
        <source>&amp;Initramfs:</source>
        <translation>I&amp;nitramfs:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="398"/>
        <source>initramfs.cpio.gz</source>
        <translation>initramfs.cpio.gz</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="414"/>
        <source>&amp;Append:</source>
        <translation>&amp;Zusätzliche Parameter:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="424"/>
        <source>Added to the kernel command line after console=…</source>
        <translation>Wird nach console=… an die Kernel-Befehlszeile angehängt</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="431"/>
        <source>&amp;Drives:</source>
        <translation>Lauf&amp;werke:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="441"/>
        <source>One disk image per line; &quot;,readonly&quot; at the end makes it read-only</source>
        <translation>Ein Disk-Image pro Zeile; &quot;,readonly&quot; am Ende macht es schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="451"/>
        <source>M&amp;emory:</source>
        <translation>S&amp;peicher:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="477"/>
        <source>CP&amp;Us:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="500"/>
        <source>Use K&amp;VM when the host can (same architecture, /dev/kvm writable)</source>
        <translation>K&amp;VM verwenden, wenn der Host es unterstützt (gleiche Architektur, /dev/kvm beschreibbar)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="510"/>
        <source>Ready &amp;text:</source>
        <translation>Bereit-Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="520"/>
        <source>The VM counts as ready once this text appears on the console; empty: as soon as it runs</source>
        <translation>Die VM gilt als bereit, sobald dieser Text auf der Konsole erscheint; leer: sobald sie läuft</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="538"/>
        <source>&amp;Daemon</source>
        <translation>Dae&amp;mon</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="546"/>
        <source>Co&amp;mmand:</source>
        <translation>Befeh&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="556"/>
        <source>docker images (Up/Down: history)</source>
        <translation>docker images (Hoch/Runter: Verlauf)</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="563"/>
        <source>R&amp;un</source>
        <translation>Ausf&amp;ühren</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="574"/>
        <source>Daemon: not connected</source>
        <translation>Daemon: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="599"/>
        <source>QMP &amp;status</source>
        <translation>&amp;QMP-Status</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="620"/>
        <source>Forward host port:</source>
        <translation>Host-Port weiterleiten:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="644"/>
        <source>tcp</source>
        <translation>tcp</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="649"/>
        <source>udp</source>
        <translation>udp</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="660"/>
        <source>QMP hostfwd_add on the running VM</source>
        <translation>QMP hostfwd_add auf der laufenden VM</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="670"/>
        <source>QMP hostfwd_remove on the running VM</source>
        <translation>QMP hostfwd_remove auf der laufenden VM</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="680"/>
        <source>Installed &amp;scripts</source>
        <translation>&amp;Installierte Skripte</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="701"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="708"/>
        <source>vstorage &amp;list</source>
        <translation>vstorage &amp;list</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="715"/>
        <source>vmemres s&amp;tatus</source>
        <translation>vmemres s&amp;tatus</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="722"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="740"/>
        <source>&amp;Name:tag:</source>
        <translation>&amp;Name:Tag:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="750"/>
        <source>imported:latest</source>
        <translation>imported:latest</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="757"/>
        <source>Import OCI &amp;image…</source>
        <translation>OCI-Image im&amp;portieren…</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="760"/>
        <source>Runs vimport on the image open in the Inspector, or on an OCI directory you choose</source>
        <translation>Führt vimport für das im Inspektor geöffnete Image aus oder für ein OCI-Verzeichnis Ihrer Wahl</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="788"/>
        <source>QEMU command line:</source>
        <translation>QEMU-Befehlszeile:</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="802"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="805"/>
        <source>Copy the command line to the clipboard</source>
        <translation>Befehlszeile in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="828"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="835"/>
        <source>St&amp;op</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="838"/>
        <source>Shut the VM down: daemon SHUTDOWN, then QMP, then SIGTERM, then SIGKILL</source>
        <translation>VM herunterfahren: Daemon-SHUTDOWN, dann QMP, dann SIGTERM, dann SIGKILL</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="845"/>
        <source>&amp;Force stop</source>
        <translation>Stopp erzwin&amp;gen</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="848"/>
        <source>QMP quit, then SIGKILL</source>
        <translation>QMP quit, dann SIGKILL</translation>
    </message>
    <message>
        <location filename="../ui/vmpanelpage.ui" line="855"/>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
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
    <name>cbw::app::ExportPreviewPage</name>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="22"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="24"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="26"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="84"/>
        <source>Working out what %1 would change…</source>
        <translation>Ermittle, was %1 ändern würde…</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="117"/>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="132"/>
        <source>&lt;b&gt;This export cannot be written:&lt;/b&gt; %n error(s), listed below. Go back and change the choices, or fix the design first.</source>
        <translation>
            <numerusform>&lt;b&gt;Dieser Export kann nicht geschrieben werden:&lt;/b&gt; %n Fehler, unten aufgeführt. Gehen Sie zurück und ändern Sie die Auswahl, oder beheben Sie zuerst den Entwurf.</numerusform>
            <numerusform>&lt;b&gt;Dieser Export kann nicht geschrieben werden:&lt;/b&gt; %n Fehler, unten aufgeführt. Gehen Sie zurück und ändern Sie die Auswahl, oder beheben Sie zuerst den Entwurf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="143"/>
        <source>One file holds one thing: the local.conf fragment (with the host image line), one bundle recipe or one image recipe. Narrow the selection on the first page, or export a layer directory or .zip.</source>
        <translation>Eine Datei enthält genau eines: das local.conf-Fragment (mit der Host-Image-Zeile), ein Bündel-Rezept oder ein Image-Rezept. Schränken Sie die Auswahl auf der ersten Seite ein, oder exportieren Sie ein Layer-Verzeichnis oder eine .zip-Datei.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="149"/>
        <source>Nothing to write: every file already has exactly these contents.</source>
        <translation>Nichts zu schreiben: Jede Datei hat bereits genau diesen Inhalt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="153"/>
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n neue Datei</numerusform>
            <numerusform>%n neue Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="155"/>
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>%n geänderte Datei</numerusform>
            <numerusform>%n geänderte Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="157"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="160"/>
        <source>Every changed file is kept as &lt;i&gt;file&lt;/i&gt;.bak first. </source>
        <translation>Jede geänderte Datei wird zuvor als &lt;i&gt;Datei&lt;/i&gt;.bak gesichert. </translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="161"/>
        <source>Finish writes them.</source>
        <translation>„Fertigstellen“ schreibt sie.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="167"/>
        <source>No files.</source>
        <translation>Keine Dateien.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportpreviewpage.cpp" line="186"/>
        <source>%1 already has exactly these contents; it is not rewritten.</source>
        <translation>%1 hat bereits genau diesen Inhalt und wird nicht neu geschrieben.</translation>
    </message>
</context>
<context>
    <name>cbw::app::ExportSummaryPage</name>
    <message>
        <location filename="../src/app/exportwizard/exportsummarypage.cpp" line="30"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportsummarypage.cpp" line="32"/>
        <source>(unknown file)</source>
        <translation>(unbekannte Datei)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportsummarypage.cpp" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;Writing %1 failed:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Nothing was exported: the files that existed before are unchanged, and files this export had already created were removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schreiben von %1 fehlgeschlagen:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Es wurde nichts exportiert: Die zuvor vorhandenen Dateien sind unverändert, und von diesem Export bereits erstellte Dateien wurden entfernt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportsummarypage.cpp" line="46"/>
        <source>Export written</source>
        <translation>Export geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportwizard/exportsummarypage.cpp" line="47"/>
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n Datei geschrieben.</numerusform>
            <numerusform>%n Dateien geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cbw::app::ExportWhatPage</name>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="59"/>
        <source>%1_%2.bb (bundle recipe)</source>
        <translation>%1_%2.bb (Bündel-Rezept)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="60"/>
        <source>%1 (BUNDLED_CONTAINERS in local.conf)</source>
        <translation>%1 (BUNDLED_CONTAINERS in local.conf)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="161"/>
        <source>Choose at least one kind of content.</source>
        <translation>Wählen Sie mindestens eine Art von Inhalt.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="164"/>
        <source>The local.conf fragment needs a selected bundle that uses BUNDLED_CONTAINERS.</source>
        <translation>Das local.conf-Fragment benötigt ein gewähltes Bündel, das BUNDLED_CONTAINERS verwendet.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="168"/>
        <source>The bundle recipe and the host image line need a selected bundle recipe.</source>
        <translation>Das Bündel-Rezept und die Host-Image-Zeile benötigen ein gewähltes Bündel-Rezept.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="170"/>
        <source>Select at least one image for the image recipes.</source>
        <translation>Wählen Sie mindestens ein Image für die Image-Rezepte.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="176"/>
        <source>Name the host image recipe that installs the bundle.</source>
        <translation>Geben Sie das Rezept des Host-Images an, das das Bündel installiert.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwhatpage.cpp" line="178"/>
        <source>“%1” is not a recipe name (lower-case letters, digits, &apos;.&apos;, &apos;+&apos; and &apos;-&apos;).</source>
        <translation>„%1“ ist kein Rezeptname (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;+&apos; und &apos;-&apos;).</translation>
    </message>
</context>
<context>
    <name>cbw::app::ExportWherePage</name>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="103"/>
        <source>&amp;File to merge into:</source>
        <translation>Ziel&amp;datei:</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="104"/>
        <source>an existing local.conf, .conf or .bb</source>
        <translation>eine vorhandene local.conf, .conf oder .bb</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="107"/>
        <source>&amp;New file:</source>
        <translation>Neue Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="108"/>
        <source>a file that does not exist yet</source>
        <translation>eine Datei, die noch nicht existiert</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="111"/>
        <source>&amp;Layer directory:</source>
        <translation>Layer-&amp;Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="112"/>
        <source>e.g. …/meta-my-containers (created when missing)</source>
        <translation>z. B. …/meta-my-containers (wird angelegt, falls es fehlt)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="115"/>
        <source>&amp;Zip file:</source>
        <translation>Zip-Arc&amp;hiv:</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="116"/>
        <source>e.g. …/meta-my-containers.zip</source>
        <translation>z. B. …/meta-my-containers.zip</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="136"/>
        <source>Choose where to write the export.</source>
        <translation>Wählen Sie, wohin der Export geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="141"/>
        <source>%1 does not exist; merging needs an existing file.</source>
        <translation>%1 existiert nicht; zum Zusammenführen wird eine vorhandene Datei benötigt.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="143"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="147"/>
        <source>%1 exists and a new file never overwrites one; merge into it instead.</source>
        <translation>%1 existiert bereits, und eine neue Datei überschreibt nie eine vorhandene; wählen Sie stattdessen das Zusammenführen mit dieser Datei.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="152"/>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="156"/>
        <source>The archive&apos;s name must end in .zip.</source>
        <translation>Der Name des Archivs muss auf .zip enden.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="158"/>
        <source>%1 is a directory.</source>
        <translation>%1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="165"/>
        <source>The collection name may contain only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der Collection-Name darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="167"/>
        <source>Name at least one release series for LAYERSERIES_COMPAT.</source>
        <translation>Geben Sie mindestens eine Release-Serie für LAYERSERIES_COMPAT an.</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="187"/>
        <source>Existing layer (its conf/layer.conf is kept)</source>
        <translation>Vorhandener Layer (seine conf/layer.conf bleibt erhalten)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwherepage.cpp" line="188"/>
        <source>New layer (conf/layer.conf)</source>
        <translation>Neuer Layer (conf/layer.conf)</translation>
    </message>
</context>
<context>
    <name>cbw::app::ExportWizard</name>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="23"/>
        <source>Merge Into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="24"/>
        <source>BitBake files (*.conf *.bb *.bbappend *.inc);;All files (*)</source>
        <translation>BitBake-Dateien (*.conf *.bb *.bbappend *.inc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="27"/>
        <source>New File</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="28"/>
        <source>BitBake files (*.conf *.bb *.inc);;All files (*)</source>
        <translation>BitBake-Dateien (*.conf *.bb *.inc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="30"/>
        <source>Layer Directory</source>
        <translation>Layer-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="33"/>
        <source>Meta-Layer Archive</source>
        <translation>Meta-Layer-Archiv</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="34"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="53"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="71"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../src/app/exportwizard/exportwizard.cpp" line="72"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>cbw::app::InspectorPage</name>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="97"/>
        <source>OCI layout directory…</source>
        <translation>OCI-Layout-Verzeichnis…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="98"/>
        <source>Open OCI layout</source>
        <translation>OCI-Layout öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="102"/>
        <source>Archive (oci-archive, docker-archive)…</source>
        <translation>Archiv (oci-archive, docker-archive)…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="104"/>
        <source>Open image archive</source>
        <translation>Image-Archiv öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="104"/>
        <source>Image archives (*.tar);;All files (*)</source>
        <translation>Image-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="121"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="121"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="158"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="121"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="158"/>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="121"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="121"/>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="137"/>
        <source>%1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation>%1 &amp;nbsp; %2 &amp;nbsp; %3</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="138"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="139"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="140"/>
        <source>removed / hidden</source>
        <translation>entfernt / verdeckt</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="158"/>
        <source>Only in</source>
        <translation>Nur in</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="158"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="165"/>
        <source>Image B (OCI layout)</source>
        <translation>Image B (OCI-Layout)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="174"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="417"/>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="183"/>
        <source>Loading %1 cancelled.</source>
        <translation>Laden von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="195"/>
        <source>Reading image B</source>
        <translation>Lese Image B</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="211"/>
        <source>Extracted to %1: %2 files, %3 directories, %4 links, %5.</source>
        <translation>Nach %1 extrahiert: %2 Dateien, %3 Verzeichnisse, %4 Links, %5.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="219"/>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="255"/>
        <source>Open an OCI image layout or archive, or click a deployed image.</source>
        <translation>Öffnen Sie ein OCI-Image-Layout oder -Archiv, oder klicken Sie auf ein bereitgestelltes Image.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="282"/>
        <source>E&amp;xtract…</source>
        <translation>E&amp;xtrahieren…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="307"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="366"/>
        <source>The build directory has no deployed OCI images.</source>
        <translation>Das Build-Verzeichnis enthält keine bereitgestellten OCI-Images.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="367"/>
        <source>No build directory is open.</source>
        <translation>Kein Build-Verzeichnis geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="378"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="382"/>
        <source>%1 is a dangling link</source>
        <translation>%1 ist ein verwaister Link</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="416"/>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="696"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="487"/>
        <source>diff_id %1</source>
        <translation>diff_id %1</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="501"/>
        <source>Layer %1 — %2 compressed, %3 uncompressed
added %4 (%5 paths), modified %6 (%7), removed %8 (%9)
%10</source>
        <translation>Schicht %1 — %2 komprimiert, %3 unkomprimiert
hinzugefügt %4 (%5 Pfade), geändert %6 (%7), entfernt %8 (%9)
%10</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="511"/>
        <source>(no created_by)</source>
        <translation>(kein created_by)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="533"/>
        <source>Efficiency %1 % (dive&apos;s score). Shipped in all layers: %2. Wasted: %3 on paths that a higher layer rewrites or removes (paths: %4; dive&apos;s potential waste: %5).</source>
        <translation>Effizienz %1 % (Bewertung nach dive). In allen Schichten ausgeliefert: %2. Verschwendet: %3 auf Pfaden, die eine höhere Schicht überschreibt oder entfernt (Pfade: %4; potenzielle Verschwendung nach dive: %5).</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="549"/>
        <source>%1 — layers: %2, compressed: %3, paths: %4, efficiency: %5 %.</source>
        <translation>%1 — Schichten: %2, komprimiert: %3, Pfade: %4, Effizienz: %5 %.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="736"/>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="770"/>
        <source>A = %1, B = %2: %3 added, %4 removed, %5 changed paths. Layers only in B: %6; a device holding A downloads %7.</source>
        <translation>A = %1, B = %2: %3 hinzugefügte, %4 entfernte, %5 geänderte Pfade. Schichten nur in B: %6; ein Gerät mit A lädt %7 herunter.</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="697"/>
        <source>Comparing with %1</source>
        <translation>Vergleiche mit %1</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="793"/>
        <source>Extract %1 into</source>
        <translation>%1 extrahieren nach</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="805"/>
        <source>(from the final filesystem)</source>
        <translation>(aus dem endgültigen Dateisystem)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="806"/>
        <source>Extracting %1…</source>
        <translation>Extrahiere %1…</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/inspectorpage.cpp" line="807"/>
        <source>Extracting %1</source>
        <translation>Extrahiere %1</translation>
    </message>
</context>
<context>
    <name>cbw::app::LayerDesignerPage</name>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="67"/>
        <source>Export recipe…</source>
        <translation>Rezept exportieren…</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="79"/>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="81"/>
        <source>Single layer</source>
        <translation>Eine Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="82"/>
        <source>Base image + one layer</source>
        <translation>Basis-Image + eine Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="83"/>
        <source>Multi-layer (OCI_LAYERS)</source>
        <translation>Mehrere Schichten (OCI_LAYERS)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="84"/>
        <source>Base image + multi-layer</source>
        <translation>Basis-Image + mehrere Schichten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="102"/>
        <source>Export image recipe</source>
        <translation>Image-Rezept exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="103"/>
        <source>BitBake recipes (*.bb)</source>
        <translation>BitBake-Rezepte (*.bb)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="153"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="238"/>
        <source>Export recipe</source>
        <translation>Rezept exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="242"/>
        <source>Rename image recipe</source>
        <translation>Image-Rezept umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="244"/>
        <source>Change summary</source>
        <translation>Kurzbeschreibung ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="246"/>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="248"/>
        <source>Change base image</source>
        <translation>Basis-Image ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="254"/>
        <source>Change base image tag</source>
        <translation>Tag des Basis-Images ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="256"/>
        <source>Change IMAGE_INSTALL</source>
        <translation>IMAGE_INSTALL ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="258"/>
        <source>Change CMD</source>
        <translation>CMD ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="260"/>
        <source>Change ENTRYPOINT</source>
        <translation>ENTRYPOINT ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="262"/>
        <source>Change ENTRYPOINT_ARGS</source>
        <translation>ENTRYPOINT_ARGS ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="264"/>
        <source>Change working directory</source>
        <translation>Arbeitsverzeichnis ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="266"/>
        <source>Change user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="268"/>
        <source>Change ports</source>
        <translation>Ports ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="270"/>
        <source>Change environment</source>
        <translation>Umgebung ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="272"/>
        <source>Change labels</source>
        <translation>Labels ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="274"/>
        <source>Change image tag</source>
        <translation>Image-Tag ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="282"/>
        <source>Enable automatic labels</source>
        <translation>Automatische Labels einschalten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="282"/>
        <source>Disable automatic labels</source>
        <translation>Automatische Labels ausschalten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="286"/>
        <source>Enable the layer cache</source>
        <translation>Schicht-Cache einschalten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="286"/>
        <source>Disable the layer cache</source>
        <translation>Schicht-Cache ausschalten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="317"/>
        <source>Rename layer</source>
        <translation>Schicht umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="331"/>
        <source>Change layer type</source>
        <translation>Schichttyp ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="342"/>
        <source>Change layer items</source>
        <translation>Elemente der Schicht ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="399"/>
        <source>Application container</source>
        <translation>Anwendungscontainer</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="402"/>
        <source>Add image %1</source>
        <translation>Image %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="420"/>
        <source>Duplicate image %1</source>
        <translation>Image %1 duplizieren</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="429"/>
        <source>Remove image %1</source>
        <translation>Image %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="452"/>
        <source>Change layer mode</source>
        <translation>Schichtmodus ändern</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="474"/>
        <source>Add layer %1</source>
        <translation>Schicht %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="487"/>
        <source>Remove layer %1</source>
        <translation>Schicht %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="498"/>
        <source>Move layer %1</source>
        <translation>Schicht %1 verschieben</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="530"/>
        <source>No image design is selected.</source>
        <translation>Kein Image-Entwurf gewählt.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="537"/>
        <source>Cannot generate %1: %2</source>
        <translation>%1 kann nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="666"/>
        <source>One layer holding the whole image rootfs (IMAGE_INSTALL). Simple, but every change rebuilds and re-pulls all of it.</source>
        <translation>Eine Schicht mit dem gesamten rootfs des Images (IMAGE_INSTALL). Einfach, aber jede Änderung baut alles neu und lässt alles erneut herunterladen.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="670"/>
        <source>The base image&apos;s layers stay shared between images; this image adds one layer with its own rootfs on top.</source>
        <translation>Die Schichten des Basis-Images bleiben zwischen den Images geteilt; dieses Image legt eine Schicht mit seinem eigenen rootfs darüber.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="674"/>
        <source>One layer per OCI_LAYERS entry, bottom first: rarely changing layers stay cached in registries and packages layers can come from the layer cache.</source>
        <translation>Eine Schicht pro OCI_LAYERS-Eintrag, unterste zuerst: Selten geänderte Schichten bleiben in Registries zwischengespeichert, und packages-Schichten können aus dem Schicht-Cache kommen.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="678"/>
        <source>The base image&apos;s layers, then one layer per OCI_LAYERS entry on top.</source>
        <translation>Die Schichten des Basis-Images, darüber eine Schicht pro OCI_LAYERS-Eintrag.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="682"/>
        <source>Result: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="692"/>
        <source>Enter the base image: a recipe name (e.g. container-base) or the absolute path of an OCI layout.</source>
        <translation>Geben Sie das Basis-Image an: einen Rezeptnamen (z. B. container-base) oder den absoluten Pfad eines OCI-Layouts.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="700"/>
        <source>OCI layout directory (index.json found).</source>
        <translation>OCI-Layout-Verzeichnis (index.json gefunden).</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="701"/>
        <source>Base image path not valid: %1 has no index.json.</source>
        <translation>Pfad des Basis-Images ungültig: %1 hat keine index.json.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="705"/>
        <source>Recipe: the build depends on %1 and reads %2.</source>
        <translation>Rezept: Der Build hängt von %1 ab und liest %2.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="720"/>
        <source>Every layer package is in IMAGE_INSTALL.</source>
        <translation>Alle Pakete der Schichten sind in IMAGE_INSTALL enthalten.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="721"/>
        <source>Not in IMAGE_INSTALL: %1 — the class appends them (sorted) on master; on wrynose they are not built.</source>
        <translation>Nicht in IMAGE_INSTALL: %1 — auf master hängt die Klasse sie (sortiert) an; auf wrynose werden sie nicht gebaut.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="735"/>
        <source>docker run IMAGE executes: %1</source>
        <translation>docker run IMAGE führt aus: %1</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="737"/>
        <source>docker run IMAGE %1 executes: %2</source>
        <translation>docker run IMAGE %1 führt aus: %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="739"/>
        <source>ARGS</source>
        <translation>ARGS</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="747"/>
        <source>nothing — the image has neither ENTRYPOINT nor CMD, docker refuses to start it (&quot;No command specified&quot;)</source>
        <translation>nichts — das Image hat weder ENTRYPOINT noch CMD, docker verweigert den Start (&quot;No command specified&quot;)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerdesignerpage.cpp" line="788"/>
        <source># cannot generate this recipe: %1
</source>
        <translation># dieses Rezept kann nicht erzeugt werden: %1
</translation>
    </message>
</context>
<context>
    <name>cbw::app::LocalConfApplyDialog</name>
    <message>
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="24"/>
        <source>&amp;Write local.conf</source>
        <translation>local.conf &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="45"/>
        <source>%1 cannot be changed:</source>
        <translation>%1 kann nicht geändert werden:</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="48"/>
        <source>%1 already says this; nothing to write.</source>
        <translation>%1 enthält dies bereits; nichts zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/bundleeditor/localconfapplydialog.cpp" line="51"/>
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
        <location filename="../src/app/mainwindow.cpp" line="190"/>
        <source>Preview — %1</source>
        <translation>Vorschau — %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="190"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="201"/>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;geöffnetes Projekt&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="202"/>
        <source>Every edit of this session; click one to go back to it</source>
        <translation>Jede Änderung dieser Sitzung; ein Klick kehrt zu ihr zurück</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="258"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="262"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="310"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="342"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="343"/>
        <source>Stop the scan; what was read so far is kept</source>
        <translation>Einlesen abbrechen; bisher Gelesenes bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="378"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="380"/>
        <source>Build directory</source>
        <translation>Build-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="391"/>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="393"/>
        <source>Diagnostics (%1 errors, %2 warnings)</source>
        <translation>Diagnosen (%1 Fehler, %2 Warnungen)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="394"/>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="409"/>
        <source>No diagnostics</source>
        <translation>Keine Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="440"/>
        <source>This diagnostic points at no field or file line.</source>
        <translation>Diese Diagnose verweist auf kein Feld und keine Dateizeile.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="465"/>
        <source>The new project</source>
        <translation>Das neue Projekt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="487"/>
        <location filename="../src/app/mainwindow.cpp" line="555"/>
        <location filename="../src/app/mainwindow.cpp" line="793"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="490"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="527"/>
        <source>%1 has errors; see the diagnostics</source>
        <translation>%1 enthält Fehler; siehe Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="539"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="573"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="585"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="621"/>
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>%n Datei exportiert</numerusform>
            <numerusform>%n Dateien exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="644"/>
        <location filename="../src/app/mainwindow.cpp" line="689"/>
        <source>Scanning %1…</source>
        <translation>Lese %1 ein…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="659"/>
        <source>The project&apos;s build directory %1 does not exist; open another one with File &gt; Open Yocto Build Directory</source>
        <translation>Das Build-Verzeichnis %1 des Projekts existiert nicht; öffnen Sie ein anderes mit Datei &gt; Yocto-Build-Verzeichnis öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="683"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="708"/>
        <source>Use build directory %1</source>
        <translation>Build-Verzeichnis %1 verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="711"/>
        <source>Scan of %1 cancelled</source>
        <translation>Einlesen von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="712"/>
        <source>Build directory %1: %2 layers, %3 recipes, %4 deployed images</source>
        <translation>Build-Verzeichnis %1: %2 Layer, %3 Rezepte, %4 bereitgestellte Images</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="729"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="748"/>
        <source>%1
%2
autosaved %3</source>
        <translation>%1
%2
automatisch gespeichert %3</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="749"/>
        <source>(unnamed project)</source>
        <translation>(unbenanntes Projekt)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="750"/>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="761"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="763"/>
        <source>The recovery file %1 is damaged.</source>
        <translation>Die Wiederherstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="776"/>
        <source>Restore autosaved changes</source>
        <translation>Automatisch gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="781"/>
        <source>Restored autosaved changes</source>
        <translation>Automatisch gespeicherte Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="794"/>
        <source>%1[*] — Container Bundle Workbench</source>
        <translation>%1[*] — Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="305"/>
        <location filename="../src/app/mainwindow.cpp" line="506"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="322"/>
        <source>About Container Bundle Workbench</source>
        <translation>Über Container Bundle Workbench</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="323"/>
        <source>&lt;p&gt;&lt;b&gt;Container Bundle Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Design, check and export Yocto meta-virtualization container bundles and multi-layer OCI images.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Container Bundle Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Container-Bündel und mehrschichtige OCI-Images für Yocto meta-virtualization entwerfen, prüfen und exportieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cbw::app::PrerequisiteChecklist</name>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="28"/>
        <source>Add it to local.conf with the BUNDLED_CONTAINERS assignment</source>
        <translation>Zusammen mit der BUNDLED_CONTAINERS-Zuweisung in local.conf eintragen</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="44"/>
        <source>DISTRO_FEATURES contains &apos;%1&apos;</source>
        <translation>DISTRO_FEATURES enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="58"/>
        <source>TARGET_ARCH unknown: set the machine to pick the vruntime multiconfig (vruntime-aarch64 or vruntime-x86-64)</source>
        <translation>TARGET_ARCH unbekannt: Legen Sie die Maschine fest, um die vruntime-Multiconfig zu bestimmen (vruntime-aarch64 oder vruntime-x86-64)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="63"/>
        <source>TARGET_ARCH %1 has no vruntime multiconfig: only aarch64 and x86 targets can bundle containers</source>
        <translation>TARGET_ARCH %1 hat keine vruntime-Multiconfig: Nur aarch64- und x86-Ziele können Container bündeln</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="68"/>
        <source>BBMULTICONFIG contains &apos;%1&apos; (TARGET_ARCH %2)</source>
        <translation>BBMULTICONFIG enthält &apos;%1&apos; (TARGET_ARCH %2)</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="84"/>
        <source>The bundle names no machine; the build directory builds for MACHINE %1</source>
        <translation>Das Bündel nennt keine Maschine; das Build-Verzeichnis baut für MACHINE %1</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="87"/>
        <source>The bundle is designed for MACHINE %1, the build directory builds for %2</source>
        <translation>Das Bündel ist für MACHINE %1 entworfen, das Build-Verzeichnis baut für %2</translation>
    </message>
    <message>
        <location filename="../src/app/bundleeditor/prerequisitechecklist.cpp" line="91"/>
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
    <name>cbw::app::VmPanelPage</name>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="56"/>
        <source>chosen here (--arch)</source>
        <translation>Auswahl hier (--arch)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="58"/>
        <source>the script&apos;s name</source>
        <translation>Skriptname</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="60"/>
        <source>the environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="62"/>
        <source>the config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="64"/>
        <source>the legacy arch file</source>
        <translation>alte arch-Datei</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="66"/>
        <source>the host machine</source>
        <translation>Host-Rechner</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="82"/>
        <source>Cannot start: a memres daemon (pid %1) already runs on %2; stop it (vmemres stop) or choose another state directory</source>
        <translation>Start nicht möglich: Ein memres-Daemon (PID %1) läuft bereits auf %2; beenden Sie ihn (vmemres stop), oder wählen Sie ein anderes Zustandsverzeichnis</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="136"/>
        <source>The memory-resident daemon always runs with user-mode networking, as vmemres start does</source>
        <translation>Der speicherresidente Daemon läuft immer mit User-Mode-Netzwerk, wie bei vmemres start</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="182"/>
        <source>Choose a Kernel</source>
        <translation>Kernel wählen</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="184"/>
        <source>Choose an Initramfs</source>
        <translation>Initramfs wählen</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="208"/>
        <source>Daemon: ready (PONG)</source>
        <translation>Daemon: bereit (PONG)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="209"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="225"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="854"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="214"/>
        <source>Daemon: %1</source>
        <translation>Daemon: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="215"/>
        <source>daemon: %1</source>
        <translation>Daemon: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="222"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="255"/>
        <source>Exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="223"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="230"/>
        <source>no command for the idle timeout; stopping the VM</source>
        <translation>kein Befehl innerhalb der Leerlaufzeit; VM wird gestoppt</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="256"/>
        <source>Exit code %1: %2</source>
        <translation>Exit-Code %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="265"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="845"/>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="281"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="351"/>
        <source>Port forward %1 (row %2): %3</source>
        <translation>Portweiterleitung %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="474"/>
        <source>%1 — chosen</source>
        <translation>%1 — gewählt</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="476"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="507"/>
        <source>Choose a vcontainer Blob Directory</source>
        <translation>vcontainer-Blob-Verzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="563"/>
        <source>Resolved: &lt;b&gt;%1&lt;/b&gt;, decided by %2 (%3)</source>
        <translation>Ermittelt: &lt;b&gt;%1&lt;/b&gt;, Quelle: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="566"/>
        <source>&lt;span style=&apos;color:#c00&apos;&gt;%1 names an unsupported architecture (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c00&apos;&gt;Nicht unterstützte Architektur (%2), Quelle: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="576"/>
        <source>No vcontainer blob directory: open a build directory that built vdkr/vpdmn (tmp-vruntime-*) or choose one</source>
        <translation>Kein vcontainer-Blob-Verzeichnis: Öffnen Sie ein Build-Verzeichnis, das vdkr/vpdmn gebaut hat (tmp-vruntime-*), oder wählen Sie eines</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="578"/>
        <source>&lt;span style=&apos;color:#c00&apos;&gt;No blob directory chosen.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c00&apos;&gt;Kein Blob-Verzeichnis gewählt.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="591"/>
        <source>%1 is missing from the blob directory; the %2 runtime cannot boot without it</source>
        <translation>%1 fehlt im Blob-Verzeichnis; die %2-Laufzeit kann ohne diese Datei nicht starten</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="597"/>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="600"/>
        <source>Missing:</source>
        <translation>Fehlt:</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="607"/>
        <source>%1 has no %2-state.img yet: this VM keeps its images only until it stops (the %3 script creates the disk on its first vmemres start)</source>
        <translation>%1 hat noch keine %2-state.img: Diese VM behält ihre Images nur, bis sie stoppt (das Skript %3 legt den Datenträger beim ersten vmemres start an)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="621"/>
        <source>No kernel chosen</source>
        <translation>Kein Kernel gewählt</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="623"/>
        <source>The kernel %1 does not exist or is not a file</source>
        <translation>Der Kernel %1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="625"/>
        <source>The initramfs %1 does not exist or is not a file</source>
        <translation>Das Initramfs %1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="628"/>
        <source>The drive %1 does not exist or is not a file</source>
        <translation>Das Laufwerk %1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="639"/>
        <source>qemu-system-%1 is not installed; the command line is shown but cannot run</source>
        <translation>qemu-system-%1 ist nicht installiert; die Befehlszeile wird angezeigt, kann aber nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="645"/>
        <source>No command line yet: %1</source>
        <translation>Noch keine Befehlszeile: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="675"/>
        <source>QEMU command line</source>
        <translation>QEMU-Befehlszeile</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="748"/>
        <source>&lt;span style=&apos;color:#c00&apos;&gt;No installed %1 script was found on PATH or in a vcontainer SDK; these commands need the SDK (source its init-env.sh before starting the workbench).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c00&apos;&gt;Im PATH und in keinem vcontainer-SDK wurde ein installiertes %1-Skript gefunden; diese Befehle benötigen das SDK (laden Sie dessen init-env.sh mit source, bevor Sie die Workbench starten).&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="752"/>
        <source>Installed script: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Installiertes Skript: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="761"/>
        <source>Cannot start: choose a blob directory</source>
        <translation>Start nicht möglich: Wählen Sie ein Blob-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="763"/>
        <source>Cannot start: choose a kernel</source>
        <translation>Start nicht möglich: Wählen Sie einen Kernel</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="764"/>
        <source>Cannot start: see the diagnostics</source>
        <translation>Start nicht möglich: siehe Diagnosen</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="769"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="794"/>
        <source>Daemon: waiting for PONG</source>
        <translation>Daemon: warte auf PONG</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="797"/>
        <source>Cannot start: no temporary directory for the QMP socket (%1)</source>
        <translation>Start nicht möglich: kein temporäres Verzeichnis für den QMP-Socket (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="803"/>
        <source>Daemon: not used in this mode</source>
        <translation>Daemon: in diesem Modus nicht verwendet</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="824"/>
        <source>Stopping (daemon shutdown)…</source>
        <translation>Stoppe (Daemon-Shutdown)…</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="848"/>
        <source>Booting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="853"/>
        <source>Booting (waiting for the daemon)…</source>
        <translation>Starte (warte auf den Daemon)…</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="857"/>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="870"/>
        <source>Daemon: not connected</source>
        <translation>Daemon: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="871"/>
        <source>Exited: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="873"/>
        <source> (exit code %1)</source>
        <translation> (Exit-Code %1)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="885"/>
        <source>A command is still running</source>
        <translation>Ein Befehl läuft noch</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="886"/>
        <source>The daemon is not ready</source>
        <translation>Der Daemon ist nicht bereit</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="890"/>
        <source>Running a command: %1</source>
        <translation>Führe Befehl aus: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="891"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="944"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="900"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="917"/>
        <source>QMP: not connected</source>
        <translation>QMP: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="906"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="907"/>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="925"/>
        <source>QMP: %1</source>
        <translation>QMP: %1</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="926"/>
        <source>Forwarding %1</source>
        <translation>Leite %1 weiter</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="927"/>
        <source>Removed forward %1</source>
        <translation>Weiterleitung %1 entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/vmpanelpage.cpp" line="953"/>
        <source>Choose an OCI Image Directory</source>
        <translation>OCI-Image-Verzeichnis wählen</translation>
    </message>
</context>
<context>
    <name>cbw::app::inspector::FileTreeModel</name>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="419"/>
        <source>layer %1: %2, %3</source>
        <translation>Schicht %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="427"/>
        <source>layer %1: removed%2</source>
        <translation>Schicht %1: entfernt%2</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="429"/>
        <source> (opaque directory)</source>
        <translation> (opakes Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="477"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="479"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="481"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="483"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="485"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="487"/>
        <source>Link target</source>
        <translation>Link-Ziel</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/filetreemodel.cpp" line="489"/>
        <source>Package</source>
        <translation>Paket</translation>
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
    <name>cbw::app::layerdesigner::ComparisonTableModel</name>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="18"/>
        <source> … (%1 in all)</source>
        <translation> … (insgesamt %1)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="64"/>
        <source>(not designed)</source>
        <translation>(nicht entworfen)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="66"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="69"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="71"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="99"/>
        <source>Designed layer</source>
        <translation>Entworfene Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="101"/>
        <source>Image layer</source>
        <translation>Image-Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="103"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="105"/>
        <source>Built</source>
        <translation>Gebaut</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="107"/>
        <source>Only in the image</source>
        <translation>Nur im Image</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/comparisontablemodel.cpp" line="109"/>
        <source>Only in the packages</source>
        <translation>Nur in den Paketen</translation>
    </message>
</context>
<context>
    <name>cbw::app::layerdesigner::ItemListEditor</name>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="22"/>
        <source>An item cannot be empty.</source>
        <translation>Ein Element darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="24"/>
        <source>&apos;+&apos; separates items in OCI_LAYERS; add each item on its own.</source>
        <translation>&apos;+&apos; trennt Elemente in OCI_LAYERS; fügen Sie jedes Element einzeln hinzu.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="27"/>
        <source>Whitespace separates OCI_LAYERS entries; an item cannot contain it.</source>
        <translation>Leerraum trennt OCI_LAYERS-Einträge; ein Element darf keinen enthalten.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="49"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="50"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="64"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="65"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="113"/>
        <source>&apos;%1&apos; is already in this layer.</source>
        <translation>&apos;%1&apos; ist bereits in dieser Schicht.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="158"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="168"/>
        <source>package name (from the build&apos;s pkgdata)</source>
        <translation>Paketname (aus dem pkgdata des Builds)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="171"/>
        <source>absolute directory in IMAGE_ROOTFS, e.g. /etc/app</source>
        <translation>absolutes Verzeichnis in IMAGE_ROOTFS, z. B. /etc/app</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="174"/>
        <source>absolute file in IMAGE_ROOTFS, e.g. /etc/app.conf</source>
        <translation>absolute Datei in IMAGE_ROOTFS, z. B. /etc/app.conf</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="178"/>
        <source>host-path:/destination (split on the last &apos;:&apos;), e.g. /srv/data:/data</source>
        <translation>Host-Pfad:/Ziel (am letzten &apos;:&apos; getrennt), z. B. /srv/data:/data</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/itemlisteditor.cpp" line="181"/>
        <source>item</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>cbw::app::layerdesigner::LayerStackChart</name>
    <message>
        <location filename="../src/app/layerdesigner/layerstackchart.cpp" line="28"/>
        <source>Predicted layer sizes, bottom layer first</source>
        <translation>Vorhergesagte Schichtgrößen, unterste Schicht zuerst</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerstackchart.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerstackchart.cpp" line="119"/>
        <source>Layer %1 &apos;%2&apos;: %3</source>
        <translation>Schicht %1 &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>cbw::app::layerdesigner::LayerStackModel</name>
    <message>
        <location filename="../src/app/layerdesigner/layerstackmodel.cpp" line="63"/>
        <source>%1. %2 (%3): %4</source>
        <translation>%1. %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerstackmodel.cpp" line="65"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerstackmodel.cpp" line="70"/>
        <source>, cache %1</source>
        <translation>, Cache %1</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerstackmodel.cpp" line="75"/>
        <source>Bottom layer (first OCI_LAYERS entry): %1</source>
        <translation>Unterste Schicht (erster OCI_LAYERS-Eintrag): %1</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/layerstackmodel.cpp" line="76"/>
        <source>Layer %1 of %2: %3</source>
        <translation>Schicht %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>cbw::app::layerdesigner::PredictionPanel</name>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="64"/>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="237"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="65"/>
        <source>Compare with built image</source>
        <translation>Mit gebautem Image vergleichen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="72"/>
        <source>TUNE_PKGARCH is in no conf file: it is detected from the build directory; type a value here to override it</source>
        <translation>TUNE_PKGARCH steht in keiner conf-Datei: Es wird aus dem Build-Verzeichnis ermittelt; geben Sie hier einen Wert ein, um es zu überschreiben</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="80"/>
        <source>The layer-cache lines the build will log</source>
        <translation>Die Schicht-Cache-Zeilen, die der Build protokollieren wird</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="89"/>
        <source>TUNE_&amp;PKGARCH:</source>
        <translation>TUNE_&amp;PKGARCH:</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="153"/>
        <source>Reading pkgdata was cancelled: no predictions.</source>
        <translation>Das Lesen von pkgdata wurde abgebrochen: keine Vorhersagen.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="154"/>
        <source>Read pkgdata</source>
        <translation>pkgdata lesen</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="164"/>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="384"/>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="172"/>
        <source>Reading pkgdata: %1 of %2 packages…</source>
        <translation>Lese pkgdata: %1 von %2 Paketen…</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="173"/>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="236"/>
        <source>Reading pkgdata</source>
        <translation>Lese pkgdata</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="180"/>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="222"/>
        <source>Open the build directory of this image to see its predicted layers.</source>
        <translation>Öffnen Sie das Build-Verzeichnis dieses Images, um seine vorhergesagten Schichten zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="211"/>
        <source>No deployed %1 in the build directory.</source>
        <translation>Kein bereitgestelltes %1 im Build-Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="235"/>
        <source>Reading pkgdata of %1…</source>
        <translation>Lese pkgdata von %1…</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="255"/>
        <source>Predicting layers</source>
        <translation>Berechne Schichtvorhersage</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="256"/>
        <source>Predicting layers…</source>
        <translation>Berechne Schichtvorhersage…</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="286"/>
        <source>TUNE_PKGARCH could not be detected: cache keys use null.</source>
        <translation>TUNE_PKGARCH konnte nicht ermittelt werden: Cache-Schlüssel verwenden null.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="288"/>
        <source>%1 (from %2; also seen: %3)</source>
        <translation>%1 (aus %2; außerdem gesehen: %3)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="292"/>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="293"/>
        <source>not detected</source>
        <translation>nicht ermittelt</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="305"/>
        <source>The build directory has no pkgdata for MACHINE yet: sizes and dependencies are unknown until the packages are built.</source>
        <translation>Das Build-Verzeichnis hat noch kein pkgdata für MACHINE: Größen und Abhängigkeiten sind unbekannt, bis die Pakete gebaut sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="307"/>
        <source>%n layer(s), %1%2 predicted from %3.</source>
        <translation>
            <numerusform>%n Schicht, %1%2, vorhergesagt aus %3.</numerusform>
            <numerusform>%n Schichten, %1%2, vorhergesagt aus %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="310"/>
        <source> (plus layers pkgdata cannot size)</source>
        <translation> (zuzüglich Schichten, deren Größe pkgdata nicht kennt)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="383"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="394"/>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="409"/>
        <source>The built image matches the design (%1 layers).</source>
        <translation>Das gebaute Image entspricht dem Entwurf (%1 Schichten).</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictionpanel.cpp" line="411"/>
        <source>The built image differs: %1 designed layer(s), %2 in the image (%3 from the base).</source>
        <translation>Das gebaute Image weicht ab: %1 entworfene Schicht(en), %2 im Image (%3 aus der Basis).</translation>
    </message>
</context>
<context>
    <name>cbw::app::layerdesigner::PredictionTableModel</name>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="53"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="57"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="87"/>
        <source>%1 (also in layer %2)</source>
        <translation>%1 (auch in Schicht %2)</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="96"/>
        <source>Directories, files and host layers are not in pkgdata</source>
        <translation>Verzeichnis-, Datei- und Host-Schichten sind nicht in pkgdata</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="125"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="127"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="129"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="131"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="133"/>
        <source>Unknown packages</source>
        <translation>Unbekannte Pakete</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="135"/>
        <source>Unresolved RDEPENDS</source>
        <translation>Nicht aufgelöste RDEPENDS</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="137"/>
        <source>Files also below</source>
        <translation>Dateien auch weiter unten</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="139"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../src/app/layerdesigner/predictiontablemodel.cpp" line="141"/>
        <source>Cache key</source>
        <translation>Cache-Schlüssel</translation>
    </message>
</context>
<context>
    <name>cbw::app::vmpanel::ConsoleView</name>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="38"/>
        <source>Find in console</source>
        <translation>In der Konsole suchen</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="41"/>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="42"/>
        <source>Find the next occurrence (Return)</source>
        <translation>Nächstes Vorkommen suchen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="44"/>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="45"/>
        <source>Find the previous occurrence (Shift+Return)</source>
        <translation>Vorheriges Vorkommen suchen (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="135"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/app/vmpanel/consoleview.cpp" line="138"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>main</name>
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
