import Foundation

/// Lists the files below a folder with `opendir` and `readdir`.
///
/// `FileManager.enumerator(atPath:)` made an `NSString` path and looked each entry up again:
/// 87,000 instructions per entry, on one thread before anything else could start.
enum FolderWalk {
    /// The paths, relative to `root`, of every entry below it that is not a folder and whose
    /// name passes `include`; plus the folders below `root` that could not be read. Names
    /// starting with `.` are skipped, folders too, and a symbolic link to a folder is not
    /// followed (as `FileManager`'s enumerator does not); a symbolic link to anything else is
    /// listed. Nil when `root` itself cannot be read.
    static func files(in root: String, including include: (UnsafeBufferPointer<UInt8>) -> Bool)
        -> (paths: [String], unreadable: [String])?
    {
        var paths: [String] = []
        var unreadable: [String] = []
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        guard walk(base, relative: "", include: include, into: &paths, unreadable: &unreadable) else { return nil }
        return (paths, unreadable)
    }

    /// Adds the entries of `base/relative` and of every folder below it; false when that
    /// folder cannot be opened.
    private static func walk(
        _ base: String, relative: String, include: (UnsafeBufferPointer<UInt8>) -> Bool,
        into paths: inout [String], unreadable: inout [String]
    ) -> Bool {
        let folder = relative.isEmpty ? base : base + "/" + relative
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let type = Int32(entry.pointee.d_type)
            let (name, kind): (String?, Entry) = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = raw.firstIndex(of: 0) ?? raw.count
                let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<length])
                // Hidden entries, `.` and `..` included.
                guard let first = bytes.first, first != UInt8(ascii: ".") else { return (nil, .other) }
                let kind = Self.kind(type, named: bytes, in: folder)
                guard kind == .folder || include(bytes) else { return (nil, kind) }
                return (String(decoding: bytes, as: UTF8.self), kind)
            }
            guard let name else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if kind == .folder { subfolders.append(path) } else { paths.append(path) }
        }
        for subfolder in subfolders where !walk(base, relative: subfolder, include: include, into: &paths, unreadable: &unreadable) {
            unreadable.append(base + "/" + subfolder)
        }
        return true
    }

    private enum Entry { case folder, other }

    /// Whether the entry is a real folder (not a symbolic link to one). Most file systems say so
    /// in `d_type`; for the others, `lstat` answers.
    private static func kind(_ type: Int32, named name: UnsafeBufferPointer<UInt8>, in folder: String) -> Entry {
        if type == Int32(DT_DIR) { return .folder }
        if type != Int32(DT_UNKNOWN) { return .other }
        var status = stat()
        let path = folder + "/" + String(decoding: name, as: UTF8.self)
        guard lstat(path, &status) == 0 else { return .other }
        return (status.st_mode & S_IFMT) == S_IFDIR ? .folder : .other
    }
}
