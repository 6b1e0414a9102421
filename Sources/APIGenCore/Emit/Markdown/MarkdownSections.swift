/// A labelled fact in a page's summary list (`**Method**: `PUT``).
public struct MarkdownSummaryItem: Sendable, Hashable {
    public var label: String
    public var value: String
}

/// A titled field table with optional notes (paragraphs) above it (Path Parameters, Body
/// Fields, 200 OK, ...).
public struct MarkdownFieldSection: Sendable, Hashable {
    public var title: String
    public var notes: [String]
    public var hasRows: Bool
    public var rows: [MarkdownFieldRow]
}

/// A fenced code block whose fence is longer than any backtick run in its code.
public struct MarkdownCodeBlock: Sendable, Hashable {
    public var fence: String
    public var language: String
    public var code: String

    init(language: String, code: String) {
        self.fence = MarkdownText.fence(for: code)
        self.language = language
        self.code = code
    }
}

/// One row of a change history table.
public struct MarkdownHistoryRow: Sendable, Hashable {
    public var version: String
    public var description: String
}
