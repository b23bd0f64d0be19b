// DebianPackageTests.swift — `make deb`: the Debian package built from the same install, checked
// with dpkg-deb as a reviewer would (--info, --contents), then unpacked: its stripped alued passes
// --check with its own config and plugins.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.enabled(if: HostTools.path("make") != nil && HostTools.path("dpkg-deb") != nil, "needs make and dpkg-deb"))
struct DebianPackageTests {
    @Test func theDebianPackageHoldsTheInstallAndItsDaemonRuns() throws {
        let directory = TemporaryDirectory("alue-deb")
        let build = try StagedInstall.make(["deb", "DEB_DIR=\(directory.path)"])
        try #require(build.status == 0, "make deb failed:\n\(build.stdout)\n\(build.stderr)")
        let packages = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".deb") }
        let name = try #require(packages.first, "no .deb in \(directory.path)")
        #expect(name.hasPrefix("alue_\(AlueVersion.version)_"))
        let package = "\(directory.path)/\(name)"
        let dpkg = try HostTools.require("dpkg-deb")

        let info = try CommandRunner.run(dpkg, ["--info", package]).stdout
        for field in ["Package: alue", "Version: \(AlueVersion.version)", "Architecture: ", "Depends: ", "Maintainer: ", "Installed-Size: "] {
            #expect(info.contains("\n " + field), "control lacks \(field):\n\(info)")
        }
        for script in ["conffiles", "postinst", "prerm", "postrm"] { #expect(info.contains(" \(script) "), "\(script)") }

        let contents = try CommandRunner.run(dpkg, ["--contents", package]).stdout
        let entries = contents.split(separator: "\n")
        #expect(entries.allSatisfy { $0.contains(" root/root ") }, "every file owned by root")
        for path in ["./usr/sbin/alued", "./usr/bin/aluectl", "./usr/lib/alue/libPluginAPI.so", "./usr/lib/alue/plugins/libOulu.so",
                     "./etc/alue/alued.json", "./usr/lib/systemd/system/alued.service", "./usr/lib/systemd/system/alued.socket",
                     "./usr/lib/sysusers.d/alue.conf", "./usr/share/man/man8/alued.8.gz", "./usr/share/man/man1/aluectl.1.gz",
                     "./usr/share/man/man5/alued.json.5.gz", "./usr/share/bash-completion/completions/aluectl",
                     "./usr/share/zsh/vendor-completions/_aluectl", "./usr/share/doc/alue/copyright", "./usr/share/alue/municipalities.csv"] {
            #expect(entries.contains { $0.hasSuffix(" " + path) }, "\(path) is not in the package")
        }

        let unpacked = "\(directory.path)/unpacked"
        #expect(try CommandRunner.run(dpkg, ["-x", package, unpacked]).status == 0)
        let control = "\(directory.path)/control"
        #expect(try CommandRunner.run(dpkg, ["-e", package, control]).status == 0)
        #expect(try String(contentsOfFile: "\(control)/conffiles", encoding: .utf8) == "/etc/alue/alued.json\n")
        // The stripped daemon and plugins still work: --check runs the conformance kit on each.
        let config = try StagedInstall.relocatedConfig(root: unpacked, to: "\(directory.path)/alued.json")
        let check = try CommandRunner.run("\(unpacked)/usr/sbin/alued", ["--config", config, "--check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
