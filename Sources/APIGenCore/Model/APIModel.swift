/// The intermediate model every emitter renders from: endpoints and named types resolved
/// across all spec files. It is the same whatever the order of files on disk.
public struct APIModel: Hashable, Sendable {
    public var settings: APISettings
    /// Sorted by operation id.
    public var endpoints: [Endpoint]
    /// Sorted by name.
    public var types: [NamedType] {
        didSet { typeIndex = Self.index(types) }
    }
    /// Type name -> position in `types`, built once: lookups happen for every example value.
    private var typeIndex: [String: Int]

    public init(settings: APISettings, endpoints: [Endpoint], types: [NamedType]) {
        self.settings = settings
        self.endpoints = endpoints
        self.types = types
        self.typeIndex = Self.index(types)
    }

    public func type(named name: String) -> NamedType? {
        typeIndex[name].map { types[$0] }
    }

    private static func index(_ types: [NamedType]) -> [String: Int] {
        Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
