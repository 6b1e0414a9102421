import Foundation
import PackagePlugin

/// Generates a target's Swift client at build time from the endpoint specs in the target's
/// `api-specs/` folder (with its `api:` settings file and shared types).
///
/// A build command must name its outputs before it runs, so apigen writes one file per spec
/// file plus `APIGenRuntime.swift` (`--layout per-spec-file`): names the plugin derives from
/// the spec files alone.
@main
struct APIGenBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let specsFolder = target.directoryURL.appending(path: "api-specs")
        let specs = target.sourceFiles
            .map(\.url)
            .filter { ["yaml", "yml"].contains($0.pathExtension) && $0.path.hasPrefix(specsFolder.path + "/") }
            .sorted { $0.path < $1.path }
        guard !specs.isEmpty else {
            throw PluginError("target '\(target.name)' has no endpoint specs: put them in \(specsFolder.path)")
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let generated = output.appending(path: "swift-client")
        let outputFiles = [generated.appending(path: "APIGenRuntime.swift")]
            + specs.map { generated.appending(path: Self.fileName(forSpecAt: String($0.path.dropFirst(specsFolder.path.count + 1)))) }
        return [
            .buildCommand(
                displayName: "apigen: generating the \(target.name) client from \(specs.count) specs",
                executable: try context.tool(named: "apigen").url,
                arguments: [
                    "generate", "--specs", specsFolder.path, "--output", output.path, "--emitter", "swift-client",
                    "--layout", "per-spec-file", "--access", "public",
                ],
                inputFiles: specs,
                outputFiles: outputFiles)
        ]
    }

    /// The same names as apigen's `SpecFileLayout.fileName(forSpecAt:)` (a plugin cannot link the
    /// generator's library): `compute/vm/update.yaml` -> `compute.vm.update.swift`.
    static func fileName(forSpecAt relativePath: String) -> String {
        var name = relativePath
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name.replacingOccurrences(of: "/", with: ".") + ".swift"
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
