/// Where each page of the docs goes, and the relative links between pages.
///
///     README.md                               the language chooser
///     en/index.md                             endpoints by category, then types
///     en/queries.md                           query conditions and paging (with api.queries)
///     en/endpoints/UpdateGuestToolsState.md   one page per endpoint
///     en/types/ErrorCode.md                   one page per named type
public enum MarkdownLayout {
    public static let readme = "README.md"

    public static func index(_ locale: String) -> String {
        "\(folder(locale))/index.md"
    }

    /// The page on query conditions and paging, when endpoints follow `api.queries`.
    public static func queries(_ locale: String) -> String {
        "\(folder(locale))/queries.md"
    }

    public static func endpoint(_ operationID: String, locale: String) -> String {
        "\(folder(locale))/endpoints/\(fileStem(operationID)).md"
    }

    public static func type(_ name: String, locale: String) -> String {
        "\(folder(locale))/types/\(fileStem(name)).md"
    }

    /// A Markdown link destination from the page at `from` to the page at `to` (both paths
    /// below the docs folder), with an optional `#anchor`.
    public static func link(from: String, to: String, anchor: String = "") -> String {
        if let link = asciiLink(from: from, to: to, anchor: anchor) { return link }
        let fromFolder = components(from).dropLast()
        let target = components(to)
        // Leave out the folders both paths start with (the target keeps at least its name).
        var common = 0
        while common < fromFolder.count, target.count - common > 1, fromFolder[common] == target[common] { common += 1 }
        let path = Array(repeating: "..", count: fromFolder.count - common) + target[common...]
        let destination = path.joined(separator: "/") + (anchor.isEmpty ? "" : "#" + anchor)
        return MarkdownText.linkDestination(destination)
    }

    /// `link(from:to:anchor:)` worked out in the bytes, for ASCII paths (nearly all): each byte
    /// is then a character of its own (`\r\n`, the one ASCII character of two bytes, holds no
    /// `/`), so splitting and comparing bytes is splitting and comparing characters, and the
    /// destination is percent-encoded as it is written. Nil when either path is not ASCII.
    private static func asciiLink(from: String, to: String, anchor: String) -> String? {
        var from = from
        var to = to
        return from.withUTF8 { fromBytes in
            to.withUTF8 { toBytes -> String? in
                guard !fromBytes.contains(where: { $0 >= 0x80 }), !toBytes.contains(where: { $0 >= 0x80 }) else { return nil }
                let fromFolder = componentRanges(fromBytes).dropLast()
                let target = componentRanges(toBytes)
                var common = 0
                while common < fromFolder.count, target.count - common > 1,
                    fromBytes[fromFolder[common]].elementsEqual(toBytes[target[common]])
                { common += 1 }
                var destination: [UInt8] = []
                destination.reserveCapacity(3 * (fromFolder.count - common) + toBytes.count + anchor.utf8.count + 1)
                for _ in common..<fromFolder.count {
                    if !destination.isEmpty { destination.append(0x2F) }
                    destination += [0x2E, 0x2E]
                }
                for component in target[common...] {
                    if !destination.isEmpty { destination.append(0x2F) }
                    PercentEncoding.append(toBytes[component], keeping: linkKept, to: &destination)
                }
                if !anchor.isEmpty {
                    destination.append(0x23)
                    PercentEncoding.append(anchor.utf8, keeping: linkKept, to: &destination)
                }
                return String(decoding: destination, as: UTF8.self)
            }
        }
    }

    /// What a link destination keeps besides letters and digits (`MarkdownText.linkDestination`).
    private static let linkKept = "-._~/#"

    /// The ranges of the non-empty runs between `/` bytes.
    private static func componentRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x2F {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if bytes.count > start { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// `path.split(separator: "/")`; in the bytes when the path is ASCII.
    private static func components(_ path: String) -> [Substring] {
        path.isASCII ? path.utf8.split(separator: 0x2F).map { Substring($0) } : path.split(separator: "/")
    }

    /// A locale identifier as a folder name.
    static func folder(_ locale: String) -> String { fileStem(locale) }

    /// A name as a file name: path separators and leading dots cannot escape the folder.
    static func fileStem(_ name: String) -> String {
        // Without any of the three bytes, the mapping below keeps every character.
        if !name.utf8Contains(where: { $0 == 0x2F || $0 == 0x5C || $0 == 0x3A }), !name.hasPrefix("."), !name.isEmpty {
            return name
        }
        var stem = String(name.map { $0 == "/" || $0 == "\\" || $0 == ":" ? "_" : $0 })
        if stem.hasPrefix(".") || stem.isEmpty { stem = "_" + stem }
        return stem
    }
}
