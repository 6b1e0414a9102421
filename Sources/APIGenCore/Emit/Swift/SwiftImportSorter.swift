/// Sorts a file's leading `import` lines by module name, as swift-format wants; templates
/// cannot, because a module name (the client's) is only known when rendering.
enum SwiftImportSorter {
    static func sorted(_ source: String) -> String {
        var lines = source.splitAtLineFeeds()
        var end = 0
        while end < lines.count, isImport(lines[end]) { end += 1 }
        guard end > 1 else { return source }
        lines[0..<end].sort { module($0) < module($1) }
        return lines.joined(separator: "\n")
    }

    private static func isImport(_ line: Substring) -> Bool {
        line.hasPrefix("import ") || line.hasPrefix("public import ") || line.hasPrefix("package import ")
    }

    private static func module(_ line: Substring) -> Substring {
        line.split(separator: " ").last ?? line
    }
}
