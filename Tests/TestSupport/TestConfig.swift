// TestConfig.swift — writes a config file for a test daemon: the repository's data, plugins from
// the build directory, and whatever limits or plugin list the test needs.

import AlueWire
import Foundation

public enum TestConfig {
    /// Writes `alued.json` into `directory` and returns its path. `plugins` are names or paths;
    /// `limits` and `extra` are merged in as JSON members.
    @discardableResult
    public static func write(in directory: String, plugins: [JSONValue] = ["PaijatHame", "TyoHame", "Oulu"].map(JSONValue.string),
                             limits: [(key: String, value: JSONValue)] = [], dataDir: String = Repository.dataDir,
                             extra: [(key: String, value: JSONValue)] = []) throws -> String {
        let config = JSONValue.object([
            ("pluginDir", .string(BuildProducts.binDirectory)),
            ("plugins", .array(plugins)),
            ("dataDir", .string(dataDir)),
            ("limits", .object(limits)),
        ] + extra)
        let path = "\(directory)/alued.json"
        try config.prettyText().write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A plugin directory holding copies of the named built plugins plus any extra files.
    public static func pluginDirectory(in directory: String, plugins: [String],
                                       extraFiles: [String: String] = [:]) throws -> String {
        let pluginDir = "\(directory)/plugins"
        try FileManager.default.createDirectory(atPath: pluginDir, withIntermediateDirectories: true)
        for name in plugins {
            try FileManager.default.copyItem(atPath: BuildProducts.plugin(name), toPath: "\(pluginDir)/lib\(name).so")
        }
        for (file, contents) in extraFiles {
            try contents.write(toFile: "\(pluginDir)/\(file)", atomically: true, encoding: .utf8)
        }
        return pluginDir
    }
}
