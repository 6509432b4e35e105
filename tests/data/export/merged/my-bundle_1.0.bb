SUMMARY = "Demo bundle"
LICENSE = "MIT"

inherit container-bundle

CONTAINER_BUNDLES = "\
    container-base:always \
    docker.io/library/redis:7 \
"
CONTAINER_DIGESTS[docker.io_library_redis_7] = "sha256:2222222222222222222222222222222222222222222222222222222222222222"
CONTAINER_DIGESTS[docker.io_library_alpine_3.19] ??= "sha256:feedface"
CONTAINER_BUNDLE_RUNTIME = "docker"
CONTAINER_BUNDLES:append:qemuarm64 = " arm-only-container"
RDEPENDS:${PN} += "podman"

do_install:append() {
	install -d ${D}${datadir}/extra
}

python do_report() {
    bb.note("bundles: %s" % d.getVar("CONTAINER_BUNDLES"))
}
addtask report after do_install before do_build
LIC_FILES_CHKSUM = "file://${COMMON_LICENSE_DIR}/MIT;md5=0835ade698e0bcf8506ecda2f7b4f302"
CONTAINER_FLAGS_ACCEPTED = "docker.io/library/redis"
