import Foundation

/// A throwaway project folder holding a copy of this repository's specs and an apigen.yaml,
/// for tests that run `apigen generate` and look at what it wrote.
struct ScratchProject {
    let root: URL

    /// A new folder with `api-specs/` copied in and a config writing the Swift client and the
    /// Markdown docs into `out/`.
    static func make() throws -> ScratchProject {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.apiSpecs, to: root.appendingPathComponent("api-specs"))
        let project = ScratchProject(root: root)
        try project.write(
            "apigen.yaml",
            """
            apigen: 1
            specs: api-specs
            outputs:
              - {emitter: swift-client, path: out/client}
              - {emitter: markdown, path: out/docs}

            """)
        return project
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` in a file.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw EditError(path: path, missing: old) }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    struct EditError: Error {
        var path: String
        var missing: String
    }

    /// Every file below `folder` (relative paths) with its bytes and modification time.
    func snapshot(of folder: String) throws -> [String: (bytes: Data, modified: Date)] {
        var result: [String: (Data, Date)] = [:]
        let base = url(folder)
        for case let relative as String in FileManager.default.enumerator(atPath: base.path)?.allObjects ?? [] {
            let file = base.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            result[relative] = (try Data(contentsOf: file), attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return result
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
