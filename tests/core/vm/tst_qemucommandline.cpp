#include "vm/qemucommandline.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cbw::core;
using namespace cbw::core::vm;

Q_DECLARE_METATYPE(cbw::core::vm::VmProfile)
Q_DECLARE_METATYPE(cbw::core::vm::GuestRequest)
Q_DECLARE_METATYPE(cbw::core::vm::HostFacts)
Q_DECLARE_METATYPE(cbw::core::vm::GenericBoot)

namespace {

// Option lists are written the way the backend assembles them: one string per option with its
// value, split at single spaces (none of the test paths has a space).
QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

HostFacts host(const char *machine, bool kvm)
{
    HostFacts facts;
    facts.hostMachine = QString::fromLatin1(machine);
    facts.kvmUsable = kvm;
    return facts;
}

VmProfile profile(Tool tool, Arch arch)
{
    VmProfile p;
    p.tool = tool;
    p.arch = arch;
    p.blobDir = QStringLiteral("/blobs");
    p.stateDir = QStringLiteral("/home/u/.") + toolName(tool) + QLatin1Char('/') + archName(arch);
    return p;
}

} // namespace

class TestQemuCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void runtime_data();
    void runtime();
    void base64Command_data();
    void base64Command();
    void runtimeErrors_data();
    void runtimeErrors();
    void genericBoot_data();
    void genericBoot();
    void genericBootErrors();
    void shellCommand_data();
    void shellCommand();
    void shellCommandRoundTrip();
    void hostProbe();
    void realQemuAcceptsRuntimeLine_data();
    void realQemuAcceptsRuntimeLine();
};

