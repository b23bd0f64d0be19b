// DaemonConfigTests.swift — the config file and command line: defaults, precedence, strictness.

import AlueCore
import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct DaemonConfigTests {
    @Test func defaultsApplyWhenKeysAreAbsent() throws {
        let config = try DaemonConfig(json: JSONParser.parse("{}"))
        #expect(config.limits.maxLineBytes == 1_048_576)
        #expect(config.limits.maxConnections == 1024)
        #expect(config.limits.maxConnectionsPerUID == 64)
        #expect(config.limits.reservedAdminConnections == 16)
        #expect(config.limits.requestTimeoutSeconds == 10)
        #expect(config.limits.maxAnswerBytes == 1_048_576)
        #expect(config.limits.answerCacheBytes == 16_777_216)
        #expect(config.dataDir == "data")
        #expect(config.logLevel == .info)
        #expect(config.plugins.isEmpty)
    }

    @Test func readsPluginEntriesInBothForms() throws {
        let config = try DaemonConfig(json: JSONParser.parse(#"{"plugins": ["Oulu", {"name": "TyoHame", "required": true}, {"name": "Lappi", "optional": true}]}"#))
        #expect(config.plugins == [PluginEntry(name: "Oulu"), PluginEntry(name: "TyoHame", required: true),
                                   PluginEntry(name: "Lappi", optional: true)])
    }

    @Test func readsTheSecurityLimits() throws {
        let config = try DaemonConfig(json: JSONParser.parse("""
            {"limits": {"maxConnectionsPerUID": 8, "reservedAdminConnections": 4, "requestTimeoutSeconds": 2.5,
                        "maxAnswerBytes": 65536, "answerCacheBytes": 1048576}}
            """))
        #expect(config.limits.maxConnectionsPerUID == 8)
        #expect(config.limits.reservedAdminConnections == 4)
        #expect(config.limits.requestTimeoutSeconds == 2.5)
        #expect(config.limits.maxAnswerBytes == 65_536)
        #expect(config.limits.answerCacheBytes == 1_048_576)
    }

    @Test func pluginsFoundInADirectoryAreOptional() throws {
        let directory = TemporaryDirectory("alue-scan")
        #expect(FileManager.default.createFile(atPath: "\(directory.path)/libA.so", contents: Data()))
        #expect(try DaemonSettings.scanPluginDirectory(directory.path).map(\.optional) == [true])
    }

    @Test(arguments: [
        (#"{"sockett": "/x"}"#, "unknown key 'sockett'"),
        (#"{"limits": {"maxLineBytes": -1}}"#, "limits.maxLineBytes must be a positive integer"),
        (#"{"logLevel": "loud"}"#, "logLevel: 'loud'"),
        (#"{"plugins": [{"required": true}]}"#, "plugins[0].name"),
        (#"{"plugins": [{"name": "Oulu", "required": true, "optional": true}]}"#, "plugins[0]: a plugin cannot be both required and optional"),
        (#"{"limits": {"maxConnectionsPerUID": 0}}"#, "limits.maxConnectionsPerUID must be a positive integer"),
        (#"{"limits": {"requestTimeoutSeconds": "10"}}"#, "limits.requestTimeoutSeconds must be a positive number"),
        (#"{"roles": {"admin": {"uids": ["root"]}}}"#, "roles.admin.uids must list numeric ids"),
        (#"{"roles": {"operator": {"groups": [true]}}}"#, "roles.operator.groups must list group names or numeric gids"),
        (#"{"roles": {"operator": {"groups": ["two words"]}}}"#, "roles.operator.groups must list group names or numeric gids"),
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

    @Test func rolesNameGroupsByNameOrGID() throws {
        let config = try DaemonConfig(json: JSONParser.parse(
            #"{"roles": {"operator": {"groups": ["alue-operators", 4100, "4200"]}, "admin": {"gids": [5], "groups": ["alue-admins", "gone"]}}}"#))
        #expect(config.roles.operatorGIDs == [4100, 4200])
        #expect(config.roles.operatorGroupNames == ["alue-operators"])
        let known: [String: UInt32] = ["alue-operators": 990, "alue-admins": 991]
        let (roles, warnings) = config.roles.resolvingGroupNames { known[$0] }
        #expect(roles.operatorGIDs == [990, 4100, 4200])
        #expect(roles.adminGIDs == [5, 991])
        #expect(warnings == ["roles.admin.groups: there is no group 'gone' on this system; nobody gets the admin role through it (create it, e.g. with systemd-sysusers, then reload)"])
    }

    @Test func supplementaryGroupsGiveRoles() {
        var roles = RoleMap()
        roles.operatorGIDs = [4100]
        roles.adminGIDs = [4200]
        let daemonUID: UInt32 = 999
        #expect(Role.of(PeerCredentials(pid: 1, uid: 4001, gid: 4001), roles: roles, daemonUID: daemonUID) == .reader)
        #expect(Role.of(PeerCredentials(pid: 1, uid: 4001, gid: 4001, groups: [7, 4100]), roles: roles, daemonUID: daemonUID) == .operator)
        #expect(Role.of(PeerCredentials(pid: 1, uid: 4001, gid: 4100, groups: [4200]), roles: roles, daemonUID: daemonUID) == .admin)
        #expect(Role.of(PeerCredentials(pid: 1, uid: daemonUID, gid: 1), roles: roles, daemonUID: daemonUID) == .admin)
        #expect(Role.of(nil, roles: roles, daemonUID: daemonUID) == .reader)
    }

    @Test func theSystemGroupDatabaseAnswers() {
        #expect(GroupDatabase.gid(named: "root") == 0)
        #expect(GroupDatabase.gid(named: "alue-no-such-group-\(getpid())") == nil)
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
