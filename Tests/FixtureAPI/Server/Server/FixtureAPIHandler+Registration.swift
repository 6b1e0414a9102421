public import Foundation
public import OpenAPIRuntime

nonisolated extension FixtureAPIHandler {
    /// Registers every endpoint of the API with a transport, answered by this handler.
    ///
    /// With an asynchronous endpoint, it also registers `GET /zstack/v1/api-jobs/{uuid}`, which answers polls of the
    /// jobs of asynchronous calls.
    ///
    /// - Parameters:
    ///   - transport: The transport that receives the calls, such as a Hummingbird router.
    ///   - serverURL: The server's URL. Its path, such as `/api`, is put before every endpoint's path. If it is an
    ///     absolute URL, job locations are under it; otherwise under the scheme and `Host` of each call.
    ///   - configuration: The server's settings, such as its job table.
    ///   - middlewares: The middlewares that every call passes through, outermost first.
    /// - Throws: The transport's error.
    public func registerHandlers(
        on transport: any ServerTransport,
        serverURL: URL = .defaultOpenAPIServerURL,
        configuration: FixtureServerConfiguration = FixtureServerConfiguration(),
        middlewares: [any ServerMiddleware] = []
    ) throws {
        let runtime = FixtureServerRuntime(serverURL: serverURL, configuration: configuration, middlewares: middlewares)
        try runtime.register(
            [
                serverEndpoint(CreateZoneServerEndpoint.self),
                serverEndpoint(DeleteZoneServerEndpoint.self),
                serverEndpoint(LogInByAccountServerEndpoint.self),
                serverEndpoint(LogOutServerEndpoint.self),
                serverEndpoint(QueryVmInstanceServerEndpoint.self),
                serverEndpoint(QueryZoneServerEndpoint.self),
                serverEndpoint(StartVmInstanceServerEndpoint.self),
                serverEndpoint(TagZoneServerEndpoint.self),
                serverEndpoint(UpdateAwkwardThingServerEndpoint.self),
            ],
            on: transport
        )
    }
}
