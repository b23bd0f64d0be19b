// InstallTests.swift — `make install PREFIX=/usr DESTDIR=…`: the tree ops expect on a Debian-like
// system, binaries and plugins that resolve libPluginAPI.so inside the installed tree (never from
// .build), and the installed alued started on the installed config answering the installed aluectl.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.enabled(if: HostTools.path("make") != nil, "needs make"))
struct InstallTests {
    let install: StagedInstall

    init() throws {
        install = try StagedInstall()
    }

    static let plugins = ["PaijatHame", "TyoHame", "Oulu"]

    @Test func theTreeIsTheOneOpsExpect() throws {
        let files = Set(try StagedInstall.files(under: install.root))
        let expected = [
            "usr/bin/aluectl", "usr/sbin/alued", "usr/lib/alue/libPluginAPI.so",
            "etc/alue/alued.json", "usr/lib/systemd/system/alued.service", "usr/lib/systemd/system/alued.socket",
            "usr/lib/sysusers.d/alue.conf", "usr/share/man/man1/aluectl.1", "usr/share/man/man5/alued.json.5",
            "usr/share/man/man8/alued.8", "usr/share/bash-completion/completions/aluectl",
            "usr/share/zsh/vendor-completions/_aluectl", "usr/share/doc/alue/README.md", "usr/share/doc/alue/CHANGELOG.md",
            "usr/share/doc/alue/LICENSE", "usr/share/doc/alue/architecture.md", "usr/share/doc/alue/plugin-guide.md",
        ] + Self.plugins.map { "usr/lib/alue/plugins/lib\($0).so" }
        #expect(files.isSuperset(of: expected), "missing: \(Set(expected).subtracting(files).sorted())")
        // The three region plugins and nothing else: no Template, no test fixture.
        #expect(try StagedInstall.files(under: install.staged("/usr/lib/alue/plugins")) == Self.plugins.map { "lib\($0).so" }.sorted())
        // The data, byte for byte, except the Template's.
        let data = try StagedInstall.files(under: Repository.dataDir).filter { !$0.hasPrefix("template/") }
        #expect(try StagedInstall.files(under: install.staged("/usr/share/alue")) == data)
        for file in data {
            #expect(FileManager.default.contentsEqual(atPath: "\(Repository.dataDir)/\(file)", andPath: install.staged("/usr/share/alue/\(file)")), "\(file)")
        }
        for (path, mode) in [("/usr/sbin/alued", 0o755), ("/usr/bin/aluectl", 0o755), ("/usr/lib/alue/libPluginAPI.so", 0o644),
                             ("/etc/alue/alued.json", 0o644), ("/usr/share/alue/municipalities.csv", 0o644)] {
            let attributes = try FileManager.default.attributesOfItem(atPath: install.staged(path))
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
        }
    }

