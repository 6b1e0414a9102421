/// Where each page of the docs goes, and the relative links between pages.
///
///     README.md                               the language chooser
///     en/index.md                             endpoints by category, then types
///     en/endpoints/UpdateGuestToolsState.md   one page per endpoint
///     en/types/ErrorCode.md                   one page per named type
public enum MarkdownLayout {
    public static let readme = "README.md"

    public static func index(_ locale: String) -> String {
        "\(folder(locale))/index.md"
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
        let fromFolder = components(from).dropLast()
        let target = components(to)
        // Leave out the folders both paths start with (the target keeps at least its name).
        var common = 0
        while common < fromFolder.count, target.count - common > 1, fromFolder[common] == target[common] { common += 1 }
        let path = Array(repeating: "..", count: fromFolder.count - common) + target[common...]
        let destination = path.joined(separator: "/") + (anchor.isEmpty ? "" : "#" + anchor)
        return MarkdownText.linkDestination(destination)
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
        if !name.utf8.contains(where: { $0 == 0x2F || $0 == 0x5C || $0 == 0x3A }), !name.hasPrefix("."), !name.isEmpty {
            return name
        }
        var stem = String(name.map { $0 == "/" || $0 == "\\" || $0 == ":" ? "_" : $0 })
        if stem.hasPrefix(".") || stem.isEmpty { stem = "_" + stem }
        return stem
    }
}