void TestQemuCommandLine::runtime_data()
{
    QTest::addColumn<VmProfile>("vm");
    QTest::addColumn<GuestRequest>("request");
    QTest::addColumn<HostFacts>("hostFacts");
    QTest::addColumn<QString>("expectedOptions"); // everything before -append
    QTest::addColumn<QString>("expectedAppend");
    QTest::addColumn<QString>("expectedQmp");
    QTest::addColumn<QString>("expectedDaemonSocket");

    const QString x86Blobs = QStringLiteral("-kernel /blobs/x86_64/bzImage "
                                            "-initrd /blobs/x86_64/initramfs.cpio.gz "
                                            "-drive file=/blobs/x86_64/rootfs.img,if=virtio,"
                                            "format=raw,readonly=on ");
    const QString armBlobs = QStringLiteral("-kernel /blobs/aarch64/Image "
                                            "-initrd /blobs/aarch64/initramfs.cpio.gz "
                                            "-drive file=/blobs/aarch64/rootfs.img,if=virtio,"
                                            "format=raw,readonly=on ");

    GuestRequest images;
    images.command = QStringLiteral("docker images");
    images.stateImage = QStringLiteral("/home/u/.vdkr/x86_64/docker-state.img");
    {
        VmProfile vm = profile(Tool::Vdkr, Arch::X86_64);
        vm.network = false;
        QTest::newRow("x86_64 batch, no network, TCG on an arm host")
            << vm << images << host("aarch64", true)
            << QStringLiteral("-M q35 -cpu Skylake-Client -nographic -smp 2 -m 2048 -no-reboot ") +
                   x86Blobs +
                   "-drive file=/home/u/.vdkr/x86_64/docker-state.img,if=virtio,format=raw,"
                   "cache=directsync -nic none"
            << "console=ttyS0,115200 init=/init runtime=docker docker_cmd=ZG9ja2VyIGltYWdlcw== "
               "docker_input=none docker_output=text docker_state=disk"
            << QString() << QString();

        QTest::newRow("x86_64 with KVM: cpu host, -enable-kvm after -no-reboot")
            << vm << images << host("x86_64", true)
            << QStringLiteral(
                   "-M q35 -cpu host -nographic -smp 2 -m 2048 -no-reboot -enable-kvm ") +
                   x86Blobs +
                   "-drive file=/home/u/.vdkr/x86_64/docker-state.img,if=virtio,format=raw,"
                   "cache=directsync -nic none"
            << "console=ttyS0,115200 init=/init runtime=docker docker_cmd=ZG9ja2VyIGltYWdlcw== "
               "docker_input=none docker_output=text docker_state=disk"
            << QString() << QString();

        QTest::newRow("same arch, /dev/kvm not usable")
            << vm << images << host("x86_64", false)
            << QStringLiteral("-M q35 -cpu Skylake-Client -nographic -smp 2 -m 2048 -no-reboot ") +
                   x86Blobs +
                   "-drive file=/home/u/.vdkr/x86_64/docker-state.img,if=virtio,format=raw,"
                   "cache=directsync -nic none"
            << "console=ttyS0,115200 init=/init runtime=docker docker_cmd=ZG9ja2VyIGltYWdlcw== "
               "docker_input=none docker_output=text docker_state=disk"
            << QString() << QString();

        VmProfile noKvm = vm;
        noKvm.allowKvm = false;
        noKvm.network = true;
        noKvm.memoryMb = 4096;
        noKvm.cpus = 4;
        GuestRequest stateless = images;
        stateless.stateImage.clear();
        QTest::newRow("--no-kvm, network, no state disk, 4 CPUs 4 GiB")
            << noKvm << stateless << host("x86_64", true)
            << QStringLiteral("-M q35 -cpu Skylake-Client -nographic -smp 4 -m 4096 -no-reboot ") +
                   x86Blobs + "-netdev user,id=net0 -device virtio-net-pci,netdev=net0"
            << "console=ttyS0,115200 init=/init runtime=docker docker_cmd=ZG9ja2VyIGltYWdlcw== "
               "docker_input=none docker_output=text docker_network=1"
            << QString() << QString();
    }

    {
        VmProfile vm = profile(Tool::Vpdmn, Arch::Aarch64);
        vm.portForwards = {{8080, 80, QStringLiteral("tcp")}, {5353, 53, QStringLiteral("udp")}};
        GuestRequest daemon;
        daemon.daemon = true;
        daemon.stateImage = QStringLiteral("/home/u/.vpdmn/aarch64/podman-state.img");
        const QString daemonOptions =
            "-drive file=/home/u/.vpdmn/aarch64/podman-state.img,if=virtio,format=raw,"
            "cache=directsync "
            "-netdev user,id=net0,hostfwd=tcp::8080-:8080,hostfwd=udp::5353-:5353 "
            "-device virtio-net-pci,netdev=net0 "
            "-virtfs local,path=/home/u/.vpdmn/aarch64/share,mount_tag=vpdmn_share,"
            "security_model=none,id=vpdmn_share "
            "-chardev socket,id=vdkr,path=/home/u/.vpdmn/aarch64/daemon.sock,server=on,wait=off "
            "-device virtio-serial-pci -device virtserialport,chardev=vdkr,name=vdkr "
            "-qmp unix:/home/u/.vpdmn/aarch64/qmp.sock,server,nowait";
        const QString daemonAppend =
            "console=ttyAMA0,115200 init=/init runtime=podman podman_cmd= podman_input=none "
            "podman_output=text podman_state=disk podman_network=1 podman_9p=1 podman_daemon=1 "
            "podman_idle_timeout=1800";
        QTest::newRow("aarch64 vpdmn daemon with port forwards (H maps to H)")
            << vm << daemon << host("x86_64", true)
            << QStringLiteral("-M virt -cpu cortex-a57 -nographic -smp 2 -m 2048 -no-reboot ") +
                   armBlobs + daemonOptions
            << daemonAppend << "/home/u/.vpdmn/aarch64/qmp.sock"
            << "/home/u/.vpdmn/aarch64/daemon.sock";

        VmProfile offline = vm;
        offline.network = false;
        QTest::newRow("daemon forces networking on")
            << offline << daemon << host("x86_64", false)
            << QStringLiteral("-M virt -cpu cortex-a57 -nographic -smp 2 -m 2048 -no-reboot ") +
                   armBlobs + daemonOptions
            << daemonAppend << "/home/u/.vpdmn/aarch64/qmp.sock"
            << "/home/u/.vpdmn/aarch64/daemon.sock";

        VmProfile kvm = vm;
        kvm.portForwards.clear();
        kvm.idleTimeoutSeconds = 600;
        kvm.shareDir = QStringLiteral("/tmp/io");
        QTest::newRow("aarch64 on an arm host with KVM, own share dir, idle 600")
            << kvm << daemon << host("aarch64", true)
            << QStringLiteral(
                   "-M virt -cpu host -nographic -smp 2 -m 2048 -no-reboot -enable-kvm ") +
                   armBlobs +
                   "-drive file=/home/u/.vpdmn/aarch64/podman-state.img,if=virtio,format=raw,"
                   "cache=directsync "
                   "-netdev user,id=net0 -device virtio-net-pci,netdev=net0 "
                   "-virtfs local,path=/tmp/io,mount_tag=vpdmn_share,security_model=none,"
                   "id=vpdmn_share "
                   "-chardev socket,id=vdkr,path=/home/u/.vpdmn/aarch64/daemon.sock,server=on,"
                   "wait=off -device virtio-serial-pci -device virtserialport,chardev=vdkr,"
                   "name=vdkr -qmp unix:/home/u/.vpdmn/aarch64/qmp.sock,server,nowait"
            << "console=ttyAMA0,115200 init=/init runtime=podman podman_cmd= podman_input=none "
               "podman_output=text podman_state=disk podman_network=1 podman_9p=1 "
               "podman_daemon=1 podman_idle_timeout=600"
            << "/home/u/.vpdmn/aarch64/qmp.sock"
            << "/home/u/.vpdmn/aarch64/daemon.sock";
    }

    {
        VmProfile vm = profile(Tool::Vdkr, Arch::X86_64);
        vm.shareDir = QStringLiteral("/tmp/vdkr-1/share");
        vm.portForwards = {{2222, 22, QStringLiteral("tcp")}};
        GuestRequest batch;
        batch.command = QStringLiteral("docker images");
        batch.inputType = QStringLiteral("oci");
        batch.inputImage = QStringLiteral("/tmp/vdkr-1/input.img");
        batch.outputType = QStringLiteral("storage");
        batch.stateImage = QStringLiteral("/tmp/vdkr-1/state.img");
        batch.interactive = true;
        batch.registry = QStringLiteral("10.0.2.2:5000/yocto");
        batch.insecureRegistries = {QStringLiteral("a:5000"), QStringLiteral("b:5000")};
        QTest::newRow("x86_64 input + state disks, 9p share, registry keys, interactive")
            << vm << batch << host("x86_64", false)
            << QStringLiteral("-M q35 -cpu Skylake-Client -nographic -smp 2 -m 2048 -no-reboot ") +
                   x86Blobs +
                   "-drive file=/tmp/vdkr-1/input.img,if=virtio,format=raw "
                   "-drive file=/tmp/vdkr-1/state.img,if=virtio,format=raw,cache=directsync "
                   "-netdev user,id=net0,hostfwd=tcp::2222-:2222 "
                   "-device virtio-net-pci,netdev=net0 "
                   "-virtfs local,path=/tmp/vdkr-1/share,mount_tag=vdkr_share,security_model=none,"
                   "id=vdkr_share"
            << "console=ttyS0,115200 quiet loglevel=0 init=/init runtime=docker "
               "docker_cmd=ZG9ja2VyIGltYWdlcw== docker_input=oci docker_output=storage "
               "docker_state=disk docker_network=1 docker_registry=10.0.2.2:5000/yocto "
               "docker_insecure_registry=a:5000 docker_insecure_registry=b:5000 "
               "docker_interactive=1 docker_9p=1"
            << QString() << QString();

        VmProfile podman = vm;
        podman.tool = Tool::Vpdmn;
        podman.portForwards.clear();
        podman.network = false;
        GuestRequest tar = batch;
        tar.interactive = false;
        tar.registry.clear();
        tar.insecureRegistries.clear();
        tar.inputType = QStringLiteral("tar");
        tar.outputType = QStringLiteral("tar");
        tar.stateImage.clear();
        QTest::newRow("podman keys, input only (becomes vdb), share tag vpdmn_share")
            << podman << tar << host("x86_64", false)
            << QStringLiteral("-M q35 -cpu Skylake-Client -nographic -smp 2 -m 2048 -no-reboot ") +
                   x86Blobs +
                   "-drive file=/tmp/vdkr-1/input.img,if=virtio,format=raw -nic none "
                   "-virtfs local,path=/tmp/vdkr-1/share,mount_tag=vpdmn_share,security_model=none,"
                   "id=vpdmn_share"
            << "console=ttyS0,115200 init=/init runtime=podman podman_cmd=ZG9ja2VyIGltYWdlcw== "
               "podman_input=tar podman_output=tar podman_9p=1"
            << QString() << QString();
    }
}

