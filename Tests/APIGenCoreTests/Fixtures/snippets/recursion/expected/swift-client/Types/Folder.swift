/// A folder, which holds folders.
public nonisolated struct Folder: Codable, Sendable, Hashable {
    /// Its name
    public var name: String?

    /// The folder that holds it
    public var parent: Folder? {
        get { parentStorage?.wrapped }
        set { parentStorage = newValue.map(ZStackIndirect.init) }
    }

    private var parentStorage: ZStackIndirect<Folder>?

    /// The folders it holds
    public var children: [Folder]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - name: Its name
    ///   - parent: The folder that holds it
    ///   - children: The folders it holds
    public init(name: String? = nil, parent: Folder? = nil, children: [Folder]? = nil) {
        self.name = name
        self.parentStorage = parent.map(ZStackIndirect.init)
        self.children = children
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case parentStorage = "parent"
        case children = "children"
    }
}
