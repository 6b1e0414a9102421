import Foundation

/// Reads generated Markdown back the way a renderer would, for the tests: table rows and
/// their cells, headings outside code blocks, link destinations, and cell text without its
/// Markdown.
enum MarkdownPageReader {
    /// The lines that are not inside a fenced code block.
    static func proseLines(_ page: String) -> [String] {
        var lines: [String] = []
        var fence: String?
        for line in page.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open), trimmed.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") {
                fence = String(trimmed.prefix { $0 == "`" })
                continue
            }
            lines.append(line)
        }
        return lines
    }

    /// The contents of each fenced code block, by its info string.
    static func codeBlocks(_ page: String) -> [(info: String, code: String)] {
        var blocks: [(String, String)] = []
        var current: (fence: String, info: String, lines: [String])?
        for line in page.components(separatedBy: "\n") {
            if let open = current {
                if line.hasPrefix(open.fence), line.allSatisfy({ $0 == "`" }) {
                    blocks.append((open.info, open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    current?.lines.append(line)
                }
            } else if line.hasPrefix("```") {
                let fence = String(line.prefix { $0 == "`" })
                current = (fence, String(line.dropFirst(fence.count)), [])
            }
        }
        return blocks
    }

    /// The cells of every table line (`| a | b |`), split on the cell separators.
    static func tableRows(_ page: String) -> [[String]] {
        proseLines(page).filter { $0.hasPrefix("|") }.map(cells)
    }

    static func cells(_ line: String) -> [String] {
        var inner = Substring(line)
        if inner.hasPrefix("|") { inner = inner.dropFirst() }
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The table row whose first cell is `name` as code (`` `error.code` ``).
    static func row(named name: String, in page: String) -> [String]? {
        tableRows(page).first { $0.first == "`\(name)`" }
    }

    /// Headings as (level, text as written), in page order.
    static func headings(_ page: String) -> [(level: Int, text: String)] {
        proseLines(page).compactMap { line in
            let hashes = line.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return nil }
            return (hashes.count, String(line.dropFirst(hashes.count + 1)))
        }
    }

    /// Every inline link destination (`[text](destination)`), outside code blocks.
    static func linkDestinations(_ page: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<!\\)\]\(([^()\s]*)\)"#)
        return proseLines(page).flatMap { line in
            pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)).compactMap { match in
                Range(match.range(at: 1), in: line).map { String(line[$0]) }
            }
        }
    }

    /// What a cell or heading shows, roughly: links reduced to their text, code spans to
    /// their code, escapes and character references undone, `<br>` as a line break.
    static func plainText(_ markdown: String) -> String {
        var text = markdown.replacingOccurrences(of: #"(?<!\\)\]\([^()\s]*\)"#, with: "]", options: .regularExpression)
        text = text.replacingOccurrences(of: "<br>", with: "\n")
        var result = ""
        var iterator = text.makeIterator()
        var inCode = false
        while let character = iterator.next() {
            if character == "`" {
                inCode.toggle()
            } else if character == "\\", !inCode, let next = iterator.next() {
                result.append(next)
            } else if (character == "[" || character == "]") && !inCode {
                continue
            } else {
                result.append(character)
            }
        }
        return decodeCharacterReferences(result)
    }

    static func decodeCharacterReferences(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&#124;", "|"), ("&#126;", "~"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    /// GitHub's heading anchor for the rendered text, written here independently of the
    /// emitter: lowercase, drop punctuation and symbols, spaces to `-`, `-1`, `-2` for repeats.
    static func githubAnchors(of page: String) -> [String] {
        var seen: [String: Int] = [:]
        return headings(page).map { heading in
            let text = plainText(heading.text).trimmingCharacters(in: .whitespaces).lowercased()
            let base = String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                if scalar == " " { return "-" }
                if scalar == "-" || scalar == "_" { return scalar }
                let properties = scalar.properties
                return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark ? scalar : nil
            }))
            var anchor = base
            if let count = seen[base] {
                var next = count
                repeat { next += 1; anchor = "\(base)-\(next)" } while seen[anchor] != nil
                seen[base] = next
            }
            seen[anchor] = 0
            return anchor
        }
    }
}
