import Foundation

/// A spec folder as it was at a git revision, extracted into a temporary folder with `git archive`.
struct GitRevisionSpecs {
    /// Why the folder could not be read at the revision.
    struct Failure: Error {
        var message: String
    }

    /// The temporary folder holding the spec folder's files at the revision.
    let extracted: String
    /// The spec folder's path from the top of its repository (`api-specs`).
    let relativeFolder: String
    let revision: String
    private let scratch: URL

    /// Extracts `folder` as it was at `revision` from the git repository it is in.
    init(folder: String, revision: String) throws {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(message: "no such folder: \(folder)")
        }
        let prefix = try Self.git(["rev-parse", "--show-prefix"], in: absolute.path).trimmingCharacters(in: .newlines)
        let relative = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        guard !relative.isEmpty else {
            throw Failure(message: "\(folder) is the top of its repository; give the spec folder inside it")
        }
        let top = try Self.git(["rev-parse", "--show-toplevel"], in: absolute.path).trimmingCharacters(in: .newlines)
        _ = try Self.git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: top, failure: "no such revision: \(revision)")
        let listed = try Self.git(["ls-tree", "-r", "--name-only", revision, "--", relative], in: top)
        guard !listed.isEmpty else {
            throw Failure(message: "\(relative) does not exist at \(revision)")
        }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let archive = scratch.appendingPathComponent("specs.tar").path
        _ = try Self.git(["archive", "--format=tar", "--output", archive, revision, "--", relative], in: top)
        _ = try Self.run("/usr/bin/env", ["tar", "-xf", archive, "-C", scratch.path], in: top, failure: "cannot unpack \(archive)")
        try? FileManager.default.removeItem(atPath: archive)
        self.extracted = scratch.appendingPathComponent(relative).path
        self.relativeFolder = relative
        self.revision = revision
    }

    /// A path inside the extracted folder as git names it: `REVISION:api-specs/vm/create.yaml`.
    func displayPath(_ path: String) -> String {
        guard path.hasPrefix(extracted) else { return path }
        return "\(revision):\(relativeFolder)\(path.dropFirst(extracted.count))"
    }

    /// Deletes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }

    private static func git(_ arguments: [String], in folder: String, failure: String? = nil) throws -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: folder, failure: failure)
    }

    private static func run(_ executable: String, _ arguments: [String], in folder: String, failure: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(message: "cannot run \(arguments.first ?? executable): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(message: failure ?? "\(arguments.joined(separator: " ")) failed: \(detail)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
