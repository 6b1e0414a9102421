import MatrixAPI

/// The server side of ``DeleteVolume``: reads a call's inputs and calls the handler.
///
/// `DELETE /matrix/v1/volumes/{volumeUuid}`, synchronous.
nonisolated enum DeleteVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: DeleteVolume.operation, bodyWrapper: nil) { call in
            let request = DeleteVolume.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                deleteMode: try call.required(
                    try call.queryParameter("deleteMode", as: String.self),
                    .queryParameter("deleteMode")
                )
            )
            return { try await handler.deleteVolume(request) }
        }
    }
}