void TestQemuCommandLine::runtime()
{
    QFETCH(VmProfile, vm);
    QFETCH(GuestRequest, request);
    QFETCH(HostFacts, hostFacts);
    QFETCH(QString, expectedOptions);
    QFETCH(QString, expectedAppend);
    QFETCH(QString, expectedQmp);
    QFETCH(QString, expectedDaemonSocket);

    const Result<QemuLaunch> launch = buildRuntimeCommandLine(vm, request, hostFacts);
    QVERIFY2(launch.ok(), launch.ok() ? "" : qPrintable(launch.error().message));
    QStringList expected = words(expectedOptions);
    expected << QStringLiteral("-append") << expectedAppend;
    QCOMPARE(launch->arguments, expected);
    QCOMPARE(launch->kernelCommandLine, expectedAppend);
    QCOMPARE(launch->qmpSocket, expectedQmp);
    QCOMPARE(launch->daemonSocket, expectedDaemonSocket);
    const QString program = vm.arch == Arch::X86_64 ? QStringLiteral("qemu-system-x86_64")
                                                    : QStringLiteral("qemu-system-aarch64");
    QVERIFY2(launch->program == program || launch->program.endsWith(QLatin1Char('/') + program),
             qPrintable(launch->program));
}

// Expected values from `echo -n "$CMD" | base64 -w0`, as vrunner.sh encodes them.
void TestQemuCommandLine::base64Command_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("images") << "docker images"
                            << "ZG9ja2VyIGltYWdlcw==";
    QTest::newRow("empty (daemon start)") << ""
                                          << "";
    QTest::newRow("batch import")
        << "( skopeo copy oci:/mnt/input/0 docker-daemon:app:latest ); docker images "
           "2>/dev/null; true"
        << "KCBza29wZW8gY29weSBvY2k6L21udC9pbnB1dC8wIGRvY2tlci1kYWVtb246YXBwOmxhdGVzdCApOyBkb2Nr"
           "ZXIgaW1hZ2VzIDI+L2Rldi9udWxsOyB0cnVl";
    QTest::newRow("quotes and UTF-8")
        << QStringLiteral("echo 'ü' \"$HOME\"") << "ZWNobyAnw7wnICIkSE9NRSI=";
}

