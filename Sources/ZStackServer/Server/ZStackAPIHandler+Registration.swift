public import Foundation
public import OpenAPIRuntime

nonisolated extension ZStackAPIHandler {
    /// Registers every endpoint of the API with a transport, answered by this handler.
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
        configuration: ZStackServerConfiguration = ZStackServerConfiguration(),
        middlewares: [any ServerMiddleware] = []
    ) throws {
        let runtime = ZStackServerRuntime(serverURL: serverURL, configuration: configuration, middlewares: middlewares)
        try runtime.register(
            [
                serverEndpoint(UpdateGuestToolsStateServerEndpoint.self)
            ],
            on: transport
        )
    }
}
