/// The intermediate model every emitter renders from: endpoints and named types resolved
/// across all spec files. It is the same whatever the order of files on disk.
public struct APIModel: Hashable, Sendable {
    public var settings: APISettings
    /// Sorted by operation id.
    public var endpoints: [Endpoint]
    /// Sorted by name.
    public var types: [NamedType]

    public init(settings: APISettings, endpoints: [Endpoint], types: [NamedType]) {
        self.settings = settings
        self.endpoints = endpoints
        self.types = types
    }

    public func type(named name: String) -> NamedType? {
        guard let index = typeIndex[name] else { return nil }
        return types[index]
    }

    private var typeIndex: [String: Int] {
        Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1.name, $0) })
    }
}
