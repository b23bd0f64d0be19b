// DaemonConfigTests.swift — the config file and command line: defaults, precedence, strictness.

import AlueCore
import AlueWire
import TestSupport
import Testing

@Suite struct DaemonConfigTests {
    @Test func defaultsApplyWhenKeysAreAbsent() throws {
        let config = try DaemonConfig(json: JSONParser.parse("{}"))
        #expect(config.limits.maxLineBytes == 1_048_576)
        #expect(config.limits.maxConnections == 1024)
        #expect(config.dataDir == "data")
        #expect(config.logLevel == .info)
        #expect(config.plugins.isEmpty)
    }

    @Test func readsPluginEntriesInBothForms() throws {
        let config = try DaemonConfig(json: JSONParser.parse(#"{"plugins": ["Oulu", {"name": "TyoHame", "required": true}]}"#))
        #expect(config.plugins == [PluginEntry(name: "Oulu"), PluginEntry(name: "TyoHame", required: true)])
    }

    @Test(arguments: [
        (#"{"sockett": "/x"}"#, "unknown key 'sockett'"),
        (#"{"limits": {"maxLineBytes": -1}}"#, "limits.maxLineBytes must be a positive integer"),
        (#"{"logLevel": "loud"}"#, "logLevel: 'loud'"),
        (#"{"plugins": [{"required": true}]}"#, "plugins[0].name"),
        (#"{"roles": {"admin": {"uids": ["root"]}}}"#, "roles.admin.uids must list numeric ids"),
        (#"[]"#, "the config must be a JSON object"),
    ])
    func rejectsMistakesNamingTheKey(json: String, message: String) throws {
        do {
            _ = try DaemonConfig(json: JSONParser.parse(json))
            Issue.record("accepted \(json)")
        } catch let error as ConfigError {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func commandLineFlagsOverrideTheConfigFile() throws {
        var options = try DaemonOptions.parse(["--config", Repository.config, "--socket=/tmp/x.sock", "--log-level", "debug"])
        options.stateDir = "/tmp/state"
        let settings = try DaemonSettings.resolve(options: options, environment: ["ALUE_SOCKET": "/tmp/env.sock"])
        #expect(settings.socketPath == "/tmp/x.sock")
        #expect(settings.logLevel == .debug)
        #expect(settings.stateDir == "/tmp/state")
        #expect(settings.dataDir == Repository.dataDir)
    }

    @Test func socketFallsBackToEnvironmentThenDefault() throws {
        let options = try DaemonOptions.parse(["--config", Repository.config])
        #expect(try DaemonSettings.resolve(options: options, environment: ["ALUE_SOCKET": "/tmp/env.sock"]).socketPath == "/tmp/env.sock")
        #expect(try DaemonSettings.resolve(options: options, environment: [:]).socketPath == "/run/alue/alued.sock")
        #expect(try DaemonSettings.resolve(options: options, environment: ["STATE_DIRECTORY": "/var/lib/x"]).stateDir == "/var/lib/x")
    }

    @Test func pluginsDefaultToTheExecutablesDirectory() throws {
        let options = try DaemonOptions.parse(["--config", Repository.config])
        let settings = try DaemonSettings.resolve(options: options, environment: [:], executableDirectory: "/opt/alue/bin")
        #expect(settings.plugins.map(\.path) == ["/opt/alue/bin/libPaijatHame.so", "/opt/alue/bin/libTyoHame.so",
                                                 "/opt/alue/bin/libOulu.so"])
    }

    @Test(arguments: [["--socket"], ["--bogus"], ["--log-level", "loud"]])
    func badFlagsAreUsageErrors(arguments: [String]) {
        #expect(throws: UsageError.self) { try DaemonOptions.parse(arguments) }
    }
}
