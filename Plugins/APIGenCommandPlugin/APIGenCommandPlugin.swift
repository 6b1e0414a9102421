import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory apigen-generate [--check | --dry-run ...]`:
/// runs `apigen generate` in the package's folder, regenerating the checked-in output its
/// `apigen.yaml` names (ahead-of-time generation into the source tree).
@main
struct APIGenCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "apigen").url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError("apigen generate exited with status \(process.terminationStatus)")
        }
    }
}

struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
