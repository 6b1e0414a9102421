import Foundation

/// Runs the built `apigen` executable as a subprocess, as a user or a build script would.
struct CLIRunner {
    /// What one run printed and how it ended.
    struct Run: Equatable {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String
    }

    let executable: URL

    /// The `apigen` built alongside these tests: next to the test bundle in the build folder
    /// (`.build/debug`, or the folder given by `--scratch-path`), else in the package's usual
    /// build folders.
    static func locate() throws -> CLIRunner {
        var folders: [URL] = []
        folders += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map { $0.deletingLastPathComponent() }
        if let main = Bundle.main.executableURL { folders.append(main.deletingLastPathComponent()) }
        for scratch in [".build-tests", ".build"] {
            folders.append(TestPaths.packageRoot.appendingPathComponent(scratch).appendingPathComponent("debug"))
        }
        let candidates = folders.map { $0.appendingPathComponent("apigen") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw LocateError(searched: candidates.map(\.path))
        }
        return CLIRunner(executable: found)
    }

    /// The generation cache of runs in `folder`.
    static func cacheFolder(for folder: URL) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("apigen-test-cache")
            .appendingPathComponent(folder.standardizedFileURL.path.replacingOccurrences(of: "/", with: "_"))
    }

    struct LocateError: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "no built apigen executable; looked at:\n" + searched.joined(separator: "\n") }
    }

    /// Runs `apigen arguments...` in `folder` and waits for it to end. Its generation cache is
    /// kept in a temporary folder of the run folder's own, not in the user's cache.
    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables["APIGEN_CACHE_DIR"] = Self.cacheFolder(for: folder).path
        process.environment = variables.merging(environment) { $1 }
        // Files, not pipes: a full pipe would block the child while we wait for it.
        let output = try TemporaryFile(), errors = try TemporaryFile()
        process.standardOutput = output.handle
        process.standardError = errors.handle
        try process.run()
        process.waitUntilExit()
        return Run(exitCode: process.terminationStatus, standardOutput: try output.contents(), standardError: try errors.contents())
    }
}

/// A file in the temporary folder that a child process writes to; removed when released.
private final class TemporaryFile {
    let url: URL
    let handle: FileHandle

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-test-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        handle = try FileHandle(forWritingTo: url)
    }

    func contents() throws -> String {
        try handle.close()
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
