#include "ocitestimage.h"

#include "oci/efficiency.h"
#include "oci/filetreebuilder_p.h"
#include "oci/imagediff.h"
#include "oci/imageloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace cbw::core;
using namespace cbw::core::oci;
using namespace cbw::test;

namespace {

// Loads an image made of `layers` from a fresh layout; the directory lives as long as `tmp`.
LoadedImage loadLayers(const QTemporaryDir &tmp, const QList<QList<TarItem>> &layers,
                       const QString &name = QStringLiteral("img"))
{
    TestImage image;
    for (const auto &items : layers)
        image.layers.append(makeLayer(items));
    const QString path = tmp.filePath(name);
    LayoutWriter::writeSingle(path, image);
    auto loaded = ImageLoader::load(*ImageReference::parse(path), {});
    if (!loaded.ok())
        qFatal("cannot load the test image: %s", qPrintable(loaded.error().message));
    return *loaded;
}

// "path type size" of every visible entry after `layer`, sorted by path.
QStringList listing(const FileTree &tree, int layer)
{
    const MergedView view(tree, layer);
    QStringList lines;
    for (NodeId node : view.descendants(RootNode)) {
        const FileEntry *entry = view.entry(node);
        QString line = tree.path(node) + QLatin1Char(' ') + entryTypeLetter(entry->type);
        if (entry->type == EntryType::File)
            line += QLatin1Char(' ') + QString::number(entry->size);
        if (entry->linkTarget != NoName)
            line += QStringLiteral(" -> ") + tree.linkTarget(*entry);
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestOciTree : public QObject
{
    Q_OBJECT

private slots:
    void mergedFilesystem_data();
    void mergedFilesystem();
    void layerChangeKinds();
    void statisticsPerLayer();
    void thisLayerOnlyTouches();
    void childrenAreSortedAndContiguous();
    void heapPerEntryStaysSmall();
    void scannedLayerRoundTrip_data();
    void scannedLayerRoundTrip();
    void deepRemovalDoesNotRecurse_data();
    void deepRemovalDoesNotRecurse();
    void deepDiffDoesNotRecurse();
    void efficiencyHandComputed();
    void diffOfTwoImages();
};

void TestOciTree::mergedFilesystem_data()
{
    QTest::addColumn<QList<QList<TarItem>>>("layers");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("file whiteout")
        << QList<QList<TarItem>>{{dir("etc"), file("etc/a", "1"), file("etc/b", "22")},
                                 {whiteout("etc", "a")}}
        << QStringList{"/etc d", "/etc/b f 2"};
    QTest::newRow("directory whiteout removes the subtree")
        << QList<QList<TarItem>>{{dir("opt"), dir("opt/x"), file("opt/x/y", "1"), file("keep", "")},
                                 {whiteout({}, "opt")}}
        << QStringList{"/keep f 0"};
    QTest::newRow("opaque hides lower children, keeps same-layer siblings")
        << QList<QList<TarItem>>{{dir("d"), file("d/old", "1"), dir("d/sub"), file("d/sub/z", "")},
                                 {dir("d"), opaque("d"), file("d/new", "22")}}
        << QStringList{"/d d", "/d/new f 2"};
    QTest::newRow("opaque marker after the same-layer sibling")
        << QList<QList<TarItem>>{{dir("d"), file("d/old", "1")},
                                 {dir("d"), file("d/new", "22"), opaque("d")}}
        << QStringList{"/d d", "/d/new f 2"};
    QTest::newRow("whiteout of a path the same layer writes")
        << QList<QList<TarItem>>{{file("a", "1")}, {whiteout({}, "a"), file("a", "333")}}
        << QStringList{"/a f 3"};
    QTest::newRow("whiteout of a same-layer path only, nothing below")
        << QList<QList<TarItem>>{{file("b", "1")}, {file("a", "333"), whiteout({}, "a")}}
        << QStringList{"/a f 3", "/b f 1"};
    QTest::newRow("whiteout and re-create a directory drops lower children")
        << QList<QList<TarItem>>{{dir("d"), file("d/old", "1")},
                                 {whiteout({}, "d"), dir("d"), file("d/new", "")}}
        << QStringList{"/d d", "/d/new f 0"};
    QTest::newRow("file replaces directory")
        << QList<QList<TarItem>>{{dir("x"), file("x/inner", "1")}, {file("x", "55555")}}
        << QStringList{"/x f 5"};
    QTest::newRow("directory replaces file")
        << QList<QList<TarItem>>{{file("x", "1")}, {dir("x"), file("x/inner", "22")}}
        << QStringList{"/x d", "/x/inner f 2"};
    QTest::newRow("links and special files")
        << QList<QList<TarItem>>{{dir("bin"), file("bin/busybox", "bb"),
                                  hardlink("bin/sh", "bin/busybox"), slink("bin/ls", "busybox"),
                                  dir("dev"), special("dev/null", 'c'), special("dev/sda", 'b'),
                                  special("dev/fifo", 'p')}}
        << QStringList{
               "/bin d", "/bin/busybox f 2", "/bin/ls l -> busybox", "/bin/sh h -> /bin/busybox",
               "/dev d", "/dev/fifo p",      "/dev/null c",          "/dev/sda b"};
    QTest::newRow("implicit parents") << QList<QList<TarItem>>{{file("usr/lib/x", "1")}}
                                      << QStringList{"/usr d", "/usr/lib d", "/usr/lib/x f 1"};
    QTest::newRow("dot-slash and duplicate entries")
        << QList<QList<TarItem>>{{dir("./"), file("./a", "1"), file("a", "22")}}
        << QStringList{"/a f 2"};
    QTest::newRow("whiteout of something absent is harmless")
        << QList<QList<TarItem>>{{file("a", "1")}, {whiteout({}, "nothing"), opaque("nodir")}}
        << QStringList{"/a f 1"};
    QTest::newRow("root opaque") << QList<QList<TarItem>>{{file("a", "1"), file("b", "1")},
                                                          {file(".wh..wh..opq", {}), file("c", "")}}
                                 << QStringList{"/c f 0"};
}

void TestOciTree::mergedFilesystem()
{
    QFETCH(QList<QList<TarItem>>, layers);
    QFETCH(QStringList, expected);
    QTemporaryDir tmp;
    const LoadedImage image = loadLayers(tmp, layers);
    QCOMPARE(listing(*image.tree, image.tree->layerCount() - 1), expected);
}

void TestOciTree::layerChangeKinds()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadLayers(
        tmp, {{dir("d"), file("d/old", "1"), file("d/keep", "1"), file("f", "1")},
              {dir("d"), opaque("d"), file("d/new", "2"), file("f", "22"), whiteout({}, "gone")},
              {whiteout({}, "f")}});
    const FileTree &tree = *image.tree;
    const NodeId old = tree.find(QStringLiteral("/d/old"));
    const NodeId keep = tree.find(QStringLiteral("/d/keep"));
    const NodeId fresh = tree.find(QStringLiteral("/d/new"));
    const NodeId f = tree.find(QStringLiteral("/f"));
    QCOMPARE(tree.changeInLayer(old, 0), ChangeKind::Added);
    QCOMPARE(tree.changeInLayer(old, 1), ChangeKind::Removed);
    QVERIFY(tree.eventInLayer(old, 1).removal->byOpaque);
    QCOMPARE(tree.changeInLayer(keep, 1), ChangeKind::Removed);
    QCOMPARE(tree.changeInLayer(fresh, 1), ChangeKind::Added);
    QCOMPARE(tree.changeInLayer(f, 1), ChangeKind::Modified);
    QCOMPARE(tree.changeInLayer(f, 2), ChangeKind::Removed);
    QCOMPARE(tree.changeInLayer(f, 0), ChangeKind::Added);
    // State after each layer, without copies of the tree.
    QVERIFY(MergedView(tree, 0).contains(old));
    QVERIFY(!MergedView(tree, 1).contains(old));
    QCOMPARE(MergedView(tree, 1).entry(f)->size, 2);
    QCOMPARE(MergedView(tree, 0).entry(f)->size, 1);
    QVERIFY(!MergedView(tree, 2).contains(f));
    QCOMPARE(tree.history(f).size(), 3);
    QCOMPARE(tree.find(QStringLiteral("/gone")), InvalidNode);
}

void TestOciTree::statisticsPerLayer()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadLayers(
        tmp, {{file("a", "1111"), file("b", "22"), dir("d"), file("d/x", "333")},
              {file("a", "55555"), whiteout({}, "b"), whiteout({}, "d"), file("c", "7")}});
    const LayerStatistics &first = image.tree->statistics(0);
    QCOMPARE(first.addedCount, 4);
    QCOMPARE(first.addedBytes, 9);
    QCOMPARE(first.removedCount, 0);
    const LayerStatistics &second = image.tree->statistics(1);
    QCOMPARE(second.entries, 2);
    QCOMPARE(second.addedCount, 1);
    QCOMPARE(second.addedBytes, 1);
    QCOMPARE(second.modifiedCount, 1);
    QCOMPARE(second.modifiedBytes, 5);
    QCOMPARE(second.removedCount, 3); // b, d, d/x
    QCOMPARE(second.removedBytes, 5);
}

void TestOciTree::thisLayerOnlyTouches()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadLayers(
        tmp, {{dir("usr"), dir("usr/lib"), file("usr/lib/a", "1"), dir("etc"), file("etc/x", "")},
              {file("usr/lib/a", "2")}});
    const FileTree &tree = *image.tree;
    QVERIFY(tree.subtreeTouchedInLayer(tree.find(QStringLiteral("/usr")), 1));
    QVERIFY(tree.subtreeTouchedInLayer(RootNode, 1));
    QVERIFY(!tree.subtreeTouchedInLayer(tree.find(QStringLiteral("/etc")), 1));
    QVERIFY(tree.subtreeTouchedInLayer(tree.find(QStringLiteral("/etc")), 0));
    QCOMPARE(tree.layerEntryCount(1), 1);
}