void TestQemuCommandLine::base64Command()
{
    QFETCH(QString, command);
    QFETCH(QString, encoded);
    GuestRequest request;
    request.command = command;
    const auto launch =
        buildRuntimeCommandLine(profile(Tool::Vdkr, Arch::X86_64), request, host("x86_64", false));
    QVERIFY(launch.ok());
    const QStringList keys = launch->kernelCommandLine.split(QLatin1Char(' '));
    QVERIFY(keys.contains(QStringLiteral("docker_cmd=") + encoded));
}

void TestQemuCommandLine::runtimeErrors_data()
{
    QTest::addColumn<VmProfile>("vm");
    QTest::addColumn<GuestRequest>("request");
    QTest::addColumn<QString>("errorPart");

    const VmProfile ok = profile(Tool::Vdkr, Arch::X86_64);
    GuestRequest badInput;
    badInput.inputType = QStringLiteral("zip");
    QTest::newRow("unknown input type") << ok << badInput << "input type \"zip\"";
    GuestRequest badOutput;
    badOutput.outputType = QStringLiteral("json");
    QTest::newRow("unknown output type") << ok << badOutput << "output type \"json\"";
    GuestRequest noImage;
    noImage.inputType = QStringLiteral("oci");
    QTest::newRow("input without disk image") << ok << noImage << "needs an input disk image";
    VmProfile noBlobs = ok;
    noBlobs.blobDir.clear();
    QTest::newRow("no blob dir") << noBlobs << GuestRequest{} << "no blob directory";
    VmProfile noState = ok;
    noState.stateDir.clear();
    GuestRequest daemon;
    daemon.daemon = true;
    QTest::newRow("daemon without state dir") << noState << daemon << "state directory";
    GuestRequest commaState;
    commaState.stateImage = QStringLiteral("/a,b/docker-state.img");
    QTest::newRow("comma in a drive path") << ok << commaState << "\"/a,b/docker-state.img\"";
    VmProfile commaShare = ok;
    commaShare.shareDir = QStringLiteral("/x,readonly=on");
    QTest::newRow("comma in the share") << commaShare << GuestRequest{} << "contains a comma";
    VmProfile commaBlobs = ok;
    commaBlobs.blobDir = QStringLiteral("/b,lobs");
    QTest::newRow("comma in the blob dir") << commaBlobs << GuestRequest{} << "rootfs image";
    VmProfile noMemory = ok;
    noMemory.memoryMb = 0;
    QTest::newRow("no memory") << noMemory << GuestRequest{} << "must be positive";
}

