public import Foundation
public import OpenAPIRuntime

nonisolated extension MatrixAPIHandler {
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
        configuration: MatrixServerConfiguration = MatrixServerConfiguration(),
        middlewares: [any ServerMiddleware] = []
    ) throws {
        let runtime = MatrixServerRuntime(serverURL: serverURL, configuration: configuration, middlewares: middlewares)
        try runtime.register(
            [
                serverEndpoint(DeleteResourceConfigServerEndpoint.self),
                serverEndpoint(DeleteVolumeServerEndpoint.self),
                serverEndpoint(EchoBooleanServerEndpoint.self),
                serverEndpoint(EchoColorServerEndpoint.self),
                serverEndpoint(EchoDoubleServerEndpoint.self),
                serverEndpoint(EchoFloatServerEndpoint.self),
                serverEndpoint(EchoInlineServerEndpoint.self),
                serverEndpoint(EchoIntegerServerEndpoint.self),
                serverEndpoint(EchoItemServerEndpoint.self),
                serverEndpoint(EchoJSONServerEndpoint.self),
                serverEndpoint(EchoLaterBooleanServerEndpoint.self),
                serverEndpoint(EchoLaterColorServerEndpoint.self),
                serverEndpoint(EchoLaterDoubleServerEndpoint.self),
                serverEndpoint(EchoLaterFloatServerEndpoint.self),
                serverEndpoint(EchoLaterInlineServerEndpoint.self),
                serverEndpoint(EchoLaterIntegerServerEndpoint.self),
                serverEndpoint(EchoLaterItemServerEndpoint.self),
                serverEndpoint(EchoLaterJSONServerEndpoint.self),
                serverEndpoint(EchoLaterLinkedHashMapServerEndpoint.self),
                serverEndpoint(EchoLaterListOfColorServerEndpoint.self),
                serverEndpoint(EchoLaterListOfItemServerEndpoint.self),
                serverEndpoint(EchoLaterListOfListOfIntegerServerEndpoint.self),
                serverEndpoint(EchoLaterListOfLongServerEndpoint.self),
                serverEndpoint(EchoLaterListOfStringServerEndpoint.self),
                serverEndpoint(EchoLaterListOfTimestampServerEndpoint.self),
                serverEndpoint(EchoLaterLongServerEndpoint.self),
                serverEndpoint(EchoLaterMapServerEndpoint.self),
                serverEndpoint(EchoLaterMapOfColorServerEndpoint.self),
                serverEndpoint(EchoLaterMapOfItemServerEndpoint.self),
                serverEndpoint(EchoLaterMapOfListOfStringServerEndpoint.self),
                serverEndpoint(EchoLaterMapOfLongServerEndpoint.self),
                serverEndpoint(EchoLaterNodeServerEndpoint.self),
                serverEndpoint(EchoLaterStringServerEndpoint.self),
                serverEndpoint(EchoLaterTimestampServerEndpoint.self),
                serverEndpoint(EchoLinkedHashMapServerEndpoint.self),
                serverEndpoint(EchoListOfColorServerEndpoint.self),
                serverEndpoint(EchoListOfItemServerEndpoint.self),
                serverEndpoint(EchoListOfListOfIntegerServerEndpoint.self),
                serverEndpoint(EchoListOfLongServerEndpoint.self),
                serverEndpoint(EchoListOfStringServerEndpoint.self),
                serverEndpoint(EchoListOfTimestampServerEndpoint.self),
                serverEndpoint(EchoLongServerEndpoint.self),
                serverEndpoint(EchoMapServerEndpoint.self),
                serverEndpoint(EchoMapOfColorServerEndpoint.self),
                serverEndpoint(EchoMapOfItemServerEndpoint.self),
                serverEndpoint(EchoMapOfListOfStringServerEndpoint.self),
                serverEndpoint(EchoMapOfLongServerEndpoint.self),
                serverEndpoint(EchoNodeServerEndpoint.self),
                serverEndpoint(EchoStringServerEndpoint.self),
                serverEndpoint(EchoTimestampServerEndpoint.self),
                serverEndpoint(GetResourceConfigServerEndpoint.self),
                serverEndpoint(GetVolumeServerEndpoint.self),
                serverEndpoint(GetVolumeSnapshotServerEndpoint.self),
                serverEndpoint(ResizeVolumeServerEndpoint.self),
                serverEndpoint(StartVolumeServerEndpoint.self),
                serverEndpoint(StopVolumeServerEndpoint.self),
            ],
            on: transport
        )
    }
}