void TestOciTree::childrenAreSortedAndContiguous()
{
    QTemporaryDir tmp;
    const LoadedImage image = loadLayers(tmp, {{file("zeta", ""), file("alpha", ""), dir("mid"),
                                                file("mid/b", ""), file("mid/a", "")}});
    const FileTree &tree = *image.tree;
    const FileTree::Node &root = tree.node(RootNode);
    QCOMPARE(root.childCount, 3u);
    QCOMPARE(tree.name(root.firstChild), QByteArray("alpha"));
    QCOMPARE(tree.name(root.firstChild + 2), QByteArray("zeta"));
    const NodeId mid = tree.find(QStringLiteral("mid"));
    QCOMPARE(tree.node(mid).parent, RootNode);
    QCOMPARE(tree.path(tree.node(mid).firstChild), QStringLiteral("/mid/a"));
    QCOMPARE(tree.find(QStringLiteral("/mid/../zeta")), InvalidNode);
}

void TestOciTree::heapPerEntryStaysSmall()
{
    // 20 000 files over 200 directories, in two layers: the retained tree must stay within
    // the budget of 150 bytes per entry (names are interned, there is one tree for all layers).
    QTemporaryDir tmp;
    QList<TarItem> base;
    QList<TarItem> update;
    for (int d = 0; d < 200; ++d) {
        const QByteArray folder = "usr/share/pkg" + QByteArray::number(d);
        base.append(dir(folder));
        for (int f = 0; f < 50; ++f) {
            base.append(file(folder + "/file-" + QByteArray::number(f) + ".txt", "x"));
            if (f % 2 == 0)
                update.append(file(folder + "/file-" + QByteArray::number(f) + ".txt", "yy"));
        }
    }
    const LoadedImage image = loadLayers(tmp, {base, update});
    const qint64 entries = image.tree->totalEntryCount();
    QVERIFY(entries > 15000);
    const double perEntry = double(image.tree->heapBytes()) / double(entries);
    qInfo("heap per file entry: %.1f bytes (%lld entries)", perEntry, qlonglong(entries));
    QVERIFY2(perEntry <= 150.0, qPrintable(QString::number(perEntry)));
}
namespace {

RawTarEntry rawEntry(const char *path, EntryType type, qint64 size, qint64 mtime,
                     const char *link = "", quint32 owner = 0)
{
    RawTarEntry raw;
    raw.path = path;
    raw.type = type;
    raw.mode = type == EntryType::Directory ? 04755u : 0644u;
    raw.uid = owner;
    raw.gid = owner / 2;
    raw.size = size;
    raw.mtime = mtime;
    raw.linkTarget = link;
    return raw;
}

} // namespace