void TestQemuCommandLine::runtimeErrors()
{
    QFETCH(VmProfile, vm);
    QFETCH(GuestRequest, request);
    QFETCH(QString, errorPart);
    const auto launch = buildRuntimeCommandLine(vm, request, host("x86_64", true));
    QVERIFY(!launch.ok());
    QVERIFY2(launch.error().message.contains(errorPart), qPrintable(launch.error().message));
}

void TestQemuCommandLine::genericBoot_data()
{
    QTest::addColumn<GenericBoot>("boot");
    QTest::addColumn<HostFacts>("hostFacts");
    QTest::addColumn<QString>("expectedOptions");
    QTest::addColumn<QString>("expectedAppend");

    GenericBoot minimal;
    minimal.kernel = QStringLiteral("/boot/vmlinuz");
    minimal.initrd = QStringLiteral("/tmp/initrd.gz");
    minimal.qmpSocket = QStringLiteral("/tmp/q/qmp.sock");
    QTest::newRow("x86_64 minimal, TCG")
        << minimal << host("x86_64", false)
        << "-M q35 -cpu Skylake-Client -nographic -smp 1 -m 256 -no-reboot -kernel /boot/vmlinuz "
           "-initrd /tmp/initrd.gz -nic none -qmp unix:/tmp/q/qmp.sock,server=on,wait=off"
        << "console=ttyS0,115200";
    QTest::newRow("x86_64 minimal, KVM")
        << minimal << host("x86_64", true)
        << "-M q35 -cpu host -nographic -smp 1 -m 256 -no-reboot -enable-kvm -kernel "
           "/boot/vmlinuz -initrd /tmp/initrd.gz -nic none "
           "-qmp unix:/tmp/q/qmp.sock,server=on,wait=off"
        << "console=ttyS0,115200";
    GenericBoot noKvm = minimal;
    noKvm.allowKvm = false;
    QTest::newRow("x86_64 KVM refused")
        << noKvm << host("x86_64", true)
        << "-M q35 -cpu Skylake-Client -nographic -smp 1 -m 256 -no-reboot -kernel /boot/vmlinuz "
           "-initrd /tmp/initrd.gz -nic none -qmp unix:/tmp/q/qmp.sock,server=on,wait=off"
        << "console=ttyS0,115200";

    GenericBoot full;
    full.arch = Arch::Aarch64;
    full.kernel = QStringLiteral("/k/Image");
    full.initrd = QStringLiteral("/k/initrd.gz");
    full.drives = {{QStringLiteral("/d/root.img"), true}, {QStringLiteral("/d/data.img"), false}};
    full.append = QStringLiteral("rdinit=/init quiet");
    full.memoryMb = 512;
    full.cpus = 2;
    full.qmpSocket = QStringLiteral("/s/qmp.sock");
    full.shares = {{QStringLiteral("/s/share"), QStringLiteral("io")}};
    full.virtioSerialSocket = QStringLiteral("/s/daemon.sock");
    QTest::newRow("aarch64 drives, share, serial port")
        << full << host("x86_64", true)
        << "-M virt -cpu cortex-a57 -nographic -smp 2 -m 512 -no-reboot -kernel /k/Image "
           "-initrd /k/initrd.gz "
           "-drive file=/d/root.img,if=virtio,format=raw,readonly=on "
           "-drive file=/d/data.img,if=virtio,format=raw -nic none "
           "-virtfs local,path=/s/share,mount_tag=io,security_model=none,id=io "
           "-chardev socket,id=vdkr,path=/s/daemon.sock,server=on,wait=off "
           "-device virtio-serial-pci -device virtserialport,chardev=vdkr,name=vdkr "
           "-qmp unix:/s/qmp.sock,server=on,wait=off"
        << "console=ttyAMA0,115200 rdinit=/init quiet";
    GenericBoot noInitrd = minimal;
    noInitrd.initrd.clear();
    noInitrd.arch = Arch::Aarch64;
    QTest::newRow("aarch64 KVM on arm host, no initrd")
        << noInitrd << host("aarch64", true)
        << "-M virt -cpu host -nographic -smp 1 -m 256 -no-reboot -enable-kvm -kernel "
           "/boot/vmlinuz -nic none -qmp unix:/tmp/q/qmp.sock,server=on,wait=off"
        << "console=ttyAMA0,115200";
}

