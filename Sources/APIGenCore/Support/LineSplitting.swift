extension StringProtocol {
    /// `split(separator: "\n", omittingEmptySubsequences: false)`, found in the bytes when
    /// they give the same pieces: a line feed is a character of its own unless a carriage return
    /// comes before it (`"\r\n"` is one character), so text without carriage returns splits at
    /// every line-feed byte. Other text splits character by character, as before.
    func splitAtLineFeeds() -> [SubSequence] {
        guard !utf8Contains(0x0D) else { return split(separator: "\n", omittingEmptySubsequences: false) }
        var lines: [SubSequence] = []
        var start = startIndex
        var index = utf8.startIndex
        while let lineFeed = utf8[index...].firstIndex(of: 0x0A) {
            lines.append(self[start..<lineFeed])
            start = utf8.index(after: lineFeed)
            index = start
        }
        lines.append(self[start...])
        return lines
    }

    /// Whether every byte is ASCII, so that characters, scalars and bytes are one and the same
    /// (`\r\n` aside, which is one character of two bytes).
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