void TestOciTree::scannedLayerRoundTrip_data()
{
    QTest::addColumn<QList<RawTarEntry>>("entries");

    QTest::newRow("paths sharing, growing and shrinking prefixes")
        << QList<RawTarEntry>{rawEntry("usr/share/doc", EntryType::Directory, 0, 1700000000),
                              rawEntry("usr/share/doc/a.txt", EntryType::File, 10, 1700000000),
                              rawEntry("usr/share/doc/ab.txt", EntryType::File, 20, 1700000001),
                              rawEntry("usr", EntryType::Directory, 0, 1700000001),
                              rawEntry("usr/bin", EntryType::Directory, 0, 1600000000),
                              rawEntry("", EntryType::Directory, 0, 0)};
    QTest::newRow("extreme numbers") << QList<RawTarEntry>{
        rawEntry("a", EntryType::File, (qint64(1) << 46) - 1, -2208988800, "", 0xffffffffu),
        rawEntry("b", EntryType::File, 0, 253402300799, "", 1u << 31),
        rawEntry("c", EntryType::Fifo, 0, std::numeric_limits<qint64>::min()),
        rawEntry("d", EntryType::CharDevice, 0, std::numeric_limits<qint64>::max())};
    QTest::newRow("links and whiteout markers")
        << QList<RawTarEntry>{rawEntry("bin/sh", EntryType::Symlink, 0, 5, "/usr/bin/bash"),
                              rawEntry("bin/sh2", EntryType::Hardlink, 0, 5, "bin/sh"),
                              rawEntry("bin/.wh.old", EntryType::File, 0, 5),
                              rawEntry("bin/.wh..wh..opq", EntryType::File, 0, 5),
                              rawEntry("bin/\xc3\xa9t\xc3\xa9", EntryType::BlockDevice, 0, 5)};
}

