#include "layers/imagerecipechecks.h"

#include <QTest>

using namespace cbw::core;
using namespace cbw::core::layers;

namespace {

// A variable written as `NAME = "\` followed by `lines` and a closing `"` line, starting at
// file line `line`: the logical value joins the lines, each segment at column 1.
LayerVariable continuedVariable(int line, const QStringList &lines)
{
    LayerVariable v;
    v.location = ValueLocation(QStringLiteral("recipes/img.bb"), line + 1, 1);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            v.location.addSegment(int(v.value.size()), line + 1 + i, 1);
        v.value += lines.at(i);
    }
    return v;
}

LayerVariable oneLine(int line, const QString &name, const QString &value)
{
    return {value, ValueLocation(QStringLiteral("recipes/img.bb"), line, int(name.size()) + 5)};
}

QStringList describe(const Diagnostics &diags)
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out.append(d.code + QLatin1Char('@') + QString::number(d.location.line) + QLatin1Char(':') +
                   QString::number(d.location.column));
    return out;
}

} // namespace

class TstImageRecipeChecks final : public QObject
{
    Q_OBJECT

private slots:
    void multilayerDemoIsClean();
    void brokenRecipe();
    void singleModeIgnoresLayers();
};

void TstImageRecipeChecks::multilayerDemoIsClean()
{
    // app-container-multilayer.bb: OCI_LAYER_MODE on line 7, OCI_LAYERS on lines 11-15.
    LayerVariables vars;
    vars.insert(QStringLiteral("OCI_LAYER_MODE"),
                oneLine(7, QStringLiteral("OCI_LAYER_MODE"), QStringLiteral("multi")));
    vars.insert(
        QStringLiteral("OCI_LAYERS"),
        continuedVariable(11, {QStringLiteral("    base:packages:base-files+base-passwd+netbase "),
                               QStringLiteral("    shell:packages:busybox "),
                               QStringLiteral("    app:packages:curl ")}));
    vars.insert(QStringLiteral("OCI_IMAGE_CMD"),
                oneLine(18, QStringLiteral("OCI_IMAGE_CMD"),
                        QStringLiteral("/bin/sh -c 'echo Hello from multi-layer container && curl "
                                       "--version'")));
    vars.insert(QStringLiteral("IMAGE_INSTALL"),
                oneLine(32, QStringLiteral("IMAGE_INSTALL"),
                        QStringLiteral("base-files base-passwd netbase busybox curl")));
    QCOMPARE(describe(validateImageVariables(vars)), QStringList());
    // Without IMAGE_INSTALL: a note on master, a warning on wrynose.
    vars.remove(QStringLiteral("IMAGE_INSTALL"));
    const Diagnostics master = validateImageVariables(vars);
    QCOMPARE(describe(master), QStringList{QStringLiteral("layers.image-install-missing@0:0")});
    QCOMPARE(master.at(0).severity, Severity::Note);
    QCOMPARE(validateImageVariables(vars, ClassSeries::Wrynose).at(0).severity, Severity::Warning);
}

void TstImageRecipeChecks::brokenRecipe()
{
    LayerVariables vars;
    vars.insert(QStringLiteral("OCI_IMAGE_BACKEND"),
                oneLine(3, QStringLiteral("OCI_IMAGE_BACKEND"), QStringLiteral("sloci-image")));
    vars.insert(QStringLiteral("OCI_LAYER_MODE"),
                oneLine(4, QStringLiteral("OCI_LAYER_MODE"), QStringLiteral("multi")));
    vars.insert(QStringLiteral("OCI_BASE_IMAGE"),
                oneLine(5, QStringLiteral("OCI_BASE_IMAGE"), QStringLiteral("docker.io/alpine:3")));
    vars.insert(QStringLiteral("OCI_LAYERS"),
                continuedVariable(6, {QStringLiteral("    base:packages:busybox;curl+zlib "),
                                      QStringLiteral("    app:packages:zlib+myapp ")}));
    vars.insert(QStringLiteral("OCI_IMAGE_LABELS"),
                continuedVariable(10, {QStringLiteral("    a=1 "), QStringLiteral("    broken "),
                                       QStringLiteral("    c=3 ")}));
    vars.insert(
        QStringLiteral("OCI_IMAGE_ENTRYPOINT"),
        oneLine(15, QStringLiteral("OCI_IMAGE_ENTRYPOINT"), QStringLiteral("/usr/bin/myapp")));
    vars.insert(QStringLiteral("IMAGE_INSTALL"),
                oneLine(16, QStringLiteral("IMAGE_INSTALL"), QStringLiteral("myapp")));
    const Diagnostics d = validateImageVariables(vars);
    QCOMPARE(describe(d), (QStringList{QStringLiteral("layers.semicolon@7:26"),
                                       QStringLiteral("layers.duplicate-package@8:18"),
                                       QStringLiteral("layers.base-remote@5:19"),
                                       QStringLiteral("layers.backend-sloci@3:22"),
                                       QStringLiteral("layers.entrypoint-default-cmd@15:25"),
                                       QStringLiteral("layers.bad-label@12:5"),
                                       QStringLiteral("layers.image-install-missing@16:18")}));
    QCOMPARE(
        d.at(6).message,
        QStringLiteral("OCI_LAYERS packages not in IMAGE_INSTALL: busybox;curl zlib; the "
                       "master class appends them to IMAGE_INSTALL (sorted) so they get built"));
    QCOMPARE(d.at(5).toGccString(),
             QStringLiteral("recipes/img.bb:12:5: error: OCI_IMAGE_LABELS entry 'broken' is not "
                            "key=value (values cannot contain spaces: the list is split on "
                            "whitespace)"));
}

void TstImageRecipeChecks::singleModeIgnoresLayers()
{
    LayerVariables vars;
    vars.insert(QStringLiteral("OCI_LAYER_MODE"),
                oneLine(2, QStringLiteral("OCI_LAYER_MODE"), QStringLiteral("Multi")));
    vars.insert(QStringLiteral("OCI_LAYERS"),
                oneLine(3, QStringLiteral("OCI_LAYERS"), QStringLiteral("base:bogus")));
    const Diagnostics d = validateImageVariables(vars);
    QCOMPARE(describe(d), QStringList{QStringLiteral("layers.mode-not-multi@2:19")});
    QVERIFY(validateImageVariables({}).isEmpty());
}

QTEST_GUILESS_MAIN(TstImageRecipeChecks)
#include "tst_imagerecipechecks.moc"