void TestQemuCommandLine::genericBoot()
{
    QFETCH(GenericBoot, boot);
    QFETCH(HostFacts, hostFacts);
    QFETCH(QString, expectedOptions);
    QFETCH(QString, expectedAppend);
    const auto launch = buildGenericBootCommandLine(boot, hostFacts);
    QVERIFY2(launch.ok(), launch.ok() ? "" : qPrintable(launch.error().message));
    QCOMPARE(launch->arguments, words(expectedOptions)
                                    << QStringLiteral("-append") << expectedAppend);
    QCOMPARE(launch->qmpSocket, boot.qmpSocket);
    QCOMPARE(launch->daemonSocket, boot.virtioSerialSocket);
    QCOMPARE(launch->kernelCommandLine, expectedAppend);
}

void TestQemuCommandLine::genericBootErrors()
{
    GenericBoot boot;
    boot.kernel = QStringLiteral("/k");
    boot.qmpSocket = QStringLiteral("/q.sock");
    QVERIFY(buildGenericBootCommandLine(boot, host("x86_64", false)).ok());

    GenericBoot noKernel = boot;
    noKernel.kernel.clear();
    QVERIFY(buildGenericBootCommandLine(noKernel, {})
                .error()
                .message.contains(QStringLiteral("kernel")));
    GenericBoot noQmp = boot;
    noQmp.qmpSocket.clear();
    QVERIFY(buildGenericBootCommandLine(noQmp, {}).error().message.contains(QStringLiteral("QMP")));
    GenericBoot comma = boot;
    comma.drives = {{QStringLiteral("/a,b.img"), false}};
    QVERIFY(buildGenericBootCommandLine(comma, {}).error().message.contains(
        QStringLiteral("\"/a,b.img\"")));
    GenericBoot badTag = boot;
    badTag.shares = {{QStringLiteral("/s"), QString()}};
    QVERIFY(!buildGenericBootCommandLine(badTag, {}).ok());
    GenericBoot noCpu = boot;
    noCpu.cpus = 0;
    QVERIFY(!buildGenericBootCommandLine(noCpu, {}).ok());
}

