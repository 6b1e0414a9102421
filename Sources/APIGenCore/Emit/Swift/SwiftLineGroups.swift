/// Line breaking for rendered Swift: a template writes a list broken over lines and marks it as a
/// group, and the group is joined onto one line when that fits in the line length (as
/// swift-format lays out argument and parameter lists).
///
/// A group opens at a line that ends with `⟦` and closes at the line whose first character after
/// its indentation is `⟧`:
///
///     let request = X.Request(⟦
///         uuid: try call.pathParameter("uuid", as: String.self),
///         name: try call.required(⟦
///             body.wrapped?.name,
///             .bodyField("params.name")
///         ⟧)
///     ⟧)
///
/// Joined, a group is its first line, its inner lines trimmed and joined with spaces, and its last
/// line trimmed: `let request = X.Request(uuid: ..., name: try call.required(...))`. A group that
/// does not fit stays broken and each group inside it is tried on its own line. An empty group is
/// always joined. The markers are removed either way.
///
/// Text from a spec cannot open or close a group: a doc comment line (`//`) is never a group's
/// first line, a line of a JSON example ends with a JSON token, and a string literal ends with its
/// quote on its own line.
enum SwiftLineGroups {
    /// `source` with every group joined or broken and its markers removed.
    static func laidOut(_ source: String, lineLength: Int = SwiftLayout.lineLength) -> String {
        String(decoding: laidOut(Array(source.utf8), lineLength: lineLength), as: UTF8.self)
    }

    /// `laidOut` on UTF-8: lines without a group are copied as they are, in runs.
    static func laidOut(_ bytes: [UInt8], lineLength: Int = SwiftLayout.lineLength) -> [UInt8] {
        // "⟦" and "⟧" are E2 9F A6 and E2 9F A7: a file without the byte 0xA6 has no group.
        guard bytes.contains(0xA6) else { return bytes }
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<bytes.count)
        let text = Lines(bytes: bytes, lines: lines)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // Lines before `runStart` are written; a line that opens a group ends a run.
        var runStart = 0
        var index = 0
        while index < lines.count {
            guard text.opensGroup(index) else {
                index += 1
                continue
            }
            if index > runStart { output += bytes[lines[runStart].lowerBound..<lines[index].lowerBound] }
            let next = text.layOut(from: index, into: &output, lineLength: lineLength)
            if next < lines.count { output.append(0x0A) }
            runStart = next
            index = next
        }
        if runStart < lines.count { output += bytes[lines[runStart].lowerBound..<bytes.count] }
        return output
    }

    /// A rendered file's bytes and its lines (without their line feeds).
    private struct Lines {
        let bytes: [UInt8]
        let lines: [Range<Int>]

        /// Lays out the line at `start` (with its group, if it opens one) into `output`, lines
        /// joined by line feeds and without a final one; returns the next line's index.
        func layOut(from start: Int, into output: inout [UInt8], lineLength: Int) -> Int {
            guard opensGroup(start), let end = closingLine(of: start) else {
                output += bytes[lines[start]]
                return start + 1
            }
            let head = lines[start].lowerBound..<(lines[start].upperBound - 3)
            let tail = trimmed(end).dropFirst(3)
            var joined = Array(bytes[head])
            appendJoinedInner(start + 1, end, to: &joined)
            joined += bytes[tail]
            if start + 1 == end || Self.characterCount(joined) <= lineLength {
                output += joined
                return end + 1
            }
            output += bytes[head]
            var index = start + 1
            while index < end {
                output.append(0x0A)
                index = layOut(from: index, into: &output, lineLength: lineLength)
            }
            output.append(0x0A)
            output += bytes[lines[end].lowerBound..<trimmed(end).lowerBound]
            output += bytes[tail]
            return end + 1
        }

        /// The lines between a group's first and last, trimmed, their own groups joined, separated by spaces.
        private func appendJoinedInner(_ start: Int, _ end: Int, to joined: inout [UInt8]) {
            var index = start
            while index < end {
                if index > start { joined.append(0x20) }
                if opensGroup(index), let close = closingLine(of: index) {
                    let line = trimmed(index)
                    joined += bytes[line.lowerBound..<(line.upperBound - 3)]
                    appendJoinedInner(index + 1, close, to: &joined)
                    joined += bytes[trimmed(close).dropFirst(3)]
                    index = close + 1
                } else {
                    joined += bytes[trimmed(index)]
                    index += 1
                }
            }
        }

        /// A line without its leading and trailing spaces.
        private func trimmed(_ index: Int) -> Range<Int> {
            var range = lines[index]
            while !range.isEmpty, bytes[range.lowerBound] == 0x20 { range = (range.lowerBound + 1)..<range.upperBound }
            while !range.isEmpty, bytes[range.upperBound - 1] == 0x20 { range = range.lowerBound..<(range.upperBound - 1) }
            return range
        }

        func opensGroup(_ index: Int) -> Bool {
            let line = trimmed(index)
            guard line.count >= 3, bytes[line.upperBound - 3] == 0xE2, bytes[line.upperBound - 2] == 0x9F,
                bytes[line.upperBound - 1] == 0xA6
            else { return false }
            return !(line.count >= 2 && bytes[line.lowerBound] == 0x2F && bytes[line.lowerBound + 1] == 0x2F)
        }

        private func closesGroup(_ index: Int) -> Bool {
            let line = trimmed(index)
            return line.count >= 3 && bytes[line.lowerBound] == 0xE2 && bytes[line.lowerBound + 1] == 0x9F
                && bytes[line.lowerBound + 2] == 0xA7
        }

        /// The line that closes the group `start` opens, counting the groups inside it.
        private func closingLine(of start: Int) -> Int? {
            var depth = 0
            for index in (start + 1)..<lines.count {
                if closesGroup(index) {
                    if depth == 0 { return index }
                    depth -= 1
                }
                if opensGroup(index) { depth += 1 }
            }
            return nil
        }

        /// Characters, as `String.count` counts them; for ASCII the bytes.
        static func characterCount(_ line: [UInt8]) -> Int {
            line.allSatisfy { $0 < 0x80 } ? line.count : String(decoding: line, as: UTF8.self).count
        }
    }
}

extension TemplateSet {
    /// Renders a Swift template, then joins or breaks its line groups (`SwiftLineGroups`).
    func renderSwift(_ name: String, _ model: some TemplateObject) throws(TemplateError) -> String {
        String(decoding: SwiftLineGroups.laidOut(try renderedBytes(name, model)), as: UTF8.self)
    }
}