void TestOciTree::scannedLayerRoundTrip()
{
    // The compact scan encoding must give back every field exactly, tar index included.
    QFETCH(QList<RawTarEntry>, entries);
    ScannedLayer scan;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].index = i;
        scan.add(entries[i],
                 entries[i].type == EntryType::File ? 0x0123456789abcdefull + quint64(i) : 0);
    }
    scan.squeeze();
    QCOMPARE(scan.count(), qint64(entries.size()));
    ScannedLayer::Reader reader(scan);
    ScannedLayer::Entry decoded;
    for (const RawTarEntry &raw : std::as_const(entries)) {
        QVERIFY(reader.next(decoded));
        QCOMPARE(decoded.path.toByteArray(), raw.path);
        QCOMPARE(decoded.link.toByteArray(), raw.linkTarget);
        QCOMPARE(decoded.type, raw.type);
        QCOMPARE(decoded.mode, raw.mode);
        QCOMPARE(decoded.uid, raw.uid);
        QCOMPARE(decoded.gid, raw.gid);
        QCOMPARE(decoded.size, raw.size);
        QCOMPARE(decoded.mtime, raw.mtime);
        QCOMPARE(decoded.tarIndex, raw.index);
        QCOMPARE(decoded.contentHash,
                 raw.type == EntryType::File ? 0x0123456789abcdefull + quint64(raw.index) : 0);
    }
    QVERIFY(!reader.next(decoded));
}

namespace {
// Deeper than any thread's stack allows for one frame per level.
constexpr qint64 kDeepNesting = 300000;
} // namespace

void TestOciTree::deepRemovalDoesNotRecurse_data()
{
    QTest::addColumn<QByteArray>("remover");
    QTest::addColumn<qint64>("removed");

    // Found by fuzz_oci_layer: removing a subtree nested this deep overflowed the stack.
    QTest::newRow("whiteout") << QByteArray(".wh.a") << kDeepNesting + 1;
    QTest::newRow("opaque root") << QByteArray(".wh..wh..opq") << kDeepNesting + 1;
    QTest::newRow("file replaces directory") << QByteArray("a") << kDeepNesting;
}

void TestOciTree::deepRemovalDoesNotRecurse()
{
    QFETCH(QByteArray, remover);
    QFETCH(qint64, removed);
    RawTarEntry deep;
    deep.path = QByteArray("a/").repeated(kDeepNesting) + "f";
    deep.size = 1;
    ScannedLayer lower;
    lower.add(deep, 0);
    RawTarEntry marker;
    marker.path = remover;
    ScannedLayer upper;
    upper.add(marker, 0);

    FileTreeBuilder builder;
    QVERIFY(builder.addLayer(lower, QStringLiteral("layer 0")).ok());
    QVERIFY(builder.addLayer(upper, QStringLiteral("layer 1")).ok());
    const auto tree = builder.finish();
    QCOMPARE(tree->statistics(1).removedCount, removed);
    QCOMPARE(tree->statistics(1).removedBytes, qint64(1));
    QCOMPARE(MergedView(*tree, 0).descendants(RootNode).size(), kDeepNesting + 1);
    // Finding each removal's topmost removed ancestor used to climb from every node of the
    // chain: quadratic, hours at this depth.
    QCOMPARE(computeEfficiency(*tree).wastedBytes, qint64(1));
}

