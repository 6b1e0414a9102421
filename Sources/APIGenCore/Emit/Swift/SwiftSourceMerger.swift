/// Joins several generated Swift files into one, with their imports gathered at the top
/// (each module once, with the widest access any part asked for; never `ownModule` itself).
enum SwiftSourceMerger {
    static func merge(_ sources: [String], header: String, droppingImportOf ownModule: String? = nil) -> String {
        var imports: [String: Int] = [:]  // module -> access rank
        var bodies: [String] = []
        for source in sources {
            var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while let first = lines.first {
                if first.trimmingCharacters(in: .whitespaces).isEmpty {
                    lines.removeFirst()
                } else if let (module, rank) = parseImport(first) {
                    if module != ownModule { imports[module] = max(imports[module] ?? 0, rank) }
                    lines.removeFirst()
                } else {
                    break
                }
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            if !lines.isEmpty { bodies.append(lines.joined(separator: "\n")) }
        }
        var text = header + "\n"
        let importLines = imports.sorted { $0.key < $1.key }.map { accessKeywords[$0.value] + "import " + $0.key }
        if !importLines.isEmpty { text += "\n" + importLines.joined(separator: "\n") + "\n" }
        for body in bodies { text += "\n" + body + "\n" }
        return text
    }

    private static let accessKeywords = ["", "package ", "public "]

    /// `public import Foundation` -> ("Foundation", 2).
    private static func parseImport(_ line: String) -> (String, Int)? {
        let words = line.split(separator: " ")
        switch (words.count, words.first) {
        case (2, "import"): return (String(words[1]), 0)
        case (3, "package") where words[1] == "import": return (String(words[2]), 1)
        case (3, "public") where words[1] == "import": return (String(words[2]), 2)
        default: return nil
        }
    }
}
