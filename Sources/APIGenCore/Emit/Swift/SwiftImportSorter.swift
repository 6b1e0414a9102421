/// Sorts a file's leading `import` lines by module name, as swift-format wants; templates
/// cannot, because a module name (the client's) is only known when rendering.
enum SwiftImportSorter {
    /// `source` with its imports sorted when `condition` holds, else unchanged.
    static func sorted(_ source: String, if condition: Bool) -> String {
        condition ? sorted(source) : source
    }

    static func sorted(_ source: String) -> String {
        if importsAreSorted(source) == true { return source }
        var lines = source.splitAtLineFeeds()
        var end = 0
        while end < lines.count, isImport(lines[end]) { end += 1 }
        guard end > 1 else { return source }
        lines[0..<end].sort { module($0) < module($1) }
        return lines.joined(separator: "\n")
    }

    /// Whether the leading import lines are already in order (most files), found without
    /// splitting the whole file into lines, or nil when a line it reads holds a carriage return.
    /// Where there is none, every line-feed byte ends a line, so the lines it reads (the imports
    /// and the line after them) are the lines `sorted` would split off; a carriage return further
    /// down cannot change them, so the file's bytes after them are never scanned.
    private static func importsAreSorted(_ source: String) -> Bool? {
        var previous: Substring?
        var start = source.startIndex
        while start <= source.endIndex {
            let end = source.utf8[start...].firstIndex(of: 0x0A) ?? source.endIndex
            let line = source[start..<end]
            if line.utf8Contains(0x0D) { return nil }
            guard isImport(line) else { break }
            if let previous, module(line) < module(previous) { return false }
            previous = line
            guard end < source.endIndex else { break }
            start = source.utf8.index(after: end)
        }
        return true
    }

    private static func isImport(_ line: Substring) -> Bool {
        line.hasPrefix("import ") || line.hasPrefix("public import ") || line.hasPrefix("package import ")
    }

    private static func module(_ line: Substring) -> Substring {
        line.split(separator: " ").last ?? line
    }
}
