#pragma once

#include "project/project.h"

namespace cbw::test {

// One BUNDLED_CONTAINERS design and one bundle recipe, no service files (the merge tests
// are about the BitBake files only).
inline core::project::Project mergeProject()
{
    using core::bundle::BundleDesign;
    using core::bundle::ContainerSpec;
    core::project::Project p;
    p.name = QStringLiteral("merge");
    BundleDesign bundled;
    bundled.mode = BundleDesign::Mode::BundledContainers;
    bundled.recipeName = QStringLiteral("host-bundle");
    bundled.machine = QStringLiteral("qemux86-64");
    ContainerSpec base;
    base.source = QStringLiteral("container-base");
    base.runtime = QStringLiteral("docker");
    ContainerSpec app;
    app.source = QStringLiteral("app");
    app.runtime = QStringLiteral("podman");
    app.policy = core::bundle::RestartPolicy::Always;
    bundled.containers = {base, app};
    BundleDesign recipe;
    recipe.mode = BundleDesign::Mode::BundleRecipe;
    recipe.recipeName = QStringLiteral("demo-bundle");
    recipe.recipeVersion = QStringLiteral("1.0");
    recipe.summary = QStringLiteral("Demo bundle");
    recipe.hostImage = QStringLiteral("container-image-host");
    ContainerSpec local;
    local.source = QStringLiteral("container-base");
    local.policy = core::bundle::RestartPolicy::Always;
    ContainerSpec remote;
    remote.source = QStringLiteral("docker.io/library/redis:7");
    remote.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('2'));
    recipe.containers = {local, remote};
    recipe.flagsAccepted = {QStringLiteral("docker.io/library/redis")};
    p.bundles = {bundled, recipe};
    return p;
}

} // namespace cbw::test
