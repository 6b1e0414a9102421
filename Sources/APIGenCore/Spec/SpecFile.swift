/// What one spec file says, decoded but not yet resolved against the other files.
struct SpecFile {
    var path: String
    var settings: DecodedSettings?
    var endpoint: DecodedEndpoint?
    /// Every type this file defines, under `types:` or inline at a field, in written order.
    var typeDefinitions: [NamedType] = []
    /// Every use of a named type, to check that it is defined somewhere.
    var typeUses: [(name: String, location: SourceLocation)] = []
    /// Every field with an `example` or `default`, checked once types are known.
    var fieldValues: [(field: Field, node: YAMLNode, keyword: String)] = []
}

struct DecodedSettings {
    var settings: APISettings
    var origin: Origin
    var errorTypeLocation: SourceLocation
}

struct DecodedEndpoint {
    var endpoint: Endpoint
    var operationIDLocation: SourceLocation
    /// Where the `path:` value is written, where route clashes are reported.
    var pathLocation: SourceLocation
    var requestExample: YAMLNode?
    var responseExample: YAMLNode?
}