void TestQemuCommandLine::shellCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringList{"-m", "2048", "file=/a/b.img,if=virtio"}
                           << "qemu -m 2048 file=/a/b.img,if=virtio";
    QTest::newRow("spaces") << QStringList{"-append", "console=ttyS0,115200 init=/init"}
                            << "qemu -append 'console=ttyS0,115200 init=/init'";
    QTest::newRow("single quote") << QStringList{"it's"} << "qemu 'it'\\''s'";
    QTest::newRow("empty") << QStringList{""} << "qemu ''";
    QTest::newRow("shell specials") << QStringList{"$HOME", "a;b", "*"} << "qemu '$HOME' 'a;b' '*'";
}

void TestQemuCommandLine::shellCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QemuLaunch launch;
    launch.program = QStringLiteral("qemu");
    launch.arguments = arguments;
    QCOMPARE(launch.shellCommand(), expected);
}

// The pasteable line must give a real shell exactly the argument list we would pass.
void TestQemuCommandLine::shellCommandRoundTrip()
{
    QemuLaunch launch;
    launch.program = QStringLiteral("printf");
    launch.arguments = {QStringLiteral("[%s]\\n"), QStringLiteral("console=ttyS0 x='y' \"z\""),
                        QString(), QStringLiteral("$(echo no)"), QStringLiteral("ü\\n")};
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), launch.shellCommand()});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()),
             QStringLiteral("[console=ttyS0 x='y' \"z\"]\n[]\n[$(echo no)]\n[ü\\n]\n"));
}

void TestQemuCommandLine::hostProbe()
{
    const HostFacts facts = HostFacts::probe();
    QProcess uname;
    uname.start(QStringLiteral("uname"), {QStringLiteral("-m")});
    QVERIFY(uname.waitForFinished(10000));
    QCOMPARE(facts.hostMachine, QString::fromLocal8Bit(uname.readAllStandardOutput()).trimmed());
    QProcess test;
    test.start(QStringLiteral("/bin/sh"),
               {QStringLiteral("-c"), QStringLiteral("[ -r /dev/kvm ] && [ -w /dev/kvm ]")});
    QVERIFY(test.waitForFinished(10000));
    QCOMPARE(facts.kvmUsable, test.exitCode() == 0);
}

void TestQemuCommandLine::realQemuAcceptsRuntimeLine_data()
{
    QTest::addColumn<bool>("daemon");
    QTest::addColumn<bool>("network");
    QTest::addColumn<bool>("input");
    QTest::addColumn<bool>("arm");
    QTest::newRow("x86_64 memres daemon: network, share, serial port, QMP")
        << true << true << false << false;
    QTest::newRow("x86_64 batch: input and state disks, no network")
        << false << false << true << false;
    QTest::newRow("aarch64 memres daemon") << true << true << false << true;
    QTest::newRow("aarch64 batch") << false << false << true << true;
}

namespace {

// One QMP command and its answer line (events in between are skipped).
QByteArray qmp(QLocalSocket &socket, const QByteArray &command)
{
    socket.write(command + "\n");
    socket.flush();
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(20000))
                return {};
        }
        const QByteArray line = socket.readLine();
        if (!line.contains("\"event\""))
            return line;
    }
}

} // namespace

