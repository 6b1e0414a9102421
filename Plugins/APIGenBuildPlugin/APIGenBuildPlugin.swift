import Foundation
import PackagePlugin

/// Generates a target's Swift client (and, on request, its server stubs and mock) at build time
/// from the endpoint specs in the target's `api-specs/` folder (with its `api:` settings file and
/// shared types).
///
/// An optional `apigen-plugin.json` beside `api-specs/` chooses the emitters:
/// `{"emitters": ["swift-client", "swift-server", "swift-mock"]}` (default: the client only). All
/// of them are compiled into the target itself.
///
/// A build command must name its outputs before it runs, so apigen writes one file per spec file
/// plus a runtime file per emitter (`--layout per-spec-file`): names the plugin derives from the
/// spec files alone.
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
        let configFile = target.directoryURL.appending(path: "apigen-plugin.json")
        let config = try PluginConfig.read(configFile)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = [
            "generate", "--specs", specsFolder.path, "--output", output.path, "--layout", "per-spec-file", "--access", "public",
            "--module", target.name, "--client-module", target.name, "--server-module", target.name,
            // SwiftPM runs the command only when an input changed, and a sandboxed build may not
            // write the user's cache folder.
            "--no-cache",
        ]
        var outputFiles: [URL] = []
        for emitter in config.emitters {
            arguments += ["--emitter", emitter]
            let folder = output.appending(path: emitter)
            outputFiles.append(folder.appending(path: "APIGenRuntime\(Self.suffix(emitter)).swift"))
            for spec in specs {
                let relative = String(spec.path.dropFirst(specsFolder.path.count + 1))
                outputFiles.append(folder.appending(path: Self.fileName(forSpecAt: relative, emitter: emitter)))
            }
        }
        let tool = try context.tool(named: "apigen").url
        // apigen's templates ship beside it in its resource bundle: editing one reruns the command.
        let inputs = specs + (FileManager.default.fileExists(atPath: configFile.path) ? [configFile] : []) + Self.bundledTemplates(beside: tool)
        return [
            .buildCommand(
                displayName: "apigen: generating \(config.emitters.joined(separator: ", ")) for \(target.name) from \(specs.count) specs",
                executable: tool,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: outputFiles)
        ]
    }

    /// The `*.mustache` files of apigen's resource bundles (`…_APIGenTemplates…resources`) in the tool's folder.
    static func bundledTemplates(beside tool: URL) -> [URL] {
        let folder = tool.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var templates: [URL] = []
        for name in names.sorted() where name.contains("_APIGenTemplates") && name.hasSuffix(".resources") {
            let bundle = folder.appending(path: name)
            let files = FileManager.default.enumerator(atPath: bundle.path)?.allObjects as? [String] ?? []
            templates += files.filter { $0.hasSuffix(".mustache") }.sorted().map { bundle.appending(path: $0) }
        }
        return templates
    }

    /// The same names as apigen's `SpecFileLayout` (a plugin cannot link the generator's library):
    /// `compute/vm/update.yaml` -> `compute.vm.update.swift`, `compute.vm.update+Server.swift`.
    static func fileName(forSpecAt relativePath: String, emitter: String) -> String {
        var name = relativePath
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name.replacingOccurrences(of: "/", with: ".") + suffix(emitter) + ".swift"
    }

    static func suffix(_ emitter: String) -> String {
        switch emitter {
        case "swift-server": "+Server"
        case "swift-mock": "+Mock"
        default: ""
        }
    }
}

/// `apigen-plugin.json`: which emitters the plugin runs.
struct PluginConfig: Decodable {
    static let knownEmitters = ["swift-client", "swift-server", "swift-mock"]

    private var chosen: [String]?

    /// The emitters to run, the client alone unless the config says otherwise.
    var emitters: [String] { chosen ?? ["swift-client"] }

    private enum CodingKeys: String, CodingKey {
        case chosen = "emitters"
    }

    init() {}

    static func read(_ file: URL) throws -> PluginConfig {
        guard let data = FileManager.default.contents(atPath: file.path) else { return PluginConfig() }
        let config: PluginConfig
        do {
            config = try JSONDecoder().decode(PluginConfig.self, from: data)
        } catch {
            throw PluginError("\(file.path): not a valid apigen plugin config: \(error)")
        }
        for emitter in config.emitters where !knownEmitters.contains(emitter) {
            throw PluginError("\(file.path): unknown emitter '\(emitter)'; expected \(knownEmitters.joined(separator: ", "))")
        }
        return config
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
