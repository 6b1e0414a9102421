import Foundation

/// What generating into one output folder would change, worked out before anything is written.
///
/// Only files this tool wrote before (listed in the folder's manifest) are ever updated or
/// removed; a file someone added by hand is never touched.
public struct OutputPlan: Sendable {
    public enum Action: String, Sendable, Hashable {
        case create, update, delete, unchanged
    }

    public struct Entry: Sendable, Hashable {
        public var path: String
        public var action: Action
        /// The new contents (nil for a delete).
        public var contents: String?
        /// The current contents on disk, for diffs (nil when the file does not exist).
        public var current: String?
    }

    /// The manifest's name inside each output folder.
    public static let manifestName = ".apigen-manifest"

    public var folder: String
    /// Sorted by path.
    public var entries: [Entry]

    /// The entries that change something.
    public var changes: [Entry] { entries.filter { $0.action != .unchanged } }

    /// Compares `files` with what `folder` holds now. Throws when a path would leave the folder.
    public static func make(folder: String, files: [GeneratedFile]) throws(OutputError) -> OutputPlan {
        var produced: [String: String] = [:]
        for file in files {
            try OutputPath.check(file.path)
            if produced[file.path] != nil { throw OutputError("two generated files have the same path '\(file.path)'") }
            produced[file.path] = file.contents
        }
        let previous = Manifest.read(in: folder)
        // Reading every file already there is most of a run that changes nothing: in parallel.
        // A folder that does not exist yet (a first run) holds nothing to read.
        let generated = files.map { ($0.path, $0.contents) }
        var entries: [Entry]
        if FileBytes.isDirectory(folder) {
            entries = ParallelMap.map(count: generated.count, parallelism: ParallelMap.defaultParallelism) { index in
                let (path, contents) = generated[index]
                return compare(contents, with: folder + "/" + path, path: path)
            }
        } else {
            entries = generated.map { Entry(path: $0.0, action: .create, contents: $0.1, current: nil) }
        }
        for path in previous where produced[path] == nil {
            // A manifest edited by hand must not steer deletes outside the folder.
            guard (try? OutputPath.check(path)) != nil, let current = read(folder + "/" + path) else { continue }
            entries.append(Entry(path: path, action: .delete, contents: nil, current: current))
        }
        entries.sort { $0.path < $1.path }
        return OutputPlan(folder: folder, entries: entries)
    }

    /// The entry for writing `contents` over the file at `fullPath`. Identical bytes are
    /// unchanged without decoding the file; other bytes are compared as text, as before.
    private static func compare(_ contents: String, with fullPath: String, path: String) -> Entry {
        guard let bytes = FileBytes.read(fullPath) else {
            return Entry(path: path, action: .create, contents: contents, current: nil)
        }
        var text = contents
        if text.withUTF8({ $0.elementsEqual(bytes) }) {
            // `current` shares the new text's storage: nothing else to keep in memory.
            return Entry(path: path, action: .unchanged, contents: contents, current: contents)
        }
        let current = String(decoding: bytes, as: UTF8.self)
        return Entry(path: path, action: current == contents ? .unchanged : .update, contents: contents, current: current)
    }

    private static func read(_ path: String) -> String? {
        FileBytes.read(path).map { String(decoding: $0, as: UTF8.self) }
    }

}

/// A problem writing output; nothing has been written when it is thrown by planning.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Generated paths stay inside their output folder, whatever names a spec holds.
enum OutputPath {
    static func check(_ path: String) throws(OutputError) {
        if let safe = asciiPathIsSafe(path) {
            if safe { return }
            throw OutputError("refusing to write '\(path)': a generated path must stay inside its output folder")
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let unsafe =
            path.isEmpty || path.hasPrefix("/") || Self.holds(path, 0x5C, "\\") || Self.holds(path, 0x00, "\0")
            || components.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            || path == OutputPlan.manifestName
        if unsafe { throw OutputError("refusing to write '\(path)': a generated path must stay inside its output folder") }
    }

    /// The check on the bytes of an ASCII path, where every byte is a character of its own (no
    /// byte after `/` can join it into another character, as a combining mark can); nil for
    /// any other path. Splitting every path into `Character`s was 1.4 % of a run.
    private static func asciiPathIsSafe(_ path: String) -> Bool? {
        var text = path
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            if bytes.isEmpty || bytes.contains(0x5C) || bytes.contains(0x00) || path == OutputPlan.manifestName { return false }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x2F {
                let length = end - start
                let dots = bytes[start..<end].allSatisfy { $0 == 0x2E }
                if length == 0 || (dots && length <= 2) { return false }
                start = end + 1
            }
            return true
        }
    }

    /// `path.contains(character)` (Foundation's search), asked only when the path holds the
    /// character's one byte: no other character or sequence is canonically equivalent to a
    /// backslash or NUL, so without the byte Foundation cannot find it either.
    private static func holds(_ path: String, _ byte: UInt8, _ character: String) -> Bool {
        path.utf8Contains(byte) && path.contains(character)
    }
}