    @Test func theInstalledConfigAndUnitNameTheInstalledPaths() throws {
        let config = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: install.staged("/etc/alue/alued.json")))))
        #expect(config["pluginDir"] == .string("/usr/lib/alue/plugins"))
        #expect(config["dataDir"] == .string("/usr/share/alue"))
        #expect(config["plugins"] == .array(Self.plugins.map(JSONValue.string)))
        let unit = try String(contentsOfFile: install.staged("/usr/lib/systemd/system/alued.service"), encoding: .utf8)
        #expect(unit.contains("\nExecStart=/usr/sbin/alued --config /etc/alue/alued.json\n"))
        #expect(unit.contains("\nExecStartPre=/usr/sbin/alued --config /etc/alue/alued.json --check\n"))
        let pages = unit.split(separator: "\n").first { $0.hasPrefix("Documentation=") }?.matches(of: #/man:([a-z.]+)\(([158])\)/#) ?? []
        #expect(pages.count == 3)
        for page in pages {
            #expect(FileManager.default.fileExists(atPath: install.staged("/usr/share/man/man\(page.output.2)/\(page.output.1).\(page.output.2)")))
        }
        for page in ["man1/aluectl.1", "man5/alued.json.5", "man8/alued.8"] {
            #expect(try String(contentsOfFile: install.staged("/usr/share/man/\(page)"), encoding: .utf8).contains("\"Alue \(AlueVersion.version)\""))
        }
    }

    /// The RUNPATH entries of an installed ELF file, `$ORIGIN` expanded to where it is installed.
    func runpath(_ path: String) throws -> [String] {
        let result = try CommandRunner.run(try HostTools.require("readelf"), ["-d", install.staged(path)])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("(RUNPATH)") }, "\(path) has no RUNPATH")
        let list = try #require(line.firstMatch(of: #/\[(.*)\]/#)).output.1
        let origin = (install.staged(path) as NSString).deletingLastPathComponent
        return list.split(separator: ":").map { URL(fileURLWithPath: $0.replacingOccurrences(of: "$ORIGIN", with: origin)).standardizedFileURL.path }
    }

    @Test(.enabled(if: HostTools.path("readelf") != nil && HostTools.path("ldd") != nil))
    func binariesAndPluginsFindLibPluginAPIInTheInstalledTree() throws {
        let library = install.staged("/usr/lib/alue/libPluginAPI.so")
        let elves = ["/usr/sbin/alued", "/usr/bin/aluectl"] + Self.plugins.map { "/usr/lib/alue/plugins/lib\($0).so" }
        for path in elves {
            let entries = try runpath(path)
            #expect(!entries.contains { $0.contains("/.build") || $0.hasPrefix(Repository.root) }, "\(path) looks into the build: \(entries)")
            let found = entries.first { FileManager.default.fileExists(atPath: "\($0)/libPluginAPI.so") }
            #expect(found.map { "\($0)/libPluginAPI.so" } == library, "\(path): RUNPATH \(entries)")
            // And the dynamic linker agrees.
            let ldd = try CommandRunner.run(try HostTools.require("ldd"), [install.staged(path)])
            let resolved = try #require(ldd.stdout.firstMatch(of: #/libPluginAPI\.so => (\S+)/#), "\(ldd.stdout)").output.1
            #expect(URL(fileURLWithPath: String(resolved)).standardizedFileURL.path == library)
        }
    }

    @Test func theInstalledDaemonServesTheInstalledAluectl() throws {
        let config = try install.stagedConfig()
        let daemon = try DaemonProcess(config: config, executable: install.staged("/usr/sbin/alued"))
        func aluectl(_ arguments: String...) throws -> CommandResult {
            try CommandRunner.run(install.staged("/usr/bin/aluectl"), ["--socket", daemon.socketPath] + arguments)
        }
        let status = try aluectl("status")
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.components(separatedBy: "ladattu (loaded)").count == 4, "\(status.stdout)")
        #expect(status.stdout.contains(install.staged("/usr/lib/alue/plugins/libOulu.so")))
        let route = try aluectl("route", "Asikkala", "tyollistymissuunnitelma", "--date", "2025-03-01")
        #expect(route.status == 0, "\(route.stderr)")
        #expect(route.stdout.contains("paijat-hame") && route.stdout.contains("001_ee65168c221e2ff3.txt"))
        // plugin check runs the alued of the installation (../sbin/alued from aluectl's bin/).
        let check = try aluectl("plugin", "check", install.staged("/usr/lib/alue/plugins/libOulu.so"), "--config", config)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("passed: all"))
        withExtendedLifetime(daemon) {}
    }

    @Test func installedAluedAndAluectlReportTheOneVersion() throws {
        let alued = try CommandRunner.run(install.staged("/usr/sbin/alued"), ["--version"])
        let aluectl = try CommandRunner.run(install.staged("/usr/bin/aluectl"), ["version"])
        #expect(alued.stdout.hasPrefix("alued \(AlueVersion.version) "))
        #expect(aluectl.stdout == "aluectl \(AlueVersion.version)\n")
    }
}
