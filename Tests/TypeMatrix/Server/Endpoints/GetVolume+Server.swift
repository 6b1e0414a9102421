import MatrixAPI

/// The server side of ``GetVolume``: reads a call's inputs and calls the handler.
///
/// `GET /matrix/v1/volumes/{uuid}`, synchronous.
nonisolated enum GetVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: GetVolume.operation, bodyWrapper: nil) { call in
            let request = GetVolume.Request(uuid: try call.pathParameter("uuid", as: String.self))
            return { try await handler.getVolume(request) }
        }
    }
}
