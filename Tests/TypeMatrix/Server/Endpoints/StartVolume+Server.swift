import MatrixAPI

/// The server side of ``StartVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous.
nonisolated enum StartVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: StartVolume.operation, bodyWrapper: "startVolume") { call in
            let request = StartVolume.Request(uuid: try call.pathParameter("uuid", as: String.self))
            return { try await handler.startVolume(request) }
        }
    }
}
