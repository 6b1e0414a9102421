/// One row of a field table, every cell already safe Markdown.
public struct MarkdownFieldRow: Sendable, Hashable {
    /// The name path (`inventory.qgaState`), as code.
    public var name: String
    /// The type as the spec wrote it (`List<String>`), linked to its type page when it
    /// names one.
    public var type: String
    /// The Required badge, or Optional; Nullable added when the value may be null.
    public var required: String
    /// The description, then deprecation, default, example, enum values and a recursion note.
    public var description: String
    public var since: String
    /// 0 for a field of the table's own level, 1 for a field of its type, and so on.
    public var depth: Int
}
