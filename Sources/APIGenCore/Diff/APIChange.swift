/// One difference between two versions of an API, and whom it breaks: on the wire, and in Swift source written
/// against the client apigen generated from the older version.
public struct APIChange: Hashable, Sendable {
    /// What the change does to programs already talking to the API.
    public enum WireImpact: String, Hashable, Sendable, Comparable {
        /// Clients and servers built from either version still understand each other.
        case compatible
        /// A client built from the old version fails against a server of the new one, or the other way round.
        case breaking

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .compatible && rhs == .breaking }
    }

    /// What the change does to Swift code written against the previously generated SDK.
    public enum SourceImpact: String, Hashable, Sendable, Comparable {
        /// Nothing that code can see changes.
        case compatible
        /// Something new is there; code that compiled still compiles and means the same.
        case additive
        /// Code still compiles, with a new deprecation warning.
        case deprecation
        /// Code stops compiling, or compiles and means something else.
        case breaking

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .compatible: 0
            case .additive: 1
            case .deprecation: 2
            case .breaking: 3
            }
        }
    }

    /// A stable identifier of what changed, such as `endpoint-removed` or `input-now-required`, for tools.
    public var kind: String
    /// The endpoint's operation id or the type's name.
    public var subject: String
    /// What changed, in a sentence without the subject (`body field "name" is now required`).
    public var message: String
    public var wire: WireImpact
    /// Why the wire verdict is what it is.
    public var wireReason: String
    public var source: SourceImpact
    /// Why the Swift source verdict is what it is.
    public var sourceReason: String
    /// Where the new spec says it; for something removed, where the old spec said it.
    public var location: SourceLocation
    /// The endpoint's category (its breadcrumb), or `["Types"]`, for grouping release notes.
    public var category: [String]

    public init(
        kind: String, subject: String, message: String, wire: WireImpact, wireReason: String, source: SourceImpact,
        sourceReason: String, location: SourceLocation, category: [String]
    ) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.wire = wire
        self.wireReason = wireReason
        self.source = source
        self.sourceReason = sourceReason
        self.location = location
        self.category = category
    }

    /// Whether the change breaks what `gate` names.
    public func breaks(_ gate: Gate) -> Bool {
        switch gate {
        case .wire: wire == .breaking
        case .source: source == .breaking
        }
    }

    /// What a CI gate fails on.
    public enum Gate: String, Hashable, Sendable, CaseIterable {
        case wire, source
    }
}