// QEMU itself must accept every option of the builder's line: the machine is created paused
// (-S, the guest never runs), asked for its status over QMP and told to quit.
void TestQemuCommandLine::realQemuAcceptsRuntimeLine()
{
    QFETCH(bool, daemon);
    QFETCH(bool, network);
    QFETCH(bool, input);
    QFETCH(bool, arm);
    const Arch arch = arm ? Arch::Aarch64 : Arch::X86_64;
    if (findQemuBinary(arch).isEmpty())
        QSKIP(arm ? "qemu-system-aarch64 is not installed (apt install qemu-system-arm)"
                  : "qemu-system-x86_64 is not installed (apt install qemu-system-x86)");
    auto zeroFile = [](const QString &path, qint64 size) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.resize(size);
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blobs = dir.filePath(QStringLiteral("blobs"));
    const QString archDir = blobs + QLatin1Char('/') + archName(arch);
    QVERIFY(QDir().mkpath(archDir));
    if (arm) {
        // virt loads a kernel it does not recognise as a raw image; the guest never runs (-S).
        QVERIFY(zeroFile(archDir + QStringLiteral("/Image"), 1 << 20));
    } else {
        // x86 parses the bzImage header while building the machine: it must be a real kernel.
        const QStringList kernels =
            QDir(QStringLiteral("/boot")).entryList({QStringLiteral("vmlinuz-*")}, QDir::Files);
        if (kernels.isEmpty() ||
            !QFileInfo(QStringLiteral("/boot/") + kernels.first()).isReadable())
            QSKIP("no readable /boot/vmlinuz-* (apt install linux-image-amd64)");
        QVERIFY(QFile::link(QStringLiteral("/boot/") + kernels.first(),
                            archDir + QStringLiteral("/bzImage")));
    }
    QVERIFY(zeroFile(archDir + QStringLiteral("/initramfs.cpio.gz"), 4096));
    QVERIFY(zeroFile(archDir + QStringLiteral("/rootfs.img"), 1 << 20));
    const QString state = dir.filePath(QStringLiteral("state"));
    QVERIFY(QDir().mkpath(state + QStringLiteral("/share")));
    QVERIFY(zeroFile(state + QStringLiteral("/docker-state.img"), 1 << 20));

    VmProfile vm;
    vm.arch = arch;
    vm.blobDir = blobs;
    vm.stateDir = state;
    vm.network = network;
    vm.memoryMb = 256;
    vm.cpus = 1;
    GuestRequest request;
    request.command = QStringLiteral("docker images");
    request.daemon = daemon;
    request.stateImage = state + QStringLiteral("/docker-state.img");
    if (input) {
        request.inputType = QStringLiteral("oci");
        request.inputImage = dir.filePath(QStringLiteral("input.img"));
        QVERIFY(zeroFile(request.inputImage, 1 << 20));
    }
    const auto launch = buildRuntimeCommandLine(vm, request, host("none", false));
    QVERIFY(launch.ok());
    QStringList arguments = launch->arguments;
    QString qmpSocket = launch->qmpSocket;
    if (qmpSocket.isEmpty()) {
        qmpSocket = dir.filePath(QStringLiteral("test-qmp.sock"));
        arguments << QStringLiteral("-qmp")
                  << QStringLiteral("unix:%1,server=on,wait=off").arg(qmpSocket);
    }
    arguments << QStringLiteral("-S");

    QProcess qemu;
    qemu.setProcessChannelMode(QProcess::MergedChannels);
    qemu.start(launch->program, arguments);
    QVERIFY(qemu.waitForStarted());
    QLocalSocket socket;
    bool connected = false;
    auto tryConnect = [&] {
        if (!connected) {
            socket.abort();
            socket.connectToServer(qmpSocket);
            connected = socket.waitForConnected(1000);
        }
        return connected;
    };
    QTRY_VERIFY_WITH_TIMEOUT(qemu.state() != QProcess::Running || tryConnect(), 30000);
    if (qemu.state() != QProcess::Running) {
        qemu.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("QEMU refused the command line: ") +
                         QString::fromLocal8Bit(qemu.readAll())));
    }
    QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine() || socket.waitForReadyRead(100), 20000);
    QVERIFY(socket.readLine().contains("\"QMP\""));
    QVERIFY(qmp(socket, R"({"execute":"qmp_capabilities"})").contains("\"return\""));
    const QByteArray status = qmp(socket, R"({"execute":"query-status"})");
    QVERIFY2(status.contains("\"status\": \"prelaunch\"") ||
                 status.contains("\"status\": \"paused\""),
             status.constData());
    qmp(socket, R"({"execute":"quit"})");
    QVERIFY(qemu.waitForFinished(30000));
    QCOMPARE(qemu.exitStatus(), QProcess::NormalExit);
    QCOMPARE(qemu.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestQemuCommandLine)
#include "tst_qemucommandline.moc"
