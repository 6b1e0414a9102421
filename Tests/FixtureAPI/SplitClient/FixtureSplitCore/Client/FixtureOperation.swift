public import HTTPTypes

/// The static description of a Fixture endpoint, as its documentation page gives it.
///
/// A final class of constant fields, as the generated models are: each call reads its endpoint's one reference.
public nonisolated final class FixtureOperation: Sendable, Hashable {
    /// The operation's identifier, such as `UpdateGuestToolsState`; transports and middlewares receive it too.
    public let id: String

    /// The HTTP method.
    public let method: HTTPRequest.Method

    /// The path, with a `{name}` placeholder for each path parameter.
    public let pathTemplate: String

    /// Whether calls need authorization ("Auth Required").
    public let requiresAuthorization: Bool

    /// Whether the server runs calls as jobs whose result the client polls ("Asynchronous").
    public let isAsynchronous: Bool

    /// Describes an endpoint.
    ///
    /// - Parameters:
    ///   - id: The operation's identifier.
    ///   - method: The HTTP method.
    ///   - pathTemplate: The path, with a `{name}` placeholder for each path parameter.
    ///   - requiresAuthorization: Whether calls need authorization.
    ///   - isAsynchronous: Whether the server runs calls as jobs whose result the client polls.
    public init(
        id: String,
        method: HTTPRequest.Method,
        pathTemplate: String,
        requiresAuthorization: Bool,
        isAsynchronous: Bool
    ) {
        self.id = id
        self.method = method
        self.pathTemplate = pathTemplate
        self.requiresAuthorization = requiresAuthorization
        self.isAsynchronous = isAsynchronous
    }

    /// Whether two descriptions are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, as the generated models declare theirs, so that it does not join
    /// the overloads that every `==` in this module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A description.
    ///   - rhs: Another description.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: FixtureOperation, _ rhs: FixtureOperation) -> Bool {
        lhs.id == rhs.id && lhs.method == rhs.method && lhs.pathTemplate == rhs.pathTemplate
            && lhs.requiresAuthorization == rhs.requiresAuthorization && lhs.isAsynchronous == rhs.isAsynchronous
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(method)
        hasher.combine(pathTemplate)
        hasher.combine(requiresAuthorization)
        hasher.combine(isAsynchronous)
    }
}
