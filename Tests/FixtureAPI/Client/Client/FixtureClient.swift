public import Foundation
public import OpenAPIRuntime

/// A client of the Fixture Cloud REST API.
///
/// Each endpoint is a method, such as ``updateGuestToolsState(vmInstanceUuid:systemTags:userTags:)``. The client
/// sends requests through any `ClientTransport` of the Swift OpenAPI ecosystem (URLSession, AsyncHTTPClient, …)
/// and its middlewares, so logging, retries or request signing can be added without changing it.
///
/// ```swift
/// let client = FixtureClient(
///     serverURL: URL(string: "http://zstack.example.com:8080")!,
///     configuration: FixtureConfiguration(authorization: .session(sessionUUID)),
///     transport: URLSessionTransport()
/// )
/// let reply = try await client.updateGuestToolsState(vmInstanceUuid: "321e85ca08b335e09f172041f7e710b5")
/// ```
///
/// A method returns the endpoint's reply when the server answers `200 OK`, and throws ``FixtureAPIError`` when the
/// server reports a failure, ``FixtureClientError`` for a reply that the API does not allow or a call that cannot
/// be made, and the transport's error when the server cannot be reached. Methods of asynchronous endpoints wait
/// for the job's result, as ``FixturePolling`` describes.
public nonisolated struct FixtureClient: Sendable {
    /// The server's URL, such as `http://zstack.example.com:8080`; endpoint paths are appended to it.
    public let serverURL: URL

    /// The settings that apply to every call.
    public let configuration: FixtureConfiguration

    /// The transport that sends the requests.
    let transport: any ClientTransport

    /// The middlewares that every request passes through, outermost first.
    let middlewares: [any ClientMiddleware]

    /// How timestamps in request and reply bodies are coded.
    let timestamp: FixtureTimestamp

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - serverURL: The server's URL, such as `http://zstack.example.com:8080`. A trailing slash is ignored.
    ///   - configuration: The settings that apply to every call.
    ///   - transport: The transport that sends the requests.
    ///   - middlewares: The middlewares that every request passes through, outermost first.
    public init(
        serverURL: URL,
        configuration: FixtureConfiguration = FixtureConfiguration(),
        transport: any ClientTransport,
        middlewares: [any ClientMiddleware] = []
    ) {
        self.serverURL = Self.withoutTrailingSlash(serverURL)
        self.configuration = configuration
        self.transport = transport
        self.middlewares = middlewares
        self.timestamp = FixtureTimestamp(timeZone: configuration.timestampTimeZone)
    }

    /// The same client sending another session: what a log-in call returned, or one kept from before.
    ///
    /// - Parameter sessionID: The session's id.
    /// - Returns: A client with the same server, transport, middlewares and settings, authorized by the session.
    public func withSession(_ sessionID: String) -> Self {
        var configuration = configuration
        configuration.authorization = .session(sessionID)
        return Self(serverURL: serverURL, configuration: configuration, transport: transport, middlewares: middlewares)
    }

    /// Endpoint paths begin with a slash, which transports append to the server URL's path.
    private static func withoutTrailingSlash(_ url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        while components.percentEncodedPath.hasSuffix("/") {
            components.percentEncodedPath.removeLast()
        }
        return components.url ?? url
    }
}
