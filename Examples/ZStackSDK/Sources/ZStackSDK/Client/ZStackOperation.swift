public import HTTPTypes

/// The static description of a ZStack endpoint, as its documentation page gives it.
public nonisolated struct ZStackOperation: Sendable, Hashable {
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
}