void TestOciTree::deepDiffDoesNotRecurse()
{
    // The recursive diff walk overflowed the stack on the chains of deepRemovalDoesNotRecurse.
    const auto buildTree = [](bool withExtraFile) {
        RawTarEntry deep;
        deep.path = QByteArray("a/").repeated(kDeepNesting) + "f";
        deep.size = 1;
        ScannedLayer layer;
        layer.add(deep, 0);
        if (withExtraFile) {
            RawTarEntry extra;
            extra.path = QByteArray("a/").repeated(kDeepNesting) + "g";
            layer.add(extra, 0);
        }
        FileTreeBuilder builder;
        return builder.addLayer(layer, QStringLiteral("layer 0")).ok() ? builder.finish() : nullptr;
    };
    const auto plain = buildTree(false);
    const auto extended = buildTree(true);
    QVERIFY(plain && extended);

    QCOMPARE(diffImages(Image{}, *plain, Image{}, *plain).paths.size(), 0);
    const ImageDiff diff = diffImages(Image{}, *plain, Image{}, *extended);
    QCOMPARE(diff.paths.size(), 1);
    QCOMPARE(diff.added(), 1);
    QVERIFY(diff.paths.first().path.endsWith(QLatin1String("/a/g")));
}

void TestOciTree::efficiencyHandComputed()
{
    // Layer 0: etc/a 100, etc/b 50, big 1000, opt/x 30, opt/y 70.
    // Layer 1: etc/a 120 (rewritten), whiteout big.   Layer 2: whiteout opt.
    // dive: etc/a 220 (min 100), etc/b 50, big 1000 + whiteout 0 (min 0), opt/x 30, opt/y 70,
    //       opt whiteout = 100 (the directory's bytes) → total 1470, minimum 350.
    QTemporaryDir tmp;
    const LoadedImage image = loadLayers(
        tmp, {{dir("etc"), file("etc/a", QByteArray(100, 'a')), file("etc/b", QByteArray(50, 'b')),
               file("big", QByteArray(1000, 'B')), dir("opt"), file("opt/x", QByteArray(30, 'x')),
               file("opt/y", QByteArray(70, 'y'))},
              {dir("etc"), file("etc/a", QByteArray(120, 'A')), whiteout({}, "big")},
              {whiteout({}, "opt")}});
    const EfficiencyReport &report = image.efficiency;
    QCOMPARE(report.totalBytes, 1470);
    QCOMPARE(report.minimumBytes, 350);
    QCOMPARE(report.score, 350.0 / 1470.0);
    QCOMPARE(report.diveWastedBytes, 1220);
    QCOMPARE(report.wastedBytes, 1200);
    QCOMPARE(report.wasted.size(), 4);
    const FileTree &tree = *image.tree;
    QCOMPARE(tree.path(report.wasted[0].node), QStringLiteral("/big"));
    QCOMPARE(report.wasted[0].wastedBytes(), 1000);
    QVERIFY(report.wasted[0].removed);
    QCOMPARE(tree.path(report.wasted[1].node), QStringLiteral("/etc/a"));
    QCOMPARE(report.wasted[1].occurrences, 2);
    QCOMPARE(report.wasted[1].cumulativeBytes, 220);
    QCOMPARE(report.wasted[1].finalBytes, 120);
    QCOMPARE(tree.path(report.wasted[2].node), QStringLiteral("/opt/y"));
    QCOMPARE(tree.path(report.wasted[3].node), QStringLiteral("/opt/x"));
}

void TestOciTree::diffOfTwoImages()
{
    QTemporaryDir tmp;
    const QList<TarItem> base{dir("etc"), file("etc/a", "aaaa"), file("etc/b", "b"), dir("bin"),
                              file("bin/x", "x", 0755)};
    const LoadedImage a = loadLayers(tmp, {base}, QStringLiteral("a"));
    const LoadedImage b = loadLayers(tmp,
                                     {base,
                                      {dir("etc"), file("etc/a", "AAAA"), file("etc/c", "c"),
                                       whiteout("etc", "b"), file("bin/x", "x", 0700)}},
                                     QStringLiteral("b"));
    const ImageDiff diff = diffImages(a.image, *a.tree, b.image, *b.tree);
    QStringList lines;
    for (const PathDifference &d : diff.paths)
        lines.append(QString::number(int(d.kind)) + QLatin1Char(' ') + d.path + QLatin1Char(' ') +
                     d.changedFields.join(QLatin1Char(',')));
    QCOMPARE(lines, (QStringList{"2 /bin/x mode", "2 /etc/a content", "1 /etc/b ", "0 /etc/c "}));
    QCOMPARE(diff.onlyInA.size(), 0);
    QCOMPARE(diff.onlyInB.size(), 1);
    QCOMPARE(diff.onlyInB[0].index, 1);
    QCOMPARE(diff.downloadBytes, b.image.layers[1].blob.size);
    const ImageDiff same = diffImages(a.image, *a.tree, a.image, *a.tree);
    QVERIFY(same.paths.isEmpty());
    QCOMPARE(same.downloadBytes, 0);
}

QTEST_GUILESS_MAIN(TestOciTree)
#include "tst_ocitree.moc"
